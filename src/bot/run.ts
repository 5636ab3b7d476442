/**
 * Starting and stopping the bot: long polling, or a webhook when
 * config.webhook is set.
 *
 * Webhook mode runs its own HTTP server on config.webhook.port with telegraf's
 * webhookCallback, which checks the X-Telegram-Bot-Api-Secret-Token header
 * (constant-time) and answers 403 without processing when it is missing or
 * wrong; then it registers the exact WEBHOOK_URL with setWebhook and the
 * secret. (telegraf's createWebhook/launch would rewrite the URL to https://
 * host/path, which breaks a plain-http URL behind a local proxy or in tests.)
 *
 * stop(): stop taking updates (abort the long poll / close the server), wait
 * for the answers in flight, resolve.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Update } from 'telegraf/types';
import type { Config } from '../config/index.js';
import { ALLOWED_UPDATES, type ArticleBot } from './bot.js';
import type { Logger } from './logger.js';

export interface RunningBot {
  mode: 'polling' | 'webhook';
  username: string;
  /** Webhook server port (null when polling). */
  port: number | null;
  /** Settles when the bot stops; rejects if polling failed for good (e.g. 401, 409). */
  stopped: Promise<void>;
  stop(reason: string): Promise<void>;
}

const COMMANDS = [
  { command: 'ask', description: 'Ask a question about the article' },
  { command: 'article', description: 'Headline, source and opening lines' },
  { command: 'quotes', description: 'Everyone the article quotes' },
  { command: 'start', description: 'Introduction and example questions' },
  { command: 'help', description: 'How to use this bot' },
];

export async function startBot(bot: ArticleBot, config: Config, logger: Logger): Promise<RunningBot> {
  bot.botInfo = await bot.telegram.getMe();
  const username = bot.botInfo.username;
  // The command menu is a convenience: never let it hold up or break start-up.
  void bot.telegram.setMyCommands(COMMANDS).catch((err: unknown) => logger.warn({ err }, 'setMyCommands failed'));
  return config.webhook ? startWebhook(bot, config.webhook, logger, username) : startPolling(bot, logger, username);
}

/** How many updates are handled at once (each is mostly waiting on the Bot API). */
const MAX_CONCURRENT_UPDATES = 32;
/** Long-poll timeout, seconds. */
const POLL_TIMEOUT_S = 30;

/** The chat an update belongs to: updates of one chat are handled in order. */
function chatKey(update: Update): string {
  const u = update as unknown as Partial<Record<string, { chat?: { id: number }; from?: { id: number }; message?: { chat?: { id: number } } }>>;
  const m = u.message ?? u.edited_message ?? u.channel_post ?? u.edited_channel_post;
  const id = m?.chat?.id ?? u.callback_query?.message?.chat?.id ?? u.callback_query?.from?.id ?? u.inline_query?.from?.id;
  return id === undefined ? `update:${update.update_id}` : `chat:${id}`;
}

/** A Bot API refusal that polling again cannot fix: a bad token, or another instance polling. */
function fatalPollError(err: unknown): boolean {
  const code = (err as { response?: { error_code?: number } }).response?.error_code;
  return code === 401 || code === 404 || code === 409;
}

/**
 * Long polling without head-of-line blocking. telegraf's own loop waits for a
 * whole batch before fetching the next, so one chat waiting out a 429 held up
 * every other chat. Here each update starts as soon as it arrives, in order
 * within its chat, at most MAX_CONCURRENT_UPDATES at once. The offset confirmed
 * to Telegram never passes an update still being handled, so a crash loses
 * nothing (Telegram redelivers it); the updates it holds back come again in
 * each poll and are skipped, and a poll that brings nothing new waits for an
 * update to finish (or a second) before asking again, so it never spins.
 */
