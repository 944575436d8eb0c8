// The size limits of the offline build: checked before a file is parsed, so memory stays under 1 GiB (README).

export const LIMITS = {
  /** An .xlsx file on disk (district or school): compressed, as the user sees it. */
  fileBytes: 50 * 1024 * 1024,
  /** All parts of one workbook unpacked (a zip bomb of 1 MB may unpack to gigabytes). */
  unpackedBytes: 100 * 1024 * 1024,
  /** Parts (files) inside one .xlsx archive. */
  parts: 2000,
  /** Cells with something in them in one workbook: exceljs keeps about 0,7 KB per cell while it reads. */
  cells: 600000,
  /** Cells of the whole build (district workbook and every school file are read before it; outputs grow with them). */
  districtCells: 1000000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32767,
} as const;

/** 52428800 → «50 МБ», 1536 → «1,5 КБ». */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'ГБ'],
    [1024 ** 2, 'МБ'],
    [1024, 'КБ'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${(Math.round((bytes / size) * 10) / 10).toString().replace('.', ',')} ${unit}`;
  }
  return `${bytes} байт`;
}

/** 500000 → «500 000». */
export function countText(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
