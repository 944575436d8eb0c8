// «Диагностика»: the checks an adapter ran, summed up in one Russian sentence for the panel and the menu.
import { count, type Forms } from '../core/plural';
import type { DiagnosticCheck, DiagnosticsReport } from '../shared/contract';

const CHECKS: Forms = ['проверка', 'проверки', 'проверок'];

export function diagnosticsReport(checks: DiagnosticCheck[]): DiagnosticsReport {
  const failed = checks.filter((c) => !c.ok);
  const message =
    failed.length === 0
      ? `Все ${count(checks.length, CHECKS)} пройдены: PedMonitor может работать в этом аккаунте Google.`
      : `Не пройдено ${failed.length} из ${count(checks.length, CHECKS)}: `
        + `${failed.map((c) => `«${c.title}»`).join(', ')}. `
        + 'Что делать — в пояснении к каждой проверке и в docs/google-setup.md.';
  return { checks, message };
}

/** The list as plain text (a menu run shows it in an alert): «✓ …» or «✗ …» with the detail. */
export function diagnosticsText(report: DiagnosticsReport): string {
  return [report.message, '', ...report.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.title}: ${c.detail}`)].join('\n');
}
