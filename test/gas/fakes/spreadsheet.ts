// In-memory SpreadsheetApp: spreadsheets, sheets, ranges, protections, validation rules and charts, as Sheets behaves.
import { NO_EDIT, OWNER, PROTECTED, Session } from './access';
import type { Located } from './recorder';

export { OWNER };

type SheetApi = GoogleAppsScript.Spreadsheet.Sheet;
type RangeApi = GoogleAppsScript.Spreadsheet.Range;
type SpreadsheetApi = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ProtectionApi = GoogleAppsScript.Spreadsheet.Protection;

/** Parameters typed against @types/google-apps-script; return values are the fakes themselves. */
type Faked<T, K extends keyof T> = { [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never };

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

export class FakeUser implements Located {
  readonly fakeName = 'User';
  constructor(readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  where() {
    return {};
  }
}

export class FakeValidation {
  readonly fakeName = 'DataValidation';
  constructor(readonly criteria: string, readonly args: unknown[], readonly allowInvalid: boolean, readonly help: string) {}
  where() {
    return {};
  }
}

export class FakeValidationBuilder implements Faked<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'setHelpText' | 'setAllowInvalid' | 'requireValueInList' | 'requireNumberBetween' | 'build'> {
  readonly fakeName = 'DataValidationBuilder';
  private criteria = '';
  private args: unknown[] = [];
  private allowInvalid = true;
  private help = '';
  where() {
    return {};
  }
  setHelpText(text: string) {
    this.help = text;
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  requireValueInList(values: string[], showDropdown?: boolean) {
    this.criteria = 'VALUE_IN_LIST';
    this.args = [values, showDropdown];
    return this;
  }
  requireDate() {
    this.criteria = 'DATE_IS_VALID_DATE';
    this.args = [];
    return this;
  }
  requireNumberBetween(start: number, end: number) {
    this.criteria = 'NUMBER_BETWEEN';
    this.args = [start, end];
    return this;
  }
  build() {
    return new FakeValidation(this.criteria, this.args, this.allowInvalid, this.help);
  }
}

export class FakeProtection implements Located, Faked<ProtectionApi, 'setDescription' | 'getEditors' | 'removeEditors' | 'addEditors' | 'canDomainEdit' | 'setDomainEdit' | 'canEdit'> {
  readonly fakeName = 'Protection';
  description = '';
  /** The owner always; the user who protects it too (as in Sheets). */
  editors: Set<string>;
  domainEdit = false;
  constructor(private readonly sheet: FakeSheet) {
    this.editors = new Set([sheet.book.owner, sheet.book.session.user]);
  }
  where() {
    return this.sheet.where();
  }
  /** Whether the active user may edit what this protects. */
  canEdit() {
    const user = this.sheet.book.session.user;
    return this.editors.has(user) || user === this.sheet.book.owner;
  }
  private mustEdit() {
    if (!this.canEdit()) throw new Error(PROTECTED);
  }
  setDescription(description: string) {
    this.mustEdit();
    this.description = description;
    return this;
  }
  getEditors() {
    this.mustEdit();
    return [...this.editors].map((e) => new FakeUser(e));
  }
  /** The owner and the user running the add-on are never removed (as in Sheets). */
  removeEditors(users: readonly ({ getEmail(): string } | string)[]) {
    this.mustEdit();
    for (const u of users) {
      // A field read, not a call: the add-on did not ask for it.
      const email = typeof u === 'string' ? u : (u as FakeUser).email;
      if (email !== this.sheet.book.owner && email !== this.sheet.book.session.user) this.editors.delete(email);
    }
    return this;
  }
  addEditors(emails: string[]) {
    this.mustEdit();
    for (const e of emails) this.editors.add(e);
    return this;
  }
  canDomainEdit() {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean) {
    this.mustEdit();
    this.domainEdit = editable;
    return this;
  }
}

export class FakeBlob {
  readonly fakeName = 'Blob';
  constructor(readonly contentType: string, readonly name: string, readonly width = 720, readonly height = 400) {}
  where() {
    return {};
  }
  getContentType() {
    return this.contentType;
  }
}

export class FakeChart {
  readonly fakeName = 'EmbeddedChart';
  constructor(readonly type: string, readonly ranges: FakeRange[], readonly options: Record<string, unknown>, private readonly sheet: FakeSheet) {}
  where() {
    return this.sheet.where();
  }
  getAs(contentType: string) {
    return new FakeBlob(contentType, String(this.options.title ?? ''), Number(this.options.width ?? 720), Number(this.options.height ?? 400));
  }
}

export class FakeChartBuilder {
  readonly fakeName = 'EmbeddedChartBuilder';
  type = '';
  ranges: FakeRange[] = [];
  options: Record<string, unknown> = {};
  constructor(private readonly sheet: FakeSheet) {}
  where() {
    return this.sheet.where();
  }
  asBarChart() {
    this.type = 'bar';
    return this;
  }
  asColumnChart() {
    this.type = 'column';
    return this;
  }
  addRange(range: FakeRange) {
    this.ranges.push(range);
    return this;
  }
  setOption(name: string, value: unknown) {
    this.options[name] = value;
    return this;
  }
  setPosition() {
    return this;
  }
  setNumHeaders(n: number) {
    this.options.numHeaders = n;
    return this;
  }
  build() {
    return new FakeChart(this.type, this.ranges, this.options, this.sheet);
  }
}

function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
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

export class FakeRange implements Located, Faked<RangeApi, 'getValues' | 'getBackgrounds' | 'getNotes' | 'setNotes' | 'setFontWeight' | 'setBackground' | 'setWrap' | 'setVerticalAlignment' | 'clearContent' | 'activate'> {
  readonly fakeName = 'Range';
  constructor(readonly sheet: FakeSheet, readonly row: number, readonly column: number, readonly rows: number, readonly columns: number) {
    if (row < 1 || column < 1 || rows < 1 || columns < 1) throw new Error(`Неверный диапазон: ${row}, ${column}, ${rows}, ${columns}`);
    if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) throw new Error(OUTSIDE_GRID);
  }
  where() {
    return this.sheet.where();
  }
  private each<T>(f: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.columns }, (_, j) => f(this.sheet.cell(this.row + i, this.column + j), this.row + i, this.column + j)));
  }
  private set(grid: unknown[][], apply: (cell: Cell, v: unknown) => void, what: string) {
    if (this.sheet.book.viewOnly) throw new Error('You do not have permission to edit this range.');
    this.sheet.book.checkEdit(this.sheet);
    if (grid.length !== this.rows || grid.some((r) => r.length !== this.columns)) {
      throw new Error(`${what}: размер данных ${grid.length}×${grid[0]?.length} не совпадает с диапазоном ${this.rows}×${this.columns}`);
    }
    for (const r of grid) for (const v of r) if (typeof v === 'string' && v.length > CELL_CHARS) throw new Error(TOO_LONG);
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
    return this.set(grid, (cell, v) => {
      const entered = enteredValue(v);
      cell.value = entered.value;
      cell.formula = entered.formula;
    }, 'setValues');
  }
  setValue(v: unknown) {
    return this.setValues(Array.from({ length: this.rows }, () => Array.from({ length: this.columns }, () => v)));
  }
  setNumberFormat(format: string) {
    return this.setNumberFormats(Array.from({ length: this.rows }, () => Array.from({ length: this.columns }, () => format)));
  }
  setNotes(grid: (string | null)[][]) {
    return this.set(grid, (cell, v) => { cell.note = String(v ?? ''); }, 'setNotes');
  }
  setBackgrounds(grid: (string | null)[][]) {
    return this.set(grid, (cell, v) => { cell.background = v === null ? undefined : String(v); }, 'setBackgrounds');
  }
  setNumberFormats(grid: string[][]) {
    return this.set(grid, (cell, v) => { cell.format = String(v); }, 'setNumberFormats');
  }
  setFontWeights(grid: string[][]) {
    return this.set(grid, (cell, v) => { cell.weight = String(v); }, 'setFontWeights');
  }
  setDataValidations(grid: (FakeValidation | null)[][]) {
    return this.set(grid, (cell, v) => { cell.validation = (v as FakeValidation | null) ?? undefined; }, 'setDataValidations');
  }
  setFontWeight(weight: string | null) {
    this.sheet.book.checkEdit(this.sheet);
    this.each((_, r, c) => { this.sheet.ensure(r, c).weight = weight ?? 'normal'; });
    return this;
  }
  setBackground(color: string | null) {
    this.sheet.book.checkEdit(this.sheet);
    this.each((_, r, c) => { this.sheet.ensure(r, c).background = color ?? undefined; });
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
    this.each((cell) => { if (cell) { cell.value = ''; cell.formula = undefined; } });
    return this;
  }
  activate() {
    this.sheet.book.active = { sheet: this.sheet.name, row: this.row, column: this.column };
    return this;
  }
}

