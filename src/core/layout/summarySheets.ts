// `Сводная` and `Сводная по предметам`: schools × indicators, district total first, targets marked.
import { DISTRICT_TOTAL } from '../catalogue/labels';
import { SCHOOL_STATUSES } from '../catalogue/statuses';
import { BASE_INDICATORS, DEFICIT_INDICATORS, SUBJECT_INDICATORS, type IndicatorDef } from '../catalogue/indicators';
import { SCHOOL_SHEET_KINDS, SHEET_NAMES } from '../catalogue/sheets';
import type { BuildResult, IndicatorValue, SchoolResult } from '../districtResult';
import type { ModelCell, SheetModel } from './model';
import { indicatorCell, targetCell } from './values';

export const NOT_SUBMITTED = 'не сдала данные';
export const SUBMITTED = 'сдала';

const ROW_PARTS = [
  ['read', 'прочитано'],
  ['used', 'учтено'],
  ['excluded', 'исключено'],
] as const;

function indicatorRow(
  defs: readonly IndicatorDef[],
  values: Record<string, IndicatorValue>,
  below: readonly string[],
  tone?: ModelCell['tone'],
): ModelCell[] {
  return defs.map((def) => {
    const cell = indicatorCell(def, values[def.code]);
    if (below.includes(def.code)) cell.tone = 'below-target';
    else if (tone) cell.tone = tone;
    return cell;
  });
}

/** The status against the deadline (issue 12); a school with nothing accepted yet is muted, as before. */
function schoolHead(s: SchoolResult): ModelCell[] {
  const label = SCHOOL_STATUSES[s.status].label;
  const accepted = s.status === 'submitted' || s.status === 'submittedWithErrors';
  return [
    { value: s.school.code },
    { value: s.school.name },
    accepted ? { value: label } : { value: label, tone: 'muted' },
  ];
}

function targetsRow(result: BuildResult, defs: readonly IndicatorDef[], lead: number): ModelCell[] | null {
  if (result.targets.length === 0) return null;
  const byCode = new Map(result.targets.map((t) => [t.code, t.target]));
  if (!defs.some((d) => byCode.has(d.code))) return null;
  const head: ModelCell[] = [
    { value: '', tone: 'target' },
    { value: 'Цель', tone: 'target', bold: true },
    { value: '', tone: 'target' },
  ];
  return [
    ...head,
    ...defs.map((d) => targetCell(d, byCode.get(d.code))),
    ...Array.from({ length: lead }, () => ({ value: null, tone: 'target' as const })),
  ];
}

export function summarySheet(result: BuildResult): SheetModel {
  const defs = BASE_INDICATORS;
  const rowHeaders = SCHOOL_SHEET_KINDS.flatMap((k) => ROW_PARTS.map(([, label]) => `${k}: ${label}`));
  const header = [
    ['Код', 'Образовательная организация', 'Статус', ...defs.map((d) => d.name), ...rowHeaders],
    ['', '', '', ...defs.map((d) => d.code), ...rowHeaders.map(() => '')],
  ];
  const rowCells = (s: Pick<SchoolResult, 'rows'>, tone?: ModelCell['tone']): ModelCell[] =>
    SCHOOL_SHEET_KINDS.flatMap((k) =>
      ROW_PARTS.map(([part]) => ({ value: s.rows[k][part], format: 'integer' as const, ...(tone ? { tone } : {}) })),
    );
  const totals = {
    rows: Object.fromEntries(
      SCHOOL_SHEET_KINDS.map((k) => [
        k,
        {
          read: sum(result.schools, (s) => s.rows[k].read),
          used: sum(result.schools, (s) => s.rows[k].used),
          excluded: sum(result.schools, (s) => s.rows[k].excluded),
        },
      ]),
    ) as SchoolResult['rows'],
  };
  const submitted = result.schools.filter((s) => s.submitted).length;
  const rows: ModelCell[][] = [
    [
      { value: '', tone: 'total' },
      { value: DISTRICT_TOTAL, tone: 'total', bold: true },
      { value: `${submitted} из ${result.schools.length}`, tone: 'total' },
      ...indicatorRow(defs, result.district, [], 'total'),
      ...rowCells(totals, 'total'),
    ],
  ];
  const targets = targetsRow(result, defs, rowHeaders.length);
  if (targets) rows.push(targets);
  for (const s of result.schools) {
    rows.push([
      ...schoolHead(s),
      ...(s.submitted ? indicatorRow(defs, s.indicators, s.belowTarget) : defs.map(() => ({ value: null }))),
      ...rowCells(s),
    ]);
  }
  return {
    name: SHEET_NAMES.summary,
    header,
    rows,
    frozenRows: 2,
    frozenColumns: 2,
    columnWidths: [60, 240, 110, ...defs.map(() => 120), ...rowHeaders.map(() => 100)],
  };
}

export function subjectSheet(result: BuildResult): SheetModel {
  const defs = [...SUBJECT_INDICATORS, ...DEFICIT_INDICATORS];
  const header = [
    ['Код', 'Образовательная организация', 'Статус', ...defs.map((d) => d.name)],
    ['', '', '', ...defs.map((d) => d.code)],
  ];
  const rows: ModelCell[][] = [
    [
      { value: '', tone: 'total' },
      { value: DISTRICT_TOTAL, tone: 'total', bold: true },
      { value: '', tone: 'total' },
      ...indicatorRow(defs, result.district, [], 'total'),
    ],
  ];
  const targets = targetsRow(result, defs, 0);
  if (targets) rows.push(targets);
  for (const s of result.schools) {
    rows.push([
      ...schoolHead(s),
      ...(s.submitted ? indicatorRow(defs, s.indicators, s.belowTarget) : defs.map(() => ({ value: null }))),
    ]);
  }
  return {
    name: SHEET_NAMES.summaryBySubject,
    header,
    rows,
    frozenRows: 2,
    frozenColumns: 2,
    columnWidths: [60, 240, 110, ...defs.map(() => 130)],
  };
}

function sum<T>(items: readonly T[], f: (t: T) => number): number {
  return items.reduce((acc, t) => acc + f(t), 0);
}
