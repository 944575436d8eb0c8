// `pedmonitor feedback`: the district's build over its files, then one .eml per school to remind, in one folder.
import { dirname } from 'node:path';
import { runBuild } from '../app/pipeline';
import type { IsoDate } from '../core/dates';
import type { DistrictPlan } from '../core/plan';
import type { BuildResult } from '../core/districtResult';
import { schoolLetters, type SchoolLetter } from '../core/reminders';
import { openDistrict } from './districtFiles';
import { toEml } from './eml';
import { refuseInputAsOutput, stageOutputs } from './outputDir';

export interface FeedbackOptions {
  input: string;
  outDir: string;
  today: IsoDate;
  /** `--deadline`: replaces «Срок сдачи» of `Параметры` for the statuses and the letters. */
  deadline?: IsoDate;
  from?: string;
  schoolsDir?: string;
  log?: (line: string) => void;
  /** The letters' Date header (tests fix it). */
  now?: Date;
}

export interface FeedbackResult {
  plan: DistrictPlan;
  result: BuildResult;
  letters: SchoolLetter[];
  /** File name of each letter, in the letters' order. */
  files: string[];
}

/** Names Windows refuses whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A school's code as a file name: the code is school text, so separators, control and reserved characters become
 * «_», «.»/«..» and Windows device names are changed, and two codes that end up alike (or alike but for case) get
 * «-2», «-3».
 */
export function letterFileNames(codes: readonly string[]): string[] {
  const taken = new Set<string>();
  return codes.map((code) => {
    let base = code
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
      .replace(/[. ]+$/, '')
      .slice(0, 80);
    if (base === '' || /^\.+$/.test(base)) base = 'ОО';
    if (base.startsWith('.')) base = `_${base}`;
    if (RESERVED.test(base)) base = `_${base}`;
    let name = `${base}.eml`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.eml`;
    taken.add(name.toLowerCase());
    return name;
  });
}

export async function feedbackToFolder(o: FeedbackOptions): Promise<FeedbackResult> {
  const log = o.log ?? (() => undefined);
  log(`Читаю книгу района «${o.input}»…`);
  const { ports, plan } = await openDistrict(
    o.input,
    o.today,
    (code) => log(`Открываю таблицу ОО ${code}…`),
    o.schoolsDir ?? dirname(o.input),
  );
  if (o.deadline !== undefined) plan.settings.deadline = o.deadline;
  const { result } = runBuild(ports, [], { plan });
  const letters = schoolLetters(result);
  const files = letterFileNames(letters.map((l) => l.code));
  await refuseInputAsOutput([o.input], o.outDir, files);
  const date = o.now ?? new Date();
  const staging = await stageOutputs(o.outDir);
  try {
    for (const [i, letter] of letters.entries()) await staging.write(files[i], toEml(letter, { date, from: o.from }));
    await staging.commit();
  } catch (e) {
    await staging.discard();
    throw e;
  }
  return { plan, result, letters, files };
}
