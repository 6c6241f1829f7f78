import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../../../engine/options';
import type { Detector } from '../../../engine/types';
import { drivingLicence } from '../driving-licence';
import { email } from '../email';
import { url } from '../web-address';

const spans = (d: Detector, text: string): string[] =>
  d.detect({ text, lower: text.toLowerCase(), options: resolveOptions() }).map((c) => text.slice(c.start, c.end));

/**
 * Values right after the adversarial runs the scans now step over in one pass (issue #4): a run
 * of digits for the DVLA scan, a dotted run with no URL or address in it for the URL and e-mail
 * scans.
 */
describe('values after long runs', () => {
  test.each([
    [drivingLicence, `${'7'.repeat(40)} licence MORGA657054SM9IJ`, ['MORGA657054SM9IJ']],
    [drivingLicence, `${'9'.repeat(40)}AB1CD MORGA657054SM9IJ`, ['MORGA657054SM9IJ']],
    [url, `${'a.b.c.d.e@'.repeat(50)} see https://example.org/x`, ['https://example.org/x']],
    [url, `${'a.b.c.d.e@'.repeat(50)}example.com`, []],
    [url, 'x.http://a.com and www.kelly-garden.co.uk.', ['www.kelly-garden.co.uk']],
    [email, `${'a.b.c.d.e@'.repeat(50)} mail jane.roe@acme.io or x@y.z`, ['jane.roe@acme.io']],
    [email, 'a.b.c.d.e@acme.io@b.co', ['a.b.c.d.e@acme.io']],
  ])('%#: %s', (detector, text, expected) => {
    expect(spans(detector, text)).toEqual(expected);
  });
});
