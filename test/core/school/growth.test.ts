// Issue 10's indicators at their boundaries: repeat diagnostics, courses that address a deficit, leavers,
// attestations, requests, students' results and the district sheet «Район» (period 01.09.2020–31.08.2021).
import { course, COURSE_HEADER, EVENT_HEADER, parameters, PERIOD_2021, sheet, teacher, TEACHER_HEADER, type Row } from '../../support/district';
import { run } from '../../support/run';
import { buildLetter } from '../../../src/core/report/letter';
import { schoolsWithProblems } from '../../../src/core/report/problems';
import { reportContext } from '../../../src/core/report/context';
import { buildReport } from '../../../src/core/report/analyticalReport';
import { PLAN_HEADER, planSheet } from '../../../src/core/layout/planSheet';
import { REQUESTS_HEADER } from '../../../src/core/layout/requestsTable';

const A = 'Алексеева Мария Ивановна';
const B = 'Борисов Олег Петрович';
const TEACHERS = [...TEACHER_HEADER, 'Дефициты преодолены', 'Дата повторной диагностики', 'Запрос на ПК: тематика', 'Запрос на ПК: форма', 'Запрос на ПК: срок', 'Дата увольнения'];
const COURSES = [...COURSE_HEADER, 'Тематика', 'Устраняемый дефицит'];
const REGISTRY = ['Код', 'Краткое наименование', 'Вид', 'Email ответственного', 'Таблица', 'Ниже порога ВПР, %', 'Ниже порога ОГЭ, %', 'Ниже порога ЕГЭ, %', 'Низкие результаты', 'Признаки необъективности'];
const DISTRICT = ['Вид', 'Название', 'Участников', 'Программа поддержки', 'ОО', 'Дата'];

function district(teachers: Row[], courses: Row[] = [], o: { registry?: Row[]; items?: Row[] } = {}) {
  return run([
    parameters(PERIOD_2021),
    sheet('ОО', REGISTRY, o.registry ?? [{ Код: '01', 'Краткое наименование': 'МБОУ СОШ №1', Вид: 'СОШ' }]),
    ...(o.items ? [sheet('Район', DISTRICT, o.items)] : []),
    sheet('01 Педагоги', TEACHERS, teachers),
    sheet('01 Курсы', COURSES, courses),
    sheet('01 Мероприятия', EVENT_HEADER, []),
  ]);
}
const found = (over: Row) => ({ 'Диагностика дефицитов': '15.10.2019', 'Выявленные дефициты': 'предметные; цифровые', ...over });

describe('D3, D4 — преодоление дефицитов при повторной диагностике', () => {
  test('повторная диагностика в день первой — ошибка, ничего не преодолено', () => {
    const r = district([teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '15.10.2019' }))]);
    expect(r.codes()).toEqual(['01 Педагоги!S2 overcome_before_diagnostics']);
    expect(r.fig('D3')).toEqual({ numerator: 0, denominator: 2, value: 0 });
  });
  test('на следующий день после первой — преодолён; до начала периода — в D3, но не в D4', () => {
    const r = district([teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '16.10.2019' }))]);
    expect(r.fig('D3')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('D4')).toEqual({ value: 0 });
  });
  test('в последний день периода — в D3 и D4; на день позже — предупреждение, не учтено', () => {
    const r = district([
      teacher(A, found({ 'Дефициты преодолены': 'цифровые; предметные', 'Дата повторной диагностики': '31.08.2021' })),
      teacher(B, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '01.09.2021' })),
    ]);
    expect(r.fig('D3')).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(r.fig('D4')).toEqual({ value: 2 });
    expect(r.codes()).toEqual(['01 Педагоги!S3 diagnostics_after_period']);
  });
  test('преодолённый дефицит, которого нет среди выявленных, и отметка без даты — предупреждения', () => {
    const r = district([
      teacher(A, found({ 'Дефициты преодолены': 'коммуникативные; цифровые', 'Дата повторной диагностики': '01.03.2021' })),
      teacher(B, found({ 'Дефициты преодолены': 'цифровые' })),
    ]);
    expect(r.codes()).toEqual(['01 Педагоги!R2 overcome_not_found', '01 Педагоги!S3 overcome_date_missing']);
    expect(r.fig('D3')).toMatchObject({ numerator: 1, denominator: 4 });
  });
});

