// «Настроить таблицу» in a new workbook: settings, registry, then each school's sheets from the catalogue — idempotent.
import {
  REGISTRY_SHEET,
  SCHOOL_SHEETS,
  SHARED_SCHOOL_LIMIT,
  SHEET_NAMES,
  STORE_SHEET,
} from '../../src/core/catalogue/sheets';
import { teacherColumns } from '../../src/core/catalogue/teacherColumns';
import { DISTRICT_SHEET } from '../../src/core/catalogue/districtColumns';
import { POSITIONS } from '../../src/core/catalogue/lists';
import { SAMPLE_OPTIONS, generateDistrict } from '../../tools/sample/district';
import { buildDist, fill, json, loadAddon, readCode, runJob, type Addon } from './harness';
import { FakeGoogle } from './fakes/google';
import type { FakeSheet } from './fakes/sheet';
import { OWNER } from './fakes/spreadsheet';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

const sample = generateDistrict({ ...SAMPLE_OPTIONS, schools: 3, teachersPerSchool: 5, notSubmitted: 0 });
const sampleSheet = (name: string) => sample.district.find((s) => s.name === name)!;

function newWorkbook(): { google: FakeGoogle; addon: Addon } {
  const google = new FakeGoogle();
  return { google, addon: loadAddon(google, code) };
}

function headerOf(sheet: FakeSheet): unknown[] {
  return sheet.grid()[0];
}

const headers = (columns: Record<string, { header: string }>) => Object.values(columns).map((c) => c.header);

test('in a new workbook it creates `Параметры`, `ОО` and the district sheet `Район` and asks for the registry', () => {
  const { google, addon } = newWorkbook();
  const outcome = json(addon.setupWorkbook('shared'));
  expect(outcome.createdSheets).toBe(3);
  expect(outcome.message).toMatch(/Заполните реестр «ОО»/);
  expect(headerOf(google.active.sheet(SHEET_NAMES.registry)).slice(0, 5)).toEqual([
    'Код',
    'Краткое наименование',
    'Вид',
    'Email ответственного',
    'Таблица',
  ]);
  expect(headerOf(google.active.sheet(SHEET_NAMES.registry))).toEqual(headers(REGISTRY_SHEET.columns));
  expect(headerOf(google.active.sheet(SHEET_NAMES.district))).toEqual(headers(DISTRICT_SHEET.columns));
  expect(google.active.sheet(SHEET_NAMES.parameters).grid()[1][0]).toBe('Муниципалитет');
});

