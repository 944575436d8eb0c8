// Text normalisation for matching what people type against the catalogue (SPEC: case, spaces, ё, look-alikes).

/** Latin letters that look like Cyrillic ones (after lower-casing: B→b looks like В, so b→в). */
const LOOKALIKES: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const LOOKALIKE_RE = /[abcehkmoptxy]/g;

/** Collapses every run of whitespace (incl. NBSP) to one space and trims. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** Key of a teacher (SPEC §4.1): trim, single spaces, case, ё→е. Look-alikes are deliberately kept. */
export function teacherKey(text: string): string {
  return squeezeSpaces(text).toLowerCase().replace(/ё/g, 'е');
}

/** Key for headers, list values, sheet names and parameter keys: also folds Latin look-alikes. */
export function matchKey(text: string): string {
  return squeezeSpaces(text)
    .toLowerCase()
    .replace(LOOKALIKE_RE, (ch) => LOOKALIKES[ch] ?? ch)
    .replace(/ё/g, 'е');
}

/** True when the text has a Latin look-alike letter next to a Cyrillic one (used for hints). */
export function hasLookalikes(text: string): boolean {
  return /[а-яё][ABCEHKMOPTXYacekopxy]|[ABCEHKMOPTXYacekopxy][а-яё]/i.test(text);
}
