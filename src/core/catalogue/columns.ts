// Column definitions: one declaration per column drives parsing, validation, templates and notes.
import type { IsoDate } from '../dates';
import type { IssueCode } from '../issues';

/** What a bound may depend on: the settings of the period (e.g. birth year ≤ period end − 16). */
export interface BoundContext {
  periodEnd: IsoDate;
}
export type Bound = number | ((ctx: BoundContext) => number);

/**
 * What a column is for: an indicator code (`K4`, `D1:*` for all of a breakdown), a check (an issue code that reads
 * this column's value to judge a row), or one of `COLUMN_ROLES`. A column nothing uses is not collected (152-ФЗ ст. 5).
 */
export type ColumnUse = string;

/** The few uses that are neither an indicator nor a check, each naming the code that relies on it. */
export const COLUMN_ROLES = {
  'ключ педагога': 'связывает строки «Курсы» и «Мероприятия» с педагогом (school/roster.ts)',
  'План ПК': 'столбец листа «План ПК» (layout/planSheet.ts)',
  'листы ОО': 'имена листов и файлов ОО (plan.ts)',
  'название ОО': 'ОО в сводной, справке и письмах (registry.ts)',
  'запросы на ПК': 'таблица запросов педагогов рядом с «План ПК» (layout/requestsTable.ts)',
  'группы ОО по виду': 'показатели по видам ОО в summary.json (districtResult.ts)',
  'доступ ОО': 'кто правит листы ОО в Google (app/setup.ts)',
  'файл ОО': 'где лежат листы ОО (plan.ts)',
  'статус ОО': 'сдала ли ОО: статус в «Сводная», панели и письмах (status.ts)',
  'описание записи': 'по нему школа и методист сверяют запись с документом; обязательное поле (required_missing)',
} as const;

interface ColumnBase<T> {
  header: string;
  /** Which indicators, checks or roles read this column; never empty (test/core/catalogue/columnUse.test.ts). */
  usedBy: readonly ColumnUse[];
  /** Other headers accepted for the same column (e.g. «Табельный номер» for «ФИО»). */
  aliases?: readonly string[];
  /** An empty cell is an error. */
  required?: boolean;
  /** An error in this cell excludes the whole row. */
  excludesRow?: boolean;
  /** Issue code when a required cell is empty (default `required_missing`). */
  missingCode?: IssueCode;
  /**
   * Added after workbooks were in use (issue 10): a sheet without it gets no warning, since nothing it holds is
   * lost — «Настроить таблицу» adds the column, and the sample stays the workbook it was.
   */
  quiet?: boolean;
  /** Shown as the header's note in templates: what to type here. */
  note: string;
  width: number;
  /** Phantom field carrying the parsed value type. */
  readonly _value?: T;
}

export type ColumnDef<T = unknown> =
  | (ColumnBase<T> & { kind: 'text' })
  | (ColumnBase<T> & { kind: 'int' | 'number'; min?: Bound; max?: Bound; percent?: boolean })
  | (ColumnBase<T> & { kind: 'date' })
  | (ColumnBase<T> & { kind: 'yesno' })
  | (ColumnBase<T> & { kind: 'list'; values: readonly string[] })
  | (ColumnBase<T> & { kind: 'multi'; values: readonly string[] });

type Options = Omit<ColumnBase<never>, 'header' | '_value' | 'width'> & { width?: number };

export const col = {
  text: (header: string, o: Options): ColumnDef<string | null> => ({ kind: 'text', header, width: 200, ...o }),
  int: (header: string, o: Options & { min?: Bound; max?: Bound }): ColumnDef<number | null> => ({
    kind: 'int',
    header,
    width: 110,
    ...o,
  }),
  /** `percent`: the column holds percents 0…100, and a fraction (0,95 from a «95 %» cell) means 95. */
  number: (header: string, o: Options & { min?: Bound; max?: Bound; percent?: boolean }): ColumnDef<number | null> => ({
    kind: 'number',
    header,
    width: 110,
    ...o,
  }),
  date: (header: string, o: Options): ColumnDef<IsoDate | null> => ({ kind: 'date', header, width: 110, ...o }),
  yesno: (header: string, o: Options): ColumnDef<boolean | null> => ({ kind: 'yesno', header, width: 100, ...o }),
  list: <V extends string>(header: string, values: readonly V[], o: Options): ColumnDef<V | null> => ({
    kind: 'list',
    header,
    values,
    width: 180,
    ...o,
  }),
  multi: <V extends string>(header: string, values: readonly V[], o: Options): ColumnDef<V[]> => ({
    kind: 'multi',
    header,
    values,
    width: 200,
    ...o,
  }),
};

export type Columns = Record<string, ColumnDef<any>>;
/** The parsed values of one row, typed from its column definitions. */
export type RowValues<C extends Columns> = { [K in keyof C]: C[K] extends ColumnDef<infer T> ? T : never };

export function resolveBound(bound: Bound | undefined, ctx: BoundContext): number | undefined {
  return typeof bound === 'function' ? bound(ctx) : bound;
}
