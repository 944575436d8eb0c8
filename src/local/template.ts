// Empty district workbooks for districts that collect in Excel: headers, notes and dropdowns from the catalogue.
import type ExcelJS from 'exceljs';
import { PALETTE } from '../core/catalogue/palette';
import { columnLetter } from '../core/cells';
import { PARAMETERS } from '../core/catalogue/parameters';
import {
  registryColumns,
  SCHOOL_SHEET_KINDS,
  SHEET_NAMES,
  schoolSheetName,
  type SchoolSheetKind,
} from '../core/catalogue/sheets';
import {
  districtTemplate,
  registryTemplate,
  schoolSheetTemplate,
  VALIDATED_ROWS,
  type ColumnRule,
  type SheetTemplate,
} from '../core/catalogue/templates';
import { formatRu, type IsoDate } from '../core/dates';
import { defaultPeriod } from '../core/settings';
import { TEACHER_IDS, type TeacherIds } from '../core/catalogue/teacherIds';
import { KEY_FOLDER, keyFileName, schoolKeyWorkbook } from './schoolKey';
import { argb, newWorkbook } from './xlsxWrite';

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
    values.forEach((v, i) => {
      lists.ws.getCell(`${letter}${i + 1}`).value = v;
    });
  }
  return `${LISTS_SHEET}!$${letter}$1:$${letter}$${values.length}`;
}

/** Excel cannot say «any date»: a date after the earliest one its serial days know is the nearest rule. */
const EARLIEST_DATE = new Date(Date.UTC(1900, 0, 1));

/** The template model's rule as an Excel validation; a rule that is not strict lets other text in silently. */
function validation(rule: ColumnRule, lists: Lists): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorTitle: 'PedMonitor', error: rule.help };
  switch (rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [listRange(lists, rule.values)], showErrorMessage: rule.strict };
    case 'date':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [EARLIEST_DATE] };
    case 'number':
      return {
        ...common,
        type: rule.integer ? 'whole' : 'decimal',
        operator: 'between',
        formulae: [rule.min, rule.max],
      };
  }
}

/** exceljs supports one validation per range (`ws.dataValidations`) but its types do not declare it. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function addTemplateSheet(
  wb: ExcelJS.Workbook,
  name: string,
  template: SheetTemplate,
  lists: Lists,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = template.columns.map((c) => ({ width: Math.round(c.width / 7) }));
  template.columns.forEach((column, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(PALETTE.header) } };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.note = column.note;
    const letter = columnLetter(i + 1);
    if (column.rule) rangeValidations(ws).add(`${letter}2:${letter}${VALIDATED_ROWS}`, validation(column.rule, lists));
    if (column.format === 'date') for (let r = 2; r <= 50; r++) ws.getCell(r, i + 1).numFmt = 'dd.mm.yyyy';
  });
  return ws;
}

/** What the template's `Параметры` start with: the period is the one a build on `today` would use anyway. */
export interface TemplateOptions {
  municipality?: string;
  today: IsoDate;
  /** «Как обозначать педагогов»; offline (on the district's own computers) ФИО by default. */
  teacherIds?: TeacherIds;
}

function addParameters(wb: ExcelJS.Workbook, { municipality = '', today, teacherIds = 'name' }: TemplateOptions): void {
  const period = defaultPeriod(today);
  const ws = wb.addWorksheet(SHEET_NAMES.parameters, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 48 }, { width: 24 }, { width: 80 }];
  ws.addRow(['Параметр', 'Значение', 'Пояснение']).font = { bold: true };
  const example: Record<string, string | number> = {
    [PARAMETERS.municipality.key]: municipality,
    [PARAMETERS.periodStart.key]: formatRu(period.start),
    [PARAMETERS.periodEnd.key]: formatRu(period.end),
    [PARAMETERS.teacherIds.key]: TEACHER_IDS[teacherIds].value,
  };
  for (const p of Object.values(PARAMETERS)) {
    ws.addRow([p.key, example[p.key] ?? ('default' in p ? p.default : ''), p.note]);
  }
  ws.addRow([
    'Цель: PK3',
    100,
    'Целевое значение показателя (для долей — в процентах). ОО ниже цели получат адресную рекомендацию. Коды — в приложении к справке.',
  ]);
}

