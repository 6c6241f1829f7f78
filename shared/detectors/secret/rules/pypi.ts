/**
 * PyPI (and TestPyPI) upload tokens: macaroons whose base64 starts `pypi-AgEIcHlwaS5vcmc`.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const pypi = defineSecretRule({
  id: 'secret.pypi_token',
  description: 'PyPI upload token.',
  validation: '`pypi-AgEIcHlwaS5vcmc` (macaroon header naming pypi.org) + \u2265 70 base64url characters.',
  severity: 'critical',
  placeholder: 'PYPI_TOKEN',
  keywords: ["pypi-ageichlwas5vcmc", "pypi-ageidgvzdc5wexbplm9yzw"],
  patterns: [
    // A macaroon carries its identifier (a UUID) and a 32-byte signature after the header, so a
    // real token is well over 100 characters; detect-secrets' PyPI rule asks for ≥ 70 after it.
    { rule: 'upload-token', regex: /pypi-AgE(?:IcHlwaS5vcmc|IdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{70,400}(?![\w-])/g },
  ],
});
