// One school from its three sheets to figures, row counts and issues — JSON-safe, so builds can checkpoint.
import { ACTIONS } from '../catalogue/labels';
import { INDICATORS } from '../catalogue/indicators';
import { SCHOOL_SHEETS, SCHOOL_SHEET_KINDS, type SchoolSheetKind } from '../catalogue/sheets';
import type { IsoDate } from '../dates';
import { issue, quote, type Issue } from '../issues';
import type { School } from '../registry';
import type { Settings } from '../settings';
import { placeFields, readTable, type SheetData, type SheetPlace, type Table } from '../table';
import type { Columns } from '../catalogue/columns';
import type { RowCount } from './context';
import { checkCourses, type CertificateRef } from './courses';
import { checkEvents } from './events';
import { deriveFacts } from './facts';
import { makeRoster } from './roster';
import { checkTeachers } from './teachers';

/** numerator, and denominator for shares and means. */
export interface Figure {
  numerator: number;
  denominator?: number;
}

/** A teacher whose qualification expires by the end of the next period (names stay on protected sheets). */
export interface PlanEntry {
  teacher: string;
  position: string;
  subjects: string;
  lastCourseEnd: IsoDate | null;
}

/** A teacher's request for PD in one topic (and his subjects), for next year's plan beside «План ПК» (issue 10). */
export interface RequestEntry {
  topic: string;
  /** The teacher's subjects joined by «; », empty when none. */
  subjects: string;
  form: string;
  time: string;
  /** The teacher is in «План ПК» (needs a course in the next period). */
  inPlan: boolean;
}

export interface SchoolAnalysis {
  code: string;
  submitted: boolean;
  rows: Record<SchoolSheetKind, RowCount>;
  /** Empty when the school did not submit. */
  figures: Record<string, Figure>;
  issues: Issue[];
  certificates: CertificateRef[];
  plan: PlanEntry[];
  /** Absent in checkpoints written before issue 10. */
  requests?: RequestEntry[];
}

export interface LocatedSheet {
  data: SheetData;
  place: SheetPlace;
}

/** A school's sheets as its adapter found them; `expected` names the places of the missing ones. */
export interface SchoolSheets {
  found: Partial<Record<SchoolSheetKind, LocatedSheet>>;
  expected: Record<SchoolSheetKind, SheetPlace>;
}

const EMPTY_ROWS: RowCount = { read: 0, used: 0, excluded: 0 };

export function emptyAnalysis(code: string, issues: Issue[] = []): SchoolAnalysis {
  return {
    code,
    submitted: false,
    rows: { Педагоги: { ...EMPTY_ROWS }, Курсы: { ...EMPTY_ROWS }, Мероприятия: { ...EMPTY_ROWS } },
    figures: {},
    issues,
    certificates: [],
    plan: [],
  };
}

export function analyseSchool(settings: Settings, school: School, sheets: SchoolSheets): SchoolAnalysis {
  const ctx = { settings };
  const bounds = { periodEnd: settings.period.end };
  const present = SCHOOL_SHEET_KINDS.filter((k) => sheets.found[k]);
  if (present.length === 0) return emptyAnalysis(school.code);

  const issues: Issue[] = [];
  for (const kind of SCHOOL_SHEET_KINDS) {
    if (sheets.found[kind]) continue;
    const place = sheets.expected[kind];
    issues.push(
      issue({
        ...placeFields(place),
        cell: 'A1',
        row: 1,
        column: '',
        code: 'sheet_missing',
        message: `Не найден лист ${quote(place.sheet)}${kind === 'Педагоги' ? ': без него данные ОО не учитываются' : ': считается, что записей нет'}. Создайте лист по шаблону («${ACTIONS.setup}»).`,
      }),
    );
  }
  const table = <C extends Columns>(kind: SchoolSheetKind, columns: C): Table<C> => {
    const s = sheets.found[kind];
    return s
      ? readTable(s.data, columns, s.place, bounds)
      : readTable({ name: kind, values: [] }, columns, sheets.expected[kind], bounds);
  };
  const teachersTable = table('Педагоги', SCHOOL_SHEETS.Педагоги.columns);
  // Messages name sheets as the district knows them (`09 Педагоги`) in both modes: summary.json must not depend on
  // where the sheets live.
  const teachersSheetName = sheets.found.Педагоги?.place.sheet ?? sheets.expected.Педагоги.sheet;
  const t = checkTeachers(teachersTable, ctx);
  const roster = makeRoster(t.teachers);
  const c = checkCourses(table('Курсы', SCHOOL_SHEETS.Курсы.columns), roster, teachersSheetName, ctx);
  const e = checkEvents(table('Мероприятия', SCHOOL_SHEETS.Мероприятия.columns), roster, teachersSheetName, ctx);
  // A missing sheet's empty stand-in would report every column as missing: keep only real sheets' issues.
  const keep = (kind: SchoolSheetKind, list: Issue[]) =>
    sheets.found[kind] ? list : list.filter((i) => i.code !== 'column_missing' && i.code !== 'column_missing_optional');
  // A loop, not push(...list): a sheet with 130 000 bad cells has more issues than a call can take arguments.
  for (const list of [keep('Педагоги', t.issues), keep('Курсы', c.issues), keep('Мероприятия', e.issues)]) {
    for (const i of list) issues.push(i);
  }

  const submitted = t.rows.read > 0;
  const facts = deriveFacts(t.teachers, c.courses, e.events, settings, school.results);
  const figures: Record<string, Figure> = {};
  if (submitted) {
    for (const def of INDICATORS) {
      if (def.scope === 'district') continue;
      figures[def.code] = def.denominator
        ? { numerator: def.numerator(facts), denominator: def.denominator(facts) }
        : { numerator: def.numerator(facts) };
    }
  }
  const plan: PlanEntry[] = facts.teachers
    .filter((f) => f.needsCourseNextPeriod)
    .map((f) => ({
      teacher: f.values.name ?? '',
      position: f.values.position ?? '',
      subjects: f.values.subjects.join('; '),
      lastCourseEnd: f.lastCourseEnd,
    }));
  const requests: RequestEntry[] = facts.teachers.flatMap((f) =>
    f.values.requestTopics.map((topic) => ({
      topic,
      subjects: f.values.subjects.join('; '),
      form: f.values.requestForm ?? '',
      time: f.values.requestTime ?? '',
      inPlan: f.needsCourseNextPeriod,
    })),
  );
  return {
    code: school.code,
    submitted,
    rows: { Педагоги: t.rows, Курсы: c.rows, Мероприятия: e.rows },
    figures,
    issues,
    certificates: c.certificates,
    plan: submitted ? plan : [],
    requests: submitted ? requests : [],
  };
}
