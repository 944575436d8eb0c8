// Reads one school for a job: from the district workbook or by opening its own file, marking cells on a check.
import { SCHOOL_SHEET_KINDS } from '../core/catalogue/sheets';
import { findSchoolFileSheet, type DistrictPlan } from '../core/plan';
import type { School } from '../core/registry';
import { earlierSchoolWithSameFile, sameFileReason } from '../core/sameFile';
import type { SchoolAnalysis } from '../core/school/analyse';
import { analyseSchoolSheets, type SchoolFile } from '../core/schoolSheets';
import type { SheetData } from '../core/table';
import { errorText } from './errorText';
import { marksBySheet } from './marks';
import { remarksSheet } from '../core/layout/remarksSheet';
import type { CellLink, SheetModel } from '../core/layout/model';
import { formatRu, type IsoDate } from '../core/dates';
import { cellUrl } from './links';
import { BusyError, type Ports, type SpreadsheetPort } from './ports';

export interface SchoolRead {
  analysis: SchoolAnalysis;
  /** Sheet ids inside the school's own file, for links from `Ошибки` (per-school mode only). */
  sheetIds?: Record<string, number>;
}

/**
 * Clears the previous marks on every sheet the school has and marks this check's cells. Marks are a help,
 * not the result: a school file the methodologist may only view keeps its figures and its `Ошибки` rows.
 */
function markSchool(file: SpreadsheetPort, sheets: readonly string[], analysis: SchoolAnalysis): void {
  const marks = marksBySheet(analysis.issues);
  try {
    for (const sheet of sheets) file.markCells(sheet, marks.get(sheet) ?? []);
  } catch {
    // No edit access to the school's file: nothing to mark there.
  }
}

/**
 * Replaces one sheet of a school's own file, protected from the school's editors, in one batch: `Замечания` after a
 * check (issue 12), `Рекомендации` after a per-school report (issue 9). A help, not the result: a file the
 * methodologist may only view goes without it (false). Google's «slow down» is thrown: the job retries next call.
 */
export function replaceSchoolSheet(
  file: SpreadsheetPort,
  model: SheetModel,
  link: (l: CellLink) => string | null = () => null,
): boolean {
  try {
    file.replaceSheets([model], link);
    return true;
  } catch (e) {
    if (e instanceof BusyError) throw e;
    // No edit access to the school's file, or Google refused: the district's documents and `Ошибки` have it all.
    return false;
  }
}

/** `Замечания` in the school's own file: its issues only, each linked to its cell in this same file. */
function writeRemarks(file: SpreadsheetPort, analysis: SchoolAnalysis, today: IsoDate): void {
  const link = (l: CellLink) => {
    const id = file.sheetId(l.sheet);
    return id === null ? null : cellUrl(id, l.cell, file.url);
  };
  replaceSchoolSheet(file, remarksSheet(analysis.issues, formatRu(today)), link);
}

/**
 * The three sheets of a school's own file, in one read. Other sheets are not read: they are passed by name
 * only (empty), so that a message about a renamed sheet can list what the file holds.
 */
function readSchoolFile(file: SpreadsheetPort, school: School): { data: SchoolFile; names: string[] } {
  const names: string[] = [];
  for (const kind of SCHOOL_SHEET_KINDS) {
    const name = findSchoolFileSheet(file.sheetNames, school, kind);
    if (name !== undefined) names.push(name);
  }
  const read = file.readSheets(names);
  const sheets: SheetData[] = file.sheetNames.map((n) => read.find((s) => s.name === n) ?? { name: n, values: [] });
  return { data: { ok: true, sheets }, names };
}

/**
 * Schools of the shared workbook read together: fewer calls, each answer still small (a school's sheets hold ~100 KB).
 */
export const SCHOOLS_PER_READ = 5;

/** The sheets of a school in the district workbook, or none when it keeps its own file. */
function sharedSheets(plan: DistrictPlan, school: School): string[] {
  const source = plan.locations[school.code];
  return source.mode === 'shared' ? SCHOOL_SHEET_KINDS.flatMap((k) => source.sheets[k] ?? []) : [];
}

/**
 * `next` — schools the job reads right after this one: in the shared workbook their sheets are fetched with its own.
 */
export function readSchool(
  ports: Ports,
  plan: DistrictPlan,
  school: School,
  markCells: boolean,
  next: readonly School[] = [],
): SchoolRead {
  const source = plan.locations[school.code];
  if (source.mode === 'shared') {
    // This school's sheets and those of the next few in one read (nothing, if they came with an earlier one);
    // the core then reads them from what was fetched.
    ports.district.readSheets([school, ...next].flatMap((s) => sharedSheets(plan, s)));
    const analysis = analyseSchoolSheets(plan, school, ports.district);
    if (markCells)
      markSchool(
        ports.district,
        SCHOOL_SHEET_KINDS.flatMap((k) => source.sheets[k] ?? []),
        analysis,
      );
    return { analysis };
  }
  // Two registry rows with one spreadsheet: read it once, for the first school (no call for the second).
  const first = earlierSchoolWithSameFile(plan, school, (link) => ports.files.identity(link));
  if (first)
    return {
      analysis: analyseSchoolSheets(plan, school, ports.district, { ok: false, reason: sameFileReason(first) }),
    };
  const opened = ports.files.open(source.link);
  if (!opened.ok)
    return { analysis: analyseSchoolSheets(plan, school, ports.district, { ok: false, reason: opened.reason }) };
  let read: { data: SchoolFile; names: string[] };
  try {
    read = readSchoolFile(opened.file, school);
  } catch (e) {
    // Google's per-minute limit: the job waits for the next call, the school is not failed (ports throw it as is).
    if (e instanceof BusyError) throw e;
    // The file opened but a sheet could not be read (Google's error mid-way): one issue for this school only.
    const text = errorText(e);
    return {
      analysis: analyseSchoolSheets(plan, school, ports.district, {
        ok: false,
        reason: `файл открылся, но его листы не удалось прочитать (${text.slice(0, 120)}). Повторите сборку позже.`,
      }),
    };
  }
  const { data, names } = read;
  const analysis = analyseSchoolSheets(plan, school, ports.district, data);
  if (markCells) {
    markSchool(opened.file, names, analysis);
    writeRemarks(opened.file, analysis, ports.clock.today());
  }
  // Ids only for sheets that have issues to link to (known from opening the file: no call).
  const linked = new Set(analysis.issues.map((i) => i.external?.sheetName));
  const sheetIds: Record<string, number> = {};
  for (const name of names.filter((n) => linked.has(n))) {
    const id = opened.file.sheetId(name);
    if (id !== null) sheetIds[name] = id;
  }
  return { analysis, sheetIds };
}
