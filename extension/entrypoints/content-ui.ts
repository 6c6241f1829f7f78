import { registerUi } from '../lib/ui/register-ui';

/**
 * The in-page dialog, built apart from the content scripts so that page loads that never warn or
 * block do not carry it (issue #8). Never listed in the manifest nor web-accessible: the worker
 * injects it into the asking frame's content-script world on request (`ui/load`).
 */
export default defineUnlistedScript(() => registerUi());
