// Russian plural forms: 1 год, 2 года, 5 лет; 21 педагог, 22 педагога, 25 педагогов.

export type Forms = readonly [one: string, few: string, many: string];

export function plural(n: number, forms: Forms): string {
  const abs = Math.abs(Math.trunc(n));
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (!Number.isInteger(n)) return forms[1];
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** «31 год», «2 педагога». */
export function count(n: number, forms: Forms): string {
  return `${String(n).replace('.', ',')} ${plural(n, forms)}`;
}

export const YEARS: Forms = ['год', 'года', 'лет'];
export const TEACHERS: Forms = ['педагог', 'педагога', 'педагогов'];
export const ERRORS: Forms = ['ошибка', 'ошибки', 'ошибок'];
export const WARNINGS: Forms = ['предупреждение', 'предупреждения', 'предупреждений'];
