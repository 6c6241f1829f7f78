import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'code.proprietary_header': {
    options: { organizationNames: ['Acme Corp', 'Globex'] },
    positive: [
      {
        text: '/*\n * Copyright (c) 2023 Acme Corp. All rights reserved.\n */\npackage com.acme.billing;',
        match: '* Copyright (c) 2023 Acme Corp. All rights reserved.',
        severity: 'high',
      },
      { text: '# Copyright 2021 Globex\nimport os', match: '# Copyright 2021 Globex', severity: 'medium' },
      { text: '// © 2024 ACME CORP — proprietary and confidential', severity: 'high' },
    ],
    negative: [
      '// Copyright (c) 2015 The Apache Software Foundation. All rights reserved.',
      'Does Acme Corp own the copyright of this logo?',
      'Copyright law protects Globexia products',
      'Write a copyright notice for my novel.',
    ],
  },
} satisfies DetectorVectorSet;
