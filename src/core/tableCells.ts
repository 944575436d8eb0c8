// Parses one cell of a table against its column: the typed value, or the issue with its Russian message.
import {
  FORMULA_WITHOUT_RESULT,
  isFormulaError,
  parseDate,
  parseInteger,
  parseNumber,
  parseYesNo,
  type CellValue,
  type ParseFailure,
} from './cells';
import { resolveBound, type BoundContext, type ColumnDef } from './catalogue/columns';
import { quote, quoteTyped, type IssueCode } from './issues';
import { matchKey } from './text';

export interface Matcher {
  key: string;
  def: ColumnDef<unknown>;
  /** matchKey(list value) → canonical list value. */
  list?: Map<string, string>;
}

type CellResult = { ok: true; value: unknown } | { ok: false; code: IssueCode; message: string };

const FAILURE_TEXT: Record<ParseFailure, (header: string, typed: string) => string> = {
  not_a_number: (h, t) => `В столбце ${quote(h)} должно быть число, а введено ${quoteTyped(t)}.`,
  not_an_integer: (h, t) => `В столбце ${quote(h)} должно быть целое число, а введено ${quoteTyped(t)}.`,
  not_a_date: (h, t) =>
    `В столбце ${quote(h)} должна быть дата в виде дд.мм.гггг (например, 25.03.2021), а введено ${quoteTyped(t)}.`,
  not_yes_no: (h, t) => `В столбце ${quote(h)} ожидается «да» или «нет», а введено ${quoteTyped(t)}.`,
};

export function parseCell(m: Matcher, raw: CellValue, text: string, ctx: BoundContext): CellResult {
  const def = m.def;
  const fail = (code: ParseFailure): CellResult => ({ ok: false, code, message: FAILURE_TEXT[code](def.header, text) });
  if (raw === FORMULA_WITHOUT_RESULT) {
    return {
      ok: false,
      code: 'formula_error',
      message: `В столбце ${quote(def.header)} формула без сохранённого значения (файл создан программой и не пересчитан). Откройте файл в Excel или Google Таблицах, сохраните его и повторите сборку, или впишите значение.`,
    };
  }
  if (isFormulaError(raw)) {
    return {
      ok: false,
      code: 'formula_error',
      message: `В столбце ${quote(def.header)} ошибка формулы ${quote(text)} вместо значения. Исправьте формулу или впишите значение.`,
    };
  }
  switch (def.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'int':
    case 'number': {
      const n = def.kind === 'int' ? parseInteger(raw) : parseNumber(raw);
      if (!n.ok) return fail(n.reason);
      // «95 %» typed into a percent-formatted cell is stored (and read by Sheets and Excel alike) as 0.95.
      const value =
        def.kind === 'number' && def.percent && n.value > 0 && n.value < 1
          ? Math.round(n.value * 100 * 1e10) / 1e10
          : n.value;
      const min = resolveBound(def.min, ctx);
      const max = resolveBound(def.max, ctx);
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        // A date cell out of range is a date typed where a number belongs (a birth date for a birth year).
        if (raw instanceof Date) return fail('not_a_number');
        const range =
          min !== undefined && max !== undefined
            ? `от ${fmt(min)} до ${fmt(max)}`
            : min !== undefined
              ? `не меньше ${fmt(min)}`
              : `не больше ${fmt(max as number)}`;
        return {
          ok: false,
          code: 'out_of_range',
          message: `В столбце ${quote(def.header)} допустимо значение ${range}, а введено ${quoteTyped(text)}.`,
        };
      }
      return { ok: true, value };
    }
    case 'date': {
      const d = parseDate(raw);
      return d.ok ? d : fail(d.reason);
    }
    case 'yesno': {
      const b = parseYesNo(raw);
      return b.ok ? b : fail(b.reason);
    }
    case 'list': {
      const v = m.list?.get(matchKey(text));
      if (v !== undefined) return { ok: true, value: v };
      return {
        ok: false,
        code: 'not_in_list',
        message: `В столбце ${quote(def.header)} значение ${quoteTyped(text)} не из списка. ${listHint(def.values)}`,
      };
    }
    case 'multi': {
      const parts = text
        .split(/[;,\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const out: string[] = [];
      const bad: string[] = [];
      for (const p of parts) {
        const v = m.list?.get(matchKey(p));
        if (v === undefined) bad.push(p);
        else if (!out.includes(v)) out.push(v);
      }
      if (bad.length > 0) {
        const what =
          bad.length === 1
            ? `значение ${quoteTyped(bad[0])} не из списка`
            : `значения ${bad.map((b) => quoteTyped(b, 30)).join(', ')} не из списка`;
        return {
          ok: false,
          code: 'not_in_list',
          message: `В столбце ${quote(def.header)} ${what}. ${listHint(def.values)} Несколько значений разделяйте «;».`,
        };
      }
      return { ok: true, value: out };
    }
  }
}

function listHint(values: readonly string[]): string {
  return values.length <= 8
    ? `Допустимо: ${values.join(', ')}.`
    : 'Выберите значение из раскрывающегося списка (см. шаблон).';
}

function fmt(n: number): string {
  return String(n).replace('.', ',');
}
