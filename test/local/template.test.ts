// Empty workbooks for districts that collect in Excel: headers, notes and dropdowns come from the catalogue.
import ExcelJS from 'exceljs';
import { buildInMemory } from '../support/run';
import { POSITIONS } from '../../src/core/catalogue/lists';
import { PARAMETERS } from '../../src/core/catalogue/parameters';
import { REGISTRY_SHEET, SCHOOL_SHEETS, SCHOOL_SHEET_KINDS } from '../../src/core/catalogue/sheets';
import { DISTRICT_SHEET } from '../../src/core/catalogue/districtColumns';
import { toSummary } from '../../src/core/summary';
import { perSchoolTemplate, sharedTemplate } from '../../src/local/template';
import { readXlsx } from '../../src/local/xlsxRead';
import { saved } from './xlsxFiles';

const TODAY = '2026-11-23';
// Each test writes and reads whole workbooks: seconds on a busy shared machine.
jest.setTimeout(120000);

const headersOf = (kind: (typeof SCHOOL_SHEET_KINDS)[number]) =>
  Object.values(SCHOOL_SHEETS[kind].columns).map((c) => c.header);

it("the district sheet «Район» and the registry have the catalogue's headers, in both modes", async () => {
  const shared = await readXlsx(saved(await sharedTemplate({ today: TODAY })));
  const perSchool = await readXlsx(
    saved((await perSchoolTemplate([{ code: '01', name: 'ОО 01', file: 'ОО 01.xlsx' }], { today: TODAY })).district),
  );
  for (const sheets of [shared, perSchool]) {
    expect(sheets.find((s) => s.name === 'Район')!.values[0]).toEqual(
      Object.values(DISTRICT_SHEET.columns).map((c) => c.header),
    );
    expect(sheets.find((s) => s.name === 'ОО')!.values[0]).toEqual(
      Object.values(REGISTRY_SHEET.columns).map((c) => c.header),
    );
  }
});

it("each school sheet has the catalogue's headers, in order", async () => {
  const sheets = await readXlsx(saved(await sharedTemplate({ today: TODAY })));
  for (const kind of SCHOOL_SHEET_KINDS)
    expect(sheets.find((s) => s.name === `01 ${kind}`)!.values[0]).toEqual(headersOf(kind));
});

it('every header carries its note from the catalogue', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sharedTemplate({ today: TODAY })) as unknown as ArrayBuffer);
  const note = wb.getWorksheet('01 Курсы')!.getCell('F1').note;
  expect(JSON.stringify(note)).toContain(SCHOOL_SHEETS.Курсы.columns.hours.note);
});

it("«Должность» offers exactly the catalogue's positions in a dropdown", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sharedTemplate({ today: TODAY })) as unknown as ArrayBuffer);
  const validation = (
    wb.getWorksheet('01 Педагоги')!.getCell('B2') as unknown as { dataValidation: ExcelJS.DataValidation }
  ).dataValidation;
  expect(validation.type).toBe('list');
  const m = /^Списки!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(String(validation.formulae[0]))!;
  const lists = wb.getWorksheet('Списки')!;
  expect(Array.from({ length: Number(m[2]) }, (_, i) => lists.getCell(`${m[1]}${i + 1}`).value)).toEqual([
    ...POSITIONS,
  ]);
});

it('«Параметры» start with the period a build today would take: the last finished academic year', async () => {
  const params = (await readXlsx(saved(await sharedTemplate({ today: TODAY })))).find((s) => s.name === 'Параметры')!;
  const value = (key: string) => params.values.find((r) => r[0] === key)?.[1];
  expect([value(PARAMETERS.periodStart.key), value(PARAMETERS.periodEnd.key)]).toEqual(['01.09.2025', '31.08.2026']);
});

it('the empty template builds without a single issue, its school «не сдала данные»', async () => {
  const summary = toSummary(buildInMemory(await readXlsx(saved(await sharedTemplate({ today: TODAY }))), TODAY));
  expect(summary.issues).toEqual([]);
  expect(summary.schools.map((s) => [s.code, s.submitted])).toEqual([['01', false]]);
});

it("per school: the registry names each school's file, and each file has the three sheets", async () => {
  const files = await perSchoolTemplate(
    [
      { code: '01', name: 'МБОУ СОШ №1', file: 'ОО 01.xlsx' },
      { code: '02', name: 'МБОУ СОШ №2', file: 'ОО 02.xlsx' },
    ],
    { today: TODAY },
  );
  const registry = (await readXlsx(saved(files.district))).find((s) => s.name === 'ОО')!;
  expect(registry.values.slice(1).map((r) => [r[0], r[4]])).toEqual([
    ['01', 'ОО 01.xlsx'],
    ['02', 'ОО 02.xlsx'],
  ]);
  expect([...files.schools.keys()]).toEqual(['ОО 01.xlsx', 'ОО 02.xlsx']);
  const names = (await readXlsx(saved(files.schools.get('ОО 02.xlsx')!))).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining([...SCHOOL_SHEET_KINDS]));
});

