// Test helpers for hostile inputs: small district folders on disk and the CLI run in-process, its output captured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SheetData } from '../../src/core/table';
import { parseArgs } from '../../src/cli/args';
import { runBuild } from '../../src/cli/commands';
import { failure, type Io } from '../../src/cli/main';
import { writeSheets } from '../../src/local/xlsxWrite';
import {
  COURSE_HEADER,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
  type Row,
} from '../support/district';
import { tempDir } from './xlsxFiles';

export const TODAY = '2021-09-15';

/** A school's own file: its three sheets, teachers given. */
export function schoolSheets(teachers: Row[]): SheetData[] {
  return [
    sheet('Педагоги', TEACHER_HEADER, teachers),
    sheet('Курсы', COURSE_HEADER, []),
    sheet('Мероприятия', EVENT_HEADER, []),
  ];
}

/** A folder with `Район.xlsx` (per-school registry) and the given files; returns the folder. */
export async function perSchoolDistrict(
  schools: { code: string; name: string; table: string }[],
  files: Record<string, SheetData[]> = {},
  dir = tempDir(),
): Promise<string> {
  await writeWorkbook(join(dir, 'Район.xlsx'), [parameters(PERIOD_2021), registry(schools)]);
  for (const [name, sheets] of Object.entries(files)) await writeWorkbook(join(dir, name), sheets);
  return dir;
}

export async function writeWorkbook(path: string, sheets: SheetData[]): Promise<void> {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, await writeSheets(sheets));
}

export const twoTeachers = () => schoolSheets([teacher('Орлова Ирина Юрьевна'), teacher('Белов Пётр Ильич')]);

export interface Run {
  code: number;
  err: string;
}

/** `pedmonitor build …` in this process (the command's own code and exit mapping), stderr captured. */
export async function pedmonitor(...args: string[]): Promise<Run> {
  const lines: string[] = [];
  const io: Io = { out: () => undefined, log: (line) => lines.push(line) };
  let code = 0;
  try {
    const command = parseArgs(args);
    if (command.name !== 'build') throw new Error('only build runs in-process');
    await runBuild(command, io.log);
  } catch (e) {
    code = failure(e, io);
  }
  return { code, err: lines.join('\n') };
}

export const build = (input: string, out: string, ...more: string[]) =>
  pedmonitor('build', '--input', input, '--out', out, '--today', TODAY, ...more);

/** A run that failed cleanly: the exit code, one Russian «Ошибка:» line, no internal error and no stack. */
export function expectCleanFailure(r: Run, message: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/Внутренняя ошибка|\n\s+at |\.cjs|\.ts:\d/);
}
