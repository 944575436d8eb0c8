// Hostile data (issue 14, class 5): nothing lost or invented silently — formulas, invisible characters, «ё», targets.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireSchools } from '../../src/core/plan';
import { buildInMemory, planInMemory } from '../support/run';
import { DataError } from '../../src/core/errors';
import { buildReport } from '../../src/core/report/analyticalReport';
import { parseSummary } from '../../src/core/summarySchema';
import { oneSchool, PERIOD_2021, registry, sheet, teacher, TEACHER_HEADER, parameters } from '../support/district';
import { build, expectCleanFailure, writeWorkbook } from './hostileFiles';
import { tempDir } from './xlsxFiles';

jest.setTimeout(60000);

const TODAY = '2021-09-15';
const summaryOf = (out: string) => parseSummary(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
const ZWSP = '\u200b';
const WORD_JOINER = '\u2060';
const SOFT_HYPHEN = '\u00ad';

describe('formulas a script wrote without a saved result', () => {
  it('are an issue at their cell, not an empty value', async () => {
    const wb = new ExcelJS.Workbook();
    for (const s of oneSchool([teacher('Орлова Ирина Юрьевна')]))
      wb.addWorksheet(s.name).addRows(s.values as unknown[][]);
    wb.getWorksheet('01 Педагоги')!.getCell('D2').value = { formula: '1960+20' } as never;
    const dir = tempDir();
    writeFileSync(join(dir, 'район.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    await build(join(dir, 'район.xlsx'), join(dir, 'out'));
    const found = summaryOf(join(dir, 'out')).issues.find((i) => i.cell === 'D2' && i.sheet === '01 Педагоги');
    expect(found?.code).toBe('formula_error');
    expect(found?.message).toMatch(/формула без сохранённого значения/);
  });
});

describe('invisible characters and decomposed letters (the core, so both worlds)', () => {
  const build1 = (teachers: Parameters<typeof oneSchool>[0], header = TEACHER_HEADER) =>
    buildInMemory(
      [
        parameters(PERIOD_2021),
        registry([{ code: '01', name: 'МБОУ СОШ №1' }]),
        sheet('01 Педагоги', header, teachers),
        sheet('01 Курсы', ['ФИО'], []),
        sheet('01 Мероприятия', ['ФИО'], []),
      ],
      TODAY,
    );

  it.each([
    ['zero-width space', ZWSP],
    ['word joiner', WORD_JOINER],
    ['soft hyphen', SOFT_HYPHEN],
  ])('a row of %s only is an empty row, not a teacher', (_name, ch) => {
    const result = build1([
      teacher('Орлова Ирина Юрьевна'),
      Object.fromEntries(TEACHER_HEADER.map((h) => [h, ch.repeat(3)])),
    ]);
    expect(result.district.K1).toEqual({ kind: 'count', value: 1 });
    expect(result.issues.filter((i) => i.row === 3)).toEqual([]);
  });

  it('a header with an invisible character inside still finds its column', () => {
    const header = TEACHER_HEADER.map((h) => (h === 'Категория' ? `Кате${ZWSP}гория` : h));
    const result = build1([teacher('Орлова Ирина Юрьевна', { [`Кате${ZWSP}гория`]: 'высшая' })], header);
    expect(result.issues.filter((i) => i.sheet === '01 Педагоги' && i.code.startsWith('column_'))).toEqual([]);
    expect(result.district.K6).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('«ё» typed as «е» + U+0308 is «ё»: the same teacher is one teacher', () => {
    const decomposed = 'Сем\u0435\u0308нова Анна Петровна';
    const result = build1([teacher('Семёнова Анна Петровна'), teacher(decomposed)]);
    expect(result.district.K1).toEqual({ kind: 'count', value: 1 });
    expect(result.issues.map((i) => i.code)).toContain('teacher_duplicate');
  });
});

describe('registry and targets', () => {
  it('a mistyped «Код» header stops the build with one message naming what is there, exit 1', async () => {
    const dir = tempDir();
    const sheets = oneSchool([teacher('Орлова Ирина Юрьевна')]);
    sheets[1] = { ...sheets[1], values: [['Код ОО', ...sheets[1].values[0].slice(1)], ...sheets[1].values.slice(1)] };
    await writeWorkbook(join(dir, 'район.xlsx'), sheets);
    expectCleanFailure(
      await build(join(dir, 'район.xlsx'), join(dir, 'out')),
      /нет столбца «Код» \(в первой строке: «Код ОО»/,
    );
  });

  it('an absurd target (1e308) is an issue at its cell and is not used; the report never shows Infinity, NaN or null', () => {
    const params = { ...PERIOD_2021, 'Цель: PK1': 1e308, 'Цель: K1': -5 };
    const result = buildInMemory(oneSchool([teacher('Орлова Ирина Юрьевна')], [], [], params), TODAY);
    expect(result.targets).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'parameter_invalid').map((i) => i.message)).toEqual([
      expect.stringContaining('Цель для PK1 должна быть числом от 0 до 100 (в процентах)'),
      expect.stringContaining('Цель для K1 должна быть числом от 0 до 100000'),
    ]);
    expect(JSON.stringify(buildReport(result))).not.toMatch(/Infinity|NaN|null %/);
  });

  it("a registry with no school stops a build with one message (the add-on's build calls the same rule)", () => {
    const plan = planInMemory([parameters(PERIOD_2021), registry([])], TODAY);
    expect(() => requireSchools(plan)).toThrow(DataError);
    expect(() => requireSchools(plan)).toThrow(/нет ни одной ОО с кодом/);
  });
});
