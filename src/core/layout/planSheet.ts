// `План ПК`: teachers whose qualification expires by the end of the next period (PK4) — names stay here, never in the
// report.
import { SHEET_NAMES } from '../catalogue/sheets';
import { TEACHER_IDS, type TeacherIds } from '../catalogue/teacherIds';
import type { BuildResult } from '../districtResult';
import type { ModelCell, SheetModel } from './model';
import { REQUESTS_HEADER, REQUESTS_WIDTHS, requestRows } from './requestsTable';

export const PLAN_HEADER = [
  'Код',
  'Образовательная организация',
  'Педагог',
  'Должность',
  'Предмет',
  'Последний курс окончен',
];
/** Where the teacher stands in a row of `План ПК` (the school's key turns a code back into a name there). */
export const PLAN_TEACHER_COLUMN = 2;

/** In code mode the column says what it holds: a code, to be read with the school's own key. */
export function planHeader(ids: TeacherIds): string[] {
  const header = [...PLAN_HEADER];
  if (ids === 'code') header[PLAN_TEACHER_COLUMN] = TEACHER_IDS.code.header;
  return header;
}

export function planSheet(result: BuildResult): SheetModel {
  const rows: ModelCell[][] = [];
  for (const s of result.schools) {
    for (const p of s.plan) {
      rows.push([
        { value: s.school.code },
        { value: s.school.name },
        { value: p.teacher },
        { value: p.position },
        { value: p.subjects },
        p.lastCourseEnd ? { value: p.lastCourseEnd, format: 'date' } : { value: 'курсов нет', tone: 'muted' },
      ]);
    }
  }
  const widths = [60, 240, 260, 200, 220, 150];
  // Teachers' requests (issue 10) stand to the right, after an empty column; a district without them sees the list
  // alone.
  const requests = requestRows(result);
  if (requests.length === 0) {
    return {
      name: SHEET_NAMES.coursePlan,
      header: [planHeader(result.settings.teacherIds)],
      rows,
      frozenRows: 1,
      frozenColumns: 0,
      columnWidths: widths,
    };
  }
  const blank = (n: number): ModelCell[] => Array.from({ length: n }, () => ({ value: null }));
  const height = Math.max(rows.length, requests.length);
  return {
    name: SHEET_NAMES.coursePlan,
    header: [[...planHeader(result.settings.teacherIds), '', ...REQUESTS_HEADER]],
    rows: Array.from({ length: height }, (_, i) => [
      ...(rows[i] ?? blank(PLAN_HEADER.length)),
      { value: null },
      ...(requests[i] ?? blank(REQUESTS_HEADER.length)),
    ]),
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [...widths, 30, ...REQUESTS_WIDTHS],
  };
}
