// The same hostile data in Google (issue 14): the add-on's bundle reads school files by the rules the CLI follows.
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { STORE_SHEET } from '../../src/gas/storeSheet';
import { buildDist, loadAddon, readCode, runJob } from '../gas/harness';
import { perSchoolDistrict, type LoadedDistrict } from '../gas/sampleWorkbook';

jest.setTimeout(120000);

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

interface StoredIssue {
  sheet: string;
  cell: string;
  code: string;
  message: string;
}
function storedSummary(d: LoadedDistrict): {
  schools: { code: string; submitted: boolean; indicators: Record<string, { value: number }> }[];
  issues: StoredIssue[];
} {
  const row = d.google.active
    .sheet(STORE_SHEET)
    .grid()
    .find((r) => String(r[0]).startsWith('snapshot:')) as unknown[];
  return JSON.parse(row.slice(1).join(''));
}

const small = () => perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 3, teachersPerSchool: 4, notSubmitted: 0 });

test('two registry rows with one spreadsheet (two spellings of its URL): read once, the second school gets an issue', () => {
  const d = small();
  const registry = d.google.active.sheet(SHEET_NAMES.registry);
  registry.ensure(3, 5).value = `${d.files.get('01')!}#gid=0`;
  runJob(loadAddon(d.google, code), 'summary');
  const summary = storedSummary(d);
  expect(summary.schools.map((s) => s.submitted)).toEqual([true, false, true]);
  const own = summary.issues.filter((i) => i.code === 'school_file_unavailable');
  expect(own).toHaveLength(1);
  expect(own[0].message).toMatch(/это та же таблица, что указана у ОО/);
  expect(summary.schools[0].indicators.K1.value + summary.schools[2].indicators.K1.value).toBe(8);
});

test('a row of invisible characters in a school file is not a teacher, as offline', () => {
  const d = small();
  const teachers = d.google.byUrl(d.files.get('02')!)!.sheet('Педагоги');
  const width = teachers.grid()[0].length;
  const last = teachers.grid().length + 1;
  for (let c = 1; c <= width; c++) teachers.ensure(last, c).value = '\u200b\u2060\u00ad';
  runJob(loadAddon(d.google, code), 'summary');
  const summary = storedSummary(d);
  expect(summary.schools.find((s) => s.code === '02')!.indicators.K1.value).toBe(4);
  expect(summary.issues.filter((i) => i.sheet === '02 Педагоги' && i.cell.endsWith(String(last)))).toEqual([]);
});

test('an absurd target is an issue at its cell in `Параметры` and is not used, as offline', () => {
  const d = small();
  const params = d.google.active.sheet(SHEET_NAMES.parameters);
  const row = params.grid().length + 1;
  params.ensure(row, 1).value = 'Цель: PK1';
  params.ensure(row, 2).value = 1e308;
  runJob(loadAddon(d.google, code), 'summary');
  const found = storedSummary(d).issues.find((i) => i.sheet === SHEET_NAMES.parameters && i.cell === `B${row}`);
  expect(found?.message).toMatch(/Цель для PK1 должна быть числом от 0 до 100/);
  expect(JSON.stringify(d.google.active.sheet(SHEET_NAMES.summary).grid())).not.toMatch(/Infinity|NaN/);
});
