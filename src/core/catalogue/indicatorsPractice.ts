// The catalogue's practice indicators of each ОО: diagnostics, individual routes, mentoring, networks and events.
import type { EventKind, EventLevel } from './lists';
import { count, hasPeriodEvent, T, TEACHERS_TEXT } from './indicatorKit';
import type { SchoolIndicatorDef } from './indicators';

const PRESENTED_KINDS: readonly EventKind[] = [
  'открытый урок',
  'мастер-класс',
  'выступление на МО/семинаре',
  'публикация',
];
const MUNICIPAL_AND_UP: readonly EventLevel[] = ['муниципальный', 'региональный', 'всероссийский', 'международный'];

export const PRACTICE_INDICATORS: readonly SchoolIndicatorDef[] = [
  {
    code: 'D1',
    name: 'Доля педагогов, прошедших диагностику профессиональных дефицитов',
    kind: 'share',
    unit: '%',
    section: 'diagnostics',
    key: true,
    numerator: count((t) => t.currentDiagnostics),
    denominator: T,
    method: `Педагоги с датой диагностики дефицитов в интервале (конец периода − 3 года; конец периода] / ${TEACHERS_TEXT}.`,
  },
  {
    code: 'I1',
    name: 'Доля ИОМ, разработанных на основе диагностики',
    kind: 'share',
    unit: '%',
    section: 'routes',
    key: true,
    numerator: count((t) => t.values.iom === 'разработан на основе диагностики'),
    denominator: count((t) => t.values.iom !== null && t.values.iom !== 'нет'),
    method:
      'Педагоги с ИОМ «разработан на основе диагностики» / педагоги, у которых ИОМ разработан (ИОМ указан и не «нет»).',
  },
  {
    code: 'M1',
    name: 'Доля молодых педагогов, охваченных наставничеством',
    kind: 'share',
    unit: '%',
    section: 'mentoring',
    key: true,
    numerator: count((t) => t.young && t.values.mentoring === 'наставляемый'),
    denominator: count((t) => t.young),
    method: 'Молодые педагоги с отметкой «Наставничество» = наставляемый / молодые педагоги.',
  },
  {
    code: 'M2',
    name: 'Доля педагогов, участвующих в наставничестве',
    kind: 'share',
    unit: '%',
    section: 'mentoring',
    key: false,
    numerator: count((t) => t.values.mentoring === 'наставник' || t.values.mentoring === 'наставляемый'),
    denominator: T,
    method: `Педагоги с отметкой «Наставничество» = наставник или наставляемый / ${TEACHERS_TEXT}.`,
  },
  {
    code: 'A1',
    name: 'Доля педагогов в методическом активе',
    kind: 'share',
    unit: '%',
    section: 'activity',
    key: false,
    numerator: count((t) => t.values.methodActive === true),
    denominator: T,
    method: `Педагоги с отметкой «Методический актив» = да / ${TEACHERS_TEXT}.`,
  },
  {
    code: 'A2',
    name: 'Доля педагогов в сетевых сообществах',
    kind: 'share',
    unit: '%',
    section: 'activity',
    key: false,
    numerator: count((t) => t.values.network === true),
    denominator: T,
    method: `Педагоги с отметкой «Сетевое сообщество» = да / ${TEACHERS_TEXT}.`,
  },
  {
    code: 'A3',
    name: 'Эксперты ГИА (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'activity',
    key: false,
    numerator: count((t) => t.values.giaExpert === true),
    method: 'Педагоги с отметкой «Эксперт ГИА» = да.',
  },
  {
    code: 'A4',
    name: 'Доля педагогов в инновационной деятельности',
    kind: 'share',
    unit: '%',
    section: 'activity',
    key: false,
    numerator: count((t) => t.values.innovation === true),
    denominator: T,
    method: `Педагоги с отметкой «Инновационная деятельность» = да / ${TEACHERS_TEXT}.`,
  },
  {
    code: 'E1',
    name: 'Открытые уроки и мастер-классы (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'activity',
    key: false,
    numerator: (s) =>
      s.periodEvents.filter((e) => e.values.kind === 'открытый урок' || e.values.kind === 'мастер-класс').length,
    method: 'Число мероприятий периода вида «открытый урок» или «мастер-класс».',
  },
  {
    code: 'E2',
    name: 'Участники конкурсов профмастерства (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'activity',
    key: false,
    numerator: count((t) => hasPeriodEvent(t, (e) => e.values.kind === 'конкурс профессионального мастерства')),
    method: 'Педагоги (без повторов), у которых есть мероприятие периода вида «конкурс профессионального мастерства».',
  },
  {
    code: 'E3',
    name: 'Победители и призёры конкурсов (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'activity',
    key: true,
    numerator: count((t) =>
      hasPeriodEvent(
        t,
        (e) =>
          e.values.kind === 'конкурс профессионального мастерства'
          && (e.values.result === 'призер' || e.values.result === 'победитель'),
      ),
    ),
    method: 'Педагоги (без повторов) с конкурсом профмастерства периода и результатом «призер» или «победитель».',
  },
  {
    code: 'E4',
    name: 'Педагоги, представившие опыт на муниципальном уровне и выше (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'activity',
    key: false,
    numerator: count((t) =>
      hasPeriodEvent(
        t,
        (e) =>
          e.values.kind !== null
          && PRESENTED_KINDS.includes(e.values.kind)
          && e.values.level !== null
          && MUNICIPAL_AND_UP.includes(e.values.level),
      ),
    ),
    method:
      'Педагоги (без повторов) с мероприятием периода вида «открытый урок», «мастер-класс», «выступление на МО/семинаре» или «публикация» муниципального уровня и выше.',
  },
  {
    code: 'E5',
    name: 'Молодые педагоги в жюри (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'mentoring',
    key: false,
    numerator: count((t) => t.young && hasPeriodEvent(t, (e) => e.values.kind === 'работа в жюри')),
    method: 'Молодые педагоги (без повторов) с мероприятием периода вида «работа в жюри».',
  },
];
