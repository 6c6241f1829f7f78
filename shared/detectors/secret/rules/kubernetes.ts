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
});
