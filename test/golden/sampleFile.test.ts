// The committed sample file: as messy as a workbook exported from a spreadsheet, what the generator writes, and
// its per-school twin (one file per ОО) builds the same.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/cells';
import type { BuildResult } from '../../src/core/districtResult';
import { toSummary, type Summary } from '../../src/core/summary';
import type { SheetData } from '../../src/core/table';
import { readXlsx } from '../../src/local/xlsxRead';
import { buildFromXlsx, summaryWorkbook } from '../../src/local/outputFolder';
import { writeSheets } from '../../src/local/xlsxWrite';
import { generateDistrict, SAMPLE_OPTIONS } from '../../tools/sample/district';
import { partNames, partText, tempDir } from '../local/xlsxFiles';

// Reads and writes whole districts as .xlsx: seconds on a busy 2-core machine.
jest.setTimeout(120000);

const SAMPLE = join(__dirname, '..', '..', 'samples', 'district.xlsx');
const TODAY = '2021-09-15';

let summary: Summary;
let result: BuildResult;
beforeAll(async () => {
  result = (await buildFromXlsx(SAMPLE, TODAY)).result;
  summary = toSummary(result);
});

const school = (code: string) => summary.schools.find((s) => s.code === code)!;

describe('the sample is as messy as a workbook exported from a spreadsheet', () => {
  let sheets: SheetData[];
  beforeAll(async () => {
    sheets = await readXlsx(SAMPLE);
  });
  /** Every value of the column with this header on every school sheet of this kind. */
  const column = (kind: string, header: string): CellValue[] =>
    sheets
      .filter((s) => s.name.endsWith(` ${kind}`))
      .flatMap((s) => {
        const j = s.values[0].findIndex((h) => typeof h === 'string' && h.replace(/\s+/g, ' ') === header);
        return j < 0 ? [] : s.values.slice(1).map((r) => r[j] ?? null);
      });
  const ends = () => column('Курсы', 'Дата окончания');

  it('text is stored as shared strings', async () => {
    expect(await partNames(new Uint8Array(readFileSync(SAMPLE)))).toContain('xl/sharedStrings.xml');
  });

  it('dates come as date cells, serial numbers, and text in both forms', () => {
    expect(ends().some((v) => v instanceof Date)).toBe(true);
    expect(ends().some((v) => typeof v === 'number')).toBe(true);
    expect(ends().some((v) => typeof v === 'string' && /^\d{2}\.\d{2}\.\d{4}$/.test(v))).toBe(true);
    expect(ends().some((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
  });

  it('да/нет comes as words, checkboxes and «+»/«-»', () => {
    const values = new Set(column('Педагоги', 'Сетевое сообщество').map(String));
    for (const v of ['да', 'нет', 'true', 'false', '+', '-', 'Да', 'Нет']) expect(values).toContain(v);
  });

  it('one school reorders its columns and adds its own', () => {
    const headers = sheets.find((s) => s.name === '09 Педагоги')!.values[0];
    expect(headers.slice(0, 3)).toEqual(['№ п/п', 'ФИО', 'Год  рождения']);
    expect(headers).toContain('Телефон');
  });

  it('a header and a list value typed with a Latin look-alike letter', () => {
    expect(sheets.find((s) => s.name === '09 Педагоги')!.values[0]).toContain('Kатегория');
    expect(column('Педагоги', 'Kатегория')).toContain('первaя');
  });
});

describe('the committed sample is what the generator writes', () => {
  it('regenerating gives the same figures, row counts and issues', async () => {
    const dir = tempDir();
    const fresh = join(dir, 'district.xlsx');
    writeFileSync(fresh, await writeSheets(generateDistrict(SAMPLE_OPTIONS).district));
    expect(toSummary((await buildFromXlsx(fresh, TODAY)).result)).toEqual(summary);
  });
});

/** The sample split into a district file and one file per school, as `pedmonitor sample --per-school` writes it. */
async function splitSample(): Promise<{ dir: string; district: string }> {
  const dir = tempDir();
  const split = generateDistrict({ ...SAMPLE_OPTIONS, perSchool: true });
  const district = join(dir, 'Район.xlsx');
  writeFileSync(district, await writeSheets(split.district));
  for (const [name, sheets] of split.schoolFiles) writeFileSync(join(dir, name), await writeSheets(sheets));
  return { dir, district };
}

describe('one file per school gives the same result (issue 5)', () => {
  it("summary.json is identical to the shared workbook's", async () => {
    const { district } = await splitSample();
    expect(toSummary((await buildFromXlsx(district, TODAY)).result)).toEqual(summary);
  });

  it("«Ошибки» links a school's problem to its own file, relative to the output folder", async () => {
    const { dir, district } = await splitSample();
    const bytes = await summaryWorkbook((await buildFromXlsx(district, TODAY)).sheets, district, join(dir, 'out'));
    const errors = await partText(bytes, 'xl/worksheets/sheet3.xml');
    const rels = await partText(bytes, 'xl/worksheets/_rels/sheet3.xml.rels');
    // The hand-typed school's bad birth year: file `ОО 09.xlsx` next to the district file, sheet `Педагоги`, cell C11.
    const id = /<hyperlink ref="D\d+" r:id="(rId\d+)" location="&apos;Педагоги&apos;!C11"\/>/.exec(errors)?.[1];
    expect(id).toBeDefined();
    expect(rels).toContain(
      `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${encodeURI('../ОО 09.xlsx')}"`,
    );
  });

  describe('a school file that cannot be used is one issue for that school, which counts as «не сдала данные»', () => {
    const broken = async (damage: (dir: string) => void | Promise<void>) => {
      const { dir, district } = await splitSample();
      await damage(dir);
      return toSummary((await buildFromXlsx(district, TODAY)).result);
    };
    const expectOnlySchool03Lost = (s: Summary) => {
      const s03 = s.schools.find((x) => x.code === '03')!;
      expect(s03.submitted).toBe(false);
      expect(s03.indicators).toEqual({});
      const own = s.issues.filter((i) => i.sheet.startsWith('03 ') || (i.sheet === 'ОО' && i.row === 4));
      expect(own.map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual(['ОО!E4 school_file_unavailable']);
      // The others are untouched.
      for (const other of s.schools.filter((x) => x.code !== '03')) expect(other).toEqual(school(other.code));
    };

    it('a missing file', async () => {
      const s = await broken((dir) => rmSync(join(dir, 'ОО 03.xlsx')));
      expectOnlySchool03Lost(s);
      expect(s.issues.find((i) => i.code === 'school_file_unavailable')!.message).toMatch(
        /^Таблица ОО «МБОУ СОШ р\.п\. Верхозим» недоступна: Файл «.*ОО 03\.xlsx» не найден\./,
      );
    });

    it('a file that is not a workbook (damaged)', async () => {
      const s = await broken((dir) => writeFileSync(join(dir, 'ОО 03.xlsx'), 'PK\u0003\u0004 not really a zip'));
      expectOnlySchool03Lost(s);
    });

    it('a file whose «Педагоги» sheet was renamed', async () => {
      const s = await broken(async (dir) => {
        const sheets = generateDistrict({ ...SAMPLE_OPTIONS, perSchool: true }).schoolFiles.get('ОО 03.xlsx')!;
        writeFileSync(
          join(dir, 'ОО 03.xlsx'),
          await writeSheets(sheets.map((sh) => (sh.name === 'Педагоги' ? { ...sh, name: 'Лист1' } : sh))),
        );
      });
      expectOnlySchool03Lost(s);
      expect(s.issues.find((i) => i.code === 'school_file_unavailable')!.message).toContain(
        'в файле нет листа «Педагоги» (в файле листы: «Лист1», «Курсы», «Мероприятия»)',
      );
    });

    it('a folder where the file should be', async () => {
      const s = await broken((dir) => {
        rmSync(join(dir, 'ОО 03.xlsx'));
        mkdirSync(join(dir, 'ОО 03.xlsx'));
      });
      expectOnlySchool03Lost(s);
    });
  });
});
