// One spreadsheet per school: setup creates and shares the files, the build opens each one, failures stay per school.
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { SAMPLE_OPTIONS, generateDistrict } from '../../tools/sample/district';
import { MARK_COLOURS } from '../../src/app/marks';
import { STORE_SHEET } from '../../src/gas/storeSheet';
import { buildDist, fill, json, loadAddon, readCode, runJob, type Addon } from './harness';
import { FakeGoogle } from './fakes/google';
import { OWNER } from './fakes/spreadsheet';
import { perSchoolDistrict, sharedDistrict, type LoadedDistrict } from './sampleWorkbook';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

function storedSummary(d: LoadedDistrict) {
  const row = d.google.active
    .sheet(STORE_SHEET)
    .grid()
    .find((r) => String(r[0]).startsWith('snapshot:')) as unknown[];
  return JSON.parse(row.slice(1).join(''));
}

describe('setup in per-school mode', () => {
  const google = new FakeGoogle();
  let addon: Addon;
  const sample = generateDistrict({ ...SAMPLE_OPTIONS, schools: 3, teachersPerSchool: 4, notSubmitted: 0 });
  beforeAll(() => {
    addon = loadAddon(google, code);
    addon.setupWorkbook('per-school');
    fill(
      google.active.sheet(SHEET_NAMES.registry),
      sample.district.find((s) => s.name === SHEET_NAMES.registry)!.values,
    );
  });

  test('each school gets a spreadsheet named after it, shared with its responsible person, linked in `ОО`', () => {
    const outcome = json(addon.setupWorkbook('per-school'));
    expect(outcome.createdFiles).toBe(3);
    const registry = google.active.sheet(SHEET_NAMES.registry).grid();
    const link = registry[1][4] as string;
    const file = google.byUrl(link)!;
    expect(file.name).toContain(String(registry[1][1]));
    expect(file.sheets.map((s) => s.name)).toEqual(['Педагоги', 'Курсы', 'Мероприятия']);
    expect(file.editors.has('school01@kuzroo.example')).toBe(true);
    expect([...file.sheet('Курсы').protections[0].editors].sort()).toEqual([OWNER, 'school01@kuzroo.example'].sort());
    expect(file.sheet('Педагоги').cell(2, 2)?.validation?.criteria).toBe('VALUE_IN_LIST');
  });

  test('a second run creates no file, keeps the data and adds a changed email as editor', () => {
    const registry = google.active.sheet(SHEET_NAMES.registry);
    const file = google.byUrl(String(registry.cell(2, 5)?.value))!;
    file.sheet('Педагоги').ensure(2, 1).value = 'Петров Олег Иванович';
    registry.ensure(2, 4).value = 'zavuch01@kuzroo.example';
    const outcome = json(addon.setupWorkbook('per-school'));
    expect(outcome.createdFiles).toBe(0);
    expect(file.sheet('Педагоги').cell(2, 1)?.value).toBe('Петров Олег Иванович');
    expect(file.editors.has('zavuch01@kuzroo.example')).toBe(true);
    expect(file.sheet('Педагоги').protections[0].editors.has('zavuch01@kuzroo.example')).toBe(true);
  });
});

describe('building the sample district from school files', () => {
  const d = perSchoolDistrict(SAMPLE_OPTIONS);
  let addon: Addon;
  beforeAll(() => {
    addon = loadAddon(d.google, code);
    runJob(addon, 'check');
    runJob(addon, 'summary');
  });

  test('gives the same summary.json as the offline build and as one shared workbook', () => {
    expect(storedSummary(d)).toEqual(d.offline);
    expect(d.offline).toEqual(sharedDistrict(SAMPLE_OPTIONS).offline);
  });

  test('an issue in a school file links to that file at the cell, and the cell is marked there', () => {
    const issue = d.offline.issues.find((i) => i.code === 'not_a_number')!;
    const code01 = issue.sheet.split(' ')[0];
    const file = d.google.byUrl(d.files.get(code01)!)!;
    const sheet = file.sheet('Педагоги');
    const errors = d.google.active.sheet(SHEET_NAMES.errors);
    const at = errors.grid().findIndex((r) => r[2] === issue.sheet && r[3] === issue.cell);
    expect(errors.cell(at + 1, 4)).toMatchObject({
      value: issue.cell,
      link: `${file.url}#gid=${sheet.id}&range=${issue.cell}`,
      formula: undefined,
    });
    const row = Number(issue.cell.slice(1));
    expect(sheet.cell(row, issue.cell.charCodeAt(0) - 64)?.background).toBe(MARK_COLOURS.error);
  });

  test('opening such a cell from the panel gives the URL of the school’s file at the cell', () => {
    const issue = json(addon.getPanelState()).issues.find((i) => i.target.file !== undefined)!;
    const result = json(addon.openCell(issue.target));
    expect(result.opened).toBe(false);
    expect(result).toEqual({
      opened: false,
      url: expect.stringMatching(new RegExp(`#gid=\\d+&range=${issue.target.cell}$`)),
    });
  });
});

