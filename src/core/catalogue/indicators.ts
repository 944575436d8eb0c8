// The indicator catalogue (docs/indicators.md is generated from it): code, name, numerator, denominator and how it is computed, in words.
import type { SchoolFacts } from '../school/facts';
import type { DistrictFacts } from '../districtSheet';
import { DEFICIT_TYPES, HIGH_CATEGORIES, SUBJECTS, type DeficitType, type EventKind, type EventLevel, type Subject } from './lists';
import { count, hasPeriodCourse, hasPeriodEvent, T, TEACHERS_TEXT } from './indicatorKit';
import { ATTESTATION_INDICATORS, GROWTH_INDICATORS, TOPIC_INDICATORS } from './indicatorsGrowth';
import { DISTRICT_INDICATORS } from './indicatorsDistrict';

export type IndicatorKind =
  /** numerator only: people or things. */
  | 'count'
  /** numerator / denominator, shown as a percentage. */
  | 'share'
  /** Σ values / number of values, already in percent (PK9). */
  | 'mean';

export type SectionId = 'staff' | 'courses' | 'diagnostics' | 'routes' | 'mentoring' | 'activity' | 'results' | 'district';

/** Each section's title, in the report's order (results and the district's own come after the report's sections). */
export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  staff: 'Кадровый состав',
  courses: 'Повышение квалификации',
  diagnostics: 'Диагностика профессиональных дефицитов',
  routes: 'Индивидуальные образовательные маршруты и адресные программы',
  mentoring: 'Наставничество и молодые педагоги',
  activity: 'Методическая активность и конкурсы профессионального мастерства',
  results: 'Результаты обучающихся',
  district: 'Методическая работа района',
};

interface IndicatorBase {
  code: string;
  name: string;
  kind: IndicatorKind;
  unit: '%' | 'чел.' | 'шт.';
  /** The report section whose table lists it. */
  section: SectionId;
  /** Other sections whose table lists it too (the young teachers' share beside mentoring). */
  alsoIn?: readonly SectionId[];
  /** Shown in the report's by-school table and the summary's main block. */
  key: boolean;
  /** How it is computed, for the method appendix: «numerator / denominator» for shares and means. */
  method: string;
  /** What an ОО below a target should do (issue 10's indicators carry it here; the first ones' are in the report's table). */
  measure?: string;
}

/** Computed for every ОО from its sheets; the district sums numerators and denominators. */
export interface SchoolIndicatorDef extends IndicatorBase {
  scope?: 'school';
  numerator: (s: SchoolFacts) => number;
  denominator?: (s: SchoolFacts) => number;
}

/** Computed once for the district from the sheet `Район` and the registry (issue 10): no ОО has its own value. */
export interface DistrictIndicatorDef extends IndicatorBase {
  scope: 'district';
  numerator: (d: DistrictFacts) => number;
  denominator?: (d: DistrictFacts) => number;
}

export type IndicatorDef = SchoolIndicatorDef | DistrictIndicatorDef;

const PRESENTED_KINDS: readonly EventKind[] = ['открытый урок', 'мастер-класс', 'выступление на МО/семинаре', 'публикация'];
const MUNICIPAL_AND_UP: readonly EventLevel[] = ['муниципальный', 'региональный', 'всероссийский', 'международный'];


