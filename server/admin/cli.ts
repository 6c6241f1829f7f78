/**
 * `npm run --silent collector:admin -- <command>`. Secrets are printed alone on the last line so
 * scripts can take them with `tail -n1`.
 */
import { configFromEnv } from '../config';
import { openStorage } from '../storage/open-storage';
import { createTenant, listDevices, purgeOlderThan, revokeDevice, rotateEnrollmentToken, usageSummaries } from './admin';

const USAGE = `usage: collector:admin -- <command>
  create-tenant <name>                 create a tenant; prints its enrollment token on the last line
  list-tenants                         id, name, created
  list-devices <tenant>                install id, user, browser, version, enrolled, last seen, revoked
  revoke-device <tenant> <installId>   revoke a device's token; it can never enroll again
  rotate-token <tenant>                new enrollment token (last line); the old one stops working
  purge --older-than-days <n> [--tenant <name>]   delete events received more than n days ago
  usage <tenant> [--limit <n>]         daily usage per AI app: day, app, user, install, prompts, pastes, uploads, flagged, actions`;

/** Default rows for `usage`: a month of a few apps on a few hundred devices. */
const USAGE_LIMIT = 10_000;

const iso = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString());

/** `err` receives errors and usage (stderr in the CLI), so stdout's last line is always the result. */
export async function runAdmin(argv: readonly string[], env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void = out): Promise<number> {
  const [command, ...args] = argv;
  const storage = openStorage(configFromEnv(env).databaseUrl);
  const now = Date.now();
  try {
    switch (command) {
      case 'create-tenant': {
        const name = need(args[0], 'tenant name');
        const { tenant, enrollmentToken } = await createTenant(storage, name, now);
        out(`Created tenant ${tenant.name} (${tenant.id}). Enrollment token (shown once, store it in managed policy):`);
        out(enrollmentToken);
        return 0;
      }
      case 'list-tenants':
        for (const t of await storage.listTenants()) out(`${t.id}\t${t.name}\t${iso(t.createdAt)}`);
        return 0;
      case 'list-devices':
        for (const d of await listDevices(storage, need(args[0], 'tenant name'))) {
          out([d.installId, d.userId ?? '-', d.browser ?? '-', d.extensionVersion ?? '-', iso(d.enrolledAt), iso(d.lastSeenAt), d.revokedAt === null ? 'active' : `revoked ${iso(d.revokedAt)}`].join('\t'));
        }
        return 0;
      case 'revoke-device': {
        const done = await revokeDevice(storage, need(args[0], 'tenant name'), need(args[1], 'install id'), now);
        out(done ? 'revoked' : 'no such active device');
        return done ? 0 : 1;
      }
      case 'rotate-token': {
        const token = await rotateEnrollmentToken(storage, need(args[0], 'tenant name'));
        out('New enrollment token (the previous one no longer enrolls devices):');
        out(token);
        return 0;
      }
      case 'purge': {
        const days = Number(flag(args, '--older-than-days'));
        if (!Number.isFinite(days) || days < 0) throw new Error('--older-than-days <n> is required');
        out(`deleted ${await purgeOlderThan(storage, days, now, flag(args, '--tenant'))} events`);
        return 0;
      }
      case 'usage': {
        const limit = Number(flag(args, '--limit') ?? USAGE_LIMIT);
        if (!Number.isSafeInteger(limit) || limit < 1) throw new Error('--limit must be a positive integer');
        out(['day', 'app', 'user', 'install', 'prompts', 'pastes', 'uploads', 'flagged', 'actions'].join('\t'));
        for (const u of await usageSummaries(storage, need(args[0], 'tenant name'), limit)) {
          const actions = Object.entries(u.actions).map(([action, n]) => `${action}=${n}`).join(',') || '-';
          out([u.day, u.app, u.user, u.installId, u.prompts, u.pastes, u.uploads, u.flagged, actions].join('\t'));
        }
        return 0;
      }
      default:
        (command === undefined || command === 'help' ? out : err)(USAGE);
        return command === undefined || command === 'help' ? 0 : 2;
    }
  } catch (error) {
    err(`error: ${(error as Error).message}`);
    return 1;
  } finally {
    await storage.close();
  }
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new Error(`missing ${what}\n${USAGE}`);
  return value;
}

function flag(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
