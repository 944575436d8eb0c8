// What each CLI command does: files in, files out, progress lines on stderr.
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IsoDate } from '../core/dates';
import { buildToFolder, OUTPUT_FILES } from '../local/outputFolder';
import { feedbackToFolder } from '../local/feedback';
import { journaled } from './journaled';
import { exportNdjson } from '../local/exportLong';
import { readSummaryFile, rollupToFolder } from '../local/rollup';
import { restoreNames } from '../local/restoreNames';
import { KEY_FOLDER, schoolKeyWorkbook } from '../local/schoolKey';
import { perSchoolTemplate, sharedTemplate, type TemplateSchool } from '../local/template';
import { writeSheets } from '../local/xlsxWrite';
import { generateDistrict, SAMPLE_OPTIONS } from '../../tools/sample/district';
import { DataError } from '../core/errors';
import type { Command } from './args';
import { SCHOOL_STATUSES } from '../core/catalogue/statuses';
import { registryColumns } from '../core/catalogue/sheets';

export type Log = (line: string) => void;

/** The district file of a per-school folder; school files sit next to it. */
export const PER_SCHOOL_DISTRICT_FILE = 'Район.xlsx';
export const schoolFileName = (code: string) => `ОО ${code}.xlsx`;

/** Today's date where the methodologist is (the machine's local calendar). */
export function localToday(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Refuses, before anything is written, to replace a file that exists: a filled district workbook or a school's key
 * («код → ФИО», kept nowhere else) overwritten by a blank one would be lost. Only the bundled sample is rewritten.
 */
async function refuseExisting(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    if (
      await lstat(path).then(
        () => true,
        () => false,
      )
    ) {
      throw new DataError(
        `Файл «${path}» уже есть: PedMonitor не перезаписывает файлы с данными. `
          + 'Укажите другое имя (--out) или удалите прежний файл, если он не нужен.',
      );
    }
  }
}

/** Writes a new file; `wx` also refuses a link planted at the path between the check and the write. */
async function save(path: string, bytes: Uint8Array, log: Log, overwrite = false): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { flag: overwrite ? 'w' : 'wx' });
  log(`Записан файл «${path}».`);
}

export async function runBuild(c: Extract<Command, { name: 'build' }>, log: Log): Promise<void> {
  const out = await journaled(c.outDir, 'build', log, async () => {
    const built = await buildToFolder({
      input: c.input,
      outDir: c.outDir,
      today: c.today ?? localToday(),
      log,
      ...(c.previous !== undefined ? { previous: c.previous } : {}),
      ...(c.schoolsDir !== undefined ? { schoolsDir: c.schoolsDir } : {}),
    });
    return { value: built, result: built.result, made: Object.values(OUTPUT_FILES).join(', ') };
  });
  const errors = out.summary.issues.filter((i) => i.severity === 'error').length;
  const warnings = out.summary.issues.length - errors;
  const submitted = out.summary.schools.filter((s) => s.submitted).length;
  log(
    `Готово: ОО сдали данные ${submitted} из ${out.summary.schools.length}; ошибок ${errors}, предупреждений ${warnings}.`,
  );
  log(
    `Результаты в папке «${c.outDir}»: summary.json, summary.xlsx, report.docx, recommendations.docx, decisions.docx.`,
  );
}

export async function runTemplate(c: Extract<Command, { name: 'template' }>, log: Log): Promise<void> {
  if (!c.perSchool) {
    await refuseExisting([c.out]);
    await save(c.out, await sharedTemplate({ today: localToday(), teacherIds: c.teacherIds }), log);
    return;
  }
  const schools: TemplateSchool[] = Array.from({ length: c.schools }, (_, i) => {
    const code = String(i + 1).padStart(c.schools > 99 ? 3 : 2, '0');
    return { code, name: `ОО ${code}`, file: schoolFileName(code) };
  });
  const files = await perSchoolTemplate(schools, { today: localToday(), teacherIds: c.teacherIds });
  await refuseExisting(
    [PER_SCHOOL_DISTRICT_FILE, ...files.schools.keys(), ...files.keys.keys()].map((n) => join(c.out, n)),
  );
  await save(join(c.out, PER_SCHOOL_DISTRICT_FILE), files.district, log);
  for (const [name, bytes] of files.schools) await save(join(c.out, name), bytes, log);
  for (const [name, bytes] of files.keys) await save(join(c.out, name), bytes, log);
  if (files.keys.size > 0)
    log(`Ключи «код → ФИО» — в папке «${KEY_FOLDER}»: раздайте каждой ОО её ключ и не собирайте их обратно.`);
}

