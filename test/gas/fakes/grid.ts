// Sheets' limits and words, a cell of the fakes, and what Sheets makes of a typed string.
import { FakeValidation } from './sheetParts';

/** Parameters typed against @types/google-apps-script; return values are the fakes themselves. */
export type Faked<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

export const SHEET_LIMIT = 200;
export const CELL_LIMIT = 10_000_000;
/** Characters a cell holds (Google refuses more on any write). */
export const CELL_CHARS = 50_000;
/** The grid of a new sheet: insertSheet, SpreadsheetApp.create and addSheet without gridProperties. */
export const NEW_ROWS = 1000;
export const NEW_COLUMNS = 26;
/** Google's own words for a range past the grid. */
export const OUTSIDE_GRID = 'The coordinates of the range are outside the dimensions of the sheet.';
export const TOO_LONG = `Your input contains more than the maximum of ${CELL_CHARS} characters in a single cell.`;
export const TOO_MANY_CELLS = `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`;

export interface Cell {
  value: unknown;
  formula?: string;
  note?: string;
  background?: string;
  format?: string;
  weight?: string;
  /** A cell-level link (the text format's link in the Sheets API). */
  link?: string;
  validation?: FakeValidation;
}

/** What Sheets does with a string given to setValues: `'` keeps text, `=` makes a formula, digits a number. */
export function enteredValue(v: unknown): Cell {
  if (typeof v !== 'string') return { value: v === undefined || v === null ? '' : v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith('=')) {
    const link = /^=HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(v);
    return { value: link ? link[2].replace(/""/g, '"') : '#ФОРМУЛА', formula: v };
  }
  if (/^[+-]?\d+([.,]\d+)?$/.test(v.trim())) return { value: Number(v.trim().replace(',', '.')) };
  if (/^(true|false)$/i.test(v)) return { value: v.toLowerCase() === 'true' };
  return { value: v };
}
