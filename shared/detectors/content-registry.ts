import type { Detector } from '../engine/types';
import { CONTENT_OTHER_DETECTORS, CONTENT_SECRET_RULES, type ContentDetectorId } from './content-registry.generated';
import { combineSecretDetectors } from './secret/lib/secret-scanner';

export type { ContentDetectorId };

/** Detectors keyed by their own id: the ids are written once, in the detectors. */
const byId = <D extends Detector>(detectors: readonly D[]): Record<string, D> => Object.fromEntries(detectors.map((d) => [d.id, d]));

/**
 * The content script's tier (issue #8). The page decides alone only when no worker verdict comes
 * within 300 ms, and then only `high`/`critical` findings stop a prompt (`decideFailClosed` in
 * shared/enforcement/decide.ts); everything milder is sent and judged by the worker. So this tier
 * holds exactly the fast-tier detectors whose findings can reach `high` (`maxSeverity`, else
 * `severity`), less the exclusions listed with their reasons in content-tier.ts, and nothing
 * else: the bundle budget is 80 KB.
 *
 * The list is generated from the fast registry (content-registry.generated.ts, written by
 * scripts/content-bundle/generate-content-registry.ts), one import per defining module so the
 * bundle carries only these; content-registry.test.ts fails when it is stale. The secret rules
 * share one anchor sweep, as in the full registry (secret/lib/secret-scanner.ts).
 */
export const contentRegistry = {
  ...combineSecretDetectors(byId(CONTENT_SECRET_RULES)),
  ...byId(CONTENT_OTHER_DETECTORS),
} as Readonly<Record<ContentDetectorId, Detector>>;
