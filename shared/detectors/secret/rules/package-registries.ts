/**
 * Package-registry publish tokens: RubyGems (`rubygems_`), Clojars (`CLOJARS_`), ReadMe (`rdme_`), Prefect (`pnu_`), Typeform (`tfp_`), Shippo, EasyPost, Contentful, Adafruit IO, Dynatrace, PlanetScale, Brevo.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const packageRegistries = defineSecretRule({
  id: 'secret.package_registry_token',
  description: 'API token of a developer service with a distinctive prefix (RubyGems, Clojars, Dynatrace, PlanetScale, Brevo, \u2026).',
  validation: 'Provider prefix + exact length and alphabet.',
  severity: 'high',
  placeholder: 'API_KEY',
  keywords: ["rubygems_", "clojars_", "rdme_", "pnu_", "tfp_", "shippo_", "ezak", "eztk", "cfpat-", "aio_", "dt0c01.", "pscale_", "xkeysib-", "xsmtpsib-"],
  patterns: [
    { rule: 'rubygems', regex: /rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])/g },
    { rule: 'clojars', regex: /CLOJARS_[a-z0-9]{60}(?![A-Za-z0-9_])/g },
    { rule: 'readme', regex: /rdme_[a-z0-9]{70}(?![A-Za-z0-9_])/g },
    { rule: 'prefect', regex: /pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g },
    { rule: 'typeform', regex: /tfp_[A-Za-z0-9_\-.=]{40,59}(?![\w-])/g },
    { rule: 'shippo', regex: /shippo_(?:live|test)_[a-f0-9]{40}(?![A-Za-z0-9_])/g },
    { rule: 'easypost', regex: /EZ[AT]K[A-Za-z0-9]{54}(?![A-Za-z0-9_])/g },
    { rule: 'contentful', regex: /CFPAT-[A-Za-z0-9_\-]{43}(?![\w-])/g },
    { rule: 'adafruit-io', regex: /aio_[A-Za-z0-9]{28}(?![A-Za-z0-9_])/g },
    { rule: 'dynatrace', regex: /dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![A-Za-z0-9_])/g },
    { rule: 'planetscale', regex: /pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.=]{32,64}(?![\w-])/g },
    { rule: 'brevo', regex: /x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_])/g },
  ],
});
