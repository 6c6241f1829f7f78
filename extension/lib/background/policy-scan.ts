import type { Scan, ScanOptions } from '../../../shared/engine';
import type { EnforcementConfig } from '../../../shared/enforcement/config';
import { enforcementConfigFrom, scanOptionsFrom } from '../../../shared/policy/adapters';
import type { EffectivePolicy } from '../../../shared/policy/resolve';
import type { PolicyService } from '../policy/policy-service';

/**
 * The engine and the enforcement settings under the policy in force. Handlers always await
 * `getEnforcementConfig()` before scanning, which refreshes the scan options; between those, the
 * options are a memo of the policy service (rebuilt by every new worker), not state of their own.
 */
export function createPolicyScan(policy: PolicyService, scan: Scan) {
  let options: ScanOptions = {};
  const use = (effective: EffectivePolicy) => {
    options = scanOptionsFrom(effective.values);
  };
  policy.onChange(use);
  return {
    scan: ((text, extra) => scan(text, { ...options, ...extra })) as Scan,
    /** The options `scan` runs with now; the NLP enrichment applies the same ones (issue #4). */
    options: (): ScanOptions => options,
    async getEnforcementConfig(): Promise<EnforcementConfig> {
      const effective = await policy.current();
      use(effective);
      return enforcementConfigFrom(effective.values);
    },
  };
}
