// The analytical report (справка) of a small district: title, section order, sections, conclusions; more in
// reportTail.test.ts.
import { INDICATORS, BASE_INDICATORS, sectionIndicators } from '../../../src/core/catalogue/indicators';
import { SHEET_NAMES } from '../../../src/core/catalogue/sheets';
import { buildInMemory } from '../../support/run';
import { buildReport } from '../../../src/core/report/analyticalReport';
import { measureFor } from '../../../src/core/report/recommendations';
import { shortName } from '../../../src/core/catalogue/wording';
import { generateDistrict } from '../../../tools/sample/district';
import { run } from '../../support/run';
import { TODAY } from '../../support/district';
import { withoutTargets, districtSheets, SCHOOL_1, SCHOOL_2, SCHOOL_3, SCHOOL_4 } from './fixture';
import { NB, section, prose, tables, charts } from './reading';

const { result } = run(districtSheets());
const doc = buildReport(result);

describe('заголовок', () => {
  test('муниципалитет и учебный год', () => {
    expect(doc.title).toBe(
      'Аналитическая справка о профессиональном развитии педагогических работников Кузнецкого района за 2020/2021 учебный год',
    );
  });
  test('период не с 1 сентября — датами', () => {
    const other = buildReport(
      run(districtSheets({ 'Начало периода': '01.01.2021', 'Конец периода': '31.12.2021' })).result,
    );
    expect(other.title).toMatch(/ за период с 01\.01\.2021 по 31\.12\.2021$/);
  });
});

test('разделы идут в установленном порядке, приложение — последним', () => {
  const headings = [...doc.blocks, ...doc.appendix!]
    .filter((b) => b.kind === 'heading' && b.level === 1)
    .map((b) => (b as { text: string }).text);
  expect(headings).toEqual([
    '1. Общие сведения и полнота данных',
    '2. Кадровый состав',
    '3. Повышение квалификации',
    '4. Диагностика профессиональных дефицитов',
    '5. Индивидуальные образовательные маршруты и адресные программы',
    '6. Наставничество и молодые педагоги',
    '7. Методическая активность и конкурсы профессионального мастерства',
    '8. Преодоление дефицитов, запросы педагогов и методическая работа района',
    '9. Показатели по образовательным организациям',
    '10. Выводы и предложения',
    'Приложение 1. Методика расчёта показателей',
    'Приложение 2. Учёт представленных сведений',
  ]);
});

describe('1. Общие сведения', () => {
  const blocks = section(doc, 'Общие сведения');
  test('полнота данных — одно предложение: кто сдал, кто нет, сколько сведений учтено', () => {
    expect(prose(blocks)).toContain(
      `Данные представили 3 из 4${NB}образовательных организаций (75${NB}%), не представила — `
        + `${SCHOOL_4}; в расчёт включены сведения о 8${NB}педагогах, 5${NB}курсах и 2${NB}мероприятиях (учёт сведений — в приложении 2).`,
    );
  });
  test('в разделе нет таблицы учёта строк, слов «проверены автоматически», названий файлов и «сборки»', () => {
    expect(tables(blocks)).toEqual([]);
    expect(prose(blocks)).not.toMatch(/автоматически|сборк|summary|\.json|\.xlsx/);
  });
  test('приложение 2: строки прочитано, учтено, исключено по каждому листу', () => {
    const t = tables(section(doc, 'Приложение 2'))[0];
    expect(t.header).toEqual(['Лист', 'Прочитано строк', 'Учтено', 'Исключено']);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Педагоги', '8', '8', '0'],
      ['Курсы', '6', '5', '1'],
      ['Мероприятия', '2', '2', '0'],
    ]);
  });
  test('приложение 2: число ошибок и предупреждений', () => {
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const warnings = result.issues.length - errors;
    expect(errors).toBeGreaterThan(0);
    expect(prose(section(doc, 'Приложение 2'))).toMatch(
      new RegExp(`выявлено ${errors}${NB}ошибк\\S* и ${warnings}${NB}предупрежден`),
    );
  });
});