export interface TemplateSchool {
  code: string;
  name: string;
  /** Per-school mode: the school's own file, relative to the district file. */
  file?: string;
}

function addRegistry(wb: ExcelJS.Workbook, lists: Lists, schools: readonly TemplateSchool[]): void {
  const ws = addTemplateSheet(wb, SHEET_NAMES.registry, registryTemplate(), lists);
  const keys = Object.keys(registryColumns);
  // By row number, not addRow: a date column («Дата сдачи») has formatted empty rows addRow would append after.
  schools.forEach((s, i) => {
    const row: Record<string, string> = { code: s.code, shortName: s.name, kind: 'СОШ', spreadsheet: s.file ?? '' };
    ws.getRow(2 + i).values = keys.map((k) => row[k] ?? '');
  });
}

/** The district sheet `Район` (issue 10): the methodologist's own rows, empty in a template. */
function addDistrictSheet(wb: ExcelJS.Workbook, lists: Lists): void {
  addTemplateSheet(wb, SHEET_NAMES.district, districtTemplate(), lists);
}

/** `periodEnd` — the period `Параметры` start with: the dropdowns offer the names in force on its last day. */
function addSchoolSheets(
  wb: ExcelJS.Workbook,
  lists: Lists,
  name: (kind: SchoolSheetKind) => string,
  ids: TeacherIds,
  periodEnd: IsoDate,
): void {
  for (const kind of SCHOOL_SHEET_KINDS)
    addTemplateSheet(wb, name(kind), schoolSheetTemplate(kind, ids, periodEnd), lists);
}

export const EXAMPLE_SCHOOL: TemplateSchool = { code: '01', name: 'МБОУ СОШ №1' };

/** One shared workbook: parameters, registry and the three sheets of school `01`. */
export async function sharedTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const wb = newWorkbook();
  addParameters(wb, options);
  const lists = listsSheet(wb);
  addRegistry(wb, lists, [EXAMPLE_SCHOOL]);
  addDistrictSheet(wb, lists);
  addSchoolSheets(
    wb,
    lists,
    (kind) => schoolSheetName(EXAMPLE_SCHOOL.code, kind),
    options.teacherIds ?? 'name',
    defaultPeriod(options.today).end,
  );
  return toBytes(wb);
}

/**
 * The district file (registry pointing at school files) and one file per registered school; in code mode also each
 * school's empty key, in a folder of its own (`keys`: path → bytes) that the district hands out and never collects.
 */
export async function perSchoolTemplate(
  schools: readonly TemplateSchool[],
  options: TemplateOptions,
): Promise<{ district: Uint8Array; schools: Map<string, Uint8Array>; keys: Map<string, Uint8Array> }> {
  const wb = newWorkbook();
  addParameters(wb, options);
  const lists = listsSheet(wb);
  addRegistry(wb, lists, schools);
  addDistrictSheet(wb, lists);
  const district = await toBytes(wb);
  const files = new Map<string, Uint8Array>();
  const keys = new Map<string, Uint8Array>();
  const ids = options.teacherIds ?? 'name';
  for (const s of schools) {
    const school = newWorkbook();
    addSchoolSheets(school, listsSheet(school), (kind) => kind, ids, defaultPeriod(options.today).end);
    files.set(s.file ?? `ОО ${s.code}.xlsx`, await toBytes(school));
    if (ids === 'code') keys.set(`${KEY_FOLDER}/${keyFileName(s.code)}`, await schoolKeyWorkbook());
  }
  return { district, schools: files, keys };
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
