// Closing the loop in Google (issue 12): letters sent through MailApp within its daily quota, `Замечания` in each
// school's own file, `Журнал` rows for every action — failures too.
import { REMARKS_SHEET, SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { ACTIONS } from '../../src/core/catalogue/labels';
import { JOURNAL_COLUMNS } from '../../src/core/journal';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import type { RemindersOutcome, RemindersPreview } from '../../src/shared/contract';
import { buildDist, json, loadAddon, readCode, runJob, type Addon } from './harness';
import { OWNER } from './fakes/spreadsheet';
import { perSchoolDistrict, sharedDistrict, type LoadedDistrict } from './sampleWorkbook';

type Mailer = Addon & { previewReminders(): RemindersPreview; sendReminders(): RemindersOutcome };

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

const OPTIONS = { ...SAMPLE_OPTIONS, schools: 5, teachersPerSchool: 5, notSubmitted: 1 };
const mailCalls = (d: LoadedDistrict, name: string) =>
  d.google.recorder.count((c) => c.on === 'MailApp' && c.method === name);

function checked(d: LoadedDistrict): Mailer {
  const addon = loadAddon(d.google, code) as unknown as Mailer;
  runJob(addon, 'check');
  return addon;
}

describe('«Напомнить школам»: MailApp within the daily quota', () => {
  test('the preview lists one letter per school the offline build would write, and reads the quota once', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    const preview = json(addon.previewReminders());
    const expected = d.offline.schools
      .filter((s) => !s.submitted || d.offline.issues.some((i) => i.sheet.startsWith(`${s.code} `)))
      .map((s) => s.code);
    expect(preview.letters.map((l) => l.code).sort()).toEqual(expected.sort());
    expect(preview.quota).toBe(100);
    expect(mailCalls(d, 'getRemainingDailyQuota')).toBe(1);
    expect(mailCalls(d, 'sendEmail')).toBe(0);
  });

  test('sending: the quota is read first, one sendEmail per school, each to its «Email ответственного»', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    const letters = json(addon.previewReminders()).letters;
    const outcome = json(addon.sendReminders());
    expect(mailCalls(d, 'sendEmail')).toBe(letters.length);
    expect(d.google.mail.sent.map((m) => m.to).sort()).toEqual(letters.map((l) => l.to.join(',')).sort());
    expect(outcome.results.every((r) => r.sent)).toBe(true);
    expect(d.google.mail.quota).toBe(100 - letters.length);
    const first = d.google.recorder.calls.find((c) => c.on === 'MailApp');
    expect(first?.method).toBe('getRemainingDailyQuota');
  });

  test('a second click sends nobody twice for the same check', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    addon.sendReminders();
    const sent = d.google.mail.sent.length;
    const again = json(addon.sendReminders());
    expect(d.google.mail.sent.length).toBe(sent);
    expect(again.results.every((r) => !r.sent && r.detail.startsWith('уже отправлено'))).toBe(true);
  });

  test('a short quota: as many letters as it allows, not-submitted schools first; the rest said so per school', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    d.google.mail.quota = 2;
    const outcome = json(addon.sendReminders());
    expect(mailCalls(d, 'sendEmail')).toBe(2);
    expect(outcome.results.filter((r) => r.sent)).toHaveLength(2);
    const notSubmitted = d.offline.schools.find((s) => !s.submitted)!.code;
    expect(outcome.results.find((r) => r.code === notSubmitted)!.sent).toBe(true);
    const left = outcome.results.filter((r) => !r.sent);
    expect(left.length).toBeGreaterThan(0);
    for (const r of left) expect(r.detail).toBe('не отправлено: не хватило дневной квоты Google');
    expect(outcome.message).toMatch(/^Отправлено 2 из \d+ писем?\.$/);
  });

  test('no quota at all: refused in Russian before any letter, and «Журнал» records the failure', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    d.google.mail.quota = 0;
    expect(() => addon.sendReminders()).toThrow(/Дневная квота Google на письма исчерпана \(осталось 0\)/);
    expect(mailCalls(d, 'sendEmail')).toBe(0);
    const last = d.google.active.sheet(SHEET_NAMES.journal).grid().at(-1)!;
    expect(last[3]).toBe(ACTIONS.remind);
    expect(String(last[9])).toMatch(/^ошибка: Дневная квота Google/);
  });

  test('Google refusing mid-way (its daily limit) stops nothing else: that school is told, the others go on', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    const letters = json(addon.previewReminders()).letters;
    // Google's quota may be spent by other scripts between the read and the send.
    d.google.mail.quota = letters.length;
    const real = d.google.mail.sent.push.bind(d.google.mail.sent);
    let calls = 0;
    d.google.mail.sent.push = (...m) => {
      calls++;
      if (calls === 1) d.google.mail.quota = 0;
      return real(...m);
    };
    const outcome = json(addon.sendReminders());
    expect(outcome.results.filter((r) => r.sent)).toHaveLength(1);
    expect(
      outcome.results.filter((r) => r.detail === 'не отправлено: Google сообщил, что дневная квота исчерпана'),
    ).toHaveLength(1);
  });
});

