// The whole build over sheets already in memory: what both adapters run, school by school.
import { SCHOOL_SHEET_KINDS, SHEET_NAMES, type SchoolSheetKind } from './catalogue/sheets';
import type { IsoDate } from './dates';
import {
  assembleDistrict, findSchoolFileSheet, findSheet, planDistrict, schoolPlace, unavailableSchool,
  type BuildResult, type DistrictPlan, type SchoolSource,
} from './district';
import { q } from './issues';
import type { School } from './registry';
import { analyseSchool, type LocatedSheet, type SchoolAnalysis } from './school/analyse';
import type { SheetData, SheetPlace } from './table';

/** A school's own spreadsheet as an adapter opened it, or why it could not. */
export type SchoolFile = { ok: true; sheets: readonly SheetData[] } | { ok: false; reason: string };

/** Lists sheet names and reads a sheet by name: one read per sheet, only when needed. */
export interface SheetSource {
  sheetNames: readonly string[];
  read(name: string): SheetData;
}

export function planFrom(source: SheetSource, today: IsoDate): DistrictPlan {
  const get = (wanted: string) => {
    const name = findSheet(source.sheetNames, wanted);
    return name === undefined ? undefined : source.read(name);
  };
  return planDistrict({
    parameters: get(SHEET_NAMES.parameters), registry: get(SHEET_NAMES.registry), district: get(SHEET_NAMES.district),
    sheetNames: source.sheetNames,
  }, today);
}

/** Analyses one school from the district workbook or from its own file (already opened by the adapter). */
export function analyseFrom(plan: DistrictPlan, school: School, district: SheetSource, file?: SchoolFile): SchoolAnalysis {
  const source: SchoolSource = plan.sources[school.code];
  const expected = {} as Record<SchoolSheetKind, SheetPlace>;
  const found: Partial<Record<SchoolSheetKind, LocatedSheet>> = {};
  if (source.mode === 'shared') {
    for (const kind of SCHOOL_SHEET_KINDS) {
      const name = source.sheets[kind];
      expected[kind] = schoolPlace(school, kind, source, name);
      if (name !== undefined) found[kind] = { data: district.read(name), place: expected[kind] };
    }
  } else {
    if (!file) throw new Error(`analyseFrom: the file of school ${school.code} was not opened`);
    if (!file.ok) return unavailableSchool(school, file.reason);
    const names = file.sheets.map((s) => s.name);
    for (const kind of SCHOOL_SHEET_KINDS) {
      const name = findSchoolFileSheet(names, school, kind);
      expected[kind] = schoolPlace(school, kind, source, name);
      const data = file.sheets.find((s) => s.name === name);
      if (data) found[kind] = { data, place: expected[kind] };
    }
    // Without `Педагоги` (renamed, or the wrong file linked) nothing of the file can count: one issue, «не сдала данные».
    if (!found.Педагоги) {
      const listed = names.length > 0 ? ` (в файле листы: ${names.map(q).join(', ')})` : '';
      return unavailableSchool(school, `в файле нет листа ${q(SCHOOL_SHEET_KINDS[0])}${listed} — возможно, его переименовали или указан не тот файл.`);
    }
  }
  return analyseSchool(plan.settings, school, { found, expected });
}

/** The one-shot build used offline and in tests: every school, then the district sums. */
export function buildDistrict(district: SheetSource, today: IsoDate, files: ReadonlyMap<string, SchoolFile> = new Map()): BuildResult {
  const plan = planFrom(district, today);
  const analyses = plan.schools.map((s) => analyseFrom(plan, s, district, files.get(s.code) ?? (plan.sources[s.code].mode === 'file' ? { ok: false, reason: 'файл не открыт.' } : undefined)));
  return assembleDistrict(plan, analyses);
}

/** A SheetSource over sheets held in memory. */
export function memorySource(sheets: readonly SheetData[]): SheetSource {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return {
    sheetNames: sheets.map((s) => s.name),
    read: (name) => byName.get(name) ?? { name, values: [] },
  };
}
