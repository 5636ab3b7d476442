/**
 * Per-user rate limit: at most `limit` requests in any sliding window of
 * `windowMs`. When a user goes over, only the first refused request asks for a
 * notice (`notify`), so a flood gets one friendly message, not one per message.
 * Memory stays bounded: idle users are swept out.
 */
export type RateDecision = { ok: true } | { ok: false; notify: boolean; retryAfterS: number };

interface UserWindow {
  /** Times of the accepted requests still inside the window, oldest first. */
  hits: number[];
  notified: boolean;
}

export class RateLimiter {
  private readonly users = new Map<number, UserWindow>();
  private checks = 0;

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('rate limit must be a whole number of at least 1');
  }

  check(userId: number): RateDecision {
    const t = this.now();
    if (++this.checks % 1000 === 0) this.sweep(t);
    let w = this.users.get(userId);
    if (!w) {
      w = { hits: [], notified: false };
      this.users.set(userId, w);
    }
    while (w.hits.length > 0 && w.hits[0]! <= t - this.windowMs) w.hits.shift();
    if (w.hits.length < this.limit) {
      w.hits.push(t);
      w.notified = false;
      return { ok: true };
    }
    const retryAfterS = Math.max(1, Math.ceil((w.hits[0]! + this.windowMs - t) / 1000));
    const notify = !w.notified;
    w.notified = true;
    return { ok: false, notify, retryAfterS };
  }

  /** Users currently tracked (for tests and metrics). */
  get size(): number {
    return this.users.size;
  }

  private sweep(t: number): void {
    for (const [id, w] of this.users) {
      if (w.hits.length === 0 || w.hits[w.hits.length - 1]! <= t - this.windowMs) this.users.delete(id);
    }
  }
}
