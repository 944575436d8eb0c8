// The sections `npm run bench` prints, in order: add a section here to measure something new.
import type { BenchSection } from './section';
import { offlineBuildSection } from './offlineBuild';
import { rollupSection } from './rollup';
// The add-on's call counts are measured with the recording fakes of its tests (test/gas), the only Google it has here.
import { addonCallsSection } from '../../test/gas/benchSection';

export const SECTIONS: BenchSection[] = [offlineBuildSection, rollupSection, addonCallsSection];
