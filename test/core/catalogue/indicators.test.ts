import { INDICATORS } from '../../../src/core/catalogue/indicators';
import { run } from '../../support/run';
import {
  course,
  COURSE_HEADER,
  event,
  EVENT_HEADER,
  oneSchool,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
} from '../../support/district';

const A = 'Алексеева Мария Ивановна';
const B = 'Борисов Олег Петрович';
const C = 'Васильева Нина Сергеевна';

describe('состав педагогов (K1–K6)', () => {
  const r = run(
    oneSchool([
      teacher(A, { 'Год рождения': 1986, 'Педагогический стаж': 2, Совместитель: 'да' }), // возраст 35, стаж 2 — молодой
      teacher(B, {
        'Год рождения': 1985,
        'Педагогический стаж': 1,
        'Соответствие профилю': 'нет',
        Категория: 'педагог-наставник',
      }), // 36 — не молодой
      teacher(C, { 'Год рождения': 1961, 'Педагогический стаж': 40, Категория: 'соответствие занимаемой должности' }), // 60 — пенсионный
    ]),
  );
  test('K1 — число учтённых педагогов', () => expect(r.fig('K1')).toEqual({ value: 3 }));
  test('K2 — молодые: возраст ≤ 35 и стаж < 3', () =>
    expect(r.fig('K2')).toEqual({ numerator: 1, denominator: 3, value: 0.3333 }));
  test('K3 — возраст ≥ 60', () => expect(r.fig('K3')).toEqual({ numerator: 1, denominator: 3, value: 0.3333 }));
  test('K4 — совместители', () => expect(r.fig('K4')).toMatchObject({ numerator: 1 }));
  test('K5 — соответствие профилю', () => expect(r.fig('K5')).toMatchObject({ numerator: 2 }));
  test('K6 — высшая, первая, педагог-методист, педагог-наставник', () =>
    expect(r.fig('K6')).toMatchObject({ numerator: 2, denominator: 3 }));
});

describe('повышение квалификации (PK1–PK9) и края окна в 3 года', () => {
  const r = run(
    oneSchool(
      [teacher(A, { 'Диагностика дефицитов': '15.09.2020' }), teacher(B), teacher(C)],
      [
        course(A, '01.09.2020', { 'Форма обучения': 'дистанционная', Адресная: 'да', 'Удовлетворенность, %': 90 }), // первый день периода
        course(A, '10.10.2020', { 'Тип организации': 'ЦНППМ', 'Удовлетворенность, %': '85,5' }),
        course(B, '31.08.2018'), // ровно 3 года до конца периода: не действует
        course(B, '31.08.2019', {
          'Вид программы': 'профессиональная переподготовка',
          Часы: 300,
          'Педагогической направленности': 'да',
        }),
        course(C, '31.08.2021', {
          'Вид программы': 'профессиональная переподготовка',
          Часы: 520,
          'Педагогической направленности': 'нет',
        }), // последний день
        course(C, '01.09.2018'), // на день позже границы: действует
      ],
    ),
  );
  test('PK1 — курс, окончен в периоде', () =>
    expect(r.fig('PK1')).toEqual({ numerator: 2, denominator: 3, value: 0.6667 }));
  test('PK2 — из них в региональном ИРО/ИПК (у А один из двух курсов — в ЦНППМ)', () =>
    expect(r.fig('PK2')).toEqual({ value: 2 }));
  test('PK3 — курс в (конец − 3 года; конец]: 31.08.2018 не считается, 01.09.2018 считается', () => {
    expect(r.fig('PK3')).toEqual({ numerator: 3, denominator: 3, value: 1 });
  });
  test('PK4 — нет курса позже (конец + 1 год − 3 года): курс 31.08.2019 на самой границе уже не спасает', () => {
    expect(r.fig('PK4')).toEqual({ value: 1 });
  });
  test('PK5 — дистанционная форма', () => expect(r.fig('PK5')).toMatchObject({ numerator: 1, denominator: 3 }));
  test('PK6 — адресная программа', () => expect(r.fig('PK6')).toMatchObject({ numerator: 1, denominator: 3 }));
  test('PK7 — адресная ПК после диагностики (диагностика 15.09 позже курса 01.09 — не считается)', () =>
    expect(r.fig('PK7')).toEqual({ value: 0 }));
  test('PK8 — переподготовка педагогической направленности среди переподготовки периода', () => {
    expect(r.fig('PK8')).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });
  test('PK9 — средняя удовлетворённость по курсам периода, где она указана', () => {
    expect(r.fig('PK9')).toEqual({ numerator: 175.5, denominator: 2, value: 87.75 });
  });
});

