// The built `pedmonitor` command, spawned as a user runs it: Russian messages, exit codes, never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/local/xlsxRead';
import { parseSummary } from '../../src/core/summarySchema';
import { archive, saved, tempDir, workbookBytes } from './xlsxFiles';

// Each test spawns node and reads or writes real files: seconds, not milliseconds, on a busy 2-core machine.
jest.setTimeout(120000);

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'samples', 'district.xlsx');

beforeAll(() => {
  // The tests run what `npm ci` builds: the bundle in build/.
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  expect(built.status).toBe(0);
});

function pedmonitor(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pedmonitor.cjs'), ...args], {
    encoding: 'utf8',
    cwd: tempDir(),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** What a failed run printed: Russian, and no trace of the code inside. */
function expectCleanFailure(r: ReturnType<typeof pedmonitor>, code: number, message: RegExp) {
  expect(r.code).toBe(code);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at |Error:|\.cjs|\.ts:/);
}

describe('help and usage', () => {
  it('--help prints Russian help with every command', () => {
    const r = pedmonitor('--help');
    expect(r.code).toBe(0);
    for (const c of [
      'pedmonitor build --input',
      'pedmonitor template --out',
      'pedmonitor template --per-school',
      'pedmonitor sample --out',
    ])
      expect(r.out).toContain(c);
    expect(r.out).toContain('Коды выхода');
  });

  it('an unknown command is a usage error (exit 2)', () => {
    expectCleanFailure(pedmonitor('собрать'), 2, /Неизвестная команда «собрать»/);
  });

  it('build without --input is a usage error (exit 2)', () => {
    expectCleanFailure(pedmonitor('build', '--out', 'out'), 2, /Не указан параметр --input/);
  });

  it('a date in --today that is not ГГГГ-ММ-ДД is a usage error (exit 2)', () => {
    expectCleanFailure(
      pedmonitor('build', '--input', SAMPLE, '--out', 'out', '--today', '15.09.2021'),
      2,
      /--today ожидает дату в виде ГГГГ-ММ-ДД/,
    );
  });
});

describe('build on a file it cannot use: one Russian sentence, exit 1', () => {
  it('a missing file', () => {
    expectCleanFailure(
      pedmonitor('build', '--input', '/нет/район.xlsx', '--out', 'out'),
      1,
      /^Читаю книгу района «\/нет\/район\.xlsx»…\nОшибка: Файл «\/нет\/район\.xlsx» не найден\.\n$/,
    );
  });

  it('a Word document renamed to .xlsx', async () => {
    const path = saved(
      await archive({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      'район.xlsx',
    );
    expectCleanFailure(
      pedmonitor('build', '--input', path, '--out', 'out'),
      1,
      /не книга Excel \(\.xlsx\): это документ Word/,
    );
  });

  it('a workbook without the registry «ОО»', async () => {
    const path = saved(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = 'Итоги года';
      }, 'Отчёт'),
    );
    expectCleanFailure(
      pedmonitor('build', '--input', path, '--out', 'out'),
      1,
      /В книге нет листа «ОО» с реестром образовательных организаций/,
    );
  });

  it('a previous summary that is not a summary.json', () => {
    const previous = saved('{"это": "не сводка"}', 'summary.json');
    expectCleanFailure(
      pedmonitor('build', '--input', SAMPLE, '--out', 'out', '--previous', previous),
      1,
      /не похож на summary\.json PedMonitor/,
    );
  });
});

describe('build on the sample', () => {
  const out = join(tempDir(), 'результаты');
  let run: ReturnType<typeof pedmonitor>;
  beforeAll(() => {
    run = pedmonitor('build', '--input', SAMPLE, '--out', out, '--today', '2021-09-15');
  });

  it('exits 0 and writes summary.json, summary.xlsx and the three documents', () => {
    expect(run.err).not.toMatch(/Ошибка/);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'decisions.docx',
      'journal.csv',
      'recommendations.docx',
      'report.docx',
      'summary.json',
      'summary.xlsx',
    ]);
  });

  it('prints progress on stderr and nothing on stdout', () => {
    expect(run.err).toContain('Проверяю ОО 15 из 15: МБОУ НОШ с. Бестянка');
    expect(run.err).toContain('Готово: ОО сдали данные 14 из 15');
    expect(run.out).toBe('');
  });

  it('summary.json passes the zod schema of summary.json', () => {
    expect(parseSummary(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).schools).toHaveLength(15);
  });

  it('summary.xlsx holds the four sheets', async () => {
    expect((await readXlsx(join(out, 'summary.xlsx'))).map((s) => s.name)).toEqual([
      'Сводная',
      'Сводная по предметам',
      'Ошибки',
      'План ПК',
    ]);
  });

  it('--previous takes the summary.json of an earlier build for the dynamics', () => {
    const again = join(tempDir(), 'снова');
    const r = pedmonitor(
      'build',
      '--input',
      SAMPLE,
      '--out',
      again,
      '--today',
      '2021-09-15',
      '--previous',
      join(out, 'summary.json'),
    );
    expect(r.err).not.toMatch(/Ошибка/);
    expect(r.code).toBe(0);
    expect(existsSync(join(again, 'report.docx'))).toBe(true);
  });
});

