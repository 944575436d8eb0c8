// One school's step of a build: its three sheets found (district tabs or its own file), then analysed.
import { registryColumns, SCHOOL_SHEET_KINDS, SHEET_NAMES, type SchoolSheetKind } from './catalogue/sheets';
import { a1 } from './cells';
import { issue, quote } from './issues';
import { findSchoolFileSheet, schoolPlace, type DistrictPlan, type SheetReader } from './plan';
import type { School } from './registry';
import { analyseSchool, emptyAnalysis, type LocatedSheet, type SchoolAnalysis } from './school/analyse';
import type { SheetData, SheetPlace } from './table';

/** A school's own spreadsheet as an adapter opened it, or why it could not. */
export type SchoolFile = { ok: true; sheets: readonly SheetData[] } | { ok: false; reason: string };

/** One issue for a school whose own spreadsheet cannot be opened: it counts as «не сдала данные». */
export function unavailableSchool(school: School, reason: string): SchoolAnalysis {
  const column = registryColumns.spreadsheet.header;
  return emptyAnalysis(school.code, [
    issue({
      sheet: SHEET_NAMES.registry,
      cell: school.spreadsheetCell ?? a1(school.row, 7),
      row: school.row,
      column,
      code: 'school_file_unavailable',
      school: school.code,
      message:
        `Таблица ОО ${quote(school.name)} недоступна: ${reason} Данные ОО не учтены (не сдала данные). `
        + `Проверьте ссылку в столбце ${quote(column)} и доступ к файлу.`,
    }),
  ]);
}

/** Analyses one school from the district workbook or from its own file (already opened by the adapter). */
export function analyseSchoolSheets(
  plan: DistrictPlan,
  school: School,
  district: SheetReader,
  file?: SchoolFile,
): SchoolAnalysis {
  const location = plan.locations[school.code];
  const expected = {} as Record<SchoolSheetKind, SheetPlace>;
  const found: Partial<Record<SchoolSheetKind, LocatedSheet>> = {};
  if (location.mode === 'shared') {
    for (const kind of SCHOOL_SHEET_KINDS) {
      const name = location.sheets[kind];
      expected[kind] = schoolPlace(school, kind, location, name);
      if (name !== undefined) found[kind] = { data: district.read(name), place: expected[kind] };
    }
  } else {
    if (!file) throw new Error(`analyseSchoolSheets: the file of school ${school.code} was not opened`);
    if (!file.ok) return unavailableSchool(school, file.reason);
    const names = file.sheets.map((s) => s.name);
    for (const kind of SCHOOL_SHEET_KINDS) {
      const name = findSchoolFileSheet(names, school, kind);
      expected[kind] = schoolPlace(school, kind, location, name);
      const data = file.sheets.find((s) => s.name === name);
      if (data) found[kind] = { data, place: expected[kind] };
    }
    // Without `Педагоги` (renamed, or the wrong file linked) nothing of the file can count: one issue.
    if (!found.Педагоги) {
      const listed = names.length > 0 ? ` (в файле листы: ${names.map(quote).join(', ')})` : '';
      const sheet = quote(SCHOOL_SHEET_KINDS[0]);
      return unavailableSchool(
        school,
        `в файле нет листа ${sheet}${listed} — возможно, его переименовали или указан не тот файл.`,
      );
    }
  }
  return analyseSchool(plan.settings, school, { found, expected });
}
