/** Collector settings from the environment, with the defaults the README documents. */
import { DEFAULT_DEVICE_BURST_EVENTS, DEFAULT_DEVICE_EVENTS_PER_SECOND, MAX_BATCH_EVENTS, MAX_BODY_BYTES } from '../shared/sync/limits';
import { DEFAULT_DATABASE_URL } from './storage/open-storage';
import type { RateLimitConfig } from './http/rate-limit';

export interface CollectorLimits {
  readonly maxBodyBytes: number;
  readonly maxBatchEvents: number;
  readonly rate: RateLimitConfig;
}

export interface CollectorConfig {
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly limits: CollectorLimits;
  readonly logLevel: string;
  /** `FULL` (default): a 2xx survives power loss. `NORMAL`: faster; survives a collector crash only. */
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
}

export const DEFAULT_LIMITS: CollectorLimits = {
  maxBodyBytes: MAX_BODY_BYTES,
  maxBatchEvents: MAX_BATCH_EVENTS,
  rate: { eventsPerSecond: DEFAULT_DEVICE_EVENTS_PER_SECOND, burstEvents: DEFAULT_DEVICE_BURST_EVENTS },
};

export function configFromEnv(env: NodeJS.ProcessEnv): CollectorConfig {
  return {
    host: env.HOST || '127.0.0.1',
    port: positiveInt(env.PORT, 8787, 'PORT', true),
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    logLevel: env.LOG_LEVEL || 'info',
    sqliteSynchronous: synchronous(env.SQLITE_SYNCHRONOUS),
    limits: {
      maxBodyBytes: positiveInt(env.MAX_BODY_BYTES, DEFAULT_LIMITS.maxBodyBytes, 'MAX_BODY_BYTES'),
      maxBatchEvents: positiveInt(env.MAX_BATCH_EVENTS, DEFAULT_LIMITS.maxBatchEvents, 'MAX_BATCH_EVENTS'),
      rate: {
        eventsPerSecond: positiveInt(env.DEVICE_EVENTS_PER_SECOND, DEFAULT_LIMITS.rate.eventsPerSecond, 'DEVICE_EVENTS_PER_SECOND'),
        burstEvents: positiveInt(env.DEVICE_BURST_EVENTS, DEFAULT_LIMITS.rate.burstEvents, 'DEVICE_BURST_EVENTS'),
      },
    },
  };
}

function positiveInt(raw: string | undefined, fallback: number, name: string, zeroOk = false): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < (zeroOk ? 0 : 1)) throw new Error(`${name} must be a ${zeroOk ? 'non-negative' : 'positive'} integer, got ${JSON.stringify(raw)}`);
  return value;
}

function synchronous(raw: string | undefined): 'FULL' | 'NORMAL' {
  const value = (raw || 'FULL').toUpperCase();
  if (value !== 'FULL' && value !== 'NORMAL') throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL, got ${JSON.stringify(raw)}`);
  return value;
}
