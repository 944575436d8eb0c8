// Every sheet a build writes, in the order they appear in the workbook.
import type { BuildResult } from '../districtResult';
import { errorsSheet } from './errorsSheet';
import type { SheetModel } from './model';
import { planSheet } from './planSheet';
import { subjectSheet, summarySheet } from './summarySheets';

export function outputSheets(result: BuildResult): SheetModel[] {
  return [summarySheet(result), subjectSheet(result), errorsSheet(result), planSheet(result)];
}

export { errorsSheet, planSheet, subjectSheet, summarySheet };
