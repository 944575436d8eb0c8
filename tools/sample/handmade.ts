// One school of the sample typed by hand, as messy as real exports: the golden test checks its figures row by row.
import type { CellValue } from '../../src/core/cells';
import { isoDate, toSerial, type IsoDate } from '../../src/core/dates';
import type { Columns } from '../../src/core/catalogue/columns';
import { courseColumns, eventColumns } from '../../src/core/catalogue/sheets';
import { teacherColumns } from '../../src/core/catalogue/teacherColumns';
import type { SheetData } from '../../src/core/table';

/** The sample school (0-based registry index) whose sheets are these rows instead of generated ones. */
export const HANDMADE_INDEX = 8;

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** A date left as the serial number a spreadsheet stores (days since 30.12.1899). */
const serial = (y: number, m: number, d: number) => toSerial(isoDate(y, m, d) as IsoDate);

/** A header as a school retyped it: a Latin «K» in place of the Cyrillic one. */
const latinK = (h: string) => h.replace(/^К/, 'K');
/** …or with a double space. */
const doubleSpace = (h: string) => h.replace(' ', '  ');

type Key<C extends Columns> = Extract<keyof C, string>;
/** A column of a messy sheet: a catalogue column with the header as typed, or a column the template lacks. */
type SheetColumn<C extends Columns> = { key: Key<C>; header?: (h: string) => string } | { extra: string };

function messySheet<C extends Columns>(
  name: string,
  columns: C,
  layout: SheetColumn<C>[],
  rows: ((Partial<Record<Key<C>, CellValue>> & { extra?: Record<string, CellValue> }) | null)[],
): SheetData {
  const header = layout.map((c) => ('extra' in c ? c.extra : (c.header ?? ((h: string) => h))(columns[c.key].header)));
  const values = rows.map((r) =>
    layout.map((c): CellValue => {
      if (r === null) return c === layout[0] ? '   ' : null; // a row of spaces: skipped silently
      return 'extra' in c ? (r.extra?.[c.extra] ?? null) : (r[c.key] ?? null);
    }),
  );
  return { name, values: [header, ...values] };
}

const T1 = 'Анисимова Ольга Викторовна';
const T2 = 'Борисов Андрей Николаевич';
const T3 = 'Волкова Елена Сергеевна';
const T4 = 'Гусева Марина Петровна';
const T5 = 'Дмитриева Надежда Ивановна';
const T6 = 'Егоров Павел Олегович';
const T8 = 'Жукова Татьяна Юрьевна';
const T9 = 'Зайцев Игорь Александрович';
const T10 = 'Иванова Светлана Михайловна';
const T11 = 'Ковалёва Юлия Андреевна';

/**
 * `Педагоги`: columns reordered, «№ п/п» and «Телефон» added, «Инновационная деятельность» missing,
 * «Kатегория» with a Latin K, «Год  рождения» with two spaces. Rows 2–14 (row 8 only spaces).
 */
