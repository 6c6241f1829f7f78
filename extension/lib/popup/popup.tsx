import { useEffect, useState } from 'preact/hooks';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import type { ExtensionStatus } from '../../../shared/protocol/messages';
import type { PolicyView } from '../../../shared/protocol/policy-messages';
import { KNOWN_SITES, isSiteId } from '../../../shared/sites/known-sites';
import { sendMessage } from '../messaging/send';
import { POPUP_STRINGS as S } from './strings';

/** How many events the popup lists. */
const RECENT_LIMIT = 20;

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly status: ExtensionStatus;
      readonly events: readonly CapturedEvent[];
      readonly policy: PolicyView;
    };

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    Promise.all([
      sendMessage('status/get', {}),
      sendMessage('events/recent', { limit: RECENT_LIMIT }),
      sendMessage('policy/effective', {}),
    ])
      .then(([status, { events }, policy]) => setState({ kind: 'ready', status, events, policy }))
      .catch((error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);

  return (
    <main>
      <header>
        <h1>{S.title}</h1>
      </header>
      {state.kind === 'ready' && !state.status.hostAccess && (
        <p class="notice" role="alert" data-testid="host-access-notice">
          {S.noHostAccess}
        </p>
      )}
      {state.kind === 'ready' && <PolicySummary policy={state.policy} />}
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{S.recentHeading}</h2>
        {state.kind === 'loading' && <p class="muted">{S.loading}</p>}
        {state.kind === 'error' && <p role="alert">{S.error(state.message)}</p>}
        {state.kind === 'ready' && <EventList events={state.events} />}
        <p class="muted">{S.metadataOnly}</p>
      </section>
    </main>
  );
}

function EventList({ events }: { readonly events: readonly CapturedEvent[] }) {
  if (events.length === 0) return <p>{S.empty}</p>;
  return (
    <ol class="events" data-testid="event-list">
      {events.map((event) => (
        <li key={event.id} data-testid="event">
          <span data-testid="event-site">{isSiteId(event.site) ? KNOWN_SITES[event.site].name : event.site}</span>
          <time dateTime={new Date(event.capturedAt).toISOString()} class="muted">
            {new Date(event.capturedAt).toLocaleString()}
          </time>
          <span data-testid="event-length">{S.characters(event.length)}</span>
        </li>
      ))}
    </ol>
  );
}

function PolicySummary({ policy }: { readonly policy: PolicyView }) {
  const problems = policy.issues.filter((issue) => issue.source === 'managed');
  return (
    <section>
      {problems.length > 0 && (
        <div class="notice" role="alert" data-testid="policy-problems">
          <p>{S.policyProblem}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.key}:${p.message}`}>
                <code>{p.key}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p data-testid="policy-mode">{S.modeLine(policy.values.mode, policy.sources.mode !== 'default' && policy.sources.mode !== 'local')}</p>
      {policy.notice.organizationText && <p>{policy.notice.organizationText}</p>}
      <p>
        <a href="/notice.html" target="_blank" data-testid="notice-link">
          {S.noticeLink}
        </a>
      </p>
    </section>
  );
}
