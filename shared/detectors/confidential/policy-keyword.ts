import type { Candidate, Detector } from '../../engine/types';
import { findWholeWords, normalizeTerm } from '../../engine/terms';

/**
 * Policy keywords (`options.confidentialKeywords`): project code names, unreleased product names,
 * deal names. A mention is the leak, so there is no question/meta heuristic; the value is redacted
 * so the assistant can still help with the rest of the text.
 */
const CONFIDENCE = 0.85;

export const policyKeyword: Detector = {
  id: 'confidential.policy_keyword',
  category: 'confidential',
  description: 'Confidential terms from policy (project code names, unreleased products), whole words.',
  validation: 'exact whole-word match, case-insensitive, after normalisation',
  severity: 'medium',
  placeholder: 'CONFIDENTIAL_TERM',
  detect: ({ lower, options }) => {
    const out: Candidate[] = [];
    for (const term of new Set(options.confidentialKeywords.map(normalizeTerm))) {
      for (const start of findWholeWords(lower, term)) {
        out.push({ start, end: start + term.length, rule: 'policy-keyword', confidence: CONFIDENCE });
      }
    }
    return out;
  },
};
