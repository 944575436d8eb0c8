// The preview's district: the bundled sample, with one school whose name is an HTML attack (shown as text).
import { registryColumns, SHEET_NAMES } from '../../src/core/catalogue/sheets';
import type { SheetData } from '../../src/core/table';
import { generateDistrict, SAMPLE_OPTIONS } from '../../src/sample/district';

/** A school name a prankster could type into `ОО`: the panel must show these characters, not run them. */
export const HOSTILE_SCHOOL_NAME = '<img src=x onerror=alert(1)>';

/** Registry row (1-based, data from row 2) of the school renamed: the third, which has errors to click. */
export const HOSTILE_SCHOOL_ROW = 4;

export function previewDistrict(): SheetData[] {
  const sheets = generateDistrict(SAMPLE_OPTIONS).district.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  const registry = sheets.find((s) => s.name === SHEET_NAMES.registry);
  if (!registry) throw new Error('preview: the sample has no registry');
  const column = registry.values[0].indexOf(registryColumns.shortName.header);
  registry.values[HOSTILE_SCHOOL_ROW - 1][column] = HOSTILE_SCHOOL_NAME;
  return sheets;
}
