// The documents a build makes: how the panel and the CLI name them and the .docx file of each.

export type DocumentKind = 'report' | 'letter' | 'order';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['report', 'letter', 'order'];

export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, string>> = {
  report: 'Аналитическая справка',
  letter: 'Адресные рекомендации ОО',
  order: 'Проект приказа',
};

export const DOCUMENT_FILES: Readonly<Record<DocumentKind, string>> = {
  report: 'report.docx',
  letter: 'recommendations.docx',
  order: 'decisions.docx',
};

/** The protected sheet in an ОО's own file (per-school mode) with that ОО's section of the letter, and nothing else. */
export const LETTER_SHEET = 'Рекомендации';
