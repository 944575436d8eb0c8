// The columns of a school's sheet `Педагоги` (and the teacher's key column the other two sheets share).
import { yearOf } from '../dates';
import { col, type Columns } from './columns';
import {
  CATEGORIES,
  COURSE_TOPICS,
  DEFICIT_TYPES,
  DEFICITS,
  REQUEST_TIMES,
  IOM,
  MENTORING,
  POSITIONS,
  STUDY_FORMS,
  SUBJECTS,
} from './lists';

/** The teacher's key column, the same on all three sheets of a school. */
export const teacherKeyColumn = col.text('ФИО', {
  usedBy: [
    'ключ педагога',
    'K1',
    'name_missing',
    'teacher_duplicate',
    'teacher_unknown',
    'teacher_name_not_code',
    'План ПК',
  ],
  aliases: ['Табельный номер', 'Код педагога'],
  required: true,
  excludesRow: true,
  missingCode: 'name_missing',
  note: 'Фамилия Имя Отчество педагога (или табельный номер / код педагога — одинаково на всех трёх листах школы).',
  width: 240,
});

export const teacherColumns = {
  name: teacherKeyColumn,
  position: col.list('Должность', POSITIONS, {
    usedBy: ['subject_missing', 'План ПК'],
    note: 'Должность по штатному расписанию: выберите из списка.',
  }),
  subjects: col.multi('Предмет', SUBJECTS, {
    usedBy: ['D1:*', 'subject_missing', 'План ПК'],
    note: 'Преподаваемые предметы из списка; несколько — через «;». Для учителя обязательно.',
  }),
  birthYear: col.int('Год рождения', {
    usedBy: ['K2', 'K3', 'M1', 'E5', 'K7', 'experience_exceeds_age'],
    min: 1940,
    max: ({ periodEnd }) => yearOf(periodEnd) - 16,
    note: 'Год рождения, четыре цифры, например 1985.',
  }),
  experience: col.number('Педагогический стаж', {
    usedBy: ['K2', 'M1', 'E5', 'K7', 'experience_exceeds_age'],
    min: 0,
    max: 60,
    note: 'Полных лет педагогического стажа, от 0 до 60.',
  }),
  profileMatch: col.yesno('Соответствие профилю', {
    usedBy: ['K5'],
    note: 'да — образование соответствует преподаваемому предмету (профилю работы).',
  }),
  category: col.list('Категория', CATEGORIES, {
    usedBy: ['K6', 'AT1', 'AT2', 'AT:*', 'category_expired', 'attestation_date_missing'],
    note: 'Квалификационная категория: выберите из списка.',
    width: 220,
  }),
  attestationDate: col.date('Дата аттестации', {
    usedBy: ['AT1', 'AT2', 'AT:*', 'category_expired', 'attestation_date_missing', 'date_after_period_end'],
    note: 'Дата приказа о присвоении категории, дд.мм.гггг. Не позже конца отчётного периода.',
  }),
  partTime: col.yesno('Совместитель', { usedBy: ['K4'], note: 'да — внешний совместитель.' }),
  diagnosticsDate: col.date('Диагностика дефицитов', {
    usedBy: ['D1', 'D1:*', 'PK7', 'PK10', 'diagnostics_after_period'],
    note: 'Дата последней диагностики профессиональных дефицитов, дд.мм.гггг; пусто — не проходил(а).',
  }),
  deficits: col.multi('Выявленные дефициты', DEFICITS, {
    usedBy: ['D2:*', 'D3', 'PK10'],
    note: 'Дефициты по итогам диагностики из списка; несколько — через «;». «нет» — дефицитов не выявлено.',
    width: 240,
  }),
  iom: col.list('ИОМ', IOM, {
    usedBy: ['I1'],
    note: 'Индивидуальный образовательный маршрут: выберите из списка.',
    width: 240,
  }),
  mentoring: col.list('Наставничество', MENTORING, {
    usedBy: ['M1', 'M2'],
    note: 'Участие в наставничестве: наставник, наставляемый или нет.',
  }),
  methodActive: col.yesno('Методический актив', {
    usedBy: ['A1'],
    note: 'да — входит в методический актив (руководитель МО, тьютор и т. п.).',
  }),
  network: col.yesno('Сетевое сообщество', {
    usedBy: ['A2'],
    note: 'да — участник сетевого профессионального сообщества.',
  }),
  giaExpert: col.yesno('Эксперт ГИА', { usedBy: ['A3'], note: 'да — член региональной предметной комиссии ОГЭ/ЕГЭ.' }),
  innovation: col.yesno('Инновационная деятельность', {
    usedBy: ['A4'],
    note: 'да — участвует в экспериментальной / апробационной работе.',
  }),
  // Issue 10, all optional and quiet: repeat diagnostics, the teacher's request for PD, leaving the ОО.
  overcome: col.multi('Дефициты преодолены', DEFICIT_TYPES, {
    usedBy: ['D3', 'D4', 'PK11'],
    quiet: true,
    width: 240,
    note: 'Какие из выявленных дефицитов преодолены по итогам повторной диагностики; несколько — через «;».',
  }),
  overcomeDate: col.date('Дата повторной диагностики', {
    usedBy: ['D3', 'D4', 'PK11'],
    quiet: true,
    note: 'Дата повторной диагностики, подтвердившей преодоление дефицитов, дд.мм.гггг; не раньше первой диагностики.',
  }),
  requestTopics: col.multi('Запрос на ПК: тематика', COURSE_TOPICS, {
    usedBy: ['R1', 'R2', 'запросы на ПК'],
    quiet: true,
    width: 240,
    note: 'Запрос педагога на повышение квалификации в следующем году: тематика из списка; несколько — через «;».',
  }),
  requestForm: col.list('Запрос на ПК: форма', STUDY_FORMS, {
    usedBy: ['запросы на ПК'],
    quiet: true,
    note: 'Желаемая форма обучения по запросу.',
  }),
  requestTime: col.list('Запрос на ПК: срок', REQUEST_TIMES, {
    usedBy: ['запросы на ПК'],
    quiet: true,
    note: 'Когда педагогу удобно учиться.',
  }),
  leftDate: col.date('Дата увольнения', {
    usedBy: ['K7', 'K8'],
    quiet: true,
    note: 'Если педагог уволился в отчётном периоде: дата, дд.мм.гггг. Строку не удаляйте — по ней считается закрепление молодых педагогов.',
  }),
} satisfies Columns;
