// Issue 10's district parts at their boundaries: students' results from the registry, the sheet «Район», teachers'
// requests beside «План ПК» and the report's section (period 01.09.2020–31.08.2021).
import { course, parameters, PERIOD_2021, sheet, teacher } from '../../support/district';
import { run } from '../../support/run';
import { buildLetter } from '../../../src/core/report/letter';
import { schoolsWithProblems } from '../../../src/core/report/problems';
import { reportContext } from '../../../src/core/report/context';
import { buildReport } from '../../../src/core/report/analyticalReport';
import { PLAN_HEADER, planSheet } from '../../../src/core/layout/planSheet';
import { REQUESTS_HEADER } from '../../../src/core/layout/requestsTable';

import { A, B, TEACHERS, COURSES, REGISTRY, DISTRICT, district } from './growthFixture';

describe('S1–S5 — результаты обучающихся из реестра', () => {
  const registry = [
    { Код: '01', 'Краткое наименование': 'СОШ №1', Вид: 'СОШ', 'Ниже порога ВПР, %': 20, 'Низкие результаты': 'да' },
    {
      Код: '02',
      'Краткое наименование': 'СОШ №2',
      Вид: 'ДОУ',
      'Ниже порога ВПР, %': 0.1,
      'Признаки необъективности': 'да',
    },
  ];
  test('ВПР — среднее по ОО, где указано (0,1 из ячейки «%» — это 10 %); флаги — число ОО; ОГЭ не указан — «—»', () => {
    const r = run([
      parameters(PERIOD_2021),
      sheet('ОО', REGISTRY, registry),
      sheet('01 Педагоги', TEACHERS, [teacher(A)]),
      sheet('02 Педагоги', TEACHERS, [teacher(B)]),
    ]);
    expect(r.fig('S3')).toEqual({ numerator: 30, denominator: 2, value: 15 });
    expect(r.fig('S4')).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(r.fig('S1')).toEqual({ value: 1 });
    expect(r.fig('S2', '02')).toEqual({ value: 1 });
    expect(r.summary.byKind?.map((k) => [k.kind, k.schools, k.indicators.K1])).toEqual([
      ['школы', 1, { value: 1 }],
      ['ДОУ', 1, { value: 1 }],
    ]);
  });
  test('доля больше 100 — ошибка в ячейке реестра', () => {
    const r = district([teacher(A)], [], {
      registry: [{ Код: '01', 'Краткое наименование': 'СОШ №1', 'Ниже порога ЕГЭ, %': 120 }],
    });
    expect(r.codes()).toEqual(['ОО!H2 out_of_range']);
  });
});

describe('лист «Район»: МО, мероприятия, методдесанты, программы', () => {
  const items = [
    {
      Вид: 'методическое объединение',
      Название: 'РМО учителей математики',
      Предмет: 'Математика',
      Участников: 12,
      'Программа поддержки': 'да',
    },
    { Вид: 'профессиональное сообщество', Название: 'Клуб молодых педагогов', Участников: 8 },
    { Вид: 'семинар', Название: 'Функциональная грамотность', Дата: '01.09.2020' },
    { Вид: 'вебинар', Название: 'ФГОС', Дата: '31.08.2020' },
    { Вид: 'методическое письмо', Название: 'О преподавании математики', Дата: '31.08.2021' },
    { Вид: 'методдесант', Название: 'Десант', ОО: '01', Дата: '15.02.2021' },
    { Вид: 'методдесант', Название: 'Десант', ОО: '77', Дата: '16.02.2021' },
    { Вид: 'программа наставничества', Название: 'Программа наставничества района' },
  ];
  const low = [{ Код: '01', 'Краткое наименование': 'СОШ №1', 'Низкие результаты': 'да' }];
  const r = district([teacher(A)], [], { registry: low, items });
  test('МО и сообщества — без даты; сумма участников; доля с программой поддержки', () => {
    expect(r.fig('MO1')).toEqual({ value: 2 });
    expect(r.fig('MO2')).toEqual({ value: 20 });
    expect(r.fig('MO3')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('PR1')).toEqual({ value: 1 });
    expect(r.fig('PR2')).toEqual({ value: 0 });
  });
  test('мероприятия — в первый и последний день периода, накануне — предупреждение, не учтено', () => {
    expect(r.fig('DE1')).toEqual({ value: 1 });
    expect(r.fig('DE2')).toEqual({ value: 1 });
    expect(r.fig('DE4')).toEqual({ value: 2 });
    expect(r.codes()).toEqual(['Район!F5 event_outside_period', 'Район!E8 district_school_unknown']);
  });
  test('DE5: ОО с низкими результатами, где был методдесант; у ОО показателей «Района» нет', () => {
    expect(r.fig('DE5')).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(r.school().indicators.MO1).toBeUndefined();
  });
});

