// The preview's district: the bundled sample, one school in a file of its own (and, for tests, one hostile name).
import { registryColumns, SCHOOL_SHEET_KINDS, SHEET_NAMES, schoolSheetName } from '../../src/core/catalogue/sheets';
import type { CellValue } from '../../src/core/cells';
import type { SheetData } from '../../src/core/table';
import { generateDistrict, SAMPLE_OPTIONS } from '../../tools/sample/district';
import { PARAMETERS } from '../../src/core/catalogue/parameters';

/** «Срок сдачи» of the preview's `Параметры`. */
export const PREVIEW_DEADLINE = '15.10.2021';

/** A school name a prankster could type into `ОО`: the panel must show these characters, not run them. */
export const HOSTILE_SCHOOL_CODE = '03';
export const HOSTILE_SCHOOL_NAME = '<img src=x onerror=alert(1)>';

/** This school keeps its sheets in a spreadsheet of its own: its issues open that file. */
export const OWN_FILE_SCHOOL_CODE = '02';

export interface PreviewDistrict {
  /** The district workbook. */
  sheets: SheetData[];
  /** School files by the link written in `ОО` → `Таблица`. */
  files: Map<string, SheetData[]>;
}

function setRegistryCell(registry: CellValue[][], code: string, header: string, value: CellValue): void {
  const column = registry[0].indexOf(header);
  const codeColumn = registry[0].indexOf(registryColumns.code.header);
  const row = registry.find((r, i) => i > 0 && r[codeColumn] === code);
  if (!row || column < 0) throw new Error(`preview: no registry cell ${header} for school ${code}`);
  row[column] = value;
}

/**
 * @param fileLink the link of a school's own file (the preview serves it as a read-only page).
 * @param o.hostileName names school 03 with HTML markup: the browser tests check the panel shows it as text.
 */
export function previewDistrict(fileLink: (code: string) => string, o: { hostileName: boolean }): PreviewDistrict {
  const sample = generateDistrict(SAMPLE_OPTIONS).district;
  const source = sample.find((s) => s.name === SHEET_NAMES.registry);
  if (!source) throw new Error('preview: the sample has no registry');
  const registry = source.values.map((r) => [...r]);
  if (o.hostileName)
    setRegistryCell(registry, HOSTILE_SCHOOL_CODE, registryColumns.shortName.header, HOSTILE_SCHOOL_NAME);

  const link = fileLink(OWN_FILE_SCHOOL_CODE);
  setRegistryCell(registry, OWN_FILE_SCHOOL_CODE, registryColumns.spreadsheet.header, link);
  const own = new Map(SCHOOL_SHEET_KINDS.map((kind) => [schoolSheetName(OWN_FILE_SCHOOL_CODE, kind), kind]));
  const fileSheets = sample.filter((s) => own.has(s.name)).map((s) => ({ ...s, name: own.get(s.name) as string }));
  // A deadline long past: the panel shows who is «после срока» (issue 12).
  const withDeadline = (s: SheetData): SheetData =>
    s.name === SHEET_NAMES.parameters
      ? { name: s.name, values: [...s.values, [PARAMETERS.deadline.key, PREVIEW_DEADLINE]] }
      : s;
  const sheets = sample
    .filter((s) => !own.has(s.name))
    .map((s) => (s === source ? { name: s.name, values: registry } : withDeadline(s)));
  return { sheets, files: new Map([[link, fileSheets]]) };
}
