// The add-on menu: built in onOpen, safe without authorisation (AuthMode.NONE) — it only names functions.
import { ACTIONS } from '../core/catalogue/labels';
import type { MenuFunction } from './entryPoints';

export const MENU_ITEMS: readonly { caption: string; run: MenuFunction }[] = [
  { caption: ACTIONS.panel, run: 'showSidebar' },
  { caption: ACTIONS.setup, run: 'menuSetup' },
  { caption: ACTIONS.check, run: 'menuCheck' },
  { caption: ACTIONS.summary, run: 'menuSummary' },
  { caption: ACTIONS.report, run: 'menuReport' },
  { caption: ACTIONS.region, run: 'menuRegion' },
];

/** Nothing here reads the document or properties: in AuthMode.NONE that would throw. */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU_ITEMS.forEach((item, i) => {
    if (i === 1) menu.addSeparator();
    menu.addItem(item.caption, item.run);
  });
  menu.addToUi();
}
