// What the server application needs from Google, as small interfaces: src/gas implements them, tests fake them.
import type { SheetReader } from '../core/plan';
import { DataError } from '../core/errors';
import type { SheetData } from '../core/table';
import type { IsoDate } from '../core/dates';
import type { CellLink, SheetModel } from '../core/layout/model';
import type { ReportDoc } from '../core/report/model';
import type { SheetTemplate, TemplateColumn } from '../core/catalogue/templates';
import type { CellValue } from '../core/cells';
import type { ReleasePort } from './about';
import type { DiagnosticCheck } from '../shared/contract';

/** Google asked to slow down (a per-minute quota): nobody's data is wrong, the work goes on in the next call. */
export class BusyError extends DataError {}

/** A cell a check marks: background by severity and a note with the message. */
export interface CellMark {
  row: number;
  column: number;
  severity: 'error' | 'warning';
  note: string;
}

/** Who may edit a protected sheet besides the owner and the add-on's user. */
export interface SheetAccess {
  /** School emails; empty — nobody but the owner and the user. */
  editors: readonly string[];
}

/** What the add-on's own protection of a sheet lets the user do: none there, may edit, or protected from them. */
export type ProtectionAccess = 'unprotected' | 'editable' | 'locked';

/** One spreadsheet: the district workbook or a school's own file. */
export interface SpreadsheetPort extends SheetReader {
  readonly url: string;
  /** Several sheets in one read (a school's three); `read` of one of them afterwards costs nothing. */
  readSheets(names: readonly string[]): SheetData[];
  /** The sheet's id for links (`#gid=`), or null when there is no such sheet. */
  sheetId(name: string): number | null;
  /**
   * Replaces each sheet at once (built aside, then swapped) and protects it: only the owner, the user and the
   * methodologists the file knows may edit it. A school's file gets `Замечания` so (issue 12).
   */
  replaceSheets(models: readonly SheetModel[], link: (l: CellLink) => string | null): void;
  /** Marks the cells a check found on one sheet, removing the marks of the previous check there. */
  markCells(sheet: string, marks: readonly CellMark[]): void;
  /** Draws a template on a new sheet (or an empty one of that name); a sheet with anything in it is left alone. */
  addTemplateSheet(name: string, template: SheetTemplate, access: SheetAccess): void;
  /**
   * Reads the sheet's header row, asks `missing` which catalogue columns it lacks and appends those after its last
   * column, drawn as a template draws them; returns how many were added (0 when there is no such sheet).
   */
  extendHeader(sheet: string, missing: (header: readonly CellValue[]) => TemplateColumn[]): number;
  /**
   * Protects the sheet if it is not yet, and makes sure each email may edit it (adds missing editors, removes none).
   */
  allowEditors(sheet: string, emails: readonly string[]): void;
  /** Whether the user may edit the sheet under the add-on's protection (known from the sheet list: no call). */
  access(sheet: string): ProtectionAccess;
  /** Shares the file for editing with these emails (those already editors are skipped). */
  shareWith(emails: readonly string[]): void;
}

export type OpenedFile = { ok: true; file: SpreadsheetPort } | { ok: false; reason: string };

/** The district workbook: the school file operations plus what only it has. */
export interface DistrictPort extends SpreadsheetPort {
  /**
   * Appends rows at the end of a sheet (`Журнал`); a missing sheet is made first with the header row, protected
   * like the outputs. Text is written as text, never a formula.
   */
  appendRows(sheet: string, header: readonly string[], rows: readonly CellValue[][]): void;
  /** Writes one column of data rows (e.g. `ОО` → `Таблица`), leaving the other columns alone. */
  writeColumn(sheet: string, column: number, fromRow: number, values: readonly string[]): void;
  /** Moves the user to a cell of this workbook. */
  activate(sheet: string, cell: string): boolean;
}

/** Other spreadsheets: school files in per-school mode. */
export interface FilesPort {
  open(link: string): OpenedFile;
  /**
   * The file behind a link, without opening it: two links to one file (`s.xlsx` and `./s.xlsx`, two URLs of one
   * spreadsheet) give the same; null when the link names no file this port can open.
   */
  identity(link: string): string | null;
  /**
   * Opens with the sheet list only; a sheet's values come when it is read. Region mode opens district workbooks so:
   * only their service sheet is read, their school sheets never leave the district.
   */
  openSheetList(link: string): OpenedFile;
  /** A new spreadsheet in the user's Drive; its one empty sheet is named `firstSheet`. */
  create(name: string, firstSheet: string): SpreadsheetPort;
}

/** Key → text storage inside the workbook (job state, snapshots, the panel): survives between calls. */
export interface StorePort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

/** Small settings kept with the document (the chosen mode). */
export interface PropertiesPort {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface DocumentsPort {
  /** Creates a Google Doc in the user's Drive from the report model; returns its URL. */
  create(doc: ReportDoc): string;
}

export interface LockPort {
  /** Runs `work` holding the document lock; throws a Russian message when another run holds it too long. */
  withLock<T>(work: () => T): T;
}

export interface ClockPort {
  /** Milliseconds, for time budgets. */
  now(): number;
  /** Today's date where the district is (the period's default depends on it). */
  today(): IsoDate;
  /** ISO timestamp for «последний запуск». */
  stamp(): string;
  /** When this execution began (ms, as `now`): every time budget counts from it, the lock wait included. */
  executionStart(): number;
}

/** «Диагностика»: each assumption about Google tried in the user's account, on temporary files it then removes. */
export interface DiagnosticsPort {
  run(): DiagnosticCheck[];
}

/** Google's mail service (MailApp): the daily quota counts recipients; one call sends one letter. */
export interface MailPort {
  remainingDailyQuota(): number;
  send(to: readonly string[], subject: string, body: string): void;
}

export interface Ports {
  district: DistrictPort;
  files: FilesPort;
  store: StorePort;
  properties: PropertiesPort;
  documents: DocumentsPort;
  lock: LockPort;
  clock: ClockPort;
  diagnostics: DiagnosticsPort;
  /** «Напомнить школам»; without it (the preview, the CLI) letters are not sent. */
  mail?: MailPort;
  /** Who runs the add-on, for `Журнал`, as far as Google tells without another scope. */
  who?: () => string;
  /** The version and the template's; without it (ports in tests, the preview) the panel shows «dev». */
  release?: ReleasePort;
}
