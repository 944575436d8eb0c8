// A neutral SheetModel (Сводная, Ошибки, …) as Sheets API rows and the requests that put it on a new sheet.
import { PALETTE, TONE_COLOURS } from '../core/catalogue/palette';
import type { CellFormat, CellLink, ModelCell, SheetModel } from '../core/layout/model';
import { toSerial } from '../core/dates';
import type { Request, RowData } from './sheetsApi';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;

export const NUMBER_FORMAT: Record<CellFormat, NumberFormat> = {
  text: { type: 'TEXT', pattern: '@' },
  integer: { type: 'NUMBER', pattern: '0' },
  percent: { type: 'PERCENT', pattern: '0.0%' },
  decimal: { type: 'NUMBER', pattern: '0.0' },
  date: { type: 'DATE', pattern: 'dd.mm.yyyy' },
};

/** Cells without a format hold text or nothing: plain text suits both. */
const AUTOMATIC = NUMBER_FORMAT.text;

/** What updateCells writes of each cell: a field left out of a cell is cleared. */
export const CELL_FIELDS =
  'userEnteredValue,userEnteredFormat.numberFormat,userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold,userEnteredFormat.textFormat.link,note';

/** '#f4cccc' → the API's colour (fractions of 1). */
export function apiColor(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: n(1), green: n(3), blue: n(5) };
}

/**
 * A cell's value: text is a stringValue, which Sheets never reads as a formula, a number or a date — school text
 * such as «=1+1» or «01» stays as typed without an apostrophe. The add-on writes no formula at all: a link is the
 * cell's text format (a =HYPERLINK would need «;» or «,» between its arguments depending on the workbook's locale).
 */
function value(cell: ModelCell): GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined {
  if (cell.value === null) return undefined;
  if (typeof cell.value === 'number') return { numberValue: cell.value };
  if (cell.format === 'date') return { numberValue: toSerial(cell.value) };
  return cell.value === '' ? undefined : { stringValue: cell.value };
}

function cellData(
  v: GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined,
  format: NumberFormat,
  background: string | null,
  bold: boolean,
  note: string | undefined,
  uri: string | null = null,
): CellData {
  const out: CellData = {
    userEnteredFormat: { numberFormat: format, textFormat: uri === null ? { bold } : { bold, link: { uri } } },
  };
  if (v) out.userEnteredValue = v;
  if (background !== null && out.userEnteredFormat) out.userEnteredFormat.backgroundColor = apiColor(background);
  if (note) out.note = note;
  return out;
}

/** Every row of the sheet as API cells (pure, so it is tested without Sheets). */
export function modelRows(model: SheetModel, link: (l: CellLink) => string | null): RowData[] {
  const width = modelWidth(model);
  const rows: RowData[] = model.header.map((header) => ({
    values: Array.from({ length: width }, (_, j) =>
      cellData(header[j] ? { stringValue: header[j] } : undefined, AUTOMATIC, PALETTE.header, true, undefined),
    ),
  }));
  for (const cells of model.rows) {
    rows.push({
      values: Array.from({ length: width }, (_, j) => {
        const c: ModelCell = cells[j] ?? { value: null };
        const uri = c.link && typeof c.value === 'string' && c.value !== '' ? link(c.link) : null;
        return cellData(
          value(c),
          c.format ? NUMBER_FORMAT[c.format] : AUTOMATIC,
          c.tone ? TONE_COLOURS[c.tone] : null,
          c.bold === true,
          c.note,
          uri,
        );
      }),
    });
  }
  return rows;
}

export function modelWidth(model: SheetModel): number {
  // A loop, not Math.max(...rows): `Ошибки` may have more rows than a call can take arguments.
  let width = 1;
  for (const r of [...model.header, ...model.rows]) if (r.length > width) width = r.length;
  return width;
}

/** Runs of equal column widths (0-based start, end exclusive): one call or request each, in Sheets and the API. */
export function widthRuns(widths: readonly number[]): { start: number; end: number; width: number }[] {
  const runs: { start: number; end: number; width: number }[] = [];
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      runs.push({ start, end: i, width: widths[start] });
      start = i;
    }
  }
  return runs;
}

function widthRequests(sheetId: number, widths: readonly number[]): Request[] {
  return widthRuns(widths).map((r) => ({
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: r.start, endIndex: r.end },
      properties: { pixelSize: r.width },
      fields: 'pixelSize',
    },
  }));
}

/** A new sheet is at least this big, as one made by hand (room to scroll; the 10 M cell limit is far). */
const MIN_ROWS = 1000;
const MIN_COLUMNS = 26;

/**
 * The requests that draw a model on a new sheet with this id and title, at this position, protected for `editors` only.
 */
export function drawRequests(
  model: SheetModel,
  link: (l: CellLink) => string | null,
  sheetId: number,
  title: string,
  index: number | undefined,
  editors: readonly string[],
  description: string,
): Request[] {
  const rows = modelRows(model, link);
  const gridProperties = {
    rowCount: Math.max(rows.length + 1, MIN_ROWS),
    columnCount: Math.max(modelWidth(model), MIN_COLUMNS),
    frozenRowCount: model.frozenRows,
    frozenColumnCount: model.frozenColumns,
  };
  return [
    { addSheet: { properties: { sheetId, title, ...(index === undefined ? {} : { index }), gridProperties } } },
    { updateCells: { rows, fields: CELL_FIELDS, start: { sheetId, rowIndex: 0, columnIndex: 0 } } },
    ...widthRequests(sheetId, model.columnWidths),
    // No domainUsersCanEdit: a new protection is not domain-editable, and consumer accounts have no domain at all.
    {
      addProtectedRange: {
        protectedRange: { range: { sheetId }, description, warningOnly: false, editors: { users: [...editors] } },
      },
    },
  ];
}
