/**
 * Which requests fail, and how. Seeded, so a run's fault draws repeat for a
 * given --seed (the order requests arrive in still varies with timing).
 *
 * Random faults, per attempt: 429 with retry_after 1-2 s, 500/502/503, and a
 * connection dropped before processing. They are survivable by design: at
 * most MAX_RANDOM_PER_PAYLOAD of them hit the same request payload (a retry
 * resends the same payload) within a few seconds, and the bot tries each call
 * five times. So a reply that goes missing or arrives twice is a bug, not bad
 * luck.
 *
 * On top of that, from the driver:
 * - an outage: every sendMessage answers 503 for OUTAGE_MS (the bot's backoff,
 *   >= 400 ms then >= 800 ms, lets at most two tries of one call fall in it);
 * - one-shot getUpdates faults (telegraf's poll loop waits retry_after, or 5 s
 *   after a 5xx or a network error, and polls again);
 * - "ambiguous" chats: the first try of each answer is processed, then the
 *   connection is dropped before the response. The bot cannot tell that from
 *   a drop before processing and retries (retry.ts: a reset is retried, only a
 *   timeout of sendMessage is not), so each of these is expected to arrive
 *   twice. They are counted apart and do not fail the gate unless lost.
 * - sendChatAction also gets drops after processing: harmless, it is idempotent.
 */
import { createHash } from 'node:crypto';
import type { Fault } from './server.js';
import type { Rng } from '../lib/rng.js';

export const MAX_RANDOM_PER_PAYLOAD = 2;
export const OUTAGE_MS = 1_000;
/** Faults on the same payload further apart than this belong to separate calls. */
const PAYLOAD_MEMORY_MS = 20_000;

interface Rates {
  r429: number;
  r5xx: number;
  drop: number;
  dropAfter: number;
}

const RATES: Record<string, Rates> = {
  sendMessage: { r429: 0.04, r5xx: 0.04, drop: 0.04, dropAfter: 0 },
  sendChatAction: { r429: 0.02, r5xx: 0.04, drop: 0.04, dropAfter: 0.04 },
  answerCallbackQuery: { r429: 0.04, r5xx: 0.04, drop: 0.04, dropAfter: 0 },
  answerInlineQuery: { r429: 0.04, r5xx: 0.04, drop: 0.04, dropAfter: 0 },
};

export class FaultPlan {
  enabled = false;
  private outageUntil = 0;
  private outageArmed = false;
  private oneShots: Array<{ method: string; fault: Fault }> = [];
  private perPayload = new Map<string, { n: number; last: number }>();
  private ambiguousDone = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly ambiguousChats: ReadonlySet<number>,
    private readonly intensity = 1,
  ) {}

  /** From the next sendMessage on, every sendMessage fails with 503 for OUTAGE_MS. */
  outage(): void {
    this.outageArmed = true;
  }

  /** The next request for `method` fails with `fault`. */
  once(method: string, fault: Fault): void {
    this.oneShots.push({ method, fault });
  }

  readonly decide = (method: string, body: Record<string, unknown>): Fault | null => {
    if (!this.enabled) return null;
    const shot = this.oneShots.findIndex((s) => s.method === method);
    if (shot >= 0) return this.oneShots.splice(shot, 1)[0]!.fault;
    if (method === 'sendMessage' && this.ambiguousChats.has(Number(body.chat_id))) {
      const rp = body.reply_parameters as { message_id?: number } | undefined;
      const key = `${String(body.chat_id)}:${rp?.message_id ?? 'none'}`;
      if (rp?.message_id !== undefined && !this.ambiguousDone.has(key)) {
        this.ambiguousDone.add(key);
        return { kind: 'drop-after', label: 'drop after processing (ambiguous)' };
      }
      return null;
    }
    if (method === 'sendMessage' && this.outageArmed) {
      this.outageArmed = false;
      this.outageUntil = Date.now() + OUTAGE_MS;
    }
    if (method === 'sendMessage' && Date.now() < this.outageUntil) return { kind: 'status', status: 503, label: '503 (outage)' };
    const rates = RATES[method];
    if (!rates) return null;
    const x = this.rng() / this.intensity;
    let fault: Fault | null = null;
    let edge = rates.r429;
    if (x < edge) fault = { kind: 'status', status: 429, retryAfter: this.rng() < 0.75 ? 1 : 2, label: '429 retry_after' };
    else if (x < (edge += rates.r5xx)) {
      const status = [500, 502, 503][Math.floor(this.rng() * 3)]!;
      fault = { kind: 'status', status, label: '5xx' };
    } else if (x < (edge += rates.drop)) fault = { kind: 'drop', label: 'drop before processing' };
    else if (x < (edge += rates.dropAfter)) fault = { kind: 'drop-after', label: 'drop after processing (idempotent)' };
    if (!fault) return null;
    // Survivable by construction: a payload (one logical call and its retries) gets at most MAX_RANDOM_PER_PAYLOAD random faults.
    const key = `${method}:${createHash('sha1').update(JSON.stringify(body)).digest('base64')}`;
    const now = Date.now();
    const seen = this.perPayload.get(key);
    const n = seen && now - seen.last < PAYLOAD_MEMORY_MS ? seen.n : 0;
    if (n >= MAX_RANDOM_PER_PAYLOAD) return null;
    this.perPayload.set(key, { n: n + 1, last: now });
    if (this.perPayload.size > 50_000) this.perPayload.clear();
    return fault;
  };
}
