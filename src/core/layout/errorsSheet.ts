// `Ошибки`: every issue with a link that opens its cell, errors before warnings per sheet order.
import { SHEET_NAMES } from '../catalogue/sheets';
import type { BuildResult } from '../districtResult';
import { districtMessage, issueLink } from '../issues';
import type { ModelCell, SheetModel } from './model';

export const SEVERITY_LABEL = { error: 'ошибка', warning: 'предупреждение' } as const;
export const ERRORS_HEADER = [
  'Уровень',
  'ОО',
  'Лист',
  'Ячейка',
  'Строка',
  'Столбец',
  'Что не так и как исправить',
  'Код проверки',
];

export function errorsSheet(result: BuildResult): SheetModel {
  const names = new Map(result.schools.map((s) => [s.school.code, s.school.name]));
  const rows: ModelCell[][] = result.issues.map((i) => {
    const tone = i.severity === 'error' ? 'error' : 'warning';
    return [
      { value: SEVERITY_LABEL[i.severity], tone },
      { value: i.school !== undefined ? (names.get(i.school) ?? i.school) : '' },
      { value: i.sheet },
      { value: i.cell, link: issueLink(i) },
      { value: i.row, format: 'integer' },
      { value: i.column },
      { value: districtMessage(i) },
      { value: i.code, tone: 'muted' },
    ];
  });
  if (rows.length === 0) {
    rows.push([
      { value: 'Ошибок нет' },
      { value: '' },
      { value: '' },
      { value: '' },
      { value: null },
      { value: '' },
      { value: 'Все листы заполнены без ошибок.' },
      { value: '' },
    ]);
  }
  return {
    name: SHEET_NAMES.errors,
    header: [ERRORS_HEADER],
    rows,
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [120, 200, 160, 70, 70, 180, 520, 170],
  };
}
