import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.weak_password': {
    positive: [
      { text: 'the shared wifi login is qwerty789 again', match: 'qwerty789', severity: 'low' },
      { text: 'P@ssw0rd2024!', match: 'P@ssw0rd2024!', severity: 'low' },
      { text: 'try letmein77 on the staging box', match: 'letmein77', severity: 'low' },
    ],
    negative: [
      'password = request.form["password"]',
      'password12 = form.password_confirm',
      'Choose a password longer than 12 characters.',
      'qwertyuiop is the top row of the keyboard',
    ],
  },
} satisfies DetectorVectorSet;
