// The panel in real Chromium (issue 12): statuses against the deadline, «Напомнить школам» previewed and sent.
import type { Page } from 'playwright-core';
import { buildInMemory } from '../support/run';
import { schoolLetters } from '../../src/core/reminders';
import { OWN_FILE_SCHOOL_CODE, previewDistrict } from '../../sidebar/dev/sample';
import { panelAfterBuild } from '../../src/app/panelView';
import { overdueNames, statusText } from '../../sidebar/view';
import { launchChromium, startPreview, type Browser, type Preview } from './support/preview';

jest.setTimeout(60_000);

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
const letters = schoolLetters(expected);

let preview: Preview;
let browser: Browser;
let page: Page;
const button = (name: string) => page.getByRole('button', { name, exact: true });

beforeAll(async () => {
  const [p, b] = await Promise.allSettled([startPreview(0), launchChromium({ width: 300, height: 900 })]);
  if (p.status === 'fulfilled') preview = p.value;
  if (b.status === 'fulfilled') browser = b.value;
  if (p.status === 'rejected') throw p.reason;
  if (b.status === 'rejected') throw b.reason;
  page = await browser.context.newPage();
  await page.goto(preview.url);
  await page.locator('#registered', { hasNotText: '—' }).waitFor();
  await button('Проверить данные').click();
  await page.locator('#result-text', { hasText: 'Проверка завершена' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

test('после проверки: срок и статусы ОО, как их считает ядро; опоздавшие названы', async () => {
  await expect(page.locator('#statuses').textContent()).resolves.toBe(statusText(expectedState));
  expect(statusText(expectedState)).toContain('после срока — 1');
  await expect(page.locator('#overdue-list').textContent()).resolves.toBe(
    `После срока: ${overdueNames(expectedState).join('; ')}.`,
  );
});

test('«Напомнить школам»: предпросмотр — письмо каждой ОО из ядра, с темой и адресом', async () => {
  await button('Напомнить школам').click();
  await page.locator('#reminders-list li').first().waitFor();
  await expect(page.locator('#reminders-list details.letter').count()).resolves.toBe(letters.length);
  const first = page.locator(`#reminders-list details[data-school="${letters[0].code}"]`);
  await first.locator('summary').click();
  await expect(first.locator('pre').textContent()).resolves.toBe(letters[0].body);
  await expect(first.textContent()).resolves.toContain(`Кому: ${letters[0].to.join(', ')}`);
});

test('«Отправить письма»: результат по каждой ОО, повторная отправка недоступна', async () => {
  await button('Отправить письма').click();
  await page.locator('#result-text', { hasText: 'Отправлено' }).waitFor();
  await expect(page.locator('#reminders-list li.sent').count()).resolves.toBe(letters.length);
  await expect(button('Отправить письма').isDisabled()).resolves.toBe(true);
  await expect(page.locator('#journal-list li').first().textContent()).resolves.toContain('Напомнить школам');
});
