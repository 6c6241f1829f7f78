import type { PolicyMessages } from '../../../shared/protocol/policy-messages';
import type { Handler } from '../messaging/router';
import { policyView } from '../policy/policy-view';
import type { PolicyService } from '../policy/policy-service';

export interface PolicyHandlerDeps {
  readonly policy: PolicyService;
  readonly saveLocalOptions: (options: Readonly<Record<string, unknown>>) => Promise<void>;
}

export function createPolicyHandlers(deps: PolicyHandlerDeps): { [T in keyof PolicyMessages]: Handler<T> } {
  return {
    'policy/effective': async () => policyView(await deps.policy.current()),
    'options/save': async ({ options }) => {
      await deps.saveLocalOptions(options);
      return policyView(await deps.policy.refresh());
    },
  };
}
