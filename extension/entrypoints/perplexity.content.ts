import { matchPatterns } from '../../shared/sites/known-sites';
import { startCapture } from '../lib/capture/start-capture';
import { perplexity } from '../lib/sites/perplexity';

export default defineContentScript({
  matches: matchPatterns('perplexity'),
  runAt: 'document_start',
  main() {
    startCapture(perplexity);
  },
});
