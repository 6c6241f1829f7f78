/**
 * Azure storage account keys, Service Bus / Event Hub shared access keys, App Configuration secrets, Entra ID (AD) client secrets and SAS signatures.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const azure = defineSecretRule({
  id: 'secret.azure_key',
  description: 'Azure storage account key, shared access key, App Configuration secret, Entra ID client secret or SAS signature.',
  validation: 'Key names from Azure connection strings with exact base64 lengths; client secrets by their `Q~` marker.',
  severity: 'critical',
  placeholder: 'AZURE_KEY',
  keywords: ["accountkey=", "sharedaccesskey=", ".azconfig.io", "q~", "?sv=", "&sv="],
  patterns: [
    { rule: 'storage-account-key', regex: /AccountKey=(?<s>[A-Za-z0-9+/]{86}==)/gd },
    { rule: 'shared-access-key', regex: /SharedAccessKey=(?<s>[A-Za-z0-9+/]{43}=)/gd },
    { rule: 'app-configuration-secret', regex: /\.azconfig\.io;Id=[^;\s]{2,64};Secret=(?<s>[A-Za-z0-9+/]{40,64}={0,2})/gd },
    // Entra ID secrets embed `<digit>Q~` at position 4 (since 2022).
    { rule: 'entra-client-secret', regex: /[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![\w~.\-])/g, severity: 'high', back: 4, anchors: ['q~'] },
    { rule: 'sas-signature', regex: /[?&]sv=\d{4}-\d\d-\d\d&[^\s"'<>]{0,300}?\bsig=(?<s>[A-Za-z0-9%+/]{40,80}(?:%3D|=){0,2})/gd, severity: 'high' },
  ],
});
