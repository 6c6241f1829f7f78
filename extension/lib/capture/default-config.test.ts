import { expect, test } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import { CONTENT_DEFAULT_CONFIG } from './default-config';

test("the content script's defaults are the policy's", () => {
  expect(CONTENT_DEFAULT_CONFIG).toEqual(DEFAULT_ENFORCEMENT_CONFIG);
});