function teachers(): SheetData {
  const c = teacherColumns;
  // One line a spreadsheet row, numbered as the sheet numbers it: the formatter keeps the table.
  // prettier-ignore
  return messySheet('Педагоги', c, [
    { extra: '№ п/п' }, { key: 'name' }, { key: 'birthYear', header: doubleSpace }, { key: 'experience' }, { key: 'position' },
    { key: 'subjects' }, { key: 'category', header: latinK }, { key: 'attestationDate' }, { extra: 'Образование' },
    { key: 'profileMatch' }, { key: 'partTime' }, { key: 'diagnosticsDate' }, { key: 'deficits' }, { key: 'iom' },
    { key: 'mentoring' }, { key: 'methodActive' }, { key: 'network' }, { key: 'giaExpert' }, { extra: 'Телефон' },
  ], [
    /* 2 */ { extra: { '№ п/п': 1, Телефон: '8-841-57-3-11-02', Образование: 'высшее педагогическое' }, name: T1, birthYear: 1990, experience: '2', position: 'учитель', subjects: 'Русский язык; Литература', category: 'без категории', profileMatch: 'да', partTime: 'нет', diagnosticsDate: '15.10.2020', deficits: 'методические; цифровые', iom: 'разработан на основе диагностики', mentoring: 'наставляемый', methodActive: 'нет', network: 'да', giaExpert: 'нет' },
    /* 3 */ { extra: { '№ п/п': 2, Образование: 'высшее педагогическое' }, name: T2, birthYear: 1961, experience: 38, position: 'учитель', subjects: 'Математика, Информатика', category: 'высшая', attestationDate: serial(2019, 12, 20), profileMatch: true, partTime: 'нет', diagnosticsDate: date(2018, 8, 31), deficits: 'нет', iom: 'разработан', mentoring: 'наставник', methodActive: 'да', network: '+', giaExpert: 'да' },
    /* 4 */ { extra: { '№ п/п': 3, Образование: 'высшее педагогическое' }, name: T3, birthYear: 1985, experience: '14,5', position: 'учитель', subjects: 'Начальные классы', category: 'первaя', attestationDate: '2021-02-10', profileMatch: 'да', partTime: 'нет', diagnosticsDate: date(2018, 9, 1), deficits: 'предметные', iom: 'разработан на основе диагностики', mentoring: 'нет', methodActive: 'нет', network: 'нет', giaExpert: 'нет' },
    /* 5 */ { extra: { '№ п/п': 4, Образование: 'высшее педагогическое' }, name: T4, birthYear: 1999, experience: 0, position: 'учитель', subjects: 'Иностранный язык', category: 'без категории', profileMatch: 'да', partTime: 'нет', iom: 'нет', mentoring: 'наставляемый', methodActive: 'нет', network: 'нет', giaExpert: 'нет' },
    /* 6 */ { extra: { '№ п/п': 5, Образование: 'высшее непедагогическое' }, name: T5, birthYear: 1970, experience: 25, position: 'педагог-психолог', category: 'соответствие занимаемой должности', attestationDate: '12.04.2016', profileMatch: 'нет', partTime: 'да', diagnosticsDate: date(2021, 9, 10), deficits: 'коммуникативные', iom: 'разработан', mentoring: 'нет', methodActive: 'нет', network: 'да', giaExpert: 'нет' },
    /* 7 */ { extra: { '№ п/п': 6, Образование: 'среднее профессиональное педагогическое' }, name: T6, birthYear: 1994, experience: 5, position: 'учитель', subjects: 'Физическая культура; ОБЗР', category: 'первая', profileMatch: 'да', partTime: 'нет', mentoring: 'нет', methodActive: 'нет', network: 'нет', giaExpert: 'нет' },
    /* 8 */ null,
    /* 9 */ { extra: { '№ п/п': 7, Образование: 'высшее педагогическое' }, name: 'борисов  андрей николаевич', birthYear: 1961, experience: 38, position: 'учитель', subjects: 'Математика', category: 'высшая', attestationDate: serial(2019, 12, 20), profileMatch: 'да', partTime: 'нет', iom: 'разработан', mentoring: 'наставник', methodActive: 'да', network: 'да', giaExpert: 'да' },
    /* 10 */ { extra: { '№ п/п': 8, Образование: 'высшее педагогическое' }, birthYear: 1980, experience: 10, position: 'учитель', subjects: 'География', category: 'первая', attestationDate: '20.01.2020', profileMatch: 'да', partTime: 'нет', iom: 'нет', mentoring: 'нет', methodActive: 'нет', network: 'нет', giaExpert: 'нет' },
    /* 11 */ { extra: { '№ п/п': 9, Образование: 'высшее педагогическое' }, name: T8, birthYear: '1975 г.', experience: 20, position: 'учитель', subjects: 'Химия; Биология', category: 'высшая', attestationDate: '31.02.2020', profileMatch: 'Да', partTime: 'нет', diagnosticsDate: serial(2020, 3, 1), deficits: 'методические', iom: 'разработан на основе диагностики', mentoring: 'нет', methodActive: 'да', network: 'да', giaExpert: 'нет' },
    /* 12 */ { extra: { '№ п/п': 10, Образование: 'высшее педагогическое' }, name: T9, birthYear: 1988, experience: 12, position: 'учитель', category: 'педагог-наставник', attestationDate: '15.05.2020', profileMatch: 'да', partTime: 'нет', iom: 'нет', mentoring: 'наставник', methodActive: 'нет', network: 'нет', giaExpert: 'нет' },
    /* 13 */ { extra: { '№ п/п': 11, Образование: 'высшее педагогическое' }, name: T10, birthYear: 1966, experience: 30, position: 'учительница', subjects: 'Музыка', category: 'первая', attestationDate: date(2020, 11, 11), profileMatch: 'да', partTime: 'нет', diagnosticsDate: date(2019, 5, 20), deficits: 'цифровые', iom: 'разработан', mentoring: 'нет', methodActive: 'нет', network: 'да', giaExpert: 'нет' },
    /* 14 */ { extra: { '№ п/п': 12, Образование: 'высшее педагогическое' }, name: T11, birthYear: 1997, experience: '1', position: 'учитель', subjects: 'История; Обществознание', category: 'без категории', profileMatch: 'да', partTime: 'нет', diagnosticsDate: date(2021, 8, 31), deficits: 'психолого-педагогические', iom: 'разработан на основе диагностики', mentoring: 'нет', methodActive: 'нет', network: 'нет', giaExpert: 'нет' },
  ]);
}

