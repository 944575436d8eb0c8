// The list values of SPEC §3–§4, exactly as users see them; every dropdown and check reads these.

export const POSITIONS = [
  'учитель', 'воспитатель', 'педагог дополнительного образования', 'педагог-психолог', 'социальный педагог',
  'учитель-логопед', 'учитель-дефектолог', 'педагог-организатор', 'тьютор', 'методист',
  'советник директора по воспитанию', 'старший воспитатель', 'музыкальный руководитель',
  'инструктор по физической культуре', 'заместитель руководителя', 'руководитель', 'другое',
] as const;

export const SUBJECTS = [
  'Русский язык', 'Литература', 'Родной язык', 'Иностранный язык', 'Математика', 'Информатика', 'История',
  'Обществознание', 'География', 'Биология', 'Химия', 'Физика', 'Музыка', 'ИЗО', 'Технология',
  'Физическая культура', 'ОБЗР', 'Начальные классы', 'Дошкольное образование', 'Другое',
] as const;

export const EDUCATION = [
  'высшее педагогическое', 'высшее непедагогическое', 'среднее профессиональное педагогическое',
  'среднее профессиональное непедагогическое', 'иное',
] as const;

export const CATEGORIES = [
  'высшая', 'первая', 'педагог-методист', 'педагог-наставник', 'соответствие занимаемой должности', 'без категории',
] as const;
/** Categories that K6 counts. */
export const HIGH_CATEGORIES: readonly Category[] = ['высшая', 'первая', 'педагог-методист', 'педагог-наставник'];

export const DEFICITS = ['предметные', 'методические', 'психолого-педагогические', 'коммуникативные', 'цифровые', 'нет'] as const;
/** The deficit types proper (D2 has one indicator each); «нет» means none was found. */
export const DEFICIT_TYPES = DEFICITS.filter((d) => d !== 'нет') as Exclude<Deficit, 'нет'>[];

export const IOM = ['нет', 'разработан', 'разработан на основе диагностики'] as const;
export const MENTORING = ['нет', 'наставник', 'наставляемый'] as const;

export const PROGRAM_KINDS = ['повышение квалификации', 'профессиональная переподготовка'] as const;
export const PROVIDER_TYPES = ['региональный ИРО/ИПК', 'ЦНППМ', 'федеральная организация', 'иная организация'] as const;
export const STUDY_FORMS = ['очная', 'очно-заочная', 'заочная', 'дистанционная'] as const;

export const EVENT_KINDS = [
  'открытый урок', 'мастер-класс', 'выступление на МО/семинаре', 'публикация', 'конкурс профессионального мастерства',
  'работа в жюри', 'вебинар',
] as const;
export const EVENT_LEVELS = ['школьный', 'муниципальный', 'региональный', 'всероссийский', 'международный'] as const;
export const EVENT_RESULTS = ['участник', 'призер', 'победитель'] as const;

export const SCHOOL_KINDS = ['СОШ', 'ООШ', 'НОШ', 'гимназия', 'лицей', 'ДОУ', 'УДО', 'другое'] as const;

export type Position = (typeof POSITIONS)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Education = (typeof EDUCATION)[number];
export type Category = (typeof CATEGORIES)[number];
export type Deficit = (typeof DEFICITS)[number];
export type DeficitType = Exclude<Deficit, 'нет'>;
export type Iom = (typeof IOM)[number];
export type Mentoring = (typeof MENTORING)[number];
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export type ProviderType = (typeof PROVIDER_TYPES)[number];
export type StudyForm = (typeof STUDY_FORMS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventLevel = (typeof EVENT_LEVELS)[number];
export type EventResult = (typeof EVENT_RESULTS)[number];
export type SchoolKind = (typeof SCHOOL_KINDS)[number];
