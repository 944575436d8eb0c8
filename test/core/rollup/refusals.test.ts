// Each refusal of the roll-up is one Russian sentence that names the file and says what to do.
import { CATALOGUE_VERSION } from '../../../src/core/catalogue/version';
import { DataError } from '../../../src/core/errors';
import { acceptSummary } from '../../../src/core/rollup/accept';
import { rollUp } from '../../../src/core/rollup/compose';
import type { Summary } from '../../../src/core/summary';

const district = (municipality: string, period = { start: '2020-09-01', end: '2021-08-31' }): Summary => ({
  version: CATALOGUE_VERSION,
  municipality,
  period,
  district: { indicators: { K1: { value: 20 }, PK1: { numerator: 5, denominator: 20, value: 0.25 } } },
  schools: [
    {
      code: '01',
      name: 'МБОУ СОШ №1',
      submitted: true,
      indicators: { K1: { value: 20 }, PK1: { numerator: 5, denominator: 20, value: 0.25 } },
      rows: { Педагоги: { read: 20, used: 20, excluded: 0 } },
    },
  ],
  issues: [],
});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('no refusal');
}

test('районы за разные периоды не складываются', () => {
  const message = refusal(() =>
    rollUp('Иркутской области', [
      { label: 'кузнецкий.json', summary: district('Кузнецкого района') },
      { label: 'усольский.json', summary: district('Усольского района', { start: '2021-09-01', end: '2022-08-31' }) },
    ]),
  );
  expect(message).toBe(
    'Сводные за разные периоды: «кузнецкий.json» — за 2020/2021 учебный год, «усольский.json» — '
      + 'за 2021/2022 учебный год. В одну сводную входят районы за один и тот же период.',
  );
});

test('один и тот же район дважды — отказ с именами обоих файлов', () => {
  const message = refusal(() =>
    rollUp('Иркутской области', [
      { label: 'кузнецкий.json', summary: district('Кузнецкого района') },
      { label: 'копия.json', summary: district('Кузнецкого  района') },
    ]),
  );
  expect(message).toMatch(/^Район «Кузнецкого района» встречается дважды: в «кузнецкий.json» и в «копия.json»/);
});

test('район, который уже есть в сводной региона, не добавляется ещё раз', () => {
  const region = rollUp('Иркутской области', [{ label: 'кузнецкий.json', summary: district('Кузнецкого района') }]);
  const message = refusal(() =>
    rollUp('Российской Федерации', [
      { label: 'регион.json', summary: region },
      { label: 'кузнецкий.json', summary: district('Кузнецкого района') },
    ]),
  );
  expect(message).toMatch(/в «регион.json» и в «кузнецкий.json»/);
});

test('район без названия нельзя отличить от другого — просим заполнить «Муниципалитет»', () => {
  const message = refusal(() => rollUp('Иркутской области', [{ label: 'без имени.json', summary: district(' ') }]));
  expect(message).toContain('В сводной «без имени.json» не указан муниципалитет');
  expect(message).toContain('«Муниципалитет»');
});

test('файл, который не является сводной PedMonitor, отвергается', () => {
  for (const json of [[1, 2], 'текст', null, { name: 'book' }]) {
    expect(refusal(() => acceptSummary('книга.json', json))).toMatch(
      /^Файл «книга.json» — не сводная PedMonitor \(summary.json\)\./,
    );
  }
});

test('сводная с испорченным полем называет это поле', () => {
  const broken = { ...district('Кузнецкого района'), schools: [{ code: '01' }] };
  expect(refusal(() => acceptSummary('район.json', broken))).toContain(
    'поле schools.0.name не такое, как в summary.json PedMonitor',
  );
});

test('сводная другой версии каталога показателей отвергается, с просьбой пересобрать район', () => {
  const message = refusal(() =>
    acceptSummary('старая.json', { ...district('Кузнецкого района'), version: CATALOGUE_VERSION + 1 }),
  );
  expect(message).toContain(
    `по каталогу показателей версии ${CATALOGUE_VERSION + 1}, а эта программа — по версии ${CATALOGUE_VERSION}`,
  );
  expect(message).toContain('Пересоберите этот район');
});

test('сводная без номера версии (записана до версий) отвергается так же', () => {
  const { version: _, ...old } = district('Кузнецкого района');
  expect(refusal(() => acceptSummary('прошлогодняя.json', old))).toContain('без номера каталога показателей');
});

test('сводная текущей версии принимается как есть', () => {
  const s = district('Кузнецкого района');
  expect(acceptSummary('район.json', JSON.parse(JSON.stringify(s)))).toEqual(s);
});

test('один и тот же файл, указанный дважды, назван прямо', () => {
  const s = district('Кузнецкого района');
  const message = refusal(() =>
    rollUp('Иркутской области', [
      { label: 'район.json', summary: s },
      { label: 'район.json', summary: s },
    ]),
  );
  expect(message).toBe('Файл «район.json» указан дважды. Каждый район входит в сводную один раз.');
});

test('сводная, в которой район записан дважды, отвергается', () => {
  const broken = { ...rollUp('Иркутской области', [{ label: 'а.json', summary: district('Кузнецкого района') }]) };
  broken.districts = [...(broken.districts ?? []), ...(broken.districts ?? [])];
  const message = refusal(() => rollUp('Российской Федерации', [{ label: 'регион.json', summary: broken }]));
  expect(message).toBe(
    'Район «Кузнецкого района» встречается в сводной «регион.json» дважды. Каждый район входит в сводную один раз.',
  );
});
