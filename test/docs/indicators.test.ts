// docs/indicators.md is what the catalogue says: a changed indicator without `npm run docs` fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATORS_DOC, indicatorsMarkdown } from '../../scripts/indicatorsDoc';
import { BASE_INDICATORS } from '../../src/core/catalogue/indicators';

const written = readFileSync(join(__dirname, '..', '..', INDICATORS_DOC), 'utf8');

test('docs/indicators.md совпадает с каталогом (обновите: npm run docs)', () => {
  expect(written).toBe(indicatorsMarkdown());
});

test('каждый показатель каталога описан в docs/indicators.md', () => {
  for (const def of BASE_INDICATORS) expect(written).toContain(`| ${def.code} | `);
  expect(written).toContain('| D1:<предмет> | ');
});
