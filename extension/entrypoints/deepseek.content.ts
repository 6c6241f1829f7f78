import { matchPatterns } from '../../shared/sites/known-sites';
import { startCapture } from '../lib/capture/start-capture';
import { deepseek } from '../lib/sites/deepseek';

export default defineContentScript({
  matches: matchPatterns('deepseek'),
  runAt: 'document_start',
  main() {
    startCapture(deepseek);
  },
});
