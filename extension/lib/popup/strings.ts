/** Every string the popup shows, in one place for translation. */
export const POPUP_STRINGS = {
  title: 'Sightline',
  recentHeading: 'Recent prompts',
  empty: 'No prompts captured yet. Sightline records prompts you send to supported AI chat sites.',
  loading: 'Loading…',
  metadataOnly:
    'For each prompt this device keeps the site, the time, the length, the kinds of data found (never the values) and what Sightline did. Never the prompt itself.',
  noHostAccess:
    'Sightline cannot see AI chat sites: site access was turned off for this extension. Allow access to all sites in the browser’s extension settings.',
  error: (message: string) => `Could not load events: ${message}`,
  characters: (n: number) => `${n.toLocaleString()} characters`,
  policyProblem: 'Your organisation’s Sightline policy has a problem; Sightline keeps using the last valid settings. Tell your IT team:',
  modeLine: (mode: string, managed: boolean) =>
    `Mode: ${mode}${managed ? ' (set by your organisation)' : ''}.`,
  noticeLink: 'What Sightline does and what it collects',
} as const;
