/**
 * Entry point of `npm run collector`. On SIGTERM/SIGINT it stops accepting connections, lets
 * in-flight batches finish (each is one transaction, so a batch is stored whole or not at all),
 * then closes the database.
 */
import { buildCollector } from './http/app';
import { configFromEnv } from './config';
import { openStorage } from './storage/open-storage';

/** A shutdown that takes longer than this is stuck; exit and let SQLite's WAL recover. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

const config = configFromEnv(process.env);
// `app` is read only when a warning comes, long after it is built.
const storage = openStorage(config.databaseUrl, {
  synchronous: config.sqliteSynchronous, startThreads: true,
  onWarning: (message) => app.log.warn({ storage: message }, 'storage degraded'),
});
const app = buildCollector({ storage, limits: config.limits, logger: { level: config.logLevel } });

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
  await app.close();
  await storage.close();
  app.log.info('stopped');
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));

await app.listen({ host: config.host, port: config.port });
