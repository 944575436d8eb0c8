// Minimal data (152-ФЗ ст. 5): every column says what uses it, and what it says is true on the sample district.
import { COLUMN_ROLES, type ColumnDef, type Columns } from '../../../src/core/catalogue/columns';
import { districtColumns } from '../../../src/core/catalogue/districtColumns';
import { INDICATORS } from '../../../src/core/catalogue/indicators';
import {
  courseColumns,
  eventColumns,
  registryColumns,
  RETIRED_COLUMNS,
  SCHOOL_SHEETS,
  type SchoolSheetKind,
} from '../../../src/core/catalogue/sheets';
import { teacherColumns } from '../../../src/core/catalogue/teacherColumns';
import { cellText } from '../../../src/core/cells';
import { ISSUE_CODES } from '../../../src/core/issues';
import type { SheetData } from '../../../src/core/table';
import { matchKey } from '../../../src/core/text';
import { generateDistrict, SAMPLE_OPTIONS } from '../../../tools/sample/district';
import { buildInMemory } from '../../support/run';

// Builds of the sample district: seconds each on a busy shared machine.
jest.setTimeout(120000);

const CATALOGUE: Record<string, Columns> = {
  Педагоги: teacherColumns,
  Курсы: courseColumns,
  Мероприятия: eventColumns,
  ОО: registryColumns,
  Район: districtColumns,
};
const everyColumn = Object.entries(CATALOGUE).flatMap(([sheet, columns]) =>
  Object.entries(columns).map(([key, def]) => ({ sheet, key, def: def as ColumnDef<unknown> })),
);

/** `D1:*` stands for every indicator of that breakdown. */
function indicatorsOf(use: string): string[] {
  if (use.endsWith(':*')) return INDICATORS.map((i) => i.code).filter((c) => c.startsWith(use.slice(0, -1)));
  return INDICATORS.some((i) => i.code === use) ? [use] : [];
}

describe('каждый столбец каталога говорит, что его использует', () => {
  test.each(everyColumn.map((c) => [`${c.sheet} → ${c.def.header}`, c]))('%s', (_name, { def }) => {
    expect(def.usedBy.length).toBeGreaterThan(0);
    for (const use of def.usedBy) {
      const known = indicatorsOf(use).length > 0 || use in ISSUE_CODES || use in COLUMN_ROLES;
      expect({ use, known }).toEqual({ use, known: true });
    }
  });

  test('столбцы прежних шаблонов, которые больше ничего не использует, в каталоге не собираются', () => {
    for (const [columns, retired] of RETIRED_COLUMNS) {
      const headers = Object.values(columns).map((d) => matchKey((d as ColumnDef<unknown>).header));
      for (const header of Object.keys(retired)) expect(headers).not.toContain(matchKey(header));
    }
  });
});

/** Whether any school sheet of that kind in the sample has a value in the column (optional columns may be empty). */
function filled(sheets: readonly SheetData[], kind: SchoolSheetKind, header: string): boolean {
  return sheets.some((s) => {
    if (!s.name.endsWith(` ${kind}`)) return false;
    const j = (s.values[0] ?? []).findIndex((h) => matchKey(cellText(h)) === matchKey(header));
    return j >= 0 && s.values.slice(1).some((r) => cellText(r[j]) !== '');
  });
}

/** The sample district with one column of one school sheet kind emptied in every school (the header stays). */
function withoutColumn(sheets: readonly SheetData[], kind: SchoolSheetKind, header: string): SheetData[] {
  return sheets.map((s) => {
    if (!s.name.endsWith(` ${kind}`)) return s;
    const j = (s.values[0] ?? []).findIndex((h) => matchKey(cellText(h)) === matchKey(header));
    return j < 0 ? s : { ...s, values: s.values.map((r, i) => (i === 0 ? r : r.map((v, k) => (k === j ? null : v)))) };
  });
}

describe('показатели, которые столбец называет, действительно от него зависят (столбцы, заполненные в примере района)', () => {
  const sample = generateDistrict(SAMPLE_OPTIONS).district;
  const baseline = buildInMemory(sample, '2021-09-15').district;
  const schoolColumns = (['Педагоги', 'Курсы', 'Мероприятия'] as const).flatMap((kind) =>
    Object.entries(SCHOOL_SHEETS[kind].columns)
      .filter(([key]) => key !== 'name') // without the key there is no row at all
      .map(([, def]) => ({
        kind,
        def: def as ColumnDef<unknown>,
        codes: (def as ColumnDef<unknown>).usedBy.flatMap(indicatorsOf),
      }))
      .filter((c) => c.codes.length > 0 && filled(sample, kind, c.def.header)),
  );

  test.each(schoolColumns.map((c) => [`${c.kind} → ${c.def.header}: ${c.def.usedBy.join(', ')}`, c]))(
    '%s',
    (_name, c) => {
      const emptied = buildInMemory(withoutColumn(sample, c.kind, c.def.header), '2021-09-15').district;
      const changed = c.codes.filter((code) => JSON.stringify(emptied[code]) !== JSON.stringify(baseline[code]));
      expect(changed.length).toBeGreaterThan(0);
    },
  );
});
