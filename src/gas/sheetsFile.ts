// One Google spreadsheet as the application sees it: reads through the Sheets API, edits through SpreadsheetApp.
import { protectForUser, editedThroughSpreadsheetApp, beforeApiCall } from './flush';
import type { SheetData } from '../core/table';
import { mergeMarks } from '../app/marks';
import { spreadsheetUrl } from '../app/links';
import type { CellMark, SheetAccess, SpreadsheetPort } from '../app/ports';
import type { SheetTemplate, TemplateColumn } from '../core/catalogue/templates';
import type { CellValue } from '../core/cells';
import { appendColumns, drawTemplate } from './drawTemplate';
import type { CellLink, SheetModel } from '../core/layout/model';
import { swapRequests } from './swapSheets';
import { extent, fromGrid, hasNumbers } from './gridValues';
import {
  blockRange,
  META_FIELDS,
  META_VALUE_FIELDS,
  PROTECTION_PREFIX,
  sheetRange,
  sheetsApi,
  TYPE_FIELDS,
  VALUE_FIELDS,
  withQuota,
  type RowData,
} from './sheetsApi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetInfo {
  title: string;
  sheetId: number;
  /** Position from 0. */
  index: number;
  /** Editors of the add-on's own protection of this sheet, if it has one. */
  editors?: string[];
  /** Google shows a protection's editors only to those who may edit it: hidden — the user may not. */
  access?: 'editable' | 'locked';
}

export class SheetsFile implements SpreadsheetPort {
  private info: SheetInfo[] | null = null;
  private names: string[] | null = null;
  private readonly objects = new Map<string, Sheet>();
  private readonly reads = new Map<string, SheetData>();
  /** Cell values fetched but not yet turned into SheetData (they still need the date types). */
  private readonly values = new Map<string, RowData[]>();
  private opened: Spreadsheet | null;

  /**
   * `ss` — the file when SpreadsheetApp already has it, or how to open it when an edit needs it. `withValues` — the
   * sheet list brings every cell's value too (a school's own file: small, and it saves a call per school).
   */
  constructor(
    readonly id: string,
    ss: Spreadsheet | (() => Spreadsheet),
    private readonly withValues = false,
  ) {
    this.opened = typeof ss === 'function' ? null : ss;
    this.open = typeof ss === 'function' ? ss : () => ss;
  }

  private readonly open: () => Spreadsheet;

  protected get ss(): Spreadsheet {
    this.opened ??= this.open();
    return this.opened;
  }

  get url(): string {
    return spreadsheetUrl(this.id);
  }

  /**
   * Names, ids and positions of every sheet: one API call per file and add-on call. Throws if the file cannot be
   * opened.
   */
  protected sheetInfo(): SheetInfo[] {
    if (this.info === null) {
      beforeApiCall();
      const got = withQuota(() =>
        sheetsApi().Spreadsheets.get(this.id, { fields: this.withValues ? META_VALUE_FIELDS : META_FIELDS }),
      );
      if (this.withValues)
        for (const s of got.sheets ?? []) this.values.set(s.properties?.title ?? '', s.data?.[0]?.rowData ?? []);
      this.info = (got.sheets ?? []).map((s) => {
        const own = (s.protectedRanges ?? []).find((p) => (p.description ?? '').startsWith(PROTECTION_PREFIX));
        const access = own ? (own.editors ? 'editable' : 'locked') : undefined;
        return {
          title: s.properties?.title ?? '',
          sheetId: s.properties?.sheetId ?? 0,
          index: s.properties?.index ?? 0,
          ...(own ? { editors: [...(own.editors?.users ?? [])], access } : {}),
        };
      });
      this.names = this.info.map((s) => s.title);
    }
    return this.info;
  }

  /** The sheet list after the add-on changed it through the API (cached reads and sheets of old names dropped). */
  protected replaceInfo(info: SheetInfo[]): void {
    const titles = new Set(info.map((s) => s.title));
    for (const name of [...this.reads.keys(), ...this.objects.keys(), ...this.values.keys()]) {
      if (
        !titles.has(name)
        || !this.info?.some((s) => s.title === name && info.some((n) => n.title === name && n.sheetId === s.sheetId))
      ) {
        this.reads.delete(name);
        this.objects.delete(name);
        this.values.delete(name);
      }
    }
    this.info = info;
    this.names = info.map((s) => s.title);
  }

