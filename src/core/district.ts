// The district build: settings and registry first, then each school (possibly in chunks), then the sums.
import { INDICATORS, INDICATOR_BY_CODE, type IndicatorDef } from './catalogue/indicators';
import { courseColumns, registryColumns, SCHOOL_SHEET_KINDS, SHEET_NAMES, schoolSheetName, type SchoolSheetKind } from './catalogue/sheets';
import { a1, cellText, parseA1 } from './cells';
import type { IsoDate } from './dates';
import { DataError } from './errors';
import { issue, q, shown, type Issue } from './issues';
import { readRegistry, type School } from './registry';
import { emptyAnalysis, type Figure, type PlanEntry, type SchoolAnalysis } from './school/analyse';
import type { RowCount } from './school/context';
import { readSettings, type Settings } from './settings';
import type { SheetData, SheetPlace } from './table';
import { matchKey } from './text';

/** Where a school's three sheets are: tabs of the district workbook, or a spreadsheet of its own. */
export type SchoolSource =
  | { mode: 'shared'; sheets: Partial<Record<SchoolSheetKind, string>> }
  | { mode: 'file'; link: string };

export interface DistrictPlan {
  settings: Settings;
  schools: School[];
  sources: Record<string, SchoolSource>;
  /** Issues of `Параметры`, `ОО` and of sheets that belong to no registered school. */
  issues: Issue[];
  /** Why the registry gave no school (a mistyped «Код» header is named): a build stops with it, setup does not. */
  noSchools?: string;
}

/** A report about «все 0 ОО» is no report: both worlds' builds stop here with one message. */
export function requireSchools(plan: DistrictPlan): void {
  if (plan.schools.length === 0) throw new DataError(plan.noSchools ?? `В реестре ${q(SHEET_NAMES.registry)} нет ни одной ОО.`);
}

export interface DistrictTabs {
  parameters?: SheetData;
  registry?: SheetData;
  /** Names of all sheets of the district workbook, in order. */
  sheetNames: readonly string[];
}

const INDICATOR_BY_KEY = new Map(INDICATORS.map((i) => [matchKey(i.code), i.code]));
/** Codes typed in Russian letters: ПК3 is PK3 (ПК — повышение квалификации), Д1 is D1, И1 is I1 (К, М, А, Е fold already). */
const RUSSIAN_CODE_LETTERS: Record<string, string> = { п: 'р', д: 'd', и: 'i' };
export const canonicalIndicator = (typed: string): string | null => {
  const key = matchKey(typed);
  const folded = key.replace(/^[^\d:]+/, (letters) => letters.replace(/[пди]/g, (ch) => RUSSIAN_CODE_LETTERS[ch] ?? ch));
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
    throw new DataError(`В книге нет листа ${q(SHEET_NAMES.registry)} с реестром образовательных организаций. Это не книга района PedMonitor: создайте её командой «pedmonitor template» или меню «Настроить таблицу».`);
  }
  const { settings, issues: settingsIssues } = readSettings(tabs.parameters, today, canonicalIndicator);
  const { schools, issues: registryIssues } = readRegistry(tabs.registry, { periodEnd: settings.period.end });
  const sources: Record<string, SchoolSource> = {};
  const claimed = new Set<string>();
  for (const s of schools) {
    if (s.spreadsheet) {
      sources[s.code] = { mode: 'file', link: s.spreadsheet };
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
    sources[s.code] = { mode: 'shared', sheets };
  }
  const issues = [...settingsIssues, ...registryIssues];
  const kindKeys = SCHOOL_SHEET_KINDS.map((k) => ` ${matchKey(k)}`);
  for (const name of tabs.sheetNames) {
    if (claimed.has(name)) continue;
    const key = matchKey(name);
    if (kindKeys.some((k) => key.endsWith(k))) {
      issues.push(issue({
        sheet: name, cell: 'A1', row: 1, column: '', code: 'sheet_unregistered',
        message: `Лист ${q(name)} не относится ни к одной ОО из реестра ${q(SHEET_NAMES.registry)} и не учитывается. Проверьте код ОО в названии листа и в реестре.`,
      }));
    }
  }
  return { settings, schools, sources, issues, ...(schools.length === 0 ? { noSchools: noSchools(tabs.registry) } : {}) };
}

