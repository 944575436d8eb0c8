// Cells as the Sheets API returns them → the core's cell values, the same as getValues would give.
import type { CellValue } from '../core/cells';
import type { RowData } from './sheetsApi';

/** Day 0 of Sheets' serial dates. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Number formats that make getValues return a Date (a time alone is a Date on 30.12.1899). */
const DATE_TYPES = new Set(['DATE', 'DATE_TIME', 'TIME']);

/** What getValues returns for a formula error (the API names the type). */
const ERROR_TEXT: Record<string, string> = {
  ERROR: '#ERROR!', NULL_VALUE: '#NULL!', DIVIDE_BY_ZERO: '#DIV/0!', VALUE: '#VALUE!', REF: '#REF!', NAME: '#NAME?', NUM: '#NUM!', N_A: '#N/A', LOADING: 'Loading...',
};

/** A serial day number → the calendar date in the UTC fields (the time of day is dropped), as the core wants. */
export function serialToDate(serial: number): Date {
  return new Date(EPOCH + Math.floor(serial) * DAY);
}

/** An ISO calendar date → Sheets' serial day number. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY);
}

function cellValue(cell: GoogleAppsScript.Sheets.Schema.CellData | undefined): CellValue {
  const v = cell?.effectiveValue;
  if (!v) return null;
  if (v.stringValue !== undefined) return v.stringValue === '' ? null : v.stringValue;
  if (v.numberValue !== undefined) {
    const type = cell?.effectiveFormat?.numberFormat?.type;
    return type !== undefined && DATE_TYPES.has(type) ? serialToDate(v.numberValue) : v.numberValue;
  }
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.errorValue) return ERROR_TEXT[v.errorValue.type ?? 'ERROR'] ?? '#ERROR!';
  return null;
}

/**
 * A sheet's rows → a rectangle up to its last filled row and column, like getDataRange().getValues(): rows the
 * API returns only for their formats (the template formats 1000 rows) are cut off. An empty sheet is one empty cell.
 */
export function fromGrid(rows: readonly RowData[] | undefined): CellValue[][] {
  const grid = (rows ?? []).map((r) => (r.values ?? []).map(cellValue));
  let height = 0;
  let width = 0;
  grid.forEach((row, i) => row.forEach((v, j) => {
    if (v === null) return;
    height = Math.max(height, i + 1);
    width = Math.max(width, j + 1);
  }));
  if (height === 0) return [[null]];
  return grid.slice(0, height).map((row) => Array.from({ length: width }, (_, j) => row[j] ?? null));
}
