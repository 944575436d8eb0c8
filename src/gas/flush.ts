// SpreadsheetApp holds edits back; the Sheets API must not read past them: each edit is noted, the next API call
// flushes first. Also the protection the add-on puts on its own sheets.
import { startExecution } from './execution';
import { PROTECTION_PREFIX } from './sheetsApi';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Removes everyone but the owner and the add-on's user (Google never removes those two). */
export function protectForUser(sheet: Sheet, description: string): GoogleAppsScript.Spreadsheet.Protection {
  editedThroughSpreadsheetApp();
  const protection = sheet
    .protect()
    .setDescription(description.startsWith(PROTECTION_PREFIX) ? description : `${PROTECTION_PREFIX}${description}`);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return protection;
}

/**
 * SpreadsheetApp keeps edits back until the script ends or flushes; the Sheets API would not see them. Every edit
 * through SpreadsheetApp marks this, and the next API call flushes first (one call, only after edits).
 */
let unflushed = false;
export function editedThroughSpreadsheetApp(): void {
  unflushed = true;
}
/** A new call of the add-on: Apps Script wrote everything out when the previous one ended. */
export function newExecution(): void {
  unflushed = false;
  startExecution();
}
export function beforeApiCall(): void {
  if (!unflushed) return;
  SpreadsheetApp.flush();
  unflushed = false;
}
