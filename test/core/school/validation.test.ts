import { run } from '../../support/run';
import { course, event, oneSchool, teacher } from '../../support/district';

const T1 = 'Иванова Анна Петровна';
const T2 = 'Петров Иван Сергеевич';

describe('Педагоги', () => {
  test('учитель без предмета — предупреждение', () => {
    const r = run(oneSchool([teacher(T1, { Предмет: null })]));
    expect(r.codes()).toEqual(['01 Педагоги!C2 subject_missing']);
    expect(r.summary.issues[0].severity).toBe('warning');
  });
  test('стаж больше, чем возраст − 16 — предупреждение', () => {
    const r = run(oneSchool([teacher(T1, { 'Год рождения': 1990, 'Педагогический стаж': 20 })]));
    expect(r.codes()).toEqual(['01 Педагоги!E2 experience_exceeds_age']);
  });
  test('стаж вне 0 … 60 — ошибка', () => {
    const r = run(oneSchool([teacher(T1, { 'Педагогический стаж': 61 })]));
    expect(r.codes()).toEqual(['01 Педагоги!E2 out_of_range']);
  });
  test('дата аттестации позже конца периода — ошибка, значение не учтено', () => {
    const r = run(oneSchool([teacher(T1, { 'Дата аттестации': '01.09.2021' })]));
    expect(r.codes()).toEqual(['01 Педагоги!H2 date_after_period_end']);
    expect(r.summary.issues[0].severity).toBe('error');
  });
  test('категория без даты аттестации — предупреждение; «без категории» без даты — нет', () => {
    const r = run(
      oneSchool([
        teacher(T1, { 'Дата аттестации': null }),
        teacher(T2, { Категория: 'без категории', 'Дата аттестации': null }),
      ]),
    );
    expect(r.codes()).toEqual(['01 Педагоги!H2 attestation_date_missing']);
  });
  test('категория до 01.09.2023 действует 5 лет; с 01.09.2023 — бессрочно', () => {
    const params = { 'Начало периода': '01.09.2028', 'Конец периода': '31.08.2029' };
    const r = run(
      oneSchool(
        [
          teacher(T1, { 'Год рождения': 1980, 'Дата аттестации': '20.05.2023' }),
          teacher(T2, { 'Дата аттестации': '01.09.2023' }),
        ],
        [],
        [],
        params,
      ),
    );
    expect(r.codes()).toEqual(['01 Педагоги!H2 category_expired']);
  });
  test('диагностика позже конца периода — предупреждение и не учитывается', () => {
    const r = run(oneSchool([teacher(T1, { 'Диагностика дефицитов': '10.09.2021' })]));
    expect(r.codes()).toEqual(['01 Педагоги!J2 diagnostics_after_period']);
    expect(r.fig('D1')).toMatchObject({ numerator: 0, denominator: 1 });
  });
  test('повтор ФИО (с другим регистром и ё) — вторая строка исключена', () => {
    const r = run(oneSchool([teacher('Семёнова Ольга'), teacher('СЕМЕНОВА  ольга')]));
    expect(r.codes()).toEqual(['01 Педагоги!A3 teacher_duplicate']);
    expect(r.school().rows.Педагоги).toEqual({ read: 2, used: 1, excluded: 1 });
  });
});

