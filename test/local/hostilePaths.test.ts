// Hostile paths (issue 14, classes 1–3): nothing read from outside the folder, no device or pipe, nothing counted
// twice.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseSummary } from '../../src/core/summarySchema';
import { teacher } from '../support/district';
import { build, expectCleanFailure, perSchoolDistrict, schoolSheets, twoTeachers, writeWorkbook } from './hostileFiles';
import { tempDir } from './xlsxFiles';

jest.setTimeout(60000);

const summaryOf = (out: string) => parseSummary(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
const fileIssue = (out: string, code = '01') =>
  summaryOf(out).issues.find(
    (i) => i.code === 'school_file_unavailable' && i.message.includes(code === '01' ? 'МБОУ СОШ №1' : code),
  );

describe("class 1: a school file must lie inside the district file's folder", () => {
  async function outsideCase(table: (outside: string) => string) {
    const secret = tempDir();
    await writeWorkbook(join(secret, 'x.xlsx'), schoolSheets([teacher('Чужой Педагог Иванович')]));
    const dir = await perSchoolDistrict([{ code: '01', name: 'МБОУ СОШ №1', table: table(join(secret, 'x.xlsx')) }]);
    const out = join(dir, 'out');
    expect((await build(join(dir, 'Район.xlsx'), out)).code).toBe(0);
    return { out, summary: summaryOf(out) };
  }

  it.each([
    ['an absolute path', (outside: string) => outside],
    ['a path climbing out with ../', (outside: string) => `../${outside.split('/').slice(-2).join('/')}`],
    ['a path climbing far out to /etc/passwd', () => '../../../../../../../../etc/passwd'],
  ])('%s is one issue for the school, and nothing of that file is counted', async (_what, table) => {
    const { summary } = await outsideCase(table);
    expect(summary.schools[0].submitted).toBe(false);
    expect(summary.issues.find((i) => i.code === 'school_file_unavailable')?.message).toMatch(/ведёт за пределы папки/);
  });

  it('the outside teacher never reaches «План ПК»: the school has no rows at all', async () => {
    const { summary } = await outsideCase((outside) => outside);
    expect(summary.schools[0].rows.Педагоги.read).toBe(0);
  });

  it('a missing and an existing outside file get the same words: the registry cannot probe the disk', async () => {
    const { out } = await outsideCase(() => '../../../../../../etc/passwd');
    const { out: out2 } = await outsideCase(() => '../../../../../../etc/нет-такого-файла');
    const strip = (m: string | undefined) => m?.replace(/«[^»]*»|"[^"]*"/g, '…');
    expect(strip(fileIssue(out)?.message)).toBe(strip(fileIssue(out2)?.message));
  });

  it('a symlink inside the folder that leads out of it is outside too', async () => {
    const secret = tempDir();
    await writeWorkbook(join(secret, 'x.xlsx'), twoTeachers());
    const dir = await perSchoolDistrict([{ code: '01', name: 'МБОУ СОШ №1', table: 'ОО 01.xlsx' }]);
    symlinkSync(join(secret, 'x.xlsx'), join(dir, 'ОО 01.xlsx'));
    await build(join(dir, 'Район.xlsx'), join(dir, 'out'));
    expect(fileIssue(join(dir, 'out'))?.message).toMatch(/ведёт за пределы папки/);
  });

  it('--schools-dir names another folder: paths in «Таблица» are read inside it', async () => {
    const schools = tempDir();
    await writeWorkbook(join(schools, 'ОО 01.xlsx'), twoTeachers());
    const dir = await perSchoolDistrict([{ code: '01', name: 'МБОУ СОШ №1', table: 'ОО 01.xlsx' }]);
    expect((await build(join(dir, 'Район.xlsx'), join(dir, 'out'), '--schools-dir', schools)).code).toBe(0);
    expect(summaryOf(join(dir, 'out')).schools[0].rows.Педагоги.used).toBe(2);
  });
});

describe('class 2: only regular files, checked before reading', () => {
  it('--input /dev/zero is refused at once instead of filling memory', async () => {
    expectCleanFailure(await build('/dev/zero', join(tempDir(), 'out')), /не обычный файл/);
  });

  it('a FIFO as --input is refused at once instead of waiting forever', async () => {
    const fifo = join(tempDir(), 'район.xlsx');
    execFileSync('mkfifo', [fifo]);
    expectCleanFailure(await build(fifo, join(tempDir(), 'out')), /не обычный файл/);
  });

  it('a FIFO or a device in «Таблица» is one issue for that school', async () => {
    const dir = await perSchoolDistrict(
      [
        { code: '01', name: 'МБОУ СОШ №1', table: 'канал.xlsx' },
        { code: '02', name: 'МБОУ СОШ №2', table: 'ОО 02.xlsx' },
      ],
      { 'ОО 02.xlsx': twoTeachers() },
    );
    execFileSync('mkfifo', [join(dir, 'канал.xlsx')]);
    await build(join(dir, 'Район.xlsx'), join(dir, 'out'));
    const summary = summaryOf(join(dir, 'out'));
    expect(summary.schools.map((s) => s.submitted)).toEqual([false, true]);
    expect(fileIssue(join(dir, 'out'))?.message).toMatch(/не обычный файл/);
  });

  it('a symlink loop is named a loop, not «не найден»', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b.xlsx'), join(dir, 'a.xlsx'));
    symlinkSync(join(dir, 'a.xlsx'), join(dir, 'b.xlsx'));
    expectCleanFailure(await build(join(dir, 'a.xlsx'), join(dir, 'out')), /ведёт сама на себя/);
  });

  it('a folder as --input is named a folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'район.xlsx'));
    expectCleanFailure(await build(join(dir, 'район.xlsx'), join(dir, 'out')), /это папка/);
  });
});

describe('class 3: two registry rows naming one file count it once, with an issue', () => {
  it('`s.xlsx` and `./s.xlsx`: the first school counts, the second is told which school has that file', async () => {
    const dir = await perSchoolDistrict(
      [
        { code: '01', name: 'МБОУ СОШ №1', table: 's.xlsx' },
        { code: '02', name: 'МБОУ СОШ №2', table: './s.xlsx' },
      ],
      { 's.xlsx': twoTeachers() },
    );
    await build(join(dir, 'Район.xlsx'), join(dir, 'out'));
    const summary = summaryOf(join(dir, 'out'));
    expect(summary.schools.map((s) => s.submitted)).toEqual([true, false]);
    expect(summary.district.indicators.K1.value).toBe(2);
    expect(fileIssue(join(dir, 'out'), 'МБОУ СОШ №2')?.message).toMatch(
      /та же таблица, что указана у ОО «МБОУ СОШ №1»/,
    );
  });

  it('a hard link to the same file is the same file', async () => {
    const dir = await perSchoolDistrict(
      [
        { code: '01', name: 'МБОУ СОШ №1', table: 's.xlsx' },
        { code: '02', name: 'МБОУ СОШ №2', table: 'копия.xlsx' },
      ],
      { 's.xlsx': twoTeachers() },
    );
    execFileSync('ln', [join(dir, 's.xlsx'), join(dir, 'копия.xlsx')]);
    await build(join(dir, 'Район.xlsx'), join(dir, 'out'));
    expect(summaryOf(join(dir, 'out')).district.indicators.K1.value).toBe(2);
  });
});
