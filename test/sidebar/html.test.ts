// The add-on's Sidebar.html: one self-contained page that Apps Script serves as is.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** What the Apps Script build writes to dist/Sidebar.html, produced the way the build produces it. */
const html = execFileSync(process.execPath, [join(ROOT, 'scripts/sidebar-html.mjs')], { cwd: ROOT, encoding: 'utf8' });

test('один файл: скрипт и стили внутри, ни одного внешнего ресурса', () => {
  expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
  expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style>']);
  expect(html).not.toMatch(/<link\b|<script\b[^>]*\bsrc=|@import|url\(\s*['"]?(?:https?:)?\/\//i);
});

test('встроенный код не закрывает свой тег раньше времени', () => {
  const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
  expect(script).not.toMatch(/<\/script/i);
  expect(script.length).toBeGreaterThan(1000);
});

test('нет скриптлетов Apps Script (<? … ?>)', () => {
  expect(html).not.toContain('<?');
});

test('страница по-русски и со всеми четырьмя действиями', () => {
  expect(html).toContain('<html lang="ru">');
  for (const label of ['Настроить таблицу', 'Проверить данные', 'Собрать сводную', 'Сформировать отчёт']) {
    expect(html).toContain(`>${label}</button>`);
  }
});
