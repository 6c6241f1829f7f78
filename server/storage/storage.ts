/**
 * The collector's storage, one interface for every back end (SQLite now, PostgreSQL later). Every
 * method that reads or writes organisation data takes the tenant id: no query can cross tenants.
 * Methods are async so a networked database fits the same shape.
 */

export interface Tenant {
  readonly id: string;
  readonly name: string;
  /** Key for prompt fingerprints, handed to enrolled devices. */
  readonly hmacKey: string;
  readonly createdAt: number;
  /** SHA-256 hex of the current enrollment token, for the constant-time re-check. */
  readonly enrollmentTokenHash: string;
}

export interface Device {
  readonly tenantId: string;
  readonly installId: string;
  readonly userId: string | null;
  readonly browser: string | null;
  readonly extensionVersion: string | null;
  readonly enrolledAt: number;
  readonly lastSeenAt: number | null;
  readonly revokedAt: number | null;
  /** SHA-256 hex of the current device token. */
  readonly tokenHash: string;
}

export interface NewDevice {
  readonly tenantId: string;
  readonly installId: string;
  readonly tokenHash: string;
  readonly userId: string | null;
  readonly browser: string;
  readonly extensionVersion: string;
  readonly now: number;
}

/** One event ready to store: already validated, keyed and serialised. */
export interface StoredEventInput {
  /** Idempotency key: `finding_info.uid` or `metadata.uid`. */
  readonly uid: string;
  readonly classUid: number;
  readonly time: number;
  /** The event as received (unknown fields kept), serialised JSON. */
  readonly body: string;
}

export interface StoredEvent extends StoredEventInput {
  readonly installId: string;
  readonly receivedAt: number;
}

export interface InsertResult {
  readonly accepted: number;
  readonly duplicates: number;
}

export interface Storage {
  /** `enrollmentTokenHash`: SHA-256 hex of the token; the token itself is never stored. */
  createTenant(name: string, enrollmentTokenHash: string, hmacKey: string, now: number): Promise<Tenant>;
  tenantByName(name: string): Promise<Tenant | undefined>;
  tenantByEnrollmentTokenHash(hash: string): Promise<Tenant | undefined>;
  listTenants(): Promise<Tenant[]>;
  setEnrollmentTokenHash(tenantId: string, hash: string): Promise<boolean>;

  /**
   * Creates the device or gives an existing, non-revoked one a new token (a re-enrollment after a
   * lost token). Returns `revoked` instead when the install was revoked.
   */
  enrollDevice(device: NewDevice): Promise<'enrolled' | 'revoked'>;
  /** Resolves a device token (hashed) to its device, revoked or not. */
  deviceByTokenHash(hash: string): Promise<Device | undefined>;
  listDevices(tenantId: string): Promise<Device[]>;
  revokeDevice(tenantId: string, installId: string, now: number): Promise<boolean>;

  /**
   * Inserts in one transaction and sets the device's `lastSeenAt` to `receivedAt` in the same one
   * (no second commit per batch). An event whose (tenant, uid) exists is a duplicate, not an error.
   */
  insertEvents(tenantId: string, installId: string, events: readonly StoredEventInput[], receivedAt: number): Promise<InsertResult>;
  /** Oldest received first; `limit` rows; only class `classUid` when given (e.g. 6001, usage summaries). */
  listEvents(tenantId: string, limit: number, classUid?: number): Promise<StoredEvent[]>;
  countEvents(tenantId: string): Promise<number>;
  /** Deletes events received before `cutoff` (epoch ms), in every tenant or in one. */
  purgeEventsBefore(cutoff: number, tenantId?: string): Promise<number>;

  close(): Promise<void>;
}
