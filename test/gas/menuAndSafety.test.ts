// The menu and the panel's window, and the rule that text a school typed is written as text, never as a formula.
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { MENU_ITEMS } from '../../src/gas/menu';
import { FakeGoogle } from './fakes/google';
import { buildDist, loadAddon, readCode, runJob } from './harness';
import { sharedDistrict } from './sampleWorkbook';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

test('onOpen builds the add-on menu in Russian and touches nothing else (safe in AuthMode.NONE)', () => {
  const google = new FakeGoogle();
  loadAddon(google, code).onOpen({ authMode: 'NONE' });
  expect(google.ui.menus).toHaveLength(1);
  expect(google.ui.menus[0].items.map((i) => i.caption)).toEqual([
    'Открыть панель',
    'Настроить таблицу',
    'Проверить данные',
    'Собрать сводную',
    'Сформировать отчёт',
    'Собрать сводную региона',
    'Диагностика',
  ]);
  expect(google.ui.menus[0].added).toBe(true);
  const touched = new Set(google.recorder.calls.map((c) => `${c.on}.${c.method}`));
  expect([...touched].sort()).toEqual([
    'Menu.addItem',
    'Menu.addSeparator',
    'Menu.addToUi',
    'SpreadsheetApp.getUi',
    'Ui.createAddonMenu',
  ]);
});

test('every menu item runs an entry point of the bundle', () => {
  const google = new FakeGoogle();
  const addon = loadAddon(google, code) as unknown as Record<string, unknown>;
  for (const item of MENU_ITEMS) expect(typeof addon[item.run]).toBe('function');
});

test('onInstall builds the same menu', () => {
  const google = new FakeGoogle();
  loadAddon(google, code).onInstall({ authMode: 'FULL' });
  expect(google.ui.menus[0].items).toHaveLength(MENU_ITEMS.length);
});

test('«Открыть панель» shows the bundled sidebar', () => {
  const google = new FakeGoogle();
  loadAddon(google, code).showSidebar();
  expect(google.ui.sidebars).toEqual([{ file: 'Sidebar', title: 'PedMonitor' }]);
});

test('«Собрать сводную» from the menu runs the whole build and says how it went', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 3, teachersPerSchool: 6, notSubmitted: 0 });
  loadAddon(d.google, code).menuSummary();
  expect(d.google.ui.alerts.at(-1)?.text).toMatch(/^Сводная собрана: 3 ОО/);
  expect(d.google.active.getSheetByName(SHEET_NAMES.summary)).not.toBeNull();
});

test('a failure from the menu is one Russian sentence in a dialog, not a stack trace', () => {
  const google = new FakeGoogle();
  loadAddon(google, code).menuCheck();
  expect(google.ui.alerts.at(-1)?.text).toMatch(/^В книге нет листа «ОО»/);
});

describe('text a school typed', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 2, teachersPerSchool: 4, notSubmitted: 0 });
  const hostileSchool = '=HYPERLINK("http://evil.example";"нажми")';
  const hostileTeacher = '+7 (999) 123-45-67';
  beforeAll(() => {
    const registry = d.google.active.sheet(SHEET_NAMES.registry);
    registry.ensure(2, 2).value = hostileSchool;
    const teachers = d.google.active.sheet('01 Педагоги');
    const row = teachers.getLastRow() + 1;
    teachers.ensure(row, 1).value = hostileTeacher;
    teachers.ensure(row, 2).value = 'учитель';
    teachers.ensure(row, 3).value = 'Математика';
    runJob(loadAddon(d.google, code), 'summary');
  });

  test('a school name starting with «=» is shown as text in `Сводная`', () => {
    const summary = d.google.active.sheet(SHEET_NAMES.summary);
    const row = summary.grid().findIndex((r) => r[0] === '01') + 1;
    const cell = summary.cell(row, 2)!;
    expect(cell.value).toBe(hostileSchool);
    expect(cell.formula).toBeUndefined();
  });

  test('a teacher «name» starting with «+» stays text in `План ПК`, and codes like «01» keep their zero', () => {
    const plan = d.google.active.sheet(SHEET_NAMES.coursePlan);
    const row = plan.grid().find((r) => r[2] === hostileTeacher);
    expect(row?.[0]).toBe('01');
    // The add-on writes no formula anywhere, not even for links (those are cell text formats).
    const every = d.google.active.sheets.flatMap((s) => s.cells.flat().filter((c) => c.formula !== undefined));
    expect(every).toEqual([]);
  });
});

test('«Настроить таблицу» from the menu asks where schools enter data: «Нет» chooses one file per school', () => {
  const google = new FakeGoogle();
  google.ui.answer = 'NO';
  const addon = loadAddon(google, code);
  addon.menuSetup();
  expect(google.ui.alerts[0].text).toMatch(/Где образовательные организации будут вносить данные/);
  expect(google.ui.alerts.at(-1)?.text).toMatch(/Заполните реестр «ОО»/);
  expect(addon.getPanelState().mode).toBe('per-school');
});

test('cancelling that question changes nothing', () => {
  const google = new FakeGoogle();
  google.ui.answer = 'CANCEL';
  loadAddon(google, code).menuSetup();
  expect(google.active.sheets.map((s) => s.name)).toEqual(['Лист1']);
});
