import type { SiteId } from '../../../shared/sites/known-sites';
import { chatgpt } from './chatgpt';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { perplexity } from './perplexity';
import type { SiteAdapter } from './site-adapter';

/** Every adapter; the type proves each known site has one. Used by tests, not by bundles. */
export const ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = { chatgpt, gemini, perplexity, deepseek };
