// A spreadsheet held in memory behind the add-on's spreadsheet ports: the CLI's and the preview's workbook.
import type { CellMark, DistrictPort, ProtectionAccess, SheetAccess } from '../../app/ports';
import type { SheetTemplate, TemplateColumn } from '../../core/catalogue/templates';
import type { CellValue, Grid } from '../../core/cells';
import type { CellLink, SheetModel } from '../../core/layout/model';
import type { SheetData } from '../../core/table';

/** A sheet's values as a writer would leave them: header rows, then each cell's value. */
function modelValues(model: SheetModel): Grid {
  return [...model.header, ...model.rows.map((r) => r.map((c) => c.value))];
}

export class MemorySpreadsheet implements DistrictPort {
  /** Output sheets as they were replaced, for a writer (.xlsx) to render. */
  readonly outputs = new Map<string, SheetModel>();
  /** The last check's marks by sheet. */
  readonly marks = new Map<string, readonly CellMark[]>();
  /** Emails allowed to edit each protected sheet, and those the file is shared with. */
  readonly editors = new Map<string, Set<string>>();
  readonly sharedWith = new Set<string>();
  /** Cells the user was moved to, in order. */
  readonly activated: { sheet: string; cell: string }[] = [];
  private readonly sheets: SheetData[];
  private readonly ids = new Map<string, number>();
  private names: readonly string[] = [];

  constructor(
    readonly url: string,
    sheets: readonly SheetData[],
  ) {
    this.sheets = sheets.map((s) => ({ name: s.name, values: s.values }));
    for (const s of this.sheets) this.ids.set(s.name, this.ids.size);
    this.renamed();
  }

  /** The same array until a sheet is added: the core indexes sheet names by the array. */
  get sheetNames(): readonly string[] {
    return this.names;
  }

  read(name: string): SheetData {
    return this.sheets.find((s) => s.name === name) ?? { name, values: [] };
  }

  readSheets(names: readonly string[]): SheetData[] {
    return names.map((n) => this.read(n));
  }

  sheetId(name: string): number | null {
    return this.ids.get(name) ?? null;
  }

  markCells(sheet: string, marks: readonly CellMark[]): void {
    this.marks.set(sheet, marks);
  }

  addTemplateSheet(name: string, template: SheetTemplate, access: SheetAccess): void {
    const existing = this.sheets.find((s) => s.name === name);
    if (existing && existing.values.some((r) => r.some((v) => v !== null && v !== ''))) return;
    const values: CellValue[][] = [template.columns.map((c) => c.header), ...template.rows.map((r) => [...r])];
    this.put(name, values);
    this.allowEditors(name, access.editors);
  }

  /** No Google here: nothing is protected from the one user. */
  access(): ProtectionAccess {
    return 'unprotected';
  }

  extendHeader(sheet: string, missing: (header: readonly CellValue[]) => TemplateColumn[]): number {
    const existing = this.sheets.find((s) => s.name === sheet);
    if (!existing) return 0;
    const header = existing.values[0] ?? [];
    const columns = missing(header);
    if (columns.length === 0) return 0;
    // After the last column any row uses, as in Google: data typed in a header-less column is not overwritten.
    const last = existing.values.reduce((n, r) => Math.max(n, r.length), 0);
    const grid = existing.values.map((r) => [...r]);
    if (grid.length === 0) grid.push([]);
    while (grid[0].length < last) grid[0].push(null);
    grid[0].push(...columns.map((c) => c.header));
    this.put(sheet, grid);
    return columns.length;
  }

  allowEditors(sheet: string, emails: readonly string[]): void {
    const set = this.editors.get(sheet) ?? new Set<string>();
    for (const e of emails) set.add(e);
    this.editors.set(sheet, set);
  }

  shareWith(emails: readonly string[]): void {
    for (const e of emails) this.sharedWith.add(e);
  }

  /** Links are the writer's business (the .xlsx makes its own): the models are kept as they are. */
  replaceSheets(models: readonly SheetModel[], _link: (l: CellLink) => string | null): void {
    for (const m of models) {
      this.outputs.set(m.name, m);
      this.put(m.name, modelValues(m));
    }
  }

  appendRows(sheet: string, header: readonly string[], rows: readonly CellValue[][]): void {
    const before = this.sheets.find((s) => s.name === sheet)?.values ?? [[...header]];
    this.put(sheet, [...before, ...rows.map((r) => [...r])]);
  }

  writeColumn(sheet: string, column: number, fromRow: number, values: readonly string[]): void {
    const grid = this.read(sheet).values.map((r) => [...r]);
    values.forEach((v, i) => {
      const row = fromRow - 1 + i;
      while (grid.length <= row) grid.push([]);
      while (grid[row].length < column) grid[row].push(null);
      grid[row][column - 1] = v;
    });
    this.put(sheet, grid);
  }

  activate(sheet: string, cell: string): boolean {
    if (!this.ids.has(sheet)) return false;
    this.activated.push({ sheet, cell });
    return true;
  }

  private put(name: string, values: Grid): void {
    const existing = this.sheets.find((s) => s.name === name);
    if (existing) {
      existing.values = values;
      return;
    }
    this.sheets.push({ name, values });
    this.ids.set(name, this.ids.size);
    this.renamed();
  }

  private renamed(): void {
    this.names = this.sheets.map((s) => s.name);
  }
}
