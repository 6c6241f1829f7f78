import { describe, expect, test } from 'vitest';
import { identifierWords } from './assignment';
import { failedNamedFormat } from './named-formats';

const A40 = 'Zq8Lk2Vm9Xw4Rt7Yb1Nc6Hd3Jf5Gs0Pa+/Qe2Wn8';

describe('provider-named value formats', () => {
  test.each([
    ['AWS_SECRET_ACCESS_KEY', A40, null],
    ['aws_access_key', `${A40}x`, 'AWS secret access key'],
    ['awsSecretKey', 'AKIAZ7QW2XR4PLM3NV6B', null],
    ['AWS_SESSION_TOKEN', 'x'.repeat(300), null], // session tokens are not judged
    ['ibm_iam_key', 'Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fQm9n7xV2kq8Z', null],
    ['ibm_cloud_api_key', 'Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fQm9n7xV2kq8Z--__x', 'IBM Cloud IAM API key'],
    ['secret_access_key', 'f'.repeat(47) + 'e', null],
    ['cos_secret_access_key', '0123456789abcdef'.repeat(3) + 'extra', 'S3-compatible secret access key'],
    ['canny_secret_access_key', '123e4567-e89b-42d3-a456-426614174000', null], // another provider's format
    ['meraki_api_key', '5f4dcc3b5aa765d61d8327deb882cf995f4dcc3b', null],
    ['meraki-api-key', '5F4dcc3b5aa765d61d8327deb882cf995f4dcc3b', 'Cisco Meraki API key'],
    ['okta_api_token', '00QCjAl4MlV-WPXMk8Rp2Tz0HmjFx-vbGuZx7Qw9Ln', null],
    ['okta_api_token', '00short', 'Okta API token'],
    ['GITHUB_TOKEN', 'anything', null],
  ])('%s = %s', (name, value, failed) => {
    expect(failedNamedFormat(identifierWords(name), value)?.credential ?? null).toBe(failed);
  });
});
