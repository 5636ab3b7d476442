/**
 * npm start: configuration, engine, logger, launch, signals.
 *
 * A start-up failure (configuration, article, model, Telegram refusing the
 * token, API unreachable, port in use) prints one line to stderr and exits 1.
 * SIGINT/SIGTERM stop taking updates, let the answers in flight finish, and
 * exit 0; a second signal exits at once.
 */
import type { QAEngine } from '../answer/engine.js';
import { loadConfig, type Config } from '../config/index.js';
import { createLogger, redact, type Logger } from './logger.js';
import type { RunningBot } from './run.js';

/** Start-up errors whose message is already the one line to print (matched by name: their modules load lazily). */
const ONE_LINE_ERRORS = new Set(['ConfigError', 'ArticleError', 'ModelError']);

/** How long shutdown may take before we give up waiting for answers in flight. */
const SHUTDOWN_GRACE_MS = 30_000;

function describeStartupError(err: unknown, config: Config | null): string {
  if (err instanceof Error && ONE_LINE_ERRORS.has(err.name)) return err.message;
  const e = (err ?? {}) as { name?: unknown; code?: unknown; message?: unknown; response?: { error_code?: unknown; description?: unknown } };
  const status = e.response?.error_code;
  if (status === 401 || status === 404) {
    return `BOT_TOKEN was rejected by the Telegram Bot API (${status} ${String(e.response?.description ?? '')}): copy the token again from @BotFather`;
  }
  if (e.name === 'FetchError' || e.name === 'AbortError') {
    return `Cannot reach the Telegram Bot API at ${config?.telegramApiRoot ?? 'TELEGRAM_API_ROOT'} (${String(e.code ?? e.message)}): check the network or TELEGRAM_API_ROOT`;
  }
  if (e.code === 'EADDRINUSE' || e.code === 'EACCES') {
    return `Cannot listen on PORT ${config?.port ?? ''} (${String(e.code)}): choose another PORT for the webhook server`;
  }
  if (typeof status === 'number') return `The Telegram Bot API refused to start the bot (${status} ${String(e.response?.description ?? '')})`;
  return `Unexpected error: ${err instanceof Error ? err.message : String(err)}`;
}

function fail(err: unknown, config: Config | null): never {
  const line = redact(describeStartupError(err, config).split('\n')[0]!, config?.botToken ?? null);
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** Until the bot runs there is nothing in flight: a signal just ends start-up. */
function exitOnSignalDuringStartup(): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    process.stderr.write(`Stopped by ${signal} during start-up\n`);
    process.exit(0);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

function handleSignals(running: RunningBot, logger: Logger, inFlight: () => number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, inFlight: inFlight() }, 'stopping: no new updates; finishing answers in flight');
    const deadline = setTimeout(() => {
      logger.error({ inFlight: inFlight() }, 'shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    running.stop(signal).then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function main(): Promise<void> {
  const startupSignals = exitOnSignalDuringStartup();
  let config: Config;
  try {
    config = loadConfig({ requireToken: true });
  } catch (err) {
    fail(err, null);
  }
  const logger = createLogger({ level: config.logLevel, token: config.botToken });
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });

  // The engine (and the model runtime) load only after the configuration is known to be good,
  // so a configuration mistake is reported at once.
  const [{ QAEngine }, { createBot }, { startBot }] = await Promise.all([import('../answer/engine.js'), import('./bot.js'), import('./run.js')]);
  let engine: QAEngine;
  try {
    engine = await QAEngine.load({ ...config.embedding, articlePath: config.articlePath, cacheDir: config.cacheDir });
  } catch (err) {
    fail(err, config);
  }
  const bot = createBot(engine, config, logger);
  let running: RunningBot;
  try {
    running = await startBot(bot, config, logger);
  } catch (err) {
    fail(err, config);
  }
  startupSignals();
  handleSignals(running, logger, () => bot.inFlight.count);
  logger.info(
    {
      bot: `@${running.username}`,
      mode: running.mode,
      ...(running.port !== null ? { port: running.port } : {}),
      article: config.articlePath,
      headline: engine.article.headline?.text ?? null,
      outlet: engine.article.outlet,
      model: config.embedding.model,
      passages: engine.stats.passages,
      statements: engine.stats.statements,
      speakers: engine.stats.speakers,
      vectorCache: engine.stats.cacheHit ? 'hit' : 'miss',
      // Since the process started (module loading, model, Telegram handshake).
      readyMs: Math.round(performance.now()),
    },
    'ready',
  );
  running.stopped.catch((err: unknown) => {
    logger.fatal({ err }, 'stopped receiving updates');
    process.stderr.write(`${redact(describeStartupError(err, config).split('\n')[0]!, config.botToken)}\n`);
    process.exit(1);
  });
}

await main();
