/**
 * Configuration: environment variables (and .env, via dotenv), validated by one
 * zod schema. A bad or missing value stops start-up with one line naming the
 * variable and the fix. The bot token never appears in messages.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { DEFAULT_MODEL } from '../embeddings/model-id.js';
import type { EmbeddingOptions } from '../embeddings/index.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

const httpUrl = (fix: string) =>
  optionalString.refine((s) => s === undefined || /^https?:\/\/[^\s/$.?#][^\s]*$/iu.test(s), { message: `must be an http(s) URL: ${fix}` });

const boolean = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined || s.trim() === '') return false;
    if (/^(?:1|true|yes|on)$/iu.test(s.trim())) return true;
    if (/^(?:0|false|no|off)$/iu.test(s.trim())) return false;
    ctx.addIssue({ code: 'custom', message: 'must be true or false' });
    return z.NEVER;
  });

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === '') return fallback;
      const n = /^\d+$/u.test(s.trim()) ? Number(s.trim()) : NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

/** Token shape from Telegram: "<bot id>:<35 characters>". */
const TOKEN = /^\d{5,}:[A-Za-z0-9_-]{30,}$/u;

const schema = z.object({
  BOT_TOKEN: optionalString.refine((s) => s === undefined || TOKEN.test(s), {
    message: 'is not a Telegram bot token (expected "123456789:ABC..."): copy it again from @BotFather',
  }),
  TELEGRAM_API_ROOT: httpUrl('leave it unset for https://api.telegram.org').transform((s) => (s ?? 'https://api.telegram.org').replace(/\/+$/u, '')),
  ARTICLE_PATH: optionalString.transform((s) => s ?? 'data/article.txt'),
  EMBEDDING_MODEL: optionalString.transform((s) => s ?? DEFAULT_MODEL),
  EMBEDDING_POOLING: optionalString.refine((s) => s === undefined || s === 'mean' || s === 'cls', {
    message: 'must be "mean" or "cls" (or unset to use what the model card says)',
  }).transform((s) => s as 'mean' | 'cls' | undefined),
  // Empty means unset (the model card's prefix); a prefix may end in a space, so it is not trimmed.
  EMBEDDING_QUERY_PREFIX: z.string().optional().transform((s) => (s ? s : undefined)),
  EMBEDDING_PASSAGE_PREFIX: z.string().optional().transform((s) => (s ? s : undefined)),
  MODELS_DIR: optionalString.transform((s) => s ?? 'models'),
  CACHE_DIR: optionalString.transform((s) => s ?? 'data/cache'),
  HF_ENDPOINT: httpUrl('e.g. https://huggingface.co or a mirror'),
  HF_HUB_OFFLINE: boolean,
  HF_DOWNLOAD_TIMEOUT_SECONDS: integer(30, 1, 3600),
  WEBHOOK_URL: optionalString.refine((s) => s === undefined || /^https:\/\/\S+$/iu.test(s) || /^http:\/\/(?:127\.0\.0\.1|localhost)[:/]/iu.test(s), {
    message: 'must be the public https:// URL Telegram will POST updates to (unset it to use long polling)',
  }),
  WEBHOOK_SECRET: optionalString.refine((s) => s === undefined || /^[A-Za-z0-9_-]{1,256}$/u.test(s), {
    message: 'may use only A-Z, a-z, 0-9, _ and - (1 to 256 characters)',
  }),
  PORT: integer(8080, 1, 65535),
  RATE_LIMIT_PER_MINUTE: integer(20, 1, 10_000),
  ALLOWED_CHAT_IDS: optionalString.transform((s, ctx) => {
    if (!s) return null;
    const ids = s.split(/[\s,]+/u).filter(Boolean);
    if (!ids.every((id) => /^-?\d+$/u.test(id))) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of numeric chat ids, e.g. 12345,-100987654' });
      return z.NEVER;
    }
    return new Set(ids.map(Number));
  }),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim().toLowerCase() : 'info'))
    .refine((s): s is (typeof LOG_LEVELS)[number] => (LOG_LEVELS as readonly string[]).includes(s), {
      message: `must be one of ${LOG_LEVELS.join(', ')}`,
    }),
});

export interface Config {
  botToken: string | null;
  telegramApiRoot: string;
  articlePath: string;
  cacheDir: string;
  embedding: EmbeddingOptions;
  webhook: { url: string; secret: string | null; port: number } | null;
  port: number;
  rateLimitPerMinute: number;
  allowedChatIds: Set<number> | null;
  logLevel: (typeof LOG_LEVELS)[number];
}

/**
 * Reads .env (if present) and the environment. Throws ConfigError with one line
 * naming the variable and the fix.
 */
export function loadConfig(options: { requireToken: boolean; env?: NodeJS.ProcessEnv }): Config {
  const env = options.env ?? (loadDotenv({ quiet: true }), process.env);
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    throw new ConfigError(`${name} ${issue.message}${issue.message.includes(':') ? '' : ` (check ${name} in .env or the environment; see .env.example)`}`);
  }
  const e = parsed.data;
  if (options.requireToken && !e.BOT_TOKEN) {
    throw new ConfigError('BOT_TOKEN is missing: create a bot with @BotFather in Telegram and put BOT_TOKEN=<token> in .env (see .env.example)');
  }
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    throw new ConfigError('WEBHOOK_SECRET is missing: webhook mode needs a secret so only Telegram can post updates; set WEBHOOK_SECRET=<random letters and digits>');
  }
  return {
    botToken: e.BOT_TOKEN ?? null,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    articlePath: e.ARTICLE_PATH,
    cacheDir: e.CACHE_DIR,
    embedding: {
      model: e.EMBEDDING_MODEL,
      modelsDir: e.MODELS_DIR,
      remoteHost: e.HF_ENDPOINT,
      offline: e.HF_HUB_OFFLINE,
      downloadIdleTimeoutMs: e.HF_DOWNLOAD_TIMEOUT_SECONDS * 1000,
      pooling: e.EMBEDDING_POOLING,
      queryPrefix: e.EMBEDDING_QUERY_PREFIX,
      passagePrefix: e.EMBEDDING_PASSAGE_PREFIX,
    },
    webhook: e.WEBHOOK_URL ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET ?? null, port: e.PORT } : null,
    port: e.PORT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    allowedChatIds: e.ALLOWED_CHAT_IDS,
    logLevel: e.LOG_LEVEL,
  };
}