describe('a school file that cannot be read is one issue for that school, and the build goes on', () => {
  const cases: [string, (d: LoadedDistrict) => void, RegExp][] = [
    [
      'deleted',
      (d) => {
        d.google.files.delete(d.google.byUrl(d.files.get('02')!)!.id);
      },
      /файл не найден/,
    ],
    [
      'no longer shared',
      (d) => {
        d.google.denied.add(d.google.byUrl(d.files.get('02')!)!.id);
      },
      /нет доступа к файлу/,
    ],
    [
      'a mistyped link',
      (d) => {
        d.google.active.sheet(SHEET_NAMES.registry).ensure(3, 5).value = 'docs.google.com/spreadsheets/ОО-02';
      },
      /не ссылка на Google Таблицу/,
    ],
    [
      'unreadable once opened',
      (d) => {
        d.google.byUrl(d.files.get('02')!)!.failReads = true;
      },
      /листы не удалось прочитать \(Service Spreadsheets failed/,
    ],
    [
      'a renamed sheet',
      (d) => {
        d.google.byUrl(d.files.get('02')!)!.sheet('Педагоги').setName('Учителя');
      },
      /нет листа «Педагоги» \(в файле листы: «Учителя», «Курсы», «Мероприятия»\)/,
    ],
  ];
  test.each(cases)('%s', (_, breakIt, reason) => {
    const d = perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 6, notSubmitted: 0 });
    breakIt(d);
    const outcome = runJob(loadAddon(d.google, code), 'summary');
    const summary = storedSummary(d);
    const school02 = summary.schools.find((s: { code: string }) => s.code === '02');
    expect(school02.submitted).toBe(false);
    const own = summary.issues.filter(
      (i: { sheet: string; message: string }) => i.message.includes(school02.name) || i.sheet.startsWith('02 '),
    );
    expect(own).toHaveLength(1);
    expect(own[0].message).toMatch(reason);
    expect(summary.schools.filter((s: { submitted: boolean }) => s.submitted)).toHaveLength(3);
    expect(outcome.state.notSubmitted).toBe(1);
  });
});

test('a school file the methodologist may only view is still read and checked; only its cells stay unmarked', () => {
  const d = perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 6, notSubmitted: 0 });
  d.google.byUrl(d.files.get('02')!)!.viewOnly = true;
  const outcome = runJob(loadAddon(d.google, code), 'check');
  expect(outcome.state.submitted).toBe(4);
  expect(outcome.state.issuesTotal).toBe(d.offline.issues.length);
});

describe('Google’s per-minute quota (60 reads a minute per user) never fails a school', () => {
  test('a short refusal is waited out and the build is exact', () => {
    const d = perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 6, teachersPerSchool: 5, notSubmitted: 0 });
    d.google.sheetsApi.quotaAfter = 8;
    d.google.sheetsApi.quotaRefusals = 3;
    runJob(loadAddon(d.google, code), 'summary');
    expect(d.google.slept).toEqual([2_000, 4_000, 8_000]);
    expect(storedSummary(d)).toEqual(d.offline);
  });

  test('a long one stops the call at a checkpoint; the next call goes on from the same school and the figures are exact', () => {
    const d = perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 6, teachersPerSchool: 5, notSubmitted: 0 });
    const addon = loadAddon(d.google, code);
    d.google.sheetsApi.quotaAfter = 8;
    d.google.sheetsApi.quotaRefusals = 6;
    const first = json(addon.startJob('summary'));
    expect(first.status).toBe('running');
    if (first.status !== 'running') return;
    expect(first.progress.done).toBeGreaterThan(0);
    expect(first.progress.done).toBeLessThan(6);
    let step = json(addon.continueJob(first.progress.jobId));
    while (step.status === 'running') step = json(addon.continueJob(step.progress.jobId));
    expect(storedSummary(d)).toEqual(d.offline);
  });
});
