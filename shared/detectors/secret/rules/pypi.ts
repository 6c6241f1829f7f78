/**
 * PyPI (and TestPyPI) upload tokens: macaroons whose base64 starts `pypi-AgEIcHlwaS5vcmc`.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const pypi = defineSecretRule({
  id: 'secret.pypi_token',
  description: 'PyPI upload token.',
  validation: '`pypi-AgEIcHlwaS5vcmc` (macaroon header naming pypi.org) + \u2265 50 base64url characters.',
  severity: 'critical',
  placeholder: 'PYPI_TOKEN',
  keywords: ["pypi-ageichlwas5vcmc", "pypi-ageidgvzdc5wexbplm9yzw"],
  patterns: [
    { rule: 'upload-token', regex: /pypi-AgE(?:IcHlwaS5vcmc|IdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,400}(?![\w-])/g },
  ],
  vectors: {
    positive: [
      { text: 'password = pypi-AgEIcHlwaS5vcmcuOUPsGlG91Buq5U6advtn3LfUkKOWlPfppWMsvmMeeXyUEMqXhlDxXR6x4Wh7qOy_Lm4EGObY4OZ6_NJRXsqn5onC8-4dPDzdR3mmt9362MWMFAc2SnL8zzH4uL41eVTJ5N9cGKiwNVVVFIc5QVBdu', match: 'pypi-AgEIcHlwaS5vcmcuOUPsGlG91Buq5U6advtn3LfUkKOWlPfppWMsvmMeeXyUEMqXhlDxXR6x4Wh7qOy_Lm4EGObY4OZ6_NJRXsqn5onC8-4dPDzdR3mmt9362MWMFAc2SnL8zzH4uL41eVTJ5N9cGKiwNVVVFIc5QVBdu' },
    ],
    negative: [
      'pypi-AgEIcHlwaS5vcmcshort',
      'pypi-XDPzyvLyBb5ixXQUUS9JyxQy-pyKsN_WKNDozsq3gq8iJIfFFHIue9tTbXUF',
    ],
  },
});
