// The requests that replace sheets at once in ONE batchUpdate: a district's outputs, a school file's `Замечания`.
import type { CellLink, SheetModel } from '../core/layout/model';
import { drawRequests } from './drawModel';
import type { SheetInfo } from './sheetsFile';
import { PROTECTION_PREFIX, type Request } from './sheetsApi';

/** Suffix of a sheet being built; a leftover from a run that was cut off is removed by the next one. */
export const BUILDING_SUFFIX = ' (обновляется)';

/** Sheet ids are non-negative 32-bit numbers: new ones above the largest in use, or the lowest free ones. */
export function freeSheetIds(used: readonly number[], count: number): number[] {
  const taken = new Set(used);
  const top = Math.max(0, ...used);
  if (top + count < 2 ** 31) return Array.from({ length: count }, (_, i) => top + 1 + i);
  const out: number[] = [];
  for (let id = 1; out.length < count; id++) if (!taken.has(id)) out.push(id);
  return out;
}

/**
 * Each new sheet is added under a temporary name next to the old one, filled, protected (editors: the owner, the
 * user and `editors`), then the old one is deleted and the new one takes its name. Sheets applies a batch all or
 * nothing, so nobody ever sees a half-written sheet and a failure leaves the previous ones as they were.
 * `current` — the sheets now (every id known); returns the requests and the sheets as they will be.
 */
export function swapRequests(
  current: readonly SheetInfo[],
  models: readonly SheetModel[],
  link: (l: CellLink) => string | null,
  editors: readonly string[],
): { requests: Request[]; order: SheetInfo[] } {
  const requests: Request[] = [];
  const order = current.map((s) => ({ ...s }));
  const remove = (title: string) => {
    const i = order.findIndex((s) => s.title === title);
    if (i >= 0) {
      requests.push({ deleteSheet: { sheetId: order[i].sheetId } });
      order.splice(i, 1);
    }
  };
  const ids = freeSheetIds(
    order.map((s) => s.sheetId),
    models.length,
  );
  models.forEach((model, n) => {
    const tempName = `${model.name}${BUILDING_SUFFIX}`;
    remove(tempName);
    const oldAt = order.findIndex((s) => s.title === model.name);
    const at = oldAt < 0 ? order.length : oldAt;
    const sheetId = ids[n];
    const description = `${PROTECTION_PREFIX}${model.name} — заполняется автоматически`;
    requests.push(...drawRequests(model, link, sheetId, tempName, oldAt < 0 ? undefined : at, editors, description));
    order.splice(at, 0, { title: tempName, sheetId, index: at });
    remove(model.name);
    requests.push({ updateSheetProperties: { properties: { sheetId, title: model.name }, fields: 'title' } });
    order[order.findIndex((s) => s.sheetId === sheetId)].title = model.name;
  });
  return { requests, order: order.map((s, index) => ({ ...s, index })) };
}
