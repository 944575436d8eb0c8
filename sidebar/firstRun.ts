// The first run of a fresh copy: the panel opens with what to do first, in order.
import type { PanelState } from '../src/shared/contract';
import { byId } from './dom';

/** Nothing was ever set up or run here: the registry is empty and no action has finished yet. */
export function isFirstRun(state: PanelState): boolean {
  return state.registered === 0 && Object.keys(state.lastRun).length === 0;
}

/** Shown while the workbook is a fresh copy: the steps stay until the registry has schools. */
export function renderFirstRun(show: boolean): void {
  byId('first-run').hidden = !show;
}
