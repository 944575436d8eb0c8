// The region's own names: sheets of the region summary and the `Районы` registry of district spreadsheets.

export const REGION_SHEET_NAMES = {
  byDistrict: 'По районам',
  bySchool: 'По ОО',
  bySubject: 'По предметам',
  /** The region spreadsheet's list of district spreadsheets (Google region mode). */
  registry: 'Районы',
} as const;

/** Columns of `Районы`: one district spreadsheet a row. */
export const DISTRICT_REGISTRY_COLUMNS = {
  name: { header: 'Район', note: 'Название района (муниципалитета), как в параметре «Муниципалитет» его таблицы.' },
  spreadsheet: { header: 'Таблица района', note: 'Ссылка на Google-таблицу района, где собрана сводная PedMonitor.' },
} as const;

/** Row labels of the region's sheets and tables. */
export const REGION_LABELS = {
  total: 'Итого по региону',
  district: 'Район',
  schoolsRegistered: 'ОО в реестре',
  schoolsSubmitted: 'ОО сдали данные',
  errors: 'Ошибок в данных',
  warnings: 'Предупреждений',
} as const;
