import { combineSecretDetectors, type SecretDetector } from './lib/secret-scanner';
import { aiKeywordKeys } from './rules/ai-keyword-keys';
import { airtable } from './rules/airtable';
import { algolia } from './rules/algolia';
import { alibaba } from './rules/alibaba';
import { anthropic } from './rules/anthropic';
import { asana } from './rules/asana';
import { atlassian } from './rules/atlassian';
import { aws } from './rules/aws';
import { azure } from './rules/azure';
import { cloudflare } from './rules/cloudflare';
import { connectionString } from './rules/connection-string';
import { databricks } from './rules/databricks';
import { datadog } from './rules/datadog';
import { devPlatforms } from './rules/dev-platforms';
import { digitalocean } from './rules/digitalocean';
import { discord } from './rules/discord';
import { django } from './rules/django';
import { docker } from './rules/docker';
import { doppler } from './rules/doppler';
import { dropbox } from './rules/dropbox';
import { facebook } from './rules/facebook';
import { figma } from './rules/figma';
import { firebase } from './rules/firebase';
import { flutterwave } from './rules/flutterwave';
import { gcp } from './rules/gcp';
import { gcpServiceAccount } from './rules/gcp-service-account';
import { genericAssignment } from './rules/generic-assignment';
import { github } from './rules/github';
import { gitlab } from './rules/gitlab';
import { grafana } from './rules/grafana';
import { groq } from './rules/groq';
import { heroku } from './rules/heroku';
import { httpCredentials } from './rules/http-credentials';
import { huggingface } from './rules/huggingface';
import { ibm } from './rules/ibm';
import { jwt } from './rules/jwt';
import { kubernetes } from './rules/kubernetes';
import { langsmith } from './rules/langsmith';
import { linear } from './rules/linear';
import { mailchimp } from './rules/mailchimp';
import { mailgun } from './rules/mailgun';
import { netlify } from './rules/netlify';
import { newrelic } from './rules/newrelic';
import { notion } from './rules/notion';
import { npm } from './rules/npm';
import { okta } from './rules/okta';
import { onepassword } from './rules/onepassword';
import { openai } from './rules/openai';
import { opsTokens } from './rules/ops-tokens';
import { packageRegistries } from './rules/package-registries';
import { paypal } from './rules/paypal';
import { perplexity } from './rules/perplexity';
import { postman } from './rules/postman';
import { privateKey } from './rules/private-key';
import { providerKeyword } from './rules/provider-keyword';
import { pulumi } from './rules/pulumi';
import { pypi } from './rules/pypi';
import { replicate } from './rules/replicate';
import { saasTokens } from './rules/saas-tokens';
import { sendgrid } from './rules/sendgrid';
import { sentry } from './rules/sentry';
import { shopify } from './rules/shopify';
import { slack } from './rules/slack';
import { square } from './rules/square';
import { stripe } from './rules/stripe';
import { supabase } from './rules/supabase';
import { telegram } from './rules/telegram';
import { tencent } from './rules/tencent';
import { terraform } from './rules/terraform';
import { twilio } from './rules/twilio';
import { twitch } from './rules/twitch';
import { vault } from './rules/vault';
import { vercel } from './rules/vercel';
import { weakPassword } from './rules/weak-password';
import { xai } from './rules/xai';

/**
 * The secret detectors, keyed by id. Provider rules live one per file in `./rules` (data, with
 * their vectors beside them in `*.vectors.ts`); the context rules (generic assignment, connection
 * strings, HTTP credentials) cover providers without a distinctive token prefix.
 */
/** Each rule's own detector (sweeps alone); the registry uses `secretDetectors` below. */
export const secretRules = {
  'secret.ai_provider_key': aiKeywordKeys,
  'secret.airtable_token': airtable,
  'secret.algolia_key': algolia,
  'secret.alibaba_key': alibaba,
  'secret.anthropic_key': anthropic,
  'secret.asana_token': asana,
  'secret.atlassian_token': atlassian,
  'secret.aws_access_key': aws,
  'secret.azure_key': azure,
  'secret.cloudflare_key': cloudflare,
  'secret.connection_string': connectionString,
  'secret.databricks_token': databricks,
  'secret.datadog_key': datadog,
  'secret.dev_platform_token': devPlatforms,
  'secret.digitalocean_token': digitalocean,
  'secret.discord_token': discord,
  'secret.django_secret_key': django,
  'secret.docker_token': docker,
  'secret.doppler_token': doppler,
  'secret.dropbox_token': dropbox,
  'secret.facebook_token': facebook,
  'secret.figma_token': figma,
  'secret.firebase_key': firebase,
  'secret.flutterwave_key': flutterwave,
  'secret.gcp_api_key': gcp,
  'secret.gcp_service_account': gcpServiceAccount,
  'secret.generic_assignment': genericAssignment,
  'secret.github_token': github,
  'secret.gitlab_token': gitlab,
  'secret.grafana_token': grafana,
  'secret.groq_key': groq,
  'secret.heroku_key': heroku,
  'secret.http_credentials': httpCredentials,
  'secret.huggingface_token': huggingface,
  'secret.ibm_cloud_key': ibm,
  'secret.jwt': jwt,
  'secret.kubernetes_credential': kubernetes,
  'secret.langsmith_key': langsmith,
  'secret.linear_key': linear,
  'secret.mailchimp_key': mailchimp,
  'secret.mailgun_key': mailgun,
  'secret.netlify_token': netlify,
  'secret.newrelic_key': newrelic,
  'secret.notion_token': notion,
  'secret.npm_token': npm,
  'secret.okta_token': okta,
  'secret.onepassword_token': onepassword,
  'secret.openai_key': openai,
  'secret.ops_token': opsTokens,
  'secret.package_registry_token': packageRegistries,
  'secret.paypal_braintree_token': paypal,
  'secret.perplexity_key': perplexity,
  'secret.postman_key': postman,
  'secret.private_key': privateKey,
  'secret.provider_keyword': providerKeyword,
  'secret.pulumi_token': pulumi,
  'secret.pypi_token': pypi,
  'secret.replicate_token': replicate,
  'secret.saas_token': saasTokens,
  'secret.sendgrid_key': sendgrid,
  'secret.sentry_token': sentry,
  'secret.shopify_token': shopify,
  'secret.slack_token': slack,
  'secret.square_token': square,
  'secret.stripe_key': stripe,
  'secret.supabase_key': supabase,
  'secret.telegram_bot_token': telegram,
  'secret.tencent_key': tencent,
  'secret.terraform_token': terraform,
  'secret.twilio_key': twilio,
  'secret.twitch_token': twitch,
  'secret.vault_token': vault,
  'secret.vercel_token': vercel,
  'secret.weak_password': weakPassword,
  'secret.xai_key': xai,
} as const satisfies Record<string, SecretDetector>;

/**
 * The registry's secret detectors: each `detect` reads from one shared anchor sweep over the
 * input (see lib/secret-scanner), so all 70 cost one pass instead of ~150 regex passes.
 */
export const secretDetectors = combineSecretDetectors(secretRules);

export type SecretDetectorId = keyof typeof secretRules;
