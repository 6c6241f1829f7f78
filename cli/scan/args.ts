import { readFileSync } from 'node:fs';
import type { ScanOptions } from '../../shared/engine';

export interface ScanArgs {
  readonly mode: 'jsonl' | 'table';
  /** A path, or `-` for stdin. */
  readonly input: string;
  readonly fast: boolean;
  readonly options: ScanOptions;
}

export const USAGE = `usage: npm run --silent scan -- --jsonl <path|->   one JSON result per input line
       npm run scan -- <file|->                   human-readable table
options: --fast (content-script tier) · --org <name> · --keyword <term> · --options <scan-options.json>`;

export function parseScanArgs(argv: readonly string[]): ScanArgs | string {
  let mode: ScanArgs['mode'] = 'table';
  let input: string | undefined;
  let fast = false;
  const org: string[] = [];
  const keywords: string[] = [];
  let fileOptions: ScanOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--jsonl') {
      mode = 'jsonl';
      input = value();
    } else if (arg === '--fast') fast = true;
    else if (arg === '--org') org.push(value() ?? '');
    else if (arg === '--keyword') keywords.push(value() ?? '');
    else if (arg === '--options') {
      const path = value();
      if (path === undefined) return '--options needs a file';
      try {
        fileOptions = JSON.parse(readFileSync(path, 'utf8')) as ScanOptions;
      } catch (error) {
        return `cannot read --options ${path}: ${error instanceof Error ? error.message : String(error)}`;
      }
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else input = arg;
  }
  if (input === undefined) return USAGE;
  const options: ScanOptions = {
    ...fileOptions,
    organizationNames: [...(fileOptions.organizationNames ?? []), ...org],
    confidentialKeywords: [...(fileOptions.confidentialKeywords ?? []), ...keywords],
  };
  return { mode, input, fast, options };
}
