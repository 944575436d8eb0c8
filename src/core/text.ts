// Text normalisation for matching what people type against the catalogue: case, spaces, ё, look-alikes.

/** Latin letters that look like Cyrillic ones (after lower-casing: B→b looks like В, so b→в). */
const LOOKALIKES: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const LOOKALIKE_RE = /[abcehkmoptxy]/g;

/**
 * Characters that show nothing: zero-width space and joiners, word joiner, soft hyphen, byte-order mark,
 * direction marks and invisible operators. Pasted from the web or Word, they make «Иванов» differ from «Иванов».
 */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
/** Text that needs no normalisation: printable ASCII, Latin-1 letters and signs, Cyrillic, common punctuation. */
const PLAIN = /^[\t\n\r\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u0400-\u04ff\u2010-\u2027\u2030-\u205f]*$/;

/**
 * What a person sees, in one spelling: composed letters (NFC: «е» + U+0308 is «ё») and no invisible characters.
 * Applied wherever text is matched, in both worlds, before spaces are squeezed.
 */
export function visibleText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** Collapses every run of whitespace (incl. NBSP) to one space and trims; invisible characters are dropped. */
export function squeezeSpaces(raw: string): string {
  const text = visibleText(raw);
  // Fast path: most cells hold tidy text; only rewrite when there is something to squeeze.
  // Any whitespace other than a plain space counts (thin, en, ideographic spaces pasted from documents).
  if (!/[^\S ]| {2}|^ | $/.test(text)) return text;
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** Key of a teacher: trim, single spaces, case, ё→е. Look-alikes are deliberately kept. */
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
