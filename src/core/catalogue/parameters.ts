// The keys of `Параметры` (SPEC §5) with their types and defaults.

export const TARGET_PREFIX = 'Цель:';
/** What a target may be: a percentage for shares and means, a number of people or things for counts (SPEC §5). */
export const TARGET_RANGE = { percent: { min: 0, max: 100 }, count: { min: 0, max: 100000 } } as const;

export const PARAMETERS = {
  municipality: { key: 'Муниципалитет', kind: 'text', note: 'Название муниципалитета в родительном падеже для заголовка справки, например «Кузнецкого района».' },
  periodStart: { key: 'Начало периода', kind: 'date', note: 'По умолчанию 1 сентября последнего завершённого учебного года.' },
  periodEnd: { key: 'Конец периода', kind: 'date', note: 'По умолчанию 31 августа после начала периода.' },
  cycleYears: { key: 'Периодичность повышения квалификации, лет', kind: 'int', default: 3, min: 1, max: 10, note: 'Сколько лет действует повышение квалификации.' },
  youngAge: { key: 'Возраст молодого педагога, до (включительно)', kind: 'int', default: 35, min: 18, max: 60, note: 'Молодой педагог: возраст не больше этого значения…' },
  youngExperience: { key: 'Стаж молодого педагога, менее, лет', kind: 'number', default: 3, min: 0, max: 20, note: '…и стаж меньше этого значения.' },
  pensionAge: { key: 'Пенсионный возраст', kind: 'int', default: 60, min: 45, max: 80, note: 'С этого возраста педагог считается педагогом пенсионного возраста.' },
} as const;

export type ParameterName = keyof typeof PARAMETERS;
