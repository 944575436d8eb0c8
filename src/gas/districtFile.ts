// The district workbook: a spreadsheet that also replaces output sheets atomically and moves the user to a cell.
import type { CellLink, SheetModel } from '../core/layout/model';
import type { DistrictPort } from '../app/ports';
import { drawRequests } from './drawModel';
import { beforeApiCall, editedThroughSpreadsheetApp, SheetsFile } from './sheetsFile';
import type { Request } from './sheetsApi';
import { PROTECTION_PREFIX, sheetsApi, withQuota } from './sheetsApi';
import { asText } from './values';

/** Suffix of a sheet being built; a leftover from a run that was cut off is removed by the next one. */
export const BUILDING_SUFFIX = ' (обновляется)';

/** Sheet ids are non-negative 32-bit numbers: new ones above the largest in use, or the lowest free ones. */
export function freeSheetIds(used: readonly number[], count: number): number[] {
  const taken = new Set(used);
  const top = Math.max(0, ...used);
  if (top + count < 2 ** 31) return Array.from({ length: count }, (_, i) => top + 1 + i);
  const out: number[] = [];
  for (let id = 1; out.length < count; id++) if (!taken.has(id)) out.push(id);
  return out;
}

export class DistrictFile extends SheetsFile implements DistrictPort {
  /** The owner and the user: who may edit the output sheets (the workbook store knows, see gasPorts). */
  private userEditors: () => readonly string[] = () => [];

  editorsFrom(source: () => readonly string[]): void {
    this.userEditors = source;
  }

  /**
   * Every model in ONE batchUpdate: each new sheet is added under a temporary name next to the old one, filled,
   * protected, then the old one is deleted and the new one takes its name. Sheets applies a batch all or nothing,
   * so nobody ever sees a half-written summary and a failure leaves the previous sheets as they were.
   */
  replaceSheets(models: readonly SheetModel[], relative: (l: CellLink) => string | null): void {
    if (models.length === 0) return;
    // Absolute links: whether Sheets follows a fragment-only `#gid=…` in a cell's text format is not documented.
    const link = (l: CellLink) => {
      const url = relative(l);
      return url !== null && url.startsWith('#') ? `${this.url}${url}` : url;
    };
    // The sheets as they will be after each request of the batch, for positions and the list kept afterwards.
    // First: finding the editors may add the store sheet, which the list below must hold.
    const editors = this.userEditors();
    const requests: Request[] = [];
    // A sheet inserted through SpreadsheetApp in this run has no id yet: ask for it, so a new id cannot collide.
    for (const s of this.sheetInfo()) if (s.sheetId < 0) this.sheetId(s.title);
    const order = this.sheetInfo().map((s) => ({ ...s }));
    const remove = (title: string) => {
      const i = order.findIndex((s) => s.title === title);
      if (i >= 0) {
        requests.push({ deleteSheet: { sheetId: order[i].sheetId } });
        order.splice(i, 1);
      }
    };
    const ids = freeSheetIds(order.map((s) => s.sheetId), models.length);
    for (const model of models) {
      const tempName = `${model.name}${BUILDING_SUFFIX}`;
      remove(tempName);
      const oldAt = order.findIndex((s) => s.title === model.name);
      const at = oldAt < 0 ? order.length : oldAt;
      const sheetId = ids[models.indexOf(model)];
      requests.push(...drawRequests(model, link, sheetId, tempName, oldAt < 0 ? undefined : at, editors, `${PROTECTION_PREFIX}${model.name} — заполняется автоматически`));
      order.splice(at, 0, { title: tempName, sheetId, index: at });
      remove(model.name);
      requests.push({ updateSheetProperties: { properties: { sheetId, title: model.name }, fields: 'title' } });
      order[order.findIndex((s) => s.sheetId === sheetId)].title = model.name;
    }
    beforeApiCall();
    withQuota(() => sheetsApi().Spreadsheets.batchUpdate({ requests }, this.id));
    this.replaceInfo(order.map((s, index) => ({ ...s, index })));
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
