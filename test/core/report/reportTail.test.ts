// The справка's last parts and edge cases: dynamics, the appendix, no teacher named, no ОО submitted.
import { INDICATORS, BASE_INDICATORS } from '../../../src/core/catalogue/indicators';
import { SHEET_NAMES } from '../../../src/core/catalogue/sheets';
import { buildInMemory } from '../../support/run';
import { buildReport } from '../../../src/core/report/analyticalReport';
import { toSummary } from '../../../src/core/summary';
import { generateDistrict, SAMPLE_OPTIONS } from '../../../tools/sample/district';
import { run } from '../../support/run';
import { parameters, registry, TODAY } from '../../support/district';
import { districtSheets, SCHOOL_1, SCHOOL_2, TEACHER_NAMES } from './fixture';
import { NB, section, prose, tables, charts } from './reading';

const { result } = run(districtSheets());
const doc = buildReport(result);

describe('9. Динамика', () => {
  test('без предыдущей сводки раздела динамики нет', () => {
    expect(() => section(doc, 'Динамика')).toThrow();
  });
  test('с предыдущей сводкой каждый раздел показателей сравнивается с прошлым годом', () => {
    const previous = toSummary(result);
    previous.period = { start: '2019-09-01', end: '2020-08-31' };
    previous.district.indicators.PK3 = { numerator: 4, denominator: 8, value: 0.5 };
    const withDynamics = buildReport(result, previous);
    for (const title of [
      'Кадровый состав',
      'Повышение квалификации',
      'Диагностика',
      'Индивидуальные',
      'Наставничество',
      'Методическая',
    ]) {
      expect(prose(section(withDynamics, title))).toContain('По сравнению с 2019/2020 учебным годом: ');
    }
    expect(prose(section(withDynamics, 'Повышение квалификации'))).toContain(
      `действующее ПК — 62,5${NB}% (было 50${NB}%, +12,5${NB}п.п.)`,
    );
  });
  test('с предыдущей сводкой — таблица: было, стало, изменение в п.п. и чел.', () => {
    const previous = toSummary(result);
    previous.period = { start: '2019-09-01', end: '2020-08-31' };
    previous.district.indicators.PK3 = { numerator: 4, denominator: 8, value: 0.5 };
    previous.district.indicators.K1 = { value: 10 };
    const withDynamics = buildReport(result, previous);
    const t = tables(section(withDynamics, 'Динамика'))[0];
    expect(t.header).toEqual(['Показатель', '2019/2020', '2020/2021', 'Изменение']);
    const row = (code: string) =>
      t.rows
        .find((r) => r[0].text === INDICATORS.find((d) => d.code === code)!.name)!
        .slice(1)
        .map((c) => c.text);
    expect(row('PK3')).toEqual([`50${NB}%`, `62,5${NB}%`, `+12,5${NB}п.п.`]);
    expect(row('K1')).toEqual(['10', '8', `\u22122${NB}чел.`]);
    expect(row('PK8')).toEqual(['—', '—', '—']);
  });
  test('с предыдущей сводкой — рост целевого показателя попадает в выводы, изменение численности — нет', () => {
    const previous = toSummary(result);
    previous.district.indicators.PK3 = { numerator: 4, denominator: 8, value: 0.5 };
    previous.district.indicators.K1 = { value: 10 };
    const p = prose(section(buildReport(result, previous), 'Выводы'));
    expect(p).toMatch(/По сравнению с 2020\/2021 учебным годом выросли: [^\n]*действующее ПК \(\+12,5\u00a0п\.п\.\)/);
    expect(p).not.toMatch(/снизились/);
  });
});

test('приложение: методика каждого показателя из каталога', () => {
  const t = tables(section(doc, 'Приложение'))[0];
  expect(t.rows.map((r) => r[0].text)).toEqual(BASE_INDICATORS.map((d) => d.code));
  const k5 = t.rows.find((r) => r[0].text === 'K5')!;
  expect(`${k5[2].text.replace(/\.$/, '')} / ${k5[3].text.charAt(0).toLowerCase()}${k5[3].text.slice(1)}`).toBe(
    BASE_INDICATORS.find((d) => d.code === 'K5')!.method,
  );
});

describe('справка не называет педагогов', () => {
  test('ни одного ФИО из листов небольшого района', () => {
    const all = JSON.stringify(doc);
    for (const name of [...TEACHER_NAMES, 'Петрова Светлана Ивановна']) expect(all).not.toContain(name.split(' ')[0]);
  });
  test('ни одного ФИО из примерного района на 15 ОО, в том числе ответственных', () => {
    const { district } = generateDistrict(SAMPLE_OPTIONS);
    const sample = buildReport(buildInMemory(district, TODAY));
    const all = JSON.stringify(sample);
    const names = new Set<string>();
    for (const s of district) {
      if (s.name.endsWith('Педагоги') || s.name.endsWith('Курсы') || s.name.endsWith('Мероприятия'))
        for (const r of s.values.slice(1)) if (typeof r[0] === 'string') names.add(r[0]);
      if (s.name === SHEET_NAMES.registry)
        for (const r of s.values.slice(1)) if (typeof r[4] === 'string') names.add(r[4]);
    }
    expect(names.size).toBeGreaterThan(200);
    const found = [...names].filter((n) => all.includes(n));
    expect(found).toEqual([]);
  });
});

describe('район, где ни одна ОО не сдала данные', () => {
  const empty = buildReport(
    run([
      parameters({ 'Начало периода': '01.09.2020', 'Конец периода': '31.08.2021' }),
      registry([
        { code: '01', name: SCHOOL_1 },
        { code: '02', name: SCHOOL_2 },
      ]),
    ]).result,
  );
  test('справка строится: без муниципалитета в заголовке, без диаграмм, доли — «—»', () => {
    expect(empty.title).toBe(
      'Аналитическая справка о профессиональном развитии педагогических работников за 2020/2021 учебный год',
    );
    expect(charts(empty.blocks)).toEqual([]);
    expect(prose(section(empty, 'Кадровый состав'))).toContain('(—)');
  });
  test('обе ОО названы как несдавшие', () => {
    expect(prose(section(empty, 'Общие сведения'))).toContain(`не представили — ${SCHOOL_1}, ${SCHOOL_2};`);
  });
});