const FIRST_INDICATORS: readonly SchoolIndicatorDef[] = [
  { code: 'K1', name: 'Численность педагогических работников', kind: 'count', unit: 'чел.', section: 'staff', key: true,
    numerator: T, method: 'Число строк листа «Педагоги», учтённых после проверки (без повторов и строк без ФИО).' },
  { code: 'K2', name: 'Доля молодых педагогов', kind: 'share', unit: '%', section: 'staff', alsoIn: ['mentoring'], key: false,
    numerator: count((t) => t.young), denominator: T,
    method: `Педагоги в возрасте не старше «Возраст молодого педагога» (возраст = год конца периода − год рождения) со стажем меньше «Стаж молодого педагога» / ${TEACHERS_TEXT}.` },
  { code: 'K3', name: 'Доля педагогов пенсионного возраста', kind: 'share', unit: '%', section: 'staff', key: false,
    numerator: count((t) => t.pension), denominator: T, method: `Педагоги, чей возраст не меньше «Пенсионный возраст» / ${TEACHERS_TEXT}.` },
  { code: 'K4', name: 'Доля совместителей', kind: 'share', unit: '%', section: 'staff', key: false,
    numerator: count((t) => t.values.partTime === true), denominator: T, method: `Педагоги с отметкой «Совместитель» = да / ${TEACHERS_TEXT}.` },
  { code: 'K5', name: 'Доля педагогов с образованием, соответствующим профилю', kind: 'share', unit: '%', section: 'staff', key: false,
    numerator: count((t) => t.values.profileMatch === true), denominator: T, method: `Педагоги с отметкой «Соответствие профилю» = да / ${TEACHERS_TEXT}.` },
  { code: 'K6', name: 'Доля педагогов с высшей или первой категорией', kind: 'share', unit: '%', section: 'staff', key: true,
    numerator: count((t) => t.values.category !== null && HIGH_CATEGORIES.includes(t.values.category)), denominator: T,
    method: `Педагоги с категорией «высшая», «первая», «педагог-методист» или «педагог-наставник» / ${TEACHERS_TEXT}.` },
  { code: 'PK1', name: 'Доля педагогов, прошедших КПК в отчётном периоде', kind: 'share', unit: '%', section: 'courses', key: true,
    numerator: count((t) => t.periodCourses.length > 0), denominator: T,
    method: `Педагоги, у которых есть хотя бы один курс с датой окончания в отчётном периоде / ${TEACHERS_TEXT}.` },
  { code: 'PK2', name: 'из них — в региональном ИРО/ИПК (чел.)', kind: 'count', unit: 'чел.', section: 'courses', key: false,
    numerator: count((t) => hasPeriodCourse(t, (c) => c.values.providerType === 'региональный ИРО/ИПК')),
    method: 'Педагоги, у которых есть курс периода с типом организации «региональный ИРО/ИПК».' },
  { code: 'PK3', name: 'Доля педагогов с действующим повышением квалификации (не старше 3 лет)', kind: 'share', unit: '%', section: 'courses', key: true,
    numerator: count((t) => t.validQualification), denominator: T,
    method: `Педагоги, у которых есть курс любого вида с датой окончания в интервале (конец периода − «Периодичность повышения квалификации»; конец периода] / ${TEACHERS_TEXT}.` },
  { code: 'PK4', name: 'Педагоги, которым требуется ПК в следующем периоде (чел.)', kind: 'count', unit: 'чел.', section: 'courses', key: true,
    numerator: count((t) => t.needsCourseNextPeriod),
    method: 'Педагоги, у которых нет курса с датой окончания позже (конец периода + 1 год − «Периодичность повышения квалификации»): их повышение квалификации истечёт к концу следующего периода.' },
  { code: 'PK5', name: 'Доля педагогов, прошедших обучение по ДПП в дистанционной форме', kind: 'share', unit: '%', section: 'courses', key: false,
    numerator: count((t) => hasPeriodCourse(t, (c) => c.values.form === 'дистанционная')), denominator: T,
    method: `Педагоги, у которых есть курс периода в форме «дистанционная» / ${TEACHERS_TEXT}.` },
  { code: 'PK6', name: 'Доля педагогов, охваченных адресными программами ПК', kind: 'share', unit: '%', section: 'routes', key: true,
    numerator: count((t) => hasPeriodCourse(t, (c) => c.values.targeted === true)), denominator: T,
    method: `Педагоги, у которых есть курс периода с отметкой «Адресная» = да / ${TEACHERS_TEXT}.` },
  { code: 'PK7', name: 'Педагоги, прошедшие ПК по устранению выявленных дефицитов (чел.)', kind: 'count', unit: 'чел.', section: 'routes', key: false,
    numerator: count((t) => hasPeriodCourse(t, (c) => c.values.programKind === 'повышение квалификации' && c.values.targeted === true && t.diagnostics !== null && t.diagnostics <= c.end)),
    method: 'Педагоги, у которых есть курс повышения квалификации периода с отметкой «Адресная» = да, а дата диагностики дефицитов не позже окончания этого курса.' },
  { code: 'PK8', name: 'Доля переподготовки педагогической направленности', kind: 'share', unit: '%', section: 'courses', key: false,
    numerator: count((t) => hasPeriodCourse(t, (c) => c.values.programKind === 'профессиональная переподготовка' && c.values.pedagogical === true)),
    denominator: count((t) => hasPeriodCourse(t, (c) => c.values.programKind === 'профессиональная переподготовка')),
    method: 'Педагоги с переподготовкой периода педагогической направленности / педагоги с переподготовкой в периоде.' },
  { code: 'PK9', name: 'Удовлетворённость слушателей ДПП, %', kind: 'mean', unit: '%', section: 'courses', key: false,
    numerator: (s) => s.periodCourses.reduce((sum, c) => sum + (c.values.satisfaction ?? 0), 0),
    denominator: (s) => s.periodCourses.filter((c) => c.values.satisfaction !== null).length,
    method: 'Сумма значений «Удовлетворенность, %» по курсам периода, где она указана / число таких курсов (среднее, в процентах).' },
  { code: 'D1', name: 'Доля педагогов, прошедших диагностику профессиональных дефицитов', kind: 'share', unit: '%', section: 'diagnostics', key: true,
    numerator: count((t) => t.currentDiagnostics), denominator: T,
    method: `Педагоги с датой диагностики дефицитов в интервале (конец периода − 3 года; конец периода] / ${TEACHERS_TEXT}.` },
  { code: 'I1', name: 'Доля ИОМ, разработанных на основе диагностики', kind: 'share', unit: '%', section: 'routes', key: true,
    numerator: count((t) => t.values.iom === 'разработан на основе диагностики'),
    denominator: count((t) => t.values.iom !== null && t.values.iom !== 'нет'),
    method: 'Педагоги с ИОМ «разработан на основе диагностики» / педагоги, у которых ИОМ разработан (ИОМ указан и не «нет»).' },
  { code: 'M1', name: 'Доля молодых педагогов, охваченных наставничеством', kind: 'share', unit: '%', section: 'mentoring', key: true,
    numerator: count((t) => t.young && t.values.mentoring === 'наставляемый'), denominator: count((t) => t.young),
    method: 'Молодые педагоги с отметкой «Наставничество» = наставляемый / молодые педагоги.' },
  { code: 'M2', name: 'Доля педагогов, участвующих в наставничестве', kind: 'share', unit: '%', section: 'mentoring', key: false,
    numerator: count((t) => t.values.mentoring === 'наставник' || t.values.mentoring === 'наставляемый'), denominator: T,
    method: `Педагоги с отметкой «Наставничество» = наставник или наставляемый / ${TEACHERS_TEXT}.` },
  { code: 'A1', name: 'Доля педагогов в методическом активе', kind: 'share', unit: '%', section: 'activity', key: false,
    numerator: count((t) => t.values.methodActive === true), denominator: T, method: `Педагоги с отметкой «Методический актив» = да / ${TEACHERS_TEXT}.` },
  { code: 'A2', name: 'Доля педагогов в сетевых сообществах', kind: 'share', unit: '%', section: 'activity', key: false,
    numerator: count((t) => t.values.network === true), denominator: T, method: `Педагоги с отметкой «Сетевое сообщество» = да / ${TEACHERS_TEXT}.` },
  { code: 'A3', name: 'Эксперты ГИА (чел.)', kind: 'count', unit: 'чел.', section: 'activity', key: false,
    numerator: count((t) => t.values.giaExpert === true), method: 'Педагоги с отметкой «Эксперт ГИА» = да.' },
  { code: 'A4', name: 'Доля педагогов в инновационной деятельности', kind: 'share', unit: '%', section: 'activity', key: false,
    numerator: count((t) => t.values.innovation === true), denominator: T, method: `Педагоги с отметкой «Инновационная деятельность» = да / ${TEACHERS_TEXT}.` },
  { code: 'E1', name: 'Открытые уроки и мастер-классы (шт.)', kind: 'count', unit: 'шт.', section: 'activity', key: false,
    numerator: (s) => s.periodEvents.filter((e) => e.values.kind === 'открытый урок' || e.values.kind === 'мастер-класс').length,
    method: 'Число мероприятий периода вида «открытый урок» или «мастер-класс».' },
  { code: 'E2', name: 'Участники конкурсов профмастерства (чел.)', kind: 'count', unit: 'чел.', section: 'activity', key: false,
    numerator: count((t) => hasPeriodEvent(t, (e) => e.values.kind === 'конкурс профессионального мастерства')),
    method: 'Педагоги (без повторов), у которых есть мероприятие периода вида «конкурс профессионального мастерства».' },
  { code: 'E3', name: 'Победители и призёры конкурсов (чел.)', kind: 'count', unit: 'чел.', section: 'activity', key: true,
    numerator: count((t) => hasPeriodEvent(t, (e) => e.values.kind === 'конкурс профессионального мастерства' && (e.values.result === 'призер' || e.values.result === 'победитель'))),
    method: 'Педагоги (без повторов) с конкурсом профмастерства периода и результатом «призер» или «победитель».' },
  { code: 'E4', name: 'Педагоги, представившие опыт на муниципальном уровне и выше (чел.)', kind: 'count', unit: 'чел.', section: 'activity', key: false,
    numerator: count((t) => hasPeriodEvent(t, (e) => e.values.kind !== null && PRESENTED_KINDS.includes(e.values.kind) && e.values.level !== null && MUNICIPAL_AND_UP.includes(e.values.level))),
    method: 'Педагоги (без повторов) с мероприятием периода вида «открытый урок», «мастер-класс», «выступление на МО/семинаре» или «публикация» муниципального уровня и выше.' },
  { code: 'E5', name: 'Молодые педагоги в жюри (чел.)', kind: 'count', unit: 'чел.', section: 'mentoring', key: false,
    numerator: count((t) => t.young && hasPeriodEvent(t, (e) => e.values.kind === 'работа в жюри')),
    method: 'Молодые педагоги (без повторов) с мероприятием периода вида «работа в жюри».' },
];

