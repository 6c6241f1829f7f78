/**
 * Stands in for WXT's `ContentScriptContext` in content-script builds (aliased by content-build.ts).
 *
 * WXT's entry wrapper builds one and passes it to `main(ctx)`; ours take no `ctx`
 * (content-script-context.test.ts holds them to that), so its abort signal, timers, location
 * watcher and "newer script started" handshake were 3.3 KB that nothing read. Sightline settles
 * an orphaned copy against a live one itself (extension/lib/capture/instance-claim.ts). Dropping
 * the handshake also stops each content script from posting the extension's id to the page
 * (`window.postMessage` at startup), which any page script could read.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
