// How the district's sheets name a teacher: by a code whose key stays at the school, or by ФИО (152-ФЗ).

/** `code` — табельный номер or the school's own code; `name` — ФИО. */
export type TeacherIds = 'code' | 'name';

export interface TeacherIdsDef {
  /** The value of «Как обозначать педагогов» in `Параметры`. */
  value: string;
  /** Other values read as the same choice. */
  aliases: readonly string[];
  /** The option as the setup dialog and `--help` show it. */
  label: string;
  /** Header of the teacher column that templates draw. */
  header: string;
  /** Note of that header in templates. */
  note: string;
}

export const TEACHER_IDS: Readonly<Record<TeacherIds, TeacherIdsDef>> = {
  code: {
    value: 'код',
    aliases: ['код педагога', 'коды', 'табельный номер'],
    label: 'Код педагога (табельный номер или код школы)',
    header: 'Код педагога',
    note:
      'Табельный номер или код педагога, который назначила школа (с цифрами, например 0123 или У-17), — одинаково '
      + 'на всех трёх листах. ФИО сюда не вводите: список «код → ФИО» хранится только в школе (ключ школы).',
  },
  name: {
    value: 'ФИО',
    aliases: ['фамилия имя отчество'],
    label: 'ФИО',
    header: 'ФИО',
    note: 'Фамилия Имя Отчество педагога (или табельный номер / код педагога — одинаково на всех трёх листах школы).',
  },
};

export const TEACHER_IDS_ORDER: readonly TeacherIds[] = ['code', 'name'];

/** The one sentence that says why Google mode recommends codes. */
export const CODE_RECOMMENDATION =
  'Рекомендуем код: ФИО педагогов тогда не хранятся в облаке Google за пределами России (152-ФЗ, ст. 18 ч. 5), '
  + 'а список «код → ФИО» остаётся в школе.';

/** Offline (on the district's own computers) ФИО stays the default; Google setup proposes codes. */
export const DEFAULT_TEACHER_IDS = { offline: 'name', google: 'code' } as const satisfies Record<string, TeacherIds>;

/**
 * A code carries at least one digit (табельный номер 0123, код У-17): text without any digit in a code column is
 * most likely a name typed by habit, and must not travel further than the school's own sheet.
 */
export function looksLikeName(key: string): boolean {
  return !/\d/.test(key);
}

/** The header and note a template gives the teacher column under this choice. */
export function teacherColumnAs(ids: TeacherIds): { header: string; note: string } {
  return { header: TEACHER_IDS[ids].header, note: TEACHER_IDS[ids].note };
}
