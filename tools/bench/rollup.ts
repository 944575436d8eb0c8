// Bench section: 85 regions × 30 districts × 16 schools (≈ 40 000 schools) of synthetic district summaries,
// rolled up into regions and the regions into the federal summary, as files, each step in its own process.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportNdjson } from '../../src/local/exportLong';
import { readSummaryFile, rollupToFolder, summaryText } from '../../src/local/rollup';
import { rollUp } from '../../src/core/rollup/compose';
import type { BenchSection } from './section';
import { syntheticDistrict } from './syntheticSummaries';

/** `BENCH_ROLLUP=85x30x16` (regions × districts × schools); smaller for a quick look. */
const [REGIONS, DISTRICTS, SCHOOLS] = (process.env.BENCH_ROLLUP ?? '85x30x16').split('x').map(Number);
const CHILD = 'rollup';

interface Measured {
  wallMs: number;
  cpuMs: number;
  maxRssMib: number;
  note: string;
}

const regionDir = (root: string, r: number) => join(root, `регион ${r + 1}`);
const districtFile = (root: string, r: number, d: number) => join(regionDir(root, r), `район ${d + 1}.json`);

/** Steps run in a child process each, so that every peak memory is that step's alone. */
const STEPS: Record<string, (root: string) => Promise<string>> = {
  /** Every region from its district files: read, compose, write summary.json (no .xlsx/.docx). */
  async regions(root) {
    let schools = 0;
    for (let r = 0; r < REGIONS; r++) {
      const inputs = [];
      for (let d = 0; d < DISTRICTS; d++) {
        const path = districtFile(root, r, d);
        inputs.push({ label: path, summary: await readSummaryFile(path) });
      }
      const region = rollUp(`Регион ${r + 1}`, inputs);
      schools += region.schools.length;
      await writeFile(join(root, `регион ${r + 1}.json`), summaryText(region));
    }
    return `${REGIONS} регионов, ОО: ${schools}`;
  },
  /** One region with all three files, as `pedmonitor rollup` writes them. */
  async oneRegion(root) {
    const inputs = Array.from({ length: DISTRICTS }, (_, d) => districtFile(root, 0, d));
    const region = await rollupToFolder({ name: 'Региона 1', inputs, outDir: join(root, 'регион 1 — файлы') });
    return `районов ${region.districts?.length}, ОО ${region.schools.length}: summary.json, summary.xlsx, report.docx`;
  },
  /** The federal summary.json from the region files, and its long table. */
  async federal(root) {
    const inputs = [];
    for (let r = 0; r < REGIONS; r++) {
      const path = join(root, `регион ${r + 1}.json`);
      inputs.push({ label: path, summary: await readSummaryFile(path) });
    }
    const all = rollUp('Российской Федерации', inputs);
    const path = join(root, 'федеральная.json');
    await writeFile(path, summaryText(all));
    const { rows } = await exportNdjson(all, join(root, 'таблица'));
    const mib = (await stat(path)).size / 2 ** 20;
    const ndjson = (await stat(join(root, 'таблица', 'indicators.ndjson'))).size / 2 ** 20;
    return (
      `районов ${all.districts?.length}, ОО ${all.schools.length}; summary.json ${mib.toFixed(0)} МиБ; `
      + `NDJSON ${rows} строк, ${ndjson.toFixed(0)} МиБ`
    );
  },
};

async function childRun([step, root]: readonly string[]): Promise<void> {
  const started = performance.now();
  const note = await STEPS[step](root);
  const u = process.resourceUsage();
  const m: Measured = {
    wallMs: performance.now() - started,
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
    maxRssMib: u.maxRSS / 1024,
    note,
  };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

function runChild(step: string, root: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const args = [process.argv[1], '--child', CHILD, step, root];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(text.trim().split('\n').pop() ?? '') as Measured);
      } catch {
        reject(new Error(`bench child ${step} exited with ${code}: ${text}`));
      }
    });
  });
}

export const rollupSection: BenchSection = {
  title:
    `Сводная региона и федеральная сводная: ${REGIONS} регионов × ${DISTRICTS} районов × ${SCHOOLS} ОО `
    + '(синтетические summary.json)',
  child: { name: CHILD, run: childRun },
  async run(print) {
    const root = await mkdtemp(join(tmpdir(), 'pedmonitor-rollup-'));
    try {
      const started = performance.now();
      for (let r = 0; r < REGIONS; r++) {
        await mkdir(regionDir(root, r));
        for (let d = 0; d < DISTRICTS; d++) {
          await writeFile(districtFile(root, r, d), summaryText(syntheticDistrict(r, d, SCHOOLS)));
        }
      }
      const prepared = ((performance.now() - started) / 1000).toFixed(1);
      print(`Подготовка: ${REGIONS * DISTRICTS} файлов районов за ${prepared} с.`);
      const labels: Record<string, string> = {
        regions: 'все регионы (чтение, сложение, summary.json)',
        oneRegion: 'один регион со всеми файлами',
        federal: 'федеральная сводная и NDJSON',
      };
      for (const step of ['regions', 'oneRegion', 'federal']) {
        const m = await runChild(step, root);
        const wall = (m.wallMs / 1000).toFixed(1).padStart(6);
        const cpu = (m.cpuMs / 1000).toFixed(1);
        print(`${labels[step].padEnd(46)} ${wall} с (ЦП ${cpu} с), пик RSS ${m.maxRssMib.toFixed(0)} МиБ — ${m.note}`);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
