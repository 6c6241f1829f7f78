import type { Candidate, Detector } from '../../engine/types';
import { splitLines, trimLine } from '../../engine/lines';
import { findWholeWords, normalizeTerm } from '../../engine/terms';

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

export const proprietaryHeader: Detector = {
  id: 'code.proprietary_header',
  category: 'code',
  description: "A copyright or licence header naming your organisation: the pasted code is the company's own.",
  validation: 'notice marker + configured organisation name + year, comment or header position; not a question',
  severity: 'medium',
  placeholder: null,
  keywords: NOTICE_MARKERS,
  detect: ({ text, lower, options }) => {
    const orgs = options.organizationNames.map(normalizeTerm).filter((o) => o.length > 0);
    if (orgs.length === 0) return [];
    const out: Candidate[] = [];
    splitLines(text).forEach((line, index, lines) => {
      const t = trimLine(text, line);
      if (t.end - t.start > MAX_NOTICE_LENGTH) return;
      const lineLower = lower.slice(t.start, t.end);
      if (!NOTICE_MARKERS.some((m) => lineLower.includes(m)) || lineLower.endsWith('?')) return;
      const org = orgs.find((o) => findWholeWords(lineLower, o, 1).length > 0);
      if (org === undefined) return;
      const comment = COMMENT_PREFIXES.some((p) => lineLower.startsWith(p));
      const dated = YEAR.test(lineLower);
      if (!comment && !dated) return;
      // The restriction often sits on the next line ("All rights reserved.").
      const nearby = lower.slice(t.start, lines[index + 2]?.end ?? line.end);
      const restrictive = RESTRICTIVE.find((w) => nearby.includes(w));
      const top = index < HEADER_LINES;
      out.push({
        start: t.start,
        end: t.end,
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
    });
    return out;
  },
};