describe('«Как обозначать педагогов» в шаблоне', () => {
  const firstHeaders = async (bytes: Uint8Array, prefix = '01 ') => {
    const sheets = await readXlsx(saved(bytes));
    return SCHOOL_SHEET_KINDS.map((kind) => sheets.find((s) => s.name === `${prefix}${kind}`)!.values[0][0]);
  };
  const parameter = async (bytes: Uint8Array) =>
    (await readXlsx(saved(bytes)))
      .find((s) => s.name === 'Параметры')!
      .values.find((r) => r[0] === PARAMETERS.teacherIds.key)?.[1];

  it('офлайн по умолчанию — ФИО: заголовок «ФИО», в «Параметры» — «ФИО»', async () => {
    const bytes = await sharedTemplate({ today: TODAY });
    expect(await firstHeaders(bytes)).toEqual(['ФИО', 'ФИО', 'ФИО']);
    expect(await parameter(bytes)).toBe('ФИО');
  });

  it('код — заголовок «Код педагога» на трёх листах, в «Параметры» — «код», и пустая книга собирается без замечаний', async () => {
    const bytes = await sharedTemplate({ today: TODAY, teacherIds: 'code' });
    expect(await firstHeaders(bytes)).toEqual(['Код педагога', 'Код педагога', 'Код педагога']);
    expect(await parameter(bytes)).toBe('код');
    const result = buildInMemory(await readXlsx(saved(bytes)), TODAY);
    expect(result.settings.teacherIds).toBe('code');
    expect(toSummary(result).issues).toEqual([]);
  });

  it('по ОО с кодами — у каждой ОО свой пустой ключ в папке «ключи ОО — не пересылать», не в её таблице', async () => {
    const files = await perSchoolTemplate([{ code: '01', name: 'МБОУ СОШ №1', file: 'ОО 01.xlsx' }], {
      today: TODAY,
      teacherIds: 'code',
    });
    expect([...files.keys.keys()]).toEqual(['ключи ОО — не пересылать/ОО 01 — ключ.xlsx']);
    const own = (await readXlsx(saved(files.schools.get('ОО 01.xlsx')!))).map((s) => s.name);
    expect(own).not.toContain('Ключ');
    const key = await readXlsx(saved(files.keys.get('ключи ОО — не пересылать/ОО 01 — ключ.xlsx')!));
    expect(key[0].values[0]).toEqual(['Код педагога', 'ФИО', 'Примечание']);
  });

  it('по ОО с ФИО — ключи не нужны', async () => {
    const files = await perSchoolTemplate([{ code: '01', name: 'МБОУ СОШ №1', file: 'ОО 01.xlsx' }], { today: TODAY });
    expect(files.keys.size).toBe(0);
  });
});

describe('dropdowns of the template use the names in force for the period in «Параметры»', () => {
  /** The values of the «Предмет» dropdown of a school sheet, read from the hidden `Списки`. */
  async function subjects(today: string, perSchool: boolean): Promise<unknown[]> {
    const bytes = perSchool
      ? (
          await perSchoolTemplate([{ code: '01', name: 'ОО 01', file: 'ОО 01.xlsx' }], { today: today as never })
        ).schools.get('ОО 01.xlsx')!
      : await sharedTemplate({ today: today as never });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(perSchool ? 'Педагоги' : '01 Педагоги')!;
    const column = Object.values(SCHOOL_SHEETS.Педагоги.columns).findIndex((c) => c.header === 'Предмет') + 1;
    const cell = sheet.getRow(2).getCell(column) as unknown as { dataValidation: ExcelJS.DataValidation };
    const m = /^Списки!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(String(cell.dataValidation.formulae[0]))!;
    const lists = wb.getWorksheet('Списки')!;
    return Array.from({ length: Number(m[2]) }, (_, i) => lists.getCell(`${m[1]}${i + 1}`).value);
  }
  it('a template made in autumn 2021 (period 2020/2021) offers «ОБЖ», in both modes', async () => {
    for (const perSchool of [false, true]) {
      const values = await subjects('2021-10-01', perSchool);
      expect(values).toContain('ОБЖ');
      expect(values).not.toContain('ОБЗР');
    }
  });
  it('a template made in autumn 2025 (period 2024/2025) offers «ОБЗР»', async () => {
    const values = await subjects('2025-10-01', false);
    expect(values).toContain('ОБЗР');
    expect(values).not.toContain('ОБЖ');
  });
});
