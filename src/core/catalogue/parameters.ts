// The keys of `Параметры` with their types and defaults.
import { TEACHER_IDS } from './teacherIds';

export const TARGET_PREFIX = 'Цель:';
/** What a target may be: a percentage for shares and means, a number of people or things for counts. */
export const TARGET_RANGE = { percent: { min: 0, max: 100 }, count: { min: 0, max: 100000 } } as const;

/**
 * Attributes of the three documents (справка, письмо с рекомендациями, проект приказа). All optional: an empty one
 * prints as a blank line «________» for the methodologist to fill by hand — the product never invents a number,
 * a date or a person.
 */
export const DOCUMENT_PARAMETERS = {
  issuer: {
    key: 'Орган, выпускающий документы',
    kind: 'text',
    note: 'Наименование органа для бланка, например «Отдел образования администрации Кузнецкого района».',
  },
  documentDate: {
    key: 'Дата документов',
    kind: 'date',
    note: 'Дата регистрации справки, письма и приказа (дд.мм.гггг).',
  },
  reportNumber: { key: 'Номер справки', kind: 'text', note: 'Регистрационный номер аналитической справки.' },
  letterNumber: { key: 'Номер письма с рекомендациями', kind: 'text', note: 'Номер письма руководителям ОО.' },
  orderNumber: { key: 'Номер приказа', kind: 'text', note: 'Номер приказа об итогах мониторинга.' },
  addressee: {
    key: 'Адресат справки',
    kind: 'text',
    note: 'Кому направляется справка, в дательном падеже, например «Начальнику отдела образования».',
  },
  signatoryPosition: {
    key: 'Должность подписывающего',
    kind: 'text',
    note: 'Например «Начальник отдела образования Кузнецкого района».',
  },
  signatoryName: { key: 'Подписывающий (инициалы, фамилия)', kind: 'text', note: 'Например «А.А. Иванов».' },
  executorName: { key: 'Исполнитель (фамилия, инициалы)', kind: 'text', note: 'Кто подготовил документы: «Исп.».' },
  executorPhone: { key: 'Телефон исполнителя', kind: 'text', note: 'Например «3-06-90».' },
} as const;
export type DocumentParameterName = keyof typeof DOCUMENT_PARAMETERS;

export const PARAMETERS = {
  municipality: {
    key: 'Муниципалитет',
    kind: 'text',
    note: 'Название муниципалитета в родительном падеже для заголовка справки, например «Кузнецкого района».',
  },
  periodStart: {
    key: 'Начало периода',
    kind: 'date',
    note: 'По умолчанию 1 сентября последнего завершённого учебного года.',
  },
  periodEnd: { key: 'Конец периода', kind: 'date', note: 'По умолчанию 31 августа после начала периода.' },
  deadline: {
    key: 'Срок сдачи',
    kind: 'date',
    note: 'До какого дня включительно ОО сдают данные (дд.мм.гггг): по нему статус «после срока» и письма-напоминания.',
  },
  cycleYears: {
    key: 'Периодичность повышения квалификации, лет',
    kind: 'int',
    default: 3,
    min: 1,
    max: 10,
    note: 'Сколько лет действует повышение квалификации.',
  },
  youngAge: {
    key: 'Возраст молодого педагога, до (включительно)',
    kind: 'int',
    default: 35,
    min: 18,
    max: 60,
    note: 'Молодой педагог: возраст не больше этого значения…',
  },
  youngExperience: {
    key: 'Стаж молодого педагога, менее, лет',
    kind: 'number',
    default: 3,
    min: 0,
    max: 20,
    note: '…и стаж меньше этого значения.',
  },
  pensionAge: {
    key: 'Пенсионный возраст',
    kind: 'int',
    default: 60,
    min: 45,
    max: 80,
    note: 'С этого возраста педагог считается педагогом пенсионного возраста.',
  },
  teacherIds: {
    key: 'Как обозначать педагогов',
    kind: 'choice',
    default: TEACHER_IDS.name.value,
    values: [TEACHER_IDS.code.value, TEACHER_IDS.name.value],
    note: `«${TEACHER_IDS.code.value}» — табельный номер или код школы вместо ФИО (ключ «код → ФИО» хранится в школе); «${TEACHER_IDS.name.value}» — фамилия, имя, отчество.`,
  },
  methodologists: {
    key: 'Методисты (e-mail)',
    kind: 'text',
    note:
      'Адреса Google-аккаунтов других методистов района через «;»: после «Настроить таблицу» они могут '
      + 'выполнять все действия PedMonitor. Владелец таблицы — методист всегда.',
  },
  ...DOCUMENT_PARAMETERS,
} as const;

export type ParameterName = keyof typeof PARAMETERS;
