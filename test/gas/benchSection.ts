// A `npm run bench` section: service calls of «Собрать сводную» in the add-on for districts of several sizes.
import type { BenchSection } from '../../src/bench/section';
import { measureCalls, type CallCounts } from './budget';

const SIZES: readonly [number, CallCounts['mode']][] = [[10, 'shared'], [60, 'shared'], [10, 'per-school'], [100, 'per-school'], [150, 'per-school']];

export function formatCounts(c: CallCounts): string {
  const mode = c.mode === 'shared' ? 'общая таблица' : 'таблица на ОО';
  return `${String(c.schools).padStart(4)} ОО, ${mode.padEnd(13)}: открытий ${c.opens}, чтений листов ОО ${c.schoolReads} (≤ ${3 * c.schools}), поиск листов ${c.schoolLookups}, прочих ${c.other} (из них запись выходных листов ${c.writing}), всего ${c.total}`;
}

export const addonCallsSection: BenchSection = {
  title: 'Надстройка Google Таблиц: обращения к сервисам при «Собрать сводную» (подделки с учётом вызовов, 40 педагогов в ОО)',
  async run(print) {
    for (const [n, mode] of SIZES) print(formatCounts(measureCalls(n, mode)));
  },
};
