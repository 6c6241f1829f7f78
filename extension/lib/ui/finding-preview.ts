/**
 * What the dialog shows about findings: a list of types with counts, and the user's own text
 * around each finding with the finding itself replaced by a highlighted masked excerpt, so the
 * user can locate it without the dialog echoing a secret.
 */
import type { VerdictFinding } from '../../../shared/enforcement/verdict';
import { STRINGS } from './strings';

/** Characters of context shown either side of a finding. */
const CONTEXT_CHARS = 32;
/** More than this and the list, not the preview, tells the story. */
const MAX_PREVIEWS = 4;

export function findingSummary(doc: Document, findings: readonly VerdictFinding[]): HTMLUListElement {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const list = doc.createElement('ul');
  for (const [type, count] of counts) {
    const item = doc.createElement('li');
    item.textContent = STRINGS.findingLabel(type, count);
    list.append(item);
  }
  return list;
}

export function findingPreview(doc: Document, text: string, findings: readonly VerdictFinding[]): HTMLElement {
  const preview = doc.createElement('div');
  preview.className = 'note';
  const sorted = [...findings].sort((a, b) => a.start - b.start).slice(0, MAX_PREVIEWS);
  for (const [i, f] of sorted.entries()) {
    const line = doc.createElement('p');
    const prevEnd = sorted[i - 1]?.end ?? 0;
    const nextStart = sorted[i + 1]?.start ?? text.length;
    const before = text.slice(Math.max(prevEnd, f.start - CONTEXT_CHARS), f.start);
    const after = text.slice(f.end, Math.min(nextStart, f.end + CONTEXT_CHARS));
    const mark = doc.createElement('mark');
    mark.textContent = f.excerpt;
    mark.title = STRINGS.findingLabel(f.type, 1);
    line.append(`…${before}`, mark, `${after}…`);
    preview.append(line);
  }
  return preview;
}
