// School spreadsheets: opened by their link (through the Sheets API), created in the user's Drive; every failure
// becomes a Russian reason.
import { editedThroughSpreadsheetApp } from './flush';
import { errorText } from '../app/errorText';
import { DISTRICT_REGISTRY_COLUMNS } from '../core/catalogue/region';
import { registryColumns } from '../core/catalogue/sheets';
import type { FilesPort, OpenedFile, SpreadsheetPort } from '../app/ports';
import { spreadsheetId } from '../app/links';
import { SheetsFile } from './sheetsFile';
import { QuotaError } from './sheetsApi';

/** Why a link did not open, in words a methodologist can act on (Apps Script's own messages vary by locale). */
export function openFailure(error: unknown): string {
  const text = errorText(error);
  if (/permission|access|доступ|разрешени/i.test(text))
    return 'нет доступа к файлу — попросите ответственного ОО открыть доступ на редактирование для вашего аккаунта.';
  if (/not found|missing|deleted|trash|удал|не найден/i.test(text))
    return 'файл не найден — возможно, он удалён или перемещён в корзину.';
  return `файл не открылся (${text.slice(0, 120)}).`;
}

/**
 * `withValues` — the sheet list brings every cell's value (a school's small file, one call); otherwise each sheet's
 * values come when it is read (a district workbook, of which region mode reads only the service sheet).
 */
function openFile(link: string, withValues: boolean, column: string): OpenedFile {
  try {
    const id = spreadsheetId(link);
    if (id === null)
      return { ok: false, reason: `в столбце «${column}» не ссылка на Google Таблицу (${link.slice(0, 80)}).` };
    // Opening = its sheet list (and values) through the API (one call, and it fails as openByUrl would);
    // SpreadsheetApp opens the file only if a check marks cells in it.
    const file = new SheetsFile(id, () => SpreadsheetApp.openById(id), withValues);
    void file.sheetNames;
    return { ok: true, file };
  } catch (e) {
    // Google's per-minute limit is not the school's fault: the job waits and goes on, the school is not failed.
    if (e instanceof QuotaError) throw e;
    return { ok: false, reason: openFailure(e) };
  }
}

export function spreadsheetFiles(): FilesPort {
  return {
    open: (link) => openFile(link, true, registryColumns.spreadsheet.header),
    openSheetList: (link) => openFile(link, false, DISTRICT_REGISTRY_COLUMNS.spreadsheet.header),
    identity: spreadsheetId,
    create(name: string, firstSheet: string): SpreadsheetPort {
      const ss = SpreadsheetApp.create(name);
      ss.getSheets()[0].setName(firstSheet);
      editedThroughSpreadsheetApp();
      const file = new SheetsFile(ss.getId(), ss);
      file.markFresh(firstSheet);
      return file;
    },
  };
}
