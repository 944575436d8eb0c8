// The three documents of one build — справка, letter to heads of ОО, draft order — from the same figures.
import type { BuildResult } from '../districtResult';
import type { Summary } from '../summary';
import { DOCUMENT_KINDS, DOCUMENT_LABELS, type DocumentKind } from '../catalogue/documents';
import { buildReport } from './analyticalReport';
import { fileYear, buildLetter } from './letter';
import type { ReportDoc } from './model';
import { buildOrder } from './order';

/**
 * All three documents. Their file names share a prefix («Мониторинг 2020-2021 — 1. …»): without a Drive scope the
 * add-on cannot make a folder, so the Docs sort beside each other in «Мой диск» instead.
 */
export function buildDocuments(result: BuildResult, previous?: Summary): Record<DocumentKind, ReportDoc> {
  const docs = {
    report: buildReport(result, previous),
    letter: buildLetter(result, previous),
    order: buildOrder(result, previous),
  };
  const prefix = `Мониторинг ${fileYear(result.settings.period)}`;
  DOCUMENT_KINDS.forEach((kind, i) => {
    docs[kind].fileName = `${prefix} — ${i + 1}. ${DOCUMENT_LABELS[kind]}`;
  });
  return docs;
}