describe('запросы педагогов — рядом с «План ПК», по тематике и предмету', () => {
  test('педагог с двумя предметами считается в каждом; в плане ПК — те, кому нужен курс; формы и сроки по порядку списков', () => {
    const r = district(
      [
        teacher(A, {
          Предмет: 'Математика; Информатика',
          'Запрос на ПК: тематика': 'цифровые технологии',
          'Запрос на ПК: форма': 'дистанционная',
          'Запрос на ПК: срок': 'II квартал',
        }),
        teacher(B, {
          Предмет: 'Математика',
          'Запрос на ПК: тематика': 'цифровые технологии; воспитание',
          'Запрос на ПК: форма': 'очная',
        }),
      ],
      [course(B, '01.03.2021')],
    );
    const sheet = planSheet(r.result);
    expect(sheet.header[0].slice(PLAN_HEADER.length + 1)).toEqual(REQUESTS_HEADER);
    const table = sheet.rows.map((row) => row.slice(PLAN_HEADER.length + 1).map((c) => c.value));
    expect(table).toEqual([
      ['цифровые технологии', 'Математика', 2, 1, 'очная — 1; дистанционная — 1', 'II квартал — 1'],
      ['цифровые технологии', 'Информатика', 1, 1, 'дистанционная — 1', 'II квартал — 1'],
      ['воспитание', 'Математика', 1, 0, 'очная — 1', ''],
    ]);
  });
  test('без запросов «План ПК» — только список педагогов', () => {
    expect(planSheet(district([teacher(A)]).result).header).toEqual([PLAN_HEADER]);
  });
});

describe('справка: раздел issue 10', () => {
  const registry = [
    { Код: '01', 'Краткое наименование': 'СОШ №1', Вид: 'СОШ', 'Низкие результаты': 'да' },
    { Код: '02', 'Краткое наименование': 'СОШ №2', Вид: 'СОШ', 'Признаки необъективности': 'да' },
    { Код: '03', 'Краткое наименование': 'Детский сад №3', Вид: 'ДОУ' },
  ];
  const r = run([
    parameters(PERIOD_2021),
    sheet('ОО', REGISTRY, registry),
    sheet('Район', DISTRICT, [{ Вид: 'методическое объединение', Название: 'РМО', Участников: 5 }]),
    sheet('01 Педагоги', TEACHERS, [teacher(A)]),
    sheet('01 Курсы', COURSES, [course(A, '01.03.2021')]),
    sheet('02 Педагоги', TEACHERS, [teacher(B)]),
    sheet('03 Педагоги', TEACHERS, [teacher('Васильева Нина Сергеевна')]),
  ]);
  const doc = buildReport(r.result);
  const texts = doc.blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [b.runs.map((x) => (typeof x === 'string' ? x : x.text)).join('')]
      : b.kind === 'table'
        ? [b.caption]
        : [],
  );
  test('ОО со слабыми результатами названы, сначала та, где меньше действующей ПК', () => {
    const line = texts.find((t) => t.startsWith('ОО с низкими результатами')) ?? '';
    expect(line.indexOf('СОШ №2')).toBeGreaterThan(-1);
    expect(line.indexOf('СОШ №2')).toBeLessThan(line.indexOf('СОШ №1'));
  });
  test('таблицы: новые показатели, методическая работа района и разбивка по видам ОО', () => {
    expect(texts.some((t) => t.includes('Методическая работа района'))).toBe(true);
    expect(texts.some((t) => t.includes('Показатели по видам образовательных организаций'))).toBe(true);
  });
});

test('письмо адресных рекомендаций: сначала ОО со слабыми результатами (меньше действующей ПК — раньше), даже без других проблем', () => {
  const registry = [
    { Код: '01', 'Краткое наименование': 'СОШ №1', Вид: 'СОШ' },
    { Код: '02', 'Краткое наименование': 'СОШ №2', Вид: 'СОШ', 'Низкие результаты': 'да' },
    { Код: '03', 'Краткое наименование': 'СОШ №3', Вид: 'СОШ', 'Признаки необъективности': 'да' },
  ];
  const r = run([
    parameters(PERIOD_2021),
    sheet('ОО', REGISTRY, registry),
    sheet('01 Педагоги', TEACHERS, [teacher(A)]),
    sheet('02 Педагоги', TEACHERS, [teacher(B)]),
    sheet('02 Курсы', COURSES, [course(B, '01.03.2021')]),
    sheet('03 Педагоги', TEACHERS, [teacher('Васильева Нина Сергеевна')]),
  ]);
  const letter = schoolsWithProblems(reportContext(r.result));
  expect(letter.map((p) => [p.school.school.code, p.results])).toEqual([
    ['03', ['S2']],
    ['02', ['S1']],
    ['01', []],
  ]);
  const texts = buildLetter(r.result).blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'bullets' ? [JSON.stringify(b)] : [],
  );
  expect(texts.some((t) => t.includes('По данным реестра ОО — признаки необъективности результатов.'))).toBe(true);
});
