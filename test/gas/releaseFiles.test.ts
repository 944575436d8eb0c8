// The release pasted by hand: Code.js, Sidebar.html and appsscript.json are all a project needs to run every action.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import type { ServerFunctionName } from '../../src/shared/contract';
import { SERVER_FUNCTIONS } from '../../src/gas/entryPoints';
import type { FakeGoogle } from './fakes/google';
import { buildDist, json, loadAddon, readCode, runJob, type Addon } from './harness';
import { sharedDistrict } from './sampleWorkbook';

jest.setTimeout(60_000);

let dist: string;
let files: Map<string, string>;

beforeAll(() => {
  dist = buildDist();
  files = new Map(readdirSync(dist).map((name) => [name, readFileSync(join(dist, name), 'utf8')]));
});

/** What the Apps Script editor holds after pasting: a .gs file per script, an HTML file by name, the manifest. */
function pastedProject(google: FakeGoogle): Addon & { htmlAsked: string[] } {
  const manifest = JSON.parse(files.get('appsscript.json') as string) as {
    dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
  };
  const all = google.globals();
  // An advanced service (Sheets, Drive…) exists in the project only if the pasted manifest enables it;
  // built-in services (SpreadsheetApp, LockService, Utilities, Session…) are always there.
  const enabled = new Set((manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol));
  const builtIn = (name: string) => /(App|Service)$|^(Utilities|Session)$/.test(name);
  const globals: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(all)) if (builtIn(name) || enabled.has(name)) globals[name] = value;
  const htmlAsked: string[] = [];
  const html = all.HtmlService as { createHtmlOutputFromFile(name: string): unknown };
  globals.HtmlService = {
    createHtmlOutputFromFile(name: string) {
      htmlAsked.push(name);
      if (!files.has(`${name}.html`)) throw new Error(`No HTML file named ${name} was found.`);
      return html.createHtmlOutputFromFile(name);
    },
  };
  const context = vm.createContext({});
  google.setDateCtor(vm.runInContext('Date', context) as DateConstructor);
  Object.assign(context, globals);
  for (const [name, text] of files) if (name.endsWith('.js')) vm.runInContext(text, context, { filename: name });
  return Object.assign(context as unknown as Addon, { htmlAsked });
}

test('выпуск — ровно три файла', () => {
  expect([...files.keys()].sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
});

test('панель, которую открывает меню, — это Sidebar.html из выпуска', () => {
  const { google } = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 2, teachersPerSchool: 3 });
  const addon = pastedProject(google);
  addon.onOpen();
  addon.showSidebar();
  expect(addon.htmlAsked).toEqual(['Sidebar']);
  expect(google.ui.sidebars).toHaveLength(1);
});

test('каждая функция, которую вызывает панель, есть в Code.js как функция верхнего уровня', () => {
  const sidebar = files.get('Sidebar.html') as string;
  const context = vm.createContext({});
  vm.runInContext(files.get('Code.js') as string, context);
  for (const name of SERVER_FUNCTIONS as readonly ServerFunctionName[]) {
    expect(sidebar).toContain(`"${name}"`);
    expect(typeof (context as Record<string, unknown>)[name]).toBe('function');
  }
});

test('из трёх файлов: настройка, проверка и сводная дают то же, что сборка, загруженная clasp', () => {
  const pasted = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 6 });
  const pushed = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 6 });
  const a = pastedProject(pasted.google);
  const b = loadAddon(pushed.google, readCode(dist));
  for (const addon of [a, b]) {
    expect(json(addon.setupWorkbook('shared')).message).toBeTruthy();
    expect(runJob(addon, 'check').kind).toBe('check');
  }
  const outcome = runJob(a, 'summary');
  runJob(b, 'summary');
  expect(outcome.state.registered).toBe(4);
  const summary = (d: typeof pasted) => d.google.active.sheet(SHEET_NAMES.summary).grid();
  expect(summary(pasted)).toEqual(summary(pushed));
});

test('выключенная в манифесте служба Sheets API — понятная русская ошибка, а не сбой', () => {
  const { google } = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 2, teachersPerSchool: 3 });
  const saved = files.get('appsscript.json') as string;
  files.set('appsscript.json', JSON.stringify({ ...JSON.parse(saved), dependencies: {} }));
  try {
    const addon = pastedProject(google);
    expect(() => addon.setupWorkbook('shared')).toThrow(/^В проекте Apps Script выключена служба Google Sheets API/);
    expect(() => runJob(addon, 'check')).toThrow(/^В проекте Apps Script выключена служба Google Sheets API/);
  } finally {
    files.set('appsscript.json', saved);
  }
});
