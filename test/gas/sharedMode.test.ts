// End to end in one shared workbook: the built bundle in a vm, the sample district, the menu's actions.
import { SCHOOL_SHEETS, SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { MARK_COLOURS, MARK_NOTE_PREFIX } from '../../src/app/marks';
import { STORE_SHEET } from '../../src/gas/storeSheet';
import { buildDist, json, loadAddon, readCode, runJob, type Addon } from './harness';
import { sharedDistrict, type LoadedDistrict } from './sampleWorkbook';
import { OWNER } from './fakes/spreadsheet';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

function storedSummary(d: LoadedDistrict): unknown {
  const store = d.google.active.sheet(STORE_SHEET);
  const row = store.grid().find((r) => String(r[0]).startsWith('snapshot:')) as unknown[];
  return JSON.parse(row.slice(1).join(''));
}

describe('the sample district in one workbook', () => {
  let d: LoadedDistrict;
  let addon: Addon;
  beforeAll(() => {
    d = sharedDistrict(SAMPLE_OPTIONS);
    addon = loadAddon(d.google, code);
  });

  test('«Собрать сводную» keeps a snapshot equal to the offline build’s summary.json', () => {
    const outcome = runJob(addon, 'summary');
    expect(outcome.message).toMatch(/^Сводная собрана/);
    expect(storedSummary(d)).toEqual(d.offline);
  });

  test('every figure in `Сводная` and `Сводная по предметам` is the offline build’s', () => {
    type Value = { value: number | null };
    const shown = (v: Value | undefined) => (v === undefined ? '' : v.value === null ? '—' : v.value);
    let compared = 0;
    for (const name of [SHEET_NAMES.summary, SHEET_NAMES.summaryBySubject]) {
      const grid = d.google.active.sheet(name).grid();
      const codes = (grid[1] as string[]).map((c, j) => [c, j] as const).filter(([c]) => c !== '');
      expect(codes.length).toBeGreaterThan(5);
      for (const [code, j] of codes) {
        expect(grid[2][j]).toBe(shown(d.offline.district.indicators[code] as Value));
        for (const s of d.offline.schools) {
          const row = grid.find((r) => r[0] === s.code) as unknown[];
          expect(row[1]).toBe(s.name);
          expect(row[j]).toBe(shown(s.indicators[code] as Value | undefined));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  test('each school’s rows read, used and excluded in `Сводная` are the offline build’s', () => {
    const grid = d.google.active.sheet(SHEET_NAMES.summary).grid();
    const header = grid[0] as string[];
    for (const s of d.offline.schools) {
      const row = grid.find((r) => r[0] === s.code) as unknown[];
      for (const [kind, rows] of Object.entries(s.rows)) {
        expect(row[header.indexOf(`${kind}: прочитано`)]).toBe(rows.read);
        expect(row[header.indexOf(`${kind}: учтено`)]).toBe(rows.used);
        expect(row[header.indexOf(`${kind}: исключено`)]).toBe(rows.excluded);
      }
    }
  });

  test('output sheets are protected for the methodologist only', () => {
    for (const name of [
      SHEET_NAMES.summary,
      SHEET_NAMES.summaryBySubject,
      SHEET_NAMES.errors,
      SHEET_NAMES.coursePlan,
    ]) {
      const protections = d.google.active.sheet(name).protections;
      expect(protections).toHaveLength(1);
      expect([...protections[0].editors]).toEqual([OWNER]);
    }
  });

  test('every issue is on `Ошибки` with a link that opens its cell in this workbook', () => {
    runJob(addon, 'check');
    const errors = d.google.active.sheet(SHEET_NAMES.errors);
    const rows = errors.grid().slice(1);
    expect(rows).toHaveLength(d.offline.issues.length);
    const first = d.offline.issues.find((i) => i.sheet.endsWith('Педагоги') && i.row > 1)!;
    const at = rows.findIndex((r) => r[2] === first.sheet && r[3] === first.cell);
    const link = errors.cell(at + 2, 4)!;
    const gid = d.google.active.sheet(first.sheet).id;
    expect(link).toMatchObject({
      value: first.cell,
      link: `${d.google.active.url}#gid=${gid}&range=${first.cell}`,
      formula: undefined,
    });
  });

  test('a check marks bad cells with a colour and a note, and the next check clears what was fixed', () => {
    const issue = d.offline.issues.find((i) => i.code === 'not_a_number')!;
    const sheet = d.google.active.sheet(issue.sheet);
    const cellAt = (a1: string) => {
      const col = a1.charCodeAt(0) - 64;
      return sheet.cell(Number(a1.slice(1)), col)!;
    };
    expect(cellAt(issue.cell).background).toBe(MARK_COLOURS.error);
    expect(cellAt(issue.cell).note).toBe(`${MARK_NOTE_PREFIX}${issue.message}`);
    cellAt(issue.cell).value = 1975;
    runJob(addon, 'check');
    expect(cellAt(issue.cell).background).toBeUndefined();
    expect(cellAt(issue.cell).note).toBe('');
  });

  test('the panel after a check counts who submitted and lists the issues', () => {
    const state = json(addon.getPanelState());
    expect(state.registered).toBe(SAMPLE_OPTIONS.schools);
    expect(state.submitted).toBe(d.offline.schools.filter((s) => s.submitted).length);
    expect(state.lastRun.check).toBeDefined();
  });

  test('a school sheet can be opened from the panel', () => {
    expect(json(addon.openCell({ sheet: `01 ${SCHOOL_SHEETS.Педагоги.kind}`, cell: 'D5' }))).toEqual({ opened: true });
    expect(d.google.active.active).toEqual({ sheet: '01 Педагоги', row: 5, column: 4 });
  });
});
