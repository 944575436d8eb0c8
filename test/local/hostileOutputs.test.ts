// Hostile outputs (issue 14, class 4): valid links for any file name, inputs never overwritten, no symlink followed,
// all files replaced at once, the same bytes from the same input.
import { JOURNAL_FILE } from '../../src/core/journal';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/local/xlsxRead';
import { stageOutputs } from '../../src/local/outputDir';
import { OUTPUT_FILES } from '../../src/local/outputFolder';
import { oneSchool, teacher } from '../support/district';
import { build, expectCleanFailure, perSchoolDistrict, schoolSheets, writeWorkbook } from './hostileFiles';
import { partText, tempDir } from './xlsxFiles';

jest.setTimeout(60000);

const REL = 'xl/worksheets/_rels/sheet3.xml.rels';
const errorsRels = (out: string) => partText(readFileSync(join(out, 'summary.xlsx')), REL);
const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
/** The file each link on «Ошибки» opens, as a path again (XML and URL escapes undone). */
const linkedFiles = async (out: string) =>
  [...(await errorsRels(out)).matchAll(/Target="([^"]*)"/g)].map((m) =>
    decodeURI(m[1].replace(/&\w+;/g, (e) => XML_ENTITIES[e] ?? e)).replace(/%23/g, '#'),
  );

/** A per-school district whose one school file has this name and a birth year typed as a word (one issue). */
async function schoolNamed(fileName: string) {
  const dir = await perSchoolDistrict([{ code: '01', name: 'МБОУ СОШ №1', table: fileName }], {
    [fileName]: schoolSheets([teacher('Орлова Ирина Юрьевна', { 'Год рождения': 'давно' })]),
  });
  const out = join(dir, 'out');
  expect((await build(join(dir, 'Район.xlsx'), out)).code).toBe(0);
  return out;
}

describe('links to school files', () => {
  it.each(['ОО $1.xlsx', "ОО $'.xlsx", 'ОО $&.xlsx'])(
    'a `$` pattern in «%s» is written as typed and the workbook stays readable',
    async (name) => {
      const out = await schoolNamed(name);
      expect(await linkedFiles(out)).toEqual([`../${name}`]);
      expect((await readXlsx(join(out, 'summary.xlsx'))).map((s) => s.name)).toContain('Ошибки');
    },
  );

  it('a `#` in a file name is encoded, so the link opens that file and not a part of it', async () => {
    const out = await schoolNamed('ОО #1.xlsx');
    expect(await errorsRels(out)).toContain('%231.xlsx"');
    expect(await linkedFiles(out)).toEqual(['../ОО #1.xlsx']);
  });

  it("in a shared workbook, links on «Ошибки» lead to the district file's own cell", async () => {
    const dir = tempDir();
    await writeWorkbook(
      join(dir, 'район.xlsx'),
      oneSchool([teacher('Орлова Ирина Юрьевна', { 'Год рождения': 'давно' })]),
    );
    await build(join(dir, 'район.xlsx'), join(dir, 'out'));
    const rels = await errorsRels(join(dir, 'out'));
    const sheet = await partText(readFileSync(join(dir, 'out', 'summary.xlsx')), 'xl/worksheets/sheet3.xml');
    expect(rels).toContain(`Target="../${encodeURI('район.xlsx')}"`);
    expect(sheet).toContain('location="&apos;01 Педагоги&apos;!D2"');
  });
});

describe('inputs and planted links', () => {
  it('--input that is also an output (out/summary.xlsx) is refused, and the file is left as it was', async () => {
    const dir = tempDir();
    const input = join(dir, 'out', 'summary.xlsx');
    await writeWorkbook(input, oneSchool([teacher('Орлова Ирина Юрьевна')]));
    const before = readFileSync(input);
    expectCleanFailure(await build(input, join(dir, 'out')), /и исходные данные, и результат сборки/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('a symlink planted at out/summary.json is replaced by the file; its target is not touched', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'район.xlsx'), oneSchool([teacher('Орлова Ирина Юрьевна')]));
    writeFileSync(join(dir, 'чужой.txt'), 'не трогать');
    const out = join(dir, 'out');
    await build(join(dir, 'район.xlsx'), out); // creates the folder
    rmSync(join(out, 'summary.json'));
    symlinkSync(join(dir, 'чужой.txt'), join(out, 'summary.json'));
    expect((await build(join(dir, 'район.xlsx'), out)).code).toBe(0);
    expect(readFileSync(join(dir, 'чужой.txt'), 'utf8')).toBe('не трогать');
    expect(lstatSync(join(out, 'summary.json')).isSymbolicLink()).toBe(false);
  });
});

describe('all at once, and the same bytes', () => {
  it('files written but not committed leave the previous results whole, and discard leaves no temporary folder', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'summary.json'), 'старая сводка');
    const staging = await stageOutputs(out);
    await staging.write('summary.json', 'новая сводка');
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('старая сводка');
    await staging.discard();
    expect(readdirSync(out)).toEqual(['summary.json']);
  });

  it("the temporary folder a killed build left is removed by the next one; a running build's folder is kept", async () => {
    const out = tempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const killed = join(out, `.pedmonitor-${gone.stdout}-aBc123`);
    const running = join(out, `.pedmonitor-${process.pid}-xYz789`);
    mkdirSync(killed);
    writeFileSync(join(killed, 'report.docx'), 'недописанная справка');
    mkdirSync(running);
    const staging = await stageOutputs(out);
    await staging.discard();
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it('a build leaves exactly its own files, no temporary folder', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'район.xlsx'), oneSchool([teacher('Орлова Ирина Юрьевна')]));
    await build(join(dir, 'район.xlsx'), join(dir, 'out'));
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([...Object.values(OUTPUT_FILES), JOURNAL_FILE].sort());
  });

  it('summary.xlsx is byte-identical from run to run', async () => {
    const dir = tempDir();
    await writeWorkbook(
      join(dir, 'район.xlsx'),
      oneSchool([teacher('Орлова Ирина Юрьевна', { 'Год рождения': 'давно' })]),
    );
    await build(join(dir, 'район.xlsx'), join(dir, 'a'));
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a two-second step
    await build(join(dir, 'район.xlsx'), join(dir, 'b'));
    expect(readFileSync(join(dir, 'a', 'summary.xlsx')).equals(readFileSync(join(dir, 'b', 'summary.xlsx')))).toBe(
      true,
    );
    expect(existsSync(join(dir, 'b', 'report.docx'))).toBe(true);
  });
});