describe('PK10, PK11 — курс по выявленному дефициту и его эффект', () => {
  const addressed = (end: string, over: Row = {}) => course(A, end, { 'Устраняемый дефицит': 'цифровые', ...over });
  test('диагностика в день окончания курса — курс по дефициту; на день позже — нет', () => {
    expect(district([teacher(A, found({ 'Диагностика дефицитов': '15.03.2021' }))], [addressed('15.03.2021')]).fig('PK10')).toEqual({ value: 1 });
    expect(district([teacher(A, found({ 'Диагностика дефицитов': '16.03.2021' }))], [addressed('15.03.2021')]).fig('PK10')).toEqual({ value: 0 });
  });
  test('дефицит, которого у педагога нет, курсом по дефициту не делает', () => {
    expect(district([teacher(A, found({}))], [addressed('15.03.2021', { 'Устраняемый дефицит': 'коммуникативные' })]).fig('PK10')).toEqual({ value: 0 });
  });
  test('эффект: повторная диагностика в день окончания курса засчитывается, накануне — нет', () => {
    const on = district([teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '15.03.2021' }))], [addressed('15.03.2021')]);
    expect(on.fig('PK11')).toEqual({ numerator: 1, denominator: 1, value: 1 });
    const before = district([teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '14.03.2021' }))], [addressed('15.03.2021')]);
    expect(before.fig('PK11')).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });
  test('без курсов по дефицитам эффект — «—»', () => {
    expect(district([teacher(A, found({}))]).fig('PK11')).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});

describe('K7, K8 — уволившиеся и закрепление молодых', () => {
  const young = (name: string, left: string | null) => teacher(name, { 'Год рождения': 1995, 'Педагогический стаж': 1, 'Дата увольнения': left });
  test('уволен в первый или последний день периода — не в T, но в K7 и K8', () => {
    const r = district([young(A, '01.09.2020'), young(B, '31.08.2021'), young('Васильева Нина Сергеевна', null)]);
    expect(r.fig('K1')).toEqual({ value: 1 });
    expect(r.fig('K8')).toEqual({ value: 2 });
    expect(r.fig('K7')).toEqual({ numerator: 1, denominator: 3, value: 0.3333 });
    expect(r.school().rows.Педагоги).toEqual({ read: 3, used: 3, excluded: 0 });
  });
  test('накануне периода — предупреждение, нигде не учтён; после конца периода — ошибка, педагог работает', () => {
    const r = district([young(A, '31.08.2020'), young(B, '01.09.2021')]);
    expect(r.codes()).toEqual(['01 Педагоги!W2 teacher_left_before_period', '01 Педагоги!W3 date_after_period_end']);
    expect(r.fig('K1')).toEqual({ value: 1 });
    expect(r.fig('K8')).toEqual({ value: 0 });
    expect(r.fig('K7')).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });
  test('курсы уволившегося в показатели ОО не входят', () => {
    const r = district([young(A, '01.03.2021'), teacher(B)], [course(A, '01.02.2021')]);
    expect(r.fig('PK1')).toEqual({ numerator: 0, denominator: 1, value: 0 });
    expect(r.codes()).toEqual([]);
  });
});

describe('AT1, AT2, AT:<категория> — аттестация в периоде', () => {
  test('первый и последний день периода считаются, день до начала — нет; «без категории» не аттестация', () => {
    const r = district([
      teacher(A, { Категория: 'высшая', 'Дата аттестации': '01.09.2020' }),
      teacher(B, { Категория: 'соответствие занимаемой должности', 'Дата аттестации': '31.08.2021' }),
      teacher('Васильева Нина Сергеевна', { Категория: 'первая', 'Дата аттестации': '31.08.2020' }),
      teacher('Григорьев Иван Павлович', { Категория: 'без категории', 'Дата аттестации': '01.03.2021' }),
    ]);
    expect(r.fig('AT1')).toEqual({ value: 2 });
    expect(r.fig('AT2')).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    expect(r.fig('AT:высшая')).toEqual({ value: 1 });
    expect(r.fig('AT:первая')).toEqual({ value: 0 });
    expect(r.fig('AT:соответствие занимаемой должности')).toEqual({ value: 1 });
  });
});

