import { NoticeView } from './notice-view';
import { usePolicy } from './use-policy';

export function NoticePage() {
  const [state] = usePolicy();
  return (
    <main>
      <h1>What Sightline does</h1>
      {state.kind === 'loading' && <p>Loading…</p>}
      {state.kind === 'error' && <p role="alert">Could not load the policy: {state.message}</p>}
      {state.kind === 'ready' && <NoticeView notice={state.policy.notice} />}
    </main>
  );
}