/** Why the registry gave no school: a mistyped «Код» header is named with what the first row holds instead. */
function noSchools(registry: SheetData): string {
  const codeHeader = registryColumns.code.header;
  const headers = (registry.values[0] ?? []).map(cellText).filter((h) => h !== '');
  if (!headers.some((h) => matchKey(h) === matchKey(codeHeader))) {
    const typed = headers.length > 0 ? ` (в первой строке: ${headers.slice(0, 8).map((h) => shown(h, 40)).join(', ')})` : '';
    return `В реестре ${q(SHEET_NAMES.registry)} нет столбца ${q(codeHeader)}${typed}, поэтому не найдено ни одной ОО. Исправьте заголовок по шаблону и повторите сборку.`;
  }
  return `В реестре ${q(SHEET_NAMES.registry)} нет ни одной ОО с кодом. Заполните реестр (столбцы ${q(codeHeader)} и ${q(registryColumns.shortName.header)}) и повторите сборку.`;
}

/** The district's name for a school sheet, and the real one when it is in the school's own file. */
export function schoolPlace(school: School, kind: SchoolSheetKind, source: SchoolSource, actualName?: string): SheetPlace {
  if (source.mode === 'shared') return { sheet: actualName ?? schoolSheetName(school.code, kind), school: school.code };
  return { sheet: schoolSheetName(school.code, kind), school: school.code, external: { file: source.link, sheetName: actualName ?? kind } };
}

/** In a school's own spreadsheet the sheets are `Педагоги` etc. (`<код> Педагоги` is accepted too). */
export function findSchoolFileSheet(sheetNames: readonly string[], school: School, kind: SchoolSheetKind): string | undefined {
  return findSheet(sheetNames, kind) ?? findSheet(sheetNames, schoolSheetName(school.code, kind));
}

/** One issue for a school whose own spreadsheet cannot be opened: it counts as «не сдала данные». */
export function unavailableSchool(school: School, reason: string): SchoolAnalysis {
  const column = registryColumns.spreadsheet.header;
  return emptyAnalysis(school.code, [issue({
    sheet: SHEET_NAMES.registry, cell: school.spreadsheetCell ?? a1(school.row, 7), row: school.row, column, code: 'school_file_unavailable', school: school.code,
    message: `Таблица ОО ${q(school.name)} недоступна: ${reason} Данные ОО не учтены (не сдала данные). Проверьте ссылку в столбце ${q(column)} и доступ к файлу.`,
  })]);
}

export type IndicatorValue =
  | { kind: 'count'; value: number }
  | { kind: 'share' | 'mean'; numerator: number; denominator: number; value: number | null };

export interface SchoolResult {
  school: School;
  submitted: boolean;
  rows: Record<SchoolSheetKind, RowCount>;
  indicators: Record<string, IndicatorValue>;
  /** Codes of indicators whose target this school misses. */
  belowTarget: string[];
  plan: PlanEntry[];
}

export interface TargetStatus {
  code: string;
  target: number;
  /** District value on the target's scale (percent for shares). */
  districtValue: number | null;
  below: string[];
}

export interface BuildResult {
  settings: Settings;
  schools: SchoolResult[];
  district: Record<string, IndicatorValue>;
  targets: TargetStatus[];
  issues: Issue[];
}

