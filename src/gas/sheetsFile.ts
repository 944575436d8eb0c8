// One Google spreadsheet as the application sees it: sheet names, one read per sheet, marks, templates, editors.
import type { SheetData } from '../core/table';
import { mergeMarks } from '../app/marks';
import type { CellMark, SheetAccess, SpreadsheetPort } from '../app/ports';
import type { SheetTemplate } from '../app/template';
import { drawTemplate } from './drawTemplate';
import { fromSheet, offsetMinutes } from './values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Removes everyone but the owner and the add-on's user (Google never removes those two). */
export function protectForUser(sheet: Sheet, description: string): GoogleAppsScript.Spreadsheet.Protection {
  const protection = sheet.protect().setDescription(description);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return protection;
}

/** Zone → offset in minutes: school files share a zone, so Utilities is asked once per zone and run. */
const zoneOffsets = new Map<string, number>();
function zoneOffset(zone: string): number {
  let offset = zoneOffsets.get(zone);
  if (offset === undefined) {
    offset = offsetMinutes(Utilities.formatDate(new Date(), zone, 'Z'));
    zoneOffsets.set(zone, offset);
  }
  return offset;
}

export class SheetsFile implements SpreadsheetPort {
  private sheets: Map<string, Sheet> | null = null;
  private names: string[] | null = null;
  private readonly reads = new Map<string, SheetData>();
  private offset: number | null = null;
  private fileUrl: string | null = null;
  private readonly ids = new Map<string, number>();

  constructor(protected readonly ss: Spreadsheet) {}

  get url(): string {
    if (this.fileUrl === null) this.fileUrl = this.ss.getUrl();
    return this.fileUrl;
  }

  /** One getSheets and one getName per sheet, once per call of the add-on. */
  protected sheetMap(): Map<string, Sheet> {
    if (this.sheets === null) {
      this.sheets = new Map();
      this.names = [];
      for (const sheet of this.ss.getSheets()) {
        const name = sheet.getName();
        this.sheets.set(name, sheet);
        this.names.push(name);
      }
    }
    return this.sheets;
  }

  /** Keeps the sheet list true after the add-on inserts (sheet given) or deletes (no sheet) a sheet. */
  noteSheet(name: string, sheet?: Sheet): void {
    const map = this.sheetMap();
    this.reads.delete(name);
    this.ids.delete(name);
    // A new array, never a mutated one: the core indexes a list of names by its identity.
    if (sheet) {
      if (!map.has(name)) this.names = [...(this.names ?? []), name];
      map.set(name, sheet);
    } else {
      map.delete(name);
      this.names = (this.names ?? []).filter((n) => n !== name);
    }
  }

  get sheetNames(): readonly string[] {
    this.sheetMap();
    return this.names as string[];
  }

  sheet(name: string): Sheet | null {
    return this.sheetMap().get(name) ?? null;
  }

  /** The spreadsheet's zone offset, asked once per file and only when a date cell is met. */
  private zoneOffset(): number {
    if (this.offset === null) this.offset = zoneOffset(this.ss.getSpreadsheetTimeZone());
    return this.offset;
  }

  read(name: string): SheetData {
    const cached = this.reads.get(name);
    if (cached) return cached;
    const sheet = this.sheet(name);
    const values = sheet ? fromSheet(sheet.getDataRange().getValues(), () => this.zoneOffset()) : [];
    const data: SheetData = { name, values };
    this.reads.set(name, data);
    return data;
  }

  sheetId(name: string): number | null {
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    const sheet = this.sheet(name);
    if (!sheet) return null;
    const id = sheet.getSheetId();
    this.ids.set(name, id);
    return id;
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
  }

  addTemplateSheet(name: string, template: SheetTemplate, access: SheetAccess): void {
    let sheet = this.sheet(name);
    if (sheet && sheet.getLastRow() > 0) return;
    if (!sheet) {
      sheet = this.ss.insertSheet(name);
      this.noteSheet(name, sheet);
    }
    drawTemplate(sheet, template);
    const protection = protectForUser(sheet, `PedMonitor: ${name}`);
    if (access.editors.length > 0) protection.addEditors([...access.editors]);
  }

  allowEditors(name: string, emails: readonly string[]): void {
    const sheet = this.sheet(name);
    if (!sheet) return;
    // A sheet made by hand (or imported) has no protection yet: protecting it changes no data.
    const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? protectForUser(sheet, `PedMonitor: ${name}`);
    const current = new Set(protection.getEditors().map((u) => u.getEmail().toLowerCase()));
    const missing = emails.filter((e) => !current.has(e.toLowerCase()));
    if (missing.length > 0) protection.addEditors(missing);
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
