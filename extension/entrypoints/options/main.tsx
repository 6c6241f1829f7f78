import { render } from 'preact';
import { OptionsPage } from '../../lib/pages/options-page';

render(<OptionsPage />, document.getElementById('app')!);
