// The bundled sample district: deterministic, realistic (like the Кузнецкий район of sample document 1,
// docs/decisions.md), with typical mistakes.
import { PARAMETERS, TARGET_PREFIX } from '../../src/core/catalogue/parameters';
import { registryColumns, SHEET_NAMES, schoolSheetName, type SchoolSheetKind } from '../../src/core/catalogue/sheets';
import type { SheetData } from '../../src/core/table';
import { HANDMADE_INDEX, handmadeSheets } from './handmade';
import { SCHOOLS } from './names';
import { Random } from './random';
import { personName } from './draws';
import { schoolSheets, toSheet } from './school';

export interface SampleOptions {
  schools: number;
  /** One number for every school, or a size per school. */
  teachersPerSchool: number | readonly number[];
  seed: number;
  /** Add the typical mistakes schools make (bad numbers, unknown teachers, duplicates, …). */
  mistakes: boolean;
  /** How many of the last registered schools have no sheets at all. */
  notSubmitted?: number;
  /** Put each school's sheets in its own workbook (the registry's `Таблица` names the file). */
  perSchool?: boolean;
  /** Replace school HANDMADE_INDEX by the hand-typed messy school the golden test checks. */
  handmade?: boolean;
}

export interface SampleDistrict {
  /** The district workbook. */
  district: SheetData[];
  /** Per-school mode: file name → that school's sheets. */
  schoolFiles: Map<string, SheetData[]>;
}

/** The sample of `npm start`: 15 schools, ~240 teachers, a few mistakes, one school that did not submit. */
export const SAMPLE_OPTIONS: SampleOptions = {
  schools: 15,
  teachersPerSchool: [30, 26, 24, 22, 20, 19, 18, 16, 15, 14, 13, 12, 11, 9, 8],
  seed: 2021,
  mistakes: true,
  notSubmitted: 1,
  handmade: true,
};

export const SAMPLE_MUNICIPALITY = 'Кузнецкого района';

export function generateDistrict(options: SampleOptions): SampleDistrict {
  const rnd = new Random(options.seed);
  const codes = Array.from({ length: options.schools }, (_, i) =>
    String(i + 1).padStart(options.schools > 99 ? 3 : 2, '0'),
  );
  const notSubmitted = new Set(codes.slice(codes.length - (options.notSubmitted ?? 0)));
  const schoolInfo = (i: number) => {
    const base = SCHOOLS[i % SCHOOLS.length];
    const round = Math.floor(i / SCHOOLS.length);
    return round === 0
      ? base
      : { ...base, name: `${base.name} (${round + 1})`, fullName: `${base.fullName} (${round + 1})` };
  };

  const params: SheetData = {
    name: SHEET_NAMES.parameters,
    values: [
      ['Параметр', 'Значение'],
      [PARAMETERS.municipality.key, SAMPLE_MUNICIPALITY],
      [PARAMETERS.periodStart.key, '01.09.2020'],
      [PARAMETERS.periodEnd.key, '31.08.2021'],
      [PARAMETERS.cycleYears.key, 3],
      [PARAMETERS.youngAge.key, 35],
      [PARAMETERS.youngExperience.key, 3],
      [PARAMETERS.pensionAge.key, 60],
      // The documents' attributes: number and date are left blank, as in a draft before registration.
      [PARAMETERS.issuer.key, 'Отдел образования администрации Кузнецкого района'],
      [PARAMETERS.addressee.key, 'Главе администрации Кузнецкого района'],
      [PARAMETERS.signatoryPosition.key, 'Начальник отдела образования администрации Кузнецкого района'],
      [PARAMETERS.signatoryName.key, 'Н.В. Орлова'],
      [PARAMETERS.executorName.key, 'Савельева Т.П.'],
      [PARAMETERS.executorPhone.key, '3-06-90'],
      [`${TARGET_PREFIX} PK3`, 90],
      [`${TARGET_PREFIX} D1`, 50],
      [`${TARGET_PREFIX} M1`, 80],
    ],
  };
  const fileOf = (code: string) => `ОО ${code}.xlsx`;
  const registry = toSheet(
    SHEET_NAMES.registry,
    registryColumns,
    codes.map((code, i) => {
      const info = schoolInfo(i);
      return {
        // The registry no longer keeps the full name and the responsible person; the draw stays, so the sample's
        // random stream (and every figure after it) is what it was.
        ...(personName(rnd, rnd.chance(0.8)) && {}),
        code,
        shortName: info.name,
        kind: info.kind,
        email: `school${code}@kuzroo.example`,
        spreadsheet: options.perSchool ? fileOf(code) : null,
      };
    }),
  );

  const district: SheetData[] = [params, registry];
  const schoolFiles = new Map<string, SheetData[]>();
  codes.forEach((code, i) => {
    const size =
      typeof options.teachersPerSchool === 'number'
        ? options.teachersPerSchool
        : options.teachersPerSchool[i % options.teachersPerSchool.length];
    const generated = schoolSheets(rnd, i, size, options.mistakes, schoolInfo(i).kind);
    const filled = options.handmade && i === HANDMADE_INDEX ? handmadeSheets() : generated;
    // A school that did not submit still has the empty sheets «Настроить таблицу» made: headers only.
    const headersOnly = (s: SheetData): SheetData => ({ ...s, values: s.values.slice(0, 1) });
    const sheets = notSubmitted.has(code)
      ? {
          teachers: headersOnly(generated.teachers),
          courses: headersOnly(generated.courses),
          events: generated.events && headersOnly(generated.events),
        }
      : filled;
    const named = (kind: SchoolSheetKind, s: SheetData): SheetData => ({
      ...s,
      name: options.perSchool ? kind : schoolSheetName(code, kind),
    });
    const own = [named('Педагоги', sheets.teachers), named('Курсы', sheets.courses)];
    if (sheets.events) own.push(named('Мероприятия', sheets.events));
    if (options.perSchool) schoolFiles.set(fileOf(code), own);
    else district.push(...own);
  });
  return { district, schoolFiles };
}
