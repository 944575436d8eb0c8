// Sheet templates read the catalogue: every header, note and list value comes from it.
import { SCHOOL_SHEETS, registryColumns } from '../../../src/core/catalogue/sheets';
import { PARAMETERS } from '../../../src/core/catalogue/parameters';
import { CATEGORIES, SUBJECTS } from '../../../src/core/catalogue/lists';
import {
  missingColumns,
  parametersTemplate,
  registryTemplate,
  schoolSheetTemplate,
} from '../../../src/core/catalogue/templates';
import type { IsoDate } from '../../../src/core/dates';

test('a school sheet has the catalogue’s columns in order, each with its note and width', () => {
  const t = schoolSheetTemplate('Курсы');
  const defs = Object.values(SCHOOL_SHEETS.Курсы.columns);
  expect(t.columns.map((c) => c.header)).toEqual(defs.map((d) => d.header));
  expect(t.columns[3].note).toBe(defs[3].note);
  expect(t.columns[0].note).toContain(SCHOOL_SHEETS.Курсы.purpose);
});

test('a list column is a strict dropdown; a multi-value column suggests and allows «;»', () => {
  const cols = schoolSheetTemplate('Педагоги').columns;
  expect(cols.find((c) => c.header === 'Категория')?.rule).toMatchObject({
    kind: 'list',
    values: CATEGORIES,
    strict: true,
  });
  expect(cols.find((c) => c.header === 'Предмет')?.rule).toMatchObject({
    kind: 'list',
    values: SUBJECTS,
    strict: false,
  });
});

test('numbers keep their fixed bounds; bounds that depend on the period are left to the check', () => {
  const cols = schoolSheetTemplate('Педагоги').columns;
  expect(cols.find((c) => c.header === 'Педагогический стаж')?.rule).toMatchObject({ kind: 'number', min: 0, max: 60 });
  expect(cols.find((c) => c.header === 'Год рождения')?.rule).toMatchObject({ kind: 'number', min: 1940, max: 9999 });
});

test('codes in the registry are text, so «01» keeps its zero', () => {
  const code = registryTemplate().columns.find((c) => c.header === registryColumns.code.header);
  expect(code?.format).toBe('text');
});

test('`Параметры` lists every key with its default', () => {
  const rows = parametersTemplate().rows;
  expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(Object.values(PARAMETERS).map((p) => p.key)));
  expect(rows.find((r) => r[0] === PARAMETERS.cycleYears.key)?.[1]).toBe(3);
});

describe("dropdowns offer the names in force on the period's last day (catalogue/terms.ts)", () => {
  const valuesOf = (header: string, end: IsoDate) => {
    const r = schoolSheetTemplate('Педагоги', 'name', end).columns.find((c) => c.header === header)?.rule;
    return r?.kind === 'list' ? r.values : [];
  };
  test('«ОБЖ» in a period ending 31.08.2024, «ОБЗР» in one ending 01.09.2024 or later', () => {
    expect(valuesOf('Предмет', '2024-08-31')).toContain('ОБЖ');
    expect(valuesOf('Предмет', '2024-08-31')).not.toContain('ОБЗР');
    expect(valuesOf('Предмет', '2024-09-01')).toContain('ОБЗР');
    expect(valuesOf('Предмет', '2024-09-01')).not.toContain('ОБЖ');
  });
  test('«педагог-методист» and «педагог-наставник» only from a period ending 01.09.2023 or later', () => {
    expect(valuesOf('Категория', '2023-08-31')).not.toEqual(expect.arrayContaining(['педагог-методист']));
    expect(valuesOf('Категория', '2023-08-31')).not.toContain('педагог-наставник');
    expect(valuesOf('Категория', '2023-09-01')).toEqual(
      expect.arrayContaining(['педагог-методист', 'педагог-наставник']),
    );
  });
  test("a column added to an old sheet gets the same period's names", () => {
    const added = missingColumns(['ФИО'], SCHOOL_SHEETS.Педагоги.columns, '2021-08-31').find(
      (c) => c.header === 'Предмет',
    );
    expect(added?.rule).toMatchObject({ kind: 'list' });
    expect(added?.rule?.kind === 'list' ? added.rule.values : []).toContain('ОБЖ');
  });
});