describe('«Журнал»: a protected, appended row for every action', () => {
  test('a check and a summary each add a row: time, user, mode, counts, what was made, success', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    runJob(addon, 'summary');
    const journal = d.google.active.sheet(SHEET_NAMES.journal);
    const grid = journal.grid();
    expect(grid[0]).toEqual([...JOURNAL_COLUMNS]);
    expect(grid.slice(1).map((r) => r[3])).toEqual([ACTIONS.check, ACTIONS.summary]);
    const errors = d.offline.issues.filter((i) => i.severity === 'error').length;
    expect(grid[1].slice(2, 10)).toEqual([
      'общая таблица',
      ACTIONS.check,
      OPTIONS.schools - 1,
      OPTIONS.schools,
      errors,
      d.offline.issues.length - errors,
      `лист «${SHEET_NAMES.errors}»`,
      'успешно',
    ]);
    expect(String(grid[1][1])).toMatch(/^методист, ключ [0-9a-f]{8}$/);
    expect([...journal.protections[0].editors]).toEqual([OWNER]);
  });

  test('a failing action adds a row with its error', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = loadAddon(d.google, code);
    const registry = d.google.active.sheet(SHEET_NAMES.registry);
    for (const row of registry.cells.slice(1)) for (const cell of row) cell.value = '';
    expect(() => addon.startJob('check')).toThrow(/нет ни одной ОО/);
    const last = d.google.active.sheet(SHEET_NAMES.journal).grid().at(-1)!;
    expect(last[3]).toBe(ACTIONS.check);
    expect(String(last[9])).toMatch(/^ошибка: .*нет ни одной ОО/);
  });

  test('the panel lists the last runs, newest first', () => {
    const d = sharedDistrict(OPTIONS);
    const addon = checked(d);
    runJob(addon, 'summary');
    const journal = json(addon.getPanelState()).journal!;
    expect(journal.map((r) => r.action)).toEqual([ACTIONS.summary, ACTIONS.check]);
    expect(journal[0].ok).toBe(true);
  });
});

describe('per-school mode: the check writes `Замечания` into each school’s own file', () => {
  const d = perSchoolDistrict(OPTIONS);
  beforeAll(() => {
    checked(d);
  });

  test('only that school’s issues, protected from the school, cells as text', () => {
    for (const [schoolCode, url] of d.files) {
      const file = d.google.byUrl(url)!;
      const sheet = file.sheet(REMARKS_SHEET);
      const own = d.offline.issues.filter((i) => i.sheet.startsWith(`${schoolCode} `));
      const rows = sheet.grid().slice(1);
      if (own.length === 0) expect(rows[0][0]).toBe('замечаний нет');
      else
        expect(rows.map((r) => `${String(r[1])}!${String(r[2])}`)).toEqual(
          own.map((i) => `${i.sheet.split(' ').slice(1).join(' ')}!${i.cell}`),
        );
      for (const other of d.files.keys())
        if (other !== schoolCode) expect(JSON.stringify(rows)).not.toContain(`${other} `);
      expect([...sheet.protections[0].editors]).toEqual([OWNER]);
      expect(sheet.cells.flat().some((c) => c.formula !== undefined && !c.formula.startsWith('=HYPERLINK'))).toBe(
        false,
      );
    }
  });

  test('one batchUpdate per school file for it (O(sheets), never O(cells))', () => {
    const e = perSchoolDistrict(OPTIONS);
    const addon = loadAddon(e.google, code);
    e.google.recorder.reset();
    runJob(addon, 'check');
    const perFile = new Map<string, number>();
    for (const c of e.google.recorder.calls.filter((x) => x.detail === 'batch'))
      perFile.set(String(c.file), (perFile.get(String(c.file)) ?? 0) + 1);
    for (const url of e.files.values()) expect(perFile.get(e.google.byUrl(url)!.id)).toBe(1);
  });
});
