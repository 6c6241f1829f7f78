/**
 * CI/dev-platform tokens with distinctive prefixes: Sourcegraph (`sgp_`), Microsoft Teams webhooks, Tavily, Buildkite, Dependency-Track, Jina, Tailscale (`tskey-`), Fly.io (`fm2_`), Mapbox secret (`sk.eyJ`), Render (`rnd_`), JFrog (`AKCp`, `cmVmdGtu`), OpenShift (`sha256~`), 42 intra (`s-s4t2`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const devPlatforms = defineSecretRule({
  id: 'secret.dev_platform_token',
  description: 'Developer-platform token with a distinctive prefix (Sourcegraph, Tailscale, Fly.io, Mapbox, JFrog, OpenShift, \u2026).',
  validation: 'Provider prefix + exact length and alphabet.',
  severity: 'high',
  placeholder: 'API_KEY',
  keywords: ["sgp_", "tskey-", ".webhook.office.com/webhookb2", "https://outlook.office.com/webhook/", "tvly-", "bkua_", "odt_", "jina_", "fm1", "fm2", "fo1_", "sk.eyj", "tk.eyj", "rnd_", "akc", "ap0", "ap1", "ap2", "ap3", "ap4", "ap5", "ap6", "ap7", "ap8", "ap9", "apa", "apb", "apc", "apd", "ape", "apf", "cmvmdgtu", "sha256~", "s-s4t2"],
  patterns: [
    { rule: 'sourcegraph', regex: /sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}(?![A-Za-z0-9_])/g },
    { rule: 'tailscale', regex: /tskey-[a-z]{3,8}-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{9,40}(?![A-Za-z0-9_])/g },
    { rule: 'flyio', regex: /(?:fm[12][ar]?_[A-Za-z0-9+/]{100,1200}={0,3}|fo1_[A-Za-z0-9_\-]{43})(?![\w+/=-])/g },
    { rule: 'mapbox-secret', regex: /[st]k\.eyJ[A-Za-z0-9_\-]{20,400}\.[A-Za-z0-9_\-]{20,100}(?![\w-])/g },
    { rule: 'render', regex: /rnd_[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g },
    { rule: 'jfrog', regex: /(?:AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})(?![A-Za-z0-9_])/g },
    // Artifactory API keys (`AKC…`) and reference tokens (`AP` + hex digit), detect-secrets' format:
    // shorter and looser than `AKCp…`, so lower confidence.
    { rule: 'artifactory-key', regex: /(?:AKC[A-Za-z0-9]{10,}|AP[0-9A-F][A-Za-z0-9]{8,})(?![A-Za-z0-9_])/g, confidence: 0.5, anchors: ['akc', 'ap0', 'ap1', 'ap2', 'ap3', 'ap4', 'ap5', 'ap6', 'ap7', 'ap8', 'ap9', 'apa', 'apb', 'apc', 'apd', 'ape', 'apf'] },
    // Anchored on the host; `back` reads the tenant subdomain (≤ 64 chars) and `https://` before it.
    { rule: 'teams-webhook', regex: /https:\/\/(?:[\w\-]{1,64}\.webhook\.office\.com\/webhookb2|outlook\.office\.com\/webhook)\/[\w\-@]{36,100}\/IncomingWebhook\/[a-f0-9]{32}\/[\w\-]{36}/g, placeholder: 'WEBHOOK_URL', back: 72, anchors: ['.webhook.office.com/webhookb2'] },
    { rule: 'teams-webhook', regex: /https:\/\/outlook\.office\.com\/webhook\/[\w\-@]{36,100}\/IncomingWebhook\/[a-f0-9]{32}\/[\w\-]{36}/g, placeholder: 'WEBHOOK_URL', anchors: ['https://outlook.office.com/webhook/'] },
    { rule: 'tavily', regex: /tvly-(?:dev-)?[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g },
    { rule: 'buildkite', regex: /bkua_[a-f0-9]{40}(?![A-Za-z0-9_])/g },
    { rule: 'dependency-track', regex: /odt_[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g },
    { rule: 'jina', regex: /jina_[a-f0-9]{32}[A-Za-z0-9_\-]{28,32}(?![\w-])/g },
    { rule: 'openshift', regex: /sha256~[A-Za-z0-9_\-]{43}(?![\w-])/g },
    { rule: 'intra42', regex: /s-s4t2(?:ud|af)-[a-f0-9]{64}(?![A-Za-z0-9_])/g },
  ],
});
