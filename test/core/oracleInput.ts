// The differential test's input: a teacher's true values, and the messy ways a school types them into cells.
import fc from 'fast-check';
import {
  CATEGORIES,
  COURSE_TOPICS,
  DEFICIT_TYPES,
  EVENT_KINDS,
  EVENT_LEVELS,
  EVENT_RESULTS,
  IOM,
  MENTORING,
  PROGRAM_KINDS,
  PROVIDER_TYPES,
  SCHOOL_KINDS,
  DISTRICT_ITEM_KINDS,
  STUDY_FORMS,
  SUBJECTS,
} from '../../src/core/catalogue/lists';
import type { CellValue } from '../../src/core/cells';
import { toSerial } from '../../src/core/dates';
import { COURSE_HEADER, TEACHER_HEADER, type Row } from '../support/district';
import type { GrowthItem, GrowthSchool } from './oracleGrowth';

// The true values of one teacher, as docs/indicators.md defines them (ISO dates, booleans, list values).
export interface TrueCourse {
  kind: string;
  providerType: string;
  form: string;
  end: string;
  targeted: boolean | null;
  pedagogical: boolean | null;
  satisfaction: number | null;
  hours: number;
  topic: string | null;
  addressed: string[];
}
export interface TrueEvent {
  kind: string;
  level: string;
  date: string;
  result: string | null;
}
export interface TrueTeacher {
  name: string;
  subjects: string[];
  birth: number;
  experience: number;
  profile: boolean | null;
  category: string | null;
  partTime: boolean | null;
  diagnostics: string | null;
  deficits: string[];
  iom: string | null;
  mentoring: string | null;
  active: boolean | null;
  network: boolean | null;
  expert: boolean | null;
  innovation: boolean | null;
  courses: TrueCourse[];
  events: TrueEvent[];
  attestation: string;
  overcome: string[];
  overcomeDate: string | null;
  request: string[];
  left: string | null;
}

export const END = '2021-08-31';
export const START = '2020-09-01';
// Dates around every boundary that matters: the 3-year windows, the plan window, the period itself.
export const EDGE_DATES = [
  '2018-08-31',
  '2018-09-01',
  '2019-08-31',
  '2019-09-01',
  '2020-08-31',
  '2020-09-01',
  '2021-08-31',
  '2021-09-01',
];
export const isoDay = fc.oneof(
  fc.constantFrom(...EDGE_DATES),
  fc
    .integer({ min: toSerial('2016-01-01'), max: toSerial('2022-03-01') })
    .map((s) => new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10)),
);
export const bool = fc.constantFrom<boolean | null>(true, false, null);
export const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

