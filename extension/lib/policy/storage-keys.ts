/** `storage.local` keys owned by the policy layer. */
export const LOCAL_OPTIONS_KEY = 'sightline.options';
/** Last effective policy and last valid managed values, so a restart is never unprotected. */
export const POLICY_CACHE_KEY = 'sightline.policyCache';
/** Bounded list of policy problems, for the popup and (later) the collector. */
export const POLICY_ERRORS_KEY = 'sightline.policyErrors';
