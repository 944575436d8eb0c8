// Finds the teacher a `Курсы`/`Мероприятия` row names, with a hint when the name almost matches.
import { quote } from '../issues';
import { matchKey, teacherKey } from '../text';
import type { Teacher } from './teachers';

export interface Roster {
  byKey: Map<string, Teacher>;
  /** Folded keys (Latin look-alikes → Cyrillic) for hints only: a teacher's key itself is not folded (text.ts). */
  byFolded: Map<string, Teacher>;
  /** Personnel numbers without leading zeros: a spreadsheet turns «007» typed in one sheet into 7. */
  byNumber: Map<string, Teacher>;
}

/** `007` → `7` for a key of digits only; null for anything else (names keep their zeros as typed). */
function numberKey(key: string): string | null {
  return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : null;
}

export function makeRoster(teachers: readonly Teacher[]): Roster {
  const byKey = new Map<string, Teacher>();
  const byFolded = new Map<string, Teacher>();
  const byNumber = new Map<string, Teacher>();
  for (const t of teachers) {
    byKey.set(t.key, t);
    byFolded.set(matchKey(t.key), t);
    const n = numberKey(t.key);
    if (n !== null && !byNumber.has(n)) byNumber.set(n, t);
  }
  return { byKey, byFolded, byNumber };
}

export type Lookup = { teacher: Teacher } | { teacher: null; message: string; anonymous: string };

export function findTeacher(roster: Roster, name: string, sheetOfTeachers: string): Lookup {
  const key = teacherKey(name);
  const number = numberKey(key);
  const teacher = roster.byKey.get(key) ?? (number === null ? undefined : roster.byNumber.get(number));
  if (teacher) return { teacher };
  const near = roster.byFolded.get(matchKey(name));
  const hint = near
    ? ` Похоже на ${quote(near.values.name ?? '')} (строка ${near.row}), но в написании есть латинские буквы вместо русских — исправьте.`
    : ` Добавьте педагога на лист ${quote(sheetOfTeachers)} или исправьте написание.`;
  const anonymousHint = near
    ? ` Похоже на педагога из строки ${near.row}, но в написании есть латинские буквы вместо русских — исправьте.`
    : hint;
  const missing = (who: string) => `Педагог${who} не найден на листе ${quote(sheetOfTeachers)} — строка не учтена.`;
  return {
    teacher: null,
    message: `${missing(` ${quote(name)}`)}${hint}`,
    anonymous: `${missing('')}${anonymousHint}`,
  };
}
