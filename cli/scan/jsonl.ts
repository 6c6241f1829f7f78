import type { Scan, ScanOptions } from '../../shared/engine';

/** The JSONL output contract: one line per input line, fields fixed (the eval harness reads them). */
export interface JsonlResult {
  readonly id: unknown;
  readonly flagged: boolean;
  readonly risk: number;
  readonly findings: ReadonlyArray<{ type: string; category: string; severity: string; start: number; end: number; confidence: number }>;
}

export interface JsonlError {
  readonly id: unknown;
  readonly error: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Scans one JSONL input line (`{"id","text",…}`). Never throws: a bad line becomes an error line
 * for its id (`null` when the line is not JSON) so a long batch run goes on.
 */
export function scanJsonlLine(line: string, scan: Scan, options: ScanOptions): JsonlResult | JsonlError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'invalid JSON' };
  }
  if (!isRecord(parsed)) return { id: null, error: 'line is not a JSON object' };
  const id = parsed.id ?? null;
  if (typeof parsed.text !== 'string') return { id, error: 'missing string field "text"' };
  try {
    const result = scan(parsed.text, options);
    return {
      id,
      flagged: result.flagged,
      risk: result.risk,
      findings: result.findings.map((f) => ({
        type: f.type,
        category: f.category,
        severity: f.severity,
        start: f.start,
        end: f.end,
        confidence: Math.round(f.confidence * 1000) / 1000,
      })),
    };
  } catch (error) {
    return { id, error: `scan failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
