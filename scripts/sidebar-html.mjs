// PLACEHOLDER until the sidebar lands: returns the panel as one self-contained HTML string.
export async function buildSidebarHtml() {
  return '<!doctype html><html><head><meta charset="utf-8"></head><body><p>PedMonitor</p></body></html>';
}
