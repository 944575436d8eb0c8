// The sections `npm run bench` prints, in order: add a section here to measure something new.
import { addonCallsSection } from '../../test/gas/benchSection';
import type { BenchSection } from './section';
import { offlineBuildSection } from './offlineBuild';

export const SECTIONS: BenchSection[] = [offlineBuildSection, addonCallsSection];
