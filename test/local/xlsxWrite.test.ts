// summary.xlsx at the XML level: typed text never becomes a formula, formats, frozen headers, fills, notes, links.
import { buildInMemory } from '../support/run';
import { outputSheets } from '../../src/core/layout';
import { writeModels } from '../../src/local/xlsxWrite';
import { oneSchool, PERIOD_2021, teacher, TODAY } from '../support/district';
import { partNames, partText } from './xlsxFiles';

// The first test also loads exceljs and the core: on a shared 2-core machine that alone can take seconds.
jest.setTimeout(30_000);

const SUMMARY = 'xl/worksheets/sheet1.xml';
const ERRORS = 'xl/worksheets/sheet3.xml';
const PLAN = 'xl/worksheets/sheet4.xml';

/**
 * School 01 with hostile names (all in `План ПК`: none has a course), a bad birth year in D2 and a PK3 target it
 * misses.
 */
async function written(
  sheets = oneSchool(
    [
      teacher('=HYPERLINK("http://evil.example","Иванова")', { 'Год рождения': 'тысяча девятьсот' }),
      teacher('+79001234567 Петрова'),
      teacher('-Сидоров'),
      teacher('@Смирнова'),
    ],
    [],
    [],
    { ...PERIOD_2021, 'Цель: PK3': 90 },
  ),
) {
  return writeModels(outputSheets(buildInMemory(sheets, TODAY)));
}

describe('text a school typed stays text in summary.xlsx', () => {
  it('no cell of any sheet is a formula', async () => {
    const bytes = await written();
    const sheets = (await partNames(bytes)).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBe(4);
    for (const s of sheets) expect(await partText(bytes, s)).not.toMatch(/<f[ >]/);
  });

  it('names starting with = + - @ are stored as strings, exactly as typed', async () => {
    const strings = await partText(await written(), 'xl/sharedStrings.xml');
    for (const name of [
      '=HYPERLINK(&quot;http://evil.example&quot;,&quot;Иванова&quot;)',
      '+79001234567 Петрова',
      '-Сидоров',
      '@Смирнова',
    ]) {
      expect(strings).toContain(`<t>${name}</t>`);
    }
    // …and the plan sheet, which lists them, refers to those strings (t="s"), not to inline formulas.
    expect(await partText(await written(), PLAN)).toMatch(/<c r="C2" [^>]*t="s"/);
  });
});

describe('formats of the summary', () => {
  it('shares carry a percent format', async () => {
    expect(await partText(await written(), 'xl/styles.xml')).toContain('formatCode="0.0%"');
  });

  it('the two header rows and two name columns are frozen', async () => {
    expect(await partText(await written(), SUMMARY)).toMatch(
      /<pane xSplit="2" ySplit="2" topLeftCell="C3" activePane="bottomRight" state="frozen"\/>/,
    );
  });

  it('a school below its target gets the below-target fill', async () => {
    expect(await partText(await written(), 'xl/styles.xml')).toContain('rgb="FFF4CCCC"');
  });

  it('shares carry «числитель из знаменателя» in a note', async () => {
    const bytes = await written();
    expect(await partNames(bytes)).toContain('xl/comments1.xml');
    expect(await partText(bytes, 'xl/comments1.xml')).toContain('из 4');
  });
});

describe('links from «Ошибки» to the cell', () => {
  it('a sheet of the district workbook: a jump inside the workbook (location only)', async () => {
    const xml = await partText(await written(), ERRORS);
    expect(xml).toContain(`<hyperlink ref="D2" location="&apos;01 Педагоги&apos;!D2" display="D2"/>`);
    expect(xml).not.toMatch(/<hyperlink [^>]*r:id/);
  });

  it('a school keeping its own file: the file, then its sheet and cell', async () => {
    const sheets = oneSchool([teacher('Орлова', { 'Год рождения': 'тысяча' })]);
    const district = sheets
      .filter((s) => !s.name.startsWith('01 '))
      .map((s) =>
        s.name === 'ОО'
          ? { ...s, values: s.values.map((r, i) => (i === 1 ? [...r.slice(0, 4), 'ОО 01.xlsx'] : r)) }
          : s,
      );
    const own = sheets.filter((s) => s.name.startsWith('01 ')).map((s) => ({ ...s, name: s.name.slice(3) }));
    const result = buildInMemory(district, TODAY, new Map([['ОО 01.xlsx', { ok: true, sheets: own }]]));
    const bytes = await writeModels(outputSheets(result), { fileLink: (f) => `../входящие/${f}` });
    const xml = await partText(bytes, ERRORS);
    const id = /<hyperlink ref="D2" r:id="(rId\d+)" location="&apos;Педагоги&apos;!D2"\/>/.exec(xml)?.[1];
    expect(id).toBeDefined();
    const rels = await partText(bytes, 'xl/worksheets/_rels/sheet3.xml.rels');
    expect(rels).toContain(
      `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${encodeURI('../входящие/ОО 01.xlsx')}" TargetMode="External"`,
    );
  });
});
