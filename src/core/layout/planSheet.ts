// `План ПК`: teachers whose qualification expires by the end of the next period (PK4) — names stay here, never in the report.
import { SHEET_NAMES } from '../catalogue/sheets';
import type { BuildResult } from '../district';
import type { ModelCell, SheetModel } from './model';

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
  return {
    name: SHEET_NAMES.coursePlan,
    header: [PLAN_HEADER],
    rows,
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [60, 240, 260, 200, 220, 150],
  };
}
