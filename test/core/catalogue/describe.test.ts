// The catalogue describes itself: `pedmonitor indicators --json`, and docs/indicators.md kept in step with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueJson, indicatorsMarkdown, methodParts } from '../../../src/core/catalogue/describe';
import { BASE_INDICATORS, INDICATORS } from '../../../src/core/catalogue/indicators';
import { main } from '../../../src/cli/main';

const DOC = join(__dirname, '..', '..', '..', 'docs', 'indicators.md');

test('docs/indicators.md is what the catalogue generates (regenerate: npm run docs)', () => {
  expect(readFileSync(DOC, 'utf8')).toBe(indicatorsMarkdown());
});

test('at least 45 base indicators, codes unique', () => {
  expect(BASE_INDICATORS.length).toBeGreaterThanOrEqual(45);
  expect(new Set(INDICATORS.map((d) => d.code)).size).toBe(INDICATORS.length);
});

test('every share and mean says its numerator and denominator in words; a count only its numerator', () => {
  for (const d of INDICATORS) {
    const { numerator, denominator } = methodParts(d);
    expect({ code: d.code, numerator: numerator.length > 10 }).toEqual({ code: d.code, numerator: true });
    expect({ code: d.code, denominator: denominator === null }).toEqual({
      code: d.code,
      denominator: d.kind === 'count',
    });
  }
});

test('the method document names every base code once, in a table row', () => {
  const doc = indicatorsMarkdown();
  for (const d of BASE_INDICATORS) expect(doc.split('\n').filter((l) => l.startsWith(`| ${d.code} |`))).toHaveLength(1);
});

test('pedmonitor indicators --json prints the catalogue: code, name, section, unit, numerator, denominator', async () => {
  let out = '';
  const code = await main(['indicators', '--json'], {
    out: (t) => {
      out += t;
    },
    log: () => undefined,
  });
  expect(code).toBe(0);
  const json = JSON.parse(out) as ReturnType<typeof catalogueJson>;
  expect(json).toEqual(catalogueJson());
  expect(json.base.map((d) => d.code)).toEqual(BASE_INDICATORS.map((d) => d.code));
  expect(json.base.find((d) => d.code === 'D3')).toMatchObject({
    section: 'Диагностика профессиональных дефицитов',
    unit: '%',
    kind: 'share',
    scope: 'school',
  });
  expect(json.base.find((d) => d.code === 'MO1')).toMatchObject({ scope: 'district', denominator: null });
});

test('--json and --markdown together are a usage error (exit code 2)', async () => {
  const code = await main(['indicators', '--json', '--markdown'], { out: () => undefined, log: () => undefined });
  expect(code).toBe(2);
});