describe('with three schools in the registry', () => {
  let google: FakeGoogle;
  let addon: Addon;
  beforeAll(() => {
    ({ google, addon } = newWorkbook());
    addon.setupWorkbook('shared');
    fill(google.active.sheet(SHEET_NAMES.registry), sampleSheet(SHEET_NAMES.registry).values);
    fill(google.active.sheet(SHEET_NAMES.parameters), sampleSheet(SHEET_NAMES.parameters).values);
  });

  test('each school gets its three sheets with the catalogue headers, a note per column, a frozen header', () => {
    const outcome = json(addon.setupWorkbook('shared'));
    expect(outcome.createdSheets).toBe(9);
    const teachers = google.active.sheet('01 Педагоги');
    expect(headerOf(teachers)).toEqual(Object.values(SCHOOL_SHEETS.Педагоги.columns).map((c) => c.header));
    expect(teachers.cell(1, 2)?.note).toBe(teacherColumns.position.note);
    expect(teachers.frozenRows).toBe(1);
    expect(teachers.widths.get(1)).toBe(teacherColumns.name.width);
  });

  test('list columns get a dropdown of the catalogue values, date and number columns a check', () => {
    const teachers = google.active.sheet('01 Педагоги');
    const position = teachers.cell(2, 2)?.validation;
    expect(position?.criteria).toBe('VALUE_IN_LIST');
    expect(position?.args[0]).toEqual([...POSITIONS]);
    expect(position?.allowInvalid).toBe(false);
    expect(teachers.cell(500, 8)?.validation?.criteria).toBe('DATE_IS_VALID_DATE');
    expect(teachers.cell(2, 4)?.validation?.criteria).toBe('NUMBER_BETWEEN');
  });

  test('dropdowns use the names of the period in `Параметры` (2020/2021): «ОБЖ», no categories of 2023', () => {
    const teachers = google.active.sheet('01 Педагоги');
    const column = (header: string) =>
      Object.values(SCHOOL_SHEETS.Педагоги.columns).findIndex((c) => c.header === header) + 1;
    const subjects = teachers.cell(2, column('Предмет'))?.validation?.args[0] as string[];
    const categories = teachers.cell(2, column('Категория'))?.validation?.args[0] as string[];
    expect(subjects).toContain('ОБЖ');
    expect(subjects).not.toContain('ОБЗР');
    expect(categories).not.toContain('педагог-методист');
  });

  test('a school’s sheets are editable only by its responsible person and the owner', () => {
    const protection = google.active.sheet('02 Курсы').protections[0];
    expect([...protection.editors].sort()).toEqual([OWNER, 'school02@kuzroo.example'].sort());
    expect(google.active.editors.has('school02@kuzroo.example')).toBe(true);
  });

  test('running it again touches no entered data and adds a new school’s sheets and a changed email', () => {
    const teachers = google.active.sheet('01 Педагоги');
    teachers.ensure(2, 1).value = 'Иванова Мария Петровна';
    const registry = google.active.sheet(SHEET_NAMES.registry);
    registry.ensure(5, 1).value = '04';
    registry.ensure(5, 2).value = 'МБОУ ООШ с. Лесное';
    registry.ensure(5, 4).value = 'lesnoe@kuzroo.example';
    registry.ensure(2, 4).value = 'new01@kuzroo.example';
    const outcome = json(addon.setupWorkbook('shared'));
    expect(outcome.createdSheets).toBe(3);
    expect(teachers.cell(2, 1)?.value).toBe('Иванова Мария Петровна');
    expect(google.active.sheet('04 Мероприятия').protections[0].editors.has('lesnoe@kuzroo.example')).toBe(true);
    expect(teachers.protections[0].editors.has('new01@kuzroo.example')).toBe(true);
    expect(teachers.protections).toHaveLength(1);
  });
});

test('a district that would pass 200 sheets is told to use one spreadsheet per school', () => {
  const big = generateDistrict({ ...SAMPLE_OPTIONS, schools: 70, teachersPerSchool: 1, notSubmitted: 70 });
  const { google, addon } = newWorkbook();
  addon.setupWorkbook('shared');
  fill(google.active.sheet(SHEET_NAMES.registry), big.district.find((s) => s.name === SHEET_NAMES.registry)!.values);
  expect(() => addon.setupWorkbook('shared')).toThrow(/не больше 200 листов.*Отдельная таблица для каждой ОО/);
  // No school sheet was made; `Журнал` (and the store keeping its last rows) records the setup and the refusal.
  expect(google.active.sheets.map((s) => s.name)).toEqual([
    'Лист1',
    'Параметры',
    'ОО',
    'Район',
    SHEET_NAMES.journal,
    STORE_SHEET,
  ]);
  expect(String(google.active.sheet(SHEET_NAMES.journal).grid().at(-1)![9])).toMatch(/^ошибка: .*не больше 200 листов/);
});

test('a school with no email is named in the message: only the owner can edit its sheets until one is typed', () => {
  const { google, addon } = newWorkbook();
  addon.setupWorkbook('shared');
  const registry = sampleSheet(SHEET_NAMES.registry).values.map((r) => [...r]);
  registry[2][3] = null;
  fill(google.active.sheet(SHEET_NAMES.registry), registry);
  const outcome = json(addon.setupWorkbook('shared'));
  expect(outcome.message).toMatch(
    new RegExp(`Не указан «Email ответственного» у 1 ОО \\(${String(registry[2][1])}\\)`),
  );
  expect([...google.active.sheet('02 Педагоги').protections[0].editors]).toEqual([OWNER]);
});

