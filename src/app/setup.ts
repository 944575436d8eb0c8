// «Настроить таблицу»: settings and registry sheets, then each school's sheets — in this workbook or a file of its own.
import { findSheet, planWorkbook, type DistrictPlan } from '../core/plan';
import {
  registryColumns,
  SCHOOL_SHEET_KINDS,
  SERVICE_SHEETS,
  SHEET_LIMIT,
  SHEET_NAMES,
  schoolSheetName,
} from '../core/catalogue/sheets';
import { ACTIONS } from '../core/catalogue/labels';
import { cellText } from '../core/cells';
import { DataError } from '../core/errors';
import { count, type Forms } from '../core/plural';
import type { School } from '../core/registry';
import { matchKey } from '../core/text';
import type { SetupMode, SetupOutcome } from '../shared/contract';
import { saveMode } from './panelMemory';
import {
  hasMistypedEmail,
  type Tally,
  emailsOf,
  editorsOf,
  shareWithMethodologists,
  forSchool,
  type SheetPlaces,
  fileSheets,
  ensureSchoolSheets,
} from './schoolSetup';
import type { Ports } from './ports';
import { DISTRICT_SHEET } from '../core/catalogue/districtColumns';
import { districtTemplate, missingColumns, parametersTemplate, registryTemplate } from '../core/catalogue/templates';
import { REGISTRY_SHEET } from '../core/catalogue/sheets';
import { PARAMETERS } from '../core/catalogue/parameters';
import { CODE_RECOMMENDATION, DEFAULT_TEACHER_IDS, type TeacherIds } from '../core/catalogue/teacherIds';

/** One being rebuilt or drawn (charts) beside the service sheets. */
const TRANSIENT_SHEETS = 1;

export interface SetupTiming {
  /**
   * Creating a school's file takes seconds: stop before Apps Script's 6-minute limit and continue on the next click.
   */
  budgetMs: number;
}

export const DEFAULT_SETUP_TIMING: SetupTiming = { budgetMs: 240_000 };

const SHEETS: Forms = ['лист', 'листа', 'листов'];
const FILES: Forms = ['таблица', 'таблицы', 'таблиц'];
const SCHOOLS: Forms = ['ОО', 'ОО', 'ОО'];

/** Schools missing a sheet first (the real work), then the others' editors checked; stops when the time is up. */
function setupShared(ports: Ports, plan: DistrictPlan, started: number, budgetMs: number, tally: Tally): void {
  const names = ports.district.sheetNames;
  const shared = plan.schools.filter((s) => plan.locations[s.code].mode === 'shared');
  const missing = shared.reduce((n, s) => {
    const src = plan.locations[s.code];
    return n + (src.mode === 'shared' ? SCHOOL_SHEET_KINDS.filter((k) => src.sheets[k] === undefined).length : 0);
  }, 0);
  const later = SERVICE_SHEETS.filter((n) => findSheet(names, n) === undefined).length + TRANSIENT_SHEETS;
  if (names.length + missing + later > SHEET_LIMIT) {
    throw new DataError(
      `Для ${count(shared.length, SCHOOLS)} нужно ещё ${count(missing, SHEETS)}, а в одной таблице Google помещается не больше ${SHEET_LIMIT} листов. Выберите режим «Отдельная таблица для каждой ОО».`,
    );
  }
  const lacking = (s: School) => {
    const src = plan.locations[s.code];
    return src.mode === 'shared' && SCHOOL_SHEET_KINDS.some((k) => src.sheets[k] === undefined);
  };
  const ordered = [...shared.filter(lacking), ...shared.filter((s) => !lacking(s))];
  for (const [i, school] of ordered.entries()) {
    // Each school's sheets take seconds: what does not fit this execution is left for the next click.
    if (ports.clock.now() - started >= budgetMs) {
      tally.pending = ordered.length - i;
      break;
    }
    const src = plan.locations[school.code];
    if (src.mode !== 'shared') continue;
    forSchool(school, tally, () => {
      // Access to the workbook first: a protection's editor must be able to open the file to use it.
      ports.district.shareWith(emailsOf(school));
      const places: SheetPlaces = { existing: (k) => src.sheets[k], newName: (k) => schoolSheetName(school.code, k) };
      ensureSchoolSheets(ports.district, places, editorsOf(school), tally);
    });
  }
}

function fileName(school: School, municipality: string): string {
  return `${school.name} — PedMonitor${municipality ? `, ${municipality}` : ''}`;
}

