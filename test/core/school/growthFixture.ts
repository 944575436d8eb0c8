// Issue 10's test district: two teachers, the sheets with issue 10's columns, and a registry and «Район» to fill.
import { run } from '../../support/run';
import {
  COURSE_HEADER,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  sheet,
  TEACHER_HEADER,
  type Row,
} from '../../support/district';

export const A = 'Алексеева Мария Ивановна';
export const B = 'Борисов Олег Петрович';
export const TEACHERS = [
  ...TEACHER_HEADER,
  'Дефициты преодолены',
  'Дата повторной диагностики',
  'Запрос на ПК: тематика',
  'Запрос на ПК: форма',
  'Запрос на ПК: срок',
  'Дата увольнения',
];
export const COURSES = [...COURSE_HEADER, 'Тематика', 'Устраняемый дефицит'];
export const REGISTRY = [
  'Код',
  'Краткое наименование',
  'Вид',
  'Email ответственного',
  'Таблица',
  'Ниже порога ВПР, %',
  'Ниже порога ОГЭ, %',
  'Ниже порога ЕГЭ, %',
  'Низкие результаты',
  'Признаки необъективности',
];
export const DISTRICT = ['Вид', 'Название', 'Участников', 'Программа поддержки', 'ОО', 'Дата'];

export function district(teachers: Row[], courses: Row[] = [], o: { registry?: Row[]; items?: Row[] } = {}) {
  return run([
    parameters(PERIOD_2021),
    sheet('ОО', REGISTRY, o.registry ?? [{ Код: '01', 'Краткое наименование': 'МБОУ СОШ №1', Вид: 'СОШ' }]),
    ...(o.items ? [sheet('Район', DISTRICT, o.items)] : []),
    sheet('01 Педагоги', TEACHERS, teachers),
    sheet('01 Курсы', COURSES, courses),
    sheet('01 Мероприятия', EVENT_HEADER, []),
  ]);
}
export const found = (over: Row) => ({
  'Диагностика дефицитов': '15.10.2019',
  'Выявленные дефициты': 'предметные; цифровые',
  ...over,
});
