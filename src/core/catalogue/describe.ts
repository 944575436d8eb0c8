// The indicator catalogue in words: what `pedmonitor indicators --json` prints and docs/indicators.md is made of.
import { CATALOGUE_VERSION } from './version';
import { BASE_INDICATORS, INDICATORS, SECTION_TITLES, type IndicatorDef, type SectionId } from './indicators';

const UNIT_WORDS: Record<IndicatorDef['kind'], string> = { count: 'количество', share: 'доля', mean: 'среднее' };

export interface IndicatorDescription {
  code: string;
  name: string;
  section: string;
  unit: string;
  kind: string;
  /** 'school': each ОО and the district as Σ/Σ; 'district': only the district, from «Район» and the registry. */
  scope: 'school' | 'district';
  numerator: string;
  /** null for counts. */
  denominator: string | null;
}

/** «numerator / denominator» of a share's method; a count's method is its numerator. */
export function methodParts(def: IndicatorDef): { numerator: string; denominator: string | null } {
  const at = def.method.indexOf(' / ');
  if (def.kind === 'count' || at < 0) return { numerator: def.method, denominator: null };
  const numerator = def.method.slice(0, at).trim();
  const denominator = def.method
    .slice(at + 3)
    .trim()
    .replace(/\.$/, '');
  return { numerator, denominator };
}

export function describeIndicator(def: IndicatorDef): IndicatorDescription {
  return {
    code: def.code,
    name: def.name,
    section: SECTION_TITLES[def.section],
    unit: def.unit,
    kind: def.kind,
    scope: def.scope === 'district' ? 'district' : 'school',
    ...methodParts(def),
  };
}

/** Families of breakdowns (D1:<предмет> …): one description each, with how many codes it has. */
function families(): { family: string; count: number; example: IndicatorDef }[] {
  const base = new Set(BASE_INDICATORS.map((d) => d.code));
  const out = new Map<string, { family: string; count: number; example: IndicatorDef }>();
  for (const d of INDICATORS) {
    if (base.has(d.code)) continue;
    const family = d.code.split(':')[0];
    const f = out.get(family) ?? { family, count: 0, example: d };
    f.count++;
    out.set(family, f);
  }
  return [...out.values()];
}

/** The JSON of `pedmonitor indicators --json`: the version, the base indicators and every breakdown code. */
export function catalogueJson(): { version: number; base: IndicatorDescription[]; breakdowns: IndicatorDescription[] } {
  const base = new Set(BASE_INDICATORS.map((d) => d.code));
  return {
    version: CATALOGUE_VERSION,
    base: BASE_INDICATORS.map(describeIndicator),
    breakdowns: INDICATORS.filter((d) => !base.has(d.code)).map(describeIndicator),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/indicators.md, generated: the project's own method document. */
export function indicatorsMarkdown(): string {
  const lines = [
    '# Показатели PedMonitor — методика расчёта',
    '',
    '<!-- Файл создан из каталога показателей (src/core/catalogue): не правьте его вручную, а запустите',
    '     `npm run docs`; тест test/core/catalogue/describe.test.ts проверяет, что файл совпадает с каталогом. -->',
    '',
    `Версия каталога: ${CATALOGUE_VERSION}. Базовых показателей: ${BASE_INDICATORS.length}.`,
    '',
    'Доля — это числитель / знаменатель; значение района — Σ числителей ОО / Σ знаменателей ОО (не среднее',
    'процентов), так же складываются районы в регион. Нулевой знаменатель даёт «—». T — число педагогов,',
    'учтённых на листах «Педагоги». Показатели листа «Район» считаются только для района: у ОО их нет.',
  ];
  for (const [section, title] of Object.entries(SECTION_TITLES) as [SectionId, string][]) {
    const defs = BASE_INDICATORS.filter((d) => d.section === section);
    if (defs.length === 0) continue;
    lines.push('', `## ${title}`, '', '| код | показатель | вид | числитель | знаменатель |', '|---|---|---|---|---|');
    for (const d of defs) {
      const { numerator, denominator } = methodParts(d);
      lines.push(
        `| ${d.code} | ${cell(d.name)} | ${UNIT_WORDS[d.kind]}, ${d.unit} | ${cell(numerator)} | ${denominator === null ? '—' : cell(denominator)} |`,
      );
    }
  }
  lines.push('', '## Разбивки', '', '| коды | сколько | как считается (пример) |', '|---|---|---|');
  for (const f of families())
    lines.push(`| ${f.family}:… | ${f.count} | ${cell(f.example.code)}: ${cell(f.example.method)} |`);
  return `${lines.join('\n')}\n`;
}
