import { matchPatterns } from '../../shared/sites/known-sites';
import { startCapture } from '../lib/capture/start-capture';
import { gemini } from '../lib/sites/gemini';

export default defineContentScript({
  matches: matchPatterns('gemini'),
  runAt: 'document_start',
  main() {
    startCapture(gemini);
  },
});
