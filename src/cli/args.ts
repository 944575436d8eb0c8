// Parses the command line into one typed command, or a usage error in Russian (exit code 2).
import { TEACHER_IDS, TEACHER_IDS_ORDER, type TeacherIds } from '../core/catalogue/teacherIds';
import { isoDate, type IsoDate } from '../core/dates';
import { matchKey } from '../core/text';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'build'; input: string; outDir: string; previous?: string; today?: IsoDate; schoolsDir?: string }
  | { name: 'template'; out: string; perSchool: false; teacherIds: TeacherIds }
  | { name: 'template'; out: string; perSchool: true; schools: number; teacherIds: TeacherIds }
  | { name: 'school-key'; out: string }
  | { name: 'names'; key: string; input: string; out: string; school?: string }
  | { name: 'sample'; out: string; perSchoolDir?: string }
  | { name: 'rollup'; regionName: string; inputs: string[]; outDir: string }
  | { name: 'export'; format: 'ndjson'; input: string; outDir: string }
  | { name: 'indicators'; format: 'text' | 'json' | 'markdown' }
  | {
      name: 'feedback';
      input: string;
      outDir: string;
      deadline?: IsoDate;
      today?: IsoDate;
      from?: string;
      schoolsDir?: string;
    };

/** A command line that cannot be run as typed. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Options each command accepts: name → takes a value (`many`: every value up to the next option). */
const OPTIONS: Record<string, Record<string, boolean | 'many'>> = {
  build: { input: true, out: true, previous: true, today: true, 'schools-dir': true },
  template: { out: true, 'per-school': false, schools: true, teachers: true, 'school-key': false },
  names: { key: true, input: true, out: true, school: true },
  sample: { out: true, 'per-school': true },
  rollup: { name: true, input: 'many', out: true },
  export: { format: true, input: true, out: true },
  indicators: { json: false, markdown: false },
  feedback: { input: true, out: true, deadline: true, today: true, from: true, 'schools-dir': true },
};

type Options = Map<string, string | true | string[]>;

function readOptions(command: string, args: readonly string[]): Options {
  const known = OPTIONS[command];
  const out: Options = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`Непонятный аргумент «${arg}». Параметры пишутся так: --out папка.`);
    const [, name, inline] = m;
    if (!(name in known)) throw new UsageError(`Команда «${command}» не знает параметра --${name}.`);
    if (out.has(name)) throw new UsageError(`Параметр --${name} указан дважды.`);
    if (!known[name]) {
      if (inline !== undefined) throw new UsageError(`Параметр --${name} пишется без значения.`);
      out.set(name, true);
      continue;
    }
    if (known[name] === 'many') {
      const values = inline !== undefined ? [inline] : [];
      while (i + 1 < args.length && !args[i + 1].startsWith('--')) values.push(args[++i]);
      if (values.length === 0 || values.includes('')) throw new UsageError(`После --${name} нужен хотя бы один файл.`);
      out.set(name, values);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`После --${name} нужно значение.`);
    }
    out.set(name, value);
  }
  return out;
}

function requiredMany(options: Options, name: string, what: string): string[] {
  const v = options.get(name);
  if (!Array.isArray(v)) throw new UsageError(`Не указан параметр --${name} (${what}).`);
  return v;
}

function required(options: Options, name: string, what: string): string {
  const v = options.get(name);
  if (typeof v !== 'string') throw new UsageError(`Не указан параметр --${name} (${what}).`);
  return v;
}

function optional(options: Options, name: string): string | undefined {
  const v = options.get(name);
  return typeof v === 'string' ? v : undefined;
}

function parseToday(text: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!d) throw new UsageError(`--today ожидает дату в виде ГГГГ-ММ-ДД, например 2021-09-15, а указано «${text}».`);
  return d;
}

/** `--deadline 15.10.2021`: written as `Параметры` write dates. */
function parseDeadline(text: string): IsoDate {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  const d = m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  if (!d) throw new UsageError(`--deadline ожидает дату в виде ДД.ММ.ГГГГ, например 15.10.2021, а указано «${text}».`);
  return d;
}

