// Links to cells: the district workbook's own sheets (`#gid=…&range=…`) and cells inside a school's file.

const SPREADSHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/;

/** The file id of a Google Sheets URL, or null when the text is not one (a path, a typo, another site). */
export function spreadsheetId(link: string): string | null {
  const m = SPREADSHEET_URL.exec(link.trim());
  return m ? m[1] : null;
}

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** A link that opens a sheet at a cell: relative (`#gid=…`) inside the workbook, absolute for another file (the
 *  Google adapter makes every link absolute). */
export function cellUrl(sheetId: number, cell: string, fileLink?: string): string {
  const fragment = `#gid=${sheetId}&range=${cell}`;
  if (fileLink === undefined) return fragment;
  const id = spreadsheetId(fileLink);
  return id ? `${spreadsheetUrl(id)}${fragment}` : fileLink;
}
