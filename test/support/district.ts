// Builders for small Russian district workbooks in memory, as tests need them.
import type { CellValue } from '../../src/core/cells';
import type { SheetData } from '../../src/core/table';

export const TEACHER_HEADER = [
  'ФИО',
  'Должность',
  'Предмет',
  'Год рождения',
  'Педагогический стаж',
  'Соответствие профилю',
  'Категория',
  'Дата аттестации',
  'Совместитель',
  'Диагностика дефицитов',
  'Выявленные дефициты',
  'ИОМ',
  'Наставничество',
  'Методический актив',
  'Сетевое сообщество',
  'Эксперт ГИА',
  'Инновационная деятельность',
];
export const COURSE_HEADER = [
  'ФИО',
  'Вид программы',
  'Название программы',
  'Организация',
  'Тип организации',
  'Часы',
  'Форма обучения',
  'Дата начала',
  'Дата окончания',
  'Адресная',
  'Педагогической направленности',
  'Удовлетворенность, %',
  'Номер документа',
];
export const EVENT_HEADER = ['ФИО', 'Вид', 'Уровень', 'Название', 'Дата', 'Результат'];

export type Row = Record<string, CellValue>;

/** A sheet from a header and rows given as header → value (missing keys are empty cells). */
export function sheet(name: string, header: readonly string[], rows: readonly Row[]): SheetData {
  return { name, values: [[...header], ...rows.map((r) => header.map((h) => (h in r ? r[h] : null)))] };
}

export function parameters(values: Record<string, CellValue>): SheetData {
  return { name: 'Параметры', values: [['Параметр', 'Значение'], ...Object.entries(values).map(([k, v]) => [k, v])] };
}

export function registry(schools: { code: string; name: string; table?: string }[]): SheetData {
  return sheet(
    'ОО',
    ['Код', 'Краткое наименование', 'Вид', 'Email ответственного', 'Таблица'],
    schools.map((s) => ({ Код: s.code, 'Краткое наименование': s.name, Вид: 'СОШ', Таблица: s.table ?? null })),
  );
}

export const PERIOD_2021 = {
  'Муниципалитет': 'Кузнецкого района',
  'Начало периода': '01.09.2020',
  'Конец периода': '31.08.2021',
};

/** A teacher row with sensible defaults; override what the test is about. */
export function teacher(name: string, over: Row = {}): Row {
  return {
    ФИО: name,
    Должность: 'учитель',
    Предмет: 'Математика',
    'Год рождения': 1980,
    'Педагогический стаж': 15,
    'Соответствие профилю': 'да',
    Категория: 'первая',
    'Дата аттестации': '15.03.2019',
    Совместитель: 'нет',
    'Диагностика дефицитов': null,
    'Выявленные дефициты': null,
    ИОМ: 'нет',
    Наставничество: 'нет',
    'Методический актив': 'нет',
    'Сетевое сообщество': 'нет',
    'Эксперт ГИА': 'нет',
    'Инновационная деятельность': 'нет',
    ...over,
  };
}

export function course(name: string, end: CellValue, over: Row = {}): Row {
  return {
    ФИО: name,
    'Вид программы': 'повышение квалификации',
    'Название программы': 'Функциональная грамотность',
    Организация: 'ИРР ПО',
    'Тип организации': 'региональный ИРО/ИПК',
    Часы: 36,
    'Форма обучения': 'очная',
    'Дата начала': null,
    'Дата окончания': end,
    Адресная: 'нет',
    'Педагогической направленности': null,
    'Удовлетворенность, %': null,
    'Номер документа': null,
    ...over,
  };
}

export function event(name: string, kind: string, date: CellValue, over: Row = {}): Row {
  return { ФИО: name, Вид: kind, Уровень: 'школьный', Название: 'Мероприятие', Дата: date, Результат: null, ...over };
}

/** One school «01» in a shared workbook with the 2020/21 period. */
export function oneSchool(
  teachers: Row[],
  courses: Row[] = [],
  events: Row[] = [],
  params: Record<string, CellValue> = PERIOD_2021,
): SheetData[] {
  return [
    parameters(params),
    registry([{ code: '01', name: 'МБОУ СОШ №1' }]),
    sheet('01 Педагоги', TEACHER_HEADER, teachers),
    sheet('01 Курсы', COURSE_HEADER, courses),
    sheet('01 Мероприятия', EVENT_HEADER, events),
  ];
}

export const TODAY = '2026-11-22';
