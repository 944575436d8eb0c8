// Issue 10's indicators at their boundaries: repeat diagnostics, courses that address a deficit, leavers,
// attestations, short courses and topics (period 01.09.2020–31.08.2021); the district's parts: growthDistrict.test.ts.
import { course, teacher, type Row } from '../../support/district';

import { A, B, district, found } from './growthFixture';

describe('D3, D4 — преодоление дефицитов при повторной диагностике', () => {
  test('повторная диагностика в день первой — ошибка, ничего не преодолено', () => {
    const r = district([
      teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '15.10.2019' })),
    ]);
    expect(r.codes()).toEqual(['01 Педагоги!S2 overcome_before_diagnostics']);
    expect(r.fig('D3')).toEqual({ numerator: 0, denominator: 2, value: 0 });
  });
  test('на следующий день после первой — преодолён; до начала периода — в D3, но не в D4', () => {
    const r = district([
      teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '16.10.2019' })),
    ]);
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
      teacher(
        A,
        found({ 'Дефициты преодолены': 'коммуникативные; цифровые', 'Дата повторной диагностики': '01.03.2021' }),
      ),
      teacher(B, found({ 'Дефициты преодолены': 'цифровые' })),
    ]);
    expect(r.codes()).toEqual(['01 Педагоги!R2 overcome_not_found', '01 Педагоги!S3 overcome_date_missing']);
    expect(r.fig('D3')).toMatchObject({ numerator: 1, denominator: 4 });
  });
});

describe('PK10, PK11 — курс по выявленному дефициту и его эффект', () => {
  const addressed = (end: string, over: Row = {}) => course(A, end, { 'Устраняемый дефицит': 'цифровые', ...over });
  test('диагностика в день окончания курса — курс по дефициту; на день позже — нет', () => {
    expect(
      district([teacher(A, found({ 'Диагностика дефицитов': '15.03.2021' }))], [addressed('15.03.2021')]).fig('PK10'),
    ).toEqual({ value: 1 });
    expect(
      district([teacher(A, found({ 'Диагностика дефицитов': '16.03.2021' }))], [addressed('15.03.2021')]).fig('PK10'),
    ).toEqual({ value: 0 });
  });
  test('дефицит, которого у педагога нет, курсом по дефициту не делает', () => {
    expect(
      district([teacher(A, found({}))], [addressed('15.03.2021', { 'Устраняемый дефицит': 'коммуникативные' })]).fig(
        'PK10',
      ),
    ).toEqual({ value: 0 });
  });
  test('эффект: повторная диагностика в день окончания курса засчитывается, накануне — нет', () => {
    const on = district(
      [teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '15.03.2021' }))],
      [addressed('15.03.2021')],
    );
    expect(on.fig('PK11')).toEqual({ numerator: 1, denominator: 1, value: 1 });
    const before = district(
      [teacher(A, found({ 'Дефициты преодолены': 'цифровые', 'Дата повторной диагностики': '14.03.2021' }))],
      [addressed('15.03.2021')],
    );
    expect(before.fig('PK11')).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });
  test('без курсов по дефицитам эффект — «—»', () => {
    expect(district([teacher(A, found({}))]).fig('PK11')).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});

describe('K7, K8 — уволившиеся и закрепление молодых', () => {
  const young = (name: string, left: string | null) =>
    teacher(name, { 'Год рождения': 1995, 'Педагогический стаж': 1, 'Дата увольнения': left });
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
    const r = district(
      [
        teacher(A, {
          'Запрос на ПК: тематика': 'цифровые технологии',
          'Запрос на ПК: форма': 'дистанционная',
          'Запрос на ПК: срок': 'I квартал',
        }),
        teacher(B, { 'Запрос на ПК: тематика': 'воспитание' }),
        teacher('Васильева Нина Сергеевна'),
      ],
      [course(B, '01.03.2021')],
    );
    expect(r.fig('R1')).toEqual({ value: 2 });
    expect(r.fig('PK4')).toEqual({ value: 2 });
    expect(r.fig('R2')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
  test('тематика курса периода: PK12, PK13 и TM:<тема>; курс до периода не считается', () => {
    const r = district(
      [teacher(A), teacher(B)],
      [
        course(A, '01.09.2020', { Тематика: 'цифровые технологии' }),
        course(B, '31.08.2020', { Тематика: 'цифровые технологии' }),
        course(B, '31.08.2021', { Тематика: 'функциональная грамотность', Часы: 6 }),
      ],
    );
    expect(r.fig('PK12')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('PK13')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('TM:цифровые технологии')).toEqual({ value: 1 });
    expect(r.fig('PK14')).toEqual({ value: 1 });
    expect(r.codes()).toEqual([]);
  });
});