const PK = 'повышение квалификации';
const PP = 'профессиональная переподготовка';

/** `Курсы`: «Дата окончания» before «Дата начала»; rows 2–16. */
function courses(): SheetData {
  const c = courseColumns;
  // One line a spreadsheet row, numbered as the sheet numbers it: the formatter keeps the table.
  // prettier-ignore
  return messySheet('Курсы', c, [
    { key: 'name' }, { key: 'programKind' }, { key: 'programTitle' }, { key: 'provider' }, { key: 'providerType' }, { key: 'hours' },
    { key: 'form' }, { key: 'endDate' }, { key: 'startDate' }, { key: 'targeted' }, { key: 'pedagogical' }, { key: 'satisfaction' },
    { key: 'certificate' },
  ], [
    /* 2 */ { name: T1, programKind: PK, programTitle: 'Формирование функциональной грамотности обучающихся', provider: 'ЦНППМ Пензенской области', providerType: 'ЦНППМ', hours: 36, form: 'дистанционная', endDate: '20.11.2020', startDate: '01.10.2020', targeted: 'да', satisfaction: 95, certificate: '582409001' },
    /* 3 */ { name: T2, programKind: PK, programTitle: 'Подготовка к ЕГЭ по математике', provider: 'ГАОУ ДПО ИРР ПО', providerType: 'региональный ИРО/ИПК', hours: 72, form: 'очная', endDate: date(2018, 8, 31), startDate: date(2018, 8, 20), targeted: 'нет', certificate: '582409002' },
    /* 4 */ { name: T2, programKind: PK, programTitle: 'Цифровая образовательная среда', provider: 'ООО «Инфоурок»', providerType: 'иная организация', hours: 16, form: 'дистанционная', endDate: serial(2019, 8, 31), targeted: 'нет', certificate: '582409003' },
    /* 5 */ { name: T3, programKind: PK, programTitle: 'Школа современного учителя', provider: 'ЦНППМ Пензенской области', providerType: 'ЦНППМ', hours: 36, form: 'очно-заочная', endDate: date(2021, 8, 31), startDate: date(2021, 8, 16), targeted: 'нет', satisfaction: '100', certificate: '582409004' },
    /* 6 */ { name: T3, programKind: PP, programTitle: 'Педагогическое образование: учитель-логопед', provider: 'ФГАОУ ДПО «Академия Минпросвещения России»', providerType: 'федеральная организация', hours: 300, form: 'заочная', endDate: '2020-09-01', startDate: '2020-03-02', pedagogical: 'да', certificate: '582409005' },
    /* 7 */ { name: T4, programKind: PK, programTitle: 'Наставничество в образовательной организации', provider: 'ГАОУ ДПО ИРР ПО', providerType: 'региональный ИРО/ИПК', hours: 24, form: 'очная', endDate: date(2020, 8, 31), targeted: 'нет', satisfaction: 80, certificate: '582409006' },
    /* 8 */ { name: 'Гусевa Марина Петровна', programKind: PK, programTitle: 'Реализация требований обновлённых ФГОС', provider: 'ГАОУ ДПО ИРР ПО', providerType: 'региональный ИРО/ИПК', hours: 36, form: 'очная', endDate: date(2021, 3, 12), targeted: 'нет', certificate: '582409007' },
    /* 9 */ { name: 'Петрова Светлана Ивановна', programKind: PK, programTitle: 'Реализация требований обновлённых ФГОС', provider: 'ГАОУ ДПО ИРР ПО', providerType: 'региональный ИРО/ИПК', hours: 36, form: 'очная', endDate: date(2021, 3, 12), targeted: 'нет', certificate: '582409008' },
    /* 10 */ { name: T6, programKind: PK, programTitle: 'Подготовка к ОГЭ и ЕГЭ по предмету', provider: 'ГАОУ ДПО ИРР ПО', providerType: 'региональный ИРО/ИПК', hours: 36, form: 'дистанционная', endDate: date(2021, 9, 1), startDate: date(2021, 8, 23), targeted: 'нет', certificate: '582409009' },
    /* 11 */ { name: T8, programKind: PK, programTitle: 'Реализация требований обновлённых ФГОС', provider: 'ГАОУ ДПО ИРР ПО', providerType: 'региональный ИРО/ИПК', hours: 8, form: 'дистанционная', endDate: '15.04.2021', targeted: 'да', satisfaction: 90, certificate: '582409010' },
    /* 12 */ { name: T9, programKind: PK, programTitle: 'Школа современного учителя', provider: 'ЦНППМ Пензенской области', providerType: 'ЦНППМ', hours: 36, form: 'очная', startDate: date(2021, 2, 1), targeted: 'нет' },
    /* 13 */ { name: T10, programKind: PK, programTitle: 'Цифровая образовательная среда', provider: 'ООО «Инфоурок»', providerType: 'иная организация', hours: 72, form: 'дистанционная', endDate: '01.05.2021', startDate: '10.05.2021', targeted: 'нет', certificate: '582409011' },
    /* 14 */ { name: T11, programKind: PK, programTitle: 'Педагогический дебют: первые шаги', provider: 'ГАОУ ДПО ИРР ПО', providerType: 'региональный ИРО/ИПК', hours: 36, form: 'очная', endDate: date(2021, 3, 5), targeted: 'да', satisfaction: 'восемьдесят', certificate: '№ 582409001' },
    /* 15 */ { name: 'ИВАНОВА  СВЕТЛАНА МИХАЙЛОВНА', programKind: PK, programTitle: 'Музыкальное образование в условиях ФГОС', provider: 'ЦНППМ Пензенской области', providerType: 'ЦНППМ', hours: 36, form: 'очная', endDate: date(2018, 9, 1), targeted: 'нет', certificate: '582409012' },
    /* 16 */ { name: T5, programKind: PP, programTitle: 'Менеджмент в образовании', provider: 'АНО ДПО «Образование-Регион»', providerType: 'иная организация', hours: 520, form: 'очно-заочная', endDate: date(2021, 6, 30), targeted: 'нет', pedagogical: 'нет', satisfaction: 70, certificate: '582409013' },
  ]);
}

