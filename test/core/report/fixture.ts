// A small Russian district for the report tests: three schools with data, one that did not submit, two targets.
import type { SheetData } from '../../../src/core/table';
import {
  course,
  COURSE_HEADER,
  event,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
  TODAY,
} from '../../support/district';
import { buildInMemory } from '../../support/run';

export const SCHOOL_1 = 'МБОУ СОШ №1 г. Кузнецка';
export const SCHOOL_2 = 'МБОУ гимназия №2';
/** A school name typed with a leading «=»: it is text and must stay text. */
export const SCHOOL_3 = '=МБОУ ООШ с. Ивановка';
export const SCHOOL_4 = 'МБОУ НОШ с. Бестянка';

export const TEACHER_NAMES = [
  'Иванова Анна Петровна',
  'Смирнов Олег Игоревич',
  'Кузнецова Мария Сергеевна',
  'Попова Елена Викторовна',
  'Васильев Пётр Андреевич',
  'Соколова Ирина Павловна',
  'Михайлова Ольга Николаевна',
  'Новиков Денис Юрьевич',
];
const [t1, t2, t3, t4, t5, t6, t7, t8] = TEACHER_NAMES;

/**
 * 01: 4 teachers, 3 with a course in 2020/21 (PK3 75 % < 90), 2 diagnosed (D1 50 % = target), one young with a mentor.
 * 02: 2 teachers, both trained (PK3 100 %), none diagnosed (D1 0 % < 50), no young teachers (M1 «—»).
 * 03: 2 teachers, no courses at all (PK3 0 %), both diagnosed (D1 100 %).
 * 04: registered, no sheets — «не сдала данные».
 */
export function districtSheets(params: Record<string, string | number> = {}): SheetData[] {
  return [
    parameters({ ...PERIOD_2021, 'Цель: PK3': 90, 'Цель: D1': 50, ...params }),
    registry([
      { code: '01', name: SCHOOL_1 },
      { code: '02', name: SCHOOL_2 },
      { code: '03', name: SCHOOL_3 },
      { code: '04', name: SCHOOL_4 },
    ]),
    sheet('01 Педагоги', TEACHER_HEADER, [
      teacher(t1, {
        'Диагностика дефицитов': '10.02.2021',
        'Выявленные дефициты': 'методические; цифровые',
        ИОМ: 'разработан на основе диагностики',
      }),
      teacher(t2, { 'Диагностика дефицитов': '12.10.2020', 'Выявленные дефициты': 'методические' }),
      teacher(t3, {
        'Год рождения': 1996,
        'Педагогический стаж': 1,
        Категория: 'без категории',
        'Дата аттестации': null,
        Наставничество: 'наставляемый',
      }),
      teacher(t4, { Предмет: 'Русский язык; Литература', Наставничество: 'наставник' }),
    ]),
    sheet('01 Курсы', COURSE_HEADER, [
      course(t1, '20.03.2021', { Адресная: 'да', 'Удовлетворенность, %': 90 }),
      course(t2, '15.12.2020', { 'Форма обучения': 'дистанционная', 'Удовлетворенность, %': 80 }),
      course(t3, '30.05.2019'),
      course('Петрова Светлана Ивановна', '01.04.2021'),
    ]),
    sheet('01 Мероприятия', EVENT_HEADER, [
      event(t1, 'конкурс профессионального мастерства', '15.02.2021', {
        Уровень: 'муниципальный',
        Результат: 'призер',
      }),
      event(t4, 'открытый урок', '20.11.2020', { Уровень: 'муниципальный' }),
    ]),
    sheet('02 Педагоги', TEACHER_HEADER, [
      teacher(t5, { Предмет: 'Физика' }),
      teacher(t6, { Предмет: 'Начальные классы', Категория: 'высшая' }),
    ]),
    sheet('02 Курсы', COURSE_HEADER, [course(t5, '01.02.2021'), course(t6, '10.06.2020')]),
    sheet('02 Мероприятия', EVENT_HEADER, []),
    sheet('03 Педагоги', TEACHER_HEADER, [
      teacher(t7, { 'Диагностика дефицитов': '01.03.2021', 'Выявленные дефициты': 'предметные' }),
      teacher(t8, {
        Предмет: 'История; Обществознание',
        'Диагностика дефицитов': '05.04.2021',
        'Выявленные дефициты': 'нет',
      }),
    ]),
    sheet('03 Курсы', COURSE_HEADER, []),
    sheet('03 Мероприятия', EVENT_HEADER, []),
  ];
}

/** The district without its targets (`Цель: …` rows of `Параметры`). */
export function withoutTargets() {
  const sheets = districtSheets();
  sheets[0] = { ...sheets[0], values: sheets[0].values.filter((r) => !String(r[0]).startsWith('Цель')) };
  return buildInMemory(sheets, TODAY);
}
