// Test helpers: build .xlsx files with exceljs, patch their XML the way other spreadsheet programs write it, read them
// back.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tempDir = (prefix = 'pedmonitor-test-') => mkdtempSync(join(tmpdir(), prefix));

/** A workbook with one sheet filled by `fill`, as bytes. */
export async function workbookBytes(
  fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  sheetName = 'Лист1',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet(sheetName), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Rewrites one part of an .xlsx archive (e.g. `xl/worksheets/sheet1.xml`). */
export async function patchPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  zip.file(part, edit(await file.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

export async function partText(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async('string');
}

/** An Office archive with the given parts (e.g. a Word document). */
export async function archive(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

export async function partNames(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

/** Saves bytes in a fresh temp folder and returns the path. */
export function saved(bytes: Uint8Array | Buffer | string, name = 'книга.xlsx'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}
