// How the documents name indicators: short names for table heads and comparisons, and what a count is a share of.
import { INDICATOR_BY_CODE } from './indicators';

const SHORT: Readonly<Record<string, string>> = {
  K1: 'Педагогов',
  K2: 'Молодые педагоги',
  K3: 'Пенсионного возраста',
  K4: 'Совместители',
  K5: 'Образование по профилю',
  K6: 'Высшая и первая категории',
  PK1: 'КПК за год',
  PK2: 'КПК в ИРО/ИПК',
  PK3: 'Действующее ПК',
  PK4: 'Нужно ПК в следующем году',
  PK5: 'Дистанционное обучение',
  PK6: 'Адресные программы',
  PK7: 'ПК по выявленным дефицитам',
  PK8: 'Переподготовка педагогической направленности',
  PK9: 'Удовлетворённость слушателей',
  D1: 'Диагностика дефицитов',
  I1: 'ИОМ на основе диагностики',
  M1: 'Молодые с наставником',
  M2: 'В наставничестве',
  A1: 'Методический актив',
  A2: 'Сетевые сообщества',
  A3: 'Эксперты ГИА',
  A4: 'Инновационная деятельность',
  E1: 'Открытые уроки и мастер-классы',
  E2: 'Участники конкурсов',
  E3: 'Победители и призёры конкурсов',
  E4: 'Опыт на муниципальном уровне и выше',
  E5: 'Молодые в жюри',
};

/** The short name of an indicator; an indicator without one (a new one) falls back to its full name. */
export function shortName(code: string): string {
  return SHORT[code] ?? INDICATOR_BY_CODE.get(code)?.name ?? code;
}

/**
 * Every count is given with its share: of what. The base is another indicator's numerator — PK2 of those trained
 * (PK1), PK7 of those diagnosed (D1), E3 of the contest participants (E2), E5 of the young (K2); K1 is all teachers.
 */
export const COUNT_BASE: Readonly<Record<string, { code: string; of: string }>> = {
  PK2: { code: 'PK1', of: 'прошедших КПК' },
  PK4: { code: 'K1', of: 'от общего числа' },
  PK7: { code: 'D1', of: 'прошедших диагностику' },
  PK10: { code: 'D1', of: 'прошедших диагностику' },
  K8: { code: 'K1', of: 'от общего числа' },
  AT1: { code: 'K1', of: 'от общего числа' },
  R1: { code: 'K1', of: 'от общего числа' },
  A3: { code: 'K1', of: 'от общего числа' },
  E2: { code: 'K1', of: 'от общего числа' },
  E3: { code: 'E2', of: 'участников конкурсов' },
  E4: { code: 'K1', of: 'от общего числа' },
  E5: { code: 'K2', of: 'молодых педагогов' },
};
