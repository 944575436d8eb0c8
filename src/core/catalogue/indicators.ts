// The indicator catalogue (docs/indicators.md is generated from it): code, name, numerator, denominator and how
// it is computed, in words.
import type { SchoolFacts } from '../school/facts';
import type { DistrictFacts } from '../districtSheet';
import { DEFICIT_TYPES, SUBJECTS, type DeficitType, type Subject } from './lists';
import { count } from './indicatorKit';
import { ATTESTATION_INDICATORS, GROWTH_INDICATORS, TOPIC_INDICATORS } from './indicatorsGrowth';
import { DISTRICT_INDICATORS } from './indicatorsDistrict';
import { PRACTICE_INDICATORS } from './indicatorsPractice';
import { STAFF_INDICATORS } from './indicatorsStaff';

export type IndicatorKind =
  /** numerator only: people or things. */
  | 'count'
  /** numerator / denominator, shown as a percentage. */
  | 'share'
  /** Σ values / number of values, already in percent (PK9). */
  | 'mean';

export type SectionId =
  'staff' | 'courses' | 'diagnostics' | 'routes' | 'mentoring' | 'activity' | 'results' | 'district';

/** Each section's title, in the report's order (results and the district's own come after the report's sections). */
export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  staff: 'Кадровый состав',
  courses: 'Повышение квалификации',
  diagnostics: 'Диагностика профессиональных дефицитов',
  routes: 'Индивидуальные образовательные маршруты и адресные программы',
  mentoring: 'Наставничество и молодые педагоги',
  activity: 'Методическая активность и конкурсы профессионального мастерства',
  results: 'Результаты обучающихся',
  district: 'Методическая работа района',
};

interface IndicatorBase {
  code: string;
  name: string;
  kind: IndicatorKind;
  unit: '%' | 'чел.' | 'шт.';
  /** The report section whose table lists it. */
  section: SectionId;
  /** Other sections whose table lists it too (the young teachers' share beside mentoring). */
  alsoIn?: readonly SectionId[];
  /** Shown in the report's by-school table and the summary's main block. */
  key: boolean;
  /** How it is computed, for the method appendix: «numerator / denominator» for shares and means. */
  method: string;
  /**
   * What an ОО below a target should do (issue 10's indicators carry it here; the first ones' are in the report's
   * table).
   */
  measure?: string;
}

/** Computed for every ОО from its sheets; the district sums numerators and denominators. */
export interface SchoolIndicatorDef extends IndicatorBase {
  scope?: 'school';
  numerator: (s: SchoolFacts) => number;
  denominator?: (s: SchoolFacts) => number;
}

/** Computed once for the district from the sheet `Район` and the registry (issue 10): no ОО has its own value. */
export interface DistrictIndicatorDef extends IndicatorBase {
  scope: 'district';
  numerator: (d: DistrictFacts) => number;
  denominator?: (d: DistrictFacts) => number;
}

export type IndicatorDef = SchoolIndicatorDef | DistrictIndicatorDef;

/** The first indicators (staff and courses, then practice), in catalogue order. */
const FIRST_INDICATORS: readonly SchoolIndicatorDef[] = [...STAFF_INDICATORS, ...PRACTICE_INDICATORS];

/**
 * The first indicators, then what issue 10 added from the sample documents (school indicators first, the district's own
 * last).
 */
export const BASE_INDICATORS: readonly IndicatorDef[] = [
  ...FIRST_INDICATORS,
  ...GROWTH_INDICATORS,
  ...DISTRICT_INDICATORS,
];

/** The base indicators a report section's table lists, in catalogue order (breakdowns have tables of their own). */
export function sectionIndicators(id: SectionId): string[] {
  return BASE_INDICATORS.filter((d) => d.section === id || d.alsoIn?.includes(id)).map((d) => d.code);
}

export const subjectIndicatorCode = (subject: Subject) => `D1:${subject}`;
export const deficitIndicatorCode = (deficit: DeficitType) => `D2:${deficit}`;

/** D1:<предмет>: a teacher counts in each of his subjects. */
export const SUBJECT_INDICATORS: readonly SchoolIndicatorDef[] = SUBJECTS.map((subject) => ({
  code: subjectIndicatorCode(subject),
  name: `Доля педагогов, прошедших диагностику, — ${subject}`,
  kind: 'share',
  unit: '%',
  section: 'diagnostics',
  key: false,
  numerator: count((t) => t.currentDiagnostics && t.values.subjects.includes(subject)),
  denominator: count((t) => t.values.subjects.includes(subject)),
  method: `Педагоги, преподающие «${subject}», с действующей диагностикой / педагоги, преподающие «${subject}».`,
}));

/** D2:<дефицит>: teachers naming that deficit. */
export const DEFICIT_INDICATORS: readonly SchoolIndicatorDef[] = DEFICIT_TYPES.map((deficit) => ({
  code: deficitIndicatorCode(deficit),
  name: `Выявленные дефициты: ${deficit} (чел.)`,
  kind: 'count',
  unit: 'чел.',
  section: 'diagnostics',
  key: false,
  numerator: count((t) => t.values.deficits.includes(deficit)),
  method: `Педагоги, у которых в «Выявленные дефициты» указано «${deficit}».`,
}));

/** Breakdowns of issue 10: teachers by course topic, attestations by category. */
export const BREAKDOWN_INDICATORS: readonly SchoolIndicatorDef[] = [...TOPIC_INDICATORS, ...ATTESTATION_INDICATORS];

/**
 * Every indicator in the catalogue's order, the breakdowns after D1; issue 10's after them, breakdowns before district
 * ones.
 */
export const INDICATORS: readonly IndicatorDef[] = (() => {
  const d1 = FIRST_INDICATORS.findIndex((i) => i.code === 'D1');
  return [
    ...FIRST_INDICATORS.slice(0, d1 + 1),
    ...SUBJECT_INDICATORS,
    ...DEFICIT_INDICATORS,
    ...FIRST_INDICATORS.slice(d1 + 1),
    ...GROWTH_INDICATORS,
    ...BREAKDOWN_INDICATORS,
    ...DISTRICT_INDICATORS,
  ];
})();

export const INDICATOR_BY_CODE: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.map((i) => [i.code, i]));
