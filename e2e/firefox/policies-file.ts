/**
 * Firefox reads enterprise policy from `distribution/policies.json` beside its binary, once at
 * start-up. Writing it is machine-wide and root-only, so the run restores whatever was there
 * before, also when it fails.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class PoliciesFile {
  private readonly path: string;
  private readonly previous: string | undefined;

  constructor(firefoxBinary: string) {
    // Debian links distribution/ to /usr/share/firefox-esr/distribution; write through the link.
    const distribution = join(dirname(realpathSync(firefoxBinary)), 'distribution');
    mkdirSync(existsSync(distribution) ? realpathSync(distribution) : distribution, { recursive: true });
    this.path = join(distribution, 'policies.json');
    this.previous = existsSync(this.path) ? readFileSync(this.path, 'utf8') : undefined;
  }

  write(policies: object): void {
    writeFileSync(this.path, JSON.stringify({ policies }, null, 2));
  }

  restore(): void {
    if (this.previous === undefined) rmSync(this.path, { force: true });
    else writeFileSync(this.path, this.previous);
  }

  toString(): string {
    return this.path;
  }
}
