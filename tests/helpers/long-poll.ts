/** What the Bot API stand-ins (tests and soak) share: the waiting half of a long-polled getUpdates, JSON replies. */
import type http from 'node:http';

/** Sends a JSON reply, unless the client has already gone. */
export function sendJson(res: http.ServerResponse, status: number, payload: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}

/**
 * Waits until `ready()` is true, the deadline passes or `open()` turns false,
 * waking early when a function in `waiters` is called (new updates, shutdown).
 */
export async function waitForUpdates(ready: () => boolean, open: () => boolean, waiters: Set<() => void>, deadline: number): Promise<void> {
  while (!ready() && Date.now() < deadline && open()) {
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        waiters.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(wake, Math.max(1, Math.min(250, deadline - Date.now())));
      waiters.add(wake);
    });
  }
}

/**
 * getUpdates over an in-memory queue, as the Bot API does it: drop what `offset`
 * confirms, wait up to `timeout` seconds for something, answer at most `limit`.
 * Returns the queue to keep and the updates to send (null if the client went away).
 */
export async function pollQueue<T extends { update_id: number }>(
  queue: () => T[],
  keep: (rest: T[]) => void,
  body: Record<string, unknown>,
  res: { once(event: 'close', listener: () => void): unknown },
  waiters: Set<() => void>,
  serving: () => boolean,
): Promise<T[] | null> {
  const offset = Number(body.offset ?? 0);
  const limit = Math.max(1, Math.min(100, Number(body.limit ?? 100)));
  const timeoutS = Math.min(Number(body.timeout ?? 0), 30);
  if (offset > 0) keep(queue().filter((u) => u.update_id >= offset));
  let closed = false;
  res.once('close', () => (closed = true));
  await waitForUpdates(() => queue().length > 0, () => !closed && serving(), waiters, Date.now() + timeoutS * 1000);
  return closed ? null : queue().slice(0, limit);
}
