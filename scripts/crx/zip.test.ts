import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { createZip } from './zip';

const ENTRIES = [
  { path: 'manifest.json', data: Buffer.from('{"name":"Sightline"}') },
  { path: 'assets/ünïcode.txt', data: Buffer.from('x'.repeat(5000)) },
  { path: 'empty.txt', data: Buffer.alloc(0) },
];

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Reads entries back through the central directory, the way unzippers find them. */
function readBack(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const size = zip.readUInt32LE(at + 20);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(zip.subarray(dataStart, dataStart + size)));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('createZip', () => {
  test('every entry reads back byte for byte through the central directory', () => {
    const files = readBack(createZip(ENTRIES));
    expect([...files.keys()]).toEqual(['assets/ünïcode.txt', 'empty.txt', 'manifest.json']);
    for (const entry of ENTRIES) expect(files.get(entry.path)?.equals(entry.data)).toBe(true);
  });

  test('is deterministic whatever the input order', () => {
    expect(createZip([...ENTRIES].reverse()).equals(createZip(ENTRIES))).toBe(true);
  });

  test.skipIf(!hasUnzip)('passes `unzip -t` (CRCs and structure)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sightline-zip-')), 'test.zip');
    writeFileSync(file, createZip(ENTRIES));
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });
});
