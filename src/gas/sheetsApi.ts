// The Advanced Sheets service (Sheets API v4): the field masks the add-on asks for and the ranges it names.
import { DataError } from '../core/errors';

type SheetsService = NonNullable<typeof Sheets>;
export type RowData = GoogleAppsScript.Sheets.Schema.RowData;
export type Request = GoogleAppsScript.Sheets.Schema.Request;
export type ApiSpreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

/** Names, ids and order of the sheets: one call instead of getSheets + a getName per sheet. */
export const META_FIELDS = 'sheets.properties(sheetId,title,index)';
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
