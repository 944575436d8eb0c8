// Checks an .xlsx archive before anything unpacks it: sizes from the central directory, verified while inflating.
import { inflateRawSync } from 'node:zlib';
import { LIMITS, countText, sizeText } from './limits';

/** What is wrong with the archive, in words that follow «Файл … —»; `tooBig` says it is a limit, not damage. */
export class ZipRefused extends Error {
  constructor(
    message: string,
    readonly tooBig: boolean,
  ) {
    super(message);
    this.name = 'ZipRefused';
  }
}

export interface ZipSummary {
  /** Cells written in the worksheets (styled empty ones too: a reader builds an object for each). */
  cells: number;
  /** Worksheet parts holding ISO date cells (t="d"), which the reader must rewrite. */
  isoDateSheets: string[];
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const damaged = () => new ZipRefused('архив повреждён.', false);

function findEndOfDirectory(b: Buffer): number {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let p = b.length - 22; p >= lowest; p--) if (b.readUInt32LE(p) === EOCD) return p;
  throw damaged();
}

/** Bytes of text between `<t>`/`<t …>` and `</t>` longer than any cell may hold (6 bytes per character at most). */
function longestText(xml: Buffer): number {
  let longest = 0;
  let at = xml.indexOf('<t');
  while (at >= 0) {
    const next = xml[at + 2];
    if (next === 0x3e || next === 0x20) {
      const end = xml.indexOf('</t>', at);
      if (end < 0) break;
      if (end - at > longest) longest = end - at;
      at = xml.indexOf('<t', end);
    } else {
      at = xml.indexOf('<t', at + 2);
    }
  }
  return longest;
}

function countCells(xml: Buffer): number {
  let n = 0;
  for (const tag of ['<c ', '<c>']) for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + 3)) n++;
  return n;
}

/**
 * Reads the central directory, refuses an archive that would unpack past the limits, then inflates each part with
 * its declared size as a hard ceiling (a lying header is caught at that size, not after gigabytes).
 */
export function guardZip(bytes: Uint8Array): ZipSummary {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 22) throw damaged();
  const end = findEndOfDirectory(b);
  const count = b.readUInt16LE(end + 10);
  const dirSize = b.readUInt32LE(end + 12);
  const dirStart = b.readUInt32LE(end + 16);
  if (count === 0xffff || dirStart === 0xffffffff) {
    throw new ZipRefused(
      `архив слишком большой (формат ZIP64): допустимо не больше ${sizeText(LIMITS.unpackedBytes)} в распакованном виде.`,
      true,
    );
  }
  if (count > LIMITS.parts)
    throw new ZipRefused(`в архиве ${countText(count)} частей, допустимо не больше ${countText(LIMITS.parts)}.`, true);
  if (dirStart + dirSize > end) throw damaged();
  const entries: { name: string; method: number; packed: number; size: number; local: number }[] = [];
  let total = 0;
  for (let p = dirStart, i = 0; i < count; i++) {
    if (p + 46 > end || b.readUInt32LE(p) !== CENTRAL) throw damaged();
    const nameLength = b.readUInt16LE(p + 28);
    const entry = {
      name: b.toString('utf8', p + 46, p + 46 + nameLength),
      method: b.readUInt16LE(p + 10),
      packed: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      local: b.readUInt32LE(p + 42),
    };
    total += entry.size;
    if (total > LIMITS.unpackedBytes) {
      throw new ZipRefused(
        `в распакованном виде книга занимает больше ${sizeText(LIMITS.unpackedBytes)} (допустимо не больше).`,
        true,
      );
    }
    entries.push(entry);
    p += 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  const summary: ZipSummary = { cells: 0, isoDateSheets: [] };
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    if (e.local + 30 > b.length || b.readUInt32LE(e.local) !== LOCAL) throw damaged();
    const start = e.local + 30 + b.readUInt16LE(e.local + 26) + b.readUInt16LE(e.local + 28);
    if (start + e.packed > b.length) throw damaged();
    const packed = b.subarray(start, start + e.packed);
    let data: Buffer;
    if (e.method === 0) data = packed;
    else if (e.method !== 8) throw new ZipRefused('части архива сжаты неизвестным способом.', false);
    else {
      try {
        // maxOutputLength: inflating stops at the declared size instead of filling memory.
        data = e.size === 0 ? Buffer.alloc(0) : inflateRawSync(packed, { maxOutputLength: e.size });
      } catch {
        throw damaged();
      }
    }
    if (data.length !== e.size) throw damaged();
    if (/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(e.name)) {
      if (longestText(data) > LIMITS.cellChars * 6) {
        throw new ZipRefused(
          `в книге есть ячейка длиннее ${countText(LIMITS.cellChars)} символов (больше, чем вмещает ячейка Excel).`,
          true,
        );
      }
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      summary.cells += countCells(data);
      if (data.indexOf('t="d"') >= 0) summary.isoDateSheets.push(e.name);
    }
  }
  if (summary.cells > LIMITS.cells) {
    throw new ZipRefused(
      `в книге ${countText(summary.cells)} заполненных или оформленных ячеек, допустимо не больше ${countText(LIMITS.cells)}.`,
      true,
    );
  }
  return summary;
}
