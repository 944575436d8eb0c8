// `pedmonitor rollup` and `pedmonitor export` as a user runs them: exit 0 with files, or exit 1 with one Russian line.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_VERSION } from '../../src/core/catalogue/version';
import { BIGQUERY_SCHEMA } from '../../src/core/rollup/export';
import type { Summary } from '../../src/core/summary';
import { tempDir } from './xlsxFiles';

jest.setTimeout(120000);

const ROOT = join(__dirname, '..', '..');

beforeAll(() => {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  expect(built.status).toBe(0);
});

function pedmonitor(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pedmonitor.cjs'), ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const district = (municipality: string, end = '2021-08-31'): Summary => ({
  version: CATALOGUE_VERSION,
  municipality,
  period: { start: '2020-09-01', end },
  district: { indicators: { K1: { value: 30 }, PK3: { numerator: 12, denominator: 30, value: 0.4 } } },
  schools: [
    {
      code: '01',
      name: 'МБОУ СОШ №1',
      submitted: true,
      indicators: { K1: { value: 30 }, PK3: { numerator: 12, denominator: 30, value: 0.4 } },
      rows: {},
    },
    { code: '02', name: 'МБОУ ООШ №2', submitted: false, indicators: {}, rows: {} },
  ],
  issues: [],
});

function files(dir: string, summaries: Record<string, unknown>): string[] {
  return Object.entries(summaries).map(([name, s]) => {
    const path = join(dir, name);
    writeFileSync(path, typeof s === 'string' ? s : JSON.stringify(s));
    return name;
  });
}

/** A refusal: exit 1, the progress lines, then exactly one line «Ошибка: …», and no stack trace. */
function expectRefusal(r: ReturnType<typeof pedmonitor>, message: RegExp) {
  expect(r.code).toBe(1);
  const errorLines = r.err.split('\n').filter((l) => l.startsWith('Ошибка'));
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at |Error:|\.cjs|\.ts:/);
}

it('rollup of several files writes the region and reports districts and schools', () => {
  const dir = tempDir();
  const inputs = files(dir, { 'а.json': district('Кузнецкого района'), 'б.json': district('Усольского района') });
  const r = pedmonitor(dir, 'rollup', '--name', 'Иркутской области', '--input', ...inputs, '--out', 'регион');
  expect(r.code).toBe(0);
  expect(r.err).toContain('Готово: районов 2; ОО сдали данные 2 из 4.');
  const region = JSON.parse(readFileSync(join(dir, 'регион', 'summary.json'), 'utf8')) as Summary;
  expect(region.district.indicators).toEqual({
    K1: { value: 60 },
    PK3: { numerator: 24, denominator: 60, value: 0.4 },
  });
});

it('each refusal is one Russian line and exit 1', () => {
  const dir = tempDir();
  files(dir, {
    'а.json': district('Кузнецкого района'),
    'осень.json': district('Усольского района', '2021-12-31'),
    'копия.json': district('Кузнецкого района'),
    'книга.json': { sheets: [] },
    'битый.json': '{"municipality": ',
    'старая.json': { ...district('Тулунского района'), version: CATALOGUE_VERSION + 1 },
  });
  const run = (...inputs: string[]) =>
    pedmonitor(dir, 'rollup', '--name', 'Иркутской области', '--input', ...inputs, '--out', 'р');
  expectRefusal(
    run('а.json', 'осень.json'),
    /^Ошибка: Сводные за разные периоды: «а.json» — за 2020\/2021 учебный год, «осень.json» — за период/,
  );
  expectRefusal(
    run('а.json', 'копия.json'),
    /^Ошибка: Район «Кузнецкого района» встречается дважды: в «а.json» и в «копия.json»/,
  );
  expectRefusal(run('а.json', 'книга.json'), /^Ошибка: Файл «книга.json» — не сводная PedMonitor/);
  expectRefusal(
    run('битый.json'),
    /^Ошибка: Файл «битый.json» — не сводная PedMonitor \(summary.json\): в нём не JSON\./,
  );
  expectRefusal(
    run('а.json', 'старая.json'),
    /^Ошибка: Сводная «старая.json» посчитана по каталогу показателей версии/,
  );
  expectRefusal(run('нет.json'), /^Ошибка: Файл «нет.json» не найден\.$/);
});

it('rollup without --input or --name is a usage error (exit 2)', () => {
  expect(pedmonitor(tempDir(), 'rollup', '--name', 'Иркутской области', '--out', 'р').code).toBe(2);
  expect(pedmonitor(tempDir(), 'rollup', '--input', 'а.json', '--out', 'р').err).toMatch(/Не указан параметр --name/);
});

it('export writes one NDJSON row per submitted school × indicator and the BigQuery schema beside it', () => {
  const dir = tempDir();
  files(dir, { 'а.json': district('Кузнецкого района') });
  const r = pedmonitor(dir, 'export', '--format', 'ndjson', '--input', 'а.json', '--out', 'таблица');
  expect(r.code).toBe(0);
  const rows = readFileSync(join(dir, 'таблица', 'indicators.ndjson'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(rows).toEqual([
    expect.objectContaining({
      municipality: 'Кузнецкого района',
      school_code: '01',
      indicator: 'K1',
      kind: 'count',
      numerator: 30,
      denominator: null,
    }),
    expect.objectContaining({
      school_code: '01',
      indicator: 'PK3',
      kind: 'share',
      numerator: 12,
      denominator: 30,
      period_end: '2021-08-31',
    }),
  ]);
  const schema = JSON.parse(readFileSync(join(dir, 'таблица', 'indicators.schema.json'), 'utf8'));
  expect(schema.map((f: { name: string }) => f.name)).toEqual(Object.keys(rows[0]));
  expect(schema).toEqual(BIGQUERY_SCHEMA);
});

it('export knows only ndjson', () => {
  expect(pedmonitor(tempDir(), 'export', '--format', 'csv', '--input', 'а.json', '--out', 'т').err).toMatch(
    /--format поддерживает только ndjson/,
  );
});
