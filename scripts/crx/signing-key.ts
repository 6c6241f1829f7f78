/**
 * Where `npm run pack:crx` finds the private signing key: only ever the environment, never the
 * repository (keys/ and *.pem are gitignored).
 */
import type { KeyObject } from 'node:crypto';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const KEY_ENV = 'SIGHTLINE_CRX_KEY';
export const KEY_FILE_ENV = 'SIGHTLINE_CRX_KEY_FILE';

export class SigningKeyError extends Error {}

export function loadSigningKey(env: NodeJS.ProcessEnv): KeyObject {
  const inline = env[KEY_ENV];
  const file = env[KEY_FILE_ENV];
  if (inline && file) throw new SigningKeyError(`set only one of ${KEY_ENV} and ${KEY_FILE_ENV}, not both`);
  if (!inline && !file) {
    throw new SigningKeyError(
      `no signing key: set ${KEY_ENV} to the PEM contents or ${KEY_FILE_ENV} to the path of the private key (it is never in the repository)`,
    );
  }
  let pem: string;
  if (inline) {
    // CI secret stores often flatten a PEM to one line with literal "\n" escapes.
    pem = inline.includes('\n') ? inline : inline.replace(/\\n/g, '\n');
  } else {
    try {
      pem = readFileSync(file as string, 'utf8');
    } catch (error) {
      throw new SigningKeyError(`cannot read ${KEY_FILE_ENV}=${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`the signing key from ${inline ? KEY_ENV : KEY_FILE_ENV} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'rsa') throw new SigningKeyError(`the signing key is ${key.asymmetricKeyType}; CRX3 needs RSA`);
  return key;
}
