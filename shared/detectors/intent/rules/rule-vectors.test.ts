import { describe, expect, test } from 'vitest';
import { createScanner } from '../../../engine';
import { registry } from '../../registry';
import { createIntentDetectors } from '../create';
import { vectors as abusiveRegister } from './abusive-register.rule-vectors';
import { vectors as letterCiphers } from './letter-ciphers.rule-vectors';
import { vectors as personaFraming } from './persona-framing.rule-vectors';
import type { RuleVectors } from './rule-vectors';
import { vectors as tamperRequests } from './tamper-requests.rule-vectors';

// Rule modules that carry their own vectors (older modules have rows in ../rules.test.ts).
const modules: Record<string, RuleVectors> = {
  'abusive-register': abusiveRegister,
  'letter-ciphers': letterCiphers,
  'persona-framing': personaFraming,
  'tamper-requests': tamperRequests,
};

const scan = createScanner({ ...registry, ...createIntentDetectors(null) });
const intentRules = (text: string) => scan(text).findings.filter((f) => f.category === 'intent').map((f) => f.explanation.rule);

describe.each(Object.entries(modules))('rules/%s vectors', (_module, { positive, negative }) => {
  test.each(positive)('%s flags %j', (id, text) => {
    expect(intentRules(text)).toContain(id);
    expect(scan(text).flagged).toBe(true);
  });
  test.each(negative)('leaves alone %j', (text) => expect(intentRules(text)).toEqual([]));
});
