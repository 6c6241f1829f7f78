import { render } from 'preact';
import { Popup } from '../../lib/popup/popup';

render(<Popup />, document.getElementById('app')!);
