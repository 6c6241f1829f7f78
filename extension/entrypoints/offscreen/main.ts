import { browser } from 'wxt/browser';
import { startOffscreenHost } from '../../lib/nlp/offscreen-host';
import { spawnNlpWorker } from '../../lib/nlp/nlp-transport';
import { createWorkerChannel } from '../../lib/nlp/worker-channel';

startOffscreenHost(browser.runtime, createWorkerChannel(spawnNlpWorker));
