/**
 * The sliver of Protocol Buffers the CRX3 header needs: length-delimited (bytes / message) fields
 * only, which is every field of `CrxFileHeader`, `AsymmetricKeyProof` and `SignedData`
 * (chromium/src/components/crx_file/crx3.proto).
 */

const WIRE_TYPE_LEN = 2;

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** Encodes one length-delimited field: tag, length, bytes. */
export function bytesField(fieldNumber: number, value: Uint8Array): Buffer {
  return Buffer.concat([varint(fieldNumber * 8 + WIRE_TYPE_LEN), varint(value.length), value]);
}

export interface Field {
  readonly number: number;
  readonly value: Buffer;
}

function readVarint(buf: Buffer, start: number): { value: number; next: number } {
  let value = 0;
  let scale = 1;
  for (let at = start; at < buf.length && at < start + 8; at++) {
    const byte = buf[at] as number;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: at + 1 };
    scale *= 0x80;
  }
  throw new Error(`protobuf: bad varint at byte ${start}`);
}

/** Decodes a message whose fields are all length-delimited; anything else is an error. */
export function decodeFields(buf: Buffer): Field[] {
  const fields: Field[] = [];
  let at = 0;
  while (at < buf.length) {
    const tag = readVarint(buf, at);
    if (tag.value % 8 !== WIRE_TYPE_LEN) throw new Error(`protobuf: unexpected wire type ${tag.value % 8} at byte ${at}`);
    const length = readVarint(buf, tag.next);
    const end = length.next + length.value;
    if (end > buf.length) throw new Error(`protobuf: field at byte ${at} runs past the end`);
    fields.push({ number: Math.floor(tag.value / 8), value: buf.subarray(length.next, end) });
    at = end;
  }
  return fields;
}
