import { startWorkerHost } from '../../lib/nlp/worker-host';

/** The NLP host (compromise), run as a dedicated worker; see lib/nlp/nlp-transport.ts. */
export default defineUnlistedScript(() => {
  startWorkerHost(self as unknown as Parameters<typeof startWorkerHost>[0]);
});
