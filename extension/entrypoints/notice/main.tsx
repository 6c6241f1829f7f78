import { render } from 'preact';
import { NoticePage } from '../../lib/pages/notice-page';

render(<NoticePage />, document.getElementById('app')!);
