// Who runs the add-on: methodologists (the owner and the addresses in `Параметры`) may do everything; a school's
// editor may only check its own sheets. Told apart without the user's e-mail (no extra scope): Google shows the
// editors of a protection only to those who may edit it, so the add-on's protections say who the user is.
import { PARAMETERS } from '../core/catalogue/parameters';
import { SCHOOL_SHEET_KINDS, SHEET_NAMES } from '../core/catalogue/sheets';
import { cellText } from '../core/cells';
import { districtResult } from '../core/districtResult';
import { findSheet } from '../core/plan';
import { DataError } from '../core/errors';
import type { School } from '../core/registry';
import { matchKey } from '../core/text';
import type { JobStep } from '../shared/contract';
import { outcomeMessage, panelAfterBuild } from './panelView';
import { panelContext } from './panelMemory';
import { planBuild } from './pipeline';
import type { DistrictPort, Ports } from './ports';
import { STORE_SHEET } from '../core/catalogue/sheets';
import { errorText } from './errorText';
import { readSchool } from './schoolRead';

export type Role = { kind: 'methodologist' } | { kind: 'school'; sheets: string[] } | { kind: 'none' };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A workbook not yet set up has no protection on `Параметры`: whoever opens it first sets it up. */
export function roleOf(district: DistrictPort): Role {
  const names = district.sheetNames;
  const parameters = findSheet(names, SHEET_NAMES.parameters);
  if (parameters === undefined || district.access(parameters) !== 'locked') return { kind: 'methodologist' };
  const own = names.filter((n) => n !== parameters && district.access(n) === 'editable');
  return own.length > 0 ? { kind: 'school', sheets: own } : { kind: 'none' };
}

const LISTED = `«${SHEET_NAMES.parameters}» → «${PARAMETERS.methodologists.key}»`;
export const METHODOLOGISTS_ONLY =
  'Это действие доступно только методистам района: владельцу таблицы и адресам из '
  + `${LISTED}. Ответственному ОО доступна проверка своих листов: «Проверить данные».`;
export const NO_ROLE =
  'У вашего аккаунта нет прав на действия PedMonitor в этой таблице. Методисту: попросите '
  + `владельца вписать ваш адрес в ${LISTED} и нажать «Настроить таблицу».`;

/** Throws the Russian refusal unless the user is a methodologist. */
export function requireMethodologist(ports: Ports): void {
  const role = roleOf(ports.district);
  if (role.kind === 'school') throw new DataError(METHODOLOGISTS_ONLY);
  if (role.kind === 'none') throw new DataError(NO_ROLE);
}

/** The other methodologists' addresses from `Параметры` (through «;», «,» or spaces); not an address — left out. */
export function methodologistEmails(district: DistrictPort): string[] {
  const sheet = findSheet(district.sheetNames, SHEET_NAMES.parameters);
  if (sheet === undefined) return [];
  const key = matchKey(PARAMETERS.methodologists.key);
  const row = district.read(sheet).values.find((r) => matchKey(cellText(r[0])) === key);
  return cellText(row?.[1])
    .split(/[;,\s]+/)
    .map((e) => e.trim())
    .filter((e) => EMAIL.test(e));
}

/** The store key that remembers the methodologists the last setup gave access to. */
const METHODOLOGISTS_KEY = 'methodologists';

/**
 * The methodologists listed in `Параметры` may do what the owner does: the workbook is shared with them, and the
 * add-on's own sheets (`Параметры`, `ОО`, its store) list them as editors — the store for checkpoints; the output
 * sheets take their editors from the store's protection. Setup gives them every school's sheets and files too.
 */
export function grantMethodologists(ports: Ports): { emails: string[]; problem?: string } {
  const emails = methodologistEmails(ports.district);
  if (emails.length === 0) return { emails };
  try {
    ports.district.shareWith(emails);
    // `Журнал` too, when it is there: a colleague's run must be able to add its row (issue 12).
    for (const name of [SHEET_NAMES.parameters, SHEET_NAMES.registry, SHEET_NAMES.journal]) {
      const sheet = findSheet(ports.district.sheetNames, name);
      if (sheet !== undefined) ports.district.allowEditors(sheet, emails);
    }
    // The store exists from here on (its first write creates it, protected for the owner and the user).
    ports.store.set(METHODOLOGISTS_KEY, emails.join(';'));
    ports.district.allowEditors(STORE_SHEET, emails);
    return { emails };
  } catch (e) {
    const why = errorText(e).slice(0, 120);
    return { emails, problem: `Методисты: Google не принял адрес из ${LISTED} (${emails.join(', ')}) — ${why}.` };
  }
}

/**
 * «Проверить данные» by a school's editor: its own sheets only, marked, the issues in the panel; nothing else of
 * the workbook is written (its outputs and the add-on's store are the methodologists').
 */
export function checkOwnSchool(ports: Ports, sheets: readonly string[]): JobStep {
  const plan = planBuild(ports);
  const mine = (s: School) => {
    const at = plan.locations[s.code];
    if (at.mode !== 'shared') return false;
    return SCHOOL_SHEET_KINDS.some((k) => at.sheets[k] !== undefined && sheets.includes(at.sheets[k] as string));
  };
  const schools = plan.schools.filter(mine);
  if (schools.length === 0) {
    throw new DataError(
      `Ваши листы не найдены в реестре «${SHEET_NAMES.registry}»: `
        + 'попросите методиста проверить код ОО и ваш адрес.',
    );
  }
  const analyses = schools.map((s) => readSchool(ports, plan, s, true).analysis);
  const result = districtResult({ ...plan, schools, issues: [] }, analyses);
  const state = panelAfterBuild(result, panelContext(ports.properties));
  const message = outcomeMessage('check', result);
  return { status: 'done', outcome: { kind: 'check', message, reportUrl: null, state } };
}
