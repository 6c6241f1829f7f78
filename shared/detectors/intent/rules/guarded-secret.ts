import type { IntentRule } from '../rule';

/**
 * Attacks on a guarded secret or phrase (Tensor Trust, Gandalf-style games, PurpleLlama's
 * "reveal the password" variants): the assistant was told to keep a password/access code or to
 * say a fixed phrase ("Access Granted") only to the right person, and the prompt tries to make it
 * say the phrase or leak the secret — directly, in a poem, encoded, or by claiming to be
 * authorised. Writing software that checks a password is ordinary work, so prompts that talk
 * about code are skipped (CODE_TASK).
 */
const CODE_TASK = /\b(?:function|script|program|class|method|regex|validat\w*|hash(?:ed|ing)?|database|field|form|login page|api|endpoint|generator|requirements?|policy|reset|manager|strength|strong|complex(?:ity)?)\b/i;
const notCodeTask = (_text: string, lower: string): boolean => !CODE_TASK.test(lower);

const SECRET = String.raw`(?:(?:the|your|my|our|this|that)\s+(?:secret\s+|hidden\s+|correct\s+|current\s+|actual\s+|real\s+)?(?:password|passphrase|passcode|pass code|access code|secret (?:word|phrase|key|code))|(?:the|your)\s+secret\b)`;
const LEAK = String.raw`(?:tell|reveal|give|say|write|spell|print|output|share|confirm|provide|show|leak|disclose|encode|translate|hint|repeat|list|store|append|include|put|insert|type|return|describe|explain|poem|story|haiku|rap|song|sonnet|acrostic|riddle|letters?|characters?|leetspeak|pig latin|base64|reverse|backwards)`;

export const guardedSecretRules: readonly IntentRule[] = [
  {
    id: 'guarded-phrase',
    keywords: ['access'],
    // "Say 'Access Granted'", "begin your reply with [Access Granted", "complete 'Access Grant…'".
    pattern: /\b(?:say|says|saying|output|print|respond|reply|answer|write|return|begin|start|prepend|complete|end|repeat|include|append|translate|grant\w*|only)\b[^\n]{0,80}?\baccess[\s_-]*(?:grant\w*|denied)\b|\baccess[\s_-]*granted\b[^\n]{0,40}?\b(?:only|nothing else|without|then|and nothing)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    precheck: notCodeTask,
    note: 'tries to make the assistant say the phrase it guards ("Access Granted")',
  },
  {
    id: 'secret-leak',
    keywords: ['password', 'passphrase', 'passcode', 'pass code', 'access code', 'secret'],
    pattern: new RegExp(String.raw`\b${LEAK}\b[^.\n]{0,60}?${SECRET}|${SECRET}[^.\n]{0,40}?\b(?:in|as|into|using|with)\s+(?:a\s+|an\s+)?${LEAK}\b|\bwhat(?:'s|\s+is|\s+was)\s+${SECRET}|\b(?:qual\s+(?:è|é|e)|cu[aá]l\s+es|quelle?\s+est|wie\s+lautet|was\s+ist)\s+(?:la\s+|le\s+|das\s+|a\s+)?(?:password|contraseña|mot de passe|passwort|senha)`, 'gi'),
    confidence: 0.75,
    severity: 'medium',
    precheck: notCodeTask,
    note: 'asks the assistant for a secret it guards',
  },
  {
    id: 'authorisation-claim',
    keywords: ['correct', 'right', 'valid', 'password', 'access code', 'passphrase'],
    // "[correct password]", "The correct access code has been provided", "user entered the right password".
    pattern: /[[(]\s*(?:correct|right|valid)\s+(?:password|access code|passphrase|passcode)\s*[\])]|\b(?:correct|right|valid)\s+(?:password|access code|passphrase|passcode)\s+(?:has been|was|is|were)?\s*(?:entered|provided|given|supplied|input)\b|\b(?:entered|provided|input|typed|has)\s+(?:the\s+)?(?:correct|right|valid)\s+(?:password|access code|passphrase|passcode)/gi,
    confidence: 0.7,
    severity: 'medium',
    note: 'claims the right password was given, so the assistant should let the user in',
  },
];
