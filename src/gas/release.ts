// The version this bundle carries (baked in by scripts/build-gas.mjs) and the template's, kept in developer metadata.
import type { ReleasePort } from '../app/about';

// Replaced by esbuild's `define` at build time; a bundle built any other way (tests) knows neither.
declare const PEDMONITOR_VERSION: string | undefined;
declare const PEDMONITOR_TEMPLATE_ID: string | undefined;

/** What the build said: package.json's version and the template id from template.json. */
export interface BuildFacts {
  version: string;
  templateId: string | null;
}

const baked = (value: string | undefined): string | null => (typeof value === 'string' && value !== '' ? value : null);

export const BUILT: BuildFacts = {
  version: baked(typeof PEDMONITOR_VERSION === 'undefined' ? undefined : PEDMONITOR_VERSION) ?? 'dev',
  templateId: baked(typeof PEDMONITOR_TEMPLATE_ID === 'undefined' ? undefined : PEDMONITOR_TEMPLATE_ID),
};

/**
 * The key on the template spreadsheet. DOCUMENT visibility: every copy's script is a project of its own, and
 * only document-visible metadata can be read by another project (with the `spreadsheets` scope it already has).
 */
export const VERSION_KEY = 'pedmonitor.version';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function versionEntries(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return ss.createDeveloperMetadataFinder().withKey(VERSION_KEY).find();
}

/** Reads the template only when asked (the panel's «О программе»): opening another file costs a second. */
export function gasRelease(ss: Spreadsheet, facts: BuildFacts = BUILT): ReleasePort {
  const isTemplate = () => facts.templateId !== null && ss.getId() === facts.templateId;
  return {
    version: facts.version,
    templateId: facts.templateId,
    isTemplate,
    publishedVersion() {
      if (facts.templateId === null) return null;
      const template = isTemplate() ? ss : SpreadsheetApp.openById(facts.templateId);
      const found = versionEntries(template);
      return found.length > 0 ? found[0].getValue() : null;
    },
    publish(version) {
      const [first, ...extra] = versionEntries(ss);
      if (first) first.setValue(version);
      else ss.addDeveloperMetadata(VERSION_KEY, version, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
      for (const e of extra) e.remove();
    },
  };
}