function startPolling(bot: ArticleBot, logger: Logger, username: string): RunningBot {
  const abort = new AbortController();
  const unfinished = new Set<number>();
  /** Recently finished ids: the offset may still hold them back, and they must not run again. */
  const finished = new Set<number>();
  const chains = new Map<string, Promise<void>>();
  let running = 0;
  const slots: Array<() => void> = [];
  let progress: () => void = () => undefined;

  const acquire = async (): Promise<void> => {
    if (running < MAX_CONCURRENT_UPDATES) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => slots.push(resolve));
  };
  const release = (): void => {
    const next = slots.shift();
    if (next) next();
    else running--;
  };

  const dispatch = (update: Update): void => {
    unfinished.add(update.update_id);
    const key = chatKey(update);
    const chain = (chains.get(key) ?? Promise.resolve())
      .then(acquire)
      .then(() => bot.handleUpdate(update).finally(release))
      .catch((err: unknown) => logger.error({ err, updateId: update.update_id }, 'update failed'))
      .finally(() => {
        unfinished.delete(update.update_id);
        finished.add(update.update_id);
        if (finished.size > 10_000) finished.delete(finished.values().next().value!);
        if (chains.get(key) === chain) chains.delete(key);
        progress();
      });
    chains.set(key, chain);
  };

  const loop = async (): Promise<void> => {
    await bot.telegram.deleteWebhook();
    let next = 0;
    let failures = 0;
    while (!abort.signal.aborted) {
      const offset = unfinished.size ? Math.min(...unfinished) : next;
      let updates: Update[];
      try {
        // telegraf types `signal` as the abort-controller polyfill's; Node's own AbortSignal is what it uses at run time.
        const signal = abort.signal as unknown as NonNullable<Parameters<typeof bot.telegram.callApi>[2]>['signal'];
        updates = (await bot.telegram.callApi('getUpdates', { offset, timeout: POLL_TIMEOUT_S, allowed_updates: [...ALLOWED_UPDATES] }, { signal })) as Update[];
        failures = 0;
      } catch (err) {
        if (abort.signal.aborted) break;
        if (fatalPollError(err)) throw err;
        const retryAfter = (err as { response?: { parameters?: { retry_after?: number } } }).response?.parameters?.retry_after;
        const waitMs = retryAfter ? retryAfter * 1000 : Math.min(5000, 500 * 2 ** failures++);
        logger.warn({ err, waitMs }, 'getUpdates failed; polling again');
        await sleep(waitMs, undefined, { signal: abort.signal }).catch(() => undefined);
        continue;
      }
      let fresh = 0;
      for (const update of updates) {
        next = Math.max(next, update.update_id + 1);
        if (unfinished.has(update.update_id) || finished.has(update.update_id)) continue;
        fresh++;
        dispatch(update);
      }
      if (fresh === 0 && unfinished.size > 0) {
        // Only held-back updates came back: wait for one to finish rather than ask again at once.
        await Promise.race([new Promise<void>((resolve) => (progress = resolve)), sleep(1000)]);
      }
    }
  };

  const stopped = loop();
  // Observed here so an early failure is never an unhandled rejection; callers await `stopped`.
  stopped.catch(() => undefined);
  return {
    mode: 'polling',
    username,
    port: null,
    stopped,
    async stop() {
      abort.abort();
      await stopped.catch((err: unknown) => logger.warn({ err }, 'polling ended with an error'));
      await Promise.all(chains.values());
      await bot.inFlight.idle();
    },
  };
}

async function startWebhook(bot: ArticleBot, webhook: NonNullable<Config['webhook']>, logger: Logger, username: string): Promise<RunningBot> {
  const url = new URL(webhook.url);
  const path = `${url.pathname}${url.search}`;
  const callback = bot.webhookCallback(path, webhook.secret ? { secretToken: webhook.secret } : {});
  const open = new Set<http.ServerResponse>();
  let closing = false;
  const server = http.createServer((req, res) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    if (closing) res.setHeader('connection', 'close');
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    const reject = (): void => {
      logger.warn({ method: req.method, secretHeader: req.headers['x-telegram-bot-api-secret-token'] !== undefined }, 'webhook request rejected');
      res.writeHead(403).end();
    };
    callback(req, res, reject).catch((err: unknown) => {
      logger.error({ err }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(webhook.port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  try {
    await bot.telegram.setWebhook(webhook.url, {
      ...(webhook.secret ? { secret_token: webhook.secret } : {}),
      allowed_updates: [...ALLOWED_UPDATES],
    });
  } catch (err) {
    server.close();
    throw err;
  }
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  return {
    mode: 'webhook',
    username,
    port,
    stopped,
    async stop() {
      // close() stops accepting connections and waits for open requests, which end when their update is handled.
      // Responses still to come say "Connection: close" so keep-alive sockets do not hold the server open.
      // The webhook stays registered: Telegram keeps the updates until we are back.
      closing = true;
      for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await bot.inFlight.idle();
      server.closeIdleConnections();
      await closed;
      resolveStopped();
    },
  };
}
