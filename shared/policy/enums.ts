/** Enforcement modes, from least to most strict. */
export const MODES = ['monitor', 'warn', 'redact', 'block'] as const;
export type Mode = (typeof MODES)[number];

/** Rule actions are the same words as modes. */
export const ACTIONS = MODES;
export type Action = Mode;

export const PRIVACY_MODES = ['metadata', 'redacted', 'full'] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];

/** How strict an action is; higher is stricter. `redact` ranks above `warn` because the employee cannot override it. */
export function strictness(action: Action): number {
  return MODES.indexOf(action);
}
