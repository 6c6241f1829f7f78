/** Hit/total counters keyed by group ("label: jailbreak", "source: gitleaks/gitleaks" …). */
export class Tally {
  private readonly counts = new Map<string, { hits: number; total: number }>();

  add(key: string, hit: boolean): void {
    const c = this.counts.get(key) ?? { hits: 0, total: 0 };
    c.total++;
    if (hit) c.hits++;
    this.counts.set(key, c);
  }

  rows(): Array<{ key: string; hits: number; total: number; rate: number }> {
    return [...this.counts.entries()]
      .map(([key, c]) => ({ key, ...c, rate: c.total === 0 ? 0 : c.hits / c.total }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }
}

export const pct = (hits: number, total: number): string => (total === 0 ? '   n/a' : `${((100 * hits) / total).toFixed(1).padStart(5)}%`);

export function formatTally(title: string, metric: string, tally: Tally): string {
  const rows = tally.rows();
  const width = Math.max(title.length, ...rows.map((r) => r.key.length));
  return [
    `${title.padEnd(width)}  ${metric.padStart(6)}  hits/total`,
    ...rows.map((r) => `${r.key.padEnd(width)}  ${pct(r.hits, r.total)}  ${r.hits}/${r.total}`),
  ].join('\n');
}
