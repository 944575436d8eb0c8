// The sheets of the district workbook (SPEC §2–§4): names and columns, in template order.
import { yearOf } from '../dates';
import { col, type Columns } from './columns';
import {
  CATEGORIES, DEFICITS, EVENT_KINDS, EVENT_LEVELS, EVENT_RESULTS, IOM, MENTORING, POSITIONS,
  PROGRAM_KINDS, PROVIDER_TYPES, STUDY_FORMS, SUBJECTS,
} from './lists';

export const SHEET_NAMES = {
  parameters: 'Параметры',
  registry: 'ОО',
  summary: 'Сводная',
  summaryBySubject: 'Сводная по предметам',
  errors: 'Ошибки',
  coursePlan: 'План ПК',
} as const;

const teacherKeyColumn = col.text('ФИО', {
  usedBy: ['ключ педагога', 'K1', 'name_missing', 'teacher_duplicate', 'teacher_unknown', 'teacher_name_not_code', 'План ПК'],
  aliases: ['Табельный номер', 'Код педагога'],
  required: true,
  excludesRow: true,
  missingCode: 'name_missing',
  note: 'Фамилия Имя Отчество педагога (или табельный номер / код педагога — одинаково на всех трёх листах школы).',
  width: 240,
});

export const teacherColumns = {
  name: teacherKeyColumn,
  position: col.list('Должность', POSITIONS, { usedBy: ['subject_missing', 'План ПК'], note: 'Должность по штатному расписанию: выберите из списка.' }),
  subjects: col.multi('Предмет', SUBJECTS, { usedBy: ['D1:*', 'subject_missing', 'План ПК'],
    note: 'Преподаваемые предметы из списка; несколько — через «;». Для учителя обязательно.',
  }),
  birthYear: col.int('Год рождения', { usedBy: ['K2', 'K3', 'M1', 'E5', 'experience_exceeds_age'],
    min: 1940,
    max: ({ periodEnd }) => yearOf(periodEnd) - 16,
    note: 'Год рождения, четыре цифры, например 1985.',
  }),
  experience: col.number('Педагогический стаж', { usedBy: ['K2', 'M1', 'E5', 'experience_exceeds_age'], min: 0, max: 60, note: 'Полных лет педагогического стажа, от 0 до 60.' }),
  profileMatch: col.yesno('Соответствие профилю', { usedBy: ['K5'],
    note: 'да — образование соответствует преподаваемому предмету (профилю работы).',
  }),
  category: col.list('Категория', CATEGORIES, { usedBy: ['K6', 'category_expired', 'attestation_date_missing'], note: 'Квалификационная категория: выберите из списка.', width: 220 }),
  attestationDate: col.date('Дата аттестации', { usedBy: ['category_expired', 'attestation_date_missing', 'date_after_period_end'],
    note: 'Дата приказа о присвоении категории, дд.мм.гггг. Не позже конца отчётного периода.',
  }),
  partTime: col.yesno('Совместитель', { usedBy: ['K4'], note: 'да — внешний совместитель.' }),
  diagnosticsDate: col.date('Диагностика дефицитов', { usedBy: ['D1', 'D1:*', 'PK7', 'diagnostics_after_period'],
    note: 'Дата последней диагностики профессиональных дефицитов, дд.мм.гггг; пусто — не проходил(а).',
  }),
  deficits: col.multi('Выявленные дефициты', DEFICITS, { usedBy: ['D2:*'],
    note: 'Дефициты по итогам диагностики из списка; несколько — через «;». «нет» — дефицитов не выявлено.',
    width: 240,
  }),
  iom: col.list('ИОМ', IOM, { usedBy: ['I1'], note: 'Индивидуальный образовательный маршрут: выберите из списка.', width: 240 }),
  mentoring: col.list('Наставничество', MENTORING, { usedBy: ['M1', 'M2'], note: 'Участие в наставничестве: наставник, наставляемый или нет.' }),
  methodActive: col.yesno('Методический актив', { usedBy: ['A1'], note: 'да — входит в методический актив (руководитель МО, тьютор и т. п.).' }),
  network: col.yesno('Сетевое сообщество', { usedBy: ['A2'], note: 'да — участник сетевого профессионального сообщества.' }),
  giaExpert: col.yesno('Эксперт ГИА', { usedBy: ['A3'], note: 'да — член региональной предметной комиссии ОГЭ/ЕГЭ.' }),
  innovation: col.yesno('Инновационная деятельность', { usedBy: ['A4'], note: 'да — участвует в экспериментальной / апробационной работе.' }),
} satisfies Columns;

