/**
 * The fetch transformers.js downloads hub models with, guarded against a hub
 * that stops talking: a request fails when no response headers, or no further
 * body bytes, arrive for `idleMs`. A slow but steady download of a large model
 * is never cut short; only silence is.
 */

export class DownloadStalledError extends Error {
  override name = 'DownloadStalledError';
  constructor(
    readonly url: string,
    readonly idleMs: number,
  ) {
    super(`no data from ${url} for ${formatSeconds(idleMs)}`);
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/** Wraps `base` so that `idleMs` of silence aborts the request with a DownloadStalledError. */
export function stallGuardedFetch(base: typeof fetch, idleMs: number): typeof fetch {
  return async (input, init) => {
    const url = urlOf(input);
    const controller = new AbortController();
    const stalled = new DownloadStalledError(url, idleMs);
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(stalled), idleMs);
      // A body nobody reads (a size probe) must not keep the process alive.
      timer.unref();
    };
    const outer = init?.signal;
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    arm();
    let response: Response;
    try {
      response = await base(input, { ...init, signal: controller.signal });
    } catch (err) {
      clearTimeout(timer);
      throw controller.signal.reason === stalled ? stalled : err;
    }
    if (!response.body) {
      clearTimeout(timer);
      return response;
    }
    arm();
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(sink) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            clearTimeout(timer);
            sink.close();
            return;
          }
          arm();
          sink.enqueue(value);
        } catch (err) {
          clearTimeout(timer);
          sink.error(controller.signal.reason === stalled ? stalled : err);
        }
      },
      cancel(reason) {
        clearTimeout(timer);
        return reader.cancel(reason);
      },
    });
    // The same status and headers (content-length drives transformers.js's progress), over the guarded body.
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
