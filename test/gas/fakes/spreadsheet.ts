// In-memory SpreadsheetApp: a spreadsheet of FakeSheets (sheets, ranges, protections, rules, charts: their own files).
import { NO_EDIT, OWNER, PROTECTED, Session } from './access';
import { CELL_LIMIT, type Faked, NEW_COLUMNS, NEW_ROWS, SHEET_LIMIT, TOO_MANY_CELLS } from './grid';
import type { FakeRange } from './range';
import type { Located } from './recorder';
import { FakeSheet } from './sheet';
import { FakeUser } from './sheetParts';

export { OWNER };

type SpreadsheetApi = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class FakeSpreadsheet
  implements
    Located,
    Faked<
      SpreadsheetApi,
      | 'getUrl'
      | 'getSheets'
      | 'getSheetByName'
      | 'deleteSheet'
      | 'getSpreadsheetTimeZone'
      | 'getEditors'
      | 'addEditors'
      | 'getId'
    >
{
  readonly fakeName = 'Spreadsheet';
  sheets: FakeSheet[] = [];
  editors: Set<string>;
  active: { sheet: string; row: number; column: number } | null = null;
  /** Who is using Google (shared by every file of a FakeGoogle, google.ts). */
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
  constructor(
    readonly id: string,
    public name: string,
    readonly owner = OWNER,
  ) {
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
    return v instanceof Date || (typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function')
      ? new this.dateCtor((v as Date).getTime())
      : v;
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
    if (this.sheets.length >= SHEET_LIMIT)
      throw new Error(`В таблице уже ${SHEET_LIMIT} листов: это предел Google Таблиц.`);
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
