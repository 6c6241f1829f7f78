/**
 * Every detector's test vectors, keyed by detector id, from the `*.vectors.ts` file beside each
 * detector. Only tests, the bench and tooling import this; the registry and extension code never do
 * (a lint rule enforces it), so production bundles carry no vector strings. The registry meta-test
 * checks this list against the files on disk.
 */
import type { DetectorVectors, DetectorVectorSet } from '../engine/types';
import { vectors as codeProprietaryHeader } from './code/proprietary-header.vectors';
import { vectors as codeSourceCode } from './code/source-code.vectors';
import { vectors as confidentialClassificationLabel } from './confidential/classification-label.vectors';
import { vectors as confidentialPolicyKeyword } from './confidential/policy-keyword.vectors';
import { vectors as intentJailbreak } from './intent/jailbreak.vectors';
import { vectors as intentPolicyEvasion } from './intent/policy-evasion.vectors';
import { vectors as intentPromptInjection } from './intent/prompt-injection.vectors';
import { vectors as piiAddress } from './pii/address.vectors';
import { vectors as piiAge } from './pii/age.vectors';
import { vectors as piiCard } from './pii/card.vectors';
import { vectors as piiDateOfBirth } from './pii/date-of-birth.vectors';
import { vectors as piiDateTime } from './pii/date-time.vectors';
import { vectors as piiDrivingLicence } from './pii/driving-licence.vectors';
import { vectors as piiEmail } from './pii/email.vectors';
import { vectors as piiEntities } from './pii/entities.vectors';
import { vectors as piiIban } from './pii/iban.vectors';
import { vectors as piiIdsAuMedicare } from './pii/ids/au-medicare.vectors';
import { vectors as piiIdsAuTfn } from './pii/ids/au-tfn.vectors';
import { vectors as piiIdsCaSin } from './pii/ids/ca-sin.vectors';
import { vectors as piiIdsDeTaxId } from './pii/ids/de-tax-id.vectors';
import { vectors as piiIdsEsDni } from './pii/ids/es-dni.vectors';
import { vectors as piiIdsFiHetu } from './pii/ids/fi-hetu.vectors';
import { vectors as piiIdsInAadhaar } from './pii/ids/in-aadhaar.vectors';
import { vectors as piiIdsInPan } from './pii/ids/in-pan.vectors';
import { vectors as piiIdsItFiscalCode } from './pii/ids/it-fiscal-code.vectors';
import { vectors as piiIdsKrRrn } from './pii/ids/kr-rrn.vectors';
import { vectors as piiIdsPlPesel } from './pii/ids/pl-pesel.vectors';
import { vectors as piiIdsSePersonnummer } from './pii/ids/se-personnummer.vectors';
import { vectors as piiIdsSgNric } from './pii/ids/sg-nric.vectors';
import { vectors as piiIdsTrTckn } from './pii/ids/tr-tckn.vectors';
import { vectors as piiIdsUkNhs } from './pii/ids/uk-nhs.vectors';
import { vectors as piiIdsUsItin } from './pii/ids/us-itin.vectors';
import { vectors as piiIpAddress } from './pii/ip-address.vectors';
import { vectors as piiMacAddress } from './pii/mac-address.vectors';
import { vectors as piiMedicalRecord } from './pii/medical-record.vectors';
import { vectors as piiNrp } from './pii/nrp.vectors';
import { vectors as piiPassport } from './pii/passport.vectors';
import { vectors as piiPhone } from './pii/phone.vectors';
import { vectors as piiPostcode } from './pii/postcode.vectors';
import { vectors as piiTitle } from './pii/title.vectors';
import { vectors as piiUkNino } from './pii/uk-nino.vectors';
import { vectors as piiUsSsn } from './pii/us-ssn.vectors';
import { vectors as piiWebAddress } from './pii/web-address.vectors';
import { vectors as secretRulesAiKeywordKeys } from './secret/rules/ai-keyword-keys.vectors';
import { vectors as secretRulesAirtable } from './secret/rules/airtable.vectors';
import { vectors as secretRulesAlgolia } from './secret/rules/algolia.vectors';
import { vectors as secretRulesAlibaba } from './secret/rules/alibaba.vectors';
import { vectors as secretRulesAnthropic } from './secret/rules/anthropic.vectors';
import { vectors as secretRulesAsana } from './secret/rules/asana.vectors';
import { vectors as secretRulesAtlassian } from './secret/rules/atlassian.vectors';
import { vectors as secretRulesAws } from './secret/rules/aws.vectors';
import { vectors as secretRulesAzure } from './secret/rules/azure.vectors';
import { vectors as secretRulesCloudflare } from './secret/rules/cloudflare.vectors';
import { vectors as secretRulesConnectionString } from './secret/rules/connection-string.vectors';
import { vectors as secretRulesDatabricks } from './secret/rules/databricks.vectors';
import { vectors as secretRulesDatadog } from './secret/rules/datadog.vectors';
import { vectors as secretRulesDevPlatforms } from './secret/rules/dev-platforms.vectors';
import { vectors as secretRulesDigitalocean } from './secret/rules/digitalocean.vectors';
import { vectors as secretRulesDiscord } from './secret/rules/discord.vectors';
import { vectors as secretRulesDjango } from './secret/rules/django.vectors';
import { vectors as secretRulesDocker } from './secret/rules/docker.vectors';
import { vectors as secretRulesDoppler } from './secret/rules/doppler.vectors';
import { vectors as secretRulesDropbox } from './secret/rules/dropbox.vectors';
import { vectors as secretRulesFacebook } from './secret/rules/facebook.vectors';
import { vectors as secretRulesFigma } from './secret/rules/figma.vectors';
import { vectors as secretRulesFirebase } from './secret/rules/firebase.vectors';
import { vectors as secretRulesFlutterwave } from './secret/rules/flutterwave.vectors';
import { vectors as secretRulesGcpServiceAccount } from './secret/rules/gcp-service-account.vectors';
import { vectors as secretRulesGcp } from './secret/rules/gcp.vectors';
import { vectors as secretRulesGenericAssignment } from './secret/rules/generic-assignment.vectors';
import { vectors as secretRulesGithub } from './secret/rules/github.vectors';
import { vectors as secretRulesGitlab } from './secret/rules/gitlab.vectors';
import { vectors as secretRulesGrafana } from './secret/rules/grafana.vectors';
import { vectors as secretRulesGroq } from './secret/rules/groq.vectors';
import { vectors as secretRulesHeroku } from './secret/rules/heroku.vectors';
import { vectors as secretRulesHttpCredentials } from './secret/rules/http-credentials.vectors';
import { vectors as secretRulesHuggingface } from './secret/rules/huggingface.vectors';
import { vectors as secretRulesIbm } from './secret/rules/ibm.vectors';
import { vectors as secretRulesJwt } from './secret/rules/jwt.vectors';
import { vectors as secretRulesKubernetes } from './secret/rules/kubernetes.vectors';
import { vectors as secretRulesLangsmith } from './secret/rules/langsmith.vectors';
import { vectors as secretRulesLinear } from './secret/rules/linear.vectors';
import { vectors as secretRulesMailchimp } from './secret/rules/mailchimp.vectors';
import { vectors as secretRulesMailgun } from './secret/rules/mailgun.vectors';
import { vectors as secretRulesNetlify } from './secret/rules/netlify.vectors';
import { vectors as secretRulesNewrelic } from './secret/rules/newrelic.vectors';
import { vectors as secretRulesNotion } from './secret/rules/notion.vectors';
import { vectors as secretRulesNpm } from './secret/rules/npm.vectors';
import { vectors as secretRulesOkta } from './secret/rules/okta.vectors';
import { vectors as secretRulesOnepassword } from './secret/rules/onepassword.vectors';
import { vectors as secretRulesOpenai } from './secret/rules/openai.vectors';
import { vectors as secretRulesOpsTokens } from './secret/rules/ops-tokens.vectors';
import { vectors as secretRulesPackageRegistries } from './secret/rules/package-registries.vectors';
import { vectors as secretRulesPaypal } from './secret/rules/paypal.vectors';
import { vectors as secretRulesPerplexity } from './secret/rules/perplexity.vectors';
import { vectors as secretRulesPostman } from './secret/rules/postman.vectors';
import { vectors as secretRulesPrivateKey } from './secret/rules/private-key.vectors';
import { vectors as secretRulesProviderKeyword } from './secret/rules/provider-keyword.vectors';
import { vectors as secretRulesPulumi } from './secret/rules/pulumi.vectors';
import { vectors as secretRulesPypi } from './secret/rules/pypi.vectors';
import { vectors as secretRulesReplicate } from './secret/rules/replicate.vectors';
import { vectors as secretRulesSaasTokens } from './secret/rules/saas-tokens.vectors';
import { vectors as secretRulesSendgrid } from './secret/rules/sendgrid.vectors';
import { vectors as secretRulesSentry } from './secret/rules/sentry.vectors';
import { vectors as secretRulesShopify } from './secret/rules/shopify.vectors';
import { vectors as secretRulesSlack } from './secret/rules/slack.vectors';
import { vectors as secretRulesSquare } from './secret/rules/square.vectors';
import { vectors as secretRulesStripe } from './secret/rules/stripe.vectors';
import { vectors as secretRulesSupabase } from './secret/rules/supabase.vectors';
import { vectors as secretRulesTelegram } from './secret/rules/telegram.vectors';
import { vectors as secretRulesTencent } from './secret/rules/tencent.vectors';
import { vectors as secretRulesTerraform } from './secret/rules/terraform.vectors';
import { vectors as secretRulesTwilio } from './secret/rules/twilio.vectors';
import { vectors as secretRulesTwitch } from './secret/rules/twitch.vectors';
import { vectors as secretRulesVault } from './secret/rules/vault.vectors';
import { vectors as secretRulesVercel } from './secret/rules/vercel.vectors';
import { vectors as secretRulesWeakPassword } from './secret/rules/weak-password.vectors';
import { vectors as secretRulesXai } from './secret/rules/xai.vectors';

