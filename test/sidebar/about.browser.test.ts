// The version banner and «О программе» in real Chromium: a copy older than the template, and one that is up to date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, startPreview, type Browser, type Preview } from './support/preview';

jest.setTimeout(60_000);

const PACKAGE = join(__dirname, '..', '..', 'package.json');
const VERSION = (JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string }).version;
const NEWER = '99.0.0';

let browser: Browser;
const previews: Preview[] = [];

beforeAll(async () => {
  browser = await launchChromium({ width: 300, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(previews.map((p) => p.stop()));
});

/** The panel of a copy whose template publishes `templateVersion`, loaded and with «О программе» filled in. */
async function panel(templateVersion: string): Promise<Page> {
  const preview = await startPreview(0, { TEMPLATE_VERSION: templateVersion });
  previews.push(preview);
  const page = await browser.context.newPage();
  await page.goto(preview.url);
  await page.locator('#about-text', { hasText: 'Версия PedMonitor' }).waitFor({ state: 'attached' });
  return page;
}

describe('шаблон опубликовал более новую версию', () => {
  let page: Page;
  beforeAll(async () => {
    page = await panel(NEWER);
  });

  test('вверху панели — какая версия вышла и какая в этой таблице', async () => {
    const banner = page.locator('#update');
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(page.locator('#update-title').textContent()).resolves.toBe(
      `Вышла новая версия PedMonitor — ${NEWER} (в этой таблице — ${VERSION}).`,
    );
  });

  test('баннер говорит, как обновиться и что данные района сохраняются', async () => {
    const how = await page.locator('#update-how').innerText();
    expect(how).toContain('Расширения → Apps Script');
    expect(how).toContain('Code.gs');
    expect(how).toContain('Данные района при обновлении не меняются');
  });

  test('баннер стоит над действиями: его видно, не прокручивая', async () => {
    const banner = await page.locator('#update').boundingBox();
    const actions = await page.locator('#actions-h').boundingBox();
    expect(banner && actions && banner.y < actions.y).toBe(true);
    expect(banner && banner.y + banner.height <= 900).toBe(true);
  });

  test('«О программе» раскрывается и называет обе версии и шаблон', async () => {
    await page.getByText('О программе', { exact: true }).click();
    const about = page.locator('#about-text');
    await expect(about.innerText()).resolves.toContain(`Версия PedMonitor: ${VERSION}.`);
    await expect(about.innerText()).resolves.toContain(`В шаблоне — версия ${NEWER}.`);
    await expect(about.getByRole('link').getAttribute('href')).resolves.toMatch(
      /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/copy$/,
    );
  });
});

describe('версия та же, что в шаблоне', () => {
  let page: Page;
  beforeAll(async () => {
    page = await panel(VERSION);
  });

  test('баннера нет', async () => {
    await expect(page.locator('#update').isHidden()).resolves.toBe(true);
  });

  test('«О программе»: своя версия и что она последняя', async () => {
    await page.getByText('О программе', { exact: true }).click();
    await expect(page.locator('#about-text p').allInnerTexts()).resolves.toEqual([
      `Версия PedMonitor: ${VERSION}.`,
      'Это последняя версия.',
      'Шаблон PedMonitor (создать копию)',
    ]);
  });
});
