/**
 * SQLite storage on better-sqlite3. WAL lets readers run beside the writer; `synchronous = FULL`
 * makes a commit survive power loss, which the client relies on when it deletes rows after a 2xx.
 * Reads and the rare administrative writes run on this connection, on the event loop. Event inserts
 * of a file database run in a writer thread (`sqlite-writer.ts`) and checkpoints in another
 * (`checkpointer.ts`), so neither a commit's fsync nor a checkpoint ever freezes the event loop.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startCheckpointer, type Checkpointer } from './checkpointer';
import { groupCommit } from './group-commit';
import { prepareInsertGroup } from './sqlite-events';
import { startEventWriter, type EventWriter } from './sqlite-writer';
import { MIGRATIONS } from './schema-sql';
import type { Device, InsertResult, NewDevice, Storage, StoredEvent, Tenant } from './storage';

interface TenantRow { id: string; name: string; hmac_key: string; created_at: number; enrollment_token_hash: string }
interface DeviceRow {
  tenant_id: string; install_id: string; user_id: string | null; browser: string | null; extension_version: string | null;
  enrolled_at: number; last_seen_at: number | null; revoked_at: number | null; token_hash: string;
}
interface EventRow { uid: string; install_id: string; class_uid: number; event_time: number; received_at: number; body: string }

export interface SqliteOptions {
  /** `FULL` (default) or `NORMAL` (faster; a power cut may lose the last commits). */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /**
   * Start the writer and checkpointer threads now instead of at the first insert: the collector
   * does, so its first batch does not wait for a thread to load (~1 s under tsx). Short-lived
   * processes (the admin CLI) leave it off and never start them.
   */
  readonly startThreads?: boolean;
  /** Problems that do not stop the collector (the background checkpointer failed). */
  readonly onWarning?: (message: string) => void;
}

const toTenant = (r: TenantRow): Tenant => ({ id: r.id, name: r.name, hmacKey: r.hmac_key, createdAt: r.created_at, enrollmentTokenHash: r.enrollment_token_hash });
const toDevice = (r: DeviceRow): Device => ({
  tenantId: r.tenant_id, installId: r.install_id, userId: r.user_id, browser: r.browser, extensionVersion: r.extension_version,
  enrolledAt: r.enrolled_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at, tokenHash: r.token_hash,
});
const DEVICE_COLUMNS = 'tenant_id, install_id, user_id, browser, extension_version, enrolled_at, last_seen_at, revoked_at, token_hash';
/** Pages of WAL after which a commit checkpoints (SQLite's default). */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1_000;

