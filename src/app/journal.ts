// `Журнал` over the ports: appended to the district workbook, the last rows kept for the panel (issue 12).
import { SHEET_NAMES } from '../core/catalogue/sheets';
import { JOURNAL_COLUMNS, JOURNAL_OK, journalRow, NO_COUNTS, type JournalEntry } from '../core/journal';
import { errorText } from './errorText';
import type { JournalView, SetupMode } from '../shared/contract';
import { panelContext } from './panelMemory';
import type { Ports, StorePort } from './ports';

const LAST_KEY = 'journal.last';
/** How many runs the panel lists. */
export const JOURNAL_SHOWN = 5;

const MODE_TEXT: Record<SetupMode, string> = { shared: 'общая таблица', 'per-school': 'таблица для каждой ОО' };

/** The runs the panel lists, newest first. */
export function lastRuns(store: StorePort): JournalView[] {
  const text = store.get(LAST_KEY);
  if (text === null) return [];
  try {
    const list = JSON.parse(text) as JournalView[];
    return Array.isArray(list) ? list.slice(0, JOURNAL_SHOWN) : [];
  } catch {
    return [];
  }
}

function view(e: JournalEntry): JournalView {
  const counts =
    e.registered === null
      ? ''
      : `ОО сдали ${e.submitted} из ${e.registered}; ошибок ${e.errors}, предупреждений ${e.warnings}`;
  const summary = [counts, e.made].filter((s) => s !== '').join('; ');
  return { time: e.time, action: e.action, ok: e.outcome === JOURNAL_OK, summary, outcome: e.outcome };
}

/** What every Google entry of the journal shares: the time, who (as far as no extra scope tells) and the mode. */
export function journalBase(ports: Ports): Pick<JournalEntry, 'time' | 'user' | 'mode'> {
  return { time: ports.clock.stamp(), user: ports.who?.() ?? '', mode: MODE_TEXT[panelContext(ports.properties).mode] };
}

/**
 * One row at the end of `Журнал`. A journal that cannot be written (Google refused) does not hide the action's
 * own result: the panel still lists the run.
 */
export function writeJournal(ports: Ports, entry: JournalEntry): void {
  try {
    ports.district.appendRows(SHEET_NAMES.journal, [...JOURNAL_COLUMNS], [journalRow(entry)]);
  } catch {
    // The row is lost; the action's outcome is what the user must see.
  }
  try {
    ports.store.set(LAST_KEY, JSON.stringify([view(entry), ...lastRuns(ports.store)].slice(0, JOURNAL_SHOWN)));
  } catch {
    // A school's editor cannot write the store: its runs are not listed.
  }
}

/** Runs an action; when it fails, `Журнал` gets a row with the error before the error goes on to the user. */
export function journalFailure<T>(ports: Ports, action: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    writeJournal(ports, { ...journalBase(ports), action, ...NO_COUNTS, made: '', outcome: `ошибка: ${errorText(e)}` });
    throw e;
  }
}
