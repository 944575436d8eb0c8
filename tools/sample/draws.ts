// Random draws of the sample: a person's name, a teacher's subjects, a few items of a list.
import { SUBJECTS } from '../../src/core/catalogue/lists';
import { FEMALE_NAMES, MALE_NAMES, PATRONYMIC_ROOTS, SURNAMES } from './names';
import type { Random } from './random';

export function personName(rnd: Random, female: boolean): string {
  const surname = rnd.pick(SURNAMES);
  const first = rnd.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const root = rnd.pick(PATRONYMIC_ROOTS);
  const patronymic = `${root}${female ? 'вна' : 'вич'}`;
  const femaleSurname =
    surname.endsWith('ин') || surname.endsWith('ов') || surname.endsWith('ев') || surname.endsWith('ёв')
      ? `${surname}а`
      : surname;
  return `${female ? femaleSurname : surname} ${first} ${patronymic}`;
}

export function pickSubjects(rnd: Random): string[] {
  const main = rnd.weighted(
    SUBJECTS.filter((s) => s !== 'Дошкольное образование' && s !== 'Другое').map(
      (s) =>
        [
          s,
          s === 'Начальные классы'
            ? 6
            : s === 'Русский язык' || s === 'Математика'
              ? 4
              : s === 'Иностранный язык'
                ? 3
                : 1.5,
        ] as const,
    ),
  );
  if (main === 'Русский язык' && rnd.chance(0.8)) return ['Русский язык', 'Литература'];
  if (main === 'Математика' && rnd.chance(0.2)) return ['Математика', 'Информатика'];
  if (main === 'История' && rnd.chance(0.7)) return ['История', 'Обществознание'];
  return [main];
}

export function pickSome<T>(rnd: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rnd.int(0, pool.length - 1), 1)[0]);
  return out;
}
