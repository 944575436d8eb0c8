// The list values of the registry and the school sheets, exactly as users see them; every dropdown and check
// reads these.

export const POSITIONS = [
  'учитель',
  'воспитатель',
  'педагог дополнительного образования',
  'педагог-психолог',
  'социальный педагог',
  'учитель-логопед',
  'учитель-дефектолог',
  'педагог-организатор',
  'тьютор',
  'методист',
  'советник директора по воспитанию',
  'старший воспитатель',
  'музыкальный руководитель',
  'инструктор по физической культуре',
  'заместитель руководителя',
  'руководитель',
  'другое',
] as const;

export const SUBJECTS = [
  'Русский язык',
  'Литература',
  'Родной язык',
  'Иностранный язык',
  'Математика',
  'Информатика',
  'История',
  'Обществознание',
  'География',
  'Биология',
  'Химия',
  'Физика',
  'Музыка',
  'ИЗО',
  'Технология',
  'Физическая культура',
  'ОБЗР',
  'Начальные классы',
  'Дошкольное образование',
  'Другое',
] as const;

export const CATEGORIES = [
  'высшая',
  'первая',
  'педагог-методист',
  'педагог-наставник',
  'соответствие занимаемой должности',
  'без категории',
] as const;
/** Categories that K6 counts. */
export const HIGH_CATEGORIES: readonly Category[] = ['высшая', 'первая', 'педагог-методист', 'педагог-наставник'];

export const DEFICITS = [
  'предметные',
  'методические',
  'психолого-педагогические',
  'коммуникативные',
  'цифровые',
  'нет',
] as const;
/** The deficit types proper (D2 has one indicator each); «нет» means none was found. */
export const DEFICIT_TYPES = DEFICITS.filter((d) => d !== 'нет') as Exclude<Deficit, 'нет'>[];

export const IOM = ['нет', 'разработан', 'разработан на основе диагностики'] as const;
export const MENTORING = ['нет', 'наставник', 'наставляемый'] as const;

export const PROGRAM_KINDS = ['повышение квалификации', 'профессиональная переподготовка'] as const;
export const PROVIDER_TYPES = ['региональный ИРО/ИПК', 'ЦНППМ', 'федеральная организация', 'иная организация'] as const;
export const STUDY_FORMS = ['очная', 'очно-заочная', 'заочная', 'дистанционная'] as const;

export const EVENT_KINDS = [
  'открытый урок',
  'мастер-класс',
  'выступление на МО/семинаре',
  'публикация',
  'конкурс профессионального мастерства',
  'работа в жюри',
  'вебинар',
] as const;
export const EVENT_LEVELS = ['школьный', 'муниципальный', 'региональный', 'всероссийский', 'международный'] as const;
export const EVENT_RESULTS = ['участник', 'призер', 'победитель'] as const;

export const SCHOOL_KINDS = ['СОШ', 'ООШ', 'НОШ', 'гимназия', 'лицей', 'ДОУ', 'УДО', 'другое'] as const;
/** Kinds of ОО as the district reports them (school, ДОУ, УДО): each registry kind belongs to one group. */
export const SCHOOL_KIND_GROUPS = {
  школы: ['СОШ', 'ООШ', 'НОШ', 'гимназия', 'лицей'],
  ДОУ: ['ДОУ'],
  УДО: ['УДО'],
  'другие и без вида': ['другое'],
} as const satisfies Record<string, readonly SchoolKind[]>;
export type SchoolKindGroup = keyof typeof SCHOOL_KIND_GROUPS;

/** Topics of a course or of a teacher's request (sample document 1 reports topics; 4 — digital technologies). */
export const COURSE_TOPICS = [
  'функциональная грамотность',
  'обновлённые ФГОС',
  'цифровые технологии',
  'предметные',
  'методические',
  'психолого-педагогические',
  'инклюзивное образование',
  'воспитание',
  'управление',
  'другое',
] as const;
/** When a teacher would like to study (sample document 3: «учесть интересы педагогов при выборе сроков курсов»). */
export const REQUEST_TIMES = ['I квартал', 'II квартал', 'III квартал', 'IV квартал', 'в любое время'] as const;

/** Rows of the district sheet `Район` (sample document 4): МО and communities, district events, programmes. */
export const DISTRICT_ITEM_KINDS = [
  'методическое объединение',
  'профессиональное сообщество',
  'семинар',
  'вебинар',
  'мастер-класс',
  'методическое письмо',
  'мотивационное мероприятие',
  'методдесант',
  'программа наставничества',
  'программа поддержки МО',
] as const;

export type Position = (typeof POSITIONS)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Deficit = (typeof DEFICITS)[number];
export type DeficitType = Exclude<Deficit, 'нет'>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventLevel = (typeof EVENT_LEVELS)[number];
export type SchoolKind = (typeof SCHOOL_KINDS)[number];
export type CourseTopic = (typeof COURSE_TOPICS)[number];
export type DistrictItemKind = (typeof DISTRICT_ITEM_KINDS)[number];
