// Synthetic district summaries for the roll-up bench: consistent figures (district = Σ schools), no teacher data.
import { INDICATORS } from '../../src/core/catalogue/indicators';
import { CATALOGUE_VERSION } from '../../src/core/catalogue/version';
import { roundValue } from '../../src/core/districtResult';
import { composeIndicators } from '../../src/core/rollup/compose';
import type { Summary, SummaryIndicator } from '../../src/core/summary';
import { Random } from '../sample/random';

const PERIOD = { start: '2020-09-01', end: '2021-08-31' };
const NO_ROWS = { read: 0, used: 0, excluded: 0 };

function schoolFigures(r: Random): Record<string, SummaryIndicator> {
  const teachers = r.int(15, 60);
  const out: Record<string, SummaryIndicator> = {};
  for (const def of INDICATORS) {
    if (def.code === 'K1') out.K1 = { value: teachers };
    else if (def.kind === 'count') out[def.code] = { value: r.int(0, Math.ceil(teachers / 3)) };
    else if (def.kind === 'mean') {
      const ratings = r.int(0, teachers);
      let sum = 0;
      for (let i = 0; i < ratings; i++) sum += r.int(60, 100);
      out[def.code] = { numerator: sum, denominator: ratings, value: ratings === 0 ? null : roundValue(sum / ratings) };
    } else {
      const partial = def.code.startsWith('D1:') || ['I1', 'M1', 'PK8'].includes(def.code);
      const denominator = partial ? r.int(0, Math.ceil(teachers / 4)) : teachers;
      const numerator = r.int(0, denominator);
      out[def.code] = { numerator, denominator, value: denominator === 0 ? null : roundValue(numerator / denominator) };
    }
  }
  return out;
}

/** District `d` of region `region`: `schools` schools, one in twenty not submitted, a few issues counted. */
export function syntheticDistrict(region: number, d: number, schools: number): Summary {
  const r = new Random(region * 1000 + d + 1);
  const list = Array.from({ length: schools }, (_, i) => {
    const code = String(i + 1).padStart(2, '0');
    const submitted = !r.chance(0.05);
    return {
      code,
      name: `МБОУ СОШ №${i + 1}`,
      submitted,
      indicators: submitted ? schoolFigures(r) : {},
      rows: { Педагоги: { ...NO_ROWS }, Курсы: { ...NO_ROWS }, Мероприятия: { ...NO_ROWS } },
    };
  });
  return {
    version: CATALOGUE_VERSION,
    municipality: `Район ${region + 1}-${d + 1}`,
    period: { ...PERIOD },
    district: { indicators: composeIndicators(list.filter((s) => s.submitted).map((s) => s.indicators)) },
    schools: list,
    issues: [],
  };
}