/** `path`: a file path or `:memory:`. */
export function openSqliteStorage(path: string, options: SqliteOptions = {}): Storage {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const synchronous = options.synchronous ?? 'FULL';
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  const q = {
    insertTenant: db.prepare('INSERT INTO tenants (id, name, enrollment_token_hash, hmac_key, created_at) VALUES (?, ?, ?, ?, ?)'),
    tenantByName: db.prepare<[string], TenantRow>('SELECT * FROM tenants WHERE name = ?'),
    tenantByToken: db.prepare<[string], TenantRow>('SELECT * FROM tenants WHERE enrollment_token_hash = ?'),
    tenants: db.prepare<[], TenantRow>('SELECT * FROM tenants ORDER BY created_at, name'),
    setTenantToken: db.prepare('UPDATE tenants SET enrollment_token_hash = ? WHERE id = ?'),
    device: db.prepare<[string, string], DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE tenant_id = ? AND install_id = ?`),
    deviceByToken: db.prepare<[string], DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`),
    devices: db.prepare<[string], DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE tenant_id = ? ORDER BY enrolled_at, install_id`),
    insertDevice: db.prepare(`INSERT INTO devices (tenant_id, install_id, token_hash, user_id, browser, extension_version, enrolled_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    reenrollDevice: db.prepare(`UPDATE devices SET token_hash = ?, user_id = ?, browser = ?, extension_version = ?, enrolled_at = ?
      WHERE tenant_id = ? AND install_id = ?`),
    revoke: db.prepare('UPDATE devices SET revoked_at = ? WHERE tenant_id = ? AND install_id = ? AND revoked_at IS NULL'),
    events: db.prepare<[string, number], EventRow>(`SELECT uid, install_id, class_uid, event_time, received_at, body FROM events
      WHERE tenant_id = ? ORDER BY received_at, uid LIMIT ?`),
    eventsOfClass: db.prepare<[string, number, number], EventRow>(`SELECT uid, install_id, class_uid, event_time, received_at, body FROM events
      WHERE tenant_id = ? AND class_uid = ? ORDER BY received_at, uid LIMIT ?`),
    countEvents: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM events WHERE tenant_id = ?'),
    purgeAll: db.prepare('DELETE FROM events WHERE received_at < ?'),
    purgeTenant: db.prepare('DELETE FROM events WHERE received_at < ? AND tenant_id = ?'),
  };

  const enroll = db.transaction((d: NewDevice): 'enrolled' | 'revoked' => {
    const existing = q.device.get(d.tenantId, d.installId);
    if (existing?.revoked_at != null) return 'revoked';
    if (existing) q.reenrollDevice.run(d.tokenHash, d.userId, d.browser, d.extensionVersion, d.now, d.tenantId, d.installId);
    else q.insertDevice.run(d.tenantId, d.installId, d.tokenHash, d.userId, d.browser, d.extensionVersion, d.now);
    return 'enrolled';
  });

  const insertEvents = path === ':memory:' ? groupCommit(prepareInsertGroup(db)) : threadedInserts(db, path, synchronous, options);

  return {
    async createTenant(name, enrollmentTokenHash, hmacKey, now) {
      const id = `t_${randomUUID()}`;
      q.insertTenant.run(id, name, enrollmentTokenHash, hmacKey, now);
      return { id, name, hmacKey, createdAt: now, enrollmentTokenHash };
    },
    async tenantByName(name) {
      const row = q.tenantByName.get(name);
      return row && toTenant(row);
    },
    async tenantByEnrollmentTokenHash(hash) {
      const row = q.tenantByToken.get(hash);
      return row && toTenant(row);
    },
    async listTenants() {
      return q.tenants.all().map(toTenant);
    },
    async setEnrollmentTokenHash(tenantId, hash) {
      return q.setTenantToken.run(hash, tenantId).changes === 1;
    },
    async enrollDevice(device) {
      return enroll(device);
    },
    async deviceByTokenHash(hash) {
      const row = q.deviceByToken.get(hash);
      return row && toDevice(row);
    },
    async listDevices(tenantId) {
      return q.devices.all(tenantId).map(toDevice);
    },
    async revokeDevice(tenantId, installId, now) {
      return q.revoke.run(now, tenantId, installId).changes === 1;
    },
    async insertEvents(tenantId, installId, events, receivedAt): Promise<InsertResult> {
      return insertEvents.insert({ tenantId, installId, events, receivedAt });
    },
    async listEvents(tenantId, limit, classUid): Promise<StoredEvent[]> {
      const rows = classUid === undefined ? q.events.all(tenantId, limit) : q.eventsOfClass.all(tenantId, classUid, limit);
      return rows.map((r) => ({
        uid: r.uid, installId: r.install_id, classUid: r.class_uid, time: r.event_time, receivedAt: r.received_at, body: r.body,
      }));
    },
    async countEvents(tenantId) {
      return q.countEvents.get(tenantId)?.n ?? 0;
    },
    async purgeEventsBefore(cutoff, tenantId) {
      return (tenantId === undefined ? q.purgeAll.run(cutoff) : q.purgeTenant.run(cutoff, tenantId)).changes;
    },
    async close() {
      await insertEvents.close();
      if (db.open) db.close();
    },
  };
}

/**
 * File databases: inserts in the writer thread and checkpoints in the checkpointer thread, both
 * started with the first insert. Neither connection checkpoints on commit while the checkpointer
 * runs; if it fails, both do again.
 */
function threadedInserts(db: Database.Database, path: string, synchronous: 'FULL' | 'NORMAL', { startThreads, onWarning }: SqliteOptions): Pick<EventWriter, 'insert' | 'close'> {
  let started: { writer: EventWriter; checkpointer: Checkpointer } | undefined;
  const start = () => {
    const writer = startEventWriter({ path, synchronous, autoCheckpointPages: 0 });
    const checkpointer = startCheckpointer(path, (reason) => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
      writer.setAutoCheckpoint(SQLITE_DEFAULT_AUTOCHECKPOINT);
      onWarning?.(`${reason}; automatic checkpoints restored`);
    });
    db.pragma('wal_autocheckpoint = 0');
    return { writer, checkpointer };
  };
  if (startThreads) started = start();
  return {
    insert(insert) {
      started ??= start();
      return started.writer.insert(insert);
    },
    async close() {
      if (!started) return;
      await started.writer.close();
      await started.checkpointer.stop();
      started = undefined;
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)');
  const applied = new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version));
  db.transaction(() => {
    MIGRATIONS.forEach((statements, version) => {
      if (applied.has(version)) return;
      for (const sql of statements) db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version) VALUES (?)').run(version);
    });
  })();
}
