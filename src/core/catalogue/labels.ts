// Words the product shows in several places: the actions' names, the district's total row, «no data».

/** The actions of the menu and the panel, and the panel itself: one name each everywhere. */
export const ACTIONS = {
  panel: 'Открыть панель',
  setup: 'Настроить таблицу',
  check: 'Проверить данные',
  summary: 'Собрать сводную',
  report: 'Сформировать отчёт',
  region: 'Собрать сводную региона',
  diagnostics: 'Диагностика',
  remind: 'Напомнить школам',
} as const;

/** The first cell of the district's row in the summary and the report. */
export const DISTRICT_TOTAL = 'Итого по району';

/** A value that cannot be computed (nobody to count): a dash, never 0. */
export const NO_DATA = '—';
