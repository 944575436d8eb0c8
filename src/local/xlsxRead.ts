// Reads .xlsx files into the core's sheets: one grid per sheet, each cell as the spreadsheet shows it (exceljs).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FORMULA_WITHOUT_RESULT, type CellValue, type Grid } from '../core/cells';
import { DataError } from '../core/errors';
import type { SheetData } from '../core/table';
import { readRegularFile } from './safePaths';
import { guardZip, ZipRefused } from './zipGuard';

const DAY_MS = 86400000;
/** Days between the 1900 and 1904 date systems' day zero. */
const DAYS_1904 = 1462;

/** The text a rich-text value shows. */
function richText(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((r) => r.text).join('');
}

/**
 * exceljs value → core CellValue: formulas give their cached result (or say they have none), rich text its text, errors
 * their code (#N/A).
 */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Date cells: exceljs turns the serial into a Date counted from UTC midnight, so the UTC fields hold the
  // calendar date the spreadsheet shows whatever this machine's time zone (a time part is ignored by the core).
  if (v instanceof Date) return v;
  if ('richText' in v) return richText(v);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    // A file written by a script may hold the formula alone: not an empty cell, an issue at it (the core says so).
    if (result === undefined || result === null) return FORMULA_WITHOUT_RESULT;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return result.error;
    return result as CellValue;
  }
  if ('hyperlink' in v) {
    const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return richText(text as ExcelJS.CellRichTextValue);
    return (v as ExcelJS.CellHyperlinkValue).hyperlink;
  }
  if ('error' in v) return (v as ExcelJS.CellErrorValue).error;
  return String(v);
}

/**
 * The sheet's values as the school sees them. A merged range holds its value in its top-left cell only, as
 * Google Sheets reads it (exceljs repeats it in every merged cell, which would duplicate headers and teachers).
 * Numbers come as stored, whatever their format (0.95 for «95 %»), exactly as Sheets' getValues gives them:
 * the core reads percent columns the same way in both worlds.
 */
export function worksheetGrid(ws: ExcelJS.Worksheet, shiftDays = 0): Grid {
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      let value = toCellValue(cell.value);
      if (shiftDays !== 0 && value instanceof Date) value = new Date(value.getTime() + shiftDays * DAY_MS);
      cells[col - 1] = value;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) if (grid[i] === undefined) grid[i] = [];
  return grid;
}

const notWorkbook = (path: string, why: string) =>
  new DataError(
    `Файл «${path}» — не книга Excel (.xlsx): ${why} Откройте его в Excel или Google Таблицах и сохраните как «Книга Excel (.xlsx)».`,
  );

/** What the archive says before exceljs reads it: the kind of file, and the workbook's date system. */
interface Inspection {
  /** Excel's `date1904` written as "true" (exceljs understands only "1"). */
  date1904: boolean;
  /** Sheets with ISO date cells (t="d"), rewritten as text cells exceljs can read. */
  bytes: Uint8Array;
}

/** Parts of a sheet that hold no values: not parsed (a template's dropdowns cover a thousand rows per column). */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'picture',
  'drawing',
  'tableParts',
  'rowBreaks',
  'extLst',
  'sheetProtection',
  'autoFilter',
];

const ISO_DATE_CELL = /<c\b([^>]*?)\bt="d"([^>]*)>\s*<v>([^<]*)<\/v>/g;

async function inspect(path: string, bytes: Uint8Array): Promise<Inspection> {
  if (bytes.length === 0) throw notWorkbook(path, 'файл пустой.');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    throw notWorkbook(
      path,
      'это файл старого формата Excel 97–2003 (.xls) или книга, защищённая паролем на открытие (снимите пароль).',
    );
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw notWorkbook(path, 'это не архив Office Open XML (возможно, CSV или текст).');
  // Sizes first, from the archive's directory, checked while inflating: nothing below unpacks past the limits.
  let guarded;
  try {
    guarded = guardZip(bytes);
  } catch (e) {
    if (!(e instanceof ZipRefused)) throw e;
    if (e.tooBig)
      throw new DataError(
        `Файл «${path}» слишком большой для сборки: ${e.message} Разделите книгу или удалите лишнее (пустые оформленные строки, вложенные картинки).`,
      );
    throw notWorkbook(path, e.message);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notWorkbook(path, 'архив повреждён.');
  }
  const workbook = zip.file('xl/workbook.xml');
  if (!workbook) {
    const what = zip.file('word/document.xml')
      ? 'это документ Word (.docx).'
      : zip.file('ppt/presentation.xml')
        ? 'это презентация PowerPoint.'
        : 'в архиве нет книги Excel.';
    throw notWorkbook(path, what);
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="true"/.test(await workbook.async('string'));
  // t="d" (ISO 8601 date cells) is legal OOXML that exceljs misreads as a number: make them text, which the core
  // parses.
  let changed = false;
  for (const name of guarded.isoDateSheets) {
    const xml = await zip.file(name)!.async('string');
    zip.file(
      name,
      xml.replace(
        ISO_DATE_CELL,
        (_m, before: string, after: string, iso: string) => `<c${before}t="inlineStr"${after}><is><t>${iso}</t></is>`,
      ),
    );
    changed = true;
  }
  return { date1904, bytes: changed ? await zip.generateAsync({ type: 'uint8array' }) : bytes };
}

/** Reads every sheet of an .xlsx file; a missing, damaged or wrong file is a DataError with a Russian message. */
export async function readXlsx(path: string): Promise<SheetData[]> {
  // Only a regular file within the size limit: never a device, a pipe or a folder (safePaths says which).
  const { bytes } = await readRegularFile(path);
  const inspected = await inspect(path, bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(inspected.bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    throw notWorkbook(path, 'книгу не удалось разобрать (файл повреждён или сохранён не полностью).');
  }
  // exceljs already applies date1904="1"; "true" it misses, so its dates are 1462 days early.
  const shift = inspected.date1904 && !wb.properties.date1904 ? DAYS_1904 : 0;
  return wb.worksheets.map((ws) => ({ name: ws.name, values: worksheetGrid(ws, shift) }));
}
