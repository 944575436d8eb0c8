// The sheets of the district workbook (SPEC §2–§4): names and columns, in template order.
import { yearOf } from '../dates';
import { col, type Columns } from './columns';
import {
  CATEGORIES, COURSE_TOPICS, DEFICIT_TYPES, DEFICITS, EDUCATION, REQUEST_TIMES, EVENT_KINDS, EVENT_LEVELS, EVENT_RESULTS, IOM, MENTORING, POSITIONS,
  PROGRAM_KINDS, PROVIDER_TYPES, SCHOOL_KINDS, STUDY_FORMS, SUBJECTS,
} from './lists';

export const SHEET_NAMES = {
  parameters: 'Параметры',
  registry: 'ОО',
  summary: 'Сводная',
  summaryBySubject: 'Сводная по предметам',
  errors: 'Ошибки',
  coursePlan: 'План ПК',
  district: 'Район',
  requests: 'Запросы на ПК',
} as const;

/** The hidden sheet where the add-on keeps its store (jobs, snapshots, the panel). */
export const STORE_SHEET = 'PedMonitor — служебный';

/** A Google spreadsheet holds at most this many sheets. */
export const SHEET_LIMIT = 200;

/** Sheets a shared workbook needs besides the schools': SHEET_NAMES, the store, and one being rebuilt. */
export const SERVICE_SHEETS = [...Object.values(SHEET_NAMES), STORE_SHEET];
const REBUILT_SHEETS = 1;

const teacherKeyColumn = col.text('ФИО', {
  aliases: ['Табельный номер', 'Код педагога'],
  required: true,
  excludesRow: true,
  missingCode: 'name_missing',
  note: 'Фамилия Имя Отчество педагога (или табельный номер / код педагога — одинаково на всех трёх листах школы).',
  width: 240,
});

export const teacherColumns = {
  name: teacherKeyColumn,
  position: col.list('Должность', POSITIONS, { note: 'Должность по штатному расписанию: выберите из списка.' }),
  subjects: col.multi('Предмет', SUBJECTS, {
    note: 'Преподаваемые предметы из списка; несколько — через «;». Для учителя обязательно.',
  }),
  birthYear: col.int('Год рождения', {
    min: 1940,
    max: ({ periodEnd }) => yearOf(periodEnd) - 16,
    note: 'Год рождения, четыре цифры, например 1985.',
  }),
  experience: col.number('Педагогический стаж', { min: 0, max: 60, note: 'Полных лет педагогического стажа, от 0 до 60.' }),
  education: col.list('Образование', EDUCATION, { note: 'Уровень и профиль образования: выберите из списка.', width: 260 }),
  profileMatch: col.yesno('Соответствие профилю', {
    note: 'да — образование соответствует преподаваемому предмету (профилю работы).',
  }),
  category: col.list('Категория', CATEGORIES, { note: 'Квалификационная категория: выберите из списка.', width: 220 }),
  attestationDate: col.date('Дата аттестации', {
    note: 'Дата приказа о присвоении категории, дд.мм.гггг. Не позже конца отчётного периода.',
  }),
  partTime: col.yesno('Совместитель', { note: 'да — внешний совместитель.' }),
  diagnosticsDate: col.date('Диагностика дефицитов', {
    note: 'Дата последней диагностики профессиональных дефицитов, дд.мм.гггг; пусто — не проходил(а).',
  }),
  deficits: col.multi('Выявленные дефициты', DEFICITS, {
    note: 'Дефициты по итогам диагностики из списка; несколько — через «;». «нет» — дефицитов не выявлено.',
    width: 240,
  }),
  iom: col.list('ИОМ', IOM, { note: 'Индивидуальный образовательный маршрут: выберите из списка.', width: 240 }),
  mentoring: col.list('Наставничество', MENTORING, { note: 'Участие в наставничестве: наставник, наставляемый или нет.' }),
  methodActive: col.yesno('Методический актив', { note: 'да — входит в методический актив (руководитель МО, тьютор и т. п.).' }),
  network: col.yesno('Сетевое сообщество', { note: 'да — участник сетевого профессионального сообщества.' }),
  giaExpert: col.yesno('Эксперт ГИА', { note: 'да — член региональной предметной комиссии ОГЭ/ЕГЭ.' }),
  innovation: col.yesno('Инновационная деятельность', { note: 'да — участвует в экспериментальной / апробационной работе.' }),
  // Issue 10, all optional and quiet: repeat diagnostics, the teacher's request for PD, leaving the ОО.
  overcome: col.multi('Дефициты преодолены', DEFICIT_TYPES, {
    quiet: true, width: 240,
    note: 'Какие из выявленных дефицитов преодолены по итогам повторной диагностики; несколько — через «;».',
  }),
  overcomeDate: col.date('Дата повторной диагностики', {
    quiet: true,
    note: 'Дата повторной диагностики, подтвердившей преодоление дефицитов, дд.мм.гггг; не раньше первой диагностики.',
  }),
  requestTopics: col.multi('Запрос на ПК: тематика', COURSE_TOPICS, {
    quiet: true, width: 240,
    note: 'Запрос педагога на повышение квалификации в следующем году: тематика из списка; несколько — через «;».',
  }),
  requestForm: col.list('Запрос на ПК: форма', STUDY_FORMS, { quiet: true, note: 'Желаемая форма обучения по запросу.' }),
  requestTime: col.list('Запрос на ПК: срок', REQUEST_TIMES, { quiet: true, note: 'Когда педагогу удобно учиться.' }),
  leftDate: col.date('Дата увольнения', {
    quiet: true,
    note: 'Если педагог уволился в отчётном периоде: дата, дд.мм.гггг. Строку не удаляйте — по ней считается закрепление молодых педагогов.',
  }),
} satisfies Columns;

