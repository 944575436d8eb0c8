// Sheet templates read the catalogue: every header, note and list value comes from it.
import { SCHOOL_SHEETS, registryColumns } from '../../../src/core/catalogue/sheets';
import { PARAMETERS } from '../../../src/core/catalogue/parameters';
import { CATEGORIES, SUBJECTS } from '../../../src/core/catalogue/lists';
import { parametersTemplate, registryTemplate, schoolSheetTemplate } from '../../../src/core/catalogue/templates';

test('a school sheet has the catalogue’s columns in order, each with its note and width', () => {
  const t = schoolSheetTemplate('Курсы');
  const defs = Object.values(SCHOOL_SHEETS.Курсы.columns);
  expect(t.columns.map((c) => c.header)).toEqual(defs.map((d) => d.header));
  expect(t.columns[3].note).toBe(defs[3].note);
  expect(t.columns[0].note).toContain(SCHOOL_SHEETS.Курсы.purpose);
});

test('a list column is a strict dropdown; a multi-value column suggests and allows «;»', () => {
  const cols = schoolSheetTemplate('Педагоги').columns;
  expect(cols.find((c) => c.header === 'Категория')?.rule).toMatchObject({ kind: 'list', values: CATEGORIES, strict: true });
  expect(cols.find((c) => c.header === 'Предмет')?.rule).toMatchObject({ kind: 'list', values: SUBJECTS, strict: false });
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
