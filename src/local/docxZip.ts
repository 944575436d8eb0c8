// Makes a .docx byte-for-byte repeatable: fixed document dates in docProps/core.xml and fixed times in the zip headers.

/** The creation date written into every report (the real date would make each run's bytes differ). */
export const FIXED_TIME = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml as the docx library writes it, but with `time` for «created» and «modified». */
export function coreProperties(
  p: { title: string; creator: string; description: string },
  time: Date,
): { path: string; data: string } {
  const stamp = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const data =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(p.title)}</dc:title><dc:creator>${escapeXml(p.creator)}</dc:creator><dc:description>${escapeXml(p.description)}</dc:description>`
    + `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
    + '</cp:coreProperties>';
  return { path: 'docProps/core.xml', data };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time, as zip headers hold them (2-second resolution). */
function dosDateTime(t: Date): number {
  return (
    (((t.getUTCFullYear() - 1980) << 25)
      | ((t.getUTCMonth() + 1) << 21)
      | (t.getUTCDate() << 16)
      | (t.getUTCHours() << 11)
      | (t.getUTCMinutes() << 5)
      | (t.getUTCSeconds() >> 1))
    >>> 0
  );
}

/**
 * Overwrites the modification time of every entry — in the central directory and in each local header — with `time`.
 * The zip writer stamps entries with the current time; nothing else in the archive depends on it (CRCs cover data
 * only).
 */
export function deterministicZip(bytes: Uint8Array, time: Date): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('deterministicZip: not a zip archive');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const stamp = dosDateTime(time);
  for (let e = 0; e < entries; e++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('deterministicZip: broken central directory');
    view.setUint32(p + 12, stamp, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('deterministicZip: broken local header');
    view.setUint32(local + 10, stamp, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
