// The command line as typed → one command, or a Russian usage error.
import { parseArgs, UsageError } from '../../src/cli/args';

const usage = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('no usage error');
};

it('no arguments asks for help', () => {
  expect(parseArgs([])).toEqual({ name: 'help' });
});

it('--help after a command asks for help', () => {
  expect(parseArgs(['build', '--help'])).toEqual({ name: 'help' });
});

it('build takes its options in any order, with a space or «=»', () => {
  expect(
    parseArgs([
      'build',
      '--out=результат',
      '--today',
      '2021-09-15',
      '--input',
      'район.xlsx',
      '--previous',
      'прошлый/summary.json',
    ]),
  ).toEqual({
    name: 'build',
    input: 'район.xlsx',
    outDir: 'результат',
    today: '2021-09-15',
    previous: 'прошлый/summary.json',
  });
});

it('--today must be a real date', () => {
  expect(usage(['build', '--input', 'a.xlsx', '--out', 'o', '--today', '2021-02-30'])).toMatch(/ГГГГ-ММ-ДД/);
});

it('an option the command does not know is named', () => {
  expect(usage(['build', '--input', 'a.xlsx', '--out', 'o', '--schools', '3'])).toBe(
    'Команда «build» не знает параметра --schools.',
  );
});

it('an option given twice is an error', () => {
  expect(usage(['build', '--input', 'a.xlsx', '--input', 'b.xlsx', '--out', 'o'])).toBe(
    'Параметр --input указан дважды.',
  );
});

it('an option without its value is an error, even when another option follows', () => {
  expect(usage(['build', '--input', '--out', 'o'])).toBe('После --input нужно значение.');
});

it('template --per-school counts schools, one by default', () => {
  expect(parseArgs(['template', '--per-school', '--out', 'район'])).toEqual({
    name: 'template',
    out: 'район',
    perSchool: true,
    schools: 1,
    teacherIds: 'name',
  });
  expect(parseArgs(['template', '--per-school', '--schools', '12', '--out', 'район'])).toEqual({
    name: 'template',
    out: 'район',
    perSchool: true,
    schools: 12,
    teacherIds: 'name',
  });
});

it('--schools must be a whole number from 1', () => {
  expect(usage(['template', '--per-school', '--schools', '0', '--out', 'р'])).toMatch(
    /--schools ожидает число ОО от 1/,
  );
  expect(usage(['template', '--per-school', '--schools', 'пять', '--out', 'р'])).toMatch(
    /--schools ожидает число ОО от 1/,
  );
});

it('--schools without --per-school is an error', () => {
  expect(usage(['template', '--schools', '3', '--out', 'шаблон.xlsx'])).toBe(
    '--schools используется только вместе с --per-school.',
  );
});

it('sample takes an optional folder for the per-school files', () => {
  expect(parseArgs(['sample', '--out', 'district.xlsx', '--per-school', 'split'])).toEqual({
    name: 'sample',
    out: 'district.xlsx',
    perSchoolDir: 'split',
  });
});
