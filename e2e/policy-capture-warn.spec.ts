import { defineModeSuite } from './pages/capture-suite';

defineModeSuite('warn');
