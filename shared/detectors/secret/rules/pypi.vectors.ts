import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.pypi_token': {
    positive: [
      { text: 'password = pypi-AgEIcHlwaS5vcmcuOUPsGlG91Buq5U6advtn3LfUkKOWlPfppWMsvmMeeXyUEMqXhlDxXR6x4Wh7qOy_Lm4EGObY4OZ6_NJRXsqn5onC8-4dPDzdR3mmt9362MWMFAc2SnL8zzH4uL41eVTJ5N9cGKiwNVVVFIc5QVBdu', match: 'pypi-AgEIcHlwaS5vcmcuOUPsGlG91Buq5U6advtn3LfUkKOWlPfppWMsvmMeeXyUEMqXhlDxXR6x4Wh7qOy_Lm4EGObY4OZ6_NJRXsqn5onC8-4dPDzdR3mmt9362MWMFAc2SnL8zzH4uL41eVTJ5N9cGKiwNVVVFIc5QVBdu' },
    ],
    negative: [
      'pypi-AgEIcHlwaS5vcmcshort',
      'pypi-XDPzyvLyBb5ixXQUUS9JyxQy-pyKsN_WKNDozsq3gq8iJIfFFHIue9tTbXUF',
      // Too short for a macaroon with its 32-byte signature.
      "pypi-AgEIcHlwaS5vcmcEsgo5nVjzz8Gwb8ewCISuYCl0Xq56zaWR7PAmpBFXlNPHcSke4R1J-dBi2ewQr8t4_lC4",
    ],
  },
} satisfies DetectorVectorSet;
