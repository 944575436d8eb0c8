// Validates `Педагоги`: teacher keys, duplicates and the sheet's own warnings.
import type { RowValues } from '../catalogue/columns';
import { teacherColumns } from '../catalogue/teacherColumns';
import { addYears, formatRu, yearOf, type IsoDate } from '../dates';
import { quote, type Issue } from '../issues';
import { count, YEARS } from '../plural';
import { tableIssue, type Table } from '../table';
import { teacherKey } from '../text';
import type { CheckContext, RowCount } from './context';
import { nameHeaderIssue, refuseName } from './teacherKeys';
import { checkProgress, type Progress } from './teacherProgress';

export type TeacherValues = RowValues<typeof teacherColumns>;

export interface Teacher {
  key: string;
  row: number;
  values: TeacherValues;
  /** Diagnostics date that counts for this period (a date after period end does not). */
  diagnostics: IsoDate | null;
  /** Deficits overcome and whether the teacher left (issue 10). */
  progress: Progress;
}

export interface TeachersResult {
  teachers: Teacher[];
  issues: Issue[];
  rows: RowCount;
}

/** Categories from this date on do not expire (Приказ Минпросвещения № 196); older ones last 5 years. */
const PERMANENT_CATEGORIES_FROM = '2023-09-01';
const CATEGORY_YEARS = 5;

export function checkTeachers(table: Table<typeof teacherColumns>, ctx: CheckContext): TeachersResult {
  const { period } = ctx.settings;
  const issues: Issue[] = [...table.issues, ...nameHeaderIssue(table, ctx)];
  const teachers: Teacher[] = [];
  const byKey = new Map<string, Teacher>();
  let excluded = 0;
  const at = (
    key: keyof typeof teacherColumns,
    row: number,
    code: Issue['code'],
    message: string,
    anonymous?: string,
  ) =>
    issues.push({ ...tableIssue(table, key, row, code, message), ...(anonymous === undefined ? {} : { anonymous }) });
  const header = table.headers?.name ?? table.columns.name.header;

  for (const r of table.rows) {
    const v = { ...r.values };
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
    const key = teacherKey(v.name);
    const first = byKey.get(key);
    if (first) {
      excluded++;
      const duplicate = (who: string) =>
        `Педагог${who} уже указан в строке ${first.row}. Повторная строка не учтена: оставьте одну строку на педагога.`;
      at('name', r.row, 'teacher_duplicate', duplicate(` ${quote(v.name)}`), duplicate(''));
      continue;
    }
    if (
      v.position === 'учитель'
      && v.subjects.length === 0
      && !r.invalid.has('subjects')
      && table.columnIndex.subjects
    ) {
      at(
        'subjects',
        r.row,
        'subject_missing',
        'Для учителя не указан преподаваемый предмет: он не попадёт в показатели по предметам.',
      );
    }
    const age = v.birthYear === null ? null : yearOf(period.end) - v.birthYear;
    if (age !== null && v.experience !== null && v.experience > age - 16) {
      at(
        'experience',
        r.row,
        'experience_exceeds_age',
        `Педагогический стаж ${count(v.experience, YEARS)} больше возможного при возрасте ${count(age, YEARS)}. Проверьте стаж и год рождения.`,
      );
    }
    if (v.attestationDate !== null && v.attestationDate > period.end) {
      at(
        'attestationDate',
        r.row,
        'date_after_period_end',
        `Дата аттестации ${formatRu(v.attestationDate)} позже конца отчётного периода (${formatRu(period.end)}). Значение не учтено.`,
      );
      v.attestationDate = null;
    } else if (v.category !== null && v.category !== 'без категории') {
      if (!r.filled.has('attestationDate') && table.columnIndex.attestationDate) {
        at(
          'attestationDate',
          r.row,
          'attestation_date_missing',
          `Указана категория ${quote(v.category)}, но не указана дата аттестации.`,
        );
      } else if (
        v.attestationDate !== null
        && v.attestationDate < PERMANENT_CATEGORIES_FROM
        && addYears(v.attestationDate, CATEGORY_YEARS) <= period.end
      ) {
        at(
          'attestationDate',
          r.row,
          'category_expired',
          `Категория ${quote(v.category)} от ${formatRu(v.attestationDate)} истекла ${formatRu(addYears(v.attestationDate, CATEGORY_YEARS))} (действует 5 лет). Уточните категорию и дату аттестации.`,
        );
      }
    }
    let diagnostics = v.diagnosticsDate;
    if (diagnostics !== null && diagnostics > period.end) {
      at(
        'diagnosticsDate',
        r.row,
        'diagnostics_after_period',
        `Дата диагностики ${formatRu(diagnostics)} позже конца отчётного периода (${formatRu(period.end)}): в этом периоде диагностика не учитывается.`,
      );
      diagnostics = null;
    }
    const progress = checkProgress(r, v, ctx, (k, code, message) => at(k, r.row, code, message));
    const teacher: Teacher = { key, row: r.row, values: v, diagnostics, progress };
    teachers.push(teacher);
    byKey.set(key, teacher);
  }
  return { teachers, issues, rows: { read: table.rows.length, used: teachers.length, excluded } };
}
