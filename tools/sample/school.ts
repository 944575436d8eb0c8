// One generated school of the sample: teachers, courses and events drawn from a seeded random stream.
import type { CellValue } from '../../src/core/cells';
import { fromUtcDate, toSerial } from '../../src/core/dates';
import type { Columns } from '../../src/core/catalogue/columns';
import { courseColumns, eventColumns } from '../../src/core/catalogue/sheets';
import { teacherColumns } from '../../src/core/catalogue/teacherColumns';
import { CATEGORIES, DEFICIT_TYPES, EVENT_KINDS, EVENT_LEVELS } from '../../src/core/catalogue/lists';
import type { SheetData } from '../../src/core/table';
import { applyMistakes } from './mistakes';

import type { Random } from './random';
import { personName, pickSome, pickSubjects } from './draws';

const PERIOD_START = '2020-09-01';
const PERIOD_END = '2021-08-31';

export type Values<C extends Columns> = Partial<Record<keyof C, CellValue>> & Record<string, CellValue>;

/**
 * Turns rows keyed by catalogue column into a sheet with the catalogue's headers (plus any extra columns). The sample
 * is a workbook set up before issue 10, so its later (quiet) columns are left out: it pins that old workbooks build.
 */
export function toSheet<C extends Columns>(
  name: string,
  columns: C,
  rows: Values<C>[],
  extra: string[] = [],
): SheetData {
  const keys = Object.keys(columns).filter((k) => !columns[k].quiet);
  const header: CellValue[] = [...keys.map((k) => columns[k].header), ...extra];
  return {
    name,
    values: [header, ...rows.map((r) => [...keys.map((k) => r[k] ?? null), ...extra.map((h) => r[h] ?? null)])],
  };
}

const ru = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;

interface Person {
  name: string;
  young: boolean;
  diagnosed: Date | null;
  subjects: string[];
}

