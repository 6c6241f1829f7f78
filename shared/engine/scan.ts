import { registry } from '../detectors/registry';
import { createScanner } from './scanner';

/**
 * `scan` over the full registry. Importing this module pulls in every detector (phone numbers,
 * NLP, intent model): the content script uses `scanContent` from scan-content.ts instead.
 */
export const scan = createScanner(registry);
