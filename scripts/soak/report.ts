/**
 * Accounting: which update got which replies, and the figures of a run.
 */
import { APOLOGY } from '../../src/bot/texts.js';
import type { FaultEvent, QueryAnswer, SentMessage } from './server.js';
import type { Expectation, Kind } from './traffic.js';

export interface KeyState {
  kind: Kind;
  /** Replies expected on this key (0 for inputs the bot must ignore). */
  expected: number;
  /** When each update that expects a reply was queued. */
  pushes: number[];
  /** When each reply arrived (apologies and notices included). */
  replies: number[];
  apologies: number;
  notices: number;
  first: Expectation;
}

export interface KindFigures {
  /** Updates of this kind pushed. */
  updates: number;
  /** Replies they should get. */
  expected: number;
  /** Keys (message, callback query, inline query) that got exactly the replies expected, none an apology or a notice. */
  ok: number;
  keys: number;
  duplicates: number;
  lost: number;
  /** Replies to inputs the bot must ignore. */
  unexpected: number;
  apologies: number;
  notices: number;
  /** push -> reply, ms */
  latencies: number[];
  /** The same, for replies none of whose own calls (in that chat, while it was pending) got an injected fault: their wait is the wait behind others. */
  latenciesUnfaulted: number[];
  latenciesFaulted: number[];
}

export interface Failure {
  kind: Kind;
  variant: string;
  sample: string;
  expected: number;
  got: number;
  apologies: number;
}

const isNotice = (text: string): boolean => text.startsWith("You're asking faster");

/** Matches replies to expectations. Replies threaded to a message nobody expects an answer to are `stray`. */
export function account(expectations: readonly Expectation[], sent: readonly SentMessage[], callbacks: readonly QueryAnswer[], inline: readonly QueryAnswer[], faults: readonly FaultEvent[] = []) {
  const faultsByChat = new Map<number, number[]>();
  for (const f of faults) if (f.chatId !== null) faultsByChat.set(f.chatId, [...(faultsByChat.get(f.chatId) ?? []), f.at]);
  const keys = new Map<string, KeyState>();
  for (const e of expectations) {
    let k = keys.get(e.key);
    if (!k) keys.set(e.key, (k = { kind: e.kind, expected: 0, pushes: [], replies: [], apologies: 0, notices: 0, first: e }));
    k.expected += e.expected;
    if (e.expected) k.pushes.push(e.at);
  }
  let stray = 0;
  let followUps = 0;
  const hit = (key: string, at: number, text = ''): boolean => {
    const k = keys.get(key);
    if (!k) return false;
    k.replies.push(at);
    if (text === APOLOGY) k.apologies++;
    if (isNotice(text)) k.notices++;
    return true;
  };
  for (const s of sent) {
    if (hit(`chat:${s.chatId}`, s.at, s.text)) continue;
    if (s.replyTo === null) {
      followUps++;
      continue;
    }
    if (!hit(`m:${s.chatId}:${s.replyTo}`, s.at, s.text)) stray++;
  }
  for (const c of callbacks) if (!hit(`cb:${c.id}`, c.at)) stray++;
  for (const q of inline) if (!hit(`iq:${q.id}`, q.at)) stray++;

  const byKind = new Map<Kind, KindFigures>();
  const failures: Failure[] = [];
  for (const e of expectations) {
    const f = byKind.get(e.kind) ?? blank();
    if (e.update !== false) f.updates++;
    f.expected += e.expected;
    byKind.set(e.kind, f);
  }
  for (const k of keys.values()) {
    const f = byKind.get(k.kind)!;
    f.keys++;
    const got = k.replies.length;
    if (k.expected === 0) f.unexpected += got;
    else {
      f.duplicates += Math.max(0, got - k.expected);
      f.lost += Math.max(0, k.expected - got);
    }
    f.apologies += k.apologies;
    f.notices += k.notices;
    const ok = got === k.expected && k.apologies === 0 && k.notices === 0;
    // A duplicate after an ambiguous drop is by design; only a lost one is a failure there.
    const tolerated = k.kind === 'ambiguous' && got >= k.expected && k.apologies === 0;
    if (ok) f.ok++;
    else if (!tolerated && failures.length < 1000) failures.push({ kind: k.kind, variant: k.first.variant, sample: k.first.sample, expected: k.expected, got, apologies: k.apologies });
    const pushes = [...k.pushes].sort((a, b) => a - b);
    const replies = [...k.replies].sort((a, b) => a - b);
    const chat = k.first.key.startsWith('m:') ? Number(k.first.key.split(':')[1]) : null;
    for (let i = 0; i < Math.min(pushes.length, replies.length); i++) {
      const ms = replies[i]! - pushes[i]!;
      f.latencies.push(ms);
      const own = chat !== null && (faultsByChat.get(chat) ?? []).some((at) => at >= pushes[i]! && at <= replies[i]!);
      (own ? f.latenciesFaulted : f.latenciesUnfaulted).push(ms);
    }
  }
  return { keys, byKind, failures, stray, followUps };
}

export function blank(): KindFigures {
  return { updates: 0, expected: 0, ok: 0, keys: 0, duplicates: 0, lost: 0, unexpected: 0, apologies: 0, notices: 0, latencies: [], latenciesUnfaulted: [], latenciesFaulted: [] };
}

/** Nearest-rank percentile (p in 0..100); null for no data. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

export interface RssSample {
  /** Seconds since the bot was ready. */
  t: number;
  rssMiB: number;
  /** Questions answered so far. */
  answered: number;
}

/** RSS after an idle pause (the lowest sample in it): V8 gives memory back only at a major GC, often when idle. */
export interface Checkpoint {
  afterWave: number;
  answered: number;
  settledMiB: number;
}

export interface RssTrend {
  checkpoints: Checkpoint[];
  /**
   * Last settled RSS minus the median of the settled RSS before it. A leak raises
   * each checkpoint over the one before; the median keeps one late release of
   * start-up memory, or one low dip, from deciding on its own.
   */
  growthMiB: number | null;
  /** Least-squares slope of the settled RSS against questions answered. */
  settledSlopeMiBPer1000: number | null;
  /** Least-squares slope of every sample after warm-up (noisy: the GC sawtooth, and start-up memory given back late). */
  sampleSlopeMiBPer1000: number | null;
}

function slopePer1000(points: ReadonlyArray<{ x: number; y: number }>): number | null {
  if (points.length < 2 || new Set(points.map((p) => p.x)).size < 2) return null;
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  return (sxy / sxx) * 1000;
}

export function rssTrend(samples: readonly RssSample[], checkpoints: readonly Checkpoint[]): RssTrend {
  const first = checkpoints[0];
  const last = checkpoints[checkpoints.length - 1];
  const before = checkpoints.slice(0, -1).map((c) => c.settledMiB);
  return {
    checkpoints: [...checkpoints],
    growthMiB: last && before.length ? last.settledMiB - median(before)! : null,
    settledSlopeMiBPer1000: slopePer1000(checkpoints.map((c) => ({ x: c.answered, y: c.settledMiB }))),
    sampleSlopeMiBPer1000: first ? slopePer1000(samples.filter((s) => s.answered >= first.answered).map((s) => ({ x: s.answered, y: s.rssMiB }))) : null,
  };
}
