// The district workbook: a spreadsheet that also replaces output sheets atomically and moves the user to a cell.
import type { CellLink, SheetModel } from '../core/layout/model';
import type { DistrictPort } from '../app/ports';
import { drawModel } from './drawModel';
import { protectForUser, SheetsFile } from './sheetsFile';
import { asText } from './values';

/** Suffix of a sheet being built; a leftover from a run that was cut off is removed by the next one. */
export const BUILDING_SUFFIX = ' (обновляется)';

export class DistrictFile extends SheetsFile implements DistrictPort {
  replaceSheets(models: readonly SheetModel[], link: (l: CellLink) => string | null): void {
    for (const model of models) {
      const tempName = `${model.name}${BUILDING_SUFFIX}`;
      const leftover = this.sheet(tempName);
      if (leftover) {
        this.ss.deleteSheet(leftover);
        this.noteSheet(tempName);
      }
      const old = this.sheet(model.name);
      const temp = old ? this.ss.insertSheet(tempName, old.getIndex() - 1) : this.ss.insertSheet(tempName);
      drawModel(temp, model, link);
      protectForUser(temp, `PedMonitor: ${model.name} — заполняется автоматически`);
      // The swap: the old sheet disappears only once the new one is complete.
      if (old) {
        this.ss.deleteSheet(old);
        this.noteSheet(model.name);
      }
      temp.setName(model.name);
      this.noteSheet(tempName);
      this.noteSheet(model.name, temp);
    }
  }

  writeColumn(sheetName: string, column: number, fromRow: number, values: readonly string[]): void {
    const sheet = this.sheet(sheetName);
    if (!sheet || values.length === 0) return;
    sheet.getRange(fromRow, column, values.length, 1).setValues(values.map((v) => [asText(v)]));
  }

  activate(sheetName: string, cell: string): boolean {
    const sheet = this.sheet(sheetName);
    if (!sheet) return false;
    sheet.getRange(cell).activate();
    return true;
  }
}