const EMAIL_OPTION = /^[^@\s<>()[\],;:"\\]+@[^@\s<>()[\],;:"\\]+\.[^@\s<>()[\],;:"\\]+$/;

function feedbackCommand(o: Options): Command {
  const deadline = optional(o, 'deadline');
  const today = optional(o, 'today');
  const from = optional(o, 'from');
  if (from !== undefined && !EMAIL_OPTION.test(from)) {
    throw new UsageError(`--from ожидает адрес электронной почты методиста, а указано «${from}».`);
  }
  return {
    name: 'feedback',
    input: required(o, 'input', 'книга района .xlsx'),
    outDir: required(o, 'out', 'папка для писем'),
    ...(deadline !== undefined ? { deadline: parseDeadline(deadline) } : {}),
    ...(today !== undefined ? { today: parseToday(today) } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(o.has('schools-dir') ? { schoolsDir: optional(o, 'schools-dir') } : {}),
  };
}

const MAX_SCHOOLS = 999;

/** `--teachers код|ФИО` (the values of «Как обозначать педагогов»); offline ФИО by default. */
function parseTeacherIds(text: string | undefined): TeacherIds {
  if (text === undefined) return 'name';
  const typed = matchKey(text);
  const found = TEACHER_IDS_ORDER.find((ids) =>
    [TEACHER_IDS[ids].value, ...TEACHER_IDS[ids].aliases].some((v) => matchKey(v) === typed),
  );
  if (found === undefined) {
    throw new UsageError(
      `--teachers ожидает «${TEACHER_IDS.code.value}» или «${TEACHER_IDS.name.value}», а указано «${text}».`,
    );
  }
  return found;
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { name: 'help' };
  if (command === '--version' || command === '-v') return { name: 'version' };
  if (!(command in OPTIONS)) throw new UsageError(`Неизвестная команда «${command}».`);
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help' };
  const o = readOptions(command, rest);
  switch (command) {
    case 'build': {
      const today = optional(o, 'today');
      return {
        name: 'build',
        input: required(o, 'input', 'книга района .xlsx'),
        outDir: required(o, 'out', 'папка для результатов'),
        ...(o.has('previous') ? { previous: optional(o, 'previous') } : {}),
        ...(today !== undefined ? { today: parseToday(today) } : {}),
        ...(o.has('schools-dir') ? { schoolsDir: optional(o, 'schools-dir') } : {}),
      };
    }
    case 'template': {
      const out = required(o, 'out', o.has('per-school') ? 'папка для файлов' : 'файл .xlsx');
      if (o.has('school-key')) {
        if (o.size > 2)
          throw new UsageError('--school-key пишется только вместе с --out: ключ школы — отдельный файл.');
        return { name: 'school-key', out };
      }
      const teacherIds = parseTeacherIds(optional(o, 'teachers'));
      if (!o.has('per-school')) {
        if (o.has('schools')) throw new UsageError('--schools используется только вместе с --per-school.');
        return { name: 'template', out, perSchool: false, teacherIds };
      }
      const typed = optional(o, 'schools') ?? '1';
      const schools = Number(typed);
      if (!/^\d+$/.test(typed) || schools < 1 || schools > MAX_SCHOOLS) {
        throw new UsageError(`--schools ожидает число ОО от 1 до ${MAX_SCHOOLS}, а указано «${typed}».`);
      }
      return { name: 'template', out, perSchool: true, schools, teacherIds };
    }
    case 'names': {
      const school = optional(o, 'school');
      return {
        name: 'names',
        key: required(o, 'key', 'ключ школы .xlsx'),
        input: required(o, 'input', '«План ПК» района (.xlsx) или письмо с замечаниями (.eml, .txt)'),
        out: required(o, 'out', 'файл для результата'),
        ...(school !== undefined ? { school } : {}),
      };
    }
    case 'rollup':
      return {
        name: 'rollup',
        regionName: required(o, 'name', 'название региона в родительном падеже, например «Иркутской области»'),
        inputs: requiredMany(o, 'input', 'summary.json районов или регионов'),
        outDir: required(o, 'out', 'папка для результатов'),
      };
    case 'feedback':
      return feedbackCommand(o);
    case 'indicators':
      if (o.has('json') && o.has('markdown')) throw new UsageError('Укажите что-то одно: --json или --markdown.');
      return { name: 'indicators', format: o.has('json') ? 'json' : o.has('markdown') ? 'markdown' : 'text' };
    case 'export': {
      const format = required(o, 'format', 'ndjson');
      if (format !== 'ndjson') throw new UsageError(`--format поддерживает только ndjson, а указано «${format}».`);
      return {
        name: 'export',
        format,
        input: required(o, 'input', 'summary.json'),
        outDir: required(o, 'out', 'папка для результатов'),
      };
    }
    default: {
      const perSchoolDir = optional(o, 'per-school');
      return {
        name: 'sample',
        out: required(o, 'out', 'файл .xlsx'),
        ...(perSchoolDir !== undefined ? { perSchoolDir } : {}),
      };
    }
  }
}
