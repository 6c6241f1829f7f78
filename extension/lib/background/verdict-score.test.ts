import { describe, expect, test } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import { scan } from '../../../shared/engine/scan';
import { recordedEvent } from './verdict-score';

const META = { id: '5b1f0c2e-8d4a-4f6b-9c3e-2a7d1e0f4b6c', host: 'chatgpt.com', capturedAt: 1_795_809_438_991 };
const KEY = 'AKIAZ3MSJV4WQ5TXGN7P';
const monitor = { ...DEFAULT_ENFORCEMENT_CONFIG, mode: 'monitor' as const, rules: [] };

describe('recordedEvent', () => {
  test('keeps finding types and counts, never the text', () => {
    const text = `Deploy with ${KEY}`;
    const event = recordedEvent({ site: 'chatgpt', text, trigger: 'enter' }, scan(text), monitor, META);
    expect(event).toMatchObject({ ...META, site: 'chatgpt', length: text.length, trigger: 'enter', action: 'monitor' });
    expect(event.findings).toEqual([{ type: 'secret.aws_access_key', count: 1 }]);
    expect(JSON.stringify(event)).not.toContain(KEY);
    expect(event).not.toHaveProperty('capped');
  });

  test('a scan that left text unread is recorded as capped, at least as the policy mode', () => {
    // Nothing was found in the part that was read, yet the tail (with the key) went unchecked:
    // "allow" would tell the review console the prompt was clean.
    const text = `${'notes '.repeat(20)}${KEY}`;
    const result = scan(text, { budgets: { maxScanChars: 60 } });
    expect(result.findings).toEqual([]);
    const event = recordedEvent({ site: 'chatgpt', text, trigger: 'paste' }, result, monitor, META);
    expect(event).toMatchObject({ action: 'monitor', capped: true });
  });
});
