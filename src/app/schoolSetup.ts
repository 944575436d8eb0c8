// One school's setup: who edits its sheets (its responsible people and the methodologists), the three sheets drawn
// where missing or given the catalogue's new columns, a failure noted per school while the others go on.
import { findSchoolFileSheet } from '../core/plan';
import { registryColumns, SCHOOL_SHEET_KINDS, SCHOOL_SHEETS, type SchoolSheetKind } from '../core/catalogue/sheets';
import { missingColumns, schoolSheetTemplate } from '../core/catalogue/templates';
import type { TeacherIds } from '../core/catalogue/teacherIds';
import type { IsoDate } from '../core/dates';
import type { School } from '../core/registry';
import { errorText } from './errorText';
import type { Ports, SpreadsheetPort } from './ports';
import { grantMethodologists } from './roles';

export interface Tally {
  createdSheets: number;
  /** Catalogue columns added to sheets made by an earlier version (issue 10's optional columns). */
  addedColumns: number;
  createdFiles: number;
  /** Schools left for the next click (time ran out). */
  pending: number;
  /** Russian notes on schools that could not be set up. */
  problems: string[];
  /** How new school sheets head the teacher column: as `Параметры` say after this setup. */
  teacherIds: TeacherIds;
  /** The period's last day in `Параметры`: the dropdowns of new school sheets use the names in force on it. */
  periodEnd?: IsoDate;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function emailParts(school: School): string[] {
  return school.email
    .split(/[;,\s]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

/** Something in «Email ответственного» that is not an address (setup names such schools). */
export function hasMistypedEmail(school: School): boolean {
  return emailParts(school).some((e) => !EMAIL.test(e));
}

/** The school's responsible addresses (several through «;» or «,»); text that is not an address is left out. */
export function emailsOf(school: School): string[] {
  return emailParts(school).filter((e) => EMAIL.test(e));
}

/** The other methodologists of this run's setup: they edit every school's sheets too (a check marks cells there). */
let colleagues: string[] = [];

/** Who may edit a school's sheets and file: its responsible people and the methodologists. */
export function editorsOf(school: School): string[] {
  return [...emailsOf(school), ...colleagues];
}

/** The methodologists get access first (their problem, if Google refused an address, is reported). */
export function shareWithMethodologists(ports: Ports, tally: Tally): void {
  const granted = grantMethodologists(ports);
  colleagues = granted.emails;
  if (granted.problem) tally.problems.push(granted.problem);
}

/** One school's setup: a failure (Google refused an address, a file vanished) is noted and the others go on. */
export function forSchool(school: School, tally: Tally, work: () => void): void {
  try {
    work();
  } catch (e) {
    const text = errorText(e);
    tally.problems.push(
      /e-?mail|адрес|invalid/i.test(text)
        ? `${school.name}: Google не принял адрес из «${registryColumns.email.header}» (${school.email}) — проверьте его.`
        : `${school.name}: настроить не удалось (${text.slice(0, 120)}).`,
    );
  }
}

/** Where a school's sheets are in a file, and what a missing one is called there. */
export interface SheetPlaces {
  existing(kind: SchoolSheetKind): string | undefined;
  newName(kind: SchoolSheetKind): string;
}

/** In a school's own file: `Педагоги` (or `<код> Педагоги`), new sheets by the bare kind. */
export const fileSheets = (file: SpreadsheetPort, school: School): SheetPlaces => ({
  existing: (k) => findSchoolFileSheet(file.sheetNames, school, k),
  newName: (k) => k,
});

/** The three sheets of a school in a file: drawn where missing, the school's emails allowed to edit them. */
export function ensureSchoolSheets(file: SpreadsheetPort, places: SheetPlaces, editors: string[], tally: Tally): void {
  for (const kind of SCHOOL_SHEET_KINDS) {
    const existing = places.existing(kind);
    if (existing === undefined) {
      file.addTemplateSheet(places.newName(kind), schoolSheetTemplate(kind, tally.teacherIds, tally.periodEnd), {
        editors,
      });
      tally.createdSheets++;
    } else {
      const columns = SCHOOL_SHEETS[kind].columns;
      tally.addedColumns += file.extendHeader(existing, (header) => missingColumns(header, columns, tally.periodEnd));
      file.allowEditors(existing, editors);
    }
  }
}
