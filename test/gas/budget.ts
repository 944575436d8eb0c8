// Counts the service calls of a full «Собрать сводную» for N schools (shared workbook or one file per school).
import { createServer } from '../../src/app/server';
import { gasPorts } from '../../src/gas/main';
import type { SetupMode } from '../../src/shared/contract';
import { SAMPLE_OPTIONS, type SampleOptions } from '../../src/sample/district';
import type { Call } from './fakes/recorder';
import type { FakeGoogle } from './fakes/google';
import { perSchoolDistrict, sharedDistrict } from './sampleWorkbook';

export interface CallCounts {
  schools: number;
  mode: SetupMode;
  /** SpreadsheetApp.openByUrl: one per school file. */
  opens: number;
  /** getValues on a school's sheet: one per sheet read. */
  schoolReads: number;
  /** Finding a school's sheets: getSheets, getName, getDataRange, getSheetId, the file's time zone. */
  schoolLookups: number;
  /** Everything else: settings, registry, lock, state, writing and protecting the output sheets. */
  other: number;
  /** The part of `other` that writes the four output sheets. */
  writing: number;
  total: number;
}

const LOOKUPS = new Set(['getSheets', 'getName', 'getDataRange', 'getSheetId', 'getSpreadsheetTimeZone', 'getUrl']);
const SCHOOL_SHEET = /^(\S+ )?(Педагоги|Курсы|Мероприятия)$/;
const OUTPUT_METHODS = new Set(['insertSheet', 'deleteSheet', 'setName', 'getIndex', 'getRange', 'setValues', 'setNumberFormats', 'setBackgrounds', 'setFontWeights', 'setNotes', 'setFrozenRows', 'setFrozenColumns', 'setColumnWidths', 'protect', 'setDescription', 'getEditors', 'removeEditors', 'canDomainEdit']);

/** Sorts a record of calls into the categories of the budget. */
export function classify(calls: readonly Call[], google: FakeGoogle, schools: number, mode: SetupMode): CallCounts {
  const inSchoolFile = (c: Call) => c.file !== undefined && c.file !== google.active.id;
  const onSchoolSheet = (c: Call) => inSchoolFile(c) || (c.sheet !== undefined && SCHOOL_SHEET.test(c.sheet));
  let opens = 0;
  let schoolReads = 0;
  let schoolLookups = 0;
  let other = 0;
  let writing = 0;
  for (const c of calls) {
    if (c.method === 'openByUrl') opens++;
    else if (c.method === 'getValues' && onSchoolSheet(c)) schoolReads++;
    else if (LOOKUPS.has(c.method) && (onSchoolSheet(c) || inSchoolFile(c) || (c.on === 'Sheet' && c.method === 'getName'))) schoolLookups++;
    else {
      other++;
      if (OUTPUT_METHODS.has(c.method) && !onSchoolSheet(c)) writing++;
    }
  }
  return { schools, mode, opens, schoolReads, schoolLookups, other, writing, total: calls.length };
}

const GLOBALS = ['SpreadsheetApp', 'DocumentApp', 'LockService', 'PropertiesService', 'HtmlService', 'Utilities', 'Session'] as const;

/** A district of N schools × `teachers` teachers, built in one call with the add-on's code in this process. */
export function measureCalls(schools: number, mode: SetupMode, teachers = 40): CallCounts {
  const options: SampleOptions = { ...SAMPLE_OPTIONS, schools, teachersPerSchool: teachers, notSubmitted: 0 };
  const { google } = mode === 'shared' ? sharedDistrict(options) : perSchoolDistrict(options);
  const g = globalThis as Record<string, unknown>;
  const saved = GLOBALS.map((k) => g[k]);
  Object.assign(g, google.globals());
  try {
    google.recorder.reset();
    const step = createServer(gasPorts()).startJob('summary');
    if (step.status !== 'done') throw new Error('measureCalls: the build did not finish in one call');
    return classify(google.recorder.calls, google, schools, mode);
  } finally {
    GLOBALS.forEach((k, i) => { g[k] = saved[i]; });
  }
}