export const courseColumns = {
  name: teacherKeyColumn,
  programKind: col.list('Вид программы', PROGRAM_KINDS, { note: 'Повышение квалификации или профессиональная переподготовка.', width: 230 }),
  programTitle: col.text('Название программы', { required: true, note: 'Название программы по документу об обучении.', width: 280 }),
  provider: col.text('Организация', { required: true, note: 'Организация, проводившая обучение.', width: 220 }),
  providerType: col.list('Тип организации', PROVIDER_TYPES, { note: 'Тип организации: выберите из списка.', width: 200 }),
  hours: col.int('Часы', {
    min: 1,
    max: 2000,
    note: 'Объём программы в часах: повышение квалификации — от 16, переподготовка — от 250, не более 2000; меньше 16 — краткосрочный курс или семинар.',
  }),
  form: col.list('Форма обучения', STUDY_FORMS, { note: 'Форма обучения: выберите из списка.' }),
  startDate: col.date('Дата начала', { note: 'Дата начала обучения, дд.мм.гггг.' }),
  endDate: col.date('Дата окончания', {
    required: true,
    excludesRow: true,
    note: 'Дата окончания обучения, дд.мм.гггг. Обязательно; не раньше начала и не позже конца отчётного периода.',
  }),
  targeted: col.yesno('Адресная', { note: 'да — программа выбрана по выявленным у педагога дефицитам.' }),
  pedagogical: col.yesno('Педагогической направленности', { note: 'Для переподготовки: да — программа педагогической направленности.' }),
  satisfaction: col.number('Удовлетворенность, %', { min: 0, max: 100, percent: true, note: 'Удовлетворённость слушателя обучением, от 0 до 100.' }),
  certificate: col.text('Номер документа', { note: 'Номер удостоверения или диплома.' }),
  topic: col.list('Тематика', COURSE_TOPICS, { quiet: true, width: 220, note: 'Тематика программы: выберите из списка.' }),
  addressedDeficits: col.multi('Устраняемый дефицит', DEFICIT_TYPES, {
    quiet: true, width: 220,
    note: 'Для адресной программы: какой выявленный у педагога дефицит она устраняет; несколько — через «;».',
  }),
} satisfies Columns;

export const eventColumns = {
  name: teacherKeyColumn,
  kind: col.list('Вид', EVENT_KINDS, { note: 'Вид мероприятия: выберите из списка.', width: 240 }),
  level: col.list('Уровень', EVENT_LEVELS, { note: 'Уровень мероприятия: выберите из списка.' }),
  title: col.text('Название', { required: true, note: 'Название мероприятия.', width: 280 }),
  date: col.date('Дата', { note: 'Дата проведения, дд.мм.гггг; учитываются мероприятия отчётного периода.' }),
  result: col.list('Результат', EVENT_RESULTS, { note: 'Для конкурсов: участник, призер или победитель; можно оставить пустым.' }),
} satisfies Columns;

