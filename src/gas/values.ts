// Values the add-on writes through SpreadsheetApp: text kept as text, and its one formula, a link.

/**
 * Text for setValues: a leading apostrophe makes Sheets keep it as typed — never a formula (= + - @), never a
 * number or a date («01» stays «01»). The apostrophe itself is not part of the cell's value.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** `=HYPERLINK("url","label")`: the only formula the add-on writes; both parts are its own, quotes doubled. */
export function hyperlink(url: string, label: string): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(url)},${quote(label)})`;
}
