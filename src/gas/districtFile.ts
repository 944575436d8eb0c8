// The district workbook: outputs replaced with the store's editors, `Журнал` appended, the user moved to a cell.
import { protectForUser, editedThroughSpreadsheetApp } from './flush';
import type { DistrictPort } from '../app/ports';
import type { CellValue } from '../core/cells';
import { SheetsFile } from './sheetsFile';
import { asText } from './values';

export class DistrictFile extends SheetsFile implements DistrictPort {
  /** The owner and the user: who may edit the output sheets (the workbook store knows, see gasPorts). */
  private userEditors: () => readonly string[] = () => [];

  editorsFrom(source: () => readonly string[]): void {
    this.userEditors = source;
  }

  protected override replacedSheetEditors(): readonly string[] {
    return this.userEditors();
  }

  appendRows(name: string, header: readonly string[], rows: readonly CellValue[][]): void {
    let sheet = this.sheet(name);
    if (!sheet) {
      // Made by its first row: protected like the outputs, its editors those of the store (the methodologists).
      sheet = this.ss.insertSheet(name);
      this.noteSheet(name, sheet);
      sheet.appendRow(header.map(asText));
      sheet.setFrozenRows(1);
      const protection = protectForUser(sheet, `${name} — заполняется автоматически`);
      const editors = this.userEditors();
      if (editors.length > 0) protection.addEditors([...editors]);
    }
    // One appendRow per row: Google finds the last row itself, so two runs never write over each other.
    for (const row of rows) sheet.appendRow(row.map((v) => (typeof v === 'string' ? asText(v) : (v ?? ''))));
    editedThroughSpreadsheetApp();
  }

  writeColumn(sheetName: string, column: number, fromRow: number, values: readonly string[]): void {
    const sheet = this.sheet(sheetName);
    if (!sheet || values.length === 0) return;
    sheet.getRange(fromRow, column, values.length, 1).setValues(values.map((v) => [asText(v)]));
    editedThroughSpreadsheetApp();
  }

  activate(sheetName: string, cell: string): boolean {
    const sheet = this.sheet(sheetName);
    if (!sheet) return false;
    sheet.getRange(cell).activate();
    return true;
  }
}