  /** Keeps the sheet list true after the add-on inserts (sheet given) or deletes (no sheet) a sheet. */
  noteSheet(name: string, sheet?: Sheet): void {
    const info = this.sheetInfo();
    this.reads.delete(name);
    this.objects.delete(name);
    this.values.delete(name);
    // A new array, never a mutated one: the core indexes a list of names by its identity.
    const rest = info.filter((s) => s.title !== name);
    if (sheet) {
      this.objects.set(name, sheet);
      // -1: the id of a sheet SpreadsheetApp inserted is asked of the sheet only if a link needs it.
      this.info = [...rest, { title: name, sheetId: -1, index: rest.length }];
    } else {
      this.info = rest;
    }
    this.names = this.info.map((s) => s.title);
  }

  get sheetNames(): readonly string[] {
    this.sheetInfo();
    return this.names as string[];
  }

  /** The SpreadsheetApp sheet, for edits: one getSheetByName the first time it is needed. */
  sheet(name: string): Sheet | null {
    if (!this.sheetNames.includes(name)) return null;
    let sheet = this.objects.get(name);
    if (!sheet) {
      sheet = this.ss.getSheetByName(name) ?? undefined;
      if (sheet) this.objects.set(name, sheet);
    }
    return sheet ?? null;
  }

  read(name: string): SheetData {
    return this.readSheets([name])[0];
  }

  /**
   * The sheets not read yet: their values in one API call (none if the file came with them), then — only if a
   * number is among them — which numbers are shown as dates, in one more call for the blocks that hold data.
   * A sheet the file does not have reads as empty.
   */
  readSheets(names: readonly string[]): SheetData[] {
    const existing = new Set(this.sheetNames);
    const wanted = [...new Set(names)].filter((n) => existing.has(n) && !this.reads.has(n));
    const unfetched = wanted.filter((n) => !this.values.has(n));
    if (unfetched.length > 0) {
      beforeApiCall();
      const got = withQuota(() =>
        sheetsApi().Spreadsheets.get(this.id, { ranges: unfetched.map(sheetRange), fields: VALUE_FIELDS }),
      );
      for (const s of got.sheets ?? []) this.values.set(s.properties?.title ?? '', s.data?.[0]?.rowData ?? []);
    }
    const types = new Map<string, RowData[]>();
    const dated = wanted.filter((n) => hasNumbers(this.values.get(n)));
    if (dated.length > 0) {
      const ranges = dated.map((n) => {
        const size = extent(this.values.get(n));
        return blockRange(n, size.rows, size.columns);
      });
      beforeApiCall();
      const got = withQuota(() => sheetsApi().Spreadsheets.get(this.id, { ranges, fields: TYPE_FIELDS }));
      for (const s of got.sheets ?? []) types.set(s.properties?.title ?? '', s.data?.[0]?.rowData ?? []);
    }
    for (const n of wanted) {
      this.reads.set(n, { name: n, values: fromGrid(this.values.get(n), types.get(n)) });
      this.values.delete(n);
    }
    return names.map((n) => this.reads.get(n) ?? { name: n, values: [] });
  }

  /** Who may edit the sheet under the add-on's own protection (from the sheet list: no call), or null. */
  protectionEditors(name: string): string[] | null {
    return this.sheetInfo().find((s) => s.title === name)?.editors ?? null;
  }

  access(name: string): 'unprotected' | 'editable' | 'locked' {
    return this.sheetInfo().find((s) => s.title === name)?.access ?? 'unprotected';
  }

  sheetId(name: string): number | null {
    const known = this.sheetInfo().find((s) => s.title === name);
    if (!known) return null;
    if (known.sheetId >= 0) return known.sheetId;
    const sheet = this.sheet(name);
    if (!sheet) return null;
    known.sheetId = sheet.getSheetId();
    return known.sheetId;
  }

