// docs/indicators.md from the catalogue: every indicator by report section, with its kind, unit and method.
import {
  BASE_INDICATORS, DEFICIT_INDICATORS, SECTION_TITLES, SUBJECT_INDICATORS, type IndicatorKind, type SectionId,
} from '../src/core/catalogue/indicators';

export const INDICATORS_DOC = 'docs/indicators.md';

const KIND_TEXT: Record<IndicatorKind, string> = { count: 'количество', share: 'доля', mean: 'среднее' };

/** A table cell: a `|` inside would end the cell early. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

interface Row {
  code: string;
  name: string;
  kind: IndicatorKind;
  unit: string;
  key: boolean;
  method: string;
}

/** A family of breakdowns (D1:<предмет>) is one row: its first member's wording, the list named. */
function family(code: string, members: readonly Row[], what: string): Row {
  const first = members[0];
  return { ...first, code, name: `${first.name.replace(/ — .*$|: .*$/, '')} — по каждому значению (${what})`, method: `${first.method} Всего ${members.length}.` };
}

function sectionRows(id: SectionId): Row[] {
  const rows: Row[] = BASE_INDICATORS.filter((d) => d.section === id);
  if (id === 'diagnostics') {
    rows.push(family('D1:<предмет>', SUBJECT_INDICATORS, 'предметы'), family('D2:<дефицит>', DEFICIT_INDICATORS, 'виды дефицитов'));
  }
  return rows;
}

export function indicatorsMarkdown(): string {
  const lines = [
    '# Показатели PedMonitor',
    '',
    '<!-- Этот файл создаёт `npm run docs` из каталога src/core/catalogue; тест сверяет его с каталогом. -->',
    '',
    'Доли района считаются как сумма числителей ОО / сумма знаменателей ОО; «ключевые» показатели стоят в таблице',
    'справки по ОО и в основной части листа «Сводная». Цель задаётся на листе «Параметры» строкой «Цель: <код>».',
  ];
  for (const id of Object.keys(SECTION_TITLES) as SectionId[]) {
    const rows = sectionRows(id);
    if (rows.length === 0) continue;
    lines.push('', `## ${SECTION_TITLES[id]}`, '', '| Код | Показатель | Вид | Ед. | Ключевой | Как считается |', '|---|---|---|---|---|---|');
    for (const r of rows) {
      lines.push(`| ${cell(r.code)} | ${cell(r.name)} | ${KIND_TEXT[r.kind]} | ${r.unit} | ${r.key ? 'да' : ''} | ${cell(r.method)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
