/** Throughput of all secret detectors on mixed prose + code (run with `npm run bench`). */
import { bench, describe } from 'vitest';
import type { Detector, DetectorInput } from '../../engine/types';
import { secretDetectors } from './index';

const PROSE = 'Could you help me refactor this function so it handles retries? The token limit is 4096 and the key point is latency. ';
const CODE = 'const client = new Client({ region: "eu-west-1", timeout: 3000 });\nfor (const key of Object.keys(map)) { total += map[key]; }\n';
const SECRET = 'DATABASE_URL=postgres://app:Vq7pL29xKd@db.acme.io/orders\nGITHUB_TOKEN=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\n';
const TEXT = (PROSE.repeat(40) + CODE.repeat(20) + SECRET).repeat(80); // ≈ 1 MB
const INPUT = { text: TEXT, lower: TEXT.toLowerCase(), options: {} } as unknown as DetectorInput;
const detectors = Object.values(secretDetectors) as Detector[];

describe('secret detectors', () => {
  bench('all secret detectors, ~1 MB mixed text', () => {
    for (const d of detectors) {
      if (d.keywords && !d.keywords.some((k) => INPUT.lower.includes(k))) continue;
      d.detect(INPUT);
    }
  });
});
