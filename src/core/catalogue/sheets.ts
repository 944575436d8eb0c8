// The sheets of the district workbook: names and columns, in template order.
import { col, type Columns } from './columns';
import {
  COURSE_TOPICS,
  DEFICIT_TYPES,
  EVENT_KINDS,
  EVENT_LEVELS,
  EVENT_RESULTS,
  PROGRAM_KINDS,
  PROVIDER_TYPES,
  SCHOOL_KINDS,
  STUDY_FORMS,
} from './lists';
import { teacherColumns, teacherKeyColumn } from './teacherColumns';

export const SHEET_NAMES = {
  parameters: 'Параметры',
  registry: 'ОО',
  summary: 'Сводная',
  summaryBySubject: 'Сводная по предметам',
  errors: 'Ошибки',
  coursePlan: 'План ПК',
  district: 'Район',
  requests: 'Запросы на ПК',
  /** Every action's row (issue 12), appended, protected. */
  journal: 'Журнал',
} as const;

/** The protected sheet a check writes into a school's own file (per-school mode): that school's issues only. */
export const REMARKS_SHEET = 'Замечания';

/** The hidden sheet where the add-on keeps its store (jobs, snapshots, the panel). */
export const STORE_SHEET = 'PedMonitor — служебный';

/** A Google spreadsheet holds at most this many sheets. */
export const SHEET_LIMIT = 200;

/** Sheets a shared workbook needs besides the schools': SHEET_NAMES, the store, and one being rebuilt. */
export const SERVICE_SHEETS = [...Object.values(SHEET_NAMES), STORE_SHEET];
const REBUILT_SHEETS = 1;
/** A new Google spreadsheet comes with «Лист1», which setup leaves alone. */
const NEW_BOOK_SHEETS = 1;

export const courseColumns = {
  name: teacherKeyColumn,
  programKind: col.list('Вид программы', PROGRAM_KINDS, {
    usedBy: ['PK7', 'PK8', 'out_of_range'],
    note: 'Повышение квалификации или профессиональная переподготовка.',
    width: 230,
  }),
  programTitle: col.text('Название программы', {
    usedBy: ['описание записи'],
    required: true,
    note: 'Название программы по документу об обучении.',
    width: 280,
  }),
  provider: col.text('Организация', {
    usedBy: ['описание записи'],
    required: true,
    note: 'Организация, проводившая обучение.',
    width: 220,
  }),
  providerType: col.list('Тип организации', PROVIDER_TYPES, {
    usedBy: ['PK2', 'provider_not_allowed'],
    note: 'Тип организации: выберите из списка.',
    width: 200,
  }),
  hours: col.int('Часы', {
    usedBy: ['PK14', 'out_of_range'],
    min: 1,
    max: 2000,
    note: 'Объём программы в часах: повышение квалификации — от 16, переподготовка — от 250, не более 2000; меньше 16 — краткосрочный курс или семинар.',
  }),
  form: col.list('Форма обучения', STUDY_FORMS, { usedBy: ['PK5'], note: 'Форма обучения: выберите из списка.' }),
  startDate: col.date('Дата начала', { usedBy: ['course_end_invalid'], note: 'Дата начала обучения, дд.мм.гггг.' }),
  endDate: col.date('Дата окончания', {
    usedBy: ['PK1', 'PK3', 'PK4', 'course_end_invalid', 'План ПК'],
    required: true,
    excludesRow: true,
    note: 'Дата окончания обучения, дд.мм.гггг. Обязательно; не раньше начала и не позже конца отчётного периода.',
  }),
  targeted: col.yesno('Адресная', {
    usedBy: ['PK6', 'PK7'],
    note: 'да — программа выбрана по выявленным у педагога дефицитам.',
  }),
  pedagogical: col.yesno('Педагогической направленности', {
    usedBy: ['PK8'],
    note: 'Для переподготовки: да — программа педагогической направленности.',
  }),
  satisfaction: col.number('Удовлетворенность, %', {
    usedBy: ['PK9'],
    min: 0,
    max: 100,
    percent: true,
    note: 'Удовлетворённость слушателя обучением, от 0 до 100.',
  }),
  certificate: col.text('Номер документа', {
    usedBy: ['certificate_duplicate'],
    note: 'Номер удостоверения или диплома.',
  }),
  topic: col.list('Тематика', COURSE_TOPICS, {
    usedBy: ['PK12', 'PK13', 'TM:*'],
    quiet: true,
    width: 220,
    note: 'Тематика программы: выберите из списка.',
  }),
  addressedDeficits: col.multi('Устраняемый дефицит', DEFICIT_TYPES, {
    usedBy: ['PK10', 'PK11'],
    quiet: true,
    width: 220,
    note: 'Для адресной программы: какой выявленный у педагога дефицит она устраняет; несколько — через «;».',
  }),
} satisfies Columns;

export const eventColumns = {
  name: teacherKeyColumn,
  kind: col.list('Вид', EVENT_KINDS, {
    usedBy: ['E1', 'E2', 'E3', 'E4', 'E5'],
    note: 'Вид мероприятия: выберите из списка.',
    width: 240,
  }),
  level: col.list('Уровень', EVENT_LEVELS, { usedBy: ['E4'], note: 'Уровень мероприятия: выберите из списка.' }),
  title: col.text('Название', {
    usedBy: ['описание записи'],
    required: true,
    note: 'Название мероприятия.',
    width: 280,
  }),
  date: col.date('Дата', {
    usedBy: ['E1', 'E2', 'E3', 'E4', 'E5', 'event_outside_period', 'event_date_missing'],
    note: 'Дата проведения, дд.мм.гггг; учитываются мероприятия отчётного периода.',
  }),
  result: col.list('Результат', EVENT_RESULTS, {
    usedBy: ['E3'],
    note: 'Для конкурсов: участник, призер или победитель; можно оставить пустым.',
  }),
} satisfies Columns;

