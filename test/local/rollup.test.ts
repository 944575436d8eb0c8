// Roll-up of the bundled sample and of its per-school twin; the region's files; the region report names no teacher.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollUp } from '../../src/core/rollup/compose';
import { buildRegionReport } from '../../src/core/rollup/report';
import { toSummary, type Summary } from '../../src/core/summary';
import { parseSummary } from '../../src/core/summarySchema';
import { buildFromXlsx } from '../../src/local/outputFolder';
import { readXlsx } from '../../src/local/xlsxRead';
import { rollupToFolder, summaryText } from '../../src/local/rollup';
import { writeSheets } from '../../src/local/xlsxWrite';
import { generateDistrict, SAMPLE_MUNICIPALITY, SAMPLE_OPTIONS } from '../../tools/sample/district';
import { partNames, partText, tempDir } from './xlsxFiles';

jest.setTimeout(120000);

const SAMPLE = join(__dirname, '..', '..', 'samples', 'district.xlsx');
const TODAY = '2021-09-15';

let sample: Summary;
let twin: Summary;
beforeAll(async () => {
  sample = toSummary((await buildFromXlsx(SAMPLE, TODAY)).result);
  const dir = tempDir();
  const split = generateDistrict({ ...SAMPLE_OPTIONS, perSchool: true });
  writeFileSync(join(dir, 'Район.xlsx'), await writeSheets(split.district));
  for (const [name, sheets] of split.schoolFiles) writeFileSync(join(dir, name), await writeSheets(sheets));
  twin = toSummary((await buildFromXlsx(join(dir, 'Район.xlsx'), TODAY)).result);
});

/** The sample under another district's name: a second district with the same figures. */
const renamed = (s: Summary, municipality: string): Summary => ({ ...s, municipality });

describe('roll-up of the sample district', () => {
  it("a region of the sample alone has the sample's figures, schools and completeness", () => {
    const region = rollUp('Иркутской области', [{ label: 'кузнецкий.json', summary: sample }]);
    expect(region.district).toEqual(sample.district);
    expect(region.schools).toEqual(sample.schools.map((s) => ({ municipality: SAMPLE_MUNICIPALITY, ...s })));
    expect(region.districts).toEqual([
      expect.objectContaining({
        municipality: SAMPLE_MUNICIPALITY,
        schoolsRegistered: 15,
        schoolsSubmitted: 14,
        errors: sample.issues.filter((i) => i.severity === 'error').length,
      }),
    ]);
    expect(region.issues).toEqual([]);
  });

  it('the per-school twin rolls up to the same bytes', () => {
    const a = rollUp('Иркутской области', [{ label: 'общая.json', summary: sample }]);
    const b = rollUp('Иркутской области', [{ label: 'по школам.json', summary: twin }]);
    expect(summaryText(b)).toBe(summaryText(a));
  });

  it('the sample and its twin together are the same district twice, and are refused', () => {
    expect(() =>
      rollUp('Иркутской области', [
        { label: 'общая.json', summary: sample },
        { label: 'по школам.json', summary: twin },
      ]),
    ).toThrow(`Район «${SAMPLE_MUNICIPALITY}» встречается дважды: в «общая.json» и в «по школам.json»`);
  });

  it('two districts with the same figures double every count and keep every share', () => {
    const region = rollUp('Иркутской области', [
      { label: 'а.json', summary: sample },
      { label: 'б.json', summary: renamed(twin, 'Усольского района') },
    ]);
    for (const [code, v] of Object.entries(sample.district.indicators)) {
      const r = region.district.indicators[code];
      if ('numerator' in v)
        expect(r).toEqual({ numerator: v.numerator * 2, denominator: v.denominator * 2, value: v.value });
      else expect(r).toEqual({ value: v.value * 2 });
    }
  });
});

describe('the region report', () => {
  it('names no teacher of the sample', async () => {
    const sheets = await readXlsx(SAMPLE);
    const names = sheets
      .filter((s) => s.name.endsWith('Педагоги'))
      .flatMap((s) => s.values.slice(1).map((r) => r[0]))
      .filter((v): v is string => typeof v === 'string' && v.trim().includes(' '));
    expect(names.length).toBeGreaterThan(200);
    const region = rollUp('Иркутской области', [
      { label: 'а.json', summary: sample },
      { label: 'б.json', summary: renamed(twin, 'Усольского района') },
      { label: 'в.json', summary: renamed(sample, 'Тулунского района') },
    ]);
    const text = JSON.stringify(buildRegionReport(region));
    const surnames = new Set(names.map((n) => n.trim().split(/\s+/)[0]).filter((s) => s.length > 3));
    for (const surname of surnames) expect(text).not.toContain(surname);
  });

  it('compares districts, names leaders and lagging and addresses recommendations to districts', () => {
    const weaker: Summary = {
      ...renamed(sample, 'Тулунского района'),
      district: {
        indicators: {
          ...sample.district.indicators,
          PK3: { numerator: 10, denominator: 240, value: 0.0417 },
        },
      },
    };
    const region = rollUp('Иркутской области', [
      { label: 'а.json', summary: sample },
      { label: 'б.json', summary: renamed(sample, 'Усольского района') },
      { label: 'в.json', summary: weaker },
    ]);
    const doc = buildRegionReport(region);
    const text = JSON.stringify(doc.blocks);
    expect(doc.title).toBe(
      'Аналитическая справка о профессиональном развитии педагогических работников Иркутской области за 2020/2021 учебный год',
    );
    expect(text).toContain('отстающие: Тулунского района (4,2\u00a0%)');
    expect(text).toMatch(/"Тулунского района".*PK3 — 4,2\u00a0% при/);
    expect(doc.blocks.some((b) => b.kind === 'chart' && b.chart.categories.length === 3)).toBe(true);
  });
});

describe("pedmonitor rollup writes the region's three files", () => {
  it('summary.json (with districts), summary.xlsx with three sheets, report.docx', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'а.json'), summaryText(sample));
    writeFileSync(join(dir, 'in', 'б.json'), summaryText(renamed(twin, 'Усольского района')));
    const out = join(dir, 'out');
    await rollupToFolder({
      name: 'Иркутской области',
      inputs: [join(dir, 'in', 'а.json'), join(dir, 'in', 'б.json')],
      outDir: out,
    });
    const written = parseSummary(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    expect(written.districts?.map((d) => d.municipality)).toEqual([SAMPLE_MUNICIPALITY, 'Усольского района']);
    const xlsx = new Uint8Array(readFileSync(join(out, 'summary.xlsx')));
    expect(await partText(xlsx, 'xl/workbook.xml')).toMatch(/name="По районам".*name="По ОО".*name="По предметам"/s);
    expect(await partNames(new Uint8Array(readFileSync(join(out, 'report.docx'))))).toContain('word/document.xml');
  });
});
