// The rule table: conclusions drawn from norms (not only from targets) — each with its threshold and wording.
import type { SectionId } from './indicators';

/** Counts of one indicator as a rule reads them (district, one ОО, or a previous summary). */
export interface Figure {
  n: number;
  /** The denominator of a share or mean; null for a count. */
  d: number | null;
}
export type Figures = (code: string) => Figure | undefined;

/** Why a rule fires — what a measure must act on (recommendations and decisions are chosen by it). */
export type Cause = 'due_courses' | 'no_diagnostics' | 'iom' | 'deficits' | 'mentoring';

export interface Rule {
  id: string;
  /** The norm in a line, for the appendix. */
  title: string;
  /** The справка's section where the conclusion is drawn. */
  section: SectionId;
  cause: Cause;
  /** The indicator whose change shows the effect of a measure taken on this rule. */
  indicator: string;
  /** What the threshold rests on, for the methodology appendix. */
  basis: string;
  /** percent: value = n / base × 100; ratio: value = n / base. */
  scale: 'percent' | 'ratio';
  /** The threshold on the rule's scale; some follow the qualification cycle of `Параметры`. */
  threshold: (cycleYears: number) => number;
  /** below: fires when value < threshold; above: fires when value > threshold. */
  fires: 'below' | 'above';
  /** n — what is measured, base — what it is measured against, total — all teachers (for a share of all). */
  read: (f: Figures) => { n: number; base: number; total: number } | null;
  /**
   * Wording when the rule fires and when the norm is met. Placeholders: {n} {base} {share} (n of base),
   * {rest} (base − n), {gap} (people short of the threshold, or n − base for «above»), {gapShare} (gap of base),
   * {nTotal} (n of all
   * teachers), {threshold}, {ratio}, {times} («в 2,2 раза», or «на 1 чел.» when the ratio prints as 1), {cycle} («3
   * года»),
   * {cycleGen} («3 лет»). Numbers are bare: nouns and «чел.» are in the wording.
   * A count may carry its noun's three forms, «{base:педагога:педагогов:педагогов}» → «из 61 педагога», «из 244
   * педагогов».
   */
  problem: string;
  met: string;
  /** The problem in one short line for a school's section of the letter; the same placeholders. */
  brief: string;
}

/**
 * No «наибольший/наименьший» is said of a group smaller than this. In a group of 5, one teacher moves the share by
 * 20 п.п. («Физика» 80 % is 4 of 5); from 10 teachers one moves it by at most 10 п.п.
 */
export const MIN_RANKED_GROUP = 10;

/**
 * When a school's shortfall is worth a measure in the letter: at least MATERIAL_GAP people short of the norm or
 * target AND at least MATERIAL_SHARE % of the group — or nobody at all in the group meets it (the only young teacher
 * has no mentor). One of two young teachers without a mentor, one of twenty not diagnosed: the справка states it,
 * the letter does not write a measure for it.
 */
export const MATERIAL_GAP = 2;
export const MATERIAL_SHARE = 10;
/** The letter gives a school at most this many problems with measures, the most severe first; the rest in a line. */
export const MEASURES_PER_SCHOOL = 3;

const count = (f: Figures, code: string) => f(code)?.n ?? 0;
const teachers = (f: Figures) => count(f, 'K1');
/** A share's numerator and denominator; null when there is nothing to judge (no such teachers). */
function share(f: Figures, code: string): { n: number; base: number; total: number } | null {
  const v = f(code);
  if (!v || v.d === null || v.d === 0) return null;
  return { n: v.n, base: v.d, total: teachers(f) };
}
const perYear = (cycleYears: number) => 100 / cycleYears;

