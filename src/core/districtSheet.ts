// Reads the district sheet `Район` (issue 10) into JSON-safe facts the district's own indicators count.
import { districtColumns, DISTRICT_SHEET } from './catalogue/districtColumns';
import type { DistrictItemKind } from './catalogue/lists';
import type { BoundContext } from './catalogue/columns';
import { formatRu, within, type IsoDate } from './dates';
import { quote, type Issue } from './issues';
import type { School } from './registry';
import { readTable, tableIssue, type SheetData } from './table';
import { matchKey } from './text';

/** One row of `Район` as it counts. */
export interface DistrictItem {
  kind: DistrictItemKind;
  members: number | null;
  support: boolean | null;
  /** Registry code of the ОО a методдесант went to, when it names a registered one. */
  school: string | null;
  /** A dated kind (event, letter, методдесант) whose date falls in the period; other kinds are states, always true. */
  inPeriod: boolean;
}

export interface DistrictFacts {
  items: DistrictItem[];
  /** Registry codes of ОО marked «Низкие результаты» or «Признаки необъективности» (submitted or not). */
  flagged: string[];
}

/** Kinds that happen on a date: counted only in the period. МО, communities and programmes are states. */
export const DATED_KINDS: readonly DistrictItemKind[] = [
  'семинар',
  'вебинар',
  'мастер-класс',
  'методическое письмо',
  'мотивационное мероприятие',
  'методдесант',
];

export interface DistrictSheetResult {
  facts: DistrictFacts;
  issues: Issue[];
}

export function readDistrictSheet(
  sheet: SheetData | undefined,
  schools: readonly School[],
  period: { start: IsoDate; end: IsoDate },
): DistrictSheetResult {
  const flagged = schools
    .filter((s) => s.results?.lowResults === true || s.results?.biased === true)
    .map((s) => s.code);
  if (!sheet) return { facts: { items: [], flagged }, issues: [] };
  const ctx: BoundContext = { periodEnd: period.end };
  const table = readTable(sheet, DISTRICT_SHEET.columns, { sheet: sheet.name }, ctx);
  const issues = [...table.issues];
  const at = (key: keyof typeof districtColumns, row: number, code: Issue['code'], message: string) =>
    issues.push(tableIssue(table, key, row, code, message));
  const byKey = new Map(schools.map((s) => [matchKey(s.code), s.code]));
  const items: DistrictItem[] = [];
  for (const r of table.rows) {
    const v = r.values;
    if (v.kind === null || v.title === null) continue; // reported by the table: a row without kind or title
    let inPeriod = true;
    if (DATED_KINDS.includes(v.kind)) {
      if (v.date === null) {
        inPeriod = false;
        if (!r.invalid.has('date'))
          at(
            'date',
            r.row,
            'event_date_missing',
            `Не указана дата (${v.kind}): без даты строка не учитывается в показателях периода.`,
          );
      } else if (!within(v.date, period.start, period.end)) {
        inPeriod = false;
        at(
          'date',
          r.row,
          'event_outside_period',
          `Дата ${formatRu(v.date)} вне отчётного периода (${formatRu(period.start)} — ${formatRu(period.end)}): строка не учитывается в показателях.`,
        );
      }
    }
    let school: string | null = null;
    if (v.kind === 'методдесант') {
      school = v.school === null ? null : (byKey.get(matchKey(v.school)) ?? null);
      if (school === null) {
        const typed = v.school === null ? 'не указан код ОО' : `код ${quote(v.school)} не найден в реестре`;
        at(
          'school',
          r.row,
          'district_school_unknown',
          `Методдесант: ${typed}. Впишите код ОО из реестра, иначе десант не относится ни к одной ОО.`,
        );
      }
    }
    items.push({ kind: v.kind, members: v.members, support: v.support, school, inPeriod });
  }
  return { facts: { items, flagged }, issues };
}
