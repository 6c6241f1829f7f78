import type { Detector, DetectorInput } from '../../shared/engine';
import { resolveOptions } from '../../shared/engine/options';
import { median } from './stats';

/**
 * What each detector costs, measured honestly: every timed call gets a fresh input object, so a
 * detector that memoises per input (the secret rules' shared sweep, the PII memo, the intent
 * analysis) pays for its work instead of reading an earlier run's result. Alone, such a detector
 * also pays for the work it shares with its siblings, so each category is reported as a whole
 * too (all its detectors on one input) with the detectors that ride on the shared work.
 * Times are CPU ms of this process (see stats.ts `sample`).
 */
const freshInput = (text: string): DetectorInput => ({ text, lower: text.toLowerCase(), options: resolveOptions({}) });

function cpu(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

export interface DetectorCost {
  readonly id: string;
  /** Alone on a fresh input. */
  readonly alone: number;
  /** On an input the rest of its category just scanned: ~0 when it only reads their shared work. */
  readonly marginal: number;
}

export interface CategoryCost {
  readonly category: string;
  readonly detectors: number;
  /** All its detectors on one fresh input. */
  readonly together: number;
  /** Detectors whose own work is under a fifth of their cost alone: they read a shared pass. */
  readonly sharing: readonly string[];
}

export function detectorCosts(detectors: readonly Detector[], text: string, runs: number): { detectors: DetectorCost[]; categories: CategoryCost[] } {
  const byCategory = new Map<string, Detector[]>();
  for (const d of detectors) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
  const costs: DetectorCost[] = [];
  const categories: CategoryCost[] = [];
  for (const [category, list] of byCategory) {
    const together = median(
      Array.from({ length: runs }, () => freshInput(text)).map((input) => cpu(() => list.forEach((d) => d.detect(input)))),
    );
    const sharing: string[] = [];
    for (const d of list) {
      const alone = median(Array.from({ length: runs }, () => freshInput(text)).map((input) => cpu(() => d.detect(input))));
      const own = median(
        Array.from({ length: runs }, () => {
          const input = freshInput(text);
          for (const other of list) if (other !== d) other.detect(input);
          return cpu(() => d.detect(input));
        }),
      );
      costs.push({ id: d.id, alone, marginal: own });
      if (list.length > 1 && alone > 0.2 && own < alone / 5) sharing.push(d.id);
    }
    categories.push({ category, detectors: list.length, together, sharing });
  }
  return { detectors: costs.sort((a, b) => b.alone - a.alone), categories: categories.sort((a, b) => b.together - a.together) };
}
