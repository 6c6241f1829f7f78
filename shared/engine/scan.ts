import { registry } from '../detectors/registry';
import { createScanner } from './scanner';

/**
 * `scan` over the full registry. Importing this module pulls in every detector (phone numbers,
 * NLP, intent model): the content script uses `scanFast` from scan-fast.ts instead.
 */
export const scan = createScanner(registry);
