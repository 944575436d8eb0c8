// What the panel shows between calls: the chosen mode, last runs, the report's link and the last check's view.
import type { DocumentLinks, JobKind, PanelState, SetupMode } from '../shared/contract';
import type { PanelContext } from './panelView';
import type { PropertiesPort, StorePort } from './ports';

const MODE = 'mode';
const META = 'panel-meta';
const PANEL = 'panel';

interface Meta {
  lastRun: Partial<Record<JobKind, string>>;
  reportUrl: string | null;
  documentUrls?: DocumentLinks | null;
}

export function readMode(props: PropertiesPort): SetupMode {
  return props.get(MODE) === 'per-school' ? 'per-school' : 'shared';
}

export function saveMode(props: PropertiesPort, mode: SetupMode): void {
  props.set(MODE, mode);
}

function readMeta(props: PropertiesPort): Meta {
  const text = props.get(META);
  if (text === null) return { lastRun: {}, reportUrl: null };
  const parsed = JSON.parse(text) as Partial<Meta>;
  return {
    lastRun: parsed.lastRun ?? {},
    reportUrl: parsed.reportUrl ?? null,
    ...(parsed.documentUrls ? { documentUrls: parsed.documentUrls } : {}),
  };
}

export function panelContext(props: PropertiesPort): PanelContext {
  return { mode: readMode(props), ...readMeta(props) };
}

/** Records a finished job (its time, the report's link) — small, so it lives in the document's properties. */
export function recordRun(
  props: PropertiesPort,
  kind: JobKind,
  stamp: string,
  reportUrl?: string,
  documentUrls?: DocumentLinks,
): void {
  const meta = readMeta(props);
  meta.lastRun[kind] = stamp;
  if (reportUrl !== undefined) meta.reportUrl = reportUrl;
  if (documentUrls !== undefined) meta.documentUrls = documentUrls;
  props.set(META, JSON.stringify(meta));
}

/** The last check's panel (issues included, so it can be larger than a property holds). */
export function savePanel(store: StorePort, state: PanelState): void {
  store.set(PANEL, JSON.stringify(state));
}

export function readPanel(store: StorePort, ctx: PanelContext): PanelState | null {
  const text = store.get(PANEL);
  if (text === null) return null;
  const state = JSON.parse(text) as PanelState;
  return {
    ...state,
    mode: ctx.mode,
    lastRun: { ...(ctx.lastRun ?? {}) },
    reportUrl: ctx.reportUrl ?? null,
    ...(ctx.documentUrls ? { documentUrls: ctx.documentUrls } : {}),
  };
}
