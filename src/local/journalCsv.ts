// `journal.csv` in the output folder: the offline `Журнал`, appended by writing the old rows and the new one anew.
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { JOURNAL_COLUMNS, JOURNAL_FILE, journalRow, type JournalEntry } from '../core/journal';
import type { CellValue } from '../core/cells';
import { stageOutputs } from './outputDir';
import { readRegularFile } from './safePaths';

/** Excel opens a UTF-8 CSV as UTF-8 only with the byte order mark; in a Russian locale it splits on «;». */
const BOM = '\uFEFF';
const SEPARATOR = ';';
const MAX_JOURNAL_BYTES = 20 * 1024 * 1024;

/** A field as Excel reads it back: quoted when needed, and never a formula (an error text may quote school text). */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(SEPARATOR)}\r\n`;
}

/** The computer's user name: who ran the CLI, as far as the machine knows. */
export function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/**
 * Adds one row to `journal.csv` in `outDir`. The file is read only when it is a regular file (a link planted there
 * is not followed) and replaced whole through the staging folder: an interrupted run leaves the old journal.
 */
export async function appendJournal(outDir: string, entry: JournalEntry): Promise<void> {
  const path = join(outDir, JOURNAL_FILE);
  let before = '';
  const found = await lstat(path).catch(() => null);
  if (found?.isFile()) {
    const text = Buffer.from((await readRegularFile(path, MAX_JOURNAL_BYTES)).bytes).toString('utf8');
    before = text.startsWith(BOM) ? text.slice(BOM.length) : text;
    if (before !== '' && !before.endsWith('\n')) before += '\r\n';
  }
  const head = before === '' ? csvLine([...JOURNAL_COLUMNS]) : '';
  const staging = await stageOutputs(outDir);
  try {
    await staging.write(JOURNAL_FILE, `${BOM}${before}${head}${csvLine(journalRow(entry))}`);
    await staging.commit();
  } catch (e) {
    await staging.discard();
    throw e;
  }
}
