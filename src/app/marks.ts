// Cell marks of «Проверить данные»: which cells get a colour and a note, merged with what the sheet already has.
import { TONE_COLOURS } from '../core/catalogue/palette';
import { parseA1 } from '../core/cells';
import type { Issue } from '../core/issues';
import type { CellMark } from './ports';

/** Backgrounds the add-on owns: a cell of another colour was coloured by a person and is never repainted. */
export const MARK_COLOURS = { error: TONE_COLOURS.error, warning: TONE_COLOURS.warning } as const;
/** Notes the add-on wrote start with this; other notes belong to people and stay. */
export const MARK_NOTE_PREFIX = 'PedMonitor: ';

/**
 * Marks for data cells (row 2 and below), grouped by the sheet they are on in their file. Header-row issues
 * (missing or unknown columns) stay on `Ошибки` only: row 1 keeps the template's notes.
 */
export function marksBySheet(issues: readonly Issue[]): Map<string, CellMark[]> {
  const bySheet = new Map<string, Map<string, CellMark>>();
  for (const i of issues) {
    const pos = parseA1(i.cell);
    if (!pos || pos.row < 2) continue;
    const sheet = i.external ? i.external.sheetName : i.sheet;
    const cells = bySheet.get(sheet) ?? new Map<string, CellMark>();
    bySheet.set(sheet, cells);
    const prev = cells.get(i.cell);
    if (prev) {
      prev.note = `${prev.note}\n${i.message}`;
      if (i.severity === 'error') prev.severity = 'error';
    } else {
      cells.set(i.cell, { ...pos, severity: i.severity, note: i.message });
    }
  }
  return new Map([...bySheet].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}

export interface MarkedGrids {
  backgrounds: (string | null)[][];
  notes: string[][];
}

/** What remains of a note once the add-on's part is removed (a person's note follows ours after a blank line). */
function ownNote(note: string): string {
  if (!note.startsWith(MARK_NOTE_PREFIX)) return note;
  const gap = note.indexOf('\n\n');
  return gap < 0 ? '' : note.slice(gap + 2);
}

const OWN_COLOURS = new Set<string>(Object.values(MARK_COLOURS));

/**
 * New backgrounds and notes for a block that starts at row 2, column 1: the previous check's marks are
 * removed, people's own colours and notes are kept, this check's marks are added.
 */
export function mergeMarks(
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  marks: readonly CellMark[],
): MarkedGrids {
  const out: MarkedGrids = {
    backgrounds: backgrounds.map((row) =>
      row.map((c) => (OWN_COLOURS.has(c.toLowerCase()) || c.toLowerCase() === '#ffffff' ? null : c)),
    ),
    notes: notes.map((row) => row.map(ownNote)),
  };
  for (const m of marks) {
    const r = m.row - 2;
    const c = m.column - 1;
    if (r < 0 || r >= out.backgrounds.length || c >= (out.backgrounds[r]?.length ?? 0)) continue;
    out.backgrounds[r][c] = MARK_COLOURS[m.severity];
    const own = out.notes[r][c];
    out.notes[r][c] = `${MARK_NOTE_PREFIX}${m.note}${own ? `\n\n${own}` : ''}`;
  }
  return out;
}
