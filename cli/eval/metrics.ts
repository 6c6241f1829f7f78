import type { Finding, Scan } from '../../shared/engine';
import type { CorpusRow } from './corpus';
import { codePointToUtf16 } from './corpus';
import { PII_TYPE_MAP } from './pii-type-map';
import { isPlaceholderLike } from './placeholder-like';
import { Tally, formatTally, pct } from './tally';

/**
 * Counting rules (the same as the held-out check):
 * - jailbreak: recall = flagged with an `intent` finding;
 * - benign: false positive = flagged;
 * - secrets: a positive is found by any `secret` finding; a negative is a false positive on any
 *   `secret` finding; headline recall leaves out `infra_identifier` / `password_hash` rows;
 * - pii: span recall = a finding of a mapped type covers the whole annotated span; a negative is a
 *   false positive on any finding of a type mapped from its tested entities, at any confidence.
 */
export interface CorpusEvaluator {
  add(row: CorpusRow, scan: Scan): void;
  report(): string;
}

const HEADLINE_EXCLUDED_LABELS = new Set(['infra_identifier', 'password_hash']);

export function jailbreakEvaluator(): CorpusEvaluator {
  const byLabel = new Tally();
  const bySource = new Tally();
  const anyIntent = new Tally();
  return {
    add(row, scan) {
      const { findings, flagged } = scan(row.text);
      const intent = findings.some((f) => f.category === 'intent');
      for (const label of row.labels) byLabel.add(label, flagged && intent);
      byLabel.add('ALL', flagged && intent);
      bySource.add(row.source, flagged && intent);
      anyIntent.add('ALL (any intent finding, flagged or not)', intent);
    },
    report: () => [formatTally('jailbreak by label', 'recall', byLabel), formatTally('jailbreak by source', 'recall', bySource), formatTally('jailbreak', 'rate', anyIntent)].join('\n\n'),
  };
}

