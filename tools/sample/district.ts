// The bundled sample district: deterministic, realistic (like the Кузнецкий район of sample document 1, docs/decisions.md), with typical mistakes.
import type { CellValue } from '../../src/core/cells';
import { fromUtcDate, toSerial } from '../../src/core/dates';
import type { Columns } from '../../src/core/catalogue/columns';
import { PARAMETERS, TARGET_PREFIX } from '../../src/core/catalogue/parameters';
import { courseColumns, eventColumns, registryColumns, SHEET_NAMES, schoolSheetName, teacherColumns, type SchoolSheetKind } from '../../src/core/catalogue/sheets';
import { CATEGORIES, DEFICIT_TYPES, EVENT_KINDS, EVENT_LEVELS, SUBJECTS } from '../../src/core/catalogue/lists';
import type { SheetData } from '../../src/core/table';
import { HANDMADE_INDEX, handmadeSheets } from './handmade';
import { FEMALE_NAMES, MALE_NAMES, PATRONYMIC_ROOTS, SCHOOLS, SURNAMES } from './names';
import { Random } from './random';

export interface SampleOptions {
  schools: number;
  /** One number for every school, or a size per school. */
  teachersPerSchool: number | readonly number[];
  seed: number;
  /** Add the typical mistakes schools make (bad numbers, unknown teachers, duplicates, …). */
  mistakes: boolean;
  /** How many of the last registered schools have no sheets at all. */
  notSubmitted?: number;
  /** Put each school's sheets in its own workbook (the registry's `Таблица` names the file). */
  perSchool?: boolean;
  /** Replace school HANDMADE_INDEX by the hand-typed messy school the golden test checks. */
  handmade?: boolean;
}

export interface SampleDistrict {
  /** The district workbook. */
  district: SheetData[];
  /** Per-school mode: file name → that school's sheets. */
  schoolFiles: Map<string, SheetData[]>;
}

/** The sample of `npm start`: 15 schools, ~240 teachers, a few mistakes, one school that did not submit. */
export const SAMPLE_OPTIONS: SampleOptions = {
  schools: 15,
  teachersPerSchool: [30, 26, 24, 22, 20, 19, 18, 16, 15, 14, 13, 12, 11, 9, 8],
  seed: 2021,
  mistakes: true,
  notSubmitted: 1,
  handmade: true,
};

export const SAMPLE_MUNICIPALITY = 'Кузнецкого района';
const PERIOD_START = '2020-09-01';
const PERIOD_END = '2021-08-31';

type Values<C extends Columns> = Partial<Record<keyof C, CellValue>> & Record<string, CellValue>;

/**
 * Turns rows keyed by catalogue column into a sheet with the catalogue's headers (plus any extra columns). The sample
 * is a workbook set up before issue 10, so its later (quiet) columns are left out: it pins that old workbooks build.
 */
function toSheet<C extends Columns>(name: string, columns: C, rows: Values<C>[], extra: string[] = []): SheetData {
  const keys = Object.keys(columns).filter((k) => !columns[k].quiet);
  const header: CellValue[] = [...keys.map((k) => columns[k].header), ...extra];
  return { name, values: [header, ...rows.map((r) => [...keys.map((k) => r[k] ?? null), ...extra.map((h) => r[h] ?? null)])] };
}

const ru = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;

