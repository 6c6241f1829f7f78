/**
 * SaaS tokens whose prefix alone identifies the provider, for providers not covered by a file of
 * their own: ClickUp, Pagar.me, Fleetbase, Flexport, Frame.io, HubSpot private apps, Ionic,
 * MaxMind, MongoDB Atlas service accounts, Nightfall, PubNub, SonarQube, Sourcegraph Cody, Square
 * app IDs, Teamwork, Ubidots, Voiceflow, crates.io, Salesforce, Azure DevOps and AWS Bedrock.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const saasTokens = defineSecretRule({
  id: 'secret.saas_token',
  description: 'SaaS API token recognised by its prefix (ClickUp, HubSpot, SonarQube, PubNub, Salesforce, Azure DevOps, …).',
  validation: 'Provider prefix + the provider\u2019s length and alphabet; Azure DevOps PATs by their fixed `JQQJ9…AZDO` infix; SonarQube and reCAPTCHA keys after their setting name.',
  severity: 'high',
  placeholder: 'API_KEY',
  keywords: [
    'pk_', 'ak_live_', 'ak_test_', 'flb_live_', 'shltm_', 'fio-u-', 'pat-na1-', 'pat-eu1-', 'ion_', '_mmk', 'mdb_sa_sk_', 'nf-',
    'pub-c-', 'sub-c-', 'sqp_', 'squ_', 'sqa_', 'slk_', 'sq0idp-', 'tkn.v1_', 'bbff-', 'vf.', 'cio', '00d', 'jqqj9', 'absk', 'sonar', 'recaptcha',
  ],
  patterns: [
    { rule: 'clickup', regex: /pk_\d{6,10}_[A-Z0-9]{32}(?![A-Za-z0-9_])/g, anchors: ['pk_'] },
    { rule: 'pagarme', regex: /ak_(?:live|test)_[A-Za-z0-9]{30}(?![A-Za-z0-9_])/g },
    { rule: 'fleetbase', regex: /flb_live_[A-Za-z0-9]{20}(?![A-Za-z0-9_])/g },
    { rule: 'flexport', regex: /shltm_[A-Za-z0-9]{40}(?![A-Za-z0-9_])/g },
    { rule: 'frameio', regex: /fio-u-[A-Za-z0-9_\-]{64}(?![\w-])/g },
    { rule: 'hubspot-private-app', regex: new RegExp(`pat-(?:na|eu)1-${UUID}(?![\\w-])`, 'g') },
    { rule: 'ionic', regex: /ion_[A-Za-z0-9]{42}(?![A-Za-z0-9_])/g },
    // MaxMind license keys end in `_mmk`: anchored there and read back over the 6+_+29+ characters.
    { rule: 'maxmind', regex: /[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_])/g, back: 36, anchors: ['_mmk'] },
    { rule: 'mongodb-atlas-service-account', regex: /mdb_sa_sk_[A-Za-z0-9_\-]{40}(?![\w-])/g },
    { rule: 'nightfall', regex: /NF-[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g },
    { rule: 'pubnub', regex: new RegExp(`(?:pub|sub)-c-${UUID}(?![\\w-])`, 'g'), severity: 'medium' },
    { rule: 'sonarqube', regex: /sq[pua]_[a-f0-9]{40}(?![A-Za-z0-9_])/g },
    // `sonar.login`/`SONAR_TOKEN` settings: 40 characters, optionally after a `squ_`/`sqp_`/`sqa_` prefix.
    { rule: 'sonarqube-setting', regex: /sonar[_.\-]?(?:login|token)\\?["'`]?\s{0,4}(?:[:=,]{1,3}>?|\?=|::=)\s{0,4}\\?["'`]?\s{0,2}(?<s>(?:sq[pua]_)?[A-Za-z0-9]{40})(?![\w-])/gid, anchors: ['sonar'] },
    { rule: 'sourcegraph-cody', regex: /slk_[a-f0-9]{64}(?![A-Za-z0-9_])/g },
    { rule: 'square-app-id', regex: /sq0idp-[A-Za-z0-9_\-]{22}(?![\w-])/g, severity: 'low' },
    { rule: 'teamwork', regex: /tkn\.v1_[A-Za-z0-9+/]{60,90}={0,2}(?![\w+/=-])/g },
    { rule: 'ubidots', regex: /BBFF-[A-Za-z0-9]{30}(?![A-Za-z0-9_])/g },
    { rule: 'voiceflow', regex: /VF\.(?:DM|WS)\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{16}(?![A-Za-z0-9_])/g },
    // reCAPTCHA site/secret keys: 40 characters starting `6L`, after a recaptcha setting name.
    { rule: 'recaptcha-key', regex: /recaptcha[\w.\- ]{0,24}?(?:key|secret)[\w.\-]{0,8}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=)\s{0,4}\\?["'`]?(?<s>6L[0-9A-Za-z_\-]{38})(?![\w-])/gid, anchors: ['recaptcha'], severity: 'medium' },
    { rule: 'crates-io', regex: /cio[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g, anchors: ['cio'] },
    // Salesforce session IDs / access tokens: the 15-char org ID (`00D…`), `!`, then the session.
    { rule: 'salesforce-access-token', regex: /00D[A-Za-z0-9]{12}![A-Za-z0-9_.]{80,120}(?![\w.])/g, anchors: ['00d'] },
    // Azure DevOps PATs since 2024: 84 chars with Microsoft's `JQQJ9` signature at 52 (then a
    // version character) and `AZDO` at 76 (Microsoft's identifiable-key format).
    { rule: 'azure-devops-pat', regex: /[A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{19}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9_])/g, back: 52, anchors: ['jqqj9'], severity: 'critical' },
    { rule: 'aws-bedrock-api-key', regex: /ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{100,200}={0,2}(?![\w+/=])/g, severity: 'critical' },
  ],
});
