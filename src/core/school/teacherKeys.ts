// Code mode (152-ФЗ): a name typed where a code belongs is stopped at the school's own sheet and quoted nowhere.
import { TEACHER_IDS, looksLikeName } from '../catalogue/teacherIds';
import { PARAMETERS } from '../catalogue/parameters';
import { quote, type Issue } from '../issues';
import { matchKey } from '../text';
import { tableIssue, type Table } from '../table';
import type { Columns } from '../catalogue/columns';
import type { CheckContext } from './context';

/** The refusal for a teacher cell, or null when the key may be used. The message never repeats the cell's text. */
export function refuseName(key: string, header: string, ctx: CheckContext): string | null {
  if (ctx.settings.teacherIds !== 'code' || !looksLikeName(key)) return null;
  return (
    `В столбце ${quote(header)} — текст без цифр, похожий на ФИО, а район обозначает педагогов кодами `
    + `(${quote(PARAMETERS.teacherIds.key)} = ${quote(TEACHER_IDS.code.value)}). Строка не учтена: впишите табельный номер `
    + 'или код педагога, а ФИО храните только в ключе школы.'
  );
}

/** Code mode: a teacher column still headed «ФИО» — one warning on the header, the column is read as codes. */
export function nameHeaderIssue<C extends Columns & { name: unknown }>(table: Table<C>, ctx: CheckContext): Issue[] {
  const header = table.headers?.name;
  if (ctx.settings.teacherIds !== 'code' || header === undefined) return [];
  if (matchKey(header) !== matchKey(TEACHER_IDS.name.header)) return [];
  return [
    tableIssue(
      table,
      'name',
      1,
      'column_names_teachers',
      `Район обозначает педагогов кодами: переименуйте столбец ${quote(header)} в ${quote(TEACHER_IDS.code.header)} и впишите `
        + 'в него коды (табельные номера) вместо ФИО. Список «код → ФИО» школа хранит у себя.',
    ),
  ];
}
