// Small counting helpers the indicator catalogue is written with (shared by its files).
import type { Course } from '../school/courses';
import type { ProEvent } from '../school/events';
import type { SchoolFacts, TeacherFacts } from '../school/facts';

/** How many teachers of T satisfy `pred`. */
export const count = (pred: (t: TeacherFacts) => boolean) => (s: SchoolFacts) => {
  let n = 0;
  for (const t of s.teachers) if (pred(t)) n++;
  return n;
};
export const T = (s: SchoolFacts) => s.teachers.length;
export const hasPeriodCourse = (t: TeacherFacts, pred: (c: Course) => boolean) => t.periodCourses.some(pred);
export const hasPeriodEvent = (t: TeacherFacts, pred: (e: ProEvent) => boolean) => t.periodEvents.some(pred);

export const TEACHERS_TEXT = 'число педагогов, учтённых на листах «Педагоги» (T)';
