import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Labels the intent model learns; `benign` rows come from benign.jsonl. */
export type RowLabel = 'jailbreak' | 'prompt_injection' | 'benign';

export interface CorpusRow {
  readonly id: string;
  readonly text: string;
  readonly label: RowLabel;
  readonly source: string;
  /** False for sources whose licence allows evaluation only (see EVAL_ONLY_SOURCES). */
  readonly trainable: boolean;
  /**
   * True for attacks that are attacks only against a hidden system prompt the corpus does not
   * show (HIDDEN_CONTEXT_ONLY): reported apart, because no prompt-side detector can see them.
   */
  readonly hiddenContextOnly: boolean;
}

/**
 * PurpleLlama's "logic-violating" rows: the defended system prompt bans a topic (music, recipes,
 * Python, religion …) and the user input is an ordinary question on it ("Who composed The Magic
 * Flute?"), so the row is an attack only relative to that system prompt. Their "security-violating"
 * rows stay in the headline: many leak a secret or obey a planted instruction a detector can see.
 */
function isHiddenContextOnly(r: RawRow): boolean {
  return r.source.startsWith('meta-llama/PurpleLlama') && r.meta?.risk_category === 'logic-violating';
}

/**
 * Sources we may evaluate on but must not train shipped weights on (/work/shared/eval/README.md,
 * "Licences at a glance"): AlpacaEval is CC BY-NC 4.0, Tensor Trust states no licence.
 */
export const EVAL_ONLY_SOURCES: ReadonlySet<string> = new Set(['tatsu-lab/alpaca_eval', 'HumanCompatibleAI/tensor-trust-data']);

interface RawRow {
  id: string;
  text: string;
  labels: string[];
  source: string;
  meta?: { risk_category?: string };
}

function readJsonl(path: string): RawRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawRow);
}

/** Short display name: "verazuo/jailbreak_llms (via …)" → "verazuo/jailbreak_llms". */
export function sourceName(source: string): string {
  return source.replace(/\s*\(.*\)$/, '');
}

/** Both files, sorted by id so that training never depends on file order. */
export function loadCorpus(dir: string): CorpusRow[] | null {
  const attacks = join(dir, 'jailbreak.jsonl');
  const benign = join(dir, 'benign.jsonl');
  if (!existsSync(attacks) || !existsSync(benign)) return null;
  const rows: CorpusRow[] = [];
  for (const r of readJsonl(attacks)) {
    const label: RowLabel = r.labels.includes('jailbreak') ? 'jailbreak' : 'prompt_injection';
    rows.push({ id: r.id, text: r.text, label, source: sourceName(r.source), trainable: !EVAL_ONLY_SOURCES.has(r.source), hiddenContextOnly: isHiddenContextOnly(r) });
  }
  for (const r of readJsonl(benign)) {
    rows.push({ id: r.id, text: r.text, label: 'benign', source: sourceName(r.source), trainable: !EVAL_ONLY_SOURCES.has(r.source), hiddenContextOnly: false });
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
