import type { STAGE_COLORS } from './squad-config';

export type StageColor = (typeof STAGE_COLORS)[number];
