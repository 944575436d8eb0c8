// One colour palette for every renderer (.xlsx, .docx, Google Sheets and Docs), as #rrggbb.
import type { CellTone } from '../layout/model';

export const PALETTE = {
  /** Header rows of sheets and tables. */
  header: '#d9e1f2',
  link: '#1155cc',
  /** Text of a school that did not submit, in the report's tables. */
  mutedText: '#80868b',
} as const;

/** Fills of the sheet models' tones; cell marks of a check use the error and warning fills too. */
export const TONE_COLOURS: Readonly<Record<CellTone, string>> = {
  'below-target': '#f4cccc',
  error: '#f4c7c3',
  warning: '#fce8b2',
  total: '#e8eaed',
  muted: '#f3f3f3',
  target: '#d9ead3',
};
