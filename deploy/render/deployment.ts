/**
 * What every deployment file is made from: the Sightline policy of `deploy/sightline.deploy.json`
 * plus the browser policies that force-install Sightline and close the obvious ways around it.
 */
import { validatePolicy } from '../../shared/policy/validate';

export const CHROME_EXTENSION_ID = 'effnopkjhigkkkjldpkandbkbgmpmgpg';
export const FIREFOX_EXTENSION_ID = 'sightline@sightline.dev';

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

export interface Deployment {
  /** Where Chrome and Edge fetch updates.xml (see `npm run pack:crx`). */
  readonly chromeUpdateUrl: string;
  /** Where Firefox downloads the signed .xpi. */
  readonly firefoxInstallUrl: string;
  /** Sightline's own managed policy (README, "Policy reference"). */
  readonly policy: JsonObject;
}

export type ChromiumBrowser = 'chrome' | 'edge';

/** Throws with every problem listed when the deployment input is not usable as is. */
export function checkDeployment(raw: unknown): Deployment {
  const input = raw as Partial<Deployment>;
  const problems: string[] = [];
  for (const key of ['chromeUpdateUrl', 'firefoxInstallUrl'] as const) {
    if (typeof input[key] !== 'string' || !/^https:\/\//.test(input[key])) problems.push(`${key} must be an https URL`);
  }
  if (typeof input.policy !== 'object' || input.policy === null) problems.push('policy must be an object');
  for (const issue of validatePolicy(input.policy, 'managed').issues) problems.push(`policy.${issue.key}: ${issue.message}`);
  if (problems.length > 0) throw new Error(`deploy/sightline.deploy.json:\n  ${problems.join('\n  ')}`);
  return input as Deployment;
}

/**
 * Browser-wide policies beside Sightline's own, for Chrome and Edge. Values are the documented
 * enum numbers (chromeenterprise.google/policies, learn.microsoft.com/deployedge).
 */
export function chromiumBrowserPolicies(browser: ChromiumBrowser, { chromeUpdateUrl }: Deployment): JsonObject {
  return {
    ExtensionSettings: {
      [CHROME_EXTENSION_ID]: {
        installation_mode: 'force_installed',
        update_url: chromeUpdateUrl,
        // Chrome pins the toolbar button with toolbar_pin; Edge shows it with toolbar_state.
        ...(browser === 'chrome' ? { toolbar_pin: 'force_pinned' } : { toolbar_state: 'force_shown' }),
      },
    },
    // Extensions do not run in incognito/InPrivate unless the user allows it, so turn it off: 1 = disabled.
    [browser === 'chrome' ? 'IncognitoModeAvailability' : 'InPrivateModeAvailability']: 1,
    // Guest profiles run no extensions at all.
    BrowserGuestModeEnabled: false,
    // 0 = developer tools everywhere except on pages of policy-installed extensions, so an employee
    // cannot edit Sightline's state from its own console. (1 would allow them there too; 2 blocks all.)
    DeveloperToolsAvailability: 0,
    // 1 = developer mode off on the extensions page: no unpacked look-alike, no service-worker inspection.
    ExtensionDeveloperModeSettings: 1,
  };
}

/** Firefox `policies.json` (mozilla.github.io/policy-templates). */
export function firefoxPolicies({ firefoxInstallUrl, policy }: Deployment): JsonObject {
  return {
    policies: {
      ExtensionSettings: {
        [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: firefoxInstallUrl, private_browsing: true },
      },
      Extensions: { Locked: [FIREFOX_EXTENSION_ID] },
      // about:addons is where a user would switch off Sightline's access to all sites.
      BlockAboutAddons: true,
      '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: policy } },
    },
  };
}

/** Linux `/etc/chromium/policies/managed/sightline.json` and Chrome's `/etc/opt/chrome/…`. */
export function linuxChromePolicies(deployment: Deployment): JsonObject {
  return { ...chromiumBrowserPolicies('chrome', deployment), '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: deployment.policy } } };
}

/** Google Admin console, Apps & extensions → Sightline → "Policy for extensions": each value wrapped in {"Value": …}. */
export function googleAdminExtensionPolicy({ policy }: Deployment): JsonObject {
  return Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { Value: value }]));
}

export function prettyJson(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
