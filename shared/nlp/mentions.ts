import { JOB_HEADS, JOB_SUFFIX } from '../detectors/pii/lib/job-titles';
import type { Classified } from './classify';
import type { PassClock } from './pass-clock';
import type { Sequence } from './sequences';

/**
 * Second pass over the classified sequences, using what the first pass found elsewhere in the
 * same text. Documents name a person once in full and then by one part ("Bonifacy Kaczmarek …
 * Kaczmarek"); lists share a type ("Efimiya, Mary and Ariana"); a signature block puts the
 * employer on the line after the name; an e-mail domain names its organisation.
 */
export type Result = Classified | 'unresolved' | null;

const LIST_GAP = /^(?:, ?|,? and |,? & )$/;
const isOpen = (r: Result): boolean => r === null || r === 'unresolved';
/** Guesses made from a single weak cue; evidence from elsewhere in the text may overrule them. */
const WEAK_RULES = new Set(['place-cue', 'unknown-proper-noun', 'person-cue', 'tagger', 'speaker-label']);
const isWeak = (r: Result): boolean => isOpen(r) || (r !== null && r !== 'unresolved' && WEAK_RULES.has(r.rule));
const asPerson = (start: number, end: number, rule: string): Classified =>
  ({ type: 'pii.person', start, end, rule, confidence: 0.5, nameLike: true });

/** The line holding [start, end) without e-mail quoting (`>`) and indentation. */
function lineOf(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to).replace(/^[\s>?]+|\s+$/g, '');
}

/** E-mail domains kept per text; each is one Set entry, but a pasted mailing list has thousands. */
const DOMAIN_LIMIT = 400;

/** Updates `results` in place; stops where `clock` says, leaving the rest as the classifier left them. */
export function resolveMentions(text: string, seqs: readonly Sequence[], results: Result[], clock?: PassClock): void {
  const personWords = new Set<string>();
  for (const r of results) {
    if (r && r !== 'unresolved' && r.type === 'pii.person' && !r.downgrade && r.end - r.start > 0) {
      const words = text.slice(r.start, r.end).split(/[ \t]+/);
      if (words.length > 1) for (const w of words) if (w.length > 2 && !w.endsWith('.')) personWords.add(w.toLowerCase());
    }
  }
  const domains = new Set<string>();
  if (text.includes('@')) {
    // On the original text (no 64 KB lower-case copy): the same domains, bar the odd letter (K, the
    // Kelvin sign) that lower-cases into ASCII.
    for (const m of text.matchAll(/@([a-zA-Z0-9-]{3,})\./g)) {
      if (domains.size >= DOMAIN_LIMIT) break;
      domains.add(m[1]!.toLowerCase());
    }
  }
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i]!;
    if (clock?.stop('mentions', i, seq.start)) break;
    const r = results[i]!;
    if (!isWeak(r)) continue;
    // The classified core ("Later Kaczmarek" → "Kaczmarek") when there is one, else the sequence.
    const [from, to] = r && r !== 'unresolved' ? [r.start, r.end] : [seq.start, seq.end];
    const lower = text.slice(from, to).toLowerCase();
    // Not `{ ...seq, start, end }`: on Node 20 a literal adding properties after a spread
    // allocates in the old generation each time (classify.ts, `at`).
    const oneWord = !/[ \t]/.test(lower);
    if (domains.has(lower.replace(/[\s-]+/g, ''))) {
      results[i] = { type: 'pii.organization', start: from, end: to, rule: 'email-domain', confidence: 0.6 };
    } else if (oneWord && personWords.has(lower.replace(/['’]s$/, '')) && !(r && r !== 'unresolved' && r.type === 'pii.person')) {
      results[i] = asPerson(from, to, 'coreference');
    } else if (!isOpen(r)) {
      continue;
    } else if (listNeighbourIsPerson(text, seqs, results, i)) {
      results[i] = asPerson(seq.start, seq.end, 'list-member');
    } else if (isSignatureOrgLine(text, seqs, results, i)) {
      results[i] = { type: 'pii.organization', start: seq.start, end: seq.end, rule: 'signature-block', confidence: 0.5 };
    }
  }
}

function listNeighbourIsPerson(text: string, seqs: readonly Sequence[], results: readonly Result[], i: number): boolean {
  for (const j of [i - 1, i + 1]) {
    const other = results[j];
    if (!other || other === 'unresolved' || other.type !== 'pii.person' || other.downgrade) continue;
    const [a, b] = j < i ? [seqs[j]!, seqs[i]!] : [seqs[i]!, seqs[j]!];
    if (LIST_GAP.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/** "Jane Roe\nAcme Analytics\n12 Main St": a whole-line sequence right under a whole-line person. */
function isSignatureOrgLine(text: string, seqs: readonly Sequence[], results: readonly Result[], i: number): boolean {
  const seq = seqs[i]!;
  const prev = results[i - 1];
  if (!prev || prev === 'unresolved' || prev.type !== 'pii.person') return false;
  const gap = text.slice(seqs[i - 1]!.end, seq.start);
  if (!gap.includes('\n') || lineOf(text, seq.start, seq.end) !== text.slice(seq.start, seq.end)) return false;
  const prevSeq = seqs[i - 1]!;
  if (!/^[ \t]*\r?\n[\s>?]*$/.test(gap) || lineOf(text, prevSeq.start, prevSeq.end) !== text.slice(prevSeq.start, prevSeq.end)) return false;
  const last = seq.words[seq.words.length - 1]!.toLowerCase();
  return !JOB_HEADS.has(last) && !JOB_SUFFIX.test(last);
}