/** Codes of linked school files still to be checked in this round of clicks (a round may span several). */
const VERIFY_ROUND = 'setup-verify-left';

/**
 * New files first (the real work), then the files already linked: their sheets and editors are checked in
 * rounds that continue across clicks, so every click makes progress and `pending` only goes down.
 */
function setupPerSchool(ports: Ports, plan: DistrictPlan, started: number, budgetMs: number, tally: Tally): void {
  const outOfTime = () => ports.clock.now() - started >= budgetMs;
  const links = new Map<School, string>();
  const create: School[] = [];
  const linked: School[] = [];
  for (const school of plan.schools) {
    const src = plan.locations[school.code];
    if (src.mode === 'file') linked.push(school);
    else if (SCHOOL_SHEET_KINDS.some((k) => src.sheets[k] !== undefined)) {
      tally.problems.push(
        `${school.name}: листы ОО уже есть в этой таблице — отдельный файл не создан, данные остаются на месте.`,
      );
    } else create.push(school);
  }
  let created = 0;
  for (const school of create) {
    if (outOfTime()) break;
    const editors = editorsOf(school);
    const file = ports.files.create(fileName(school, plan.settings.municipality), SCHOOL_SHEET_KINDS[0]);
    tally.createdFiles++;
    links.set(school, file.url);
    created++;
    forSchool(school, tally, () => {
      file.shareWith(editors);
      // A new file: draw all three (the first on the empty sheet the file was created with).
      ensureSchoolSheets(file, { existing: () => undefined, newName: (k) => k }, editors, tally);
    });
  }
  if (links.size > 0) writeLinks(ports, links);

  const byCode = new Map(linked.map((s) => [s.code, s]));
  const stored = ports.properties.get(VERIFY_ROUND);
  let left: string[] = stored
    ? (JSON.parse(stored) as string[]).filter((c) => byCode.has(c))
    : linked.map((s) => s.code);
  while (left.length > 0 && !outOfTime()) {
    const school = byCode.get(left[0]) as School;
    left = left.slice(1);
    const src = plan.locations[school.code];
    if (src.mode !== 'file') continue;
    const opened = ports.files.open(src.link);
    if (!opened.ok) {
      tally.problems.push(`${school.name}: ${opened.reason}`);
      continue;
    }
    const file = opened.file;
    const editors = editorsOf(school);
    forSchool(school, tally, () => {
      file.shareWith(editors);
      ensureSchoolSheets(file, fileSheets(file, school), editors, tally);
    });
  }
  ports.properties.set(VERIFY_ROUND, left.length > 0 ? JSON.stringify(left) : '');
  tally.pending = create.length - created + left.length;
}

/** Writes the new files' links into `ОО` → `Таблица`, keeping every other cell of that column as it was. */
function writeLinks(ports: Ports, links: Map<School, string>): void {
  const grid = ports.district.read(SHEET_NAMES.registry).values;
  const header = grid[0] ?? [];
  const wanted = matchKey(registryColumns.spreadsheet.header);
  let column = header.findIndex((h) => matchKey(cellText(h)) === wanted) + 1;
  const values: string[] = [];
  let fromRow = 2;
  if (column === 0) {
    column = header.length + 1;
    fromRow = 1;
    values.push(registryColumns.spreadsheet.header);
  }
  const last = Math.max(...[...links.keys()].map((s) => s.row));
  for (let row = 2; row <= last; row++) values.push(cellText(grid[row - 1]?.[column - 1]));
  for (const [school, url] of links) values[school.row - 2 + (fromRow === 1 ? 1 : 0)] = url;
  ports.district.writeColumn(SHEET_NAMES.registry, column, fromRow, values);
}

/** Creates what is missing and never touches what is there; a second run adds new schools and new editors. */
/**
 * `teacherIds` is the choice «Как обозначать педагогов» (in Google codes by default): it is written into a new
 * `Параметры` only — an existing district keeps what its `Параметры` say, so a second click never flips names to codes.
 */
