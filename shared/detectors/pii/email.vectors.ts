import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.email': {
    positive: [
      { text: 'Contact: maria.lopez+billing@acme-corp.co.uk today', match: 'maria.lopez+billing@acme-corp.co.uk' },
      { text: 'UtaKortig@jourrapide.com' },
      { text: 'mail a@xn--d1acufc.xn--p1ai now', match: 'a@xn--d1acufc.xn--p1ai' },
      { text: 'send to name@example.com', match: 'name@example.com', severity: 'low' },
      { text: 'Name: Ebony Moore\nPhone: (123) 456-7891\nEmail: emoore@email.com', match: 'emoore@email.com', severity: 'low' },
    ],
    negative: ['git@github.com:Ange1ika/ROS_cv.git', 'user@localhost', 'npm i @types/node', 'version 1.2@3.4', 'git@1.2.3', 'follow @sightline on social'],
  },
} satisfies DetectorVectorSet;
