// Per-teacher facts the indicators count (docs/indicators.md defines them: age, young, valid qualification, …).
import { addYears, within, yearOf, type IsoDate } from '../dates';
import type { DeficitType } from '../catalogue/lists';
import type { SchoolResults } from '../registry';
import type { Settings } from '../settings';
import type { Course } from './courses';
import type { ProEvent } from './events';
import type { Teacher, TeacherValues } from './teachers';

/** Diagnostics counts as current for this many years (docs/indicators.md). */
const DIAGNOSTICS_YEARS = 3;

export interface TeacherFacts {
  values: TeacherValues;
  age: number | null;
  young: boolean;
  pension: boolean;
  /** Diagnostics date that counts in this period, or null. */
  diagnostics: IsoDate | null;
  currentDiagnostics: boolean;
  /** Every counted course, any date. */
  courses: Course[];
  /** Courses that ended in the period. */
  periodCourses: Course[];
  /** A course ended in (period end − cycle, period end]. */
  validQualification: boolean;
  /** No course ended after (period end + 1 year − cycle): the next period's plan. */
  needsCourseNextPeriod: boolean;
  /** Latest course end, for the plan list. */
  lastCourseEnd: IsoDate | null;
  periodEvents: ProEvent[];
  /** Deficits named in «Выявленные дефициты» («нет» is none). */
  found: DeficitType[];
  /** Found deficits confirmed overcome by a repeat diagnostics not after period end. */
  overcome: DeficitType[];
  overcomeDate: IsoDate | null;
  /** The repeat diagnostics falls in the period. */
  overcomeInPeriod: boolean;
  /** The attestation date falls in the period. */
  attestedInPeriod: boolean;
}

export interface SchoolFacts {
  /** The staff at period end: T. */
  teachers: TeacherFacts[];
  /** Teachers who left during the period: not in T, only in the retention of young teachers. */
  leavers: TeacherFacts[];
  periodCourses: Course[];
  periodEvents: ProEvent[];
  /** What the registry says about the ОО's students' results (empty when not filled). */
  results: SchoolResults;
}

const NO_RESULTS: SchoolResults = { belowVpr: null, belowOge: null, belowEge: null, lowResults: null, biased: null };

export function deriveFacts(
  teachers: readonly Teacher[],
  courses: readonly Course[],
  events: readonly ProEvent[],
  settings: Settings,
  results: SchoolResults = NO_RESULTS,
): SchoolFacts {
  const { period, cycleYears } = settings;
  const validFrom = addYears(period.end, -cycleYears); // exclusive
  const planFrom = addYears(period.end, 1 - cycleYears); // exclusive
  const diagnosticsFrom = addYears(period.end, -DIAGNOSTICS_YEARS); // exclusive
  const endYear = yearOf(period.end);

  const byTeacher = new Map<Teacher, TeacherFacts>();
  const leavers: TeacherFacts[] = [];
  const facts: TeacherFacts[] = [];
  for (const t of teachers) {
    const v = t.values;
    const age = v.birthYear === null ? null : endYear - v.birthYear;
    const f: TeacherFacts = {
      values: v,
      age,
      young:
        age !== null && v.experience !== null && age <= settings.youngAge && v.experience < settings.youngExperience,
      pension: age !== null && age >= settings.pensionAge,
      diagnostics: t.diagnostics,
      currentDiagnostics: t.diagnostics !== null && t.diagnostics > diagnosticsFrom && t.diagnostics <= period.end,
      courses: [],
      periodCourses: [],
      validQualification: false,
      needsCourseNextPeriod: true,
      lastCourseEnd: null,
      periodEvents: [],
      found: v.deficits.filter((d): d is DeficitType => d !== 'нет'),
      overcome: t.progress.overcome,
      overcomeDate: t.progress.overcomeDate,
      overcomeInPeriod: t.progress.overcomeDate !== null && within(t.progress.overcomeDate, period.start, period.end),
      attestedInPeriod: v.attestationDate !== null && within(v.attestationDate, period.start, period.end),
    };
    // Who left is no longer staff: not in T, and his courses and events no longer count for the ОО.
    if (t.progress.leaving === 'period') leavers.push(f);
    if (t.progress.leaving !== null) continue;
    byTeacher.set(t, f);
    facts.push(f);
  }
  const periodCourses: Course[] = [];
  for (const c of courses) {
    const f = byTeacher.get(c.teacher);
    if (!f) continue;
    f.courses.push(c);
    if (within(c.end, period.start, period.end)) {
      f.periodCourses.push(c);
      periodCourses.push(c);
    }
    if (c.end > validFrom && c.end <= period.end) f.validQualification = true;
    if (c.end > planFrom) f.needsCourseNextPeriod = false;
    if (f.lastCourseEnd === null || c.end > f.lastCourseEnd) f.lastCourseEnd = c.end;
  }
  const periodEvents: ProEvent[] = [];
  for (const e of events) {
    if (!e.inPeriod) continue;
    const f = byTeacher.get(e.teacher);
    if (!f) continue;
    f.periodEvents.push(e);
    periodEvents.push(e);
  }
  return { teachers: facts, leavers, periodCourses, periodEvents, results };
}
