// Builds the analytical report from a build result: sections in the order below, no teacher named.
import type { BuildResult } from '../districtResult';
import type { Summary } from '../summary';
import { documentHead, signatureBlock } from './attributes';
import { reportContext, type ReportContext } from './context';
import { academicYear, periodPhrase } from './format';
import type { ReportDoc } from './model';
import { activitySection } from './sections/activity';
import { SECTION_TITLES, type SectionId } from '../catalogue/indicators';
import { accountingAppendix } from './sections/accounting';
import { appendixSection, rulesAppendix } from './sections/appendix';
import { bySchoolSection } from './sections/bySchool';
import { conclusionsSection } from './sections/conclusions';
import { coursesSection } from './sections/courses';
import { diagnosticsSection } from './sections/diagnostics';
import { dynamicsSection } from './sections/dynamics';
import { generalSection } from './sections/general';
import { growthSection } from './sections/growth';
import { mentoringSection } from './sections/mentoring';
import { routesSection } from './sections/routes';
import { staffSection } from './sections/staff';
import { sectionTail } from './sections/tail';
import { ReportWriter } from './writer';

interface Section {
  title: string;
  write: (ctx: ReportContext, w: ReportWriter) => void;
  /** The catalogue's section: its rule verdicts and its comparison with last year close it. */
  id?: SectionId;
  /** Starts on a new page (the wide table, the conclusions a head of district reads first). */
  newPage?: boolean;
  /** Written only with a previous period to compare with. */
  needsPrevious?: boolean;
}

/** The sections, in order (docs/decisions.md, «Порядок разделов»). */
export const SECTIONS: readonly Section[] = [
  { title: 'Общие сведения и полнота данных', write: generalSection },
  { title: SECTION_TITLES.staff, write: staffSection, id: 'staff' },
  { title: SECTION_TITLES.courses, write: coursesSection, id: 'courses' },
  { title: SECTION_TITLES.diagnostics, write: diagnosticsSection, id: 'diagnostics' },
  { title: SECTION_TITLES.routes, write: routesSection, id: 'routes' },
  { title: SECTION_TITLES.mentoring, write: mentoringSection, id: 'mentoring' },
  { title: SECTION_TITLES.activity, write: activitySection, id: 'activity' },
  { title: 'Преодоление дефицитов, запросы педагогов и методическая работа района', write: growthSection },
  { title: 'Показатели по образовательным организациям', write: bySchoolSection, newPage: true },
  { title: 'Динамика показателей', write: dynamicsSection, needsPrevious: true },
  { title: 'Выводы и предложения', write: conclusionsSection, newPage: true },
];
/** The number of «Показатели по образовательным организациям» (no section needing a previous period is before it). */
export const BY_SCHOOL_SECTION = SECTIONS.findIndex((s) => s.write === bySchoolSection) + 1;

export const APPENDIX_TITLES = {
  method: 'Приложение 1. Методика расчёта показателей',
  accounting: 'Приложение 2. Учёт представленных сведений',
} as const;

export function reportTitle(result: BuildResult): string {
  const who = result.settings.municipality.trim();
  return `Аналитическая справка о профессиональном развитии педагогических работников${who ? ` ${who}` : ''} ${periodPhrase(result.settings.period)}`;
}

/** Builds the analytical report from a build result; `previous` gives the dynamics section. */
export function buildReport(result: BuildResult, previous?: Summary): ReportDoc {
  const ctx = reportContext(result, previous);
  const w = new ReportWriter();
  SECTIONS.filter((s) => !s.needsPrevious || previous).forEach((section, i) => {
    if (section.newPage) w.pageBreak();
    w.heading(1, `${i + 1}. ${section.title}`);
    section.write(ctx, w);
    if (section.id) sectionTail(ctx, w, section.id);
  });
  const body = w.blocks.splice(0);
  w.pageBreak();
  w.heading(1, APPENDIX_TITLES.method);
  appendixSection(ctx, w);
  rulesAppendix(ctx, w);
  w.pageBreak();
  w.heading(1, APPENDIX_TITLES.accounting);
  accountingAppendix(ctx, w);
  const { start, end } = result.settings.period;
  const year = academicYear(result.settings.period);
  return {
    head: documentHead(result.settings, 'report'),
    title: reportTitle(result),
    // No subtitle: «за 2020/2021 учебный год» is 01.09–31.08, and another period is given by its dates in the title.
    fileName: `Аналитическая справка ${year ? year.replace('/', '-').replace(' учебный год', '') : `${start}—${end}`}`,
    blocks: body,
    signature: signatureBlock(result.settings),
    appendix: w.blocks,
  };
}
