import { describe, expect, test } from 'vitest';
import type { CustomDetectorSpec } from '../../engine/types';
import { resolveOptions } from '../../engine/options';
import { MAX_MATCHES, compileCustomDetectors } from './compile';

const run = (spec: CustomDetectorSpec, text: string) => {
  const { detectors, errors } = compileCustomDetectors([spec]);
  expect(errors).toEqual([]);
  return detectors[0]!.detect({ text, lower: text.toLowerCase(), options: resolveOptions() }).map((c) => text.slice(c.start, c.end));
};

describe('compileCustomDetectors', () => {
  test.each([
    ['regex', { id: 'ticket', label: 'Ticket', regex: 'OPS-\\d{4}', severity: 'medium' }, 'see OPS-1234 and ops-9999', ['OPS-1234']],
    ['keywords, whole word, any case', { id: 'codename', label: 'Code name', keywords: ['Bluebird'], severity: 'high' }, 'BLUEBIRD ships; bluebirds sing', ['BLUEBIRD']],
    ['regex and keywords', { id: 'both', label: 'Both', regex: 'X-\\d+', keywords: ['falcon'], severity: 'low' }, 'Falcon X-12', ['X-12', 'Falcon']],
    ['zero-length matches skipped', { id: 'empty', label: 'Empty', regex: 'a?', severity: 'low' }, 'bab', ['a']],
  ] as const)('%s', (_name, spec, text, expected) => {
    expect(run(spec, text)).toEqual(expected);
  });

  test('a pattern that matches past its cap says the text was not all read', () => {
    const { detectors } = compileCustomDetectors([{ id: 'ticket', label: 'Ticket', regex: 'OPS-\\d{4}', severity: 'medium' }]);
    const detect = (text: string) => detectors[0]!.detect({ text, lower: text.toLowerCase(), options: resolveOptions() });
    const full = detect('OPS-1234 '.repeat(MAX_MATCHES));
    expect(full.length).toBe(MAX_MATCHES);
    expect(full.capped).toBeUndefined();
    const over = detect('OPS-1234 '.repeat(MAX_MATCHES + 1));
    expect(over.length).toBe(MAX_MATCHES);
    expect(over.capped).toBe(true);
  });

  test.each([
    ['bad id', { id: 'Bad Id', label: 'x', regex: 'a', severity: 'low' }, /snake_case/],
    ['syntax error', { id: 'x', label: 'x', regex: '(unclosed', severity: 'low' }, /invalid regex/],
    ['ReDoS shape', { id: 'x', label: 'x', regex: '(a+)+', severity: 'low' }, /unsafe regex/],
    ['nothing to match', { id: 'x', label: 'x', severity: 'low' }, /regex or keywords/],
    ['short keyword', { id: 'x', label: 'x', keywords: ['ab'], severity: 'low' }, /shorter than/],
    ['bad severity', { id: 'x', label: 'x', regex: 'a', severity: 'urgent' }, /severity/],
  ])('reports %s without throwing', (_name, spec, message) => {
    const { detectors, errors } = compileCustomDetectors([spec as CustomDetectorSpec]);
    expect(detectors).toEqual([]);
    expect(errors[0]?.message).toMatch(message);
  });

  test('duplicate ids: the first wins, the second is reported', () => {
    const spec: CustomDetectorSpec = { id: 'dup', label: 'x', regex: 'a', severity: 'low' };
    const { detectors, errors } = compileCustomDetectors([spec, spec]);
    expect(detectors.map((d) => d.id)).toEqual(['custom.dup']);
    expect(errors).toEqual([{ id: 'dup', message: 'duplicate id' }]);
  });
});