test('PK9: доля из ячейки с форматом «%» (0,95 — так хранится «95 %») — это 95 %, а 1 и 100 — как введены', () => {
  const r = run(
    oneSchool(
      [teacher(A)],
      [
        course(A, '01.10.2020', { 'Удовлетворенность, %': 0.95 }),
        course(A, '01.11.2020', { 'Удовлетворенность, %': 1 }),
        course(A, '01.12.2020', { 'Удовлетворенность, %': 100 }),
      ],
    ),
  );
  expect(r.fig('PK9')).toEqual({ numerator: 196, denominator: 3, value: 65.3333 });
});

test('PK7 считает адресную ПК, окончившуюся не раньше диагностики', () => {
  const r = run(
    oneSchool(
      [teacher(A, { 'Диагностика дефицитов': '01.10.2020' }), teacher(B, { 'Диагностика дефицитов': '01.12.2020' })],
      [course(A, '01.10.2020', { Адресная: 'да' }), course(B, '20.11.2020', { Адресная: 'да' })],
    ),
  );
  expect(r.fig('PK7')).toEqual({ value: 1 });
});

describe('диагностика, ИОМ, наставничество, активность', () => {
  const r = run(
    oneSchool(
      [
        teacher(A, {
          'Диагностика дефицитов': '01.09.2018',
          'Выявленные дефициты': 'предметные; цифровые',
          ИОМ: 'разработан на основе диагностики',
          'Год рождения': 1995,
          'Педагогический стаж': 1,
          Наставничество: 'наставляемый',
          'Методический актив': 'да',
        }),
        teacher(B, {
          'Диагностика дефицитов': '31.08.2018',
          'Выявленные дефициты': 'нет',
          ИОМ: 'разработан',
          Наставничество: 'наставник',
          'Сетевое сообщество': '+',
          'Эксперт ГИА': 'да',
          Предмет: 'Физика',
        }),
        teacher(C, { ИОМ: null, 'Инновационная деятельность': 1, 'Год рождения': 1998, 'Педагогический стаж': 0 }),
      ],
      [],
      [
        event(A, 'открытый урок', '01.10.2020', { Уровень: 'муниципальный' }),
        event(A, 'мастер-класс', '02.10.2020'),
        event(B, 'конкурс профессионального мастерства', '03.10.2020', { Результат: 'призер' }),
        event(B, 'конкурс профессионального мастерства', '04.10.2020', { Результат: 'победитель' }),
        event(C, 'конкурс профессионального мастерства', '05.10.2020', { Результат: 'участник' }),
        event(C, 'работа в жюри', '06.10.2020'),
        event(A, 'работа в жюри', '07.10.2020'),
        event(B, 'публикация', '08.10.2020', { Уровень: 'региональный' }),
        event(C, 'вебинар', '09.10.2020', { Уровень: 'всероссийский' }),
      ],
    ),
  );
  test('D1 — диагностика в (конец − 3 года; конец]', () =>
    expect(r.fig('D1')).toEqual({ numerator: 1, denominator: 3, value: 0.3333 }));
  test('D1:<предмет> — по предметам', () => {
    expect(r.fig('D1:Математика')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('D1:Физика')).toEqual({ numerator: 0, denominator: 1, value: 0 });
    expect(r.fig('D1:Химия')).toEqual({ numerator: 0, denominator: 0, value: null });
  });
  test('D2:<дефицит> — педагоги, назвавшие дефицит; «нет» — не дефицит', () => {
    expect(r.fig('D2:предметные')).toEqual({ value: 1 });
    expect(r.fig('D2:цифровые')).toEqual({ value: 1 });
    expect(r.fig('D2:методические')).toEqual({ value: 0 });
    expect(Object.keys(r.summary.district.indicators)).not.toContain('D2:нет');
  });
  test('I1 — на основе диагностики / ИОМ разработан (не «нет», не пусто)', () =>
    expect(r.fig('I1')).toEqual({ numerator: 1, denominator: 2, value: 0.5 }));
  test('M1 — молодые наставляемые / молодые', () =>
    expect(r.fig('M1')).toEqual({ numerator: 1, denominator: 2, value: 0.5 }));
  test('M2 — наставники и наставляемые / T', () => expect(r.fig('M2')).toMatchObject({ numerator: 2, denominator: 3 }));
  test('A1–A4', () => {
    expect(r.fig('A1')).toMatchObject({ numerator: 1 });
    expect(r.fig('A2')).toMatchObject({ numerator: 1 });
    expect(r.fig('A3')).toEqual({ value: 1 });
    expect(r.fig('A4')).toMatchObject({ numerator: 1 });
  });
  test('E1 — открытые уроки и мастер-классы, штук', () => expect(r.fig('E1')).toEqual({ value: 2 }));
  test('E2 — участники конкурсов без повторов', () => expect(r.fig('E2')).toEqual({ value: 2 }));
  test('E3 — призёры и победители без повторов', () => expect(r.fig('E3')).toEqual({ value: 1 }));
  test('E4 — опыт на муниципальном уровне и выше (вебинар не в счёт)', () => expect(r.fig('E4')).toEqual({ value: 2 }));
  test('E5 — молодые педагоги в жюри', () => expect(r.fig('E5')).toEqual({ value: 2 }));
});

