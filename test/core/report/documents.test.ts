// The three documents of the sample district: golden excerpts, letters chosen by cause, the order, no teacher named.
import fc from 'fast-check';
import { SHEET_NAMES } from '../../../src/core/catalogue/sheets';
import { buildDocuments } from '../../../src/core/report/documents';
import { buildLetter } from '../../../src/core/report/letter';
import { buildOrder } from '../../../src/core/report/order';
import type { ReportDoc } from '../../../src/core/report/model';
import { toSummary } from '../../../src/core/summary';
import { generateDistrict, SAMPLE_OPTIONS } from '../../../tools/sample/district';
import {
  course,
  COURSE_HEADER,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
} from '../../support/district';
import { buildInMemory, run } from '../../support/run';
import { NB, text, blockText, allText } from './reading';

const sample = generateDistrict(SAMPLE_OPTIONS).district;
const result = buildInMemory(sample, '2026-11-22');
const docs = buildDocuments(result);

describe('golden: выдержки из трёх документов примера', () => {
  test('справка: ключевой вывод о цикле и потребности следующего года', () => {
    const t = allText(docs.report);
    expect(t).toContain(
      `ежегодно должны обучаться не менее 33,3${NB}% педагогов; в отчётном периоде обучены 61 из 244 (25${NB}%)`,
    );
    expect(t).toContain(
      `потребуется 133${NB}педагогам (54,5${NB}% от общего числа), а в отчётном периоде обучены 61: объём обучения нужно увеличить в 2,2 раза`,
    );
    expect(t).toContain(`Действующего повышения квалификации не имеют 95 из 244${NB}педагогов (38,9${NB}%)`);
    expect(t).toContain(
      'не менее 17 маршрутов составлены для педагогов, не проходивших диагностику, а не менее 82'
        + `${NB}педагогов, прошедших диагностику, не имеют маршрута`,
    );
    expect(t).toContain(
      `Курсы по устранению выявленных дефицитов окончили 4 из 107${NB}педагогов, прошедших диагностику (3,7${NB}%)`,
    );
  });
  test('справка: подзаголовок не повторяет заголовок; проблемы по направлениям, ключевые — первыми, без повторов', () => {
    expect(docs.report.subtitle).toBeUndefined();
    const problems = docs.report.blocks
      .flatMap((b) => (b.kind === 'bullets' ? b.items.map(text) : []))
      .filter((x) => /^(Ключевая проблема|Проблема): /.test(x));
    expect(problems.map((x) => x.split('.')[0])).toEqual([
      'Ключевая проблема: диагностика профессиональных дефицитов',
      'Ключевая проблема: повышение квалификации по циклу',
      'Ключевая проблема: ИОМ на основе диагностики',
      'Проблема: адресное повышение квалификации по дефицитам',
      'Проблема: наставничество молодых педагогов',
    ]);
    expect(problems[1]).toContain(
      `Целевое значение района «Действующее ПК» — 90${NB}% — не достигнуто; ниже цели — все 14`,
    );
    expect(allText(docs.report)).not.toContain(
      'Не достигнуто целевое значение показателя «доля педагогов с действующим',
    );
    // Counts agree with their nouns: «из 61 педагога, прошедшего», not «из 61 педагогов, прошедших».
    expect(allText(docs.report)).toContain(`обучались 7 из 61${NB}педагога, прошедшего курсы`);
    expect(allText(docs.report)).not.toContain('Лист «Район»');
  });
  test('справка: без «сборки», имён файлов, английских слов и ранжирования малых групп', () => {
    const t = allText(docs.report);
    expect(t).not.toMatch(/сборк|summary|\.json|проверены автоматически|Показатели этих организаций/);
    expect(t).not.toMatch(/«Физика» \(80/);
    expect(t).not.toMatch(/ОБЗР|педагог-методист|педагог-наставник/);
    // Codes stay in the methodology appendix only; the body names indicators in words.
    expect(docs.report.blocks.map(blockText).join('\n')).not.toMatch(/\((PK|K|D|I|M|A|E)\d\)/);
  });
  test('письмо: бланк, адресат, пронумерованные разделы ОО с мерами, сроками и показателем', () => {
    const t = allText(docs.letter);
    expect(docs.letter.head?.addressee).toEqual(['Руководителям образовательных организаций Кузнецкого района']);
    expect(docs.letter.head?.inReplyTo).toBe('на № ________ от ________');
    expect(t).toContain('1. МБОУ СОШ с. Махалино');
    expect(t).toContain(
      `1.1. Не проходили диагностику профессиональных дефицитов за 3 года 17 из 30${NB}педагогов (56,7${NB}%). `
        + 'Мера: составить график диагностики',
    );
    expect(t).toContain(
      `Срок — до 01.01.2022. Результат — «Диагностика дефицитов» не ниже 50${NB}% (сейчас 43,3${NB}%).`,
    );
    expect(t).toContain(
      `2.1. Нет действующего повышения квалификации у 14 из 26${NB}педагогов (53,8${NB}%). Мера: утвердить приказом `
        + 'поимённый график',
    );
    expect(t).toContain(`Результат — «Действующее ПК» не ниже 90${NB}% (сейчас 46,2${NB}%).`);
    expect(t).toContain('Исп. Савельева Т.П.');
  });
  test('письмо подписываемо: не длиннее нескольких страниц, не больше трёх мер на ОО, остальное — одной строкой', () => {
    const body = docs.letter.blocks.map(blockText);
    expect(allText(docs.letter).length).toBeLessThan(20_000);
    const perSchool = new Map<string, number>();
    for (const line of body) {
      const m = /^(\d+)\.\d+\. /.exec(line);
      if (m) perSchool.set(m[1], (perSchool.get(m[1]) ?? 0) + 1);
    }
    expect(Math.max(...perSchool.values())).toBe(3);
    expect(body).toContain(
      'Кроме того, ниже норматива или цели: повышение квалификации по циклу (раздел 9 аналитической справки).',
    );
    // One line per indicator: the target is stated with the measure's result, not in a line of its own.
    expect(allText(docs.letter)).not.toContain('Ниже целевого значения');
  });
  test('приказ: «ПРИКАЗЫВАЮ:», пункты со сроком, ответственным и показателем, контроль — последним', () => {
    const points = docs.order.blocks.map(blockText).filter((x) => /^\d+\. /.test(x));
    expect(docs.order.head?.kind).toBe('ПРИКАЗ');
    expect(allText(docs.order)).toContain('ПРИКАЗЫВАЮ:');
    expect(points[0]).toMatch(/^1\. Утвердить аналитическую справку/);
    expect(points[1]).toMatch(
      /^2\. Сформировать сводный план-график .* \(133 чел\., в том числе 95 чел\. без действующего .* Срок: до 01\.10\.2021\. Ответственный: руководитель районной методической службы\. Показатель результата: «Действующее ПК» не ниже 90\u00a0% в мониторинге за 2021\/2022 учебный год \(сейчас 61,1\u00a0%\)\.$/,
    );
    // Without a target the level is the norm: courses closing deficits for a third of the 107 diagnosed.
    expect(points.join('\n')).toContain(`«ПК по выявленным дефицитам» не менее 36${NB}чел. в мониторинге за 2021/2022`);
    expect(points.join('\n')).toContain(
      'в сведениях которых выявлены ошибки (МБОУ СОШ с. Махалино, МБОУ СОШ с. Евлашево, ',
    );
    expect(points.join('\n')).toContain('Показатель результата: число ошибок в сведениях — 0 (сейчас 17).');
    // «Проект» is a mark in the corner; no subtitle under the title repeats what the title says.
    expect(docs.order.head?.mark).toBe('Проект');
    expect(docs.order.subtitle).toBeUndefined();
    expect(points.at(-1)).toMatch(/Контроль за исполнением настоящего приказа оставляю за собой\.$/);
    expect(allText(docs.order)).not.toContain('Эффективность принятых мер');
  });
});

describe('письмо: меры по причине и по тому, насколько ниже', () => {
  /** One school of ten teachers; `over` shapes every teacher, `courses` lists who trained in the period. */
  function letterFor(over: (i: number) => Record<string, unknown>, trained: number) {
    const names = Array.from({ length: 10 }, (_, i) => `Педагог ${i + 1}`);
    return buildLetter(
      run([
        parameters(PERIOD_2021),
        registry([
          { code: '01', name: 'МБОУ СОШ №1' },
          { code: '02', name: 'МБОУ СОШ №2' },
        ]),
        sheet(
          '01 Педагоги',
          TEACHER_HEADER,
          names.map((n, i) => teacher(n, over(i) as never)),
        ),
        sheet(
          '01 Курсы',
          COURSE_HEADER,
          names.slice(0, trained).map((n) => course(n, '20.03.2021')),
        ),
        sheet('01 Мероприятия', EVENT_HEADER, []),
        sheet('02 Педагоги', TEACHER_HEADER, [teacher('Педагог А', { 'Диагностика дефицитов': '10.02.2021' })]),
        sheet('02 Курсы', COURSE_HEADER, [course('Педагог А', '20.03.2021', { Адресная: 'да' })]),
        sheet('02 Мероприятия', EVENT_HEADER, []),
      ]).result,
    );
  }
  const measures = (d: ReportDoc) => d.blocks.map(blockText).filter((x) => /^\d+\.\d+\. /.test(x));
  const diagnosed = { 'Диагностика дефицитов': '10.02.2021' };

  test('нет диагностики у всех — мера о диагностике «далеко»: график и ответственный', () => {
    const m = measures(letterFor(() => ({}), 10));
    expect(m.some((x) => x.includes('Мера: составить график диагностики профессиональных дефицитов для всех'))).toBe(
      true,
    );
  });
  test('нет диагностики у двух из десяти — мера «близко»: направить на диагностику', () => {
    const m = measures(letterFor((i) => (i < 2 ? {} : diagnosed), 10));
    expect(
      m.some((x) =>
        x.includes(
          'Мера: направить на диагностику профессиональных дефицитов педагогов, '
            + 'не проходивших её последние 3 года (2 чел.)',
        ),
      ),
    ).toBe(true);
    expect(m.some((x) => x.includes('составить график диагностики'))).toBe(false);
  });
  test('нет диагностики у одного из десяти — несущественно: меры о диагностике нет', () => {
    const m = measures(letterFor((i) => (i === 0 ? {} : diagnosed), 10));
    expect(m.join('\n')).not.toMatch(/диагностику профессиональных дефицитов за 3 года|Мера: направить на диагностику/);
  });
  test('один из двух молодых без наставника — несущественно; единственный молодой без наставника — мера', () => {
    const young = { 'Год рождения': 1998, 'Педагогический стаж': 1 };
    const oneOfTwo = letterFor(
      (i) => ({ ...diagnosed, ...(i < 2 ? young : {}), ...(i === 1 ? { Наставничество: 'наставляемый' } : {}) }),
      10,
    );
    const onlyOne = letterFor((i) => ({ ...diagnosed, ...(i === 0 ? young : {}) }), 10);
    expect(measures(oneOfTwo).join('\n')).not.toContain('наставник');
    expect(measures(onlyOne).join('\n')).toContain('наставников за молодыми педагогами без наставника (1 чел.)');
  });
  test('меры ранжированы: далеко от норматива — раньше, чем близко, даже если людей меньше', () => {
    // Both young teachers without a mentor (far, 2 people) against 4 of 10 not diagnosed (near, 4 people).
    const young = { 'Год рождения': 1998, 'Педагогический стаж': 1 };
    const m = measures(letterFor((i) => ({ ...(i >= 4 ? diagnosed : {}), ...(i >= 8 ? young : {}) }), 10));
    const mentor = m.findIndex((x) => x.includes(`Без наставника 2 из 2${NB}молодых`));
    const diagnostics = m.findIndex((x) =>
      x.includes(`диагностику профессиональных дефицитов за 3 года 4 из 10${NB}педагогов`),
    );
    expect(mentor).toBeGreaterThanOrEqual(0);
    expect(mentor).toBeLessThan(diagnostics);
  });
  test('ОО без проблем письмо не получает', () => {
    const d = letterFor(() => diagnosed, 10);
    expect(d.blocks.map(blockText)).not.toContain('2. МБОУ СОШ №2');
    expect(allText(d)).not.toContain('МБОУ СОШ №2');
  });
});

describe('приказ с прошлым периодом', () => {
  test('раздел «Эффективность принятых мер»: было/стало, изменение и оценка по каждому направлению', () => {
    const previous = toSummary(result);
    previous.period = { start: '2019-09-01', end: '2020-08-31' };
    previous.district.indicators.PK3 = { numerator: 100, denominator: 240, value: 0.4167 };
    const t = allText(buildOrder(result, previous));
    expect(t).toContain('Эффективность принятых мер.');
    expect(t).toContain(
      `Повышение квалификации по циклу («Действующее ПК») | 41,7${NB}% | 61,1${NB}% | +19,4${NB}п.п. | `
        + 'улучшение, норматив не достигнут',
    );
    // The direction and its indicator with the same name are said once.
    expect(t).toContain(
      `ИОМ на основе диагностики | 20,2${NB}% | 20,2${NB}% | 0${NB}п.п. | без изменений, норматив не достигнут`,
    );
  });
  test('прошлый год — другой район-пример: ухудшение названо ухудшением, итог одной строкой', () => {
    const before = buildInMemory(generateDistrict({ ...SAMPLE_OPTIONS, seed: 2020 }).district, '2026-11-22');
    const previous = toSummary(before);
    previous.period = { start: '2019-09-01', end: '2020-08-31' };
    const t = allText(buildOrder(result, previous));
    expect(t).toContain(`По итогам мониторинга за 2019/2020 учебный год меры требовались по 5${NB}направлениям`);
    expect(t).toContain(
      `Адресное повышение квалификации по дефицитам («ПК по выявленным дефицитам») | 6${NB}чел. | 4${NB}чел. | `
        + `${'\u2212'}2${NB}чел. | ухудшение`,
    );
    expect(t).toContain(
      `Из 5${NB}направлений: улучшение — 1, ухудшение — 4. Меры по направлениям без улучшения повторены`,
    );
  });
});

describe('ни один документ не называет педагога', () => {
  const names = new Set<string>();
  for (const s of sample) {
    if (/(Педагоги|Курсы|Мероприятия)$/.test(s.name))
      for (const r of s.values.slice(1)) if (typeof r[0] === 'string') names.add(r[0]);
    if (s.name === SHEET_NAMES.registry)
      for (const r of s.values.slice(1)) if (typeof r[4] === 'string') names.add(r[4]);
  }
  test('пример района: ни одного ФИО педагога или ответственного в трёх документах', () => {
    expect(names.size).toBeGreaterThan(200);
    for (const d of Object.values(docs)) {
      const all = allText(d);
      expect([...names].filter((n) => all.includes(n))).toEqual([]);
    }
  });
  test('случайные районы: фамилии педагогов не попадают ни в справку, ни в письмо, ни в приказ', () => {
    const surname = fc.constantFrom('Абрамцева', 'Букварёва', 'Вьюгина', 'Гладышева', 'Дымкова', 'Ерошкина');
    fc.assert(
      fc.property(
        fc.array(surname, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        (picked, trained) => {
          const people = picked.map((s, i) => `${s} Анна ${i}`);
          const r = run([
            parameters(PERIOD_2021),
            registry([{ code: '01', name: 'МБОУ СОШ №1' }]),
            sheet(
              '01 Педагоги',
              TEACHER_HEADER,
              people.map((n, i) => teacher(n, i % 2 ? { 'Диагностика дефицитов': '10.02.2021' } : {})),
            ),
            sheet(
              '01 Курсы',
              COURSE_HEADER,
              people.slice(0, trained).map((n) => course(n, '20.03.2021')),
            ),
            sheet('01 Мероприятия', EVENT_HEADER, []),
          ]).result;
          const all = Object.values(buildDocuments(r)).map(allText).join('\n');
          return picked.every((s) => !all.includes(s));
        },
      ),
      { numRuns: 25 },
    );
  });
});
