// Sheet templates from the catalogue (headers, notes, widths, validation rules) that every spreadsheet writer draws.
import { cellText, type CellValue } from '../cells';
import type { IsoDate } from '../dates';
import { matchKey } from '../text';
import type { ColumnDef, Columns } from './columns';
import { DISTRICT_SHEET } from './districtColumns';
import { PARAMETERS, TARGET_PREFIX } from './parameters';
import { REGISTRY_SHEET, SCHOOL_SHEETS, SHEET_NAMES, type SchoolSheetKind } from './sheets';
import { teacherColumnAs, TEACHER_IDS, type TeacherIds } from './teacherIds';
import { termsFor } from './terms';

/** What a data column accepts; the adapter turns it into a data-validation rule. */
export type ColumnRule =
  | { kind: 'list'; values: readonly string[]; strict: boolean; help: string }
  | { kind: 'date'; help: string }
  | { kind: 'number'; integer: boolean; min: number; max: number; help: string };

export interface TemplateColumn {
  header: string;
  note: string;
  width: number;
  /** null — free text. */
  rule: ColumnRule | null;
  /** Number format of the data cells: 'text' ('@') keeps codes such as «01» as typed; 'auto' sets none. */
  format: 'text' | 'date' | 'number' | 'auto';
}

export interface SheetTemplate {
  columns: TemplateColumn[];
  /** Rows filled below the header (only `Параметры` has them). */
  rows: CellValue[][];
}

/** Rows that get validation rules: enough for any school's staff and courses; rows 2–1 000 are exactly the grid of a
 *  new Google sheet (1 000 × 26), so drawing them needs no call to grow it. */
export const VALIDATED_ROWS = 999;
/** The grid of a sheet Google has just created: a new sheet, a new file, a sheet the API added without a size. */
export const NEW_SHEET_GRID = { rows: 1000, columns: 26 } as const;

export const YES_NO = ['да', 'нет'] as const;

function rule(def: ColumnDef<unknown>, periodEnd?: IsoDate): ColumnRule | null {
  // The names in force for the period: a template for 2020/2021 offers «ОБЖ», not «ОБЗР», and no category of 2023.
  const valid = (values: readonly string[]) => (periodEnd ? termsFor(values, periodEnd) : values);
  switch (def.kind) {
    case 'list':
      return {
        kind: 'list',
        values: valid(def.values),
        strict: true,
        help: `Выберите значение из списка для «${def.header}».`,
      };
    case 'multi':
      // Several values go into one cell through «;»: the dropdown helps, other text must stay allowed.
      return {
        kind: 'list',
        values: valid(def.values),
        strict: false,
        help: `Значения из списка; несколько — через «;».`,
      };
    case 'yesno':
      return { kind: 'list', values: YES_NO, strict: false, help: `В «${def.header}» — «да» или «нет».` };
    case 'date':
      return { kind: 'date', help: `В «${def.header}» нужна дата дд.мм.гггг.` };
    case 'int':
    case 'number': {
      // Bounds that depend on the period (birth year ≤ period end − 16) are checked by «Проверить данные».
      const min = typeof def.min === 'number' ? def.min : 0;
      const max = typeof def.max === 'number' ? def.max : 9999;
      return {
        kind: 'number',
        integer: def.kind === 'int',
        min,
        max,
        help: `В «${def.header}» нужно число от ${min} до ${max}.`,
      };
    }
    default:
      return null;
  }
}

/** The teacher column (key `name`) is headed and explained as the district chose: «Код педагога» or «ФИО». */
function columnsTemplate(columns: Columns, purpose: string, ids?: TeacherIds, periodEnd?: IsoDate): TemplateColumn[] {
  return (Object.entries(columns) as [string, ColumnDef<unknown>][]).map(([key, column], i) => {
    const def = key === 'name' && ids !== undefined ? { ...column, ...teacherColumnAs(ids) } : column;
    return {
      header: def.header,
      note: i === 0 ? `${purpose}\n\n${def.note}` : def.note,
      width: def.width,
      rule: rule(def, periodEnd),
      format: def.kind === 'date' ? 'date' : def.kind === 'int' || def.kind === 'number' ? 'number' : 'text',
    };
  });
}

/** `periodEnd` — the last day of the period in `Параметры`: the dropdowns offer the names in force on it. */
export function schoolSheetTemplate(
  kind: SchoolSheetKind,
  ids: TeacherIds = 'name',
  periodEnd?: IsoDate,
): SheetTemplate {
  const def = SCHOOL_SHEETS[kind];
  return { columns: columnsTemplate(def.columns, def.purpose, ids, periodEnd), rows: [] };
}

/** The district sheet `Район` (issue 10), filled by the methodologist. */
export function districtTemplate(): SheetTemplate {
  return { columns: columnsTemplate(DISTRICT_SHEET.columns, DISTRICT_SHEET.purpose), rows: [] };
}

/**
 * The catalogue columns a header row lacks (matched as the core reads headers: case, spaces, ё, look-alikes and
 * aliases), drawn as a template draws them: setup adds columns that later versions added to the catalogue.
 */
export function missingColumns(header: readonly CellValue[], columns: Columns, periodEnd?: IsoDate): TemplateColumn[] {
  const have = new Set(header.map((h) => matchKey(cellText(h))));
  const all = columnsTemplate(columns, '', undefined, periodEnd);
  return (Object.values(columns) as ColumnDef<unknown>[]).flatMap((def, i) =>
    [def.header, ...(def.aliases ?? [])].some((h) => have.has(matchKey(h))) ? [] : [{ ...all[i], note: def.note }],
  );
}

export function registryTemplate(): SheetTemplate {
  return { columns: columnsTemplate(REGISTRY_SHEET.columns, REGISTRY_SHEET.purpose), rows: [] };
}

/** `Параметры`: every key with its default, and one example target. */
export function parametersTemplate(ids: TeacherIds = 'name'): SheetTemplate {
  const text = (header: string, note: string, width: number): TemplateColumn => ({
    header,
    note,
    width,
    rule: null,
    format: 'auto',
  });
  const value = (p: (typeof PARAMETERS)[keyof typeof PARAMETERS]): CellValue =>
    p.key === PARAMETERS.teacherIds.key ? TEACHER_IDS[ids].value : 'default' in p ? p.default : '';
  const rows: CellValue[][] = Object.values(PARAMETERS).map((p) => [p.key, value(p), p.note]);
  rows.push([
    `${TARGET_PREFIX} PK3`,
    100,
    'Целевое значение показателя (для долей — в процентах). ОО ниже цели получат адресную рекомендацию.',
  ]);
  return {
    columns: [
      text(
        'Параметр',
        `Настройки сборки листа «${SHEET_NAMES.parameters}». Пустое значение — значение по умолчанию.`,
        340,
      ),
      text('Значение', 'Значение параметра: даты — дд.мм.гггг, цели — в процентах для долей.', 160),
      text('Пояснение', 'Что означает параметр.', 520),
    ],
    rows,
  };
}