describe('template', () => {
  it("--out writes a district workbook with the registry, the settings and one school's three sheets", async () => {
    const file = join(tempDir(), 'шаблон.xlsx');
    expect(pedmonitor('template', '--out', file).code).toBe(0);
    const names = (await readXlsx(file)).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Параметры', 'ОО', '01 Педагоги', '01 Курсы', '01 Мероприятия']));
  });

  it('--per-school writes the district file and one file per school, and the empty district builds', async () => {
    const dir = tempDir();
    expect(pedmonitor('template', '--per-school', '--schools', '3', '--out', dir).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['ОО 01.xlsx', 'ОО 02.xlsx', 'ОО 03.xlsx', 'Район.xlsx']);
    const registry = (await readXlsx(join(dir, 'Район.xlsx'))).find((s) => s.name === 'ОО')!;
    expect(registry.values.slice(1).map((r) => r[4])).toEqual(['ОО 01.xlsx', 'ОО 02.xlsx', 'ОО 03.xlsx']);
    const out = join(dir, 'out');
    expect(pedmonitor('build', '--input', join(dir, 'Район.xlsx'), '--out', out, '--today', '2021-09-15').code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.schools.map((s: { submitted: boolean }) => s.submitted)).toEqual([false, false, false]);
    expect(summary.issues.filter((i: { code: string }) => i.code === 'school_file_unavailable')).toEqual([]);
  });
});

describe('a file that exists is never overwritten by a blank one', () => {
  it('template --out onto a filled district workbook: refused in Russian, the workbook untouched', () => {
    const file = saved('данные школ', 'район.xlsx');
    expectCleanFailure(
      pedmonitor('template', '--out', file),
      1,
      /^Ошибка: Файл «.*район\.xlsx» уже есть: PedMonitor не перезаписывает файлы с данными\./,
    );
    expect(readFileSync(file, 'utf8')).toBe('данные школ');
  });

  it('template --per-school into a folder with one school file: nothing is written at all', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ОО 02.xlsx'), 'таблица школы');
    expectCleanFailure(
      pedmonitor('template', '--per-school', '--schools', '3', '--out', dir),
      1,
      /ОО 02\.xlsx» уже есть/,
    );
    expect(readdirSync(dir)).toEqual(['ОО 02.xlsx']);
  });

  it('a school key (код → ФИО, kept nowhere else) is not replaced by a new empty key', () => {
    const file = saved('ключ школы', 'ключ.xlsx');
    expectCleanFailure(pedmonitor('template', '--school-key', '--out', file), 1, /ключ\.xlsx» уже есть/);
    expect(readFileSync(file, 'utf8')).toBe('ключ школы');
  });
});

describe('sample', () => {
  it('writes the committed sample byte for byte', () => {
    const file = join(tempDir(), 'district.xlsx');
    expect(pedmonitor('sample', '--out', file).code).toBe(0);
    expect(readFileSync(file).equals(readFileSync(SAMPLE))).toBe(true);
  });

  it('--per-school also writes the district file and a file per school', () => {
    const dir = tempDir();
    expect(pedmonitor('sample', '--out', join(dir, 'district.xlsx'), '--per-school', join(dir, 'split')).code).toBe(0);
    expect(readdirSync(join(dir, 'split'))).toHaveLength(16);
    expect(existsSync(join(dir, 'split', 'Район.xlsx'))).toBe(true);
  });
});

it('an output path that cannot be created gives a Russian message (exit 1)', () => {
  const file = saved('x', 'файл');
  expectCleanFailure(
    pedmonitor('template', '--out', join(file, 'шаблон.xlsx')),
    1,
    /^Ошибка: не удалось создать «.*файл»: на этом месте уже есть файл, а нужна папка\.\n$/,
  );
});
