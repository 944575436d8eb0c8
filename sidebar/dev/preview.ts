// Starts the local preview: the sample district behind the add-on's server over in-memory ports, served over HTTP.
import type { ReportDoc } from '../../src/core/report/model';
import { renderDocx } from '../../src/local/docx';
import { startDevServer, type DevServer } from './httpServer';
import { PreviewServer, type Download, type PreviewRelease } from './previewServer';
import { previewDistrict } from './sample';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The offline report: the same model the Google Doc is drawn from, rendered as .docx for download. */
export async function renderReportDocx(doc: ReportDoc): Promise<Download> {
  return { name: `${doc.fileName}.docx`, type: DOCX, bytes: await renderDocx(doc) };
}

export interface PreviewOptions {
  html: string;
  port: number;
  delayMs: number;
  /** Names one school with HTML markup, as a prankster could (the browser tests check it is shown as text). */
  hostileName?: boolean;
  /** A fresh copy of the template: no sheets of PedMonitor yet, nothing run (the panel's first run). */
  fresh?: boolean;
  /** «О программе»: the version shown and the pretend template's (null — no template). */
  release?: PreviewRelease;
}

export function startPreview(o: PreviewOptions): Promise<DevServer> {
  const today = new Date().toISOString().slice(0, 10);
  return startDevServer({
    html: o.html,
    port: o.port,
    delayMs: o.delayMs,
    makeServer: (baseUrl) => {
      const fileLink = (code: string) => `${baseUrl}file/${code}`;
      const district = previewDistrict(fileLink, { hostileName: o.hostileName ?? false });
      return new PreviewServer({
        sheets: o.fresh ? [{ name: 'Лист1', values: [] }] : district.sheets,
        files: o.fresh ? new Map() : district.files,
        today,
        downloadUrl: (name) => `${baseUrl}download/${encodeURIComponent(name)}`,
        newFileLink: (n) => fileLink(`new-${n}`),
        renderReport: renderReportDocx,
        release: o.release,
      });
    },
  });
}
