import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.kubernetes_credential': {
    positive: [
      { text: 'users:\n- name: admin\n  user:\n    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQoD7MPZ8TwRdzeRi8W5Q4MCmhDujXvhjxj0X1RKMkJxj9SzmaYSKn07UHVymjspY3ATYTToOob2wriiaDv7kpyjojVOT+rOhauAW+O', match: 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQoD7MPZ8TwRdzeRi8W5Q4MCmhDujXvhjxj0X1RKMkJxj9SzmaYSKn07UHVymjspY3ATYTToOob2wriiaDv7kpyjojVOT+rOhauAW+O' },
      { text: 'users:\n- name: ci\n  user:\n    token: RK8G6dCOVQ7N-c5szUJc_ATUfEctUkI9L_NsbJhi', match: 'RK8G6dCOVQ7N-c5szUJc_ATUfEctUkI9L_NsbJhi' },
      { text: 'kubeadm join 10.0.0.1:6443 --token alcthj.f0jmmq65g2oom1yp', match: 'alcthj.f0jmmq65g2oom1yp' },
    ],
    negative: [
      'abcdef.0123456789abcdef',
      'token: ${KUBE_TOKEN}',
    ],
  },
} satisfies DetectorVectorSet;
