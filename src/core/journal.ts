// `Журнал` (issue 12): one row per action — who, when, in which mode, what it found and made, or why it failed.
import type { CellValue } from './cells';
import type { BuildResult } from './districtResult';

/** Offline the columns of `Журнал` go to this file of the output folder. */
export const JOURNAL_FILE = 'journal.csv';

export const JOURNAL_COLUMNS = [
  'Время',
  'Пользователь',
  'Режим',
  'Действие',
  'ОО сдали',
  'ОО в реестре',
  'Ошибок',
  'Предупреждений',
  'Сделано',
  'Итог',
] as const;

export const JOURNAL_OK = 'успешно';

export interface JournalEntry {
  /** ISO timestamp. */
  time: string;
  /** Who ran it as the world knows: a role and a key in Google, the computer's user offline. */
  user: string;
  /** «общая таблица», «таблица для каждой ОО», «офлайн …». */
  mode: string;
  action: string;
  /** Null when the action stopped before any school was read. */
  submitted: number | null;
  registered: number | null;
  errors: number | null;
  warnings: number | null;
  /** What the action made: sheets, documents, letters — in words. */
  made: string;
  /** JOURNAL_OK, or the error as the user was told it. */
  outcome: string;
}

/** The counts of a build for its journal row. */
export function buildCounts(
  result: BuildResult,
): Pick<JournalEntry, 'submitted' | 'registered' | 'errors' | 'warnings'> {
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  return {
    submitted: result.schools.filter((s) => s.submitted).length,
    registered: result.schools.length,
    errors,
    warnings: result.issues.length - errors,
  };
}

/** No counts: the action failed before them, or counts nothing (setup). */
export const NO_COUNTS = { submitted: null, registered: null, errors: null, warnings: null } as const;

/** The row as both writers put it: the sheet and the CSV, in JOURNAL_COLUMNS order. */
export function journalRow(e: JournalEntry): CellValue[] {
  return [e.time, e.user, e.mode, e.action, e.submitted, e.registered, e.errors, e.warnings, e.made, e.outcome];
}
