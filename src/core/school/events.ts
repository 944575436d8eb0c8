// Validates `Мероприятия`: the teacher and whether the event falls in the period.
import type { RowValues } from '../catalogue/columns';
import { eventColumns } from '../catalogue/sheets';
import { formatRu, within } from '../dates';
import type { Issue } from '../issues';
import { tableIssue, type Table } from '../table';
import type { CheckContext, RowCount } from './context';
import { findTeacher, type Roster } from './roster';
import { nameHeaderIssue, refuseName } from './teacherKeys';
import type { Teacher } from './teachers';

export type EventValues = RowValues<typeof eventColumns>;

export interface ProEvent {
  teacher: Teacher;
  row: number;
  /** Whether the event counts for this period's figures. */
  inPeriod: boolean;
  values: EventValues;
}

export interface EventsResult {
  events: ProEvent[];
  issues: Issue[];
  rows: RowCount;
}

export function checkEvents(
  table: Table<typeof eventColumns>,
  roster: Roster,
  teachersSheet: string,
  ctx: CheckContext,
): EventsResult {
  const { period } = ctx.settings;
  const issues: Issue[] = [...table.issues, ...nameHeaderIssue(table, ctx)];
  const events: ProEvent[] = [];
  let excluded = 0;
  const at = (key: keyof typeof eventColumns, row: number, code: Issue['code'], message: string, anonymous?: string) =>
    issues.push({ ...tableIssue(table, key, row, code, message), ...(anonymous === undefined ? {} : { anonymous }) });
  const header = table.headers?.name ?? table.columns.name.header;

  for (const r of table.rows) {
    const v = r.values;
    if (!v.name) {
      excluded++;
      continue;
    }
    const refused = refuseName(v.name, header, ctx);
    if (refused) {
      excluded++;
      at('name', r.row, 'teacher_name_not_code', refused);
      continue;
    }
    const found = findTeacher(roster, v.name, teachersSheet);
    if (!found.teacher) {
      excluded++;
      at('name', r.row, 'teacher_unknown', found.message, found.anonymous);
      continue;
    }
    let inPeriod = false;
    if (v.date !== null) {
      inPeriod = within(v.date, period.start, period.end);
      if (!inPeriod) {
        at(
          'date',
          r.row,
          'event_outside_period',
          `Мероприятие ${formatRu(v.date)} вне отчётного периода (${formatRu(period.start)} — ${formatRu(period.end)}) и не учитывается в показателях.`,
        );
      }
    } else if (!r.invalid.has('date') && table.columnIndex.date) {
      at(
        'date',
        r.row,
        'event_date_missing',
        'Не указана дата мероприятия: без даты оно не учитывается в показателях периода.',
      );
    }
    events.push({ teacher: found.teacher, row: r.row, inPeriod, values: v });
  }
  return { events, issues, rows: { read: table.rows.length, used: events.length, excluded } };
}
