// The version in the bundle and the template's in developer metadata: what a copy reads, what the template writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutInfo } from '../../src/app/about';
import { gasRelease, VERSION_KEY } from '../../src/gas/release';
import { FakeGoogle } from './fakes/google';
import type { FakeSpreadsheet } from './fakes/spreadsheet';
import { buildDist, json, loadAddon, readCode } from './harness';

const ROOT = join(__dirname, '..', '..');

interface Entry {
  key: string;
  value: string;
  visibility: string;
}

/** Spreadsheet-level developer metadata on a fake file, as Apps Script's finder returns it. */
function withMetadata(ss: FakeSpreadsheet, entries: Entry[] = []): Entry[] {
  Object.assign(ss, {
    createDeveloperMetadataFinder() {
      let key: string | null = null;
      const finder = {
        withKey(k: string) {
          key = k;
          return finder;
        },
        find: () =>
          entries
            .filter((e) => key === null || e.key === key)
            .map((e) => ({
              getValue: () => e.value,
              setValue(v: string) {
                e.value = v;
                return this;
              },
              remove() {
                entries.splice(entries.indexOf(e), 1);
              },
            })),
      };
      return finder;
    },
    addDeveloperMetadata(key: string, value: string, visibility: string) {
      entries.push({ key, value, visibility });
      return ss;
    },
  });
  return entries;
}

let google: FakeGoogle;
let template: FakeSpreadsheet;

beforeEach(() => {
  google = new FakeGoogle('Мониторинг ПК — Кузнецкий район');
  template = google.newSpreadsheet('PedMonitor');
  withMetadata(google.active);
  (globalThis as Record<string, unknown>).SpreadsheetApp = {
    openById(id: string) {
      const ss = google.files.get(id);
      if (!ss) throw new Error('Requested entity was not found.');
      return ss;
    },
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
  };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const asSpreadsheet = (ss: FakeSpreadsheet) => ss as unknown as Spreadsheet;

test('копия читает версию, опубликованную в шаблоне, и видит, что она новее', () => {
  withMetadata(template, [{ key: VERSION_KEY, value: '0.2.0', visibility: 'DOCUMENT' }]);
  const copy = gasRelease(asSpreadsheet(google.active), { version: '0.1.0', templateId: template.id });
  expect(copy.isTemplate()).toBe(false);
  expect(copy.publishedVersion()).toBe('0.2.0');
  expect(aboutInfo(copy)).toMatchObject({ latest: '0.2.0', updateAvailable: true });
});

test('в шаблоне версия записывается с видимостью «документ» — иначе проект копии её не увидит', () => {
  const entries = withMetadata(template);
  const own = gasRelease(asSpreadsheet(template), { version: '0.2.0', templateId: template.id });
  expect(aboutInfo(own)).toMatchObject({ isTemplate: true, latest: '0.2.0' });
  expect(entries).toEqual([{ key: VERSION_KEY, value: '0.2.0', visibility: 'DOCUMENT' }]);
});

test('новая версия шаблона заменяет прежнюю запись, а не добавляет вторую', () => {
  const entries = withMetadata(template, [
    { key: VERSION_KEY, value: '0.1.0', visibility: 'DOCUMENT' },
    { key: VERSION_KEY, value: '0.0.9', visibility: 'DOCUMENT' },
    { key: 'чужой.ключ', value: 'x', visibility: 'DOCUMENT' },
  ]);
  aboutInfo(gasRelease(asSpreadsheet(template), { version: '0.2.0', templateId: template.id }));
  expect(entries).toEqual([
    { key: VERSION_KEY, value: '0.2.0', visibility: 'DOCUMENT' },
    { key: 'чужой.ключ', value: 'x', visibility: 'DOCUMENT' },
  ]);
});

test('шаблон удалён: «О программе» показывает свою версию и не падает', () => {
  const deleted = '1DeletedTemplate00000000000000000';
  const copy = gasRelease(asSpreadsheet(google.active), { version: '0.1.0', templateId: deleted });
  expect(aboutInfo(copy)).toMatchObject({ version: '0.1.0', latest: null, updateAvailable: false });
});

test('шаблон ещё не публиковал версию: обновления нет', () => {
  withMetadata(template);
  const copy = gasRelease(asSpreadsheet(google.active), { version: '0.1.0', templateId: template.id });
  expect(aboutInfo(copy)).toMatchObject({ latest: null, updateAvailable: false });
});

test('собранный Code.js знает версию из package.json и шаблон из template.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const config = JSON.parse(readFileSync(join(ROOT, 'template.json'), 'utf8')) as { spreadsheetId: string };
  const addon = loadAddon(new FakeGoogle(), readCode(buildDist())) as unknown as { getAbout(): unknown };
  expect(json(addon.getAbout())).toMatchObject({
    version: pkg.version,
    templateUrl: config.spreadsheetId ? `https://docs.google.com/spreadsheets/d/${config.spreadsheetId}/copy` : null,
  });
});
