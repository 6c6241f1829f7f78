/**
 * A memo of the last `size` results by string key, most recent first. The engine runs each detector
 * over a prompt and then over its joined windows before the next detector, so detectors that share
 * work on one text (the intent analysis, the model verdict) need more than one entry; bounded and
 * dropped oldest first, because the service worker that holds them is long-lived.
 */
export function recentMemo<V>(size: number): (key: string, compute: () => V) => V {
  const recent: { key: string; value: V }[] = [];
  return (key, compute) => {
    for (let i = 0; i < recent.length; i++) {
      const entry = recent[i]!;
      if (entry.key !== key) continue;
      if (i > 0) recent.unshift(...recent.splice(i, 1));
      return entry.value;
    }
    const value = compute();
    if (recent.unshift({ key, value }) > size) recent.pop();
    return value;
  };
}
