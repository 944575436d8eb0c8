// Key → text storage on a hidden, protected sheet: JSON in chunks of ≤ 49 000 characters (a cell holds 50 000).
import { protectForUser, editedThroughSpreadsheetApp } from './flush';
import type { StorePort } from '../app/ports';
import { STORE_SHEET } from '../core/catalogue/sheets';

export { STORE_SHEET };
import type { SheetsFile } from './sheetsFile';
import { PROTECTION_PREFIX } from './sheetsApi';
import { asText } from './values';
import { NEW_SHEET_GRID } from '../core/catalogue/templates';

/**
 * Why a sheet and not PropertiesService: a property holds 9 KB and all of them 500 KB, while a job's state
 * (every school's figures and issues) grows to megabytes in a large district. A sheet has no such limit.
 */
export const CHUNK = 49_000;

const DESCRIPTION = `${PROTECTION_PREFIX}служебные данные (состояние сборки, снимки сводной)`;

export function chunks(text: string, size = CHUNK): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

export class SheetStore implements StorePort {
  private rows: Map<string, { row: number; width: number; text: string }> | null = null;

  constructor(
    private readonly file: SheetsFile,
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ) {}

  private sheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.file.sheet(STORE_SHEET);
  }

  private load(): Map<string, { row: number; width: number; text: string }> {
    if (this.rows) return this.rows;
    this.rows = new Map();
    const data = this.file.read(STORE_SHEET).values;
    data.forEach((cells, i) => {
      const key = cells[0];
      if (typeof key !== 'string' || key === '') return;
      const parts = cells.slice(1).map((c) => (c === null || c === undefined ? '' : String(c)));
      this.rows?.set(key, { row: i + 1, width: parts.length, text: parts.join('') });
    });
    return this.rows;
  }

  private ensureSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const existing = this.sheet();
    if (existing) return existing;
    const sheet = this.spreadsheet.insertSheet(STORE_SHEET);
    this.grid = { ...NEW_SHEET_GRID };
    editedThroughSpreadsheetApp();
    this.file.noteSheet(STORE_SHEET, sheet);
    sheet.hideSheet();
    this.editors = protectForUser(sheet, DESCRIPTION)
      .getEditors()
      .map((u) => u.getEmail());
    return sheet;
  }

  /** The store's protection: what Sheets kept of it once everyone else was removed. */
  private editors: string[] | null = null;

  /**
   * The owner and the user running the add-on: the editors of the store's own protection, known from the sheet
   * list. A workbook without the store gets it now (it is written at the end of the same build anyway).
   */
  userEditors(): string[] {
    if (this.editors === null) {
      const known = this.file.protectionEditors(STORE_SHEET);
      const existing = known ? null : this.sheet();
      if (known) this.editors = known;
      // A store whose protection someone removed is protected again; it holds only the add-on's data.
      else if (existing)
        this.editors = protectForUser(existing, DESCRIPTION)
          .getEditors()
          .map((u) => u.getEmail());
      else this.ensureSheet();
    }
    return this.editors ?? [];
  }

  get(key: string): string | null {
    return this.load().get(key)?.text ?? null;
  }

  keys(): string[] {
    return [...this.load().keys()];
  }

  set(key: string, value: string): void {
    const rows = this.load();
    const sheet = this.ensureSheet();
    const parts = chunks(value);
    const prev = rows.get(key);
    const row = prev?.row ?? Math.max(0, ...[...rows.values()].map((r) => r.row)) + 1;
    // Cells of a longer previous value are blanked in the same call.
    const width = Math.max(parts.length, prev?.width ?? 0);
    const line = [asText(key), ...Array.from({ length: width }, (_, i) => asText(parts[i] ?? ''))];
    this.fit(sheet, row, line.length);
    sheet.getRange(row, 1, 1, line.length).setValues([line]);
    editedThroughSpreadsheetApp();
    rows.set(key, { row, width, text: value });
  }

  /** The store's grid, once known: the default for a store made in this run, otherwise asked when it matters. */
  private grid: { rows: number; columns: number } | null = null;

  /**
   * A state over 25 chunks (about 1,2 M characters) passes column Z: the grid grows first, as Google requires. Within
   * the default grid nothing is asked; a store grown by an earlier run is asked its size once.
   */
  private fit(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
    if (this.grid === null && rows <= NEW_SHEET_GRID.rows && columns <= NEW_SHEET_GRID.columns) return;
    this.grid ??= { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    if (rows > this.grid.rows) sheet.insertRowsAfter(this.grid.rows, rows - this.grid.rows);
    if (columns > this.grid.columns) sheet.insertColumnsAfter(this.grid.columns, columns - this.grid.columns);
    this.grid = { rows: Math.max(rows, this.grid.rows), columns: Math.max(columns, this.grid.columns) };
  }

  remove(key: string): void {
    const rows = this.load();
    const prev = rows.get(key);
    if (!prev) return;
    const sheet = this.ensureSheet();
    sheet.getRange(prev.row, 1, 1, prev.width + 1).clearContent();
    editedThroughSpreadsheetApp();
    rows.delete(key);
  }
}