export async function runSchoolKey(c: Extract<Command, { name: 'school-key' }>, log: Log): Promise<void> {
  await refuseExisting([c.out]);
  await save(c.out, await schoolKeyWorkbook(), log);
  log('Храните ключ только на компьютере школы: в таблицу района вносится только код педагога.');
}

export async function runNames(c: Extract<Command, { name: 'names' }>, log: Log): Promise<void> {
  await refuseExisting([c.out]);
  const done = await restoreNames({
    key: c.key,
    input: c.input,
    ...(c.school !== undefined ? { school: c.school } : {}),
  });
  await save(c.out, done.bytes, log);
  log(done.summary);
}

export async function runSample(c: Extract<Command, { name: 'sample' }>, log: Log): Promise<void> {
  // The sample is generated, never typed by anyone: `npm run sample` rewrites it on purpose.
  await save(c.out, await writeSheets(generateDistrict(SAMPLE_OPTIONS).district), log, true);
  if (c.perSchoolDir === undefined) return;
  const split = generateDistrict({ ...SAMPLE_OPTIONS, perSchool: true });
  await save(join(c.perSchoolDir, PER_SCHOOL_DISTRICT_FILE), await writeSheets(split.district), log, true);
  for (const [name, sheets] of split.schoolFiles)
    await save(join(c.perSchoolDir, name), await writeSheets(sheets), log, true);
}

export async function runRollup(c: Extract<Command, { name: 'rollup' }>, log: Log): Promise<void> {
  const region = await rollupToFolder({ name: c.regionName, inputs: c.inputs, outDir: c.outDir, log });
  const districts = region.districts ?? [];
  const submitted = districts.reduce((a, d) => a + d.schoolsSubmitted, 0);
  const registered = districts.reduce((a, d) => a + d.schoolsRegistered, 0);
  log(`Готово: районов ${districts.length}; ОО сдали данные ${submitted} из ${registered}.`);
  log(`Результаты в папке «${c.outDir}»: summary.json, summary.xlsx, report.docx.`);
}

export async function runExport(c: Extract<Command, { name: 'export' }>, log: Log): Promise<void> {
  const summary = await readSummaryFile(c.input);
  const { rows, files } = await exportNdjson(summary, c.outDir);
  log(`Готово: строк ${rows} (ОО × показатель). Файлы: ${files.map((f) => `«${f}»`).join(', ')}.`);
}

export async function runFeedback(c: Extract<Command, { name: 'feedback' }>, log: Log): Promise<void> {
  const done = await journaled(c.outDir, 'feedback', log, async () => {
    const r = await feedbackToFolder({
      input: c.input,
      outDir: c.outDir,
      today: c.today ?? localToday(),
      log,
      ...(c.deadline !== undefined ? { deadline: c.deadline } : {}),
      ...(c.from !== undefined ? { from: c.from } : {}),
      ...(c.schoolsDir !== undefined ? { schoolsDir: c.schoolsDir } : {}),
    });
    return { value: r, result: r.result, made: `писем: ${r.letters.length}` };
  });
  const { letters, files } = done;
  letters.forEach((l, i) => {
    const to = l.to.length > 0 ? l.to.join(', ') : 'АДРЕСА НЕТ — впишите получателя сами';
    log(
      `${files[i]}: ${l.name} — ${SCHOOL_STATUSES[l.status].label}; ошибок ${l.errors}, предупреждений ${l.warnings}; кому: ${to}`,
    );
  });
  const without = letters.filter((l) => l.to.length === 0);
  if (without.length > 0) {
    log(
      `Без адреса в «${registryColumns.email.header}»: ${without.map((l) => l.name).join('; ')} — `
        + 'письма записаны без получателя.',
    );
  }
  log(
    `Готово: писем ${letters.length} в папке «${c.outDir}»; ОО без писем (сдали без замечаний): `
      + `${done.result.schools.length - letters.length}.`,
  );
}
