/**
 * The options page: every policy key with its value and where it comes from. Keys the organisation
 * manages are read-only; once anything is managed, only the keys that may be tightened stay
 * editable, and the worker refuses a looser value anyway.
 */
import { useState } from 'preact/hooks';
import type { FieldSpec } from '../../../shared/policy/field-spec';
import { POLICY_KEYS, type PolicyKey } from '../../../shared/policy/policy';
import { POLICY_SCHEMA } from '../../../shared/policy/schema';
import type { PolicyView } from '../../../shared/protocol/policy-messages';
import { sendMessage } from '../messaging/send';
import { FieldInput } from './field-input';
import { usePolicy } from './use-policy';

const SOURCE_LABEL = {
  managed: 'set by your organisation',
  'managed-last-valid': 'set by your organisation (last valid value)',
  local: 'set here',
  default: 'default',
} as const;

function editable(policy: PolicyView, key: PolicyKey): boolean {
  const spec: FieldSpec = POLICY_SCHEMA[key];
  if (spec.local === 'never' || spec.sensitive) return false;
  if (!policy.managed) return true;
  return spec.local === 'tighten';
}

export function OptionsPage() {
  const [state, setState] = usePolicy();
  const [draft, setDraft] = useState<Partial<Record<PolicyKey, unknown>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  if (state.kind === 'loading') return <p>Loading…</p>;
  if (state.kind === 'error') return <p role="alert">Could not load the policy: {state.message}</p>;
  const { policy } = state;

  const save = async () => {
    setSaveError(null);
    try {
      const local: Record<string, unknown> = {};
      for (const key of POLICY_KEYS) if (policy.sources[key] === 'local') local[key] = policy.values[key];
      const next = await sendMessage('options/save', { options: { ...local, ...draft } });
      setDraft({});
      setState({ kind: 'ready', policy: next });
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main>
      <h1>Sightline options</h1>
      {policy.managed && <p data-testid="managed-banner">Your organisation manages Sightline. Settings it sets cannot be changed here.</p>}
      {policy.issues.length > 0 && (
        <ul class="issues" role="alert" data-testid="policy-issues">
          {policy.issues.map((issue) => (
            <li key={`${issue.source}:${issue.key}:${issue.message}`}>
              <code>{issue.key}</code> ({issue.source === 'managed' ? 'organisation policy' : 'this page'}): {issue.message}
            </li>
          ))}
        </ul>
      )}
      <table>
        <thead>
          <tr>
            <th>Setting</th>
            <th>Value</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {POLICY_KEYS.map((key) => (
            <tr key={key} data-testid={`policy-row-${key}`} data-source={policy.sources[key]}>
              <td>
                <strong>{POLICY_SCHEMA[key].title}</strong>
                <br />
                <code>{key}</code>
              </td>
              <td>
                <FieldInput
                  name={key}
                  spec={POLICY_SCHEMA[key]}
                  value={key in draft ? draft[key] : policy.values[key]}
                  disabled={!editable(policy, key) || policy.sources[key] === 'managed'}
                  onChange={(value) => setDraft({ ...draft, [key]: value })}
                />
              </td>
              <td class="source" data-testid={`policy-source-${key}`}>
                {SOURCE_LABEL[policy.sources[key]]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => void save()} disabled={Object.keys(draft).length === 0}>
          Save
        </button>
        {saveError && <span role="alert"> {saveError}</span>}
      </p>
    </main>
  );
}
