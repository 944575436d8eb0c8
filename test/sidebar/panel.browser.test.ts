// The panel in real Chromium against the local preview: clicks, progress, the report, cells, hostile names, keys.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildInMemory, planInMemory } from '../support/run';
import { SCHOOL_SHEET_KINDS } from '../../src/core/catalogue/sheets';
import { count } from '../../src/core/plural';
import { HOSTILE_SCHOOL_NAME, OWN_FILE_SCHOOL_CODE, previewDistrict } from '../../sidebar/dev/sample';
import { outcomeMessage, panelAfterBuild } from '../../src/app/panelView';
import { launchChromium, startPreview, type Browser, type Preview } from './support/preview';

jest.setTimeout(30_000);

const OUTPUT = join(__dirname, '..', '..', 'test-output');
/** What the engine itself says about the preview's district: the panel must show the same. */
const district = previewDistrict((code) => `школа-${code}`, { hostileName: true });
const expected = buildInMemory(
  district.sheets,
  new Date().toISOString().slice(0, 10),
  new Map([
    [
      `школа-${OWN_FILE_SCHOOL_CODE}`,
      { ok: true as const, sheets: district.files.get(`школа-${OWN_FILE_SCHOOL_CODE}`)! },
    ],
  ]),
);
const expectedState = panelAfterBuild(expected, { mode: 'shared' });

