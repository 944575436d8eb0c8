// The add-on menu: built in onOpen, safe without authorisation (AuthMode.NONE) — it only names functions.
import type { MenuFunction } from './entryPoints';

export const MENU_ITEMS: readonly { caption: string; run: MenuFunction }[] = [
  { caption: 'Открыть панель', run: 'showSidebar' },
  { caption: 'Настроить таблицу', run: 'menuSetup' },
  { caption: 'Проверить данные', run: 'menuCheck' },
  { caption: 'Собрать сводную', run: 'menuSummary' },
  { caption: 'Сформировать отчёт', run: 'menuReport' },
  { caption: 'Диагностика', run: 'menuDiagnostics' },
];

/** Nothing here reads the document or properties: in AuthMode.NONE that would throw. */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU_ITEMS.forEach((item, i) => {
    if (i === 1 || i === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(item.caption, item.run);
  });
  menu.addToUi();
}
