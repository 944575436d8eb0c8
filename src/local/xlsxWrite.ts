// Writes sheet models and raw sheets to .xlsx (exceljs). Strings always stay text, never formulas.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PALETTE, TONE_COLOURS } from '../core/catalogue/palette';
import type { CellValue } from '../core/cells';
import { parts } from '../core/dates';
import type { CellTone, ModelCell, SheetModel } from '../core/layout/model';
import type { SheetData } from '../core/table';

/** Fixed metadata dates: the same input gives the same file. */
const FIXED_DATE = new Date(Date.UTC(2021, 0, 1));

/** '#d9e1f2' → exceljs's opaque ARGB 'FFD9E1F2'. */
export const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const toneFill = (tone: CellTone) => argb(TONE_COLOURS[tone]);

const NUMBER_FORMAT: Record<string, string> = {
  percent: '0.0%',
  integer: '0',
  decimal: '0.0',
  date: 'dd.mm.yyyy',
};

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PedMonitor';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** A cell value exceljs writes literally: strings go in as shared strings, never as formulas. */
function literal(value: string | number | null, format: ModelCell['format']): ExcelJS.CellValue {
  if (value === null) return null;
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const { year, month, day } = parts(value);
    return new Date(Date.UTC(year, month - 1, day));
  }
  return value;
}

export interface WriteOptions {
  /** Where a school's own file is, seen from the written workbook (offline: relative to the output folder). */
  fileLink?: (file: string) => string;
  /**
   * The district workbook, seen from the written one: a cell of `Параметры`, `ОО` or a shared school sheet is
   * there, not in this file (offline, summary.xlsx is a file of its own). Absent: the sheets are in this workbook.
   */
  districtFile?: string;
}

/** A path as a link's file part: `#` and `?` in a school's file name would end it early. */
function linkPath(file: string): string {
  return encodeURI(file).replace(/#/g, '%23').replace(/\?/g, '%3F');
}

/** `#'01 Педагоги'!D5` inside the workbook; `ОО 01.xlsx#'Педагоги'!D5` in a school's own file. */
export function linkTarget(link: NonNullable<ModelCell['link']>, options: WriteOptions = {}): string {
  const sheet = `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
  if (!link.file)
    return options.districtFile === undefined ? `#${sheet}` : `${linkPath(options.districtFile)}#${sheet}`;
  const file = options.fileLink ? options.fileLink(link.file) : link.file;
  return `${linkPath(file)}#${sheet}`;
}

export function addModelSheet(wb: ExcelJS.Workbook, model: SheetModel, options: WriteOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(model.name, {
    views: [{ state: 'frozen', xSplit: model.frozenColumns, ySplit: model.frozenRows }],
  });
  ws.columns = model.columnWidths.map((w) => ({ width: Math.max(6, Math.round(w / 7)) }));
  model.header.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((text, j) => {
      const cell = row.getCell(j + 1);
      cell.value = text;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(PALETTE.header) } };
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  model.rows.forEach((cells, i) => {
    const row = ws.getRow(model.header.length + i + 1);
    cells.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      const value = literal(c.value, c.format);
      cell.value =
        c.link && typeof value === 'string' ? { text: value, hyperlink: linkTarget(c.link, options) } : value;
      if (c.format && c.format !== 'text') cell.numFmt = NUMBER_FORMAT[c.format];
      if (c.tone) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toneFill(c.tone) } };
      if (c.bold) cell.font = { bold: true };
      if (c.link) cell.font = { color: { argb: argb(PALETTE.link) }, underline: true };
      if (c.note) cell.note = c.note;
      if (typeof c.value === 'string' && c.value.length > 60) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  return ws;
}

export async function writeModels(models: readonly SheetModel[], options: WriteOptions = {}): Promise<Uint8Array> {
  const wb = newWorkbook();
  for (const m of models) addModelSheet(wb, m, options);
  // exceljs only stores; the archive is compressed once, after the links are rewritten.
  const stored = new Uint8Array(
    await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions),
  );
  return canonicalHyperlinks(stored);
}

const HYPERLINK = /<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)" location="([^"]*)"\/>/g;

/**
 * exceljs writes every hyperlink as an external relationship and repeats the target as its location; Excel
 * wants a jump inside the workbook as `location` alone, and a link to a school's file as that file plus the
 * sheet and cell as `location`. Rewrites both the way Excel itself saves them.
 */
async function canonicalHyperlinks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    const m = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(name);
    const relsName = m && `xl/worksheets/_rels/${m[1]}.rels`;
    if (!m || !relsName || !zip.file(relsName)) continue;
    const sheet = await zip.file(name)!.async('string');
    if (!sheet.includes('<hyperlink ')) continue;
    let rels = await zip.file(relsName)!.async('string');
    const internal = new Set<string>();
    const fixed = sheet.replace(HYPERLINK, (_all, ref: string, id: string, target: string) => {
      const hash = target.indexOf('#');
      if (hash < 0) return `<hyperlink ref="${ref}" r:id="${id}"/>`;
      const location = target.slice(hash + 1);
      if (hash === 0) {
        internal.add(id);
        return `<hyperlink ref="${ref}" location="${location}" display="${location.replace(/^.*!/, '')}"/>`;
      }
      // A function, not a replacement string: a file name with `$1` or `$'` must be written as it is.
      const file = target.slice(0, hash);
      rels = rels.replace(
        new RegExp(`(<Relationship Id="${id}" [^>]*?Target=")[^"]*`),
        (_m, start: string) => `${start}${file}`,
      );
      return `<hyperlink ref="${ref}" r:id="${id}" location="${location}"/>`;
    });
    if (internal.size > 0)
      rels = rels.replace(/<Relationship Id="(rId\d+)"[^>]*\/>/g, (rel, id: string) => (internal.has(id) ? '' : rel));
    zip.file(name, fixed);
    zip.file(relsName, rels);
  }
  return reproducible(zip);
}

/** Raw sheets (the sample, school files): Dates become date cells shown as дд.мм.гггг. */
export function addDataSheet(wb: ExcelJS.Workbook, sheet: SheetData): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.values.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((v: CellValue, j) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(j + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      if (i === 0) cell.font = { bold: true };
    });
  });
  let width = 0; // a loop, not Math.max(...rows): more rows than a call can take arguments
  for (const r of sheet.values) if (r.length > width) width = r.length;
  ws.columns = Array.from({ length: width }, () => ({ width: 18 }));
  return ws;
}

/**
 * Raw sheets as an .xlsx whose bytes depend on the sheets only (the committed sample must not change on regeneration).
 */
export async function writeSheets(sheets: readonly SheetData[]): Promise<Uint8Array> {
  const wb = newWorkbook();
  for (const s of sheets) addDataSheet(wb, s);
  return reproducible(await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer())));
}

/** exceljs (and JSZip for a rewritten part) stamp archive entries with the current time: use the fixed date. */
async function reproducible(zip: JSZip): Promise<Uint8Array> {
  zip.forEach((_path, file) => {
    file.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
