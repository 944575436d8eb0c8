// Validates `Курсы`: the teacher, a valid end date, hours and the provider rule.
import type { RowValues } from '../catalogue/columns';
import { courseColumns } from '../catalogue/sheets';
import { formatRu, type IsoDate } from '../dates';
import type { Issue } from '../issues';
import { SHORT_COURSE_HOURS } from '../catalogue/indicatorsGrowth';
import { cellOf, tableIssue, type Table } from '../table';
import type { CheckContext, RowCount } from './context';
import { findTeacher, type Roster } from './roster';
import { nameHeaderIssue, refuseName } from './teacherKeys';
import type { Teacher } from './teachers';

export type CourseValues = RowValues<typeof courseColumns>;

export interface Course {
  teacher: Teacher;
  row: number;
  end: IsoDate;
  values: CourseValues;
}

/** A certificate number as typed, with where it stands (for the district-wide duplicate check). */
export interface CertificateRef {
  number: string;
  sheet: string;
  cell: string;
  row: number;
}

export interface CoursesResult {
  courses: Course[];
  issues: Issue[];
  rows: RowCount;
  certificates: CertificateRef[];
}

/** From this date on teachers of general education may be trained only by state or municipal organisations. */
const PROVIDER_RULE_FROM = '2025-09-01';
const MIN_HOURS = { 'повышение квалификации': 16, 'профессиональная переподготовка': 250 } as const;

export function checkCourses(
  table: Table<typeof courseColumns>,
  roster: Roster,
  teachersSheet: string,
  ctx: CheckContext,
): CoursesResult {
  const { period } = ctx.settings;
  const issues: Issue[] = [...table.issues, ...nameHeaderIssue(table, ctx)];
  const courses: Course[] = [];
  const certificates: CertificateRef[] = [];
  let excluded = 0;
  const at = (key: keyof typeof courseColumns, row: number, code: Issue['code'], message: string, anonymous?: string) =>
    issues.push({ ...tableIssue(table, key, row, code, message), ...(anonymous === undefined ? {} : { anonymous }) });
  const header = table.headers?.name ?? table.columns.name.header;

  for (const r of table.rows) {
    const v = { ...r.values };
    let keep = true;
    let teacher: Teacher | null = null;
    const refused = v.name ? refuseName(v.name, header, ctx) : null;
    if (!v.name) keep = false;
    else if (refused) {
      keep = false;
      at('name', r.row, 'teacher_name_not_code', refused);
    } else {
      const found = findTeacher(roster, v.name, teachersSheet);
      if (found.teacher) teacher = found.teacher;
      else {
        keep = false;
        at('name', r.row, 'teacher_unknown', found.message, found.anonymous);
      }
    }
    // An end date that is missing or unreadable was reported by the table; it excludes the row.
    if (v.endDate === null) keep = false;
    else if (v.startDate !== null && v.endDate < v.startDate) {
      keep = false;
      at(
        'endDate',
        r.row,
        'course_end_invalid',
        `Дата окончания ${formatRu(v.endDate)} раньше даты начала ${formatRu(v.startDate)} — курс не учтён. Исправьте даты.`,
      );
    } else if (v.endDate > period.end) {
      keep = false;
      at(
        'endDate',
        r.row,
        'course_end_invalid',
        `Дата окончания ${formatRu(v.endDate)} позже конца отчётного периода (${formatRu(period.end)}) — курс не учтён в этом периоде.`,
      );
    }
    // Under 16 h is a short course or seminar (sample document 1, docs/decisions.md): counted as such (PK14), not an
    // error.
    if (
      v.hours !== null
      && v.programKind !== null
      && v.hours >= SHORT_COURSE_HOURS
      && v.hours < MIN_HOURS[v.programKind]
    ) {
      at(
        'hours',
        r.row,
        'out_of_range',
        `Для программы вида «${v.programKind}» нужно не меньше ${MIN_HOURS[v.programKind]} часов, а указано ${v.hours}. Значение не учтено.`,
      );
      v.hours = null;
    }
    if (v.providerType === 'иная организация' && v.endDate !== null && v.endDate >= PROVIDER_RULE_FROM) {
      at(
        'providerType',
        r.row,
        'provider_not_allowed',
        `Курс окончен ${formatRu(v.endDate)} в иной организации: с 01.09.2025 педагогов общего образования обучают только государственные и муниципальные организации ДПО. Проверьте организацию.`,
      );
    }
    if (!keep || !teacher || v.endDate === null) {
      excluded++;
      continue;
    }
    courses.push({ teacher, row: r.row, end: v.endDate, values: v });
    if (v.certificate) {
      certificates.push({
        number: v.certificate,
        sheet: table.place.sheet,
        cell: cellOf(table, 'certificate', r.row),
        row: r.row,
      });
    }
  }
  return { courses, issues, rows: { read: table.rows.length, used: courses.length, excluded }, certificates };
}