const RESULT_SHARE = { quiet: true, min: 0, max: 100, percent: true, width: 130 } as const;

export const registryColumns = {
  code: col.text('Код', { required: true, excludesRow: true, note: 'Короткий код ОО, уникальный: 01, СОШ2 и т. п. Листы школы называются «<код> Педагоги» и т. д.', width: 80 }),
  shortName: col.text('Краткое наименование', { required: true, note: 'Как ОО называется в сводной и справке, например «МБОУ СОШ №1».', width: 220 }),
  fullName: col.text('Полное наименование', { note: 'Полное наименование по уставу.', width: 320 }),
  kind: col.list('Вид', SCHOOL_KINDS, { note: 'Вид ОО: выберите из списка.', width: 100 }),
  responsible: col.text('Ответственный', { note: 'ФИО ответственного за заполнение в ОО.', width: 200 }),
  email: col.text('Email ответственного', { note: 'Адрес Google-аккаунта ответственного: только он сможет редактировать листы своей ОО.', width: 220 }),
  spreadsheet: col.text('Таблица', { note: 'Необязательно: ссылка на отдельную таблицу ОО (режим «таблица на школу»).', width: 260 }),
  // Issue 10: results of the ОО's students as problem fields (seed 002 п.1, seed 004), filled by the methodologist.
  belowVpr: col.number('Ниже порога ВПР, %', { ...RESULT_SHARE, note: 'Доля участников ВПР ОО с отметкой «2», от 0 до 100.' }),
  belowOge: col.number('Ниже порога ОГЭ, %', { ...RESULT_SHARE, note: 'Доля участников ОГЭ ОО, не преодолевших минимальный порог, от 0 до 100.' }),
  belowEge: col.number('Ниже порога ЕГЭ, %', { ...RESULT_SHARE, note: 'Доля участников ЕГЭ ОО, не преодолевших минимальный порог, от 0 до 100.' }),
  lowResults: col.yesno('Низкие результаты', { quiet: true, note: 'да — ОО в списке школ с низкими образовательными результатами.' }),
  biased: col.yesno('Признаки необъективности', { quiet: true, note: 'да — ОО в списке школ с признаками необъективности результатов.' }),
} satisfies Columns;

export type SchoolSheetKind = 'Педагоги' | 'Курсы' | 'Мероприятия';

export interface SheetDef<C extends Columns = Columns> {
  kind: string;
  columns: C;
  /** Shown as the first line of the sheet's help. */
  purpose: string;
}

export const SCHOOL_SHEETS = {
  Педагоги: { kind: 'Педагоги', columns: teacherColumns, purpose: 'Педагогические работники ОО: одна строка — один педагог.' },
  Курсы: { kind: 'Курсы', columns: courseColumns, purpose: 'Пройденное обучение (КПК и переподготовка) не менее чем за 3 года: одна строка — один курс.' },
  Мероприятия: { kind: 'Мероприятия', columns: eventColumns, purpose: 'Профессиональные мероприятия отчётного периода: одна строка — одно мероприятие.' },
} as const satisfies Record<SchoolSheetKind, SheetDef>;

export const SCHOOL_SHEET_KINDS: readonly SchoolSheetKind[] = ['Педагоги', 'Курсы', 'Мероприятия'];

/** Schools that fit in one shared workbook, three sheets each (the panel and the menu say so). */
export const SHARED_SCHOOL_LIMIT = Math.floor(
  (SHEET_LIMIT - SERVICE_SHEETS.length - REBUILT_SHEETS) / SCHOOL_SHEET_KINDS.length,
);

export const REGISTRY_SHEET: SheetDef<typeof registryColumns> = {
  kind: SHEET_NAMES.registry,
  columns: registryColumns,
  purpose: 'Реестр образовательных организаций района.',
};

/** `<код> Педагоги` in a shared workbook; a school's own spreadsheet uses the bare kind. */
export function schoolSheetName(code: string, kind: SchoolSheetKind): string {
  return `${code} ${kind}`;
}