export function benignEvaluator(): CorpusEvaluator {
  const bySource = new Tally();
  const causes = new Map<string, number>();
  return {
    add(row, scan) {
      const { findings, flagged } = scan(row.text);
      bySource.add(row.source, flagged);
      bySource.add('ALL', flagged);
      if (flagged) for (const type of new Set(findings.filter((f) => f.severity !== 'low').map((f) => f.type))) causes.set(type, (causes.get(type) ?? 0) + 1);
    },
    report() {
      const top = [...causes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
      return [formatTally('benign by source', 'FP', bySource), `benign flagged rows by finding type (top): ${top.map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`].join('\n\n');
    },
  };
}

export function secretsEvaluator(dump?: PiiMissDump): CorpusEvaluator {
  const headline = new Tally();
  const byLabel = new Tally();
  const bySource = new Tally();
  const negatives = new Tally();
  return {
    add(row, scan) {
      const { findings } = scan(row.text);
      const found = findings.some((f) => f.category === 'secret');
      if (row.labels.length === 0) {
        if (found && dump) dump.write(`FP ${row.id} ${row.source}: ${describeRow(row.text, findings)}`);
        negatives.add('ALL', found);
        negatives.add(row.source, found);
        return;
      }
      for (const label of row.labels) byLabel.add(label, found);
      bySource.add(row.source, found);
      if (row.labels.every((l) => HEADLINE_EXCLUDED_LABELS.has(l))) return;
      const placeholder = isPlaceholderLike(row.text);
      if (!found && dump) dump.write(`MISS ${placeholder ? 'placeholder-looking' : 'real-looking'} ${row.labels.join(',')} ${row.id} ${row.source}: ${describeRow(row.text, findings)}`);
      headline.add('recall, all positives', found);
      headline.add(placeholder ? 'recall, placeholder-looking only' : 'recall, without placeholder-looking', found);
    },
    report: () =>
      [
        formatTally('secrets headline (excl. infra_identifier, password_hash)', 'recall', headline),
        formatTally('secrets by label', 'recall', byLabel),
        formatTally('secrets by source', 'recall', bySource),
        formatTally('secrets negatives (any secret finding)', 'FP', negatives),
      ].join('\n\n'),
  };
}

const DUMP_TEXT = 200;

/** A secrets row for `--secret-misses`: its start and every finding with its type, severity and confidence. */
function describeRow(text: string, findings: readonly Finding[]): string {
  const shown = findings.map((f) => `${f.type}/${f.severity}/${f.confidence.toFixed(2)}`);
  return `${JSON.stringify(text.slice(0, DUMP_TEXT))}  found: ${shown.join(' ') || '-'}`;
}

const covers = (f: Finding, start: number, end: number): boolean => f.start <= start && f.end >= end;

/**
 * Where `--pii-misses` (`--secret-misses`) sends one line per missed span (positive) or false-positive negative (to stderr, so
 * the report on stdout stays the same): the span's type and text, the text around it, and the
 * findings that overlap it. For reading locally only; never copy these lines into the repository.
 */
export interface PiiMissDump {
  /** Presidio types to dump; empty = all. */
  readonly types: readonly string[];
  readonly write: (line: string) => void;
}

const MISS_CONTEXT = 60;

function describeMiss(text: string, start: number, end: number, findings: readonly Finding[]): string {
  const around = `${text.slice(Math.max(0, start - MISS_CONTEXT), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + MISS_CONTEXT)}`;
  const near = findings.filter((f) => f.start < end + 2 && f.end > start - 2).map((f) => `${f.type}[${text.slice(f.start, f.end)}]`);
  return `${JSON.stringify(around.replace(/\s+/g, ' '))}  found: ${near.join(' ') || '-'}`;
}

export function piiEvaluator(dump?: PiiMissDump): CorpusEvaluator {
  const wants = (type: string): boolean => dump !== undefined && (dump.types.length === 0 || dump.types.includes(type));
  const byType = new Tally();
  const bySource = new Tally();
  const negatives = new Tally();
  const unmapped = new Map<string, number>();
  const allMapped = [...new Set(Object.values(PII_TYPE_MAP).flat())];
  return {
    add(row, scan) {
      const { findings } = scan(row.text);
      const toJs = codePointToUtf16(row.text);
      for (const span of row.spans ?? []) {
        const type = span.type ?? 'UNKNOWN';
        const mapped = PII_TYPE_MAP[type];
        if (mapped === undefined) {
          unmapped.set(type, (unmapped.get(type) ?? 0) + 1);
          continue;
        }
        const [start, end] = [toJs(span.start), toJs(span.end)];
        const hit = findings.some((f) => mapped.includes(f.type) && covers(f, start, end));
        if (!hit && wants(type)) dump!.write(`MISS ${type} ${row.id}: ${describeMiss(row.text, start, end, findings)}`);
        byType.add(type, hit);
        byType.add('ALL (mapped types)', hit);
        bySource.add(row.source, hit);
      }
      if (row.labels.length > 0) return;
      const tested = (row.meta?.tested_entities as readonly string[] | undefined) ?? [];
      const types = tested.length === 0 ? allMapped : tested.flatMap((t) => PII_TYPE_MAP[t] ?? []);
      if (types.length === 0) return;
      const fp = findings.some((f) => types.includes(f.type));
      if (fp && tested.some(wants)) {
        for (const f of findings.filter((x) => types.includes(x.type))) dump!.write(`FP ${tested.join(',')} ${row.id}: ${describeMiss(row.text, f.start, f.end, [f])}`);
      }
      negatives.add('ALL', fp);
      for (const t of tested.length === 0 ? ['(untyped negatives)'] : tested) negatives.add(t, fp);
    },
    report() {
      const skipped = [...unmapped.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`);
      return [
        formatTally('pii span recall by type', 'recall', byType),
        formatTally('pii span recall by source', 'recall', bySource),
        formatTally('pii negatives by tested type', 'FP', negatives),
        `pii unmapped span types (excluded): ${skipped.join(', ') || 'none'}`,
      ].join('\n\n');
    },
  };
}

export { pct };
