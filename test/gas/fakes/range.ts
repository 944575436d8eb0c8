// The fake SpreadsheetApp's Range: values, notes, formats and validation of a block of a FakeSheet.
import { CELL_CHARS, type Cell, type Faked, OUTSIDE_GRID, TOO_LONG, enteredValue } from './grid';
import type { Located } from './recorder';
import { FakeSheet } from './sheet';
import { FakeValidation } from './sheetParts';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;

export function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const one = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`Range not found: ${a1}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), column: c };
  };
  const [a, b] = a1.split(':');
  const start = one(a);
  const end = b ? one(b) : start;
  return { ...start, rows: end.row - start.row + 1, columns: end.column - start.column + 1 };
}

export class FakeRange
  implements
    Located,
    Faked<
      RangeApi,
      | 'getValues'
      | 'getBackgrounds'
      | 'getNotes'
      | 'setNotes'
      | 'setFontWeight'
      | 'setBackground'
      | 'setWrap'
      | 'setVerticalAlignment'
      | 'clearContent'
      | 'activate'
    >
{
  readonly fakeName = 'Range';
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    if (row < 1 || column < 1 || rows < 1 || columns < 1)
      throw new Error(`Неверный диапазон: ${row}, ${column}, ${rows}, ${columns}`);
    if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) throw new Error(OUTSIDE_GRID);
  }
  where() {
    return this.sheet.where();
  }
  private each<T>(f: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.columns }, (_, j) =>
        f(this.sheet.cell(this.row + i, this.column + j), this.row + i, this.column + j),
      ),
    );
  }
  private set(grid: unknown[][], apply: (cell: Cell, v: unknown) => void, what: string) {
    if (this.sheet.book.viewOnly) throw new Error('You do not have permission to edit this range.');
    this.sheet.book.checkEdit(this.sheet);
    if (grid.length !== this.rows || grid.some((r) => r.length !== this.columns)) {
      throw new Error(
        `${what}: размер данных ${grid.length}×${grid[0]?.length} не совпадает с диапазоном ${this.rows}×${this.columns}`,
      );
    }
    for (const r of grid)
      for (const v of r) if (typeof v === 'string' && v.length > CELL_CHARS) throw new Error(TOO_LONG);
    grid.forEach((r, i) => r.forEach((v, j) => apply(this.sheet.ensure(this.row + i, this.column + j), v)));
    return this;
  }
  getValues() {
    if (this.sheet.book.failReads) throw new Error('Service Spreadsheets failed while accessing document.');
    return this.each((c) => this.sheet.book.outDate(c?.value ?? ''));
  }
  getBackgrounds() {
    return this.each((c) => c?.background ?? '#ffffff');
  }
  getNotes() {
    return this.each((c) => c?.note ?? '');
  }
  setValues(grid: unknown[][]) {
    return this.set(
      grid,
      (cell, v) => {
        const entered = enteredValue(v);
        cell.value = entered.value;
        cell.formula = entered.formula;
      },
      'setValues',
    );
  }
  setValue(v: unknown) {
    return this.setValues(Array.from({ length: this.rows }, () => Array.from({ length: this.columns }, () => v)));
  }
  setNumberFormat(format: string) {
    return this.setNumberFormats(
      Array.from({ length: this.rows }, () => Array.from({ length: this.columns }, () => format)),
    );
  }
  setNotes(grid: (string | null)[][]) {
    return this.set(
      grid,
      (cell, v) => {
        cell.note = String(v ?? '');
      },
      'setNotes',
    );
  }
  setBackgrounds(grid: (string | null)[][]) {
    return this.set(
      grid,
      (cell, v) => {
        cell.background = v === null ? undefined : String(v);
      },
      'setBackgrounds',
    );
  }
  setNumberFormats(grid: string[][]) {
    return this.set(
      grid,
      (cell, v) => {
        cell.format = String(v);
      },
      'setNumberFormats',
    );
  }
  setFontWeights(grid: string[][]) {
    return this.set(
      grid,
      (cell, v) => {
        cell.weight = String(v);
      },
      'setFontWeights',
    );
  }
  setDataValidations(grid: (FakeValidation | null)[][]) {
    return this.set(
      grid,
      (cell, v) => {
        cell.validation = (v as FakeValidation | null) ?? undefined;
      },
      'setDataValidations',
    );
  }
  setFontWeight(weight: string | null) {
    this.sheet.book.checkEdit(this.sheet);
    this.each((_, r, c) => {
      this.sheet.ensure(r, c).weight = weight ?? 'normal';
    });
    return this;
  }
  setBackground(color: string | null) {
    this.sheet.book.checkEdit(this.sheet);
    this.each((_, r, c) => {
      this.sheet.ensure(r, c).background = color ?? undefined;
    });
    return this;
  }
  setWrap() {
    return this;
  }
  setVerticalAlignment() {
    return this;
  }
  clearContent() {
    this.sheet.book.checkEdit(this.sheet);
    this.each((cell) => {
      if (cell) {
        cell.value = '';
        cell.formula = undefined;
      }
    });
    return this;
  }
  activate() {
    this.sheet.book.active = { sheet: this.sheet.name, row: this.row, column: this.column };
    return this;
  }
}