export function generateDistrict(options: SampleOptions): SampleDistrict {
  const rnd = new Random(options.seed);
  const codes = Array.from({ length: options.schools }, (_, i) => String(i + 1).padStart(options.schools > 99 ? 3 : 2, '0'));
  const notSubmitted = new Set(codes.slice(codes.length - (options.notSubmitted ?? 0)));
  const schoolInfo = (i: number) => {
    const base = SCHOOLS[i % SCHOOLS.length];
    const round = Math.floor(i / SCHOOLS.length);
    return round === 0 ? base : { ...base, name: `${base.name} (${round + 1})`, fullName: `${base.fullName} (${round + 1})` };
  };

  const params: SheetData = {
    name: SHEET_NAMES.parameters,
    values: [
      ['Параметр', 'Значение'],
      [PARAMETERS.municipality.key, SAMPLE_MUNICIPALITY],
      [PARAMETERS.periodStart.key, '01.09.2020'],
      [PARAMETERS.periodEnd.key, '31.08.2021'],
      [PARAMETERS.cycleYears.key, 3],
      [PARAMETERS.youngAge.key, 35],
      [PARAMETERS.youngExperience.key, 3],
      [PARAMETERS.pensionAge.key, 60],
      // The documents' attributes: number and date are left blank, as in a draft before registration.
      [PARAMETERS.issuer.key, 'Отдел образования администрации Кузнецкого района'],
      [PARAMETERS.addressee.key, 'Главе администрации Кузнецкого района'],
      [PARAMETERS.signatoryPosition.key, 'Начальник отдела образования администрации Кузнецкого района'],
      [PARAMETERS.signatoryName.key, 'Н.В. Орлова'],
      [PARAMETERS.executorName.key, 'Савельева Т.П.'],
      [PARAMETERS.executorPhone.key, '3-06-90'],
      [`${TARGET_PREFIX} PK3`, 90],
      [`${TARGET_PREFIX} D1`, 50],
      [`${TARGET_PREFIX} M1`, 80],
    ],
  };
  const fileOf = (code: string) => `ОО ${code}.xlsx`;
  const registry = toSheet(SHEET_NAMES.registry, registryColumns, codes.map((code, i) => {
    const info = schoolInfo(i);
    return {
      // The registry no longer keeps the full name and the responsible person; the draw stays, so the sample's
      // random stream (and every figure after it) is what it was.
      ...(personName(rnd, rnd.chance(0.8)) && {}),
      code, shortName: info.name, kind: info.kind,
      email: `school${code}@kuzroo.example`,
      spreadsheet: options.perSchool ? fileOf(code) : null,
    };
  }));

  const district: SheetData[] = [params, registry];
  const schoolFiles = new Map<string, SheetData[]>();
  codes.forEach((code, i) => {
    const size = typeof options.teachersPerSchool === 'number' ? options.teachersPerSchool : options.teachersPerSchool[i % options.teachersPerSchool.length];
    const generated = schoolSheets(rnd, i, size, options.mistakes, schoolInfo(i).kind);
    const filled = options.handmade && i === HANDMADE_INDEX ? handmadeSheets() : generated;
    // A school that did not submit still has the empty sheets «Настроить таблицу» made: headers only.
    const headersOnly = (s: SheetData): SheetData => ({ ...s, values: s.values.slice(0, 1) });
    const sheets = notSubmitted.has(code)
      ? { teachers: headersOnly(generated.teachers), courses: headersOnly(generated.courses), events: generated.events && headersOnly(generated.events) }
      : filled;
    const named = (kind: SchoolSheetKind, s: SheetData): SheetData => ({ ...s, name: options.perSchool ? kind : schoolSheetName(code, kind) });
    const own = [named('Педагоги', sheets.teachers), named('Курсы', sheets.courses)];
    if (sheets.events) own.push(named('Мероприятия', sheets.events));
    if (options.perSchool) schoolFiles.set(fileOf(code), own);
    else district.push(...own);
  });
  return { district, schoolFiles };
}

function personName(rnd: Random, female: boolean): string {
  const surname = rnd.pick(SURNAMES);
  const first = rnd.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const root = rnd.pick(PATRONYMIC_ROOTS);
  const patronymic = `${root}${female ? 'вна' : 'вич'}`;
  const femaleSurname = surname.endsWith('ин') || surname.endsWith('ов') || surname.endsWith('ев') || surname.endsWith('ёв') ? `${surname}а` : surname;
  return `${female ? femaleSurname : surname} ${first} ${patronymic}`;
}

interface Person {
  name: string;
  young: boolean;
  diagnosed: Date | null;
  subjects: string[];
}

