import { inflateRawSync } from 'zlib';

/**
 * Reads the parts of a zip file (an .xlsx is one) from its central directory, and inflates
 * them with a budget on the bytes they really inflate to: the sizes a zip declares can lie,
 * so a zip bomb is stopped while it inflates, never after.
 */

export type ZipProblem = 'tooLarge' | 'damaged' | 'unsupported';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface UnzipLimits {
  /** The most bytes all parts together may inflate to. */
  maxInflatedBytes: number;
  /** The most parts a zip may hold. */
  maxParts: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const damaged = (message: string) => new ZipError('damaged', message);

interface Directory {
  /** Where the central directory starts, in the file. */
  start: number;
  end: number;
  /** Bytes in front of the zip (as in a self-extracting archive) that its offsets ignore. */
  shift: number;
}

function u64(bytes: Buffer, at: number): number {
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('a zip64 size is out of range');
  return Number(value);
}

function findDirectory(bytes: Buffer): Directory {
  const last = bytes.length - EOCD_SIZE;
  let eocd = -1;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged('the zip directory is missing; the file may be cut off');
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  let recordAt = eocd;
  const locator = eocd - 20;
  if (
    (size === 0xffffffff || offset === 0xffffffff || bytes.readUInt16LE(eocd + 10) === 0xffff) &&
    locator >= 0 &&
    bytes.readUInt32LE(locator) === ZIP64_LOCATOR
  ) {
    const zip64At = u64(bytes, locator + 8);
    // The locator's offset ignores any bytes in front of the zip; look where it says first.
    const candidates = [zip64At, locator - 56];
    const found = candidates.find(
      (at) => at >= 0 && at + 56 <= locator && bytes.readUInt32LE(at) === ZIP64_EOCD,
    );
    if (found === undefined) throw damaged('the zip64 directory record is missing');
    size = u64(bytes, found + 40);
    offset = u64(bytes, found + 48);
    recordAt = found;
  }
  const shift = recordAt - (offset + size);
  if (shift < 0) throw damaged('the zip directory points outside the file');
  return { start: offset + shift, end: offset + shift + size, shift };
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

function zip64Extra(bytes: Buffer, from: number, to: number, entry: Entry, usize: number): void {
  let at = from;
  while (at + 4 <= to) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (at + 4 + length > to) break;
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw damaged('a zip64 field is cut short');
        const value = u64(bytes, field);
        field += 8;
        return value;
      };
      if (usize === 0xffffffff) next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

function readEntries(bytes: Buffer, directory: Directory, maxParts: number): Entry[] {
  const entries: Entry[] = [];
  let at = directory.start;
  while (at < directory.end) {
    if (at + CENTRAL_SIZE > directory.end || bytes.readUInt32LE(at) !== CENTRAL)
      throw damaged('the zip directory is damaged');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directory.end) throw damaged('the zip directory is damaged');
    const flags = bytes.readUInt16LE(at + 8);
    const rawName = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    // Bit 11 marks UTF-8 names; the parts of a workbook have ASCII names either way.
    const name = rawName.toString(flags & 0x800 ? 'utf8' : 'latin1').replace(/^\/+/, '');
    const entry: Entry = {
      name,
      flags,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    const extraStart = at + CENTRAL_SIZE + nameLength;
    zip64Extra(bytes, extraStart, extraStart + extraLength, entry, bytes.readUInt32LE(at + 24));
    entries.push(entry);
    if (entries.length > maxParts)
      throw new ZipError('tooLarge', `the zip holds more than ${maxParts} parts`);
    at = next;
  }
  return entries;
}

function compressedData(bytes: Buffer, entry: Entry, shift: number): Buffer {
  const local = entry.localOffset + shift;
  if (local + LOCAL_SIZE > bytes.length || bytes.readUInt32LE(local) !== LOCAL)
    throw damaged(`the part ${entry.name} is missing from the zip`);
  const start =
    local + LOCAL_SIZE + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`the part ${entry.name} is cut off`);
  return bytes.subarray(start, end);
}

function inflate(entry: Entry, data: Buffer, budget: number): Buffer {
  if (entry.flags & 0x1) throw new ZipError('unsupported', `the part ${entry.name} is encrypted`);
  if (entry.method === 0) {
    if (data.length > budget) throw tooLarge();
    return data;
  }
  if (entry.method !== 8)
    throw new ZipError('unsupported', `the part ${entry.name} uses compression ${entry.method}`);
  try {
    // maxOutputLength stops inflating as soon as the output passes the budget.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw damaged(`the part ${entry.name} cannot be inflated: ${(error as Error).message}`);
  }
}

function tooLarge(): ZipError {
  return new ZipError('tooLarge', 'the parts inflate past the limit');
}

/**
 * Inflates every part, counting the real bytes against `limits.maxInflatedBytes`, and returns
 * the parts that `keep` asks for, by name (without a leading slash).
 */
export function unzip(
  bytes: Buffer,
  limits: UnzipLimits,
  keep: (name: string) => boolean = () => true,
): Map<string, Buffer> {
  const directory = findDirectory(bytes);
  const parts = new Map<string, Buffer>();
  const seen = new Set<string>();
  let budget = limits.maxInflatedBytes;
  for (const entry of readEntries(bytes, directory, limits.maxParts)) {
    if (seen.has(entry.name)) throw damaged(`the zip holds two parts named ${entry.name}`);
    seen.add(entry.name);
    if (entry.name.endsWith('/')) continue;
    const content = inflate(entry, compressedData(bytes, entry, directory.shift), budget);
    if (content.length > budget) throw tooLarge();
    budget -= content.length;
    if (keep(entry.name)) parts.set(entry.name, content);
  }
  return parts;
}