const RESULT_SHARE = { quiet: true, min: 0, max: 100, percent: true, width: 130 } as const;

export const registryColumns = {
  code: col.text('Код', {
    usedBy: ['листы ОО', 'school_code_duplicate'],
    required: true,
    excludesRow: true,
    note: 'Короткий код ОО, уникальный: 01, СОШ2 и т. п. Листы школы называются «<код> Педагоги» и т. д.',
    width: 80,
  }),
  shortName: col.text('Краткое наименование', {
    usedBy: ['название ОО'],
    required: true,
    note: 'Как ОО называется в сводной и справке, например «МБОУ СОШ №1».',
    width: 220,
  }),
  kind: col.list('Вид', SCHOOL_KINDS, {
    usedBy: ['группы ОО по виду'],
    note: 'Вид ОО: выберите из списка.',
    width: 100,
  }),
  email: col.text('Email ответственного', {
    usedBy: ['доступ ОО'],
    note: 'Адрес Google-аккаунта ответственного: только он сможет редактировать листы своей ОО.',
    width: 220,
  }),
  spreadsheet: col.text('Таблица', {
    usedBy: ['файл ОО', 'school_file_unavailable'],
    note: 'Необязательно: ссылка на отдельную таблицу ОО (режим «таблица на школу»).',
    width: 260,
  }),
  // Issue 10: results of the ОО's students as problem fields (sample documents 2, п. 1, and 4), filled by the
  // methodologist.
  belowVpr: col.number('Ниже порога ВПР, %', {
    usedBy: ['S3'],
    ...RESULT_SHARE,
    note: 'Доля участников ВПР ОО с отметкой «2», от 0 до 100.',
  }),
  belowOge: col.number('Ниже порога ОГЭ, %', {
    usedBy: ['S4'],
    ...RESULT_SHARE,
    note: 'Доля участников ОГЭ ОО, не преодолевших минимальный порог, от 0 до 100.',
  }),
  belowEge: col.number('Ниже порога ЕГЭ, %', {
    usedBy: ['S5'],
    ...RESULT_SHARE,
    note: 'Доля участников ЕГЭ ОО, не преодолевших минимальный порог, от 0 до 100.',
  }),
  lowResults: col.yesno('Низкие результаты', {
    usedBy: ['S1', 'DE5'],
    quiet: true,
    note: 'да — ОО в списке школ с низкими образовательными результатами.',
  }),
  // Issue 12: the day the ОО reported its data complete, typed by the methodologist; the column makes «сдала» a mark.
  submittedOn: col.date('Дата сдачи', {
    usedBy: ['статус ОО'],
    quiet: true,
    width: 110,
    note:
      'День, когда ОО сообщила, что данные внесены полностью (дд.мм.гггг). Пусто — ОО ещё заполняет. '
      + 'Без этого столбца «сдала» — ОО, у которой на листах есть данные.',
  }),
  biased: col.yesno('Признаки необъективности', {
    usedBy: ['S2', 'DE5'],
    quiet: true,
    note: 'да — ОО в списке школ с признаками необъективности результатов.',
  }),
} satisfies Columns;

/**
 * Columns of earlier templates that nothing reads any more (152-ФЗ ст. 5: no more data than the purpose needs).
 * A sheet that still has one gets a warning asking to delete it, instead of «столбец не предусмотрен шаблоном».
 */
export const RETIRED_COLUMNS: ReadonlyMap<Columns, Readonly<Record<string, string>>> = new Map<
  Columns,
  Record<string, string>
>([
  [
    teacherColumns,
    {
      Образование:
        'ни один показатель его не использует: соответствие образования профилю — в столбце «Соответствие профилю». '
        + 'Удалите столбец: лишние персональные данные хранить не нужно (152-ФЗ, ст. 5).',
    },
  ],
  [
    registryColumns,
    {
      Ответственный:
        'ФИО ответственного нигде не используется — для доступа и писем нужен только «Email ответственного». '
        + 'Удалите столбец: лишние персональные данные хранить не нужно (152-ФЗ, ст. 5).',
      'Полное наименование':
        'ни сводная, ни документы его не используют — ОО называется по «Краткое наименование». Столбец можно удалить.',
    },
  ],
]);

export type SchoolSheetKind = 'Педагоги' | 'Курсы' | 'Мероприятия';

export interface SheetDef<C extends Columns = Columns> {
  kind: string;
  columns: C;
  /** Shown as the first line of the sheet's help. */
  purpose: string;
}

export const SCHOOL_SHEETS = {
  Педагоги: {
    kind: 'Педагоги',
    columns: teacherColumns,
    purpose: 'Педагогические работники ОО: одна строка — один педагог.',
  },
  Курсы: {
    kind: 'Курсы',
    columns: courseColumns,
    purpose: 'Пройденное обучение (КПК и переподготовка) не менее чем за 3 года: одна строка — один курс.',
  },
  Мероприятия: {
    kind: 'Мероприятия',
    columns: eventColumns,
    purpose: 'Профессиональные мероприятия отчётного периода: одна строка — одно мероприятие.',
  },
} as const satisfies Record<SchoolSheetKind, SheetDef>;

export const SCHOOL_SHEET_KINDS: readonly SchoolSheetKind[] = ['Педагоги', 'Курсы', 'Мероприятия'];

/** Schools that fit in one shared workbook, three sheets each (the panel and the menu say so). */
export const SHARED_SCHOOL_LIMIT = Math.floor(
  (SHEET_LIMIT - SERVICE_SHEETS.length - REBUILT_SHEETS - NEW_BOOK_SHEETS) / SCHOOL_SHEET_KINDS.length,
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
