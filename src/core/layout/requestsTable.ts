// Teachers' requests for PD grouped by topic and subject (issue 10): next year's course plan, drawn beside «План ПК».
import { COURSE_TOPICS, REQUEST_TIMES, STUDY_FORMS, SUBJECTS } from '../catalogue/lists';
import type { BuildResult } from '../districtResult';
import type { ModelCell } from './model';

export const REQUESTS_HEADER = [
  'Запрос на ПК: тематика',
  'Предмет',
  'Педагогов с запросом',
  'из них в плане ПК',
  'Форма обучения',
  'Срок',
];
export const REQUESTS_WIDTHS = [220, 200, 120, 120, 260, 260];
const NO_SUBJECT = 'без предмета';

interface Group {
  topic: string;
  subject: string;
  teachers: number;
  inPlan: number;
  forms: Map<string, number>;
  times: Map<string, number>;
}

const bump = (m: Map<string, number>, key: string) => {
  if (key !== '') m.set(key, (m.get(key) ?? 0) + 1);
};
/** «дистанционная — 3; очная — 1» in the catalogue's order of values. */
const tally = (m: Map<string, number>, order: readonly string[]) =>
  order
    .filter((v) => m.has(v))
    .map((v) => `${v} — ${m.get(v)}`)
    .join('; ');

/** Rows of the requests table: one per topic and subject, the most requested first; empty when nobody asked. */
export function requestRows(result: BuildResult): ModelCell[][] {
  const groups = new Map<string, Group>();
  for (const s of result.schools) {
    for (const r of s.requests) {
      const subjects = r.subjects === '' ? [NO_SUBJECT] : r.subjects.split('; ');
      for (const subject of subjects) {
        const key = `${r.topic}\u0000${subject}`;
        const g = groups.get(key) ?? {
          topic: r.topic,
          subject,
          teachers: 0,
          inPlan: 0,
          forms: new Map(),
          times: new Map(),
        };
        groups.set(key, g);
        g.teachers++;
        if (r.inPlan) g.inPlan++;
        bump(g.forms, r.form);
        bump(g.times, r.time);
      }
    }
  }
  const rank = (list: readonly string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.length);
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.teachers - a.teachers
        || rank(COURSE_TOPICS, a.topic) - rank(COURSE_TOPICS, b.topic)
        || rank(SUBJECTS, a.subject) - rank(SUBJECTS, b.subject),
    )
    .map((g) => [
      { value: g.topic },
      { value: g.subject },
      { value: g.teachers, format: 'integer' },
      { value: g.inPlan, format: 'integer' },
      { value: tally(g.forms, STUDY_FORMS) },
      { value: tally(g.times, REQUEST_TIMES) },
    ]);
}
