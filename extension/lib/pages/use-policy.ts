import { useEffect, useState } from 'preact/hooks';
import type { PolicyView } from '../../../shared/protocol/policy-messages';
import { sendMessage } from '../messaging/send';

export type PolicyState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly policy: PolicyView };

/** The effective policy for an extension page, re-read when `version` changes. */
export function usePolicy(version = 0): [PolicyState, (state: PolicyState) => void] {
  const [state, setState] = useState<PolicyState>({ kind: 'loading' });
  useEffect(() => {
    sendMessage('policy/effective', {})
      .then((policy) => setState({ kind: 'ready', policy }))
      .catch((error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, [version]);
  return [state, setState];
}
