import { expect, test } from 'vitest';
import { loadSigningKey } from './signing-key';
import { hostedUrl, renderUpdateManifest } from './update-manifest';

test('the update manifest names the app, the version and where the CRX is', () => {
  const xml = renderUpdateManifest({ extensionId: 'effnopkjhigkkkjldpkandbkbgmpmgpg', version: '0.1.0', codebase: 'https://x.example/a&b.crx' });
  expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
  expect(xml).toContain("<app appid='effnopkjhigkkkjldpkandbkbgmpmgpg'>");
  expect(xml).toContain("<updatecheck codebase='https://x.example/a&amp;b.crx' version='0.1.0' />");
});

test.each([
  ['https://sightline.example.com/ext', 'https://sightline.example.com/ext/sightline-0.1.0.crx'],
  ['https://sightline.example.com/ext/', 'https://sightline.example.com/ext/sightline-0.1.0.crx'],
  ['https://sightline.example.com', 'https://sightline.example.com/sightline-0.1.0.crx'],
])('hostedUrl(%s)', (base, expected) => {
  expect(hostedUrl(base, 'sightline-0.1.0.crx')).toBe(expected);
});

test('hostedUrl refuses plain http: Chrome fetches updates for force-installed extensions over https', () => {
  expect(() => hostedUrl('http://sightline.example.com', 'a.crx')).toThrow(/https/);
});

test.each([
  [{}, /no signing key: set SIGHTLINE_CRX_KEY .* or SIGHTLINE_CRX_KEY_FILE/],
  [{ SIGHTLINE_CRX_KEY: 'x', SIGHTLINE_CRX_KEY_FILE: 'y' }, /only one/],
  [{ SIGHTLINE_CRX_KEY_FILE: '/nonexistent/key.pem' }, /cannot read SIGHTLINE_CRX_KEY_FILE=\/nonexistent\/key.pem: ENOENT/],
  [{ SIGHTLINE_CRX_KEY: 'not a key' }, /not a PEM private key/],
])('loadSigningKey explains a missing or bad key in one line (%#)', (env, message) => {
  expect(() => loadSigningKey(env)).toThrow(message);
});