let preview: Preview;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  // Both start at once; if either fails, the other is still stopped in afterAll (no orphan server).
  const [p, b] = await Promise.allSettled([startPreview(10), launchChromium({ width: 300, height: 900 })]);
  if (p.status === 'fulfilled') preview = p.value;
  if (b.status === 'fulfilled') browser = b.value;
  if (p.status === 'rejected') throw p.reason;
  if (b.status === 'rejected') throw b.reason;
  page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(preview.url);
  await page.locator('#municipality', { hasText: 'Кузнецкого района' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

const opened = async () => (await (await fetch(`${preview.url}__dev/opened`)).json()) as { last: unknown };
const button = (name: string) => page.getByRole('button', { name, exact: true });

test('до проверки: район, период и число ОО в реестре; кто сдал — ещё неизвестно', async () => {
  await expect(page.locator('#period').textContent()).resolves.toBe('Отчётный период: 01.09.2020 – 31.08.2021');
  await expect(page.locator('#registered').textContent()).resolves.toBe(String(expected.schools.length));
  await expect(page.locator('#submitted').textContent()).resolves.toBe('—');
});

test('«Проверить данные» — только с клавиатуры: Tab до кнопки, Enter, фокус возвращается на кнопку', async () => {
  for (let i = 0; i < 15 && !(await page.evaluate(() => document.activeElement?.id === 'btn-check')); i++)
    await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('btn-check');
  await page.keyboard.press('Enter');
  await page.locator('#result-text', { hasText: 'Проверка завершена' }).waitFor();
  await expect(page.locator('#result-text').textContent()).resolves.toBe(outcomeMessage('check', expected));
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('btn-check');
  await expect(page.locator('#submitted').textContent()).resolves.toBe(String(expectedState.submitted));
  await expect(page.locator('#not-submitted').textContent()).resolves.toBe(String(expectedState.notSubmitted));
});

/** Every change of the progress box while a job runs, as the page saw it (no race with a fast server). */
async function recordProgress(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: unknown[] };
    w.progressSeen = [];
    const box = document.getElementById('job') as HTMLElement;
    const snap = () =>
      w.progressSeen.push({
        shown: !box.hidden,
        label: document.getElementById('job-label')?.textContent,
        school: document.getElementById('job-school')?.textContent,
        percent: Number(document.getElementById('job-bar')?.getAttribute('aria-valuenow')),
        reportDisabled: (document.getElementById('btn-report') as HTMLButtonElement).disabled,
      });
    new MutationObserver(snap).observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

interface ProgressSnap {
  shown: boolean;
  label: string;
  school: string;
  percent: number;
  reportDisabled: boolean;
}
const progressSeen = () =>
  page.evaluate(() => (window as unknown as { progressSeen: unknown[] }).progressSeen) as Promise<ProgressSnap[]>;

test('«Собрать сводную»: видно этап, ОО и полосу, кнопки недоступны, затем итог', async () => {
  await recordProgress();
  await button('Собрать сводную').click();
  await page.locator('#result-text', { hasText: 'Сводная собрана' }).waitFor();
  await expect(page.locator('#result-text').textContent()).resolves.toBe(outcomeMessage('summary', expected));

  const seen = (await progressSeen()).filter((p) => p.shown);
  const schools = seen.filter((p) => p.label.startsWith('Проверка листов ОО'));
  // The server reads one school per call, the first in the very call that starts the job: each later one is named.
  expect(new Set(schools.map((p) => p.school))).toEqual(new Set(expected.schools.slice(1).map((s) => s.school.name)));
  expect(schools.map((p) => p.percent)).toEqual([...schools.map((p) => p.percent)].sort((a, b) => a - b));
  expect(seen.every((p) => p.reportDisabled)).toBe(true);
  await expect(page.locator('#job').isHidden()).resolves.toBe(true);
  await expect(button('Сформировать отчёт').isEnabled()).resolves.toBe(true);
});

test('«Сформировать отчёт»: ссылки на все три документа, справка — файл .docx', async () => {
  await button('Сформировать отчёт').click();
  const link = page.getByRole('link', { name: 'Открыть: «Аналитическая справка»' });
  await link.or(page.getByRole('alert')).waitFor({ timeout: 20_000 });
  await expect(page.locator('#alert-text').textContent()).resolves.toBe('');
  await expect(page.locator('#result-text').textContent()).resolves.toBe(outcomeMessage('report', expected));
  const href = (await link.getAttribute('href')) as string;
  expect(href.startsWith(preview.url)).toBe(true);
  await expect(link.getAttribute('target')).resolves.toBe('_blank');
  const file = new Uint8Array(await (await fetch(href)).arrayBuffer());
  expect(Buffer.from(file.slice(0, 2)).toString('latin1')).toBe('PK'); // a .docx is a zip archive
  await expect(page.locator('#last-report a').first().getAttribute('href')).resolves.toBe(href);
  for (const name of ['Открыть: «Адресные рекомендации ОО»', 'Открыть: «Проект приказа»']) {
    const other = (await page.getByRole('link', { name }).getAttribute('href')) as string;
    expect(other.endsWith('.docx')).toBe(true);
    expect(other).not.toBe(href);
  }
  await expect(page.locator('#last-report a').count()).resolves.toBe(3);
});

test('щелчок по ошибке открывает её лист и ячейку', async () => {
  const first = expectedState.issues.find((i) => i.school === expected.schools[0].school.code)!;
  const group = page.locator(`details.group[data-school="${first.school}"]`);
  await group.locator('summary').click();
  await group.locator('button.issue').first().click();
  await page
    .locator('#issue-status', { hasText: `Открыта ячейка ${first.cell} на листе «${first.target.sheet}»` })
    .waitFor();
  await expect(opened()).resolves.toMatchObject({ last: first.target });
  await expect(page.locator('#preview-opened').textContent()).resolves.toContain(
    `«${first.target.sheet}», ячейка ${first.target.cell}`,
  );
});

test('ошибка в собственной таблице ОО открывает её файл на нужной ячейке в новой вкладке', async () => {
  const first = expectedState.issues.find((i) => i.school === OWN_FILE_SCHOOL_CODE)!;
  const file = `${preview.url}file/${OWN_FILE_SCHOOL_CODE}`;
  const group = page.locator(`details.group[data-school="${OWN_FILE_SCHOOL_CODE}"]`);
  await group.locator('summary').click();
  const [tab] = await Promise.all([
    browser.context.waitForEvent('page'),
    group.locator('button.issue').first().click(),
  ]);
  await tab.waitForURL(/\/file\//);
  expect(tab.url()).toBe(`${file}?sheet=${encodeURIComponent(first.target.sheet)}&cell=${first.cell}`);
  await expect(tab.locator('#cell').textContent()).resolves.toBe(first.cell);
  await expect(opened()).resolves.toMatchObject({ last: { sheet: first.target.sheet, cell: first.cell, file } });
  await expect(page.locator('#issue-status').textContent()).resolves.toBe(
    `Таблица ОО открыта в новой вкладке: лист «${first.target.sheet}», ячейка ${first.cell}.`,
  );
  await tab.close();
});

test('название ОО с HTML-кодом показано как текст; ничего не выполнилось', async () => {
  const hostile = expected.schools.find((s) => s.school.name === HOSTILE_SCHOOL_NAME)!;
  await expect(page.locator(`details.group[data-school="${hostile.school.code}"] .name`).textContent()).resolves.toBe(
    HOSTILE_SCHOOL_NAME,
  );
  await expect(page.locator('img').count()).resolves.toBe(0);
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('ошибка сервера — понятное русское сообщение без трассировки стека', async () => {
  await page.route(
    '**/__dev/call',
    (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          message:
            'Exception: Service invoked too many times for one day: docs create.\n    at createReport (Code:1234:15)\n    at startJob (Code:88:3)',
        }),
      }),
    { times: 1 },
  );
  await button('Проверить данные').click();
  const alert = page.getByRole('alert');
  await alert.locator('#alert-text', { hasText: 'лимит' }).waitFor();
  const text = (await alert.textContent()) as string;
  expect(text).toContain('Исчерпан дневной лимит обращений к сервисам Google');
  expect(text).not.toMatch(/\bat \w+ \(|Code:\d+/);
  await expect(button('Проверить данные').isEnabled()).resolves.toBe(true);
});

test('снимок панели после сборки — test-output/sidebar.png', async () => {
  await page.reload();
  await page.locator('#municipality', { hasText: 'Кузнецкого района' }).waitFor();
  await button('Собрать сводную').click();
  await page.locator('#result-text', { hasText: 'Сводная собрана' }).waitFor();
  await page.locator('details.group').nth(1).locator('summary').click();
  await mkdir(OUTPUT, { recursive: true });
  const shot = await page.screenshot({ path: join(OUTPUT, 'sidebar.png'), fullPage: true });
  expect(shot.length).toBeGreaterThan(10_000);
});

test('«Настроить таблицу»: выбор режима и запуск с клавиатуры; недостающие листы добавлены', async () => {
  const plan = planInMemory(district.sheets, new Date().toISOString().slice(0, 10));
  const missing = plan.schools.reduce((n, s) => {
    const source = plan.locations[s.code];
    return n + (source.mode === 'shared' ? SCHOOL_SHEET_KINDS.filter((k) => source.sheets[k] === undefined).length : 0);
  }, 0);
  await page.getByText('Настроить таблицу…').focus();
  await page.keyboard.press('Enter'); // opens the choice
  await page.keyboard.press('Tab'); // the radio group: one stop, arrows choose
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('В отдельной таблице для каждой ОО').isChecked()).resolves.toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('В одной общей таблице района').isChecked()).resolves.toBe(true);
  await page.keyboard.press('Tab'); // «Как обозначать педагогов»: the code is chosen, with why
  await expect(
    page.getByLabel('Код педагога (табельный номер или код школы)', { exact: false }).isChecked(),
  ).resolves.toBe(true);
  await expect(page.locator('#ids-why').textContent()).resolves.toContain('152-ФЗ');
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('btn-setup');
  await page.keyboard.press('Enter');
  await page.locator('#result-text', { hasText: 'Таблица настроена' }).waitFor();
  // The sample predates the district sheet «Район» and the optional columns of issue 10: setup adds them too.
  const sheets = count(missing + 1, ['лист', 'листа', 'листов']);
  const text = await page.locator('#result-text').textContent();
  expect(text).toMatch(
    new RegExp(`: создано ${sheets}, добавлено новых столбцов: \\d+\\. Введённые данные не изменялись\\.`),
  );
});
