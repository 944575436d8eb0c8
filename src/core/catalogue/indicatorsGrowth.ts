// Indicators issue 10 added from the sample documents (docs/decisions.md) for each ОО: deficits over time, course
// topics, requests, retention,
// attestation and students' results. The district value is Σ numerators / Σ denominators, as for every indicator.
import type { Course } from '../school/courses';
import type { SchoolFacts, TeacherFacts } from '../school/facts';
import type { SchoolIndicatorDef } from './indicators';
import { count, hasPeriodCourse, T, TEACHERS_TEXT } from './indicatorKit';
import { CATEGORIES, COURSE_TOPICS, HIGH_CATEGORIES, type Category, type CourseTopic, type DeficitType } from './lists';
import type { SchoolResults } from '../registry';

/** A course shorter than this is a short course or seminar (sample document 1), not a КПК error. */
export const SHORT_COURSE_HOURS = 16;

const sumOver = (per: (t: TeacherFacts) => number) => (s: SchoolFacts) => s.teachers.reduce((n, t) => n + per(t), 0);
/** Found deficits a course addressed: named in «Устраняемый дефицит», found by a diagnostics not after its end. */
const addressedBy = (t: TeacherFacts, c: Course): DeficitType[] =>
  t.diagnostics !== null && t.diagnostics <= c.end ? c.values.addressedDeficits.filter((d) => t.found.includes(d)) : [];
const addressed = (t: TeacherFacts): Map<DeficitType, Course[]> => {
  const out = new Map<DeficitType, Course[]>();
  for (const c of t.courses) for (const d of addressedBy(t, c)) out.set(d, [...(out.get(d) ?? []), c]);
  return out;
};
/** Overcome at a repeat diagnostics not before the end of a course that addressed it. */
const overcomeAfterCourse = (t: TeacherFacts, d: DeficitType, courses: Course[]) =>
  t.overcome.includes(d) && t.overcomeDate !== null && courses.some((c) => c.end <= (t.overcomeDate as string));
const topicShare = (topic: CourseTopic) => count((t) => hasPeriodCourse(t, (c) => c.values.topic === topic));
const flagged = (key: 'lowResults' | 'biased') => (s: SchoolFacts) => (s.results[key] === true ? 1 : 0);
const given = (key: keyof SchoolResults) => (s: SchoolFacts) => (typeof s.results[key] === 'number' ? 1 : 0);
const valueOf = (key: 'belowVpr' | 'belowOge' | 'belowEge') => (s: SchoolFacts) => {
  const v = s.results[key];
  return typeof v === 'number' ? v : 0;
};
const inPlan = (t: TeacherFacts) => t.needsCourseNextPeriod;
const hasRequest = (t: TeacherFacts) => t.values.requestTopics.length > 0;
const RESULT_NAMES = { belowVpr: 'ВПР', belowOge: 'ОГЭ', belowEge: 'ЕГЭ' } as const;
const resultMean = (code: string, key: keyof typeof RESULT_NAMES, measure: string): SchoolIndicatorDef => ({
  code,
  name: `Доля обучающихся ниже порога ${RESULT_NAMES[key]}, в среднем по ОО, %`,
  kind: 'mean',
  unit: '%',
  section: 'results',
  key: false,
  numerator: valueOf(key),
  denominator: given(key),
  method: `Сумма значений «Ниже порога ${RESULT_NAMES[key]}, %» реестра ОО по сдавшим данные ОО, где оно указано / число таких ОО (среднее, в процентах).`,
  measure,
});

