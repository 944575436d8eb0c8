// Starts the local preview: the sample district behind the stand-in server, served over HTTP.
import { buildReport } from '../../src/core/report/build';
import type { BuildResult } from '../../src/core/district';
import { renderDocx } from '../../src/local/docx';
import { startDevServer, type DevServer } from './httpServer';
import { LocalServer, type Download } from './localServer';
import { previewDistrict } from './sample';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The offline report: the same model the Google Doc is drawn from, rendered as .docx for download. */
export async function renderReportDocx(result: BuildResult): Promise<Download> {
  const doc = buildReport(result);
  return { name: `${doc.fileName}.docx`, type: DOCX, bytes: await renderDocx(doc) };
}

export interface PreviewOptions {
  html: string;
  port: number;
  delayMs: number;
  /** «О программе»: the version shown and the pretend template's (null — no template). */
  release?: { version: string; templateVersion: string | null };
}

export function startPreview(o: PreviewOptions): Promise<DevServer> {
  const today = new Date().toISOString().slice(0, 10);
  return startDevServer({
    html: o.html,
    port: o.port,
    delayMs: o.delayMs,
    makeServer: (baseUrl) => {
      const district = previewDistrict((code) => `${baseUrl}file/${code}`);
      return new LocalServer({
      sheets: district.sheets,
      files: district.files,
      today,
      downloadUrl: (name) => `${baseUrl}download/${encodeURIComponent(name)}`,
      renderReport: renderReportDocx,
      release: o.release,
      });
    },
  });
}
