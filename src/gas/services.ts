// Small ports over Apps Script services: document lock, document properties, clock in the script's zone.
import { DataError } from '../core/errors';
import type { ClockPort, LockPort, PropertiesPort } from '../app/ports';
import { executionStart } from './execution';

/** How long a second click waits for the first to finish before it is told the workbook is busy. */
export const LOCK_WAIT_MS = 30_000;

export function documentLock(): LockPort {
  return {
    withLock<T>(work: () => T): T {
      // getDocumentLock is null outside a document (a script run from the editor): then the script's lock.
      const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
      if (!lock.tryLock(LOCK_WAIT_MS)) {
        throw new DataError(
          'Таблица занята: PedMonitor уже выполняет другое действие (например, собирает сводную). Подождите минуту и повторите.',
        );
      }
      try {
        return work();
      } finally {
        lock.releaseLock();
      }
    },
  };
}

export function documentProperties(): PropertiesPort {
  let props: GoogleAppsScript.Properties.Properties | null = null;
  const get = () => (props ??= PropertiesService.getDocumentProperties());
  return {
    get: (key) => get().getProperty(key),
    set: (key, value) => {
      get().setProperty(key, value);
    },
  };
}

/** «Today» where the district is: the workbook's own time zone (the script's may differ from it). */
export function scriptClock(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ClockPort {
  return {
    now: () => Date.now(),
    executionStart,
    today: () => Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
    stamp: () => new Date().toISOString(),
  };
}