export function roundValue(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function toValue(def: IndicatorDef, f: Figure): IndicatorValue {
  if (def.kind === 'count') return { kind: 'count', value: f.numerator };
  const d = f.denominator ?? 0;
  return { kind: def.kind, numerator: roundValue(f.numerator), denominator: d, value: d === 0 ? null : roundValue(f.numerator / d) };
}

/** The value a target is compared with: percent for shares, the value itself otherwise. */
export function targetScale(def: IndicatorDef, v: IndicatorValue): number | null {
  if (v.kind === 'count') return v.value;
  if (v.value === null) return null;
  return def.kind === 'share' ? (v.numerator / v.denominator) * 100 : v.value;
}

export function assembleDistrict(plan: DistrictPlan, analyses: readonly SchoolAnalysis[]): BuildResult {
  const byCode = new Map(analyses.map((a) => [a.code, a]));
  const sums: Record<string, Figure> = {};
  for (const def of INDICATORS) sums[def.code] = def.denominator ? { numerator: 0, denominator: 0 } : { numerator: 0 };
  const schools: SchoolResult[] = plan.schools.map((school) => {
    const a = byCode.get(school.code) ?? emptyAnalysis(school.code);
    const indicators: Record<string, IndicatorValue> = {};
    if (a.submitted) {
      for (const def of INDICATORS) {
        const f = a.figures[def.code];
        if (!f) continue;
        indicators[def.code] = toValue(def, f);
        const s = sums[def.code];
        s.numerator += f.numerator;
        if (s.denominator !== undefined) s.denominator += f.denominator ?? 0;
      }
    }
    return { school, submitted: a.submitted, rows: a.rows, indicators, belowTarget: [], plan: a.plan };
  });
  const district: Record<string, IndicatorValue> = {};
  for (const def of INDICATORS) district[def.code] = toValue(def, sums[def.code]);

  const targets: TargetStatus[] = plan.settings.targets.map((t) => {
    const def = INDICATOR_BY_CODE.get(t.code) as IndicatorDef;
    const below: string[] = [];
    for (const s of schools) {
      const v = s.indicators[t.code];
      const x = v ? targetScale(def, v) : null;
      if (x !== null && x < t.value - 1e-9) {
        below.push(s.school.code);
        if (!s.belowTarget.includes(t.code)) s.belowTarget.push(t.code);
      }
    }
    return { code: t.code, target: t.value, districtValue: targetScale(def, district[t.code]), below };
  });

  const issues = [...plan.issues, ...analyses.flatMap((a) => a.issues), ...duplicateCertificates(plan, analyses)];
  return { settings: plan.settings, schools, district, targets, issues: sortIssues(issues, plan) };
}

function duplicateCertificates(plan: DistrictPlan, analyses: readonly SchoolAnalysis[]): Issue[] {
  const order = new Map(plan.schools.map((s, i) => [s.code, i]));
  const sorted = [...analyses].sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
  const first = new Map<string, { sheet: string; cell: string }>();
  const out: Issue[] = [];
  for (const a of sorted) {
    for (const c of a.certificates) {
      const key = matchKey(c.number).replace(/[\s№#]/g, '');
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { sheet: c.sheet, cell: c.cell });
        continue;
      }
      const external = a.issues.find((i) => i.sheet === c.sheet && i.external)?.external;
      out.push(issue({
        sheet: c.sheet, cell: c.cell, row: c.row, column: courseColumns.certificate.header, code: 'certificate_duplicate', school: a.code,
        ...(external ? { external } : {}),
        message: `Номер документа ${q(c.number)} уже указан: лист ${q(seen.sheet)}, ячейка ${seen.cell}. Проверьте, не внесён ли курс дважды.`,
      }));
    }
  }
  return out;
}

/** Parameters, registry, then schools in registry order (sheets in catalogue order), each by row and column. */
function sortIssues(issues: Issue[], plan: DistrictPlan): Issue[] {
  const rank = new Map<string, number>([[SHEET_NAMES.parameters, 0], [SHEET_NAMES.registry, 1]]);
  const schoolRank = new Map(plan.schools.map((s, i) => [s.code, i]));
  const kindRank = (sheet: string) => SCHOOL_SHEET_KINDS.findIndex((k) => matchKey(sheet).endsWith(matchKey(k)));
  const rankOf = (i: Issue): number => {
    const r = rank.get(i.sheet);
    if (r !== undefined) return r;
    if (i.school !== undefined) return 2 + (schoolRank.get(i.school) ?? 0) * 3 + Math.max(0, kindRank(i.sheet));
    return 2 + plan.schools.length * 3;
  };
  return issues
    .map((i, index) => ({ i, index, rank: rankOf(i), col: parseA1(i.cell)?.column ?? 0 }))
    .sort((a, b) => a.rank - b.rank || (a.rank > 1 + plan.schools.length * 3 ? a.i.sheet.localeCompare(b.i.sheet) : 0) || a.i.row - b.i.row || a.col - b.col || a.index - b.index)
    .map((x) => x.i);
}
