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

function startPolling(bot: ArticleBot, logger: Logger, username: string): RunningBot {
  let polling = true;
  const stopped = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).finally(() => {
    polling = false;
  });
  // Observed here so an early failure is never an unhandled rejection; callers await `stopped`.
  stopped.catch(() => undefined);
  return {
    mode: 'polling',
    username,
    port: null,
    stopped,
    async stop(reason) {
      // bot.stop throws until launch has got as far as starting the poll loop (after deleteWebhook).
      for (let i = 0; polling; i++) {
        try {
          bot.stop(reason);
          break;
        } catch (err) {
          if (i >= 200) throw err;
          await sleep(25);
        }
      }
      await stopped.catch((err: unknown) => logger.warn({ err }, 'polling ended with an error'));
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