/** `Мероприятия`: headers typed in lower case; rows 2–14. */
function events(): SheetData {
  const c = eventColumns;
  const lower = (h: string) => h.toLowerCase();
  // One line a spreadsheet row, numbered as the sheet numbers it: the formatter keeps the table.
  // prettier-ignore
  return messySheet('Мероприятия', c, [
    { key: 'name', header: lower }, { key: 'kind', header: lower }, { key: 'level', header: lower }, { key: 'title', header: lower },
    { key: 'date', header: lower }, { key: 'result', header: lower },
  ], [
    /* 2 */ { name: T1, kind: 'открытый урок', level: 'муниципальный', title: 'Открытый урок литературы «Поэзия Серебряного века»', date: '12.03.2021' },
    /* 3 */ { name: T1, kind: 'работа в жюри', level: 'школьный', title: 'Жюри школьного этапа олимпиады по русскому языку', date: date(2020, 10, 20) },
    /* 4 */ { name: T3, kind: 'мастер-класс', level: 'школьный', title: 'Смысловое чтение в начальной школе', date: date(2021, 1, 15) },
    /* 5 */ { name: T3, kind: 'конкурс профессионального мастерства', level: 'муниципальный', title: 'Учитель года — 2021', date: date(2021, 2, 1), result: 'победитель' },
    /* 6 */ { name: T4, kind: 'конкурс профессионального мастерства', level: 'муниципальный', title: 'Педагогический дебют', date: date(2021, 3, 1), result: 'участник' },
    /* 7 */ { name: T4, kind: 'работа в жюри', level: 'школьный', title: 'Жюри конкурса чтецов', date: date(2020, 8, 15) },
    /* 8 */ { name: T2, kind: 'публикация', level: 'региональный', title: 'Статья «Профильная математика в сельской школе»', date: date(2020, 12, 1) },
    /* 9 */ { name: T2, kind: 'выступление на МО/семинаре', level: 'муниципальный', title: 'Выступление на районном МО учителей математики' },
    /* 10 */ { name: 'Соколов Иван Петрович', kind: 'открытый урок', level: 'школьный', title: 'Открытый урок физики', date: date(2021, 4, 7) },
    /* 11 */ { name: T11, kind: 'вебинар', level: 'всероссийский', title: 'Функциональная грамотность: опыт школы', date: date(2021, 4, 4) },
    /* 12 */ { name: T11, kind: 'конкурс профессионального мастерства', level: 'региональный', title: 'Педагогический дебют', date: date(2021, 5, 20), result: 'призёр' },
    /* 13 */ { name: T6, kind: 'открытый урок', level: 'школьный', title: 'Открытый урок ОБЗР', date: '2021-09-01' },
    /* 14 */ { name: T9, kind: 'мастер-класс', level: 'Региональный ', title: 'Методическая неделя', date: date(2021, 6, 1) },
  ]);
}

/** The three sheets of the hand-typed school (named by kind; the caller prefixes the school code). */
export function handmadeSheets(): { teachers: SheetData; courses: SheetData; events: SheetData } {
  return { teachers: teachers(), courses: courses(), events: events() };
}
