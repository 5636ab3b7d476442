/** Small statistics and timing helpers for the benchmark. */
import { performance } from 'node:perf_hooks';

/** The q-th quantile (0..1) with linear interpolation between the closest ranks (numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Milliseconds taken by `fn` (awaited). */
export async function timeMs(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Rounds a figure for reports: 3 significant digits, at most 2 decimals. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return Number(x.toFixed(digits));
}

/**
 * Latency samples of several measured operations, taken side by side: each
 * question runs every operation once per round, in the same order, so drift
 * in machine speed touches all of them alike. A question's figure is the
 * median of its rounds; p50/p95 are taken over the questions.
 */
export class SideBySide<K extends string> {
  private readonly samples = new Map<K, Map<string, number[]>>();

  add(kind: K, question: string, ms: number): void {
    let byQuestion = this.samples.get(kind);
    if (!byQuestion) this.samples.set(kind, (byQuestion = new Map()));
    const list = byQuestion.get(question);
    if (list) list.push(ms);
    else byQuestion.set(question, [ms]);
  }

  /** Per-question medians of one operation. */
  perQuestion(kind: K): number[] {
    return [...(this.samples.get(kind)?.values() ?? [])].map(median);
  }

  p(kind: K, q: number): number {
    return quantile(this.perQuestion(kind), q);
  }
}
