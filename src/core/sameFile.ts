// Two registry rows that name one spreadsheet: its teachers count once, for the first school; the other gets an issue.
import type { DistrictPlan } from './plan';
import { quote } from './issues';
import type { School } from './registry';

/**
 * The earlier school (in registry order) whose `Таблица` is the same file as this school's. `identity` is the
 * adapter's name for a file: the spreadsheet id in Google, the file on disk offline (`s.xlsx` = `./s.xlsx`);
 * null when it cannot tell (such a link is reported on its own).
 */
export function earlierSchoolWithSameFile(
  plan: DistrictPlan,
  school: School,
  identity: (link: string) => string | null,
): School | undefined {
  const source = plan.locations[school.code];
  if (source?.mode !== 'file') return undefined;
  const own = identity(source.link);
  if (own === null) return undefined;
  for (const other of plan.schools) {
    if (other.code === school.code) return undefined;
    const theirs = plan.locations[other.code];
    if (theirs?.mode === 'file' && identity(theirs.link) === own) return other;
  }
  return undefined;
}

/** Why the later school's file is not read again (the text goes after «Таблица ОО … недоступна:»). */
export function sameFileReason(first: School): string {
  return (
    `это та же таблица, что указана у ОО ${quote(first.name)} (код ${quote(first.code)}, строка ${first.row} реестра); `
    + 'её данные учтены один раз — у той ОО. Укажите в столбце собственную таблицу этой ОО.'
  );
}
