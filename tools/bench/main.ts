// `npm run bench`: runs every section of sections.ts and prints what it measured.
import { cpus } from 'node:os';
import { SECTIONS } from './sections';

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--child') {
    const section = SECTIONS.find((s) => s.child?.name === argv[1]);
    if (!section?.child) throw new Error(`unknown bench child ${argv[1]}`);
    await section.child.run(argv.slice(2));
    return;
  }
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(`PedMonitor bench — Node ${process.version}, ${cpus().length} ядра, ${cpus()[0]?.model ?? ''}`);
  for (const s of SECTIONS) {
    print('');
    print(`## ${s.title}`);
    await s.run(print);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