export const trueTeacher = (name: string): fc.Arbitrary<TrueTeacher> =>
  fc.record({
    name: fc.constant(name),
    subjects: fc.subarray([...SUBJECTS], { maxLength: 2 }),
    birth: fc.integer({ min: 1950, max: 2003 }),
    experience: fc.integer({ min: 0, max: 5 }),
    profile: bool,
    category: fc.option(pick(CATEGORIES), { nil: null }),
    partTime: bool,
    diagnostics: fc.option(isoDay, { nil: null }),
    deficits: fc.subarray([...DEFICIT_TYPES], { maxLength: 3 }),
    iom: fc.option(pick(IOM), { nil: null }),
    mentoring: fc.option(pick(MENTORING), { nil: null }),
    active: bool,
    network: bool,
    expert: bool,
    innovation: bool,
    courses: fc.array(
      fc.record({
        kind: pick(PROGRAM_KINDS),
        providerType: pick(PROVIDER_TYPES),
        form: pick(STUDY_FORMS),
        end: isoDay,
        targeted: bool,
        pedagogical: bool,
        satisfaction: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        hours: fc.constantFrom(1, 15, 16),
        topic: fc.option(pick(COURSE_TOPICS), { nil: null }),
        addressed: fc.subarray([...DEFICIT_TYPES], { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    attestation: fc.constantFrom('2020-08-31', '2020-09-01', '2021-08-31', '2019-03-15'),
    overcome: fc.subarray([...DEFICIT_TYPES], { maxLength: 3 }),
    overcomeDate: fc.option(isoDay, { nil: null }),
    request: fc.subarray([...COURSE_TOPICS], { maxLength: 2 }),
    left: fc.option(
      isoDay.filter((d) => d <= END),
      { nil: null, freq: 4 },
    ),
    events: fc.array(
      fc.record({
        kind: pick(EVENT_KINDS),
        level: pick(EVENT_LEVELS),
        date: isoDay,
        result: fc.option(pick(EVENT_RESULTS), { nil: null }),
      }),
      { maxLength: 3 },
    ),
  });

// How schools really type the same values: case, spaces, look-alikes, да/нет spellings, date forms.
const lookalike = (s: string) => s.replace(/а/g, 'a').replace(/о/g, 'o').replace(/е/g, 'e');
export function spellList(v: string | null, variant: number): CellValue {
  if (v === null) return null;
  return [v, v.toUpperCase(), `  ${v}  `, lookalike(v)][variant % 4];
}
export function spellBool(v: boolean | null, variant: number): CellValue {
  if (v === null) return null;
  return (v ? ['да', 'Да', '+', 1, true, 'дa'] : ['нет', 'НЕТ', '-', 0, false, 'нeт'])[variant % 6];
}
export function spellDate(iso: string | null, variant: number): CellValue {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-');
  return [new Date(`${iso}T00:00:00Z`), `${d}.${m}.${y}`, iso, toSerial(iso)][variant % 4];
}

export function cells(t: TrueTeacher, v: number): { teacher: Row; courses: Row[]; events: Row[] } {
  return {
    teacher: {
      ФИО: v % 3 === 0 ? ` ${t.name.toUpperCase()} ` : t.name,
      Должность: 'учитель',
      Предмет: t.subjects.map((s, i) => spellList(s, v + i)).join(v % 2 ? '; ' : ','),
      'Год рождения': v % 2 ? t.birth : `${t.birth}`,
      'Педагогический стаж': v % 2 ? t.experience : `${t.experience},0`,
      'Соответствие профилю': spellBool(t.profile, v),
      Категория: spellList(t.category, v),
      Совместитель: spellBool(t.partTime, v + 1),
      'Дата аттестации': spellDate(t.attestation, v),
      'Дефициты преодолены': t.overcome.join(v % 2 ? ', ' : '; '),
      'Дата повторной диагностики': spellDate(t.overcomeDate, v + 1),
      'Запрос на ПК: тематика': t.request.map((r, k) => spellList(r, v + k)).join('; '),
      'Дата увольнения': spellDate(t.left, v + 2),
      'Диагностика дефицитов': spellDate(t.diagnostics, v),
      'Выявленные дефициты': t.deficits.join('; ') || (v % 2 ? 'нет' : null),
      ИОМ: spellList(t.iom, v + 2),
      Наставничество: spellList(t.mentoring, v + 3),
      'Методический актив': spellBool(t.active, v + 2),
      'Сетевое сообщество': spellBool(t.network, v + 3),
      'Эксперт ГИА': spellBool(t.expert, v + 4),
      'Инновационная деятельность': spellBool(t.innovation, v + 5),
    },
    courses: t.courses.map((c, i) => ({
      ФИО: i % 2 ? t.name.toLowerCase() : t.name,
      'Вид программы': spellList(c.kind, v + i),
      'Название программы': 'Программа',
      Организация: 'Институт',
      'Тип организации': spellList(c.providerType, v + i + 1),
      Часы: c.hours === 16 && c.kind !== 'повышение квалификации' ? 260 : c.hours,
      Тематика: spellList(c.topic, v + i),
      'Устраняемый дефицит': c.addressed.map((d, k) => spellList(d, v + k)).join('; '),
      'Форма обучения': spellList(c.form, v + i + 2),
      'Дата окончания': spellDate(c.end, v + i),
      Адресная: spellBool(c.targeted, v + i),
      'Педагогической направленности': spellBool(c.pedagogical, v + i + 1),
      'Удовлетворенность, %': c.satisfaction,
    })),
    events: t.events.map((e, i) => ({
      ФИО: t.name,
      Вид: spellList(e.kind, v + i),
      Уровень: spellList(e.level, v + i + 1),
      Название: 'Мероприятие',
      Дата: spellDate(e.date, v + i + 2),
      Результат: spellList(e.result, v + i + 3),
    })),
  };
}

// Issue 10's columns, after the first ones: a workbook set up again by «Настроить таблицу».
export const TEACHERS = [
  ...TEACHER_HEADER,
  'Дефициты преодолены',
  'Дата повторной диагностики',
  'Запрос на ПК: тематика',
  'Дата увольнения',
];
export const COURSES = [...COURSE_HEADER, 'Тематика', 'Устраняемый дефицит'];
export const REGISTRY = [
  'Код',
  'Краткое наименование',
  'Вид',
  'Ниже порога ВПР, %',
  'Ниже порога ОГЭ, %',
  'Ниже порога ЕГЭ, %',
  'Низкие результаты',
  'Признаки необъективности',
];
export const DISTRICT = ['Вид', 'Название', 'Участников', 'Программа поддержки', 'ОО', 'Дата'];
export const percent = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
export const trueSchool = (code: string): fc.Arbitrary<GrowthSchool & { kind: string }> =>
  fc.record({
    code: fc.constant(code),
    kind: pick(SCHOOL_KINDS),
    vpr: percent,
    oge: percent,
    ege: percent,
    low: bool,
    biased: bool,
  });
export const trueItem: fc.Arbitrary<GrowthItem> = fc.record({
  kind: pick(DISTRICT_ITEM_KINDS),
  members: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  support: bool,
  school: fc.option(fc.constantFrom('01', '02', '99'), { nil: null }),
  date: fc.option(isoDay, { nil: null }),
});

export const KIND_GROUPS: Record<string, string[]> = {
  школы: ['СОШ', 'ООШ', 'НОШ', 'гимназия', 'лицей'],
  ДОУ: ['ДОУ'],
  УДО: ['УДО'],
  'другие и без вида': ['другое'],
};

export const schoolOf = (prefix: string) =>
  fc
    .integer({ min: 1, max: 7 })
    .chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => trueTeacher(`${prefix} Педагог ${i + 1}`))));
