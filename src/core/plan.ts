// The plan of a build: settings, the registry, and where each school's three sheets are (tabs or its own file).
import { ACTIONS } from './catalogue/labels';
import { INDICATORS } from './catalogue/indicators';
import {
  registryColumns,
  SCHOOL_SHEET_KINDS,
  SHEET_NAMES,
  schoolSheetName,
  type SchoolSheetKind,
} from './catalogue/sheets';
import { cellText } from './cells';
import type { IsoDate } from './dates';
import { DataError } from './errors';
import { issue, quote, quoteTyped, type Issue } from './issues';
import { readRegistry, type School } from './registry';
import { readSettings, type Settings } from './settings';
import { readDistrictSheet, type DistrictFacts } from './districtSheet';
import type { SheetData, SheetPlace } from './table';
import { matchKey } from './text';

/** Lists a spreadsheet's sheet names and reads a sheet by name: one read per sheet, only when needed. */
export interface SheetReader {
  sheetNames: readonly string[];
  read(name: string): SheetData;
}

/** Where a school's three sheets are: tabs of the district workbook, or a spreadsheet of its own. */
export type SchoolLocation =
  { mode: 'shared'; sheets: Partial<Record<SchoolSheetKind, string>> } | { mode: 'file'; link: string };

export interface DistrictPlan {
  settings: Settings;
  schools: School[];
  locations: Record<string, SchoolLocation>;
  /** Issues of `Параметры`, `ОО`, `Район` and of sheets that belong to no registered school. */
  issues: Issue[];
  /** What the district's own indicators count: the sheet `Район` and the registry's result flags (issue 10). */
  districtFacts: DistrictFacts;
  /** The day the plan was made: a status «после срока» is judged against it. */
  today: IsoDate;
  /** The registry records submissions («Дата сдачи» column): see status.ts. */
  submissionTracked: boolean;
  /** Why the registry gave no school (a mistyped «Код» header is named): a build stops with it, setup does not. */
  noSchools?: string;
}

/** A report about «все 0 ОО» is no report: both worlds' builds stop here with one message. */
export function requireSchools(plan: DistrictPlan): void {
  if (plan.schools.length === 0)
    throw new DataError(plan.noSchools ?? `В реестре ${quote(SHEET_NAMES.registry)} нет ни одной ОО.`);
}

/** Why the registry gave no school: a mistyped «Код» header is named with what the first row holds instead. */
function noSchools(registry: SheetData): string {
  const codeHeader = registryColumns.code.header;
  const headers = (registry.values[0] ?? []).map(cellText).filter((h) => h !== '');
  if (!headers.some((h) => matchKey(h) === matchKey(codeHeader))) {
    const typed =
      headers.length > 0
        ? ` (в первой строке: ${headers
            .slice(0, 8)
            .map((h) => quoteTyped(h, 40))
            .join(', ')})`
        : '';
    return (
      `В реестре ${quote(SHEET_NAMES.registry)} нет столбца ${quote(codeHeader)}${typed}, поэтому не найдено ни одной ОО. `
      + 'Исправьте заголовок по шаблону и повторите сборку.'
    );
  }
  return (
    `В реестре ${quote(SHEET_NAMES.registry)} нет ни одной ОО с кодом. Заполните реестр `
    + `(столбцы ${quote(codeHeader)} и ${quote(registryColumns.shortName.header)}) и повторите сборку.`
  );
}

export interface DistrictTabs {
  parameters?: SheetData;
  registry?: SheetData;
  /** The optional district sheet `Район` (issue 10). */
  district?: SheetData;
  /** Names of all sheets of the district workbook, in order. */
  sheetNames: readonly string[];
}

const INDICATOR_BY_KEY = new Map(INDICATORS.map((i) => [matchKey(i.code), i.code]));
/**
 * Codes typed in Russian letters: ПК3 is PK3 (ПК — повышение квалификации), Д1 is D1, И1 is I1 (К, М, А, Е fold
 * already).
 */
const RUSSIAN_CODE_LETTERS: Record<string, string> = { п: 'р', д: 'd', и: 'i' };
export const canonicalIndicator = (typed: string): string | null => {
  const key = matchKey(typed);
  const folded = key.replace(/^[^\d:]+/, (letters) =>
    letters.replace(/[пди]/g, (ch) => RUSSIAN_CODE_LETTERS[ch] ?? ch),
  );
  return INDICATOR_BY_KEY.get(key) ?? INDICATOR_BY_KEY.get(folded) ?? null;
};

export function findSheet(sheetNames: readonly string[], wanted: string): string | undefined {
  return sheetIndex(sheetNames).get(matchKey(wanted));
}

