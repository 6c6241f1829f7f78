import { usePolicy } from './use-policy';

/** Shown instead of a blocked AI app; the rule puts the blocked host pattern in the fragment. */
export function BlockedPage() {
  const [state] = usePolicy();
  const host = decodeURIComponent(location.hash.slice(1)) || 'this site';
  const noticeUrl = state.kind === 'ready' ? state.policy.values.noticeUrl : null;
  return (
    <main>
      <h1 data-testid="blocked-title">This AI app is blocked by your organisation</h1>
      <p>
        Your organisation does not allow <strong data-testid="blocked-host">{host}</strong>. Use one of the AI tools your
        organisation has approved instead.
      </p>
      {noticeUrl && (
        <p>
          <a data-testid="notice-link" href={noticeUrl}>
            Read your organisation’s AI-use policy
          </a>
        </p>
      )}
    </main>
  );
}
