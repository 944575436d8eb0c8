// «Диагностика»: every assumption tried on temporary files in the user's account, cleaned up, a Russian pass/fail list.
import { buildDist, json, loadAddon, readCode } from './harness';
import { FakeGoogle } from './fakes/google';
import type { DiagnosticsReport } from '../../src/shared/contract';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

function run(google: FakeGoogle): DiagnosticsReport {
  const addon = loadAddon(google, code) as unknown as { runDiagnostics(): DiagnosticsReport };
  return json(addon.runDiagnostics());
}

test('in a working account every check passes and the list says so in Russian', () => {
  const report = run(new FakeGoogle());
  expect(report.checks.map((c) => c.title)).toEqual([
    'Служба Google Sheets API включена',
    'Таблица создаётся, её лист растёт за 1 000 × 26',
    'Лист защищается только для себя, а Sheets API показывает его редакторов',
    'Ссылка на ячейку в формате текста ячейки',
    'Дата в ячейке читается через API как дата',
    'Чтения через Sheets API и квота 60 чтений в минуту',
    'Документ создаётся и удаляется',
    'Часовой пояс таблицы района',
    'Временная таблица удалена',
  ]);
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  expect(report.message).toMatch(/^Все 9 проверок пройдены/);
});

test('the temporary spreadsheet and document are moved to the trash; the district workbook is untouched', () => {
  const google = new FakeGoogle();
  const before = google.active.sheets.map((s) => s.name);
  run(google);
  const temporary = [...google.files.keys()].filter((id) => id !== google.active.id);
  expect(temporary).toHaveLength(1);
  expect([...google.trashed].sort()).toEqual([...temporary, google.docs[0].id].sort());
  expect(google.active.sheets.map((s) => s.name)).toEqual(before);
});

test('without the Sheets service the checks that need it fail with what to do, and the rest still run', () => {
  const google = new FakeGoogle();
  type Diagnosable = { runDiagnostics(): DiagnosticsReport; context: Record<string, unknown> };
  const addon = loadAddon(google, code) as unknown as Diagnosable;
  addon.context.Sheets = undefined;
  const report = json(addon.runDiagnostics());
  const failed = report.checks.filter((c) => !c.ok).map((c) => c.title);
  expect(failed).toContain('Служба Google Sheets API включена');
  expect(report.checks.find((c) => c.title === 'Служба Google Sheets API включена')?.detail).toMatch(/Службы/);
  expect(report.checks.find((c) => c.title === 'Документ создаётся и удаляется')?.ok).toBe(true);
  expect(report.message).toMatch(/^Не пройдено \d+ из 9 проверок/);
});

test('the menu item shows the same list in an alert, one line a check', () => {
  const google = new FakeGoogle();
  (loadAddon(google, code) as unknown as { menuDiagnostics(): void }).menuDiagnostics();
  expect(google.ui.alerts).toHaveLength(1);
  expect(google.ui.alerts[0].text.split('\n').filter((l) => l.startsWith('✓ '))).toHaveLength(9);
});
