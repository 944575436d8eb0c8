// Measures by cause: what a head of ОО is recommended (by how far below) and what the district orders, with deadlines.
import type { Cause } from './rules';

export type Severity = 'near' | 'far';

export interface MeasureDef {
  cause: Cause;
  /** The direction, for the effectiveness table of the order. */
  title: string;
  /**
   * For a head of ОО, by how far below the norm the school is. Placeholders (the school's own figures): {need} due
   * for КПК next year, {expired} without valid КПК, {undiagnosed}, {routes} ИОМ, {routesRest} ИОМ not on
   * diagnostics, {diagnosed}, {young} young teachers without a mentor, {nextYear} «2021/2022 учебный год».
   */
  school: Readonly<Record<Severity, string>>;
  /** Months after the period's end by which the school does it («до 01.10.2021» for 1 after 31.08.2021). */
  months: number;
  /**
   * For the district (the draft order); the same placeholders on district figures, and {deficits} the most frequent.
   */
  district: string;
  districtMonths: number;
  responsible: string;
  /** The indicator whose next value shows the effect. */
  indicator: string;
}

export const DISTRICT_SERVICE = 'руководитель районной методической службы';
export const SCHOOL_HEADS = 'руководители образовательных организаций';

export const MEASURES_BY_CAUSE: Readonly<Record<Cause, MeasureDef>> = {
  due_courses: {
    cause: 'due_courses',
    title: 'Повышение квалификации по циклу',
    indicator: 'PK3',
    months: 1,
    districtMonths: 1,
    responsible: DISTRICT_SERVICE,
    school: {
      near:
        'включить в план-график повышения квалификации на {nextYear} педагогов, которым требуется повышение '
        + 'квалификации ({need} чел., поимённо — лист «План ПК»), и подать заявки в институт развития образования и ЦНППМ',
      far:
        'утвердить приказом поимённый график повышения квалификации на {nextYear} ({need} чел., лист «План ПК»), '
        + 'в первую очередь — {expired} чел. без действующего повышения квалификации; выполнение проверять ежеквартально',
    },
    district:
      'Сформировать сводный план-график повышения квалификации педагогических работников на {nextYear} '
      + '({need} чел., в том числе {expired} чел. без действующего повышения квалификации) и согласовать квоты обучения '
      + 'с институтом развития образования и ЦНППМ',
  },
  no_diagnostics: {
    cause: 'no_diagnostics',
    title: 'Диагностика профессиональных дефицитов',
    indicator: 'D1',
    months: 4,
    districtMonths: 9,
    responsible: DISTRICT_SERVICE,
    school: {
      near:
        'направить на диагностику профессиональных дефицитов педагогов, не проходивших её последние 3 года '
        + '({undiagnosed} чел.), — ЦНППМ, региональная диагностика, ЕФОМ',
      far:
        'составить график диагностики профессиональных дефицитов для всех не проходивших её педагогов '
        + '({undiagnosed} чел.) и назначить ответственного заместителя руководителя; не менее половины — в первом полугодии',
    },
    district:
      'Организовать совместно с ЦНППМ диагностику профессиональных дефицитов педагогов, не проходивших её '
      + 'последние 3 года ({undiagnosed} чел.), по графику для каждой образовательной организации',
  },
  iom: {
    cause: 'iom',
    title: 'ИОМ на основе диагностики',
    indicator: 'I1',
    months: 3,
    districtMonths: 3,
    responsible: DISTRICT_SERVICE,
    school: {
      near:
        'скорректировать по результатам диагностики индивидуальные образовательные маршруты, составленные без опоры '
        + 'на выявленные дефициты ({routesRest} из {routes})',
      far:
        'пересмотреть все индивидуальные образовательные маршруты ({routes}) по результатам диагностики '
        + 'профессиональных дефицитов и рассмотреть их на заседаниях школьных методических объединений',
    },
    district:
      'Провести для заместителей руководителей образовательных организаций семинар по построению '
      + 'индивидуальных образовательных маршрутов на основе диагностики профессиональных дефицитов',
  },
  deficits: {
    cause: 'deficits',
    title: 'Адресное повышение квалификации по дефицитам',
    indicator: 'PK7',
    months: 9,
    districtMonths: 2,
    responsible: DISTRICT_SERVICE,
    school: {
      near:
        'при подаче заявок на курсы выбирать адресные программы, закрывающие выявленные дефициты педагогов '
        + '(ЦНППМ, институт развития образования)',
      far:
        'направить педагогов, прошедших диагностику ({diagnosed} чел.), на адресные программы по выявленным '
        + 'дефицитам, после курса — повторная диагностика',
    },
    district:
      'Сформировать заказ ЦНППМ и институту развития образования на адресные программы повышения квалификации '
      + 'по наиболее частым дефицитам: {deficits}',
  },
  mentoring: {
    cause: 'mentoring',
    title: 'Наставничество молодых педагогов',
    indicator: 'M1',
    months: 1,
    districtMonths: 1,
    responsible: DISTRICT_SERVICE,
    school: {
      near:
        'закрепить приказом по образовательной организации наставников за молодыми педагогами без наставника '
        + '({young} чел.) и утвердить индивидуальные планы наставничества',
      far:
        'закрепить приказом наставников за молодыми педагогами без наставника ({young} чел.); если в организации нет '
        + 'опытного педагога нужного профиля — обратиться в районную методическую службу за наставником из другой '
        + 'организации',
    },
    district:
      'Обеспечить закрепление наставников за всеми молодыми педагогами ({young} чел. без наставника) и '
      + 'сформировать муниципальный перечень наставников для организаций без опытных педагогов нужного профиля',
  },
};

/** A target on one of these indicators is a problem of that cause (the measure is chosen by it). */
export const CAUSE_OF_INDICATOR: Readonly<Record<string, Cause>> = {
  PK1: 'due_courses',
  PK3: 'due_courses',
  PK4: 'due_courses',
  D1: 'no_diagnostics',
  I1: 'iom',
  PK6: 'deficits',
  PK7: 'deficits',
  M1: 'mentoring',
};
