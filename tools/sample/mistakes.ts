// The sample's typical mistakes, one per school, so that `Ошибки` shows what real districts see.
import type { courseColumns, eventColumns } from '../../src/core/catalogue/sheets';
import type { teacherColumns } from '../../src/core/catalogue/teacherColumns';
import type { Values } from './school';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** One typical mistake per school, so `Ошибки` shows what real districts see. */
export function applyMistakes(
  index: number,
  teachers: Values<typeof teacherColumns>[],
  courses: Values<typeof courseColumns>[],
  events: Values<typeof eventColumns>[],
  extra: string[],
): void {
  const t = (i: number) => teachers[Math.min(i, teachers.length - 1)];
  // One line a school: which mistake, where, and in a comment what it imitates.
  // prettier-ignore
  switch (index) {
    case 0: t(3).birthYear = '1975 г.р.'; break; // text in a number column
    case 1: t(5).attestationDate = '31.02.2021'; break; // no such date
    case 2: courses.push({ ...courses[0], name: 'Петрова Светлана Ивановна', certificate: '582499999' }); break; // teacher not in Педагоги
    case 3: teachers.splice(4, 0, { ...t(2) }); break; // the same teacher twice
    case 4: t(1).category = 'высшaя'; t(1).partTime = 'Дa'; break; // Latin look-alikes: accepted
    case 5: t(2).birthYear = 1990; t(2).experience = 25; break; // стаж больше возможного
    case 6: events.push({ ...(events[0] ?? { name: t(0).name, kind: 'открытый урок', level: 'школьный', title: 'Открытый урок' }), date: new Date(Date.UTC(2021, 8, 15)) }); break; // после конца периода
    case 7: extra.push('Телефон'); t(0)['Телефон'] = '8-841-57-3-06-54'; break; // a column the template does not have
    case 8: // end before start
      if (courses[1]) Object.assign(courses[1], { startDate: day(2021, 3, 20), endDate: day(2021, 3, 10) });
      break;
    case 9: t(0).subjects = null; t(0).position = 'учитель'; break; // учитель без предмета
    case 10: t(2).position = 'учительница'; break; // not in the list
    case 11: if (courses[0]) courses[0].hours = 8; break; // too few hours
    default: break;
  }
}
