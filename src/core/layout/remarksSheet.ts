// `Замечания` (issue 12): the sheet a check writes into a school's own file — that school's issues, nothing else.
import { REMARKS_SHEET } from '../catalogue/sheets';
import type { Issue } from '../issues';
import { SEVERITY_LABEL } from './errorsSheet';
import type { ModelCell, SheetModel } from './model';

export const REMARKS_HEADER = ['Уровень', 'Лист', 'Ячейка', 'Столбец', 'Что не так и как исправить'];

/**
 * One row per issue of the school, with a link to its cell in this same file. The text is the school's own
 * `message`; a drawn model writes every value as text, so nothing a school typed becomes a formula.
 */
export function remarksSheet(issues: readonly Issue[], checkedAt: string): SheetModel {
  const rows: ModelCell[][] = issues.map((i) => {
    const sheet = i.external ? i.external.sheetName : i.sheet;
    return [
      { value: SEVERITY_LABEL[i.severity], tone: i.severity },
      { value: sheet },
      { value: i.cell, link: { sheet, cell: i.cell } },
      { value: i.column },
      { value: i.message },
    ];
  });
  if (rows.length === 0)
    rows.push([
      { value: 'замечаний нет' },
      { value: '' },
      { value: '' },
      { value: '' },
      { value: `Проверено ${checkedAt}: всё заполнено без ошибок.` },
    ]);
  return {
    name: REMARKS_SHEET,
    header: [REMARKS_HEADER],
    rows,
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [120, 140, 70, 180, 560],
  };
}