export function schoolSheets(rnd: Random, index: number, size: number, mistakes: boolean, kind: string) {
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
      ? rnd.weighted([
          ['воспитатель', 8],
          ['старший воспитатель', 1],
          ['музыкальный руководитель', 1],
          ['инструктор по физической культуре', 1],
          ['учитель-логопед', 1],
        ] as const)
      : extraSchool
        ? rnd.weighted([
            ['педагог дополнительного образования', 8],
            ['методист', 1],
            ['педагог-организатор', 1],
          ] as const)
        : rnd.weighted([
            ['учитель', 20],
            ['педагог-психолог', 1],
            ['социальный педагог', 1],
            ['заместитель руководителя', 1],
            ['советник директора по воспитанию', 1],
            ['учитель-логопед', 1],
          ] as const);
    const subjects =
      position === 'учитель'
        ? pickSubjects(rnd)
        : kindergarten
          ? ['Дошкольное образование']
          : extraSchool
            ? [rnd.pick(['Музыка', 'ИЗО', 'Технология', 'Другое'])]
            : [];
    const birthYear = rnd.weighted([
      [rnd.int(1955, 1962), 2],
      [rnd.int(1963, 1985), 6],
      [rnd.int(1986, 1999), 3],
    ] as const);
    const age = 2021 - birthYear;
    const young = age <= 35 && rnd.chance(0.45);
    const experience = young ? rnd.int(0, 2) : Math.max(3, Math.min(age - 22, rnd.int(3, 42)));
    const category = young
      ? rnd.weighted([
          ['без категории', 4],
          ['соответствие занимаемой должности', 1],
        ] as const)
      : rnd.weighted(
          CATEGORIES.map(
            (c) =>
              [
                c,
                (
                  {
                    высшая: 25,
                    первая: 35,
                    'педагог-методист': 2,
                    'педагог-наставник': 3,
                    'соответствие занимаемой должности': 20,
                    'без категории': 10,
                  } as Record<string, number>
                )[c],
              ] as const,
          ),
        );
    const attestation = category === 'без категории' ? null : rnd.date('2016-10-01', '2021-06-30');
    const diagnosed = rnd.chance(0.42) ? rnd.date('2018-10-01', '2021-05-31') : null;
    const deficits = diagnosed
      ? rnd.chance(0.3)
        ? 'нет'
        : pickSome(rnd, DEFICIT_TYPES, rnd.int(1, 2)).join('; ')
      : null;
    const iom = rnd.weighted([
      ['нет', 5],
      ['разработан', 2],
      [diagnosed ? 'разработан на основе диагностики' : 'разработан', 3],
    ] as const);
    const mentoring = young ? (rnd.chance(0.7) ? 'наставляемый' : 'нет') : rnd.chance(0.1) ? 'наставник' : 'нет';
    people.push({ name, young, diagnosed, subjects });
    teacherRows.push({
      name,
      position,
      subjects: subjects.join('; ') || null,
      birthYear,
      experience,
      education: rnd.weighted([
        ['высшее педагогическое', 17],
        ['высшее непедагогическое', 1],
        ['среднее профессиональное педагогическое', 2],
        ['среднее профессиональное непедагогическое', 0.3],
      ] as const),
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
    const count = rnd.weighted([
      [0, 2],
      [1, 5],
      [2, 3],
    ] as const);
    for (let c = 0; c < count; c++) {
      const inPeriod = c === 0 && rnd.chance(0.3);
      const end = inPeriod ? rnd.date(PERIOD_START, PERIOD_END) : rnd.date('2017-01-15', '2020-08-31');
      const retraining = rnd.chance(0.04);
      const targeted = p.diagnosed !== null && rnd.chance(0.35) ? 'да' : 'нет';
      courseRows.push({
        name: p.name,
        programKind: retraining ? 'профессиональная переподготовка' : 'повышение квалификации',
        programTitle: rnd.pick(
          retraining
            ? ['Педагогическое образование: учитель математики', 'Дошкольная педагогика', 'Менеджмент в образовании']
            : [
                'Реализация требований обновлённых ФГОС',
                'Формирование функциональной грамотности обучающихся',
                'Подготовка к ОГЭ и ЕГЭ по предмету',
                'Цифровая образовательная среда',
                'Школа современного учителя',
                'Наставничество в образовательной организации',
              ],
        ),
        provider: rnd.pick([
          'ГАОУ ДПО ИРР ПО',
          'ЦНППМ Пензенской области',
          'ФГАОУ ДПО «Академия Минпросвещения России»',
          'ООО «Инфоурок»',
          'ФГБУ ФИОКО',
        ]),
        providerType: rnd.weighted([
          ['региональный ИРО/ИПК', 3],
          ['ЦНППМ', 1.5],
          ['федеральная организация', 1.5],
          ['иная организация', 4],
        ] as const),
        hours: retraining ? rnd.pick([256, 300, 520]) : rnd.pick([16, 24, 36, 36, 72, 72, 108, 144]),
        form: rnd.weighted([
          ['очная', 2],
          ['очно-заочная', 2],
          ['заочная', 1],
          ['дистанционная', 5],
        ] as const),
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
    const count = rnd.weighted([
      [0, 5],
      [1, 3],
      [2, 1],
    ] as const);
    for (let e = 0; e < count; e++) {
      const kindOfEvent = p.young && rnd.chance(0.2) ? 'работа в жюри' : rnd.pick(EVENT_KINDS);
      const contest = kindOfEvent === 'конкурс профессионального мастерства';
      eventRows.push({
        name: p.name,
        kind: kindOfEvent,
        level: rnd.weighted(EVENT_LEVELS.map((l, i) => [l, [6, 4, 2, 1, 0.3][i]] as const)),
        title: rnd.pick([
          'Учитель года — 2021',
          'Педагогический дебют',
          'Современный урок',
          'Функциональная грамотность: опыт школы',
          'Методическая неделя',
        ]),
        date: rnd.date('2020-09-10', '2021-06-25'),
        result: contest
          ? rnd.weighted([
              ['участник', 5],
              ['призер', 2],
              ['победитель', 1],
            ] as const)
          : null,
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
  for (const r of teacherRows) {
    r.attestationDate = dateStyle(r.attestationDate ?? null);
    r.diagnosticsDate = dateStyle(r.diagnosticsDate ?? null);
  }
  for (const r of courseRows) {
    r.startDate = dateStyle(r.startDate ?? null);
    r.endDate = dateStyle(r.endDate ?? null);
  }
  for (const r of eventRows) r.date = dateStyle(r.date ?? null);
  // …and да/нет as checkboxes (TRUE/FALSE), as «+»/«-», or capitalised.
  const yesNo = YES_NO_STYLES[index % YES_NO_STYLES.length];
  const restyle = <R extends Record<string, CellValue>>(rows: R[], keys: readonly (keyof R)[]) => {
    for (const r of rows)
      for (const k of keys)
        if (r[k] === 'да' || r[k] === 'нет') (r as Record<keyof R, CellValue>)[k] = yesNo[r[k] as 'да' | 'нет'];
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
const keysOfKind = <C extends Columns>(columns: C, kind: string) =>
  (Object.keys(columns) as (keyof C & string)[]).filter((k) => columns[k].kind === kind);
const TEACHER_YES_NO = keysOfKind(teacherColumns, 'yesno');
const COURSE_YES_NO = keysOfKind(courseColumns, 'yesno');