export const courseColumns = {
  name: teacherKeyColumn,
  programKind: col.list('Вид программы', PROGRAM_KINDS, { usedBy: ['PK7', 'PK8', 'out_of_range'], note: 'Повышение квалификации или профессиональная переподготовка.', width: 230 }),
  programTitle: col.text('Название программы', { usedBy: ['описание записи'], required: true, note: 'Название программы по документу об обучении.', width: 280 }),
  provider: col.text('Организация', { usedBy: ['описание записи'], required: true, note: 'Организация, проводившая обучение.', width: 220 }),
  providerType: col.list('Тип организации', PROVIDER_TYPES, { usedBy: ['PK2', 'provider_not_allowed'], note: 'Тип организации: выберите из списка.', width: 200 }),
  hours: col.int('Часы', { usedBy: ['out_of_range'],
    max: 2000,
    note: 'Объём программы в часах: повышение квалификации — от 16, переподготовка — от 250, не более 2000.',
  }),
  form: col.list('Форма обучения', STUDY_FORMS, { usedBy: ['PK5'], note: 'Форма обучения: выберите из списка.' }),
  startDate: col.date('Дата начала', { usedBy: ['course_end_invalid'], note: 'Дата начала обучения, дд.мм.гггг.' }),
  endDate: col.date('Дата окончания', { usedBy: ['PK1', 'PK3', 'PK4', 'course_end_invalid', 'План ПК'],
    required: true,
    excludesRow: true,
    note: 'Дата окончания обучения, дд.мм.гггг. Обязательно; не раньше начала и не позже конца отчётного периода.',
  }),
  targeted: col.yesno('Адресная', { usedBy: ['PK6', 'PK7'], note: 'да — программа выбрана по выявленным у педагога дефицитам.' }),
  pedagogical: col.yesno('Педагогической направленности', { usedBy: ['PK8'], note: 'Для переподготовки: да — программа педагогической направленности.' }),
  satisfaction: col.number('Удовлетворенность, %', { usedBy: ['PK9'], min: 0, max: 100, percent: true, note: 'Удовлетворённость слушателя обучением, от 0 до 100.' }),
  certificate: col.text('Номер документа', { usedBy: ['certificate_duplicate'], note: 'Номер удостоверения или диплома.' }),
} satisfies Columns;

export const eventColumns = {
  name: teacherKeyColumn,
  kind: col.list('Вид', EVENT_KINDS, { usedBy: ['E1', 'E2', 'E3', 'E4', 'E5'], note: 'Вид мероприятия: выберите из списка.', width: 240 }),
  level: col.list('Уровень', EVENT_LEVELS, { usedBy: ['E4'], note: 'Уровень мероприятия: выберите из списка.' }),
  title: col.text('Название', { usedBy: ['описание записи'], required: true, note: 'Название мероприятия.', width: 280 }),
  date: col.date('Дата', { usedBy: ['E1', 'E2', 'E3', 'E4', 'E5', 'event_outside_period', 'event_date_missing'], note: 'Дата проведения, дд.мм.гггг; учитываются мероприятия отчётного периода.' }),
  result: col.list('Результат', EVENT_RESULTS, { usedBy: ['E3'], note: 'Для конкурсов: участник, призер или победитель; можно оставить пустым.' }),
} satisfies Columns;

export const registryColumns = {
  code: col.text('Код', { usedBy: ['листы ОО', 'school_code_duplicate'], required: true, excludesRow: true, note: 'Короткий код ОО, уникальный: 01, СОШ2 и т. п. Листы школы называются «<код> Педагоги» и т. д.', width: 80 }),
  shortName: col.text('Краткое наименование', { usedBy: ['название ОО'], required: true, note: 'Как ОО называется в сводной и справке, например «МБОУ СОШ №1».', width: 220 }),
  email: col.text('Email ответственного', { usedBy: ['доступ ОО'], note: 'Адрес Google-аккаунта ответственного: только он сможет редактировать листы своей ОО.', width: 220 }),
  spreadsheet: col.text('Таблица', { usedBy: ['файл ОО', 'school_file_unavailable'], note: 'Необязательно: ссылка на отдельную таблицу ОО (режим «таблица на школу»).', width: 260 }),
} satisfies Columns;

/**
 * Columns of earlier templates that nothing reads any more (152-ФЗ ст. 5: no more data than the purpose needs).
 * A sheet that still has one gets a warning asking to delete it, instead of «столбец не предусмотрен шаблоном».
 */
export const RETIRED_COLUMNS: ReadonlyMap<Columns, Readonly<Record<string, string>>> = new Map<Columns, Record<string, string>>([
  [teacherColumns, {
    Образование: 'ни один показатель его не использует: соответствие образования профилю — в столбце «Соответствие профилю». '
      + 'Удалите столбец: лишние персональные данные хранить не нужно (152-ФЗ, ст. 5).',
  }],
  [registryColumns, {
    Ответственный: 'ФИО ответственного нигде не используется — для доступа и писем нужен только «Email ответственного». '
      + 'Удалите столбец: лишние персональные данные хранить не нужно (152-ФЗ, ст. 5).',
    'Полное наименование': 'ни сводная, ни документы его не используют — ОО называется по «Краткое наименование». Столбец можно удалить.',
    Вид: 'ни один показатель не использует вид ОО. Столбец можно удалить.',
  }],
]);

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

export const REGISTRY_SHEET: SheetDef<typeof registryColumns> = {
  kind: SHEET_NAMES.registry,
  columns: registryColumns,
  purpose: 'Реестр образовательных организаций района.',
};

/** `<код> Педагоги` in a shared workbook; a school's own spreadsheet uses the bare kind. */
export function schoolSheetName(code: string, kind: SchoolSheetKind): string {
  return `${code} ${kind}`;
}
