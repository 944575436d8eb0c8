// Counts the service calls of a full «Собрать сводную» for N schools (shared workbook or one file per school).
import { createServer } from '../../src/app/server';
import { gasPorts } from '../../src/gas/main';
import type { SetupMode } from '../../src/shared/contract';
import { SAMPLE_OPTIONS, type SampleOptions } from '../../tools/sample/district';
import type { Call } from './fakes/recorder';
import type { FakeGoogle } from './fakes/google';
import { perSchoolDistrict, sharedDistrict } from './sampleWorkbook';

export interface CallCounts {
  schools: number;
  mode: SetupMode;
  /**
   * Opening a school's file: the Sheets API's list of its sheets (names, ids) with their values — one per school file.
   */
  opens: number;
  /** Reads of school sheets: values of several schools' sheets in one call, which numbers are dates in another. */
  schoolReads: number;
  /** Any other call on a school's file or sheets (none is expected). */
  schoolOther: number;
  /** Everything else: settings, registry, lock, properties, job state, snapshot, writing the output sheets. */
  other: number;
  /** The part of `other` that writes the four output sheets (one batchUpdate). */
  writing: number;
  /** Every call on every Google service object, whatever it is. */
  total: number;
  /** A second build (true), or the first in a workbook without the add-on's store and output sheets. */
  rebuild?: boolean;
}

const SCHOOL_SHEET = /^(\S+ )?(Педагоги|Курсы|Мероприятия)$/;

/** Sorts a record of calls into the categories of the budget; every call lands in exactly one. */
export function classify(calls: readonly Call[], google: FakeGoogle, schools: number, mode: SetupMode): CallCounts {
  const inSchoolFile = (c: Call) => c.file !== undefined && c.file !== google.active.id;
  const onSchoolSheet = (c: Call) => inSchoolFile(c) || (c.sheet !== undefined && SCHOOL_SHEET.test(c.sheet));
  const counts: CallCounts = {
    schools,
    mode,
    opens: 0,
    schoolReads: 0,
    schoolOther: 0,
    other: 0,
    writing: 0,
    total: calls.length,
  };
  for (const c of calls) {
    if (c.detail === 'meta' && inSchoolFile(c)) counts.opens++;
    else if (c.detail === 'grid' && onSchoolSheet(c)) counts.schoolReads++;
    else if (onSchoolSheet(c)) counts.schoolOther++;
    else {
      counts.other++;
      if (c.detail === 'batch') counts.writing++;
    }
  }
  return counts;
}

const GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'LockService',
  'PropertiesService',
  'HtmlService',
  'Utilities',
  'Session',
  'Sheets',
] as const;

/** A district of N schools × `teachers` teachers, built in one call with the add-on's code in this process. */
/** `rebuild` — measure a second «Собрать сводную» (the store and the output sheets exist already). */
export function measureCalls(schools: number, mode: SetupMode, teachers = 40, rebuild = false): CallCounts {
  const options: SampleOptions = { ...SAMPLE_OPTIONS, schools, teachersPerSchool: teachers, notSubmitted: 0 };
  const { google } = mode === 'shared' ? sharedDistrict(options) : perSchoolDistrict(options);
  const g = globalThis as Record<string, unknown>;
  const saved = GLOBALS.map((k) => g[k]);
  Object.assign(g, google.globals());
  // Calls, not time, are counted: the whole build in one execution (test/gas/time.test.ts proves the time).
  google.clock.paused = true;
  try {
    if (rebuild) createServer(gasPorts()).startJob('summary');
    google.recorder.reset();
    const step = createServer(gasPorts()).startJob('summary');
    if (step.status !== 'done') throw new Error('measureCalls: the build did not finish in one call');
    return { ...classify(google.recorder.calls, google, schools, mode), rebuild };
  } finally {
    GLOBALS.forEach((k, i) => {
      g[k] = saved[i];
    });
  }
}
