// The long table for SQL engines: a row per school × indicator with numerator and denominator; its BigQuery schema.
import type { Summary } from '../summary';

/** One row of the long table; a count has its value as numerator and no denominator. */
export interface LongRow {
  catalogue_version: number;
  period_start: string;
  period_end: string;
  /** The district (municipality) of the school. */
  municipality: string;
  school_code: string;
  school_name: string;
  indicator: string;
  kind: 'count' | 'share';
  numerator: number;
  denominator: number | null;
}

/**
 * Schools that did not submit have no figures and give no rows. Totals of any level are SUM(numerator) /
 * SUM(denominator) over the rows of that level, exactly as the roll-up computes them.
 */
export function* longRows(summary: Summary): Generator<LongRow> {
  const version = summary.version ?? 0;
  for (const s of summary.schools) {
    for (const [indicator, v] of Object.entries(s.indicators)) {
      yield {
        catalogue_version: version,
        period_start: summary.period.start,
        period_end: summary.period.end,
        municipality: s.municipality ?? summary.municipality,
        school_code: s.code,
        school_name: s.name,
        indicator,
        ...('numerator' in v
          ? { kind: 'share' as const, numerator: v.numerator, denominator: v.denominator }
          : { kind: 'count' as const, numerator: v.value, denominator: null }),
      };
    }
  }
}

interface Field {
  name: keyof LongRow;
  type: 'STRING' | 'INT64' | 'NUMERIC' | 'DATE';
  mode: 'REQUIRED' | 'NULLABLE';
  description: string;
}

/** The BigQuery table schema of the long table (`bq load --source_format=NEWLINE_DELIMITED_JSON … schema.json`). */
export const BIGQUERY_SCHEMA: readonly Field[] = [
  { name: 'catalogue_version', type: 'INT64', mode: 'REQUIRED', description: 'Версия каталога показателей PedMonitor' },
  { name: 'period_start', type: 'DATE', mode: 'REQUIRED', description: 'Начало отчётного периода' },
  { name: 'period_end', type: 'DATE', mode: 'REQUIRED', description: 'Конец отчётного периода' },
  { name: 'municipality', type: 'STRING', mode: 'REQUIRED', description: 'Район (муниципалитет) ОО' },
  { name: 'school_code', type: 'STRING', mode: 'REQUIRED', description: 'Код ОО в реестре района' },
  { name: 'school_name', type: 'STRING', mode: 'REQUIRED', description: 'Краткое наименование ОО' },
  { name: 'indicator', type: 'STRING', mode: 'REQUIRED', description: 'Код показателя (pedmonitor indicators)' },
  { name: 'kind', type: 'STRING', mode: 'REQUIRED', description: 'count — количество, share — доля или среднее (PK9)' },
  { name: 'numerator', type: 'NUMERIC', mode: 'REQUIRED', description: 'Числитель (у количества — значение)' },
  { name: 'denominator', type: 'INT64', mode: 'NULLABLE', description: 'Знаменатель (у количества — пусто)' },
];
