/**
 * Starts the real collector (`server/main.ts` under tsx) as a child process on a free port of
 * 127.0.0.1, for e2e tests and the load benchmark. `stop()` is a graceful SIGTERM, `kill()` a
 * SIGKILL (a crash mid-batch).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAdmin } from '../admin/cli';

const ROOT = resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 20_000;

export interface CollectorProcess {
  readonly url: string;
  readonly databaseUrl: string;
  readonly child: ChildProcess;
  /** Log lines (pino JSON) so far. */
  readonly logs: string[];
  /** Creates a tenant with the admin CLI and returns its enrollment token. */
  createTenant(name: string): Promise<string>;
  /** SIGTERM and wait for exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no graceful shutdown. */
  kill(): Promise<void>;
}

export interface StartOptions {
  /** Reuse a database (e.g. restart after `kill`); default: a fresh file in a temp dir. */
  readonly databaseUrl?: string;
  /** Extra environment (limits, LOG_LEVEL …). */
  readonly env?: Readonly<Record<string, string>>;
  /** Port to listen on; default a free one. */
  readonly port?: number;
  /** Extra Node options, e.g. `--cpu-prof` for the load benchmark. */
  readonly nodeArgs?: readonly string[];
  /**
   * `discard`: read the collector's stdout (its pino log) and drop it, as a log shipper reading a
   * pipe would, instead of keeping every line in `logs`: a long, busy run then costs the parent
   * neither memory nor parsing. stderr is still collected.
   */
  readonly stdout?: 'collect' | 'discard';
}

/** A port that was free a moment ago (the OS picks it; the collector binds it right after). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  await new Promise((resolveClose) => server.close(resolveClose));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startCollector(options: StartOptions = {}): Promise<CollectorProcess> {
  const databaseUrl = options.databaseUrl ?? `sqlite:${join(mkdtempSync(join(tmpdir(), 'sightline-collector-')), 'collector.db')}`;
  const port = options.port ?? (await freePort());
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl, ...options.env };
  // Node with tsx's loader, not the tsx CLI: signals then reach the collector itself, with no
  // wrapper process in between that could turn SIGTERM into an immediate exit.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean));
  if (options.stdout === 'discard') child.stdout.resume();
  else child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  // Readiness by /healthz, not by a log line: it works at any LOG_LEVEL.
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`collector exited (${child.exitCode}):\n${logs.join('\n')}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`collector did not start:\n${logs.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    url, databaseUrl, child, logs,
    async createTenant(name) {
      const lines: string[] = [];
      if (await runAdmin(['create-tenant', name], { DATABASE_URL: databaseUrl }, (l) => lines.push(l)) !== 0) throw new Error(lines.join('\n'));
      return lines.at(-1) ?? '';
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
