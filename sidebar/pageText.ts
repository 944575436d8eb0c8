// Words of the panel's static page kept in the catalogue: scripts/sidebar-html.mjs puts them in at build time.
import { ACTIONS } from '../src/core/catalogue/labels';
import { SHARED_SCHOOL_LIMIT } from '../src/core/catalogue/sheets';

/** `{{key}}` in sidebar/index.html → its text. */
export const PAGE_TEXT: Readonly<Record<string, string>> = {
  'action.setup': ACTIONS.setup,
  'action.check': ACTIONS.check,
  'action.summary': ACTIONS.summary,
  'action.report': ACTIONS.report,
  'action.diagnostics': ACTIONS.diagnostics,
  'action.remind': ACTIONS.remind,
  sharedSchoolLimit: String(SHARED_SCHOOL_LIMIT),
};
