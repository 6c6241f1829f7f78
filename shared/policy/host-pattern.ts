/**
 * Hostname patterns used by `sanctionedApps`, `blockedApps`, `extraAiApps` and `internalDomains`:
 * a plain hostname matches itself only; `*.example.com` matches example.com and every subdomain.
 */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^(?:${LABEL}\\.)+${LABEL}$|^localhost$`);

export function isHostPattern(pattern: string): boolean {
  const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  return host.length <= 253 && HOSTNAME.test(host);
}

export function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!pattern.startsWith('*.')) return host === pattern;
  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

export function matchesAny(patterns: readonly string[], hostname: string): boolean {
  return patterns.some((pattern) => hostMatches(pattern, hostname));
}
