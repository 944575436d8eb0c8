// Region mode in Google: «Собрать сводную региона» reads each district's stored summary, never a school sheet;
// a failing district is isolated; the region's sheets, Doc and snapshot equal the offline roll-up; calls are counted.
import { REGION_SHEET_NAMES } from '../../src/core/catalogue/region';
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { rollUp } from '../../src/core/rollup/compose';
import type { Summary } from '../../src/core/summary';
import { STORE_SHEET, chunks } from '../../src/gas/storeSheet';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { FakeGoogle } from './fakes/google';
import type { FakeSpreadsheet } from './fakes/spreadsheet';
import { buildDist, fill, loadAddon, readCode } from './harness';
import { sharedDistrict } from './sampleWorkbook';

let code: string;
let district: Summary;
beforeAll(() => {
  code = readCode(buildDist());
  district = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 6, notSubmitted: 1 }).offline;
});

const PERIOD_KEY = 'snapshot:2020-09-01:2021-08-31';

/** A district spreadsheet after its «Собрать сводную»: the summary stored on its service sheet, schools untouched. */
function builtDistrict(google: FakeGoogle, municipality: string, key = PERIOD_KEY): FakeSpreadsheet {
  const ss = google.newSpreadsheet(`Мониторинг ПК — ${municipality}`);
  const summary: Summary = { ...district, municipality };
  fill(ss.insertSheet(STORE_SHEET), [[key, ...chunks(JSON.stringify(summary), 4000)]]);
  fill(ss.insertSheet('01 Педагоги'), [['ФИО'], ['Иванова Анна Петровна']]);
  return ss;
}

function region(districts: number, extra: (google: FakeGoogle) => [string, string][] = () => []) {
  const google = new FakeGoogle('Мониторинг ПК — Иркутская область');
  const names = Array.from({ length: districts }, (_, i) => `Района № ${i + 1}`);
  const rows: [string, string][] = names.map((n) => [n, builtDistrict(google, n).url]);
  rows.push(...extra(google));
  fill(google.active.insertSheet(SHEET_NAMES.parameters), [
    ['Параметр', 'Значение'],
    ['Муниципалитет', 'Иркутской области'],
    ['Начало периода', '01.09.2020'],
    ['Конец периода', '31.08.2021'],
  ]);
  fill(google.active.insertSheet(REGION_SHEET_NAMES.registry), [['Район', 'Таблица района'], ...rows]);
  return { google, names, addon: loadAddon(google, code) };
}

test("the region's sheets, snapshot and Doc hold the exact roll-up of the districts' stored summaries", () => {
  const { google, names, addon } = region(3);
  addon.menuRegion();
  expect(google.ui.alerts.at(-1)?.text).toMatch(/^Сводная региона собрана: районов 3 из 3, ОО 12\./);
  const expected = rollUp(
    'Иркутской области',
    names.map((n) => ({ label: n, summary: { ...district, municipality: n } })),
  );
  const stored = google.active
    .sheet(STORE_SHEET)
    .grid()
    .find((r) => r[0] === PERIOD_KEY) as unknown[];
  expect(JSON.parse(stored.slice(1).join(''))).toEqual(JSON.parse(JSON.stringify(expected)));
  const byDistrict = google.active.sheet(REGION_SHEET_NAMES.byDistrict).grid();
  expect(byDistrict.slice(2).map((r) => r[0])).toEqual(['Итого по региону', ...names]);
  for (const name of [REGION_SHEET_NAMES.bySchool, REGION_SHEET_NAMES.bySubject, SHEET_NAMES.errors])
    expect(google.active.sheet(name)).toBeDefined();
  expect(google.docs.at(-1)?.name).toContain('региона');
  expect(google.docs.at(-1)?.body.text()).toContain('Сравнение районов');
});

test('a failing district is one problem on «Ошибки»; the other districts count', () => {
  const { google, addon } = region(2, (g) => {
    const denied = builtDistrict(g, 'Закрытого района');
    g.denied.add(denied.id);
    return [
      ['Удалённого района', 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/edit'],
      ['Закрытого района', denied.url],
      ['Прошлогоднего района', builtDistrict(g, 'Прошлогоднего района', 'snapshot:2019-09-01:2020-08-31').url],
      ['Повтор', builtDistrict(g, 'Района № 1').url],
    ];
  });
  addon.menuRegion();
  expect(google.ui.alerts.at(-1)?.text).toMatch(/^Сводная региона собрана: районов 2 из 6, ОО 8\. Не вошли 4/);
  const errors = google.active
    .sheet(SHEET_NAMES.errors)
    .grid()
    .slice(1)
    .map((r) => [r[1], r[3]]);
  expect(errors).toEqual([
    ['B4', expect.stringMatching(/^Удалённого района: таблица района недоступна: файл не найден/)],
    ['B5', expect.stringMatching(/^Закрытого района: таблица района недоступна: нет доступа к файлу/)],
    [
      'B6',
      expect.stringMatching(/^Прошлогоднего района: в таблице района нет сводной за период 01\.09\.2020–31\.08\.2021/),
    ],
    ['B7', 'Повтор: район «Района № 1» уже есть в сводной (ячейка B2). Второй раз он не учитывается.'],
  ]);
});

test("only the districts' service sheets are read: no school sheet crosses a district's boundary", () => {
  const { google, addon } = region(3);
  const requests: { id: string; fields: string; ranges?: string[] }[] = [];
  const api = google.sheetsApi;
  const get = api.get.bind(api);
  api.get = (id: string, opts: unknown) => {
    requests.push({ id, ...(opts as { fields: string; ranges?: string[] }) });
    return get(id, opts);
  };
  addon.menuRegion();
  const inDistricts = requests.filter((r) => r.id !== google.active.id);
  expect(inDistricts).toHaveLength(6);
  const withCells = inDistricts.filter((r) => r.fields.includes('rowData'));
  expect(withCells).toHaveLength(3);
  for (const r of withCells) expect(r.ranges).toEqual([`'${STORE_SHEET}'`]);
});

/** The Doc and its charts (drawn on a temporary sheet): O(blocks of the report), the same for every run here. */
const REPORT_CALL =
  /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|InlineImage|EmbeddedChart\w*)\.|^Sheet\.(newChart|insertChart)$/;

test('calls stay within the budget: two per district (sheet list, service sheet), the rest does not grow with districts (10 and 30 measured)', () => {
  const measured = [10, 30].map((n) => {
    const { google, addon } = region(n);
    google.recorder.reset();
    addon.menuRegion();
    const calls = google.recorder.calls;
    const inDistrict = calls.filter(
      (c) => c.file !== undefined && c.file !== google.active.id && !google.docs.some((d) => d.id === c.file),
    );
    const report = calls.filter((c) => !inDistrict.includes(c) && REPORT_CALL.test(`${c.on}.${c.method}`));
    return {
      n,
      districts: inDistrict.length,
      report: report.length,
      other: calls.length - inDistrict.length - report.length,
      total: calls.length,
    };
  });
  process.stdout.write(`region mode calls: ${JSON.stringify(measured)}\n`);
  for (const m of measured) {
    expect(m.districts).toBe(2 * m.n);
    expect(m.other).toBeLessThanOrEqual(40);
    expect(m.report).toBeLessThanOrEqual(300);
  }
  expect(measured[1].other).toBe(measured[0].other);
  expect(measured[1].report).toBe(measured[0].report);
});
