// A `npm run bench` section: service calls of «Собрать сводную» in the add-on for districts of several sizes.
import type { BenchSection } from '../../tools/bench/section';
import { measureCalls, type CallCounts } from './budget';

const SIZES: readonly [number, CallCounts['mode'], boolean][] = [
  [10, 'shared', false],
  [60, 'shared', false],
  [60, 'shared', true],
  [10, 'per-school', false],
  [100, 'per-school', false],
  [150, 'per-school', false],
  [150, 'per-school', true],
];

export function formatCounts(c: CallCounts): string {
  const mode = `${c.mode === 'shared' ? 'общая таблица' : 'таблица на ОО'}${c.rebuild ? ', повторно' : ''}`;
  const budget = (c.mode === 'shared' ? 3 : 4) * c.schools + 40;
  return `${String(c.schools).padStart(4)} ОО, ${mode.padEnd(23)}: открытий ${c.opens}, чтений ОО ${c.schoolReads}, прочих обращений к файлам ОО ${c.schoolOther}, прочих ${c.other} (из них запись выходных листов ${c.writing}), всего ${c.total} (бюджет ${budget})`;
}

export const addonCallsSection: BenchSection = {
  title:
    'Надстройка Google Таблиц: обращения к сервисам при «Собрать сводную» (подделки с учётом вызовов, 40 педагогов в ОО)',
  async run(print) {
    for (const [n, mode, rebuild] of SIZES) print(formatCounts(measureCalls(n, mode, 40, rebuild)));
  },
};