describe('разделы показателей', () => {
  test('2. Кадровый состав: показатели раздела «staff» из каталога (K1–K6 первыми) в таблице, численность в тексте', () => {
    const blocks = section(doc, 'Кадровый состав');
    const names = tables(blocks)[0].rows.map((r) => r[0].text);
    expect(names).toEqual(sectionIndicators('staff').map((c) => INDICATORS.find((d) => d.code === c)!.name));
    expect(names.slice(0, 6)).toEqual(
      ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'].map((c) => INDICATORS.find((d) => d.code === c)!.name),
    );
    expect(prose(blocks)).toContain(`работают 8${NB}педагогов`);
  });
  test('3. Повышение квалификации: доля района — сумма числителей на сумму знаменателей', () => {
    const blocks = section(doc, 'Повышение квалификации');
    // PK3: (3 + 2 + 0) / (4 + 2 + 2) = 62,5 %, not the mean of 75 %, 100 % and 0 %.
    expect(prose(blocks)).toContain(`имеют 5${NB}педагогов (62,5${NB}%)`);
    const pk3 = tables(blocks)[0].rows.find((r) => r[0].text === INDICATORS.find((d) => d.code === 'PK3')!.name)!;
    expect(pk3.map((c) => c.text)).toEqual([expect.any(String), `62,5${NB}%`, '5 из 8', `90${NB}%`]);
    expect(pk3[1].shade).toBe('below-target');
  });
  test('3. План ПК — только число педагогов и ссылка на лист', () => {
    const blocks = section(doc, 'Повышение квалификации');
    expect(prose(blocks)).toMatch(
      new RegExp(`потребуется \\d+${NB}педагог\\S* \\([^)]*от общего числа\\): это объём плана-графика`),
    );
    expect(prose(blocks)).toContain(`«${SHEET_NAMES.coursePlan}»`);
  });
  test('3. Нет переподготовки — фраза вместо «0 из 0»', () => {
    expect(prose(section(doc, 'Повышение квалификации'))).toContain(
      'Профессиональную переподготовку в отчётном периоде педагоги не проходили.',
    );
  });
  test('4. Диагностика по предметам: таблица только по преподаваемым предметам и диаграмма', () => {
    const blocks = section(doc, 'Диагностика');
    const bySubject = tables(blocks).find((t) => t.header[0] === 'Учебный предмет')!;
    const rows = Object.fromEntries(bySubject.rows.map((r) => [r[0].text, r.slice(1).map((c) => c.text)]));
    expect(rows['Математика']).toEqual(['4', '3', `75${NB}%`]);
    expect(rows['Физика']).toEqual(['1', '0', `0${NB}%`]);
    expect(rows['Химия']).toBeUndefined();
    const chart = charts(blocks).find((c) => c.chart.id === 'd1-by-subject')!.chart;
    expect(chart.categories).toEqual(bySubject.rows.map((r) => r[0].text));
  });
  test('4. D2: дефициты с числом педагогов, «нет» — не дефицит', () => {
    const chart = charts(section(doc, 'Диагностика')).find((c) => c.chart.id === 'd2-deficits')!.chart;
    const values = Object.fromEntries(chart.categories.map((c, i) => [c, chart.series[0].values[i]]));
    expect(values).toEqual({
      предметные: 1,
      методические: 2,
      'психолого-педагогические': 0,
      коммуникативные: 0,
      цифровые: 1,
    });
  });
  test('диаграммы по ОО — по одной категории на сдавшую ОО, с линией цели', () => {
    const chart = charts(doc.blocks).find((c) => c.chart.id === 'pk3-by-school')!.chart;
    expect(chart.categories).toEqual([SCHOOL_1, SCHOOL_2, SCHOOL_3]);
    expect(chart.series[0].values).toEqual([75, 100, 0]);
    expect(chart.target).toBe(90);
  });
  test('в большом районе диаграмма по ОО — 20 ОО с наименьшими значениями, по возрастанию', () => {
    const { district } = generateDistrict({ schools: 35, teachersPerSchool: 6, seed: 11, mistakes: false });
    const big = buildInMemory(district, TODAY);
    const chart = charts(buildReport(big).blocks).find((c) => c.chart.id === 'pk1-by-school')!.chart;
    const values = chart.series[0].values as number[];
    expect(chart.categories).toHaveLength(20);
    expect(chart.title).toContain('20 ОО с наименьшими значениями');
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    const shown = new Set(chart.categories);
    const hidden = big.schools
      .filter((s) => s.submitted && !shown.has(s.school.name))
      .map((s) => s.indicators.PK1)
      .map((v) => (v.kind === 'count' ? 0 : (v.numerator / v.denominator) * 100));
    expect(Math.min(...hidden)).toBeGreaterThanOrEqual(Math.max(...values) - 0.05);
  });
  test('5. Адресные программы: глагол в числе педагогов («прошёл 1 педагог»)', () => {
    expect(prose(section(doc, 'Индивидуальные'))).toContain(`до окончания курса, прошёл 1${NB}педагог (`);
  });
  test('6. Наставничество: молодые и охват', () => {
    expect(prose(section(doc, 'Наставничество'))).toContain(
      `Молодых педагогов в образовательных организациях — 1 (12,5${NB}%`,
    );
  });
});

