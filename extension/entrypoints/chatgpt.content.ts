import { matchPatterns } from '../../shared/sites/known-sites';
import { startCapture } from '../lib/capture/start-capture';
import { chatgpt } from '../lib/sites/chatgpt';

export default defineContentScript({
  matches: matchPatterns('chatgpt'),
  runAt: 'document_start',
  main() {
    startCapture(chatgpt);
  },
});