test('62 schools fit a new workbook (its blank first sheet kept) with room for the outputs and «Журнал»; 63 do not', () => {
  const fits = (schools: number) => {
    const d = generateDistrict({ ...SAMPLE_OPTIONS, schools, teachersPerSchool: 1, notSubmitted: schools });
    const { google, addon } = newWorkbook();
    addon.setupWorkbook('shared');
    fill(google.active.sheet(SHEET_NAMES.registry), d.district.find((s) => s.name === SHEET_NAMES.registry)!.values);
    try {
      // 62 schools' sheets take more than one execution: the panel clicks until nothing is pending.
      while ((addon.setupWorkbook('shared').pending ?? 0) > 0);
      runJob(addon, 'summary');
      return google.active.sheets.length;
    } catch (e) {
      return String(e);
    }
  };
  expect(fits(SHARED_SCHOOL_LIMIT)).toBe(196);
  expect(SHARED_SCHOOL_LIMIT).toBe(62);
  expect(fits(SHARED_SCHOOL_LIMIT + 1)).toMatch(/не больше 200 листов/);
});

test('an address Google refuses or a typo in «Email ответственного» is named, and the other schools are set up', () => {
  const { google, addon } = newWorkbook();
  addon.setupWorkbook('shared');
  const registry = sampleSheet(SHEET_NAMES.registry).values.map((r) => [...r]);
  registry[1][3] = 'ivanova@school.invalid';
  registry[2][3] = 'petrova@';
  fill(google.active.sheet(SHEET_NAMES.registry), registry);
  const outcome = json(addon.setupWorkbook('shared'));
  expect(outcome.message).toContain(
    `${String(registry[1][1])}: Google не принял адрес из «Email ответственного» (ivanova@school.invalid)`,
  );
  expect(outcome.message).toContain(
    `${String(registry[2][1])}: в «Email ответственного» не адрес электронной почты (petrova@)`,
  );
  expect(google.active.sheet('03 Педагоги').protections[0].editors.has('school03@kuzroo.example')).toBe(true);
  expect(google.active.getSheetByName('02 Педагоги')).not.toBeNull();
});

test('a workbook set up before the optional columns of issue 10 gets them appended once; its data stays in place', () => {
  const { google, addon } = newWorkbook();
  addon.setupWorkbook('shared');
  fill(google.active.sheet(SHEET_NAMES.registry), sampleSheet(SHEET_NAMES.registry).values);
  addon.setupWorkbook('shared');
  // `01 Педагоги` as an earlier version drew it (the first columns only), with a teacher typed in.
  const teachers = google.active.sheet('01 Педагоги');
  const spec = Object.values(teacherColumns)
    .filter((c) => !c.quiet)
    .map((c) => c.header);
  fill(teachers, [spec, ['Иванова Мария Петровна', 'учитель']]);
  const outcome = json(addon.setupWorkbook('shared'));
  const added = Object.values(teacherColumns)
    .filter((c) => c.quiet)
    .map((c) => c.header);
  expect(headerOf(teachers)).toEqual([...spec, ...added]);
  expect(teachers.cell(2, 1)?.value).toBe('Иванова Мария Петровна');
  expect(teachers.cell(1, spec.length + 1)?.note).toBe(teacherColumns.overcome.note);
  expect(teachers.cell(2, spec.length + 2)?.validation?.criteria).toBe('DATE_IS_VALID_DATE');
  expect(outcome.message).toContain(`добавлено новых столбцов: ${added.length}`);
  expect(outcome.createdSheets).toBe(0);
  json(addon.setupWorkbook('shared'));
  expect(headerOf(teachers)).toEqual([...spec, ...added]);
});
