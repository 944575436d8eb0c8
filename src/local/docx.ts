// PLACEHOLDER until the .docx renderer lands: signature only.
import type { ReportDoc } from '../core/report/model';

/** Renders the report model into a .docx file's bytes. */
export async function renderDocx(doc: ReportDoc): Promise<Uint8Array> {
  void doc;
  throw new Error('renderDocx: not implemented yet');
}
