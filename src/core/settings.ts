// Reads `Параметры` (catalogue/parameters.ts): the period, thresholds and targets, with defaults for absent keys.
import { a1, cellText, isBlank, parseDate, parseInteger, parseNumber, type CellValue } from './cells';
import { INDICATOR_BY_CODE } from './catalogue/indicators';
import {
  DOCUMENT_PARAMETERS,
  PARAMETERS,
  TARGET_PREFIX,
  TARGET_RANGE,
  type DocumentParameterName,
  type ParameterName,
} from './catalogue/parameters';
import { SHEET_NAMES } from './catalogue/sheets';
import { TEACHER_IDS, TEACHER_IDS_ORDER, type TeacherIds } from './catalogue/teacherIds';
import { formatRu, isoDate, parts, type IsoDate } from './dates';
import { issue, quote, quoteTyped, type Issue } from './issues';
import type { SheetData } from './table';
import { matchKey } from './text';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export interface Target {
  code: string;
  value: number;
  /** Where the target was set, for messages. */
  cell: string;
}

export interface Settings {
  municipality: string;
  period: Period;
  cycleYears: number;
  youngAge: number;
  youngExperience: number;
  pensionAge: number;
  targets: Target[];
  /** Attributes of the documents; an empty string is an attribute not given (printed as a blank to fill). */
  document: DocumentAttributes;
  /** «Срок сдачи»: the last day schools may submit; null when not set (no school is then «после срока»). */
  deadline: IsoDate | null;
  /** How the school sheets name teachers («Как обозначать педагогов»); absent — ФИО, as before the choice existed. */
  teacherIds: TeacherIds;
}

/** Text attributes as typed; the date as an ISO date or ''. */
export type DocumentAttributes = Record<DocumentParameterName, string>;

/** 1 September of the last academic year that has finished by `today`. */
export function defaultPeriod(today: IsoDate): Period {
  const { year } = parts(today);
  const startYear = today >= `${year}-09-01` ? year - 1 : year - 2;
  return { start: isoDate(startYear, 9, 1) as IsoDate, end: isoDate(startYear + 1, 8, 31) as IsoDate };
}

/** The end defaults to «31 August after» the start. */
function augustAfter(start: IsoDate): IsoDate {
  const { year } = parts(start);
  const sameYear = isoDate(year, 8, 31) as IsoDate;
  return start <= sameYear ? sameYear : (isoDate(year + 1, 8, 31) as IsoDate);
}

/** The academic year's 1 September that an end date closes: the last one on or before it. */
function septemberBefore(end: IsoDate): IsoDate {
  const { year } = parts(end);
  const sameYear = isoDate(year, 9, 1) as IsoDate;
  return end >= sameYear ? sameYear : (isoDate(year - 1, 9, 1) as IsoDate);
}

export interface SettingsResult {
  settings: Settings;
  issues: Issue[];
}

/**
 * @param canonicalIndicator maps a typed indicator code to the catalogue's spelling, or null if unknown.
 */
