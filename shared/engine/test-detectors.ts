import type { Candidate, Detector } from './types';

/**
 * Tiny detectors for the engine's own tests, so engine behaviour is tested independently of the
 * real (evolving) detector set. Not registered anywhere.
 */
function regexDetector(id: string, re: RegExp, severity: Detector['severity'], placeholder: string | null, confidence = 0.9): Detector {
  return {
    id,
    category: id.split('.')[0] as Detector['category'],
    description: `test detector ${id}`,
    validation: 'none',
    severity,
    placeholder,
    detect: ({ text }) => {
      const out: Candidate[] = [];
      for (const m of text.matchAll(new RegExp(re.source, 'g'))) out.push({ start: m.index, end: m.index + m[0].length, rule: 'test', confidence });
      return out;
    },
  };
}

export const testDetectors = {
  'secret.test_aws': regexDetector('secret.test_aws', /AKIA[0-9A-Z]{16}/, 'critical', 'AWS_ACCESS_KEY'),
  'secret.test_entropy': regexDetector('secret.test_entropy', /[A-Za-z0-9]{20,}/, 'high', 'SECRET', 0.6),
  'pii.test_email': regexDetector('pii.test_email', /[a-z.]+@[a-z]+\.[a-z]{2,}/, 'medium', 'EMAIL'),
  'code.test_block': regexDetector('code.test_block', /BEGIN[\s\S]*?END/, 'low', null),
  'intent.test_ignore': regexDetector('intent.test_ignore', /ignore previous instructions/, 'high', null),
  'secret.test_throws': {
    ...regexDetector('secret.test_throws', /x/, 'high', 'X'),
    keywords: ['boom'],
    detect: () => {
      throw new Error('detector bug');
    },
  },
} as const satisfies Record<string, Detector>;
