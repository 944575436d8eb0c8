// The Advanced Sheets service (Sheets API v4): the field masks the add-on asks for, the ranges it names, and
// waiting out Google's per-minute quota instead of failing a school on it.
import { columnLetter } from '../core/cells';
import { DataError } from '../core/errors';
import { errorText } from '../app/errorText';
import { BusyError } from '../app/ports';
import { mayWaitNow } from './execution';

type SheetsService = NonNullable<typeof Sheets>;
export type RowData = GoogleAppsScript.Sheets.Schema.RowData;
export type Request = GoogleAppsScript.Sheets.Schema.Request;
export type ApiSpreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

const SHEET_LIST = 'properties(sheetId,title,index),protectedRanges(description,editors.users)';
/**
 * Names, ids and order of the sheets, and who may edit each protection: one call instead of getSheets + a getName
 * per sheet. The editors of the add-on's own protections are the owner and the user — the list the output sheets
 * get, without asking Session for the user's email (that would need one more scope).
 */
export const META_FIELDS = `sheets(${SHEET_LIST})`;
/** A school's own file opened: the sheet list and every cell's value in one call (the file is small). */
export const META_VALUE_FIELDS = `sheets(${SHEET_LIST},data.rowData.values.effectiveValue)`;
/**
 * Cell values of the sheets named. Only values: a cell that holds nothing comes back as `{}` even where the template
 * formatted 1000 rows, so the answer stays small.
 */
export const VALUE_FIELDS = 'sheets(properties.title,data.rowData.values.effectiveValue)';
/**
 * Whether a number is shown as a date, asked only for the block that holds data: getValues makes such a cell a Date.
 */
export const TYPE_FIELDS = 'sheets(properties.title,data.rowData.values.effectiveFormat.numberFormat.type)';

/** Descriptions of the protections the add-on sets: these are the add-on's own, not a school's or a person's. */
export const PROTECTION_PREFIX = 'PedMonitor: ';

/** The service, or a Russian message when the manifest's advanced service is switched off in the project. */
export function sheetsApi(): SheetsService {
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new DataError(
      'В проекте Apps Script выключена служба Google Sheets API (Sheets). Включите её: Редактор → Службы → Google Sheets API (см. docs/google-setup.md).',
    );
  }
  return Sheets;
}

/** Google refused for the per-minute quota (60 reads a minute per user): not the school's fault. */
export class QuotaError extends BusyError {}

export function isQuotaError(e: unknown): boolean {
  return /\b429\b|quota|too many requests|rate ?limit/i.test(errorText(e));
}

/** Waits before each retry (ms): about a minute in all, when the quota refills. */
export const QUOTA_WAITS = [2_000, 4_000, 8_000, 16_000, 32_000];

/** Runs an API call, waiting and retrying while Google answers «quota exceeded»; then a QuotaError. */
export function withQuota<T>(
  call: () => T,
  sleep: (ms: number) => void = (ms) => Utilities.sleep(ms),
  mayWait: (ms: number) => boolean = mayWaitNow,
): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return call();
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      // A wait that would run the execution into Google's 6-minute kill is not started: the job checkpoints instead.
      if (attempt >= QUOTA_WAITS.length || !mayWait(QUOTA_WAITS[attempt])) {
        throw new QuotaError(
          'Google временно ограничил число обращений к таблицам (не больше 60 чтений в минуту). Продолжите через минуту — прочитанное сохранено.',
        );
      }
      sleep(QUOTA_WAITS[attempt]);
    }
  }
}

/** A whole sheet as an A1 range: its name in single quotes, a quote inside doubled. */
export function sheetRange(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The block from A1 to the given last row and column of a sheet. */
export function blockRange(name: string, rows: number, columns: number): string {
  return `${sheetRange(name)}!A1:${columnLetter(columns)}${rows}`;
}
