// `pedmonitor feedback` on the sample: the .eml files parsed back match the sample's issues, school by school.
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHOOL_STATUSES } from '../../src/core/catalogue/statuses';
import type { BuildResult } from '../../src/core/districtResult';
import { issuePlaceForSchool } from '../../src/core/reminders';
import { feedbackToFolder, letterFileNames } from '../../src/local/feedback';
import { buildFromXlsx } from '../../src/local/outputFolder';
import { writeSheets } from '../../src/local/xlsxWrite';
import { parseArgs } from '../../src/cli/args';
import { runFeedback } from '../../src/cli/commands';
import { failure, type Io } from '../../src/cli/main';

/** The command as `pedmonitor` runs it, in this process (jest has no dynamic import): exit code and lines. */
async function main(argv: string[], io: Io): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.name !== 'feedback') throw new Error(command.name);
    await runFeedback(command, io.log);
    return 0;
  } catch (e) {
    return failure(e, io);
  }
}
import { parameters, PERIOD_2021, sheet, TEACHER_HEADER, teacher } from '../support/district';
import { tempDir } from './xlsxFiles';

jest.setTimeout(120000);

const SAMPLE = join(__dirname, '..', '..', 'samples', 'district.xlsx');
const TODAY = '2021-10-20';

/** An .eml read as a mail program reads it: unfolded headers with encoded words decoded, the base64 body. */
function parseEml(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const at = line.indexOf(':');
    const value = line
      .slice(at + 1)
      .trim()
      .replace(/\?=\s+=\?/g, '?==?')
      .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
    headers.set(line.slice(0, at).toLowerCase(), value);
  }
  const body = Buffer.from(raw.slice(split + 4).replace(/\s+/g, ''), 'base64').toString('utf8');
  return { headers, body, raw };
}

let out: string;
let result: BuildResult;
let letters: Map<string, ReturnType<typeof parseEml>>;
beforeAll(async () => {
  out = tempDir();
  await feedbackToFolder({
    input: SAMPLE,
    outDir: out,
    today: TODAY,
    deadline: '2021-10-15',
    now: new Date(Date.UTC(2021, 9, 20, 9)),
  });
  ({ result } = await buildFromXlsx(SAMPLE, TODAY));
  letters = new Map(
    readdirSync(out)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => [f.replace(/\.eml$/, ''), parseEml(readFileSync(join(out, f), 'utf8'))]),
  );
});

test('письмо получает каждая ОО с замечаниями или не сдавшая, и только она', () => {
  const expected = result.schools
    .filter((s) => !s.submitted || result.issues.some((i) => i.school === s.school.code))
    .map((s) => s.school.code);
  expect([...letters.keys()].sort()).toEqual(expected.sort());
});

