// A `npm run bench` section: service calls of «Собрать сводную» in the add-on for districts of several sizes.
import type { BenchSection } from '../../src/bench/section';
import { measureCalls, type CallCounts } from './budget';

const SIZES: readonly [number, CallCounts['mode']][] = [[10, 'shared'], [60, 'shared'], [10, 'per-school'], [100, 'per-school'], [150, 'per-school']];

export function formatCounts(c: CallCounts): string {
  const mode = c.mode === 'shared' ? 'общая таблица' : 'таблица на ОО';
  const budget = (c.mode === 'shared' ? 3 : 4) * c.schools + 40;
  return `${String(c.schools).padStart(4)} ОО, ${mode.padEnd(13)}: открытий ${c.opens}, чтений ОО ${c.schoolReads}, прочих обращений к файлам ОО ${c.schoolOther}, прочих ${c.other} (из них запись выходных листов ${c.writing}), всего ${c.total} (бюджет ${budget})`;
}

export const addonCallsSection: BenchSection = {
  title: 'Надстройка Google Таблиц: обращения к сервисам при «Собрать сводную» (подделки с учётом вызовов, 40 педагогов в ОО)',
  async run(print) {
    for (const [n, mode] of SIZES) print(formatCounts(measureCalls(n, mode)));
  },
};
