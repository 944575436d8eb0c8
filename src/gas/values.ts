// Values the add-on writes through SpreadsheetApp: text kept as text, never a formula.

/**
 * Text for setValues: a leading apostrophe makes Sheets keep it as typed — never a formula (= + - @), never a
 * number or a date («01» stays «01»). The apostrophe itself is not part of the cell's value.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
