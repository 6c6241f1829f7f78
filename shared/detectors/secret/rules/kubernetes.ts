/**
 * Kubernetes credentials: kubeconfig `client-key-data` and user `token`, and kubeadm bootstrap tokens.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const kubernetes = defineSecretRule({
  id: 'secret.kubernetes_credential',
  description: 'Kubeconfig client key / user token or kubeadm bootstrap token.',
  validation: 'kubeconfig field names; bootstrap token `[a-z0-9]{6}.[a-z0-9]{16}` only next to kubeadm/bootstrap/--token.',
  severity: 'critical',
  placeholder: 'KUBE_CREDENTIAL',
  keywords: ["client-key-data", "user:", "--token", "bootstrap", "kubeadm"],
  patterns: [
    { rule: 'client-key-data', regex: /client-key-data:\s{0,4}(?<s>[A-Za-z0-9+/]{100,16384}={0,2})/gd, placeholder: 'PRIVATE_KEY', skipPlaceholderCheck: true },
    { rule: 'kubeconfig-token', regex: /\buser:[ \t]*\r?\n[ \t]+token:[ \t]{0,4}["']?(?<s>[A-Za-z0-9_\-.]{20,2048})/gd, severity: 'high' },
    { rule: 'bootstrap-token', regex: /(?:--token|bootstrap|kubeadm)[^\n]{0,40}?\b(?<s>[a-z0-9]{6}\.[a-z0-9]{16})(?![\w.])/gid, severity: 'high' },
  ],
  vectors: {
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
});