export const RULES: readonly Rule[] = [
  {
    id: 'cycle_pace',
    title: 'Доля педагогов, прошедших КПК за год, — не ниже доли, которую требует цикл',
    section: 'courses',
    cause: 'due_courses',
    indicator: 'PK1',
    scale: 'percent',
    fires: 'below',
    basis:
      'Повышение квалификации — не реже одного раза в «Периодичность повышения квалификации» лет '
      + '(ст. 47 Федерального закона № 273-ФЗ): ежегодно должна обучаться соответствующая часть педагогов (при 3 годах — треть).',
    threshold: perYear,
    read: (f) => share(f, 'PK1'),
    problem:
      'При повышении квалификации не реже одного раза в {cycle} ежегодно должны обучаться не менее {threshold} '
      + 'педагогов; в отчётном периоде обучены {n} из {base} ({share}) — на {gap} чел. меньше необходимого, '
      + 'и при таком темпе цикл не выдерживается.',
    met:
      'Темп повышения квалификации соответствует циклу в {cycle}: за год обучены {n} из {base:педагога:педагогов:педагогов} ({share}) '
      + 'при необходимых {threshold}.',
    brief:
      'за год обучены {n} из {base:педагога:педагогов:педагогов} ({share}) при необходимых по циклу не менее {threshold}',
  },
  {
    id: 'capacity',
    title: 'Потребность следующего года в КПК — не больше числа обученных за год',
    section: 'courses',
    cause: 'due_courses',
    indicator: 'PK1',
    scale: 'ratio',
    fires: 'above',
    basis:
      'Потребность следующего периода (PK4) не должна превышать число педагогов, обученных в отчётном периоде (PK1): '
      + 'иначе часть педагогов останется без действующего повышения квалификации.',
    threshold: () => 1,
    read: (f) => {
      const need = count(f, 'PK4');
      const trained = count(f, 'PK1');
      // Nobody trained: the pace and expiry rules already say it; a ratio to zero says nothing more.
      return need === 0 || trained === 0 ? null : { n: need, base: trained, total: teachers(f) };
    },
    problem:
      'В следующем периоде повышение квалификации потребуется {n:педагогу:педагогам:педагогам} ({nTotal} от общего числа), '
      + 'а в отчётном периоде обучены {base}: объём обучения нужно увеличить {times}.',
    met:
      'Потребность следующего периода в повышении квалификации ({n} чел.) не превышает объёма обучения '
      + 'отчётного периода ({base} чел.).',
    brief:
      'в следующем периоде повышение квалификации потребуется {n:педагогу:педагогам:педагогам} — {times} больше, '
      + 'чем обучено за год ({base})',
  },
  {
    id: 'expired',
    title: 'Действующее повышение квалификации — у всех педагогов',
    section: 'courses',
    cause: 'due_courses',
    indicator: 'PK3',
    scale: 'percent',
    fires: 'below',
    basis: 'Каждый педагог должен иметь повышение квалификации не старше «Периодичность повышения квалификации» лет.',
    threshold: () => 100,
    read: (f) => share(f, 'PK3'),
    problem:
      'Действующего повышения квалификации не имеют {gap} из {base:педагога:педагогов:педагогов} ({gapShare}): '
      + 'они обучались более {cycleGen} назад или не обучались вовсе.',
    met: 'Действующее повышение квалификации имеют все педагоги ({base} чел.).',
    brief: 'нет действующего повышения квалификации у {gap} из {base:педагога:педагогов:педагогов} ({gapShare})',
  },
  {
    id: 'no_diagnostics',
    title: 'Диагностика профессиональных дефицитов за 3 года — у всех педагогов',
    section: 'diagnostics',
    cause: 'no_diagnostics',
    indicator: 'D1',
    scale: 'percent',
    fires: 'below',
    basis:
      'Каждый педагог проходит диагностику профессиональных дефицитов хотя бы раз за 3 года: '
      + 'на ней строятся ИОМ и адресное повышение квалификации (распоряжение Минпросвещения России от 04.02.2021 № Р-33).',
    threshold: () => 100,
    read: (f) => share(f, 'D1'),
    problem:
      'Диагностику профессиональных дефицитов за последние 3 года не проходили {gap} из {base:педагога:педагогов:педагогов} ({gapShare}).',
    met: 'Диагностику профессиональных дефицитов за последние 3 года прошли все педагоги ({base} чел.).',
    brief:
      'не проходили диагностику профессиональных дефицитов за 3 года {gap} из {base:педагога:педагогов:педагогов} ({gapShare})',
  },
  {
    id: 'iom_without_diagnostics',
    title: 'ИОМ на основе диагностики — не меньше половины ИОМ',
    section: 'routes',
    cause: 'iom',
    indicator: 'I1',
    scale: 'percent',
    fires: 'below',
    basis:
      'Индивидуальный образовательный маршрут строится на результатах диагностики дефицитов (распоряжение '
      + 'Минпросвещения России от 04.02.2021 № Р-33); меньше половины таких маршрутов — проблема.',
    threshold: () => 50,
    read: (f) => share(f, 'I1'),
    problem:
      'На основе диагностики профессиональных дефицитов построены {n} из '
      + '{base:индивидуального образовательного маршрута:индивидуальных образовательных маршрутов:индивидуальных образовательных маршрутов} ({share}) — меньше половины: '
      + '{rest:маршрут не опирается:маршрута не опираются:маршрутов не опираются} на выявленные дефициты.',
    met:
      'На основе диагностики построены {n} из '
      + '{base:индивидуального образовательного маршрута:индивидуальных образовательных маршрутов:индивидуальных образовательных маршрутов} ({share}).',
    brief: 'на основе диагностики построены {n} из {base} ИОМ ({share}) — меньше половины',
  },
  {
    id: 'deficits_not_closed',
    title: 'Курсы по выявленным дефицитам за год — не меньше доли цикла от прошедших диагностику',
    section: 'routes',
    cause: 'deficits',
    indicator: 'PK7',
    scale: 'percent',
    fires: 'below',
    basis:
      'Выявленные дефициты устраняются в пределах цикла повышения квалификации: ежегодно курсы по ним должна '
      + 'оканчивать та же часть прошедших диагностику, что и при цикле (при 3 годах — треть).',
    threshold: perYear,
    read: (f) => {
      const diagnosed = count(f, 'D1');
      return diagnosed === 0 ? null : { n: count(f, 'PK7'), base: diagnosed, total: teachers(f) };
    },
    problem:
      'Курсы по устранению выявленных дефицитов окончили {n} из {base:педагога, прошедшего:педагогов, прошедших:педагогов, прошедших} диагностику ({share}), '
      + 'при необходимых не менее {threshold} в год: у большинства выявленные дефициты остаются без адресного обучения.',
    met: 'Курсы по устранению выявленных дефицитов окончили {n} из {base:педагога, прошедшего:педагогов, прошедших:педагогов, прошедших} диагностику ({share}).',
    brief:
      'курсы по выявленным дефицитам окончили {n} из {base:прошедшего:прошедших:прошедших} диагностику ({share}) '
      + 'при необходимых не менее {threshold} в год',
  },
  {
    id: 'addressed_courses',
    title: 'Адресные программы — не меньше половины пройденных курсов',
    section: 'routes',
    cause: 'deficits',
    indicator: 'PK6',
    scale: 'percent',
    fires: 'below',
    basis:
      'Курс выбирается по выявленным дефицитам педагога (адресная программа); меньше половины адресных курсов '
      + 'среди пройденных — проблема.',
    threshold: () => 50,
    read: (f) => {
      const trained = count(f, 'PK1');
      return trained === 0 ? null : { n: count(f, 'PK6'), base: trained, total: teachers(f) };
    },
    problem:
      'По адресным программам, построенным на выявленных дефицитах, обучались {n} из {base:педагога, прошедшего:педагогов, прошедших:педагогов, прошедших} '
      + 'курсы в отчётном периоде ({share}): большинство курсов выбрано без учёта дефицитов.',
    met: 'По адресным программам обучались {n} из {base:педагога, прошедшего:педагогов, прошедших:педагогов, прошедших} курсы в отчётном периоде ({share}).',
    brief:
      'по адресным программам обучались {n} из {base:прошедшего:прошедших:прошедших} курсы ({share}) — меньше половины',
  },
  {
    id: 'young_without_mentor',
    title: 'Наставник — у каждого молодого педагога',
    section: 'mentoring',
    cause: 'mentoring',
    indicator: 'M1',
    scale: 'percent',
    fires: 'below',
    basis: 'За каждым молодым педагогом закрепляется наставник (целевая модель наставничества).',
    threshold: () => 100,
    read: (f) => share(f, 'M1'),
    problem:
      'Наставник не закреплён за {gap} из {base:молодого педагога:молодых педагогов:молодых педагогов} ({gapShare}).',
    met: 'Наставники закреплены за всеми молодыми педагогами ({base} чел.).',
    brief: 'без наставника {gap} из {base:молодого педагога:молодых педагогов:молодых педагогов} ({gapShare})',
  },
];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
