import { describe, expect, test } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay, parseRetryAfter } from './backoff';
import { isEnrollResponse, isEventsResponse } from './protocol';
import { responseAction, type ResponseAction } from './response-action';

describe('responseAction', () => {
  test.each<[number, string | undefined, ResponseAction]>([
    [200, undefined, 'delivered'], [204, undefined, 'delivered'],
    [429, 'rate_limited', 'retry'], [502, undefined, 'retry'], [503, undefined, 'retry'], [504, undefined, 'retry'], [500, 'internal', 'retry'],
    [413, 'payload_too_large', 'split'], [400, 'bad_request', 'split'],
    [401, 'unauthorized', 'reenroll'], [403, 'device_revoked', 'revoked'], [403, undefined, 'reenroll'],
    [404, undefined, 'dead-letter'], [415, 'unsupported_media_type', 'dead-letter'],
  ])('%i %s → %s', (status, error, action) => {
    expect(responseAction(status, error as never)).toBe(action);
  });
});

describe('backoffDelay', () => {
  test.each([
    [0, 0.5, undefined, 500], [3, 0.5, undefined, 4_000], [10, 0.999, undefined, 29_970], [40, 0.999, undefined, 29_970],
    [0, 0, 7_000, 7_000], [0, 0.5, 60_000, BACKOFF_CAP_MS],
  ])('attempt %i, random %d, Retry-After %s → %i ms', (attempt, random, retryAfter, expected) => {
    expect(backoffDelay(attempt, () => random, retryAfter)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1);
  test.each([
    ['5', 5_000], [' 0 ', 0], [new Date(now + 12_000).toUTCString(), 12_000], [new Date(now - 5_000).toUTCString(), 0],
    ['soon', undefined], [null, undefined], ['', undefined],
  ])('%s → %s', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

describe('response guards', () => {
  test.each([
    [{ deviceToken: 'd', hmacKey: 'k' }, true], [{ deviceToken: '', hmacKey: 'k' }, false], [null, false], [[], false],
  ])('isEnrollResponse(%j) = %s', (value, expected) => expect(isEnrollResponse(value)).toBe(expected));
  test.each([
    [{ accepted: 1, duplicates: 0, rejected: [] }, true],
    [{ accepted: 1, duplicates: 0, rejected: [{ index: 0, reason: 'invalid' }] }, true],
    [{ accepted: -1, duplicates: 0, rejected: [] }, false],
    [{ accepted: 1, duplicates: 0, rejected: [{ index: 'x' }] }, false],
  ])('isEventsResponse(%j) = %s', (value, expected) => expect(isEventsResponse(value)).toBe(expected));
});
