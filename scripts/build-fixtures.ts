/**
 * Bundles each fixture site's page script (e2e/fixtures/sites/<site>/app.ts) with the real
 * editor library it embeds (ProseMirror, Quill, Lexical) into <site>/vendor/app.js, which the
 * fixture page loads. Run by scripts/e2e.sh before the suite; the output is not committed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const SITES_DIR = resolve(import.meta.dirname, '../e2e/fixtures/sites');

const sites = readdirSync(SITES_DIR).filter((site) => existsSync(join(SITES_DIR, site, 'app.ts')));
await Promise.all(
  sites.map((site) =>
    build({
      entryPoints: [join(SITES_DIR, site, 'app.ts')],
      outfile: join(SITES_DIR, site, 'vendor/app.js'),
      bundle: true,
      format: 'iife',
      target: 'es2022',
      // Readable stack traces when a fixture misbehaves; size does not matter here.
      minify: false,
      // Lexical and others pick their build from NODE_ENV; the pages run the production one.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    }),
  ),
);
console.log(`fixtures: bundled ${sites.join(', ')}`);
