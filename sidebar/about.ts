// «О программе» and the update banner: texts from AboutInfo (pure) and their place on the page.
import type { AboutInfo } from '../src/shared/contract';
import { append, byId, clear, el, safeUrl, setText } from './dom';

/** The banner, when the template publishes a newer version than this copy carries. */
export function updateTexts(about: AboutInfo): { title: string; how: string[] } | null {
  if (!about.updateAvailable || about.latest === null) return null;
  return {
    title: `Вышла новая версия PedMonitor — ${about.latest} (в этой таблице — ${about.version}).`,
    how: [
      'Как обновить: Расширения → Apps Script → замените содержимое файлов Code.gs и Sidebar текстом файлов '
        + 'Code.js и Sidebar.html новой версии → «Сохранить» → обновите вкладку таблицы.',
      'Файлы новой версии — у того, кто прислал вам ссылку на шаблон PedMonitor.',
      'Данные района при обновлении не меняются: листы ОО, реестр, параметры, сводные и снимки прошлых лет '
        + 'остаются в таблице — заменяется только программа.',
    ],
  };
}

/** The lines of «О программе». */
export function aboutLines(about: AboutInfo | null): string[] {
  if (about === null) return ['Версию PedMonitor узнать не удалось.'];
  const lines = [`Версия PedMonitor: ${about.version}.`];
  if (about.isTemplate) lines.push(`Это шаблон: копии сравнивают с ним свою версию (опубликована ${about.version}).`);
  else if (about.updateAvailable) lines.push(`В шаблоне — версия ${about.latest}.`);
  else if (about.latest !== null) lines.push('Это последняя версия.');
  else if (about.templateUrl !== null) lines.push('Версию шаблона узнать не удалось: нет доступа к шаблону.');
  return lines;
}

export function renderAbout(about: AboutInfo | null): void {
  const box = byId('about-text');
  clear(box);
  for (const line of aboutLines(about)) append(box, el('p', {}, line));
  const template = safeUrl(about?.templateUrl);
  if (template && !about?.isTemplate) {
    const attrs = { href: template, target: '_blank', rel: 'noopener noreferrer' };
    append(box, el('p', {}, el('a', { attrs }, 'Шаблон PedMonitor (создать копию)')));
  }
  const update = about ? updateTexts(about) : null;
  const banner = byId('update');
  banner.hidden = update === null;
  setText(byId('update-title'), update?.title ?? '');
  const how = byId('update-how');
  clear(how);
  for (const line of update?.how ?? []) append(how, el('p', { className: 'small' }, line));
}
