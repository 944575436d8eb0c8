// The first run in real Chromium: a fresh copy of the template opens with the steps; a district in use does not.
import type { Page } from 'playwright-core';
import { launchChromium, startPreview, type Browser, type Preview } from './support/preview';

jest.setTimeout(60_000);

let browser: Browser;
const previews: Preview[] = [];

beforeAll(async () => {
  browser = await launchChromium({ width: 300, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(previews.map((p) => p.stop()));
});

async function panel(env: Record<string, string>): Promise<Page> {
  const preview = await startPreview(0, env);
  previews.push(preview);
  const page = await browser.context.newPage();
  await page.goto(preview.url);
  await page.locator('#registered', { hasNotText: '—' }).waitFor();
  return page;
}

describe('свежая копия шаблона', () => {
  let page: Page;
  beforeAll(async () => {
    page = await panel({ PREVIEW_FRESH: '1' });
  });

  test('панель начинается с «Первый запуск» и шагов по порядку, над действиями', async () => {
    await expect(page.locator('#first-run').isVisible()).resolves.toBe(true);
    const steps = await page.locator('#first-run li').allInnerTexts();
    expect(steps).toHaveLength(4);
    expect(steps[0]).toContain('«Диагностика»');
    expect(steps[1]).toContain('«Настроить таблицу»');
    const block = await page.locator('#first-run').boundingBox();
    const actions = await page.locator('#actions-h').boundingBox();
    expect(block && actions && block.y < actions.y).toBe(true);
  });

  test('первый шаг — «Диагностика»: кнопка в блоке показывает список проверок', async () => {
    await page.locator('#btn-first-diagnostics').click();
    await page.locator('#diagnostics-list li').first().waitFor();
    expect(await page.locator('#diagnostics-list li').count()).toBeGreaterThan(0);
  });

  test('после «Настроить таблицу» реестр ещё пуст — шаги остаются', async () => {
    await page.getByText('Настроить таблицу…').click();
    await page.locator('#btn-setup').click();
    await page.locator('#result-text').waitFor({ state: 'visible' });
    await expect(page.locator('#first-run').isVisible()).resolves.toBe(true);
  });
});

test('район, где ОО уже внесены, первым запуском не считается', async () => {
  const page = await panel({});
  await expect(page.locator('#first-run').isHidden()).resolves.toBe(true);
});
