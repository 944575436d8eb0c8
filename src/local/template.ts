// Empty district workbooks for districts that collect in Excel: headers, notes and dropdowns from the catalogue.
import type ExcelJS from 'exceljs';
import { columnLetter } from '../core/cells';
import type { ColumnDef, Columns } from '../core/catalogue/columns';
import { PARAMETERS } from '../core/catalogue/parameters';
import { DISTRICT_SHEET } from '../core/catalogue/districtColumns';
import { REGISTRY_SHEET, SCHOOL_SHEETS, SCHOOL_SHEET_KINDS, SHEET_NAMES, schoolSheetName, type SchoolSheetKind } from '../core/catalogue/sheets';
import { formatRu, type IsoDate } from '../core/dates';
import { defaultPeriod } from '../core/settings';
import { newWorkbook } from './xlsxWrite';

/** How many data rows get validation: enough for any school, cheap for the file. */
const ROWS = 1000;
const LISTS_SHEET = 'Списки';

interface Lists {
  ws: ExcelJS.Worksheet;
  /** list values joined → column letter in `Списки` */
  columns: Map<string, string>;
}

function listsSheet(wb: ExcelJS.Workbook): Lists {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  return { ws, columns: new Map() };
}

/** Long lists do not fit Excel's 255-character inline list: every list lives on the hidden `Списки` sheet. */
function listRange(lists: Lists, values: readonly string[]): string {
  const key = values.join('\u0001');
  let letter = lists.columns.get(key);
  if (!letter) {
    letter = columnLetter(lists.columns.size + 1);
    lists.columns.set(key, letter);
    values.forEach((v, i) => { lists.ws.getCell(`${letter}${i + 1}`).value = v; });
  }
  return `${LISTS_SHEET}!$${letter}$1:$${letter}$${values.length}`;
}

function validation(def: ColumnDef<unknown>, lists: Lists): ExcelJS.DataValidation | null {
  const common = { allowBlank: true, showErrorMessage: true, errorTitle: 'PedMonitor' };
  switch (def.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [listRange(lists, def.values)], error: `Выберите значение из списка для «${def.header}».` };
    case 'multi':
      // Several values are typed through «;»: the dropdown helps, but other text must stay allowed.
      return { ...common, type: 'list', formulae: [listRange(lists, def.values)], showErrorMessage: false };
    case 'date':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1940, 0, 1))], error: `В «${def.header}» нужна дата дд.мм.гггг.` };
    case 'int':
    case 'number': {
      const min = typeof def.min === 'number' ? def.min : 0;
      const max = typeof def.max === 'number' ? def.max : 9999;
      return { ...common, type: def.kind === 'int' ? 'whole' : 'decimal', operator: 'between', formulae: [min, max], error: `В «${def.header}» нужно число от ${min} до ${max}.` };
    }
    case 'yesno':
      return { ...common, type: 'list', formulae: ['"да,нет"'], error: `В «${def.header}» выберите «да» или «нет».` };
    default:
      return null;
  }
}

/** exceljs supports one validation per range (`ws.dataValidations`) but its types do not declare it. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

function addCatalogueSheet(wb: ExcelJS.Workbook, name: string, columns: Columns, lists: Lists, purpose: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const defs = Object.values(columns) as ColumnDef<unknown>[];
  ws.columns = defs.map((d) => ({ width: Math.round(d.width / 7) }));
  defs.forEach((def, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = def.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.note = i === 0 ? `${purpose}\n\n${def.note}` : def.note;
    const v = validation(def, lists);
    const letter = columnLetter(i + 1);
    if (v) rangeValidations(ws).add(`${letter}2:${letter}${ROWS}`, v);
    if (def.kind === 'date') for (let r = 2; r <= 50; r++) ws.getCell(r, i + 1).numFmt = 'dd.mm.yyyy';
  });
  return ws;
}

/** What the template's `Параметры` start with: the period is the one a build on `today` would use anyway. */
export interface TemplateOptions {
  municipality?: string;
  today: IsoDate;
}