export function runSetup(
  ports: Ports,
  mode: SetupMode,
  timing: SetupTiming = DEFAULT_SETUP_TIMING,
  teacherIds: TeacherIds = DEFAULT_TEACHER_IDS.google,
): Omit<SetupOutcome, 'state'> & { pending: number } {
  return ports.lock.withLock(() => {
    // The budget counts from the start of the execution: the wait for the lock is part of its 6 minutes.
    const started = ports.clock.executionStart();
    const tally: Tally = { createdSheets: 0, addedColumns: 0, createdFiles: 0, pending: 0, problems: [], teacherIds };
    saveMode(ports.properties, mode);
    const names = ports.district.sheetNames;
    if (findSheet(names, SHEET_NAMES.parameters) === undefined) {
      ports.district.addTemplateSheet(SHEET_NAMES.parameters, parametersTemplate(teacherIds), { editors: [] });
      tally.createdSheets++;
    }
    const registry = findSheet(names, SHEET_NAMES.registry);
    if (registry === undefined) {
      ports.district.addTemplateSheet(SHEET_NAMES.registry, registryTemplate(), { editors: [] });
      tally.createdSheets++;
    } else {
      tally.addedColumns += ports.district.extendHeader(registry, (header) =>
        missingColumns(header, REGISTRY_SHEET.columns),
      );
    }
    const district = findSheet(names, SHEET_NAMES.district);
    if (district === undefined) {
      ports.district.addTemplateSheet(SHEET_NAMES.district, districtTemplate(), { editors: [] });
      tally.createdSheets++;
    } else {
      tally.addedColumns += ports.district.extendHeader(district, (header) =>
        missingColumns(header, DISTRICT_SHEET.columns),
      );
    }
    const plan = planWorkbook(ports.district, ports.clock.today());
    tally.teacherIds = plan.settings.teacherIds;
    tally.periodEnd = plan.settings.period.end;
    shareWithMethodologists(ports, tally);
    const badEmail = plan.schools.filter(hasMistypedEmail);
    for (const s of badEmail)
      tally.problems.push(
        `${s.name}: в «${registryColumns.email.header}» не адрес электронной почты (${s.email}) — исправьте.`,
      );
    const noEmail = plan.schools.filter((s) => emailsOf(s).length === 0 && !badEmail.includes(s));
    if (noEmail.length > 0) {
      tally.problems.push(
        `Не указан «${registryColumns.email.header}» у ${count(noEmail.length, SCHOOLS)} (${noEmail
          .slice(0, 5)
          .map((s) => s.name)
          .join(
            ', ',
          )}${noEmail.length > 5 ? ', …' : ''}): их листы пока может править только владелец таблицы — впишите адреса и нажмите «${ACTIONS.setup}» ещё раз.`,
      );
    }
    if (mode === 'shared') setupShared(ports, plan, started, timing.budgetMs, tally);
    else setupPerSchool(ports, plan, started, timing.budgetMs, tally);
    return {
      message: setupMessage(plan, mode, tally),
      createdSheets: tally.createdSheets,
      createdFiles: tally.createdFiles,
      pending: tally.pending,
    };
  });
}

/** Says how teachers are named now and where that is changed. */
function teacherIdsText(ids: TeacherIds): string {
  const key = `«${PARAMETERS.teacherIds.key}» на листе «${SHEET_NAMES.parameters}»`;
  return ids === 'code'
    ? `Педагоги обозначаются кодами (${key}): ФИО в таблицу не вносятся, список «код → ФИО» школа хранит у себя.`
    : `Педагоги обозначаются по ФИО (${key}). ${CODE_RECOMMENDATION}`;
}

function setupMessage(plan: DistrictPlan, mode: SetupMode, t: Tally): string {
  const parts: string[] = [];
  if (plan.schools.length === 0) {
    parts.push(
      `Таблица подготовлена. Заполните реестр «${SHEET_NAMES.registry}» (код, наименование, email ответственного) и нажмите «${ACTIONS.setup}» ещё раз — появятся листы ОО.`,
    );
  } else {
    const made =
      mode === 'shared'
        ? `создано ${count(t.createdSheets, SHEETS)}`
        : `создано ${count(t.createdFiles, FILES)} ОО и ${count(t.createdSheets, SHEETS)}`;
    const added = t.addedColumns > 0 ? `, добавлено новых столбцов: ${t.addedColumns}` : '';
    parts.push(
      `Таблица настроена для ${count(plan.schools.length, SCHOOLS)}: ${made}${added}. Введённые данные не изменялись.`,
    );
  }
  parts.push(teacherIdsText(t.teacherIds));
  if (t.pending > 0)
    parts.push(
      `Не успели настроить ещё ${count(t.pending, SCHOOLS)} — нажмите «${ACTIONS.setup}» ещё раз, работа продолжится.`,
    );
  if (t.problems.length > 0) parts.push(`Требуют внимания: ${t.problems.join(' ')}`);
  return parts.join(' ');
}
