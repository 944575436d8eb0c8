// Per-teacher facts the indicators count (SPEC §5 definitions: age, young, valid qualification, …).
import { addYears, within, yearOf, type IsoDate } from '../dates';
import type { Settings } from '../settings';
import type { Course } from './courses';
import type { ProEvent } from './events';
import type { Teacher, TeacherValues } from './teachers';

/** Diagnostics counts as current for this many years (SPEC §5). */
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
}

export interface SchoolFacts {
  teachers: TeacherFacts[];
  periodCourses: Course[];
  periodEvents: ProEvent[];
}

export function deriveFacts(teachers: readonly Teacher[], courses: readonly Course[], events: readonly ProEvent[], settings: Settings): SchoolFacts {
  const { period, cycleYears } = settings;
  const validFrom = addYears(period.end, -cycleYears); // exclusive
  const planFrom = addYears(period.end, 1 - cycleYears); // exclusive
  const diagnosticsFrom = addYears(period.end, -DIAGNOSTICS_YEARS); // exclusive
  const endYear = yearOf(period.end);

  const byTeacher = new Map<Teacher, TeacherFacts>();
  const facts = teachers.map((t): TeacherFacts => {
    const v = t.values;
    const age = v.birthYear === null ? null : endYear - v.birthYear;
    const f: TeacherFacts = {
      values: v,
      age,
      young: age !== null && v.experience !== null && age <= settings.youngAge && v.experience < settings.youngExperience,
      pension: age !== null && age >= settings.pensionAge,
      diagnostics: t.diagnostics,
      currentDiagnostics: t.diagnostics !== null && t.diagnostics > diagnosticsFrom && t.diagnostics <= period.end,
      courses: [],
      periodCourses: [],
      validQualification: false,
      needsCourseNextPeriod: true,
      lastCourseEnd: null,
      periodEvents: [],
    };
    byTeacher.set(t, f);
    return f;
  });
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
  return { teachers: facts, periodCourses, periodEvents };
}
