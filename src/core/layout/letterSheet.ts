// `Рекомендации`: one ОО's own section of the letter of addressed recommendations, for that school's own file.
import { LETTER_SHEET } from '../catalogue/documents';
import type { BuildResult } from '../districtResult';
import { referenceLine, signatureBlock } from '../report/attributes';
import { reportContext } from '../report/context';
import { letterTitle, REPORT_BACK_MONTHS, schoolSection } from '../report/letter';
import { periodPhrase } from '../report/format';
import { deadline } from '../report/measures';
import type { ReportBlock } from '../report/model';
import { schoolsWithProblems } from '../report/problems';
import { ReportWriter } from '../report/writer';
import type { ModelCell, SheetModel } from './model';

const runsText = (b: ReportBlock): string =>
  b.kind === 'paragraph'
    ? b.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('')
    : b.kind === 'bullets'
      ? b.items.map((i) => i.map((r) => (typeof r === 'string' ? r : r.text)).join('')).join('\n')
      : '';

/**
 * The section of ОО `code` exactly as the letter numbers and words it (the same model: «5.2» in the sheet is «5.2»
 * in the letter), under the letter's title, reference and deadline, with its signatory. Null for an ОО the letter
 * does not write to. Only this ОО's section: the sheet goes into a file its staff can read.
 */
export function letterSheet(result: BuildResult, code: string): SheetModel | null {
  const ctx = reportContext(result);
  return sectionSheet(result, schoolsWithProblems(ctx), code, ctx);
}

function sectionSheet(
  result: BuildResult,
  list: ReturnType<typeof schoolsWithProblems>,
  code: string,
  ctx: ReturnType<typeof reportContext>,
): SheetModel | null {
  const at = list.findIndex((p) => p.school.school.code === code);
  if (at < 0) return null;
  const s = result.settings;
  const w = new ReportWriter();
  schoolSection(ctx, w, list[at], at + 1);
  const sign = signatureBlock(s);
  const rows: ModelCell[][] = [
    line(`Письмо ${referenceLine(s.document, 'letter')}, раздел ${at + 1}.`),
    ...w.blocks.map((b, i) => line(runsText(b), i === 0)),
    line(`Информацию о выполнении рекомендаций просим направить ${deadline(s.period, REPORT_BACK_MONTHS)}.`),
    line(`${sign.position} ${sign.name}`),
  ];
  return sheet(result, rows);
}

const line = (value: string, bold = false): ModelCell[] => [{ value, ...(bold ? { bold: true } : {}) }];

function sheet(result: BuildResult, rows: ModelCell[][]): SheetModel {
  const header = [[letterTitle(result.settings)]];
  return { name: LETTER_SHEET, header, rows, frozenRows: 1, frozenColumns: 0, columnWidths: [900] };
}

/**
 * `Рекомендации` for each ОО of `codes`, in that order (the context is made once): its section of the letter, or, for
 * an ОО the letter does not write to, a sheet saying so — it replaces that school's sheet of an earlier period, which
 * must not stay looking current.
 */
export function recommendationSheets(result: BuildResult, codes: readonly string[]): SheetModel[] {
  const ctx = reportContext(result);
  const list = schoolsWithProblems(ctx);
  const period = periodPhrase(result.settings.period);
  return codes.map((code) => {
    const own = sectionSheet(result, list, code, ctx);
    if (own) return own;
    const submitted = result.schools.find((s) => s.school.code === code)?.submitted ?? false;
    return sheet(result, [
      line(
        submitted
          ? `По итогам мониторинга ${period} адресных рекомендаций вашей организации нет: проблем, требующих мер, не выявлено.`
          : `Сведения вашей организации в мониторинг ${period} не поступили, поэтому адресных рекомендаций по его итогам нет.`,
      ),
    ]);
  });
}
