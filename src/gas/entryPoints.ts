// The one list of functions Apps Script can call: the build appends a top-level stub for each name.
import type { ServerFunctionName } from '../shared/contract';

/** Simple triggers: Sheets calls them by name. */
export const TRIGGERS = ['onOpen', 'onInstall'] as const;

/** What the add-on menu runs. */
export const MENU_FUNCTIONS = [
  'showSidebar',
  'menuSetup',
  'menuCheck',
  'menuSummary',
  'menuReport',
  'menuRegion',
  'menuDiagnostics',
] as const;

/** What the sidebar calls through google.script.run: every function of the contract. */
export const SERVER_FUNCTIONS = [
  'getPanelState',
  'setupWorkbook',
  'startJob',
  'continueJob',
  'openCell',
  'getAbout',
  'runDiagnostics',
  'previewReminders',
  'sendReminders',
] as const satisfies readonly ServerFunctionName[];

// A contract function missing from the list above is a compile error here.
type Unlisted = Exclude<ServerFunctionName, (typeof SERVER_FUNCTIONS)[number]>;
export const EVERY_SERVER_FUNCTION_LISTED: [Unlisted] extends [never] ? true : never = true;

export const ENTRY_POINTS = [...TRIGGERS, ...MENU_FUNCTIONS, ...SERVER_FUNCTIONS] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];
export type MenuFunction = (typeof MENU_FUNCTIONS)[number];
