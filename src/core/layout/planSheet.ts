// `План ПК`: teachers whose qualification expires by the end of the next period (PK4) — names stay here, never in the report.
import { SHEET_NAMES } from '../catalogue/sheets';
import type { BuildResult } from '../district';
import type { ModelCell, SheetModel } from './model';
import { REQUESTS_HEADER, REQUESTS_WIDTHS, requestRows } from './requestsTable';

export const PLAN_HEADER = ['Код', 'Образовательная организация', 'Педагог', 'Должность', 'Предмет', 'Последний курс окончен'];

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
  // Teachers' requests (issue 10) stand to the right, after an empty column; a district without them sees the list alone.
  const requests = requestRows(result);
  if (requests.length === 0) {
    return { name: SHEET_NAMES.coursePlan, header: [PLAN_HEADER], rows, frozenRows: 1, frozenColumns: 0, columnWidths: widths };
  }
  const blank = (n: number): ModelCell[] => Array.from({ length: n }, () => ({ value: null }));
  const height = Math.max(rows.length, requests.length);
  return {
    name: SHEET_NAMES.coursePlan,
    header: [[...PLAN_HEADER, '', ...REQUESTS_HEADER]],
    rows: Array.from({ length: height }, (_, i) => [...(rows[i] ?? blank(PLAN_HEADER.length)), { value: null }, ...(requests[i] ?? blank(REQUESTS_HEADER.length))]),
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [...widths, 30, ...REQUESTS_WIDTHS],
  };
}