export function readSettings(
  sheet: SheetData | undefined,
  today: IsoDate,
  canonicalIndicator: (typed: string) => string | null,
): SettingsResult {
  const issues: Issue[] = [];
  const found: Partial<Record<ParameterName, { value: CellValue; row: number }>> = {};
  // By code: a target typed twice keeps the last one, as any parameter does.
  const targets = new Map<string, Target>();
  const byKey = new Map<string, ParameterName>(
    (Object.keys(PARAMETERS) as ParameterName[]).map((name) => [matchKey(PARAMETERS[name].key), name]),
  );
  const targetPrefix = matchKey(TARGET_PREFIX);
  const at = (row: number, column: number, header: string) => ({
    sheet: SHEET_NAMES.parameters,
    cell: a1(row, column),
    row,
    column: header,
  });

  const grid = sheet?.values ?? [];
  grid.forEach((cells, i) => {
    const row = i + 1;
    const keyText = cellText(cells[0]);
    const value = cells[1];
    if (keyText === '') return;
    const key = matchKey(keyText);
    const name = byKey.get(key);
    if (name) {
      found[name] = { value, row };
      return;
    }
    if (key.startsWith(targetPrefix)) {
      // «D1: Математика» is typed as often as «D1:Математика».
      const typedCode = keyText
        .slice(keyText.indexOf(':') + 1)
        .trim()
        .replace(/\s*:\s*/, ':');
      const code = canonicalIndicator(typedCode);
      if (!code) {
        issues.push(
          issue({
            ...at(row, 1, 'Параметр'),
            code: 'target_unknown_indicator',
            message: `Цель задана для неизвестного показателя ${quoteTyped(typedCode)} и не учитывается. Коды показателей — в приложении к справке (например, PK1, D1, D1:Математика).`,
          }),
        );
        return;
      }
      if (isBlank(value)) {
        // like any parameter: an empty value means no target
        targets.delete(code);
        return;
      }
      const n = parseNumber(value);
      if (!n.ok) {
        issues.push(
          issue({
            ...at(row, 2, 'Значение'),
            code: 'parameter_invalid',
            message: `Цель для ${code} должна быть числом (для долей — в процентах, например 100), а введено ${quoteTyped(cellText(value))}. Цель не учтена.`,
          }),
        );
        return;
      }
      // 1e308 would print «Infinity %» and flag every school: a target outside what the indicator can reach is a typo.
      const range = INDICATOR_BY_CODE.get(code)?.unit === '%' ? TARGET_RANGE.percent : TARGET_RANGE.count;
      if (!(n.value >= range.min && n.value <= range.max)) {
        const unit = range === TARGET_RANGE.percent ? ' (в процентах)' : '';
        issues.push(
          issue({
            ...at(row, 2, 'Значение'),
            code: 'parameter_invalid',
            message: `Цель для ${code} должна быть числом от ${range.min} до ${range.max}${unit}, а введено ${quoteTyped(cellText(value))}. Цель не учтена.`,
          }),
        );
        return;
      }
      targets.set(code, { code, value: n.value, cell: a1(row, 2) });
      return;
    }
    // Row 1 may be a header such as «Параметр | Значение».
    if (row === 1) return;
    issues.push(
      issue({
        ...at(row, 1, 'Параметр'),
        code: 'parameter_unknown',
        message: `Параметр ${quoteTyped(keyText)} не известен и не учитывается. Проверьте написание по шаблону листа «${SHEET_NAMES.parameters}».`,
      }),
    );
  });

  const invalid = (name: ParameterName, what: string) => {
    const f = found[name] as { value: CellValue; row: number };
    issues.push(
      issue({
        ...at(f.row, 2, PARAMETERS[name].key),
        code: 'parameter_invalid',
        message: `Параметр ${quote(PARAMETERS[name].key)}: ${what}, а введено ${quoteTyped(cellText(f.value))}. Используется значение по умолчанию.`,
      }),
    );
  };
  const numberParam = (name: 'cycleYears' | 'youngAge' | 'youngExperience' | 'pensionAge'): number => {
    const def = PARAMETERS[name];
    const f = found[name];
    if (!f || isBlank(f.value)) return def.default;
    const n = def.kind === 'int' ? parseInteger(f.value) : parseNumber(f.value);
    if (!n.ok || n.value < def.min || n.value > def.max) {
      invalid(name, `ожидается ${def.kind === 'int' ? 'целое ' : ''}число от ${def.min} до ${def.max}`);
      return def.default;
    }
    return n.value;
  };
  const dateParam = (name: 'periodStart' | 'periodEnd' | 'documentDate' | 'deadline'): IsoDate | null => {
    const f = found[name];
    if (!f || isBlank(f.value)) return null;
    const d = parseDate(f.value);
    if (!d.ok) {
      invalid(name, 'ожидается дата дд.мм.гггг');
      return null;
    }
    return d.value;
  };

  const start = dateParam('periodStart');
  const end = dateParam('periodEnd');
  let period: Period;
  if (start && end) period = { start, end };
  else if (start) period = { start, end: augustAfter(start) };
  else if (end) period = { start: septemberBefore(end), end };
  else period = defaultPeriod(today);
  if (period.start > period.end) {
    const fallback = defaultPeriod(today);
    const row = found.periodStart?.row ?? found.periodEnd?.row ?? 1;
    issues.push(
      issue({
        ...at(row, 2, PARAMETERS.periodStart.key),
        code: 'period_invalid',
        message: `Начало периода (${formatRu(period.start)}) позже его конца (${formatRu(period.end)}). Используется период по умолчанию: ${formatRu(fallback.start)} — ${formatRu(fallback.end)}.`,
      }),
    );
    period = fallback;
  }

  const teacherIds = (): TeacherIds => {
    const f = found.teacherIds;
    if (!f || isBlank(f.value)) return 'name';
    const typed = matchKey(cellText(f.value));
    const chosen = TEACHER_IDS_ORDER.find((ids) =>
      [TEACHER_IDS[ids].value, ...TEACHER_IDS[ids].aliases].some((v) => matchKey(v) === typed),
    );
    if (chosen) return chosen;
    invalid('teacherIds', `ожидается ${quote(TEACHER_IDS.code.value)} или ${quote(TEACHER_IDS.name.value)}`);
    return 'name';
  };

  const municipality = found.municipality ? cellText(found.municipality.value) : '';
  const text = (name: DocumentParameterName) => (found[name] ? cellText(found[name].value).trim() : '');
  const document = Object.fromEntries(
    (Object.keys(DOCUMENT_PARAMETERS) as DocumentParameterName[]).map((name) => [
      name,
      name === 'documentDate' ? '' : text(name),
    ]),
  ) as DocumentAttributes;
  document.documentDate = dateParam('documentDate') ?? '';
  return {
    settings: {
      municipality,
      period,
      cycleYears: numberParam('cycleYears'),
      youngAge: numberParam('youngAge'),
      youngExperience: numberParam('youngExperience'),
      pensionAge: numberParam('pensionAge'),
      targets: [...targets.values()],
      document,
      deadline: dateParam('deadline'),
      teacherIds: teacherIds(),
    },
    issues,
  };
}
