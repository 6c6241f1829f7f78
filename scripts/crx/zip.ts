/**
 * A minimal, deterministic zip writer (PKWARE APPNOTE 6.3: local headers, deflate, central
 * directory; no zip64, no encryption). Entries are sorted and stamped 1980-01-01, so the same
 * folder always gives the same bytes and the same CRX signature input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Forward-slash path inside the archive. */
  readonly path: string;
  readonly data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const FLAG_UTF8_NAMES = 0x0800;
const METHOD_DEFLATE = 8;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
/** Beyond these the format needs zip64, which this writer does not do. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

function header(fields: readonly (readonly [number, 2 | 4])[]): Buffer {
  const buf = Buffer.alloc(fields.reduce((size, [, width]) => size + width, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) buf.writeUInt16LE(value, at);
    else buf.writeUInt32LE(value, at);
    at += width;
  }
  return buf;
}

export function createZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > MAX_ENTRIES) throw new Error(`zip: ${entries.length} entries need zip64, which is not supported`);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const name = Buffer.from(entry.path, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    if (entry.data.length > MAX_BYTES || offset > MAX_BYTES) throw new Error('zip: archive needs zip64, which is not supported');
    const common = [
      [FLAG_UTF8_NAMES, 2], [METHOD_DEFLATE, 2], [0, 2], [DOS_DATE_1980_01_01, 2],
      [crc, 4], [compressed.length, 4], [entry.data.length, 4], [name.length, 2], [0, 2],
    ] as const;
    const local = Buffer.concat([header([[LOCAL_HEADER, 4], [VERSION_NEEDED, 2], ...common]), name, compressed]);
    centrals.push(
      Buffer.concat([
        header([[CENTRAL_HEADER, 4], [VERSION_NEEDED, 2], [VERSION_NEEDED, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = header([
    [END_OF_CENTRAL_DIRECTORY, 4], [0, 2], [0, 2], [centrals.length, 2], [centrals.length, 2],
    [central.length, 4], [offset, 4], [0, 2],
  ]);
  return Buffer.concat([...locals, central, end]);
}

/** Every file under `dir`, with archive paths relative to it. */
export function readTree(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split(sep).join('/'), data: readFileSync(full) };
    });
}