  markCells(name: string, marks: readonly CellMark[]): void {
    const sheet = this.sheet(name);
    if (!sheet) return;
    const rows = sheet.getLastRow() - 1;
    const columns = sheet.getLastColumn();
    if (rows < 1 || columns < 1) return;
    const range = sheet.getRange(2, 1, rows, columns);
    const merged = mergeMarks(range.getBackgrounds(), range.getNotes(), marks);
    range.setBackgrounds(merged.backgrounds as string[][]);
    range.setNotes(merged.notes);
    editedThroughSpreadsheetApp();
  }

  /** Who besides the owner and the user may edit the sheets this file replaces (the district adds methodologists). */
  protected replacedSheetEditors(): readonly string[] {
    return [];
  }

  /** Every model in ONE batchUpdate (swapSheets.ts): nobody sees a half-written sheet. */
  replaceSheets(models: readonly SheetModel[], relative: (l: CellLink) => string | null): void {
    if (models.length === 0) return;
    // Absolute links: whether Sheets follows a fragment-only `#gid=…` in a cell's text format is not documented.
    const link = (l: CellLink) => {
      const url = relative(l);
      return url !== null && url.startsWith('#') ? `${this.url}${url}` : url;
    };
    // First: finding the editors may add the store sheet, which the list below must hold.
    const editors = this.replacedSheetEditors();
    // A sheet inserted through SpreadsheetApp in this run has no id yet: ask for it, so a new id cannot collide.
    for (const s of this.sheetInfo()) if (s.sheetId < 0) this.sheetId(s.title);
    const { requests, order } = swapRequests(this.sheetInfo(), models, link, editors);
    beforeApiCall();
    withQuota(() => sheetsApi().Spreadsheets.batchUpdate({ requests }, this.id));
    this.replaceInfo(order);
  }

  addTemplateSheet(name: string, template: SheetTemplate, access: SheetAccess): void {
    let sheet = this.sheet(name);
    if (sheet && sheet.getLastRow() > 0) return;
    const fresh = !sheet || this.fresh.has(name);
    if (!sheet) {
      sheet = this.ss.insertSheet(name);
      this.noteSheet(name, sheet);
    }
    drawTemplate(sheet, template, fresh);
    const protection = protectForUser(sheet, `${PROTECTION_PREFIX}${name}`);
    if (access.editors.length > 0) protection.addEditors([...access.editors]);
    editedThroughSpreadsheetApp();
  }

  extendHeader(name: string, missing: (header: readonly CellValue[]) => TemplateColumn[]): number {
    const sheet = this.sheet(name);
    if (!sheet) return 0;
    const last = sheet.getLastColumn();
    const columns = missing(last > 0 ? (sheet.getRange(1, 1, 1, last).getValues()[0] as CellValue[]) : []);
    if (columns.length === 0) return 0;
    appendColumns(sheet, columns);
    editedThroughSpreadsheetApp();
    return columns.length;
  }

  allowEditors(name: string, emails: readonly string[]): void {
    const sheet = this.sheet(name);
    if (!sheet) return;
    // A sheet made by hand (or imported) has no protection yet: protecting it changes no data.
    const protection =
      sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]
      ?? protectForUser(sheet, `${PROTECTION_PREFIX}${name}`);
    const current = new Set(protection.getEditors().map((u) => u.getEmail().toLowerCase()));
    const missing = emails.filter((e) => !current.has(e.toLowerCase()));
    if (missing.length > 0) protection.addEditors(missing);
    editedThroughSpreadsheetApp();
  }

  /** Sheets Google created in this run (a new file's first one): their grid is the default, no need to ask. */
  private readonly fresh = new Set<string>();
  markFresh(name: string): void {
    this.fresh.add(name);
  }

  /** The file's editors, asked once per run and kept up to date as the add-on shares the file. */
  private editors: Set<string> | null = null;

  shareWith(emails: readonly string[]): void {
    if (emails.length === 0) return;
    this.editors ??= new Set(this.ss.getEditors().map((u) => u.getEmail().toLowerCase()));
    const current = this.editors;
    const missing = [...new Set(emails.map((e) => e.toLowerCase()))].filter((e) => !current.has(e));
    if (missing.length === 0) return;
    this.ss.addEditors(missing);
    for (const e of missing) current.add(e);
  }
}
