// The first run of a fresh copy: the panel starts with «Диагностика», then «Настроить таблицу».
import type { PanelState } from '../src/shared/contract';
import { byId } from './dom';

/** Nothing was ever set up or run here: the registry is empty and no action has finished yet. */
export function isFirstRun(state: PanelState): boolean {
  return state.registered === 0 && Object.keys(state.lastRun).length === 0;
}

/** Shown on a first run until the methodologist has run the diagnostics once in this panel. */
export function renderFirstRun(show: boolean): void {
  byId('first-run').hidden = !show;
}
