import { describe, expect, test } from 'vitest';
import { createScanner } from '../../shared/engine';
import { testDetectors } from '../../shared/engine/test-detectors';
import { scanJsonlLine } from './jsonl';
import { parseScanArgs } from './args';

const scan = createScanner(testDetectors);

describe('scanJsonlLine', () => {
  test.each([
    ['a result line', '{"id":"p1","text":"key AKIAIOSFODNN7EXAMPLE","extra":1}', { id: 'p1', flagged: true, risk: 86, findings: [{ type: 'secret.test_aws', category: 'secret', severity: 'critical', start: 4, end: 24, confidence: 0.9 }] }],
    ['numeric id, nothing found', '{"id":7,"text":"hello"}', { id: 7, flagged: false, risk: 0, findings: [] }],
    ['invalid JSON', '{"id":', { id: null, error: 'invalid JSON' }],
    ['not an object', '[1,2]', { id: null, error: 'line is not a JSON object' }],
    ['missing text', '{"id":"p2"}', { id: 'p2', error: 'missing string field "text"' }],
    ['text not a string', '{"id":"p3","text":42}', { id: 'p3', error: 'missing string field "text"' }],
  ])('%s', (_name, line, expected) => {
    expect(scanJsonlLine(line, scan, {})).toEqual(expected);
  });
});

describe('parseScanArgs', () => {
  test.each([
    [['--jsonl', '-'], { mode: 'jsonl', input: '-', fast: false }],
    [['notes.txt', '--fast', '--org', 'Acme'], { mode: 'table', input: 'notes.txt', fast: true }],
  ])('%j', (argv, expected) => {
    expect(parseScanArgs(argv)).toMatchObject(expected);
  });

  test('usage when no input', () => {
    expect(parseScanArgs([])).toMatch(/^usage/);
  });
});