/** `01 Педагоги` for code `01`; a code that a spreadsheet turned into the number 1 still finds `01 Педагоги`. */
function findSchoolSheet(sheetNames: readonly string[], code: string, kind: SchoolSheetKind): string | undefined {
  const exact = findSheet(sheetNames, schoolSheetName(code, kind));
  if (exact !== undefined || !/^\d+$/.test(code)) return exact;
  for (let width = code.length + 1; width <= 4; width++) {
    const padded = findSheet(sheetNames, schoolSheetName(code.padStart(width, '0'), kind));
    if (padded !== undefined) return padded;
  }
  return undefined;
}

/** matchKey(name) → name, built once per list of names (districts have hundreds of sheets). */
const indexes = new WeakMap<readonly string[], Map<string, string>>();
function sheetIndex(sheetNames: readonly string[]): Map<string, string> {
  let index = indexes.get(sheetNames);
  if (!index) {
    index = new Map();
    for (const n of sheetNames) {
      const k = matchKey(n);
      if (!index.has(k)) index.set(k, n);
    }
    indexes.set(sheetNames, index);
  }
  return index;
}

export function planDistrict(tabs: DistrictTabs, today: IsoDate): DistrictPlan {
  if (!tabs.registry) {
    throw new DataError(
      `В книге нет листа ${quote(SHEET_NAMES.registry)} с реестром образовательных организаций. Это не книга района PedMonitor: создайте её командой «pedmonitor template» или меню «${ACTIONS.setup}».`,
    );
  }
  const { settings, issues: settingsIssues } = readSettings(tabs.parameters, today, canonicalIndicator);
  const {
    schools,
    issues: registryIssues,
    submissionTracked,
  } = readRegistry(tabs.registry, { periodEnd: settings.period.end });
  const locations: Record<string, SchoolLocation> = {};
  const claimed = new Set<string>();
  for (const s of schools) {
    if (s.spreadsheet) {
      locations[s.code] = { mode: 'file', link: s.spreadsheet };
      continue;
    }
    const sheets: Partial<Record<SchoolSheetKind, string>> = {};
    for (const kind of SCHOOL_SHEET_KINDS) {
      const name = findSchoolSheet(tabs.sheetNames, s.code, kind);
      if (name) {
        sheets[kind] = name;
        claimed.add(name);
      }
    }
    locations[s.code] = { mode: 'shared', sheets };
  }
  const district = readDistrictSheet(tabs.district, schools, settings.period);
  const issues = [...settingsIssues, ...registryIssues, ...district.issues];
  const kindKeys = SCHOOL_SHEET_KINDS.map((k) => ` ${matchKey(k)}`);
  for (const name of tabs.sheetNames) {
    if (claimed.has(name)) continue;
    const key = matchKey(name);
    if (kindKeys.some((k) => key.endsWith(k))) {
      issues.push(
        issue({
          sheet: name,
          cell: 'A1',
          row: 1,
          column: '',
          code: 'sheet_unregistered',
          message: `Лист ${quote(name)} не относится ни к одной ОО из реестра ${quote(SHEET_NAMES.registry)} и не учитывается. Проверьте код ОО в названии листа и в реестре.`,
        }),
      );
    }
  }
  return {
    settings,
    schools,
    locations,
    issues,
    districtFacts: district.facts,
    today,
    submissionTracked,
    ...(schools.length === 0 ? { noSchools: noSchools(tabs.registry) } : {}),
  };
}

/** The district's name for a school sheet, and the real one when it is in the school's own file. */
export function schoolPlace(
  school: School,
  kind: SchoolSheetKind,
  source: SchoolLocation,
  actualName?: string,
): SheetPlace {
  if (source.mode === 'shared') return { sheet: actualName ?? schoolSheetName(school.code, kind), school: school.code };
  return {
    sheet: schoolSheetName(school.code, kind),
    school: school.code,
    external: { file: source.link, sheetName: actualName ?? kind },
  };
}

/** In a school's own spreadsheet the sheets are `Педагоги` etc. (`<код> Педагоги` is accepted too). */
export function findSchoolFileSheet(
  sheetNames: readonly string[],
  school: School,
  kind: SchoolSheetKind,
): string | undefined {
  return findSheet(sheetNames, kind) ?? findSheet(sheetNames, schoolSheetName(school.code, kind));
}

/**
 * The plan of a workbook: reads `Параметры`, `ОО` and, when there is one, `Район` (nothing else) through the reader.
 */
export function planWorkbook(workbook: SheetReader, today: IsoDate): DistrictPlan {
  const get = (wanted: string) => {
    const name = findSheet(workbook.sheetNames, wanted);
    return name === undefined ? undefined : workbook.read(name);
  };
  const tabs = {
    parameters: get(SHEET_NAMES.parameters),
    registry: get(SHEET_NAMES.registry),
    district: get(SHEET_NAMES.district),
  };
  return planDistrict({ ...tabs, sheetNames: workbook.sheetNames }, today);
}
