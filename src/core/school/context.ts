// What every school check needs: the settings and where the school's sheets are.
import type { Settings } from '../settings';

export interface RowCount {
  read: number;
  used: number;
  excluded: number;
}

export interface CheckContext {
  settings: Settings;
  school: string;
}

export function countRows(read: number, excluded: number): RowCount {
  return { read, used: read - excluded, excluded };
}
