// Cells as the Sheets API returns them → the core's cell values, the same as getValues would give.
import type { CellValue } from '../core/cells';
import { serialToDate } from '../core/dates';
import type { RowData } from './sheetsApi';

/** Number formats that make getValues return a Date (a time alone is a Date on 30.12.1899). */
const DATE_TYPES = new Set(['DATE', 'DATE_TIME', 'TIME']);

/** What getValues returns for a formula error (the API names the type). */
const ERROR_TEXT: Record<string, string> = {
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: 'Loading...',
};

/** The block that holds values: up to the last row and column with one (getDataRange's extent). */
export function extent(rows: readonly RowData[] | undefined): { rows: number; columns: number } {
  let height = 0;
  let width = 0;
  (rows ?? []).forEach((r, i) =>
    (r.values ?? []).forEach((c, j) => {
      if (c.effectiveValue === undefined || c.effectiveValue.stringValue === '') return;
      height = Math.max(height, i + 1);
      width = Math.max(width, j + 1);
    }),
  );
  return { rows: height, columns: width };
}

/** Whether any cell holds a number (only then is it worth asking which numbers are dates). */
export function hasNumbers(rows: readonly RowData[] | undefined): boolean {
  return (rows ?? []).some((r) => (r.values ?? []).some((c) => c.effectiveValue?.numberValue !== undefined));
}

function cellValue(
  value: GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined,
  type: string | undefined,
): CellValue {
  if (!value) return null;
  if (value.stringValue !== undefined) return value.stringValue === '' ? null : value.stringValue;
  if (value.numberValue !== undefined)
    return type !== undefined && DATE_TYPES.has(type) ? serialToDate(value.numberValue) : value.numberValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.errorValue) return ERROR_TEXT[value.errorValue.type ?? 'ERROR'] ?? '#ERROR!';
  return null;
}

/**
 * A sheet's values (and, for the block with data, each cell's number format type) → a rectangle up to its last
 * filled row and column, like getDataRange().getValues(). An empty sheet is one empty cell, as there.
 */
export function fromGrid(values: readonly RowData[] | undefined, types?: readonly RowData[]): CellValue[][] {
  const size = extent(values);
  if (size.rows === 0) return [[null]];
  return Array.from({ length: size.rows }, (_, i) =>
    Array.from({ length: size.columns }, (_, j) => {
      const type = types?.[i]?.values?.[j]?.effectiveFormat?.numberFormat?.type;
      return cellValue(values?.[i]?.values?.[j]?.effectiveValue, type);
    }),
  );
}