export class FakeSheet implements Located, Faked<SheetApi, 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getDataRange' | 'getLastRow' | 'getLastColumn' | 'getMaxColumns' | 'insertColumnsAfter' | 'setFrozenRows' | 'setFrozenColumns' | 'setColumnWidths' | 'protect' | 'getProtections' | 'hideSheet' | 'newChart' | 'insertChart'> {
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
  constructor(readonly book: FakeSpreadsheet, public name: string, readonly id: number) {}
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
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) throw new Error('Invalid argument');
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
    for (const line of this.cells) if (line.length > after) line.splice(after, 0, ...Array.from({ length: count }, () => ({ value: '' })));
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
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.cell(i + 1, j + 1)?.value ?? ''));
  }
  getName() {
    return this.name;
  }
  setName(name: string) {
    if (this.book.sheets.some((s) => s !== this && s.name === name)) throw new Error(`Лист с именем «${name}» уже существует.`);
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
    for (let r = this.cells.length; r > 0; r--) if (this.cells[r - 1].some((c) => c.value !== '' || c.formula)) return r;
    return 0;
  }
  getLastColumn() {
    let last = 0;
    for (const row of this.cells) for (let c = row.length; c > last; c--) if (row[c - 1].value !== '' || row[c - 1].formula) last = c;
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

export class FakeSpreadsheet implements Located, Faked<SpreadsheetApi, 'getUrl' | 'getSheets' | 'getSheetByName' | 'deleteSheet' | 'getSpreadsheetTimeZone' | 'getEditors' | 'addEditors' | 'getId'> {
  readonly fakeName = 'Spreadsheet';
  sheets: FakeSheet[] = [];
  editors: Set<string>;
  active: { sheet: string; row: number; column: number } | null = null;
  /** Who is using Google (shared by every file of a FakeGoogle). */
  session = new Session();
  /** The trace's hook: every SpreadsheetApp range the add-on takes. */
  onRange?: (range: FakeRange) => void;
  /** The add-on's user may only view this file. */
  viewOnly = false;
  /** Google fails while reading this file. */
  failReads = false;
  private nextId = 0;
  /** Zone offset of this spreadsheet (Europe/Moscow: +3 h, no daylight saving). */
  readonly offsetMinutes = 180;
  /** The Date constructor of the realm the add-on runs in (a vm context has its own). */
  dateCtor: DateConstructor = Date;
  constructor(readonly id: string, public name: string, readonly owner = OWNER) {
    this.editors = new Set([owner]);
  }
  /** Refuses a write of the active user: the file must be theirs to edit, and no protection of the sheet in the way. */
  checkEdit(sheet?: FakeSheet): void {
    const user = this.session.user;
    if (user === this.owner) return;
    if (!this.editors.has(user)) throw new Error(NO_EDIT);
    if (sheet && sheet.protections.some((p) => !p.canEdit())) throw new Error(PROTECTED);
  }
  /** Cells of every sheet's grid: Google counts the grid, not what is filled. */
  gridCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }
  checkCells(more: number): void {
    if (this.gridCells() + more > CELL_LIMIT) throw new Error(TOO_MANY_CELLS);
  }
  where() {
    return { file: this.id };
  }
  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  /** Dates leave the sheet as the instant of their midnight in the spreadsheet's zone, in the add-on's realm. */
  outDate(v: unknown): unknown {
    return v instanceof Date || (typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function') ? new this.dateCtor((v as Date).getTime()) : v;
  }
  getId() {
    return this.id;
  }
  getUrl() {
    return this.url;
  }
  getSheets() {
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  /** Test helper: a sheet by name, or an error naming the sheets there are. */
  sheet(name: string): FakeSheet {
    const s = this.getSheetByName(name);
    if (!s) throw new Error(`Нет листа «${name}»; есть: ${this.sheets.map((x) => x.name).join(', ')}`);
    return s;
  }
  insertSheet(name?: string, index?: number) {
    if (this.sheets.length >= SHEET_LIMIT) throw new Error(`В таблице уже ${SHEET_LIMIT} листов: это предел Google Таблиц.`);
    const sheetName = name ?? `Лист${this.sheets.length + 1}`;
    if (this.getSheetByName(sheetName)) throw new Error(`Лист с именем «${sheetName}» уже существует.`);
    this.checkEdit();
    this.checkCells(NEW_ROWS * NEW_COLUMNS);
    const sheet = new FakeSheet(this, sheetName, this.nextId === 0 ? 0 : 1000 + this.nextId * 7919);
    this.nextId++;
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: { getSheetId(): number }) {
    // A field read through the recording proxy is not a call: only methods are counted.
    const id = (sheet as FakeSheet).id;
    const i = this.sheets.findIndex((s) => s.id === id);
    if (i < 0) throw new Error('Лист не найден.');
    if (this.sheets.length === 1) throw new Error('Нельзя удалить единственный лист.');
    this.checkEdit(this.sheets[i]);
    this.sheets.splice(i, 1);
  }
  getSpreadsheetTimeZone() {
    return 'Europe/Moscow';
  }
  getEditors() {
    return [...this.editors].map((e) => new FakeUser(e));
  }
  /** Google refuses what is not an address (the message is Google's own, in English). */
  addEditors(emails: string[]) {
    this.checkEdit();
    const bad = emails.find((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e) || e.endsWith('.invalid'));
    if (bad) throw new Error(`Invalid email: ${bad}`);
    for (const e of emails) this.editors.add(e);
    return this;
  }
  cellCount(): number {
    return this.gridCells();
  }
}
