import { describe, expect, test } from 'vitest';
import { crossesJoin, findJoinedWindows } from './wrap-joins';

const token = 'AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMIK7MDENGbPxRfiCY';

describe('findJoinedWindows', () => {
  test.each([
    ['hard-wrapped token', `key:\n${token.slice(0, 24)}\n${token.slice(24)}\nnext line`],
    ['indented continuation', `  ${token.slice(0, 24)}\n    ${token.slice(24)}`],
    ['CRLF', `${token.slice(0, 24)}\r\n${token.slice(24)}`],
    ['\\n escape in a string', `"secret": "${token.slice(0, 24)}\\n${token.slice(24)}"`],
  ])('%s is joined', (_name, text) => {
    const windows = findJoinedWindows(text);
    expect(windows).toHaveLength(1);
    const w = windows[0]!;
    const at = w.text.indexOf(token);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(crossesJoin(w, at, at + token.length)).toBe(true);
    expect(crossesJoin(w, at, at + 10)).toBe(false);
  });

  test.each([
    ['prose', 'This is a sentence that wraps\nonto the next line.'],
    ['short tokens', 'abc\ndef'],
    ['code', 'const x = compute(a, b);\nreturn x;'],
    ['token then blank line', `${token}\n\nnext`],
  ])('%s has no join', (_name, text) => {
    expect(findJoinedWindows(text)).toEqual([]);
  });

  test('maps window indices back to the source', () => {
    const text = `pre ${token.slice(0, 24)}\n${token.slice(24)} post`;
    const w = findJoinedWindows(text)[0]!;
    const at = w.text.indexOf(token);
    expect(text.slice(w.toSource[at], (w.toSource[at + token.length - 1] ?? 0) + 1)).toBe(`${token.slice(0, 24)}\n${token.slice(24)}`);
  });
});