/** The first indicators, then what issue 10 added from the sample documents (school indicators first, the district's own last). */
export const BASE_INDICATORS: readonly IndicatorDef[] = [...FIRST_INDICATORS, ...GROWTH_INDICATORS, ...DISTRICT_INDICATORS];

/** The base indicators a report section's table lists, in catalogue order (breakdowns have tables of their own). */
export function sectionIndicators(id: SectionId): string[] {
  return BASE_INDICATORS.filter((d) => d.section === id || d.alsoIn?.includes(id)).map((d) => d.code);
}

export const subjectIndicatorCode = (subject: Subject) => `D1:${subject}`;
export const deficitIndicatorCode = (deficit: DeficitType) => `D2:${deficit}`;

/** D1:<предмет>: a teacher counts in each of his subjects. */
export const SUBJECT_INDICATORS: readonly SchoolIndicatorDef[] = SUBJECTS.map((subject) => ({
  code: subjectIndicatorCode(subject),
  name: `Доля педагогов, прошедших диагностику, — ${subject}`,
  kind: 'share',
  unit: '%',
  section: 'diagnostics',
  key: false,
  numerator: count((t) => t.currentDiagnostics && t.values.subjects.includes(subject)),
  denominator: count((t) => t.values.subjects.includes(subject)),
  method: `Педагоги, преподающие «${subject}», с действующей диагностикой / педагоги, преподающие «${subject}».`,
}));

