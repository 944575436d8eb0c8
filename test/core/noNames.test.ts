// Property over the sample district, in both modes: nothing above a school names a teacher.
import { SCHOOL_SHEETS } from '../../src/core/catalogue/sheets';
import { cellText } from '../../src/core/cells';
import { outputSheets } from '../../src/core/layout';
import { buildDocuments } from '../../src/core/report/documents';
import { toSummary } from '../../src/core/summary';
import type { SheetData } from '../../src/core/table';
import { matchKey } from '../../src/core/text';
import { generateDistrict, SAMPLE_OPTIONS } from '../../tools/sample/district';
import { buildInMemory } from '../support/run';

// Builds of the sample district and its three documents: seconds on a busy shared machine.
jest.setTimeout(120000);

const TODAY = '2021-09-15';
const KEY = matchKey(SCHOOL_SHEETS.Педагоги.columns.name.header);
const isSchoolSheet = (s: SheetData) => / (Педагоги|Курсы|Мероприятия)$/.test(s.name);

/** Every name typed in the teacher column of any school sheet (at least a surname and a first name). */
function namesIn(sheets: readonly SheetData[]): string[] {
  const names = new Set<string>();
  for (const s of sheets.filter(isSchoolSheet)) {
    const j = (s.values[0] ?? []).findIndex((h) => matchKey(cellText(h)) === KEY);
    for (const r of s.values.slice(1)) {
      const v = cellText(r[j]).trim();
      if (/^\S+\s+\S+/.test(v) && !/\d/.test(v)) names.add(v);
    }
  }
  return [...names];
}

/** The same district in code mode: each name becomes «Т-<n>», but a few rows of school 05 keep the name by mistake. */
function toCodes(sheets: readonly SheetData[]): SheetData[] {
  const codes = new Map<string, string>();
  const codeOf = (name: string) =>
    codes.get(name) ?? (codes.set(name, `Т-${codes.size + 1}`), codes.get(name) as string);
  return sheets.map((s) => {
    if (s.name === 'Параметры') return { ...s, values: [...s.values, ['Как обозначать педагогов', 'код']] };
    if (!isSchoolSheet(s)) return s;
    const j = (s.values[0] ?? []).findIndex((h) => matchKey(cellText(h)) === KEY);
    const mistaken = s.name === '05 Педагоги';
    return {
      ...s,
      values: s.values.map((r, i) => {
        if (i === 0) return r.map((h, k) => (k === j ? 'Код педагога' : h));
        const name = cellText(r[j]).trim();
        const keep = mistaken && i <= 3;
        return r.map((v, k) => (k === j && name !== '' && !keep ? codeOf(name) : v));
      }),
    };
  });
}

function districtOutputs(sheets: readonly SheetData[]) {
  const result = buildInMemory(sheets, TODAY);
  const [summarySheet, bySubject, errors, plan] = outputSheets(result);
  const text = (x: unknown) => JSON.stringify(x);
  return {
    result,
    summaryJson: text(toSummary(result)),
    summarySheets: text([summarySheet, bySubject]),
    errors: text(errors),
    plan: text(plan),
    documents: text(buildDocuments(result)),
  };
}

const sample = generateDistrict(SAMPLE_OPTIONS).district;
const names = namesIn(sample);

test('пример района называет педагогов — проверка имеет смысл', () => {
  expect(names.length).toBeGreaterThan(200);
});

describe('режим ФИО', () => {
  const out = districtOutputs(sample);
  test.each(['summaryJson', 'summarySheets', 'errors', 'documents'] as const)('%s — ни одного ФИО', (part) => {
    expect(names.filter((n) => out[part].includes(n))).toEqual([]);
  });
  test('«План ПК» — поимённый список методиста', () => {
    expect(names.some((n) => out.plan.includes(n))).toBe(true);
  });
});

describe('режим кодов, с ФИО, введёнными по ошибке', () => {
  const coded = toCodes(sample);
  const out = districtOutputs(coded);
  test('ошибки «ФИО вместо кода» отмечены в ячейках школы 05', () => {
    const refused = out.result.issues
      .filter((i) => i.code === 'teacher_name_not_code')
      .map((i) => `${i.sheet}!${i.cell}`);
    expect(refused).toEqual(['05 Педагоги!A2', '05 Педагоги!A3', '05 Педагоги!A4']);
  });
  test.each(['summaryJson', 'summarySheets', 'errors', 'plan', 'documents'] as const)('%s — ни одного ФИО', (part) => {
    expect(names.filter((n) => out[part].includes(n))).toEqual([]);
  });
});
