import { describe, expect, test } from 'vitest';
import { MAX_PROMPT_CHARS, parseEnvelope } from './validate';

describe('parseEnvelope', () => {
  test.each([
    [{ type: 'prompt/captured', payload: { site: 'chatgpt', text: 'hi', trigger: 'enter' } }],
    [{ type: 'prompt/captured', payload: { site: 'chatgpt', text: '', trigger: 'send-button' } }],
    [{ type: 'events/recent', payload: { limit: 20 } }],
    [{ type: 'status/get', payload: {} }],
  ])('accepts %j', (message) => {
    expect(parseEnvelope(message)).toEqual(message);
  });

  test.each([
    [null, 'message must be an object'],
    ['prompt/captured', 'message must be an object'],
    [{ type: 'nope', payload: {} }, 'unknown message type'],
    [{ type: 'prompt/captured', payload: null }, 'payload must be an object'],
    [{ type: 'prompt/captured', payload: { site: 'ChatGPT!', text: 'x', trigger: 'enter' } }, 'site must be'],
    [{ type: 'prompt/captured', payload: { site: 'chatgpt', text: 42, trigger: 'enter' } }, 'text must be a string'],
    [{ type: 'prompt/captured', payload: { site: 'chatgpt', text: 'x', trigger: 'tab' } }, 'unknown trigger'],
    [{ type: 'events/recent', payload: { limit: 0 } }, 'limit must be'],
    [{ type: 'events/recent', payload: { limit: 2.5 } }, 'limit must be'],
    [{ type: 'toString', payload: {} }, 'unknown message type'],
  ])('rejects %j', (message, reason) => {
    const result = parseEnvelope(message);
    expect(typeof result).toBe('string');
    expect(result).toContain(reason);
  });

  test('rejects a prompt over the size cap without copying it into the error', () => {
    const text = 'a'.repeat(MAX_PROMPT_CHARS + 1);
    const result = parseEnvelope({ type: 'prompt/captured', payload: { site: 'chatgpt', text, trigger: 'enter' } });
    expect(result).toMatch(/exceeds/);
    expect(String(result).length).toBeLessThan(200);
  });

  test('drops unknown payload fields', () => {
    const result = parseEnvelope({ type: 'events/recent', payload: { limit: 3, extra: 'x' } });
    expect(result).toEqual({ type: 'events/recent', payload: { limit: 3 } });
  });
});
