import { describe, expect, test } from 'vitest';
import { findingFor } from '../test-support/in-process';
import { eventSpans, keyCount } from './event-spans';

const slices = (text: string) => eventSpans(text)?.map((s) => text.slice(s.start, s.end));

describe('eventSpans', () => {
  test.each<[string, string, string[] | undefined]>([
    ['compact', '{"events":[{"a":1},{"b":[2,3]}]}', ['{"a":1}', '{"b":[2,3]}']],
    ['pretty-printed', '{\n  "events" : [ {"a": 1} ,\n\t{"b": 2} ]\n}', ['{"a": 1}', '{"b": 2}']],
    ['scalars and strings as elements', '{"events":[42,"x",true,null,-1.5e3]}', ['42', '"x"', 'true', 'null', '-1.5e3']],
    ['brackets, braces and quotes inside strings', String.raw`{"events":[{"s":"}]\",{["},{"t":"\\"}]}`, [String.raw`{"s":"}]\",{["}`, String.raw`{"t":"\\"}`]],
    ['other members before and after', '{"v":{"events":[9]},"events":[{"a":1}],"z":"]"}', ['{"a":1}']],
    ['an escaped key', String.raw`{"\u0065vents":[{"a":1}]}`, ['{"a":1}']],
    ['a repeated events key: the last wins, as in JSON.parse', '{"events":[1],"events":[2,3]}', ['2', '3']],
    ['non-ASCII text', '{"events":[{"ü":"日本"},{"e":"😀"}]}', ['{"ü":"日本"}', '{"e":"😀"}']],
    ['an empty array', '{"events":[]}', []],
    ['no events member', '{"other":[1]}', undefined],
    ['events not an array', '{"events":{"a":1}}', undefined],
    ['an array body', '[{"events":[1]}]', undefined],
  ])('%s', (_name, text, expected) => {
    expect(slices(text)).toEqual(expected);
    if (expected) expect(slices(text)?.map((s) => JSON.parse(s) as unknown)).toEqual((JSON.parse(text) as { events: unknown[] }).events);
  });

  test('spans of real findings parse back to the same events', () => {
    const events = Array.from({ length: 20 }, (_, i) => findingFor('install-1', `e${i}`));
    const text = JSON.stringify({ events });
    expect(slices(text)?.map((s) => JSON.parse(s) as unknown)).toEqual(events);
  });
});

describe('members against keyCount', () => {
  test.each<[string, boolean]>([
    ['{"a":1,"b":{"c":[{"d":2},{"d":3}]}}', true],
    ['{"a":"x:y","b":"{\\"k\\":1}"}', true],
    ['{"a":1,"a":2}', false],
    ['{"device":{"uid":"other","uid":"me"}}', false],
    ['{"b":[{"c":1,"c":1}]}', false],
  ])('%s: counts agree %s', (event, agree) => {
    const text = `{"events":[${event}]}`;
    const [span] = eventSpans(text) ?? [];
    expect(span?.members === keyCount(JSON.parse(event))).toBe(agree);
  });
});
