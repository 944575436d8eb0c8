// What every school check needs (the settings), and what each of its sheets counts.
import type { Settings } from '../settings';

/** Rows read, used and excluded, each counted on its own: a row neither used nor excluded shows as a gap. */
export interface RowCount {
  read: number;
  used: number;
  excluded: number;
}

export interface CheckContext {
  settings: Settings;
}
