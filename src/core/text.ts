// Text normalisation for matching what people type against the catalogue (SPEC: case, spaces, ё, look-alikes).

/** Latin letters that look like Cyrillic ones (after lower-casing: B→b looks like В, so b→в). */
const LOOKALIKES: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const LOOKALIKE_RE = /[abcehkmoptxy]/g;

/** Collapses every run of whitespace (incl. NBSP) to one space and trims. */
export function squeezeSpaces(text: string): string {
  // Fast path: most cells hold tidy text; only rewrite when there is something to squeeze.
  // Any whitespace other than a plain space counts (thin, en, ideographic spaces pasted from documents).
  if (!/[^\S ]| {2}|^ | $/.test(text)) return text;
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** Key of a teacher (SPEC §4.1): trim, single spaces, case, ё→е. Look-alikes are deliberately kept. */
export function teacherKey(text: string): string {
  return squeezeSpaces(text).toLowerCase().replace(/ё/g, 'е');
}

const matchKeyCache = new Map<string, string>();

/** Key for headers, list values, sheet names and parameter keys: also folds Latin look-alikes. */
export function matchKey(text: string): string {
  // Cells repeat the same few list values thousands of times: remember the answers.
  const cached = matchKeyCache.get(text);
  if (cached !== undefined) return cached;
  if (matchKeyCache.size > 50000) matchKeyCache.clear();
  const key = foldKey(text);
  matchKeyCache.set(text, key);
  return key;
}

function foldKey(text: string): string {
  return squeezeSpaces(text)
    .toLowerCase()
    .replace(LOOKALIKE_RE, (ch) => LOOKALIKES[ch] ?? ch)
    .replace(/ё/g, 'е');
}