const sets: readonly DetectorVectorSet[] = [
  codeProprietaryHeader,
  codeSourceCode,
  confidentialClassificationLabel,
  confidentialPolicyKeyword,
  intentJailbreak,
  intentPolicyEvasion,
  intentPromptInjection,
  piiAddress,
  piiAge,
  piiCard,
  piiDateOfBirth,
  piiDateTime,
  piiDrivingLicence,
  piiEmail,
  piiEntities,
  piiIban,
  piiIdsAuMedicare,
  piiIdsAuTfn,
  piiIdsCaSin,
  piiIdsDeTaxId,
  piiIdsEsDni,
  piiIdsFiHetu,
  piiIdsInAadhaar,
  piiIdsInPan,
  piiIdsItFiscalCode,
  piiIdsKrRrn,
  piiIdsPlPesel,
  piiIdsSePersonnummer,
  piiIdsSgNric,
  piiIdsTrTckn,
  piiIdsUkNhs,
  piiIdsUsItin,
  piiIpAddress,
  piiMacAddress,
  piiMedicalRecord,
  piiNrp,
  piiPassport,
  piiPhone,
  piiPostcode,
  piiTitle,
  piiUkNino,
  piiUsSsn,
  piiWebAddress,
  secretRulesAiKeywordKeys,
  secretRulesAirtable,
  secretRulesAlgolia,
  secretRulesAlibaba,
  secretRulesAnthropic,
  secretRulesAsana,
  secretRulesAtlassian,
  secretRulesAws,
  secretRulesAzure,
  secretRulesCloudflare,
  secretRulesConnectionString,
  secretRulesDatabricks,
  secretRulesDatadog,
  secretRulesDevPlatforms,
  secretRulesDigitalocean,
  secretRulesDiscord,
  secretRulesDjango,
  secretRulesDocker,
  secretRulesDoppler,
  secretRulesDropbox,
  secretRulesFacebook,
  secretRulesFigma,
  secretRulesFirebase,
  secretRulesFlutterwave,
  secretRulesGcpServiceAccount,
  secretRulesGcp,
  secretRulesGenericAssignment,
  secretRulesGithub,
  secretRulesGitlab,
  secretRulesGrafana,
  secretRulesGroq,
  secretRulesHeroku,
  secretRulesHttpCredentials,
  secretRulesHuggingface,
  secretRulesIbm,
  secretRulesJwt,
  secretRulesKubernetes,
  secretRulesLangsmith,
  secretRulesLinear,
  secretRulesMailchimp,
  secretRulesMailgun,
  secretRulesNetlify,
  secretRulesNewrelic,
  secretRulesNotion,
  secretRulesNpm,
  secretRulesOkta,
  secretRulesOnepassword,
  secretRulesOpenai,
  secretRulesOpsTokens,
  secretRulesPackageRegistries,
  secretRulesPaypal,
  secretRulesPerplexity,
  secretRulesPostman,
  secretRulesPrivateKey,
  secretRulesProviderKeyword,
  secretRulesPulumi,
  secretRulesPypi,
  secretRulesReplicate,
  secretRulesSaasTokens,
  secretRulesSendgrid,
  secretRulesSentry,
  secretRulesShopify,
  secretRulesSlack,
  secretRulesSquare,
  secretRulesStripe,
  secretRulesSupabase,
  secretRulesTelegram,
  secretRulesTencent,
  secretRulesTerraform,
  secretRulesTwilio,
  secretRulesTwitch,
  secretRulesVault,
  secretRulesVercel,
  secretRulesWeakPassword,
  secretRulesXai,
];

function merge(list: readonly DetectorVectorSet[]): Readonly<Record<string, DetectorVectors>> {
  const all: Record<string, DetectorVectors> = {};
  for (const set of list) {
    for (const [id, v] of Object.entries(set)) {
      if (id in all) throw new Error(`duplicate vectors for ${id}`);
      all[id] = v;
    }
  }
  return all;
}

export const detectorVectors: Readonly<Record<string, DetectorVectors>> = merge(sets);
