/**
 * Retries for Bot API calls, installed on every Telegram client the bot uses
 * (the launch client and the per-update clients telegraf creates).
 *
 * - 429 Too Many Requests: wait `parameters.retry_after` seconds, then retry
 *   (Telegram did not process the request). Waits longer than
 *   `maxRetryAfterS` are not waited out: the call fails instead.
 * - 5xx and network failures before a response: retry with exponential
 *   backoff, at most `attempts` tries in all.
 * - Any other 4xx: never retried (the request is wrong; retrying cannot help).
 *
 * Exactly once: Bot API has no idempotency keys, so a retry is only safe when
 * the server cannot have acted on the request. That holds for 429, for 5xx
 * answers, for a refused connection (ECONNREFUSED), and for a connection
 * reset or closed before any response (ECONNRESET, EPIPE, "socket hang up"):
 * the typical cause is a stale keep-alive socket or a proxy dropping the
 * request, and not retrying would lose the reply. The one unavoidable
 * ambiguity is a request that reached Telegram and was processed but whose
 * response never arrived (a reset after processing, or a timeout): the
 * client cannot tell it from one that was never processed. For a timeout we
 * therefore retry only idempotent methods (sendChatAction, answerCallbackQuery,
 * getMe, setWebhook, ...); a timed-out sendMessage fails rather than risk
 * sending the same reply twice. A reset after processing remains the residual
 * risk of a duplicate; Telegram very rarely does that.
 *
 * getUpdates is not retried here: the polling loop (run.ts) has its own retry (it
 * waits `retry_after`, or backs off up to 5 s, and polls again, forever), and it
 * aborts the call to stop. It only gets the pause of pollGently.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Telegram } from 'telegraf';
import type { Opts } from 'telegraf/types';
import type { Logger } from './logger.js';

export interface RetryPolicy {
  /** Tries per call, the first included. */
  attempts: number;
  /** First backoff delay for 5xx and network errors; doubles on each retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest 429 `retry_after` we wait out. */
  maxRetryAfterS: number;
  /** Per HTTP request (telegraf's own default is 500 s). */
  requestTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterS: 60,
  requestTimeoutMs: 30_000,
};

/** Methods that do no harm when they reach Telegram twice. */
const IDEMPOTENT = new Set([
  'getMe',
  'getWebhookInfo',
  'setWebhook',
  'deleteWebhook',
  'setMyCommands',
  'deleteMyCommands',
  'sendChatAction',
  'answerCallbackQuery',
  'answerInlineQuery',
  'getChat',
]);

/** Network errors that happen before the server could send a response. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ECONNABORTED',
]);

export type Verdict = { retry: false; reason: string } | { retry: true; delayMs: number; reason: string };

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  type?: unknown;
  response?: { error_code?: unknown; parameters?: { retry_after?: unknown } };
}

function backoff(attempt: number, policy: RetryPolicy): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // ±20 % jitter, so many chats hitting the same outage do not retry in lockstep.
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

/**
 * Decides whether a failed call may be retried. `attempt` is the number of
 * tries made so far; `timedOut` says our own request timeout fired.
 */
export function classify(err: unknown, method: string, attempt: number, policy: RetryPolicy, timedOut = false): Verdict {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  const status = typeof e.response?.error_code === 'number' ? e.response.error_code : null;
  if (status === 429) {
    const after = typeof e.response?.parameters?.retry_after === 'number' ? e.response.parameters.retry_after : 1;
    if (after > policy.maxRetryAfterS) return { retry: false, reason: `429 with retry_after ${after}s (longer than we wait)` };
    return { retry: true, delayMs: Math.max(0, after) * 1000, reason: `429 retry_after ${after}s` };
  }
  if (status !== null && status >= 500) return { retry: true, delayMs: backoff(attempt, policy), reason: `HTTP ${status}` };
  if (status !== null) return { retry: false, reason: `HTTP ${status}` };
  const timeout = timedOut || e.type === 'request-timeout';
  if (timeout) {
    return IDEMPOTENT.has(method)
      ? { retry: true, delayMs: backoff(attempt, policy), reason: 'timeout' }
      : { retry: false, reason: 'timeout (the request may have been processed; not retried to avoid a duplicate)' };
  }
  if (e.name === 'FetchError' && typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
    return { retry: true, delayMs: backoff(attempt, policy), reason: e.code };
  }
  return { retry: false, reason: typeof e.name === 'string' ? e.name : 'error' };
}

type CallApi = Telegram['callApi'];

/** Pause after an empty getUpdates that came back long before its timeout. */
const EMPTY_POLL_PAUSE_MS = 500;

/**
 * getUpdates, unchanged, except that an empty answer which arrives well before
 * the long-poll timeout is followed by a short pause. Telegram holds the
 * request until updates come or the timeout ends, so against Telegram this
 * never fires; a server that does not long-poll (telegram-test-api, some
 * proxies) would otherwise make telegraf's poll loop spin. The pause ends
 * early when polling is stopped.
 */
async function pollGently(original: CallApi, payload: Parameters<CallApi>[1], options: Parameters<CallApi>[2]): Promise<unknown> {
  const started = Date.now();
  const result: unknown = await original('getUpdates', payload as Opts<'getUpdates'>, options);
  const timeoutS = (payload as { timeout?: number }).timeout ?? 0;
  if (Array.isArray(result) && result.length === 0 && timeoutS > 0 && Date.now() - started < (timeoutS * 1000) / 2) {
    const signal = options?.signal as unknown as AbortSignal | undefined;
    await sleep(EMPTY_POLL_PAUSE_MS, undefined, signal ? { signal } : {}).catch(() => undefined);
  }
  return result;
}

const INSTALLED = Symbol('retryInstalled');

/** Wraps `telegram.callApi` with the retry policy (once per client). */
export function installRetry(telegram: Telegram, policy: RetryPolicy, log: Logger): void {
  const marked = telegram as Telegram & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const original: CallApi = telegram.callApi.bind(telegram);
  const wrapped = async (method: Parameters<CallApi>[0], payload: Parameters<CallApi>[1], options: Parameters<CallApi>[2] = {}): Promise<unknown> => {
    if (method === 'getUpdates') return pollGently(original, payload, options);
    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(policy.requestTimeoutMs);
      // telegraf types the signal with the `abort-controller` polyfill; node-fetch accepts the native one.
      const callerSignal = options.signal as unknown as AbortSignal | undefined;
      const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
      try {
        return await original(method, payload, { ...options, signal: signal as unknown as NonNullable<Parameters<CallApi>[2]>['signal'] });
      } catch (err) {
        if (callerSignal?.aborted) throw err;
        const verdict = classify(err, method, attempt, policy, timeout.aborted);
        if (!verdict.retry || attempt >= policy.attempts) {
          log.debug({ method, attempt, reason: verdict.reason }, 'Telegram API call failed; not retrying');
          throw err;
        }
        log.warn({ method, attempt, delayMs: verdict.delayMs, reason: verdict.reason }, 'Telegram API call failed; retrying');
        await sleep(verdict.delayMs);
      }
    }
  };
  // The wrapper keeps callApi's generic signature; TypeScript cannot see that through the loop.
  telegram.callApi = wrapped as CallApi;
}
