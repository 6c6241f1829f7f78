/**
 * Tables as portable SQL: the types and statements below run unchanged on SQLite 3.35+ and
 * PostgreSQL 12+ (BIGINT epoch ms, TEXT ids, `ON CONFLICT DO NOTHING`). Each migration is a list
 * of statements; never edit a shipped one, append.
 *
 * Example `events` row (body shortened):
 *   tenant_id 't_5c1d…', uid '0b7e9c1a-…', install_id '7d0b8f0e-…', class_uid 2006,
 *   event_time 1795809438991, received_at 1795809440112, body '{"class_uid":2006,…}'
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE tenants (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      enrollment_token_hash TEXT NOT NULL UNIQUE,
      hmac_key TEXT NOT NULL,
      created_at BIGINT NOT NULL
    )`,
    `CREATE TABLE devices (
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      install_id TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      user_id TEXT,
      browser TEXT,
      extension_version TEXT,
      enrolled_at BIGINT NOT NULL,
      last_seen_at BIGINT,
      revoked_at BIGINT,
      PRIMARY KEY (tenant_id, install_id)
    )`,
    `CREATE TABLE events (
      tenant_id TEXT NOT NULL REFERENCES tenants (id),
      uid TEXT NOT NULL,
      install_id TEXT NOT NULL,
      class_uid INTEGER NOT NULL,
      event_time BIGINT NOT NULL,
      received_at BIGINT NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (tenant_id, uid)
    )`,
    'CREATE INDEX events_by_received ON events (tenant_id, received_at)',
    'CREATE INDEX events_received ON events (received_at)',
  ],
];