function schoolSheets(rnd: Random, index: number, size: number, mistakes: boolean, kind: string) {
  const kindergarten = kind === 'ДОУ';
  const extraSchool = kind === 'УДО';
  const people: Person[] = [];
  const teacherRows: Values<typeof teacherColumns>[] = [];
  const used = new Set<string>();
  for (let t = 0; t < size; t++) {
    let name = personName(rnd, rnd.chance(0.82));
    while (used.has(name)) name = personName(rnd, rnd.chance(0.82));
    used.add(name);
    const position = kindergarten
      ? rnd.weighted([['воспитатель', 8], ['старший воспитатель', 1], ['музыкальный руководитель', 1], ['инструктор по физической культуре', 1], ['учитель-логопед', 1]] as const)
      : extraSchool
        ? rnd.weighted([['педагог дополнительного образования', 8], ['методист', 1], ['педагог-организатор', 1]] as const)
        : rnd.weighted([['учитель', 20], ['педагог-психолог', 1], ['социальный педагог', 1], ['заместитель руководителя', 1], ['советник директора по воспитанию', 1], ['учитель-логопед', 1]] as const);
    const subjects = position === 'учитель' ? pickSubjects(rnd) : kindergarten ? ['Дошкольное образование'] : extraSchool ? [rnd.pick(['Музыка', 'ИЗО', 'Технология', 'Другое'])] : [];
    const birthYear = rnd.weighted([[rnd.int(1955, 1962), 2], [rnd.int(1963, 1985), 6], [rnd.int(1986, 1999), 3]] as const);
    const age = 2021 - birthYear;
    const young = age <= 35 && rnd.chance(0.45);
    const experience = young ? rnd.int(0, 2) : Math.max(3, Math.min(age - 22, rnd.int(3, 42)));
    const category = young ? rnd.weighted([['без категории', 4], ['соответствие занимаемой должности', 1]] as const) : rnd.weighted(CATEGORIES.map((c) => [c, ({ высшая: 25, первая: 35, 'педагог-методист': 2, 'педагог-наставник': 3, 'соответствие занимаемой должности': 20, 'без категории': 10 } as Record<string, number>)[c]] as const));
    const attestation = category === 'без категории' ? null : rnd.date('2016-10-01', '2021-06-30');
    const diagnosed = rnd.chance(0.42) ? rnd.date('2018-10-01', '2021-05-31') : null;
    const deficits = diagnosed ? (rnd.chance(0.3) ? 'нет' : pickSome(rnd, DEFICIT_TYPES, rnd.int(1, 2)).join('; ')) : null;
    const iom = rnd.weighted([['нет', 5], ['разработан', 2], [diagnosed ? 'разработан на основе диагностики' : 'разработан', 3]] as const);
    const mentoring = young ? (rnd.chance(0.7) ? 'наставляемый' : 'нет') : rnd.chance(0.1) ? 'наставник' : 'нет';
    people.push({ name, young, diagnosed, subjects });
    teacherRows.push({
      name, position, subjects: subjects.join('; ') || null, birthYear, experience,
      education: rnd.weighted([['высшее педагогическое', 17], ['высшее непедагогическое', 1], ['среднее профессиональное педагогическое', 2], ['среднее профессиональное непедагогическое', 0.3]] as const),
      profileMatch: rnd.chance(0.9) ? 'да' : 'нет',
      category,
      attestationDate: attestation,
      partTime: rnd.chance(0.07) ? 'да' : 'нет',
      diagnosticsDate: diagnosed,
      deficits,
      iom,
      mentoring,
      methodActive: rnd.chance(0.15) ? 'да' : 'нет',
      network: rnd.chance(0.3) ? 'да' : 'нет',
      giaExpert: !kindergarten && rnd.chance(0.05) ? 'да' : 'нет',
      innovation: rnd.chance(0.1) ? 'да' : 'нет',
    });
  }

  const courseRows: Values<typeof courseColumns>[] = [];
  let certificate = 582400000 + index * 10000;
  for (const p of people) {
    const count = rnd.weighted([[0, 2], [1, 5], [2, 3]] as const);
    for (let c = 0; c < count; c++) {
      const inPeriod = c === 0 && rnd.chance(0.3);
      const end = inPeriod ? rnd.date(PERIOD_START, PERIOD_END) : rnd.date('2017-01-15', '2020-08-31');
      const retraining = rnd.chance(0.04);
      const targeted = p.diagnosed !== null && rnd.chance(0.35) ? 'да' : 'нет';
      courseRows.push({
        name: p.name,
        programKind: retraining ? 'профессиональная переподготовка' : 'повышение квалификации',
        programTitle: rnd.pick(retraining ? ['Педагогическое образование: учитель математики', 'Дошкольная педагогика', 'Менеджмент в образовании'] : ['Реализация требований обновлённых ФГОС', 'Формирование функциональной грамотности обучающихся', 'Подготовка к ОГЭ и ЕГЭ по предмету', 'Цифровая образовательная среда', 'Школа современного учителя', 'Наставничество в образовательной организации']),
        provider: rnd.pick(['ГАОУ ДПО ИРР ПО', 'ЦНППМ Пензенской области', 'ФГАОУ ДПО «Академия Минпросвещения России»', 'ООО «Инфоурок»', 'ФГБУ ФИОКО']),
        providerType: rnd.weighted([['региональный ИРО/ИПК', 3], ['ЦНППМ', 1.5], ['федеральная организация', 1.5], ['иная организация', 4]] as const),
        hours: retraining ? rnd.pick([256, 300, 520]) : rnd.pick([16, 24, 36, 36, 72, 72, 108, 144]),
        form: rnd.weighted([['очная', 2], ['очно-заочная', 2], ['заочная', 1], ['дистанционная', 5]] as const),
        startDate: new Date(end.getTime() - rnd.int(5, 60) * 86400000),
        endDate: end,
        targeted,
        pedagogical: retraining ? (rnd.chance(0.7) ? 'да' : 'нет') : null,
        satisfaction: inPeriod && rnd.chance(0.7) ? rnd.int(70, 100) : null,
        certificate: String(certificate++),
      });
    }
  }

  const eventRows: Values<typeof eventColumns>[] = [];
  for (const p of people) {
    const count = rnd.weighted([[0, 5], [1, 3], [2, 1]] as const);
    for (let e = 0; e < count; e++) {
      const kindOfEvent = p.young && rnd.chance(0.2) ? 'работа в жюри' : rnd.pick(EVENT_KINDS);
      const contest = kindOfEvent === 'конкурс профессионального мастерства';
      eventRows.push({
        name: p.name,
        kind: kindOfEvent,
        level: rnd.weighted(EVENT_LEVELS.map((l, i) => [l, [6, 4, 2, 1, 0.3][i]] as const)),
        title: rnd.pick(['Учитель года — 2021', 'Педагогический дебют', 'Современный урок', 'Функциональная грамотность: опыт школы', 'Методическая неделя']),
        date: rnd.date('2020-09-10', '2021-06-25'),
        result: contest ? rnd.weighted([['участник', 5], ['призер', 2], ['победитель', 1]] as const) : null,
      });
    }
  }

  const extra: string[] = [];
  if (mistakes) applyMistakes(index, teacherRows, courseRows, eventRows, extra);
  // Exports from different spreadsheets: date cells, dates typed as text in both forms, bare serial numbers…
  const dates = index % 4;
  const dateStyle = (v: CellValue): CellValue => {
    if (!(v instanceof Date)) return v;
    if (dates === 1) return ru(v);
    if (dates === 2) return toSerial(fromUtcDate(v));
    if (dates === 3) return v.toISOString().slice(0, 10);
    return v;
  };
  for (const r of teacherRows) { r.attestationDate = dateStyle(r.attestationDate ?? null); r.diagnosticsDate = dateStyle(r.diagnosticsDate ?? null); }
  for (const r of courseRows) { r.startDate = dateStyle(r.startDate ?? null); r.endDate = dateStyle(r.endDate ?? null); }
  for (const r of eventRows) r.date = dateStyle(r.date ?? null);
  // …and да/нет as checkboxes (TRUE/FALSE), as «+»/«-», or capitalised.
  const yesNo = YES_NO_STYLES[index % YES_NO_STYLES.length];
  const restyle = <R extends Record<string, CellValue>>(rows: R[], keys: readonly (keyof R)[]) => {
    for (const r of rows) for (const k of keys) if (r[k] === 'да' || r[k] === 'нет') (r as Record<keyof R, CellValue>)[k] = yesNo[r[k] as 'да' | 'нет'];
  };
  restyle(teacherRows, TEACHER_YES_NO);
  restyle(courseRows, COURSE_YES_NO);

  return {
    teachers: toSheet('Педагоги', teacherColumns, teacherRows, extra),
    courses: toSheet('Курсы', courseColumns, courseRows),
    // A kindergarten that held no events and deleted the sheet.
    events: mistakes && index === NO_EVENTS_INDEX ? null : toSheet('Мероприятия', eventColumns, eventRows),
  };
}

