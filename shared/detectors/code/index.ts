import type { Detector } from '../../engine/types';
import { proprietaryHeader } from './proprietary-header';
import { sourceCode } from './source-code';

/** The code detectors, keyed by id. */
export const codeDetectors = {
  'code.source_code': sourceCode,
  'code.proprietary_header': proprietaryHeader,
} as const satisfies Record<string, Detector>;
