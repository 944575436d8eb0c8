// The region's summary.xlsx: districts × indicators, schools × indicators, districts × subjects; region total first.
import { BASE_INDICATORS, DEFICIT_INDICATORS, SUBJECT_INDICATORS, type IndicatorDef } from '../catalogue/indicators';
import { REGION_LABELS, REGION_SHEET_NAMES } from '../catalogue/region';
import type { ModelCell, SheetModel } from '../layout/model';
import { NOT_SUBMITTED, SUBMITTED } from '../layout/summarySheets';
import { indicatorCell } from '../layout/values';
import { fromJson, type Summary, type SummaryDistrict, type SummaryIndicator } from '../summary';

const SUBJECT_DEFS = [...SUBJECT_INDICATORS, ...DEFICIT_INDICATORS];

type Tone = ModelCell['tone'];

function cells(defs: readonly IndicatorDef[], values: Record<string, SummaryIndicator>, tone?: Tone): ModelCell[] {
  return defs.map((def) => ({
    ...indicatorCell(def, fromJson(def.code, values[def.code])),
    ...(tone ? { tone } : {}),
  }));
}

const int = (value: number, tone?: Tone): ModelCell => ({ value, format: 'integer', ...(tone ? { tone } : {}) });
type Counts = Pick<SummaryDistrict, 'schoolsRegistered' | 'schoolsSubmitted' | 'errors' | 'warnings'>;

function sumOf(districts: readonly SummaryDistrict[], f: (d: SummaryDistrict) => number): number {
  return districts.reduce((a, d) => a + f(d), 0);
}

function byDistrict(region: Summary, defs: readonly IndicatorDef[], name: string, withCounts: boolean): SheetModel {
  const districts = region.districts ?? [];
  const { schoolsRegistered, schoolsSubmitted, errors, warnings } = REGION_LABELS;
  const countHeads = withCounts ? [schoolsRegistered, schoolsSubmitted, errors, warnings] : [];
  const counts = (d: Counts, tone?: Tone) =>
    withCounts
      ? [int(d.schoolsRegistered, tone), int(d.schoolsSubmitted, tone), int(d.errors, tone), int(d.warnings, tone)]
      : [];
  const total = {
    schoolsRegistered: sumOf(districts, (d) => d.schoolsRegistered),
    schoolsSubmitted: sumOf(districts, (d) => d.schoolsSubmitted),
    errors: sumOf(districts, (d) => d.errors),
    warnings: sumOf(districts, (d) => d.warnings),
  };
  const rows: ModelCell[][] = [
    [
      { value: REGION_LABELS.total, tone: 'total', bold: true },
      ...counts(total, 'total'),
      ...cells(defs, region.district.indicators, 'total'),
    ],
    ...districts.map((d) => [{ value: d.municipality }, ...counts(d), ...cells(defs, d.indicators)]),
  ];
  return {
    name,
    header: [
      [REGION_LABELS.district, ...countHeads, ...defs.map((d) => d.name)],
      ['', ...countHeads.map(() => ''), ...defs.map((d) => d.code)],
    ],
    rows,
    frozenRows: 2,
    frozenColumns: 1,
    columnWidths: [240, ...countHeads.map(() => 100), ...defs.map(() => 120)],
  };
}

function bySchool(region: Summary): SheetModel {
  const defs = BASE_INDICATORS;
  const rows = region.schools.map((s): ModelCell[] => [
    { value: s.municipality ?? region.municipality },
    { value: s.code },
    { value: s.name },
    s.submitted ? { value: SUBMITTED } : { value: NOT_SUBMITTED, tone: 'muted' },
    ...(s.submitted ? cells(defs, s.indicators) : defs.map(() => ({ value: null }))),
  ]);
  return {
    name: REGION_SHEET_NAMES.bySchool,
    header: [
      [REGION_LABELS.district, 'Код', 'Образовательная организация', 'Статус', ...defs.map((d) => d.name)],
      ['', '', '', '', ...defs.map((d) => d.code)],
    ],
    rows,
    frozenRows: 2,
    frozenColumns: 3,
    columnWidths: [200, 60, 240, 110, ...defs.map(() => 120)],
  };
}

/** `По районам`, `По ОО`, `По предметам`: what the region's summary.xlsx (and the region spreadsheet) shows. */
export function regionSheets(region: Summary): SheetModel[] {
  return [
    byDistrict(region, BASE_INDICATORS, REGION_SHEET_NAMES.byDistrict, true),
    bySchool(region),
    byDistrict(region, SUBJECT_DEFS, REGION_SHEET_NAMES.bySubject, false),
  ];
}
