// The Advanced Sheets service (Sheets API v4): the field masks the add-on asks for and the ranges it names.
import { DataError } from '../core/errors';

type SheetsService = NonNullable<typeof Sheets>;
export type RowData = GoogleAppsScript.Sheets.Schema.RowData;
export type Request = GoogleAppsScript.Sheets.Schema.Request;
export type ApiSpreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

/**
 * Names, ids and order of the sheets, and who may edit each protection: one call instead of getSheets + a getName
 * per sheet. The editors of the add-on's own protections are the owner and the user — the list the output sheets
 * get, without asking Session for the user's email (that would need one more scope).
 */
export const META_FIELDS = 'sheets(properties(sheetId,title,index),protectedRanges(description,editors.users))';

/** Descriptions of the protections the add-on sets: these are the add-on's own, not a school's or a person's. */
export const PROTECTION_PREFIX = 'PedMonitor: ';
/**
 * The cells of the sheets asked for: the value and whether it is shown as a date — exactly what getValues gives
 * (a date cell becomes a Date there), in one call for several sheets.
 */
export const GRID_FIELDS = 'sheets(properties.title,data.rowData.values(effectiveValue,effectiveFormat.numberFormat.type))';

/** The service, or a Russian message when the manifest's advanced service is switched off in the project. */
export function sheetsApi(): SheetsService {
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new DataError('В проекте Apps Script выключена служба Google Sheets API (Sheets). Включите её: Редактор → Службы → Google Sheets API (см. docs/google-setup.md).');
  }
  return Sheets;
}

/** A whole sheet as an A1 range: its name in single quotes, a quote inside doubled. */
export function sheetRange(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
