/**
 * Small readers for the generated files, used by scripts/deploy-files.test.ts to parse each file
 * back the way the browser would and check what arrives. Strict: anything unexpected throws.
 */
import type { Json } from './deployment';

export type RegValue = string | number;

/** A `.reg` file: key path → value name → data. `deleted` lists `[-key]` sections. */
export interface RegFile {
  readonly header: string;
  readonly keys: ReadonlyMap<string, ReadonlyMap<string, RegValue>>;
  readonly deleted: readonly string[];
}

function unquoteReg(text: string): string {
  return text.replace(/\\(["\\])/g, '$1');
}

export function parseReg(text: string): RegFile {
  if (/(?<!\r)\n/.test(text)) throw new Error('.reg: line endings must be CRLF, as regedit expects');
  const lines = text.split('\r\n');
  const keys = new Map<string, Map<string, RegValue>>();
  const deleted: string[] = [];
  let current: Map<string, RegValue> | undefined;
  for (const [index, line] of lines.slice(1).entries()) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)(HKEY_LOCAL_MACHINE\\[^\]]+)\]$/.exec(line);
    if (section) {
      if (section[1]) {
        deleted.push(section[2] as string);
        current = undefined;
      } else {
        current = keys.get(section[2] as string) ?? new Map();
        keys.set(section[2] as string, current);
      }
      continue;
    }
    const value = /^"([^"\\]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\["\\])*)"|hex\(1\):((?:[0-9a-f]{2},)*[0-9a-f]{2}))$/.exec(line);
    if (!value || !current) throw new Error(`.reg line ${index + 2} is not a value under a key: ${line.slice(0, 80)}`);
    const [, name, dword, string, hex] = value;
    if (dword !== undefined) current.set(name as string, parseInt(dword, 16));
    else if (string !== undefined) current.set(name as string, unquoteReg(string));
    else current.set(name as string, Buffer.from((hex as string).split(',').map((byte) => parseInt(byte, 16))).toString('utf16le').replace(/\0$/, ''));
  }
  return { header: lines[0] ?? '', keys, deleted };
}

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const PLIST_PROLOG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';

/** Parses an XML property list (dict, array, key, string, integer, true, false) into JSON. */
export function parsePlist(text: string): Json {
  if (!text.startsWith(PLIST_PROLOG)) throw new Error('plist: missing XML declaration or plist DOCTYPE');
  const tokens = text.slice(PLIST_PROLOG.length).match(/<[^>]+>|[^<]+/g) ?? [];
  let at = 0;
  const next = (): string => {
    while (at < tokens.length && /^\s+$/.test(tokens[at] as string)) at++;
    const token = tokens[at++];
    if (token === undefined) throw new Error('plist: unexpected end');
    return token;
  };
  const expect = (token: string): void => {
    const got = next();
    if (got !== token) throw new Error(`plist: expected ${token}, got ${got.slice(0, 40)}`);
  };
  const text_ = (close: string): string => {
    const token = tokens[at];
    if (token === close) {
      at++;
      return '';
    }
    if (token === undefined || token.startsWith('<') || /[<&](?!amp;|lt;|gt;|quot;|apos;)/.test(token)) throw new Error(`plist: bad text before ${close}`);
    at++;
    expect(close);
    return unescapeXml(token);
  };
  const value = (open = next()): Json => {
    switch (open) {
      case '<string>':
        return text_('</string>');
      case '<integer>': {
        const digits = text_('</integer>');
        if (!/^-?\d+$/.test(digits)) throw new Error(`plist: bad integer ${digits}`);
        return Number(digits);
      }
      case '<true/>':
        return true;
      case '<false/>':
        return false;
      case '<array>': {
        const items: Json[] = [];
        for (let token = next(); token !== '</array>'; token = next()) items.push(value(token));
        return items;
      }
      case '<dict>': {
        const entries: Record<string, Json> = {};
        for (let token = next(); token !== '</dict>'; token = next()) {
          if (token !== '<key>') throw new Error(`plist: expected <key> in dict, got ${token.slice(0, 40)}`);
          const key = text_('</key>');
          if (key in entries) throw new Error(`plist: duplicate key ${key}`);
          entries[key] = value();
        }
        return entries;
      }
      default:
        throw new Error(`plist: unexpected ${open.slice(0, 40)}`);
    }
  };
  expect('<plist version="1.0">');
  const root = value();
  expect('</plist>');
  if (tokens.slice(at).some((token) => !/^\s*$/.test(token))) throw new Error('plist: content after </plist>');
  return root;
}