test('формат RFC 5322: CRLF, строки не длиннее 998, MIME-Version, UTF-8, Date и Message-ID', () => {
  for (const { raw, headers } of letters.values()) {
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Math.max(...raw.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(998);
    expect(raw).not.toMatch(/[^\x00-\x7f]/);
    expect(headers.get('mime-version')).toBe('1.0');
    expect(headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(headers.get('date')).toBe('Wed, 20 Oct 2021 09:00:00 +0000');
    expect(headers.get('message-id')).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
  }
});

test('кому — «Email ответственного» из реестра; тема по-русски со сроком', () => {
  const { headers } = letters.get('09')!;
  expect(headers.get('to')).toBe('school09@kuzroo.example');
  expect(headers.get('subject')).toBe(
    'Мониторинг профессионального развития педагогов: замечания по данным — '
      + 'МБОУ ООШ с. Анненково, срок сдачи 15.10.2021',
  );
});

test('каждое замечание ОО — строкой «лист!ячейка — сообщение», и ни одного чужого', () => {
  for (const [code, { body }] of letters) {
    const own = result.issues.filter((i) => i.school === code);
    for (const i of own) expect(body).toContain(`${issuePlaceForSchool(i)} — ${i.message}`);
    const listed = body.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(listed).toHaveLength(own.length);
    const others = result.schools.map((s) => s.school.code).filter((c) => c !== code);
    for (const other of others) expect(body).not.toMatch(new RegExp(`«?${other} (Педагоги|Курсы|Мероприятия)`));
  }
});

test('не сдавшей ОО сказано, что она не сдала и срок прошёл', () => {
  const { body, headers } = letters.get('15')!;
  expect(body).toContain(`Статус: ${SCHOOL_STATUSES.overdue.label}. Срок сдачи: 15.10.2021.`);
  expect(body).toContain('Срок сдачи (15.10.2021) прошёл, а данные ОО не сданы.');
  expect(headers.get('subject')).toContain('данные не сданы');
});

test('ОО без адреса: письмо всё равно записано, без «Кому», и команда называет её; строка в journal.csv', async () => {
  const dir = tempDir();
  const input = join(dir, 'район.xlsx');
  writeFileSync(
    input,
    await writeSheets([
      parameters({ ...PERIOD_2021, 'Срок сдачи': '15.10.2021' }),
      sheet(
        'ОО',
        ['Код', 'Краткое наименование', 'Вид', 'Email ответственного'],
        [{ Код: '01', 'Краткое наименование': 'МБОУ СОШ №1', Вид: 'СОШ', 'Email ответственного': null }],
      ),
      sheet('01 Педагоги', TEACHER_HEADER, [teacher('Иванова Анна Петровна'), teacher('Иванова Анна Петровна')]),
    ]),
  );
  const lines: string[] = [];
  const code = await main(['feedback', '--input', input, '--out', join(dir, 'письма'), '--today', '2021-10-01'], {
    out: () => undefined,
    log: (l) => lines.push(l),
  });
  expect(code).toBe(0);
  const { headers, body } = parseEml(readFileSync(join(dir, 'письма', '01.eml'), 'utf8'));
  expect(headers.has('to')).toBe(false);
  // Its own teacher, as its sheet names her: the letter is the school's own scope.
  expect(body).toContain('Педагог «Иванова Анна Петровна» уже указан в строке 2');
  expect(lines.join('\n')).toContain('Без адреса в «Email ответственного»: МБОУ СОШ №1');
  const journal = readFileSync(join(dir, 'письма', 'journal.csv'), 'utf8');
  expect(journal.startsWith('\uFEFFВремя;Пользователь;Режим;Действие')).toBe(true);
  expect(journal.trim().split('\r\n')[1]).toMatch(
    /;офлайн: общая книга;pedmonitor feedback: письма ОО;1;1;1;\d+;писем: 1;успешно$/,
  );
});

test('неудача тоже пишется в journal.csv, старые строки остаются', async () => {
  const dir = tempDir();
  const journal = join(dir, 'journal.csv');
  writeFileSync(journal, '\uFEFFВремя;Пользователь\r\nстарая;строка\r\n');
  const code = await main(['feedback', '--input', join(dir, 'нет такого.xlsx'), '--out', dir], {
    out: () => undefined,
    log: () => undefined,
  });
  expect(code).toBe(1);
  const rows = readFileSync(journal, 'utf8').replace(/\r\n$/, '').split('\r\n');
  expect(rows.slice(0, 2)).toEqual(['\uFEFFВремя;Пользователь', 'старая;строка']);
  expect(rows[2]).toMatch(/;pedmonitor feedback: письма ОО;;;;;;ошибка: .*нет такого\.xlsx/);
});

test('ссылка на месте journal.csv не читается и не пишется насквозь', async () => {
  const dir = tempDir();
  const secret = join(tempDir(), 'секрет.txt');
  writeFileSync(secret, 'тайное');
  symlinkSync(secret, join(dir, 'journal.csv'));
  await main(['feedback', '--input', join(dir, 'нет.xlsx'), '--out', dir], {
    out: () => undefined,
    log: () => undefined,
  });
  expect(readFileSync(secret, 'utf8')).toBe('тайное');
  expect(readFileSync(join(dir, 'journal.csv'), 'utf8')).not.toContain('тайное');
});

test('имена файлов из кодов ОО: без разделителей, устройств Windows и совпадений', () => {
  expect(letterFileNames(['../01', 'CON', 'a/b', 'a_b', 'A_B', '..', ' ', 'ОО.'])).toEqual([
    '.._01.eml'.replace(/^\./, '_.'),
    '_CON.eml',
    'a_b.eml',
    'a_b-2.eml',
    'A_B-3.eml',
    'ОО.eml',
    'ОО-2.eml',
    'ОО-3.eml',
  ]);
});
