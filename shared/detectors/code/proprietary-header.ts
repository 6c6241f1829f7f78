import type { Candidate, Detector } from '../../engine/types';
import { findWholeWords, normalizeTerm } from '../../engine/terms';
import { lineAt, lineIndex } from '../../engine/text-index';

/**
 * A copyright or licence header naming the organisation (`options.organizationNames`): the pasted
 * code is the company's own, which is what source-code policies care about. Without configured
 * organisation names the detector reports nothing — every open-source file has a copyright line.
 */

const NOTICE_MARKERS = ['copyright', '©', '(c)', 'all rights reserved', 'proprietary'];
/** Words that make a header a restriction, not just attribution. */
const RESTRICTIVE = ['all rights reserved', 'proprietary', 'confidential', 'unauthorized', 'unauthorised', 'do not distribute'];
/** Headers sit at the top of a file; a notice further down is more likely quoted prose. */
const HEADER_LINES = 15;
/** Notices are single short lines; a long line is a sentence that mentions copyright. */
const MAX_NOTICE_LENGTH = 200;
const COMMENT_PREFIXES = ['//', '/*', '*', '#', '--', '<!--', ';', "'", '%'];
const YEAR = /\b(?:19|20)\d\d\b/;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b;

export const proprietaryHeader: Detector = {
  id: 'code.proprietary_header',
  category: 'code',
  description: "A copyright or licence header naming your organisation: the pasted code is the company's own.",
  validation: 'notice marker + configured organisation name + year, comment or header position; not a question',
  severity: 'medium',
  // A restrictive notice ("All rights reserved", "proprietary").
  maxSeverity: 'high',
  placeholder: null,
  // No `keywords` prefilter: without configured organisation names (the default) the detector
  // returns at once, and the engine's prefilter regex would read every prompt for nothing; with
  // them, the marker search below is the prefilter.
  detect: (input) => {
    const { text, lower, options } = input;
    const orgs = options.organizationNames.map(normalizeTerm).filter((o) => o.length > 0);
    if (orgs.length === 0) return [];
    // Only lines holding a notice marker can be notices: find those instead of walking every line.
    const lines = lineIndex(input);
    const marked = new Set<number>();
    for (const m of NOTICE_MARKERS) for (let at = lower.indexOf(m); at !== -1; at = lower.indexOf(m, at + 1)) marked.add(lineAt(lines, at));
    const out: Candidate[] = [];
    for (const index of [...marked].sort((a, b) => a - b)) {
      let start = lines.starts[index]!;
      let end = lines.ends[index]!;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end - start > MAX_NOTICE_LENGTH) continue;
      const lineLower = lower.slice(start, end);
      if (lineLower.endsWith('?')) continue;
      const org = orgs.find((o) => findWholeWords(lineLower, o, 1).length > 0);
      if (org === undefined) continue;
      const comment = COMMENT_PREFIXES.some((p) => lineLower.startsWith(p));
      const dated = YEAR.test(lineLower);
      if (!comment && !dated) continue;
      // The restriction often sits on the next line ("All rights reserved.").
      const nearby = lower.slice(start, index + 2 < lines.count ? lines.ends[index + 2]! : lines.ends[index]!);
      const restrictive = RESTRICTIVE.find((w) => nearby.includes(w));
      const top = index < HEADER_LINES;
      out.push({
        start,
        end,
        rule: restrictive === undefined ? 'copyright-notice' : 'restrictive-notice',
        severity: restrictive === undefined ? 'medium' : 'high',
        baseScore: 0.7,
        confidence: top || comment ? 0.9 : 0.7,
        context: [
          { word: 'organisation name', delta: 0 },
          ...(top || comment ? [{ word: top ? 'header position' : 'comment line', delta: 0.2 }] : []),
          ...(restrictive === undefined ? [] : [{ word: restrictive, delta: 0 }]),
        ],
      });
    }
    return out;
  },
};
