/**
 * GitHub tokens: classic PATs and OAuth/user/server/refresh tokens (`ghp_` `gho_` `ghu_` `ghs_` `ghr_`) and fine-grained PATs (`github_pat_`).
 */
import { crc32Base62Checksum } from '../lib/checksum';
import { defineSecretRule } from '../lib/define-secret-rule';

export const github = defineSecretRule({
  id: 'secret.github_token',
  description: 'GitHub personal access, OAuth, app user/server or refresh token.',
  validation: 'Prefix + length; the CRC32 checksum GitHub embeds in 2021-format tokens raises confidence when it matches.',
  severity: 'critical',
  placeholder: 'GITHUB_TOKEN',
  keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
  patterns: [
    { rule: 'classic-token', regex: /gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, failPenalty: 0, validate: crc32Base62Checksum },
    // Server-to-server tokens in the 2025 format: `ghs_<installation id>_<JWT>`.
    { rule: 'server-to-server-jwt', regex: /ghs_\d{1,12}_eyJ[\w-]{10,2000}\.[\w-]{10,4000}\.[\w-]{10,2000}(?![\w-])/g },
    { rule: 'fine-grained-pat', regex: /github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g },
  ],
});