describe('район и цели', () => {
  const sheets = [
    parameters({ ...PERIOD_2021, 'Цель: PK1': 50, 'Цель: K1': 2 }),
    registry([
      { code: '01', name: 'МБОУ СОШ №1' },
      { code: '02', name: 'МБОУ ООШ с. Анненково' },
      { code: '03', name: 'МБДОУ №3' },
    ]),
    sheet('01 Педагоги', TEACHER_HEADER, [teacher(A), teacher(B), teacher(C)]),
    sheet('01 Курсы', COURSE_HEADER, [course(A, '01.03.2021')]),
    sheet('01 Мероприятия', EVENT_HEADER, []),
    sheet('02 Педагоги', TEACHER_HEADER, [teacher(A)]),
    sheet('02 Курсы', COURSE_HEADER, [course(A, '01.03.2021')]),
    sheet('02 Мероприятия', EVENT_HEADER, []),
  ];
  const r = run(sheets);
  test('доля района = Σ числителей / Σ знаменателей, а не среднее процентов', () => {
    expect(r.fig('PK1')).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(r.fig('PK1', '01')).toMatchObject({ value: 0.3333 });
    expect(r.fig('PK1', '02')).toMatchObject({ value: 1 });
  });
  test('ОО ниже цели отмечены; не сдавшая данные не отмечается', () => {
    expect(r.result.schools.map((s) => [s.school.code, s.belowTarget])).toEqual([
      ['01', ['PK1']],
      ['02', ['K1']],
      ['03', []],
    ]);
    expect(r.school('03').submitted).toBe(false);
  });
  test('в summary.json ровно коды каталога: у района все, у ОО — все, кроме показателей листа «Район»', () => {
    expect(Object.keys(r.summary.district.indicators)).toEqual(INDICATORS.map((i) => i.code));
    expect(Object.keys(r.school('01').indicators)).toEqual(
      INDICATORS.filter((i) => i.scope !== 'district').map((i) => i.code),
    );
  });
});