const NO_EVENTS_INDEX = 12;
const YES_NO_STYLES: readonly Record<'да' | 'нет', CellValue>[] = [
  { да: 'да', нет: 'нет' },
  { да: true, нет: false },
  { да: '+', нет: '-' },
  { да: 'Да', нет: 'Нет' },
  { да: 'да', нет: 'нет' },
];
const keysOfKind = <C extends Columns>(columns: C, kind: string) => (Object.keys(columns) as (keyof C & string)[]).filter((k) => columns[k].kind === kind);
const TEACHER_YES_NO = keysOfKind(teacherColumns, 'yesno');
const COURSE_YES_NO = keysOfKind(courseColumns, 'yesno');

/** One typical mistake per school, so `Ошибки` shows what real districts see. */
function applyMistakes(index: number, teachers: Values<typeof teacherColumns>[], courses: Values<typeof courseColumns>[], events: Values<typeof eventColumns>[], extra: string[]): void {
  const t = (i: number) => teachers[Math.min(i, teachers.length - 1)];
  switch (index) {
    case 0: t(3).birthYear = '1975 г.р.'; break; // text in a number column
    case 1: t(5).attestationDate = '31.02.2021'; break; // no such date
    case 2: courses.push({ ...courses[0], name: 'Петрова Светлана Ивановна', certificate: '582499999' }); break; // teacher not in Педагоги
    case 3: teachers.splice(4, 0, { ...t(2) }); break; // the same teacher twice
    case 4: t(1).category = 'высшaя'; t(1).partTime = 'Дa'; break; // Latin look-alikes: accepted
    case 5: t(2).birthYear = 1990; t(2).experience = 25; break; // стаж больше возможного
    case 6: events.push({ ...(events[0] ?? { name: t(0).name, kind: 'открытый урок', level: 'школьный', title: 'Открытый урок' }), date: new Date(Date.UTC(2021, 8, 15)) }); break; // после конца периода
    case 7: extra.push('Телефон'); t(0)['Телефон'] = '8-841-57-3-06-54'; break; // a column the template does not have
    case 8: if (courses[1]) { courses[1].startDate = new Date(Date.UTC(2021, 2, 20)); courses[1].endDate = new Date(Date.UTC(2021, 2, 10)); } break; // end before start
    case 9: t(0).subjects = null; t(0).position = 'учитель'; break; // учитель без предмета
    case 10: t(2).position = 'учительница'; break; // not in the list
    case 11: if (courses[0]) courses[0].hours = 8; break; // too few hours
    default: break;
  }
}

function pickSubjects(rnd: Random): string[] {
  const main = rnd.weighted(SUBJECTS.filter((s) => s !== 'Дошкольное образование' && s !== 'Другое').map((s) => [s, s === 'Начальные классы' ? 6 : s === 'Русский язык' || s === 'Математика' ? 4 : s === 'Иностранный язык' ? 3 : 1.5] as const));
  if (main === 'Русский язык' && rnd.chance(0.8)) return ['Русский язык', 'Литература'];
  if (main === 'Математика' && rnd.chance(0.2)) return ['Математика', 'Информатика'];
  if (main === 'История' && rnd.chance(0.7)) return ['История', 'Обществознание'];
  return [main];
}

function pickSome<T>(rnd: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rnd.int(0, pool.length - 1), 1)[0]);
  return out;
}
