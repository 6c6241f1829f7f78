import { render } from 'preact';
import { BlockedPage } from '../../lib/pages/blocked-page';

render(<BlockedPage />, document.getElementById('app')!);