describe('R1, R2, темы и краткосрочные курсы', () => {
  test('запросы: R1 — все с тематикой, R2 — среди нуждающихся в ПК (PK4)', () => {
    const r = district([
      teacher(A, { 'Запрос на ПК: тематика': 'цифровые технологии', 'Запрос на ПК: форма': 'дистанционная', 'Запрос на ПК: срок': 'I квартал' }),
      teacher(B, { 'Запрос на ПК: тематика': 'воспитание' }),
      teacher('Васильева Нина Сергеевна'),
    ], [course(B, '01.03.2021')]);
    expect(r.fig('R1')).toEqual({ value: 2 });
    expect(r.fig('PK4')).toEqual({ value: 2 });
    expect(r.fig('R2')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
  test('тематика курса периода: PK12, PK13 и TM:<тема>; курс до периода не считается', () => {
    const r = district([teacher(A), teacher(B)], [
      course(A, '01.09.2020', { Тематика: 'цифровые технологии' }),
      course(B, '31.08.2020', { Тематика: 'цифровые технологии' }),
      course(B, '31.08.2021', { Тематика: 'функциональная грамотность', Часы: 6 }),
    ]);
    expect(r.fig('PK12')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('PK13')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('TM:цифровые технологии')).toEqual({ value: 1 });
    expect(r.fig('PK14')).toEqual({ value: 1 });
    expect(r.codes()).toEqual([]);
  });
});

describe('S1–S5 — результаты обучающихся из реестра', () => {
  const registry = [
    { Код: '01', 'Краткое наименование': 'СОШ №1', Вид: 'СОШ', 'Ниже порога ВПР, %': 20, 'Низкие результаты': 'да' },
    { Код: '02', 'Краткое наименование': 'СОШ №2', Вид: 'ДОУ', 'Ниже порога ВПР, %': 0.1, 'Признаки необъективности': 'да' },
  ];
  test('ВПР — среднее по ОО, где указано (0,1 из ячейки «%» — это 10 %); флаги — число ОО; ОГЭ не указан — «—»', () => {
    const r = run([
      parameters(PERIOD_2021), sheet('ОО', REGISTRY, registry),
      sheet('01 Педагоги', TEACHERS, [teacher(A)]), sheet('02 Педагоги', TEACHERS, [teacher(B)]),
    ]);
    expect(r.fig('S3')).toEqual({ numerator: 30, denominator: 2, value: 15 });
    expect(r.fig('S4')).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(r.fig('S1')).toEqual({ value: 1 });
    expect(r.fig('S2', '02')).toEqual({ value: 1 });
    expect(r.summary.byKind?.map((k) => [k.kind, k.schools, k.indicators.K1])).toEqual([['школы', 1, { value: 1 }], ['ДОУ', 1, { value: 1 }]]);
  });
  test('доля больше 100 — ошибка в ячейке реестра', () => {
    const r = district([teacher(A)], [], { registry: [{ Код: '01', 'Краткое наименование': 'СОШ №1', 'Ниже порога ЕГЭ, %': 120 }] });
    expect(r.codes()).toEqual(['ОО!H2 out_of_range']);
  });
});

describe('лист «Район»: МО, мероприятия, методдесанты, программы', () => {
  const items = [
    { Вид: 'методическое объединение', Название: 'РМО учителей математики', Предмет: 'Математика', Участников: 12, 'Программа поддержки': 'да' },
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
    const r = district([
      teacher(A, { Предмет: 'Математика; Информатика', 'Запрос на ПК: тематика': 'цифровые технологии', 'Запрос на ПК: форма': 'дистанционная', 'Запрос на ПК: срок': 'II квартал' }),
      teacher(B, { Предмет: 'Математика', 'Запрос на ПК: тематика': 'цифровые технологии; воспитание', 'Запрос на ПК: форма': 'очная' }),
    ], [course(B, '01.03.2021')]);
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
    parameters(PERIOD_2021), sheet('ОО', REGISTRY, registry),
    sheet('Район', DISTRICT, [{ Вид: 'методическое объединение', Название: 'РМО', Участников: 5 }]),
    sheet('01 Педагоги', TEACHERS, [teacher(A)]), sheet('01 Курсы', COURSES, [course(A, '01.03.2021')]),
    sheet('02 Педагоги', TEACHERS, [teacher(B)]), sheet('03 Педагоги', TEACHERS, [teacher('Васильева Нина Сергеевна')]),
  ]);
  const doc = buildReport(r.result);
  const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((x) => (typeof x === 'string' ? x : x.text)).join('')] : b.kind === 'table' ? [b.caption] : []));
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
    parameters(PERIOD_2021), sheet('ОО', REGISTRY, registry),
    sheet('01 Педагоги', TEACHERS, [teacher(A)]),
    sheet('02 Педагоги', TEACHERS, [teacher(B)]), sheet('02 Курсы', COURSES, [course(B, '01.03.2021')]),
    sheet('03 Педагоги', TEACHERS, [teacher('Васильева Нина Сергеевна')]),
  ]);
  const letter = schoolsWithProblems(reportContext(r.result));
  expect(letter.map((p) => [p.school.school.code, p.results])).toEqual([['03', ['S2']], ['02', ['S1']], ['01', []]]);
  const texts = buildLetter(r.result).blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'bullets' ? [JSON.stringify(b)] : []));
  expect(texts.some((t) => t.includes('По данным реестра ОО — признаки необъективности результатов.'))).toBe(true);
});
