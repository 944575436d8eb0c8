// Runs a CLI action and appends its row to `journal.csv` in the output folder — whether it succeeded or failed.
import { buildCounts, JOURNAL_FILE, JOURNAL_OK, NO_COUNTS, type JournalEntry } from '../core/journal';
import type { BuildResult } from '../core/districtResult';
import { DataError } from '../core/errors';
import { appendJournal, localUser } from '../local/journalCsv';
import type { Log } from './commands';

const ACTION_TEXT = {
  build: 'pedmonitor build: сводная и документы',
  feedback: 'pedmonitor feedback: письма ОО',
} as const;

/** Offline the mode is what the registry says: any school with its own file makes it per-school. */
function modeOf(result: BuildResult | null): string {
  if (result === null) return 'офлайн';
  return result.schools.some((s) => s.school.spreadsheet !== '')
    ? 'офлайн: таблица для каждой ОО'
    : 'офлайн: общая книга';
}

export interface Journaled<T> {
  value: T;
  result: BuildResult;
  made: string;
}

export async function journaled<T>(
  outDir: string,
  action: keyof typeof ACTION_TEXT,
  log: Log,
  work: () => Promise<Journaled<T>>,
): Promise<T & { result: BuildResult }> {
  const entry = (result: BuildResult | null, made: string, outcome: string): JournalEntry => ({
    time: new Date().toISOString(),
    user: localUser(),
    mode: modeOf(result),
    action: ACTION_TEXT[action],
    ...(result ? buildCounts(result) : NO_COUNTS),
    made,
    outcome,
  });
  let done: Journaled<T>;
  try {
    done = await work();
  } catch (e) {
    const why = e instanceof DataError ? e.message : `внутренняя ошибка: ${e instanceof Error ? e.message : String(e)}`;
    // The failure is the news: a journal that cannot be written (no such folder) must not hide it.
    await appendJournal(outDir, entry(null, '', `ошибка: ${why}`)).catch(() =>
      log(`Не удалось дописать ${JOURNAL_FILE}.`),
    );
    throw e;
  }
  await appendJournal(outDir, entry(done.result, done.made, JOURNAL_OK));
  return { ...done.value, result: done.result };
}
