/**
 * The update manifest Chrome and Edge fetch from an `update_url` for a self-hosted extension
 * (https://developer.chrome.com/docs/extensions/how-to/distribute/host-on-linux#update_url).
 */

export interface UpdateManifest {
  readonly extensionId: string;
  readonly version: string;
  /** Absolute https URL of the CRX for this version. */
  readonly codebase: string;
}

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderUpdateManifest({ extensionId, version, codebase }: UpdateManifest): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${xmlAttribute(extensionId)}'>`,
    `    <updatecheck codebase='${xmlAttribute(codebase)}' version='${xmlAttribute(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** `https://host/path` + file name, with exactly one slash between them; https only. */
export function hostedUrl(baseUrl: string, fileName: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw new Error(`SIGHTLINE_UPDATE_URL must be an https URL, got ${baseUrl}`);
  return `${url.href.replace(/\/+$/, '')}/${encodeURIComponent(fileName)}`;
}
