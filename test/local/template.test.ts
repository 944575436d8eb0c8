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

const headersOf = (kind: (typeof SCHOOL_SHEET_KINDS)[number]) => Object.values(SCHOOL_SHEETS[kind].columns).map((c) => c.header);

it('the district sheet «Район» and the registry have the catalogue\'s headers, in both modes', async () => {
  const shared = await readXlsx(saved(await sharedTemplate({ today: TODAY })));
  const perSchool = await readXlsx(saved((await perSchoolTemplate([{ code: '01', name: 'ОО 01', file: 'ОО 01.xlsx' }], { today: TODAY })).district));
  for (const sheets of [shared, perSchool]) {
    expect(sheets.find((s) => s.name === 'Район')!.values[0]).toEqual(Object.values(DISTRICT_SHEET.columns).map((c) => c.header));
    expect(sheets.find((s) => s.name === 'ОО')!.values[0]).toEqual(Object.values(REGISTRY_SHEET.columns).map((c) => c.header));
  }
});

it('each school sheet has the catalogue\'s headers, in order', async () => {
  const sheets = await readXlsx(saved(await sharedTemplate({ today: TODAY })));
  for (const kind of SCHOOL_SHEET_KINDS) expect(sheets.find((s) => s.name === `01 ${kind}`)!.values[0]).toEqual(headersOf(kind));
});

it('every header carries its note from the catalogue', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sharedTemplate({ today: TODAY })) as unknown as ArrayBuffer);
  const note = wb.getWorksheet('01 Курсы')!.getCell('F1').note;
  expect(JSON.stringify(note)).toContain(SCHOOL_SHEETS.Курсы.columns.hours.note);
});

it('«Должность» offers exactly the catalogue\'s positions in a dropdown', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sharedTemplate({ today: TODAY })) as unknown as ArrayBuffer);
  const validation = (wb.getWorksheet('01 Педагоги')!.getCell('B2') as unknown as { dataValidation: ExcelJS.DataValidation }).dataValidation;
  expect(validation.type).toBe('list');
  const m = /^Списки!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(String(validation.formulae[0]))!;
  const lists = wb.getWorksheet('Списки')!;
  expect(Array.from({ length: Number(m[2]) }, (_, i) => lists.getCell(`${m[1]}${i + 1}`).value)).toEqual([...POSITIONS]);
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

it('per school: the registry names each school\'s file, and each file has the three sheets', async () => {
  const files = await perSchoolTemplate([{ code: '01', name: 'МБОУ СОШ №1', file: 'ОО 01.xlsx' }, { code: '02', name: 'МБОУ СОШ №2', file: 'ОО 02.xlsx' }], { today: TODAY });
  const registry = (await readXlsx(saved(files.district))).find((s) => s.name === 'ОО')!;
  expect(registry.values.slice(1).map((r) => [r[0], r[6]])).toEqual([['01', 'ОО 01.xlsx'], ['02', 'ОО 02.xlsx']]);
  expect([...files.schools.keys()]).toEqual(['ОО 01.xlsx', 'ОО 02.xlsx']);
  const names = (await readXlsx(saved(files.schools.get('ОО 02.xlsx')!))).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining([...SCHOOL_SHEET_KINDS]));
});