function addParameters(wb: ExcelJS.Workbook, { municipality = '', today }: TemplateOptions): void {
  const period = defaultPeriod(today);
  const ws = wb.addWorksheet(SHEET_NAMES.parameters, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 48 }, { width: 24 }, { width: 80 }];
  ws.addRow(['Параметр', 'Значение', 'Пояснение']).font = { bold: true };
  const example: Record<string, string | number> = {
    [PARAMETERS.municipality.key]: municipality,
    [PARAMETERS.periodStart.key]: formatRu(period.start),
    [PARAMETERS.periodEnd.key]: formatRu(period.end),
  };
  for (const p of Object.values(PARAMETERS)) {
    ws.addRow([p.key, example[p.key] ?? ('default' in p ? p.default : ''), p.note]);
  }
  ws.addRow(['Цель: PK3', 100, 'Целевое значение показателя (для долей — в процентах). ОО ниже цели получат адресную рекомендацию. Коды — в приложении к справке.']);
}

export interface TemplateSchool {
  code: string;
  name: string;
  /** Per-school mode: the school's own file, relative to the district file. */
  file?: string;
}

function addRegistry(wb: ExcelJS.Workbook, lists: Lists, schools: readonly TemplateSchool[]): void {
  const ws = addCatalogueSheet(wb, SHEET_NAMES.registry, REGISTRY_SHEET.columns, lists, REGISTRY_SHEET.purpose);
  const keys = Object.keys(REGISTRY_SHEET.columns);
  for (const s of schools) {
    const row: Record<string, string> = { code: s.code, shortName: s.name, kind: 'СОШ', spreadsheet: s.file ?? '' };
    ws.addRow(keys.map((k) => row[k] ?? ''));
  }
}

/** The district sheet `Район` (issue 10): the methodologist's own rows, empty in a template. */
function addDistrictSheet(wb: ExcelJS.Workbook, lists: Lists): void {
  addCatalogueSheet(wb, SHEET_NAMES.district, DISTRICT_SHEET.columns, lists, DISTRICT_SHEET.purpose);
}

function addSchoolSheets(wb: ExcelJS.Workbook, lists: Lists, name: (kind: SchoolSheetKind) => string): void {
  for (const kind of SCHOOL_SHEET_KINDS) addCatalogueSheet(wb, name(kind), SCHOOL_SHEETS[kind].columns, lists, SCHOOL_SHEETS[kind].purpose);
}

export const EXAMPLE_SCHOOL: TemplateSchool = { code: '01', name: 'МБОУ СОШ №1' };

/** One shared workbook: parameters, registry and the three sheets of school `01`. */
export async function sharedTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const wb = newWorkbook();
  addParameters(wb, options);
  const lists = listsSheet(wb);
  addRegistry(wb, lists, [EXAMPLE_SCHOOL]);
  addDistrictSheet(wb, lists);
  addSchoolSheets(wb, lists, (kind) => schoolSheetName(EXAMPLE_SCHOOL.code, kind));
  return toBytes(wb);
}

/** The district file (registry pointing at school files) and one file per registered school. */
export async function perSchoolTemplate(schools: readonly TemplateSchool[], options: TemplateOptions): Promise<{ district: Uint8Array; schools: Map<string, Uint8Array> }> {
  const wb = newWorkbook();
  addParameters(wb, options);
  const lists = listsSheet(wb);
  addRegistry(wb, lists, schools);
  addDistrictSheet(wb, lists);
  const district = await toBytes(wb);
  const files = new Map<string, Uint8Array>();
  for (const s of schools) {
    const school = newWorkbook();
    addSchoolSheets(school, listsSheet(school), (kind) => kind);
    files.set(s.file ?? `ОО ${s.code}.xlsx`, await toBytes(school));
  }
  return { district, schools: files };
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
