// Approximate text widths in DejaVu Sans (no DOM to measure with): enough to wrap chart labels safely.

/** Advance widths in em, grouped; DejaVu Sans is wide, so unknown letters count as wide. */
const NARROW = new Set([...' .,:;!|il1()[]\'"«»-—–ijtfr/']);
const WIDE = new Set([...'ШЩЖЮМЫФшщжюмыфWMmw%@']);
const UPPER = /[A-ZА-ЯЁ]/;
const DIGIT = /[0-9]/;

export function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.88;
  if (DIGIT.test(ch)) return 0.64;
  if (UPPER.test(ch)) return 0.72;
  return 0.62;
}

/** Bold DejaVu Sans is about an eighth wider than regular. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.13 : 1);
}

/** Words, with compound words split after their hyphens («психолого-», «педагогические») so they can wrap there. */
function tokens(text: string): { word: string; glued: boolean }[] {
  const out: { word: string; glued: boolean }[] = [];
  for (const w of text.trim().split(/\s+/)) {
    if (w === '') continue;
    w.split(/(?<=[^\s-]-)(?=[^\s-])/).forEach((part, i) => out.push({ word: part, glued: i > 0 }));
  }
  return out;
}

/** Em width of text added to `em` one character at a time (the same sums as textWidth, so the same wraps). */
function addEm(em: number, text: string): number {
  let sum = em;
  for (const ch of text) sum += charWidth(ch);
  return sum;
}

/** Greedy word wrap into at most `maxLines` lines; what does not fit ends with «…». */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = tokens(text);
  const lines: string[] = [];
  let current = '';
  // The line's width grows word by word: measuring the whole line again for each word is quadratic in a long name.
  let currentEm = 0;
  let k = 0;
  while (k < words.length && lines.length < maxLines) {
    const { word, glued } = words[k];
    const added = current ? `${glued ? '' : ' '}${word}` : word;
    const em = addEm(currentEm, added);
    if (em * fontSize * (bold ? 1.13 : 1) <= maxWidth) {
      current += added;
      currentEm = em;
      k++;
    } else if (current) {
      lines.push(current);
      current = '';
      currentEm = 0;
    } else {
      lines.push(truncate(word, maxWidth, fontSize)); // one word wider than the line
      k++;
    }
  }
  if (current) lines.push(current);
  if (k < words.length && lines.length > 0)
    lines[lines.length - 1] = truncate(`${lines[lines.length - 1]}…`, maxWidth, fontSize, true);
  return lines;
}

/** Cuts text to fit, ending with «…». `force` keeps the ellipsis even when the text already fits. */
export function truncate(text: string, maxWidth: number, fontSize: number, force = false): string {
  if (!force && textWidth(text, fontSize) <= maxWidth) return text;
  const base = text.endsWith('…') ? text.slice(0, -1) : text;
  // One pass over the characters, never re-measuring a shortened copy: a 20 000-letter name stays linear.
  const ellipsis = charWidth('…');
  let em = 0;
  let end = 0;
  for (const ch of base) {
    const next = em + charWidth(ch);
    if (end > 0 && (next + ellipsis) * fontSize > maxWidth) break;
    em = next;
    end += ch.length;
  }
  return `${base.slice(0, end).trimEnd()}…`;
}