export const GROWTH_INDICATORS: readonly SchoolIndicatorDef[] = [
  {
    code: 'K7',
    name: 'Доля молодых педагогов, оставшихся в ОО',
    kind: 'share',
    unit: '%',
    section: 'staff',
    key: false,
    numerator: count((t) => t.young),
    denominator: (s) => count((t) => t.young)(s) + s.leavers.filter((t) => t.young).length,
    method:
      'Молодые педагоги, работающие на конец периода / они же и молодые педагоги, уволившиеся в отчётном периоде («Дата увольнения» в периоде).',
    measure:
      'закрепить за молодыми педагогами наставников, выяснить причины увольнений и включить молодых педагогов в проекты поддержки',
  },
  {
    code: 'K8',
    name: 'Педагоги, уволившиеся в отчётном периоде (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'staff',
    key: false,
    numerator: (s) => s.leavers.length,
    method:
      'Строки «Педагоги» с «Дата увольнения» в отчётном периоде; такие педагоги не входят в T и в другие показатели.',
    measure: 'проанализировать причины увольнений педагогов и спланировать меры по закреплению кадров',
  },
  {
    code: 'AT1',
    name: 'Педагоги, аттестованные в отчётном периоде (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'staff',
    key: false,
    numerator: count((t) => t.attestedInPeriod && t.values.category !== null && t.values.category !== 'без категории'),
    method: 'Педагоги с «Дата аттестации» в отчётном периоде и категорией, отличной от «без категории».',
    measure: 'составить перспективный план аттестации педагогов и организовать сопровождение аттестуемых',
  },
  {
    code: 'AT2',
    name: 'Доля педагогов, получивших в периоде высшую или первую категорию',
    kind: 'share',
    unit: '%',
    section: 'staff',
    key: false,
    numerator: count(
      (t) => t.attestedInPeriod && t.values.category !== null && HIGH_CATEGORIES.includes(t.values.category),
    ),
    denominator: T,
    method: `Педагоги с «Дата аттестации» в отчётном периоде и категорией «высшая», «первая», «педагог-методист» или «педагог-наставник» / ${TEACHERS_TEXT}.`,
    measure: 'организовать методическое сопровождение педагогов, готовящихся к аттестации на первую и высшую категории',
  },
  {
    code: 'PK10',
    name: 'Педагоги, прошедшие ПК по выявленному у них дефициту (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'routes',
    key: false,
    numerator: count((t) => t.periodCourses.some((c) => addressedBy(t, c).length > 0)),
    method:
      'Педагоги, у которых есть курс периода, в «Устраняемый дефицит» которого назван дефицит из их «Выявленные дефициты», а дата диагностики не позже окончания курса.',
    measure:
      'при выборе курса указывать, какой выявленный дефицит педагога он устраняет, и направлять на курсы по итогам диагностики',
  },
  {
    code: 'PK11',
    name: 'Эффект ПК: доля дефицитов, преодолённых после курса',
    kind: 'share',
    unit: '%',
    section: 'routes',
    key: false,
    numerator: sumOver((t) => [...addressed(t)].filter(([d, cs]) => overcomeAfterCourse(t, d, cs)).length),
    denominator: sumOver((t) => addressed(t).size),
    method:
      'Выявленные дефициты педагогов, по которым пройден курс («Устраняемый дефицит», курс окончен не раньше диагностики) и которые отмечены преодолёнными при повторной диагностике не раньше окончания курса / выявленные дефициты, по которым пройден курс (каждый дефицит педагога — один раз).',
    measure: 'после курса проводить повторную диагностику и корректировать маршрут педагога, если дефицит не преодолён',
  },
  {
    code: 'PK12',
    name: 'Доля педагогов, обученных цифровым технологиям',
    kind: 'share',
    unit: '%',
    section: 'courses',
    key: false,
    numerator: topicShare('цифровые технологии'),
    denominator: T,
    method: `Педагоги, у которых есть курс периода с «Тематика» = цифровые технологии / ${TEACHERS_TEXT}.`,
    measure: 'включить в план-график повышения квалификации программы по цифровым технологиям в образовании',
  },
  {
    code: 'PK13',
    name: 'Доля педагогов, обученных по функциональной грамотности',
    kind: 'share',
    unit: '%',
    section: 'courses',
    key: false,
    numerator: topicShare('функциональная грамотность'),
    denominator: T,
    method: `Педагоги, у которых есть курс периода с «Тематика» = функциональная грамотность / ${TEACHERS_TEXT}.`,
    measure:
      'включить в план-график повышения квалификации программы по формированию функциональной грамотности обучающихся',
  },
  {
    code: 'PK14',
    name: 'Краткосрочные курсы и семинары (менее 16 ч), шт.',
    kind: 'count',
    unit: 'шт.',
    section: 'courses',
    key: false,
    numerator: (s) =>
      s.periodCourses.filter((c) => c.values.hours !== null && c.values.hours < SHORT_COURSE_HOURS).length,
    method:
      'Курсы периода, у которых в «Часы» указано меньше 16 часов (краткосрочные курсы и семинары; ошибкой не считаются).',
    measure: 'использовать краткосрочные семинары и практикумы для обучения педагогов в межкурсовой период',
  },
  {
    code: 'R1',
    name: 'Педагоги, заявившие запрос на ПК (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'courses',
    key: false,
    numerator: count(hasRequest),
    method: 'Педагоги, у которых заполнено «Запрос на ПК: тематика».',
    measure:
      'собрать запросы педагогов на повышение квалификации (тематика, форма, сроки) до формирования плана на следующий год',
  },
  {
    code: 'R2',
    name: 'Доля педагогов из плана ПК с заявленным запросом',
    kind: 'share',
    unit: '%',
    section: 'courses',
    key: false,
    numerator: count((t) => inPlan(t) && hasRequest(t)),
    denominator: count(inPlan),
    method:
      'Педагоги, которым требуется ПК в следующем периоде (как в PK4), с заполненным «Запрос на ПК: тематика» / педагоги, которым требуется ПК в следующем периоде (PK4).',
    measure:
      'уточнить запросы педагогов, которым требуется повышение квалификации в следующем периоде, и учесть их в плане-графике',
  },
  {
    code: 'D3',
    name: 'Динамика преодоления профессиональных дефицитов',
    kind: 'share',
    unit: '%',
    section: 'diagnostics',
    key: false,
    numerator: sumOver((t) => t.overcome.length),
    denominator: sumOver((t) => t.found.length),
    method:
      'Выявленные дефициты, отмеченные в «Дефициты преодолены» с датой повторной диагностики не позже конца периода / все выявленные дефициты педагогов (сумма D2; стремится к 100 %).',
    measure:
      'проводить повторную диагностику после обучения и отмечать преодолённые дефициты; не преодолённые — включать в индивидуальные маршруты',
  },
  {
    code: 'D4',
    name: 'Дефициты, преодолённые в отчётном периоде (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'diagnostics',
    key: false,
    numerator: sumOver((t) => (t.overcomeInPeriod ? t.overcome.length : 0)),
    method: 'Выявленные дефициты, отмеченные преодолёнными при повторной диагностике, дата которой в отчётном периоде.',
    measure: 'запланировать повторную диагностику педагогов, прошедших адресное обучение',
  },
  {
    code: 'S1',
    name: 'ОО с низкими образовательными результатами (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'results',
    key: false,
    numerator: flagged('lowResults'),
    method: 'Сдавшие данные ОО с отметкой «Низкие результаты» = да в реестре ОО.',
    measure: 'включить ОО с низкими результатами в программу методической поддержки и адресного повышения квалификации',
  },
  {
    code: 'S2',
    name: 'ОО с признаками необъективности результатов (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'results',
    key: false,
    numerator: flagged('biased'),
    method: 'Сдавшие данные ОО с отметкой «Признаки необъективности» = да в реестре ОО.',
    measure: 'обеспечить объективность оценивания: обучение экспертов, перекрёстная проверка, методдесант в ОО',
  },
  resultMean(
    'S3',
    'belowVpr',
    'проанализировать результаты ВПР по предметам и направить учителей на курсы по выявленным затруднениям обучающихся',
  ),
  resultMean(
    'S4',
    'belowOge',
    'проанализировать результаты ОГЭ по предметам и организовать методическую поддержку учителей выпускных классов',
  ),
  resultMean(
    'S5',
    'belowEge',
    'проанализировать результаты ЕГЭ по предметам и организовать методическую поддержку учителей выпускных классов',
  ),
];