describe('8. Показатели по ОО', () => {
  const parts = tables(section(doc, 'Показатели по образовательным'));
  const t = parts[0];
  const head = (code: string) => {
    const d = INDICATORS.find((x) => x.code === code)!;
    return `${shortName(code)}, ${d.unit}`;
  };
  /** The cell of a school in the column of an indicator, whichever part of the table holds it. */
  const cellOf = (name: string, code: string) => {
    const part = parts.find((p) => p.header.includes(head(code)))!;
    return part.rows.find((r) => r[0].text === name || r[0].text.startsWith(`${name} (`))![
      part.header.indexOf(head(code))
    ];
  };
  const row = (name: string) => t.rows.find((r) => r[0].text === name || r[0].text.startsWith(`${name} (`))!;
  test('столбцы — ключевые показатели каталога под короткими названиями, без кодов и расшифровки', () => {
    expect(parts.flatMap((p) => p.header.slice(1))).toEqual(INDICATORS.filter((d) => d.key).map((d) => head(d.code)));
    expect(parts.every((p) => p.header.length <= 7)).toBe(true);
    expect(prose(section(doc, 'Показатели по образовательным'))).not.toContain('Обозначения');
  });
  test('итог района, строка целей, затем ОО в порядке реестра', () => {
    expect(t.rows.map((r) => r[0].text)).toEqual([
      'Итого по району',
      'Цель',
      SCHOOL_1,
      SCHOOL_2,
      SCHOOL_3,
      `${SCHOOL_4} (не сдала данные)`,
    ]);
  });
  test('ниже цели — выделено; на уровне цели — нет', () => {
    expect(cellOf(SCHOOL_1, 'PK3')).toMatchObject({ text: `75${NB}%`, shade: 'below-target' });
    expect(cellOf(SCHOOL_1, 'D1')).toEqual({ text: `50${NB}%`, align: 'center' });
  });
  test('нулевой знаменатель — «—»', () => {
    expect(cellOf(SCHOOL_2, 'M1').text).toBe('—');
  });
  test('несдавшая ОО — «не сдала данные»', () => {
    expect(row(SCHOOL_4)[0].text).toBe(`${SCHOOL_4} (не сдала данные)`);
    expect(
      row(SCHOOL_4)
        .slice(1)
        .every((c) => c.text === ''),
    ).toBe(true);
  });
  test('название ОО, начинающееся с «=», — просто текст', () => {
    expect(row(SCHOOL_3)[0]).toEqual({ text: SCHOOL_3 });
  });
});

describe('9. Выводы и предложения', () => {
  const blocks = section(doc, 'Выводы');
  test('выводы называют недостигнутые цели, число и долю ОО ниже цели — в пункте той же проблемы, без повтора значения', () => {
    const p = prose(blocks);
    expect(p).toContain(
      `Целевое значение района «Действующее ПК» — 90${NB}% — не достигнуто; ниже цели — 2 из 3${NB}образовательных `
        + `организаций (66,7${NB}%).`,
    );
    expect(p).not.toContain('Не достигнуто целевое значение показателя «доля педагогов с действующим');
  });
  test('проблемы сгруппированы по направлениям, ключевые — первыми', () => {
    const items = blocks
      .flatMap((b) => (b.kind === 'bullets' ? b.items : []))
      .map((runs) => runs.map((r) => (typeof r === 'string' ? r : r.text)).join(''));
    const problems = items.filter((x) => /^(Ключевая проблема|Проблема): /.test(x));
    expect(problems.length).toBeGreaterThan(0);
    const firstOrdinary = problems.findIndex((x) => x.startsWith('Проблема: '));
    expect(problems.slice(0, firstOrdinary === -1 ? undefined : firstOrdinary).length).toBeLessThanOrEqual(3);
    expect(new Set(problems.map((x) => x.split('.')[0])).size).toBe(problems.length);
  });
  test('выводы из нормативов — и без целей района', () => {
    const p = prose(section(buildReport(withoutTargets()), 'Выводы'));
    expect(p).not.toContain('целевое значение');
    expect(p).toContain(`Действующего повышения квалификации не имеют 3 из 8${NB}педагогов`);
  });
  test('предложения — ссылка на проект приказа и письмо руководителям ОО, не перечень для самой методслужбы', () => {
    const p = prose(blocks);
    expect(p).toContain('предложены в проекте приказа');
    expect(p).toMatch(
      /Адресные рекомендации подготовлены для всех 3\u00a0образовательных организаций, представивших данные,/,
    );
    expect(p).not.toContain('районной методической службе');
  });
  test('курсы, закрывшие дефициты, — не успех, если их меньше нормы', () => {
    const strengths = blocks.slice(
      0,
      blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Проблемы'),
    );
    expect(prose(strengths)).not.toContain('Адресный подход к повышению квалификации реализуется');
  });
  test('у каждого показателя каталога есть своя мера', () => {
    const generic = measureFor('X9');
    for (const def of BASE_INDICATORS) expect(measureFor(def.code)).not.toBe(generic);
    expect(measureFor('D1:Математика')).toContain('«Математика»');
  });
});