/** D2:<дефицит>: teachers naming that deficit. */
export const DEFICIT_INDICATORS: readonly SchoolIndicatorDef[] = DEFICIT_TYPES.map((deficit) => ({
  code: deficitIndicatorCode(deficit),
  name: `Выявленные дефициты: ${deficit} (чел.)`,
  kind: 'count',
  unit: 'чел.',
  section: 'diagnostics',
  key: false,
  numerator: count((t) => t.values.deficits.includes(deficit)),
  method: `Педагоги, у которых в «Выявленные дефициты» указано «${deficit}».`,
}));

/** Breakdowns of issue 10: teachers by course topic, attestations by category. */
export const BREAKDOWN_INDICATORS: readonly SchoolIndicatorDef[] = [...TOPIC_INDICATORS, ...ATTESTATION_INDICATORS];

/** Every indicator in the catalogue's order, the breakdowns after D1; issue 10's after them, breakdowns before district ones. */
export const INDICATORS: readonly IndicatorDef[] = (() => {
  const d1 = FIRST_INDICATORS.findIndex((i) => i.code === 'D1');
  return [
    ...FIRST_INDICATORS.slice(0, d1 + 1), ...SUBJECT_INDICATORS, ...DEFICIT_INDICATORS, ...FIRST_INDICATORS.slice(d1 + 1),
    ...GROWTH_INDICATORS, ...BREAKDOWN_INDICATORS, ...DISTRICT_INDICATORS,
  ];
})();

export const INDICATOR_BY_CODE: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.map((i) => [i.code, i]));
