/**
 * Organisation-wide suppressions (policy `allowPatterns`): a finding whose matched text matches an
 * allow pattern is dropped, for one detector or category when the pattern names one. Recurring
 * false positives (a public support address, a test card the QA team pastes all day) are fixed
 * once, for everyone, instead of training employees to click "Send anyway".
 */
import type { Finding } from './types';
import { unsafeRegexReason } from './regex-safety';

export interface AllowPattern {
  /** A finding type (`pii.email`) or a category wildcard (`pii.*`); all findings when absent. */
  readonly detector?: string;
  readonly pattern: string;
}

interface CompiledAllow {
  readonly detector?: string;
  readonly regex: RegExp;
}

/** `secret.aws_access_key` matches itself, `secret.*` and `*`. */
export function typeMatches(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === type) return true;
  return pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1));
}

export function compileAllowPatterns(patterns: readonly AllowPattern[], errors: string[]): CompiledAllow[] {
  const compiled: CompiledAllow[] = [];
  for (const { detector, pattern } of patterns) {
    const unsafe = unsafeRegexReason(pattern);
    if (unsafe) {
      errors.push(`allowPatterns: ${unsafe}`);
      continue;
    }
    try {
      compiled.push({ ...(detector === undefined ? {} : { detector }), regex: new RegExp(pattern, 'u') });
    } catch {
      errors.push('allowPatterns: a pattern does not compile');
    }
  }
  return compiled;
}

export function isAllowed(finding: Finding, value: string, allow: readonly CompiledAllow[]): boolean {
  return allow.some((a) => (a.detector === undefined || typeMatches(a.detector, finding.type)) && a.regex.test(value));
}