export const topicIndicatorCode = (topic: CourseTopic) => `TM:${topic}`;
export const attestationIndicatorCode = (category: Category) => `AT:${category}`;

/** TM:<тематика>: teachers with a period course of that topic. */
export const TOPIC_INDICATORS: readonly SchoolIndicatorDef[] = COURSE_TOPICS.map((topic) => ({
  code: topicIndicatorCode(topic),
  name: `Педагоги, прошедшие обучение по тематике «${topic}» (чел.)`,
  kind: 'count',
  unit: 'чел.',
  section: 'courses',
  key: false,
  numerator: topicShare(topic),
  method: `Педагоги, у которых есть курс периода с «Тематика» = ${topic}.`,
}));

/** AT:<категория>: teachers attested in the period, by the category given. */
export const ATTESTATION_INDICATORS: readonly SchoolIndicatorDef[] = CATEGORIES.filter(
  (c) => c !== 'без категории',
).map((category) => ({
  code: attestationIndicatorCode(category),
  name: `Аттестованы в периоде: ${category} (чел.)`,
  kind: 'count',
  unit: 'чел.',
  section: 'staff',
  key: false,
  numerator: count((t) => t.attestedInPeriod && t.values.category === category),
  method: `Педагоги с «Дата аттестации» в отчётном периоде и категорией «${category}».`,
}));
