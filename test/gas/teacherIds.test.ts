// «Настроить таблицу» → «Как обозначать педагогов»: in Google codes by default, written once into a new `Параметры`.
import { PARAMETERS } from '../../src/core/catalogue/parameters';
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { SAMPLE_OPTIONS, generateDistrict } from '../../tools/sample/district';
import { buildDist, fill, json, loadAddon, readCode } from './harness';
import { FakeGoogle } from './fakes/google';

jest.setTimeout(120000);

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

const sample = generateDistrict({ ...SAMPLE_OPTIONS, schools: 2, teachersPerSchool: 3, notSubmitted: 0 });
const registry = sample.district.find((s) => s.name === SHEET_NAMES.registry)!.values;

function setUp(choice?: 'code' | 'name') {
  const google = new FakeGoogle();
  const addon = loadAddon(google, code);
  const first = json(choice === undefined ? addon.setupWorkbook('shared') : addon.setupWorkbook('shared', choice));
  fill(google.active.sheet(SHEET_NAMES.registry), registry);
  const second = json(addon.setupWorkbook('shared'));
  const parameter = google.active
    .sheet(SHEET_NAMES.parameters)
    .grid()
    .find((r) => r[0] === PARAMETERS.teacherIds.key)?.[1];
  const header = (sheet: string) => google.active.sheet(sheet).grid()[0][0];
  return { google, addon, first, second, parameter, header };
}

test('без выбора — коды: «код» в «Параметры», столбец «Код педагога» на всех листах ОО, сообщение объясняет', () => {
  const s = setUp();
  expect(s.parameter).toBe('код');
  expect(['01 Педагоги', '01 Курсы', '01 Мероприятия', '02 Педагоги'].map(s.header)).toEqual(
    Array(4).fill('Код педагога'),
  );
  expect(s.first.message).toContain('Педагоги обозначаются кодами');
});

test('выбор «ФИО» — «ФИО» в «Параметры» и в заголовках, а сообщение рекомендует код и говорит почему', () => {
  const s = setUp('name');
  expect(s.parameter).toBe('ФИО');
  expect(s.header('01 Педагоги')).toBe('ФИО');
  expect(s.second.message).toContain(
    'Рекомендуем код: ФИО педагогов тогда не хранятся в облаке Google за пределами России',
  );
});

test('повторная настройка с другим выбором не меняет уже записанный параметр', () => {
  const s = setUp('name');
  json(s.addon.setupWorkbook('shared', 'code'));
  const now = s.google.active
    .sheet(SHEET_NAMES.parameters)
    .grid()
    .find((r) => r[0] === PARAMETERS.teacherIds.key)?.[1];
  expect(now).toBe('ФИО');
});

test('неизвестный выбор — понятный отказ', () => {
  const addon = loadAddon(new FakeGoogle(), code);
  expect(() => addon.setupWorkbook('shared', 'initials' as never)).toThrow(
    /Неизвестное значение «initials» \(как обозначать педагогов\)/,
  );
});