describe('Курсы', () => {
  test('педагог не найден — строка исключена', () => {
    const r = run(oneSchool([teacher(T1)], [course(T1, '01.03.2021'), course('Сидоров Пётр', '01.03.2021')]));
    expect(r.codes()).toEqual(['01 Курсы!A3 teacher_unknown']);
    expect(r.school().rows.Курсы).toEqual({ read: 2, used: 1, excluded: 1 });
  });
  test('латинская буква в ФИО — строка исключена, но сообщение подсказывает', () => {
    const r = run(oneSchool([teacher(T1)], [course('Ивaнова Анна Петровна', '01.03.2021')]));
    expect(r.summary.issues[0]).toMatchObject({ code: 'teacher_unknown', cell: 'A2' });
    expect(r.summary.issues[0].message).toMatch(/латинские буквы/);
  });
  test('без даты окончания, с неверной датой, раньше начала или позже конца периода — курс исключён', () => {
    const r = run(
      oneSchool(
        [teacher(T1)],
        [
          course(T1, null),
          course(T1, '31.02.2021'),
          course(T1, '01.03.2021', { 'Дата начала': '10.03.2021' }),
          course(T1, '01.09.2021'),
          course(T1, '31.08.2021'),
        ],
      ),
    );
    expect(r.codes()).toEqual([
      '01 Курсы!I2 required_missing',
      '01 Курсы!I3 not_a_date',
      '01 Курсы!I4 course_end_invalid',
      '01 Курсы!I5 course_end_invalid',
    ]);
    expect(r.school().rows.Курсы).toEqual({ read: 5, used: 1, excluded: 4 });
  });
  test('часы: ПК от 16, переподготовка от 250, не больше 2000; меньше 16 — краткосрочный курс, не ошибка', () => {
    const r = run(
      oneSchool(
        [teacher(T1)],
        [
          course(T1, '01.03.2021', { Часы: 8 }),
          course(T1, '01.03.2021', { 'Вид программы': 'профессиональная переподготовка', Часы: 72 }),
          course(T1, '01.03.2021', { Часы: 2001 }),
          course(T1, '01.03.2021', { 'Вид программы': 'профессиональная переподготовка', Часы: 250 }),
          course(T1, '01.03.2021', { Часы: 0 }),
          course(T1, '01.03.2021', { Часы: 15 }),
          course(T1, '01.03.2021', { Часы: 16 }),
        ],
      ),
    );
    expect(r.codes()).toEqual(['01 Курсы!F3 out_of_range', '01 Курсы!F4 out_of_range', '01 Курсы!F6 out_of_range']);
    expect(r.school().rows.Курсы.used).toBe(7);
    expect(r.fig('PK14')).toEqual({ value: 2 });
  });
  test('иная организация с 01.09.2025 — предупреждение', () => {
    const params = { 'Начало периода': '01.09.2025', 'Конец периода': '31.08.2026' };
    const r = run(
      oneSchool(
        [teacher(T1, { 'Дата аттестации': null, Категория: null })],
        [
          course(T1, '31.08.2025', { 'Тип организации': 'иная организация' }),
          course(T1, '01.09.2025', { 'Тип организации': 'иная организация' }),
        ],
        [],
        params,
      ),
    );
    expect(r.codes()).toEqual(['01 Курсы!E3 provider_not_allowed']);
  });
  test('удовлетворённость 0 … 100', () => {
    const r = run(oneSchool([teacher(T1)], [course(T1, '01.03.2021', { 'Удовлетворенность, %': 120 })]));
    expect(r.codes()).toEqual(['01 Курсы!L2 out_of_range']);
  });
  test('повтор номера документа в районе — предупреждение на втором', () => {
    const r = run(
      oneSchool(
        [teacher(T1), teacher(T2)],
        [
          course(T1, '01.03.2021', { 'Номер документа': '582411 № 0001' }),
          course(T2, '01.04.2021', { 'Номер документа': '582411  №0001' }),
        ],
      ),
    );
    expect(r.codes()).toEqual(['01 Курсы!M3 certificate_duplicate']);
    expect(r.summary.issues[0].message).toMatch(/M2/);
  });
});

describe('Мероприятия', () => {
  test('вне периода — предупреждение и не учитывается', () => {
    const r = run(
      oneSchool([teacher(T1)], [], [event(T1, 'открытый урок', '31.08.2020'), event(T1, 'мастер-класс', '01.09.2020')]),
    );
    expect(r.codes()).toEqual(['01 Мероприятия!E2 event_outside_period']);
    expect(r.fig('E1')).toEqual({ value: 1 });
    expect(r.school().rows.Мероприятия).toEqual({ read: 2, used: 2, excluded: 0 });
  });
  test('педагог не найден — строка исключена', () => {
    const r = run(oneSchool([teacher(T1)], [], [event('Неизвестный', 'публикация', '01.10.2020')]));
    expect(r.codes()).toEqual(['01 Мероприятия!A2 teacher_unknown']);
    expect(r.school().rows.Мероприятия).toEqual({ read: 1, used: 0, excluded: 1 });
  });
});

describe('Параметры', () => {
  test('по умолчанию — последний завершённый учебный год', () => {
    const r = run(oneSchool([teacher(T1, { 'Дата аттестации': null, Категория: null })], [], [], {}), '2026-11-22');
    expect(r.summary.period).toEqual({ start: '2025-09-01', end: '2026-08-31' });
    const early = run(oneSchool([teacher(T1, { 'Дата аттестации': null, Категория: null })], [], [], {}), '2026-05-10');
    expect(early.summary.period).toEqual({ start: '2024-09-01', end: '2025-08-31' });
  });
  test('только начало периода — конец 31 августа после него', () => {
    expect(run(oneSchool([teacher(T1)], [], [], { 'Начало периода': '01.09.2020' })).summary.period).toEqual({
      start: '2020-09-01',
      end: '2021-08-31',
    });
    expect(run(oneSchool([teacher(T1)], [], [], { 'Начало периода': '01.01.2021' })).summary.period).toEqual({
      start: '2021-01-01',
      end: '2021-08-31',
    });
  });
  test('только конец периода — начало 1 сентября учебного года, который он закрывает', () => {
    expect(run(oneSchool([teacher(T1)], [], [], { 'Конец периода': '31.08.2021' })).summary.period).toEqual({
      start: '2020-09-01',
      end: '2021-08-31',
    });
    expect(run(oneSchool([teacher(T1)], [], [], { 'Конец периода': '31.12.2021' })).summary.period).toEqual({
      start: '2021-09-01',
      end: '2021-12-31',
    });
  });
  test('неизвестный параметр и цель для неизвестного показателя — предупреждения', () => {
    const r = run(
      oneSchool([teacher(T1)], [], [], { 'Начало периода': '01.09.2020', 'Цвет': 'синий', 'Цель: XYZ': 5 }),
    );
    expect(r.codes()).toEqual(['Параметры!A3 parameter_unknown', 'Параметры!A4 target_unknown_indicator']);
  });
});
