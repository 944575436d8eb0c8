// The fake SpreadsheetApp's Sheet: its grid of cells, protections, charts and the limits Google enforces.
import { type Cell, type Faked, NEW_COLUMNS, NEW_ROWS, OUTSIDE_GRID } from './grid';
import { FakeRange, parseA1 } from './range';
import type { Located } from './recorder';
import { FakeChart, FakeChartBuilder, FakeProtection } from './sheetParts';
import { FakeSpreadsheet } from './spreadsheet';

type SheetApi = GoogleAppsScript.Spreadsheet.Sheet;

export class FakeSheet
  implements
    Located,
    Faked<
      SheetApi,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxColumns'
      | 'insertColumnsAfter'
      | 'setFrozenRows'
      | 'setFrozenColumns'
      | 'setColumnWidths'
      | 'protect'
      | 'getProtections'
      | 'hideSheet'
      | 'newChart'
      | 'insertChart'
    >
{
  readonly fakeName = 'Sheet';
  cells: Cell[][] = [];
  frozenRows = 0;
  frozenColumns = 0;
  widths = new Map<number, number>();
  protections: FakeProtection[] = [];
  hidden = false;
  charts: FakeChart[] = [];
  /** The grid: what ranges may address. It grows only through insertRows*, insertColumns*, appendRow. */
  maxRows = NEW_ROWS;
  maxColumns = NEW_COLUMNS;
  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}
  where() {
    return { file: this.book.id, sheet: this.name };
  }
  cell(row: number, column: number): Cell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }
  /** The cell, created if need be; a test typing data past the grid grows it (as a person adding rows would). */
  ensure(row: number, column: number): Cell {
    while (this.cells.length < row) this.cells.push([]);
    const line = this.cells[row - 1];
    while (line.length < column) line.push({ value: '' });
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
    return line[column - 1];
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxColumns;
  }
  private grow(rows: number, columns: number) {
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0)
      throw new Error('Invalid argument');
    this.book.checkEdit(this);
    this.book.checkCells(rows * this.maxColumns + columns * (this.maxRows + rows));
    this.maxRows += rows;
    this.maxColumns += columns;
  }
  /** New empty rows before `before` (1-based): cells below move down. */
  insertRows(before: number, count = 1) {
    if (before < 1 || before > this.maxRows) throw new Error(OUTSIDE_GRID);
    this.grow(count, 0);
    if (this.cells.length >= before) this.cells.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
    return this;
  }
  insertRowsAfter(after: number, count: number) {
    if (after < 1 || after > this.maxRows) throw new Error(OUTSIDE_GRID);
    this.grow(count, 0);
    if (this.cells.length > after) this.cells.splice(after, 0, ...Array.from({ length: count }, () => []));
    return this;
  }
  insertColumnsAfter(after: number, count: number) {
    if (after < 1 || after > this.maxColumns) throw new Error(OUTSIDE_GRID);
    this.grow(0, count);
    for (const line of this.cells)
      if (line.length > after) line.splice(after, 0, ...Array.from({ length: count }, () => ({ value: '' })));
    return this;
  }
  insertColumns(before: number, count = 1) {
    return before === 1 ? this.insertColumnsBeforeFirst(count) : this.insertColumnsAfter(before - 1, count);
  }
  private insertColumnsBeforeFirst(count: number) {
    this.grow(0, count);
    for (const line of this.cells) line.splice(0, 0, ...Array.from({ length: count }, () => ({ value: '' })));
    return this;
  }
  /** A row after the last one with content; the grid grows by a row when that one is the last. */
  appendRow(values: unknown[]) {
    this.book.checkEdit(this);
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.grow(1, 0);
    if (values.length > this.maxColumns) this.grow(0, values.length - this.maxColumns);
    new FakeRange(this, row, 1, 1, Math.max(1, values.length)).setValues([values.length ? values : ['']]);
    return this;
  }
  /** Test helper: the cells' values as the user sees them, trailing empties trimmed. */
  grid(): unknown[][] {
    const rows = this.getLastRow();
    const cols = this.getLastColumn();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.cell(i + 1, j + 1)?.value ?? ''),
    );
  }
  getName() {
    return this.name;
  }
  setName(name: string) {
    if (this.book.sheets.some((s) => s !== this && s.name === name))
      throw new Error(`Лист с именем «${name}» уже существует.`);
    this.book.checkEdit(this);
    this.name = name;
    return this;
  }
  getSheetId() {
    return this.id;
  }
  getIndex() {
    return this.book.sheets.indexOf(this) + 1;
  }
  getLastRow() {
    for (let r = this.cells.length; r > 0; r--)
      if (this.cells[r - 1].some((c) => c.value !== '' || c.formula)) return r;
    return 0;
  }
  getLastColumn() {
    let last = 0;
    for (const row of this.cells)
      for (let c = row.length; c > last; c--) if (row[c - 1].value !== '' || row[c - 1].formula) last = c;
    return last;
  }
  getDataRange() {
    return this.taken(new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())));
  }
  getRange(rowOrA1: number | string, column?: number, rows = 1, columns = 1) {
    if (typeof rowOrA1 === 'string') {
      const p = parseA1(rowOrA1);
      return this.taken(new FakeRange(this, p.row, p.column, p.rows, p.columns));
    }
    return this.taken(new FakeRange(this, rowOrA1, column ?? 1, rows, columns));
  }
  /** A range the add-on took, for the trace. */
  private taken(range: FakeRange): FakeRange {
    this.book.onRange?.(range);
    return range;
  }
  setFrozenRows(rows: number) {
    this.book.checkEdit(this);
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number) {
    this.book.checkEdit(this);
    this.frozenColumns = columns;
  }
  setColumnWidths(start: number, count: number, width: number) {
    this.book.checkEdit(this);
    for (let c = start; c < start + count; c++) this.widths.set(c, width);
    return this;
  }
  protect() {
    this.book.checkEdit(this);
    const p = new FakeProtection(this);
    this.protections.push(p);
    return p;
  }
  getProtections() {
    return [...this.protections];
  }
  hideSheet() {
    this.book.checkEdit(this);
    this.hidden = true;
    return this;
  }
  newChart() {
    return new FakeChartBuilder(this);
  }
  insertChart(chart: object) {
    this.charts.push(chart as FakeChart);
  }
}
