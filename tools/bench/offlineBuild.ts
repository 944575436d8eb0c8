// Bench section: the whole offline build (read .xlsx → core → summary.json, summary.xlsx, report.docx) at 10/100/400
// schools,
// in one district workbook and with a file per school.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildToFolder, STAGES, type StageTime, type StageTimes } from '../../src/local/outputFolder';
import { writeSheets } from '../../src/local/xlsxWrite';
import { generateDistrict } from '../sample/district';
import type { BenchSection } from './section';

type Mode = 'shared' | 'per-school';
/** `BENCH_SIZES=10,100 npm run bench` measures fewer sizes; `400:per-school` is the district with a file per school. */
const RUNS: { schools: number; mode: Mode }[] = (process.env.BENCH_SIZES ?? '10,100,400,400:per-school')
  .split(',')
  .map((x) => {
    const [n, mode] = x.split(':');
    return { schools: Number(n), mode: mode === 'per-school' ? 'per-school' : 'shared' } as const;
  })
  .filter((r) => r.schools > 0);
const MODE_LABEL: Record<Mode, string> = { shared: 'книга', 'per-school': 'файлы ОО' };
const TEACHERS = 40;
/** The goal from the issue: 400 schools on a 2-core machine. */
const GOAL = { schools: 400, seconds: 20, mib: 1024 };
const TODAY = '2021-09-15';

interface ChildResult {
  times: Partial<StageTimes>;
  wallMs: number;
  /** user + system CPU time: less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  maxRssMib: number;
  teachers: number;
  issues: number;
  /** Why a stage failed (e.g. the report renderer is not there yet). */
  failed?: string;
}

const CHILD = 'offline-build';

/** Runs in a fresh process so that its peak memory is the build's alone. */
async function childRun(args: readonly string[]): Promise<void> {
  const [input, outDir] = args;
  const times: Partial<StageTimes> = {};
  const started = performance.now();
  let failed: string | undefined;
  let teachers = 0;
  let issues = 0;
  try {
    const out = await buildToFolder({ input, outDir, today: TODAY, times });
    teachers = (out.summary.district.indicators.K1 as { value: number }).value;
    issues = out.summary.issues.length;
  } catch (e) {
    failed = e instanceof Error ? e.message : String(e);
  }
  const usage = process.resourceUsage();
  const result: ChildResult = {
    times,
    wallMs: performance.now() - started,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssMib: usage.maxRSS / 1024,
    teachers,
    issues,
    ...(failed ? { failed } : {}),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(input: string, outDir: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1], '--child', CHILD, input, outDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = text.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as ChildResult);
      } catch {
        reject(new Error(`bench child exited with ${code}: ${text}`));
      }
    });
  });
}

const sec = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(2).padStart(6));
/** «стена (ЦП)» of one stage, in seconds. */
const stageCell = (t: StageTime | undefined) =>
  t ? `${(t.wallMs / 1000).toFixed(2)} (${(t.cpuMs / 1000).toFixed(2)})` : '—';

export const offlineBuildSection: BenchSection = {
  title: `Офлайн-сборка целиком: книга .xlsx → summary.json, summary.xlsx, report.docx (${TEACHERS} педагогов на ОО, с типичными ошибками)`,
  child: { name: CHILD, run: childRun },
  async run(print) {
    const dir = await mkdtemp(join(tmpdir(), 'pedmonitor-bench-'));
    try {
      print(
        `${'ОО'.padStart(4)} ${'режим'.padEnd(8)} ${'педагогов'.padStart(9)} ${'файлы, МиБ'.padStart(10)} | ${STAGES.map((s) => s.padStart(13)).join(' ')} | ${'всего, с'.padStart(8)} ${'ЦП, с'.padStart(6)} ${'пик RSS, МиБ'.padStart(12)}`,
      );
      for (const { schools, mode } of RUNS) {
        const folder = join(dir, `${mode}-${schools}`);
        await mkdir(folder);
        const input = join(folder, 'district.xlsx');
        const sample = generateDistrict({
          schools,
          teachersPerSchool: TEACHERS,
          seed: 7,
          mistakes: true,
          notSubmitted: 0,
          perSchool: mode === 'per-school',
        });
        await writeFile(input, await writeSheets(sample.district));
        let size = (await stat(input)).size;
        for (const [name, sheets] of sample.schoolFiles) {
          await writeFile(join(folder, name), await writeSheets(sheets));
          size += (await stat(join(folder, name))).size;
        }
        const r = await runChild(input, join(folder, 'out'));
        const within =
          schools === GOAL.schools
            ? ` ${r.wallMs / 1000 <= GOAL.seconds && r.maxRssMib <= GOAL.mib ? 'в пределах цели' : 'ВНЕ ЦЕЛИ'} (≤ ${GOAL.seconds} с, ≤ ${GOAL.mib} МиБ)`
            : '';
        print(
          `${String(schools).padStart(4)} ${MODE_LABEL[mode].padEnd(8)} ${String(r.teachers).padStart(9)} ${(size / 2 ** 20).toFixed(1).padStart(10)} | ${STAGES.map((s) => stageCell(r.times[s]).padStart(13)).join(' ')} | ${sec(r.wallMs).padStart(8)} ${sec(r.cpuMs)} ${r.maxRssMib.toFixed(0).padStart(12)}${within}`,
        );
        if (r.failed) print(`     сборка остановилась: ${r.failed}`);
      }
      print(
        'Стадии, секунды «всего (ЦП)»: read — чтение .xlsx; core — проверка и показатели; summaryJson, summaryXlsx, reportDocx — запись файлов.',
      );
      print(
        `ЦП — процессорное время сборки (user + system); при нагрузке на машину оно надёжнее времени «всего». Загрузка сейчас: ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}.`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
