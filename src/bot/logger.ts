/**
 * Structured JSON logs (pino). Two guarantees:
 * - the bot token never reaches the output: every serialized line passes
 *   through `redact`, which removes the whole token and its secret half
 *   (telegraf and fetch errors embed the request URL, /bot<token>/method);
 * - errors are logged through `safeError`, which keeps type, code and a
 *   message, never the request payload (telegraf's TelegramError carries the
 *   sent text in `err.on.payload`).
 * User text is logged only at debug level, by the handlers themselves.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export const REDACTED = '[REDACTED]';

/** Removes the token (and its secret part, alone or URL-encoded) from text. */
export function redact(text: string, token: string | null): string {
  if (!token) return text;
  let out = text.split(token).join(REDACTED);
  const secret = token.slice(token.indexOf(':') + 1);
  if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out;
}

export interface SafeError {
  type: string;
  message: string;
  code?: string | number;
  method?: string;
  retryAfter?: number;
  stack?: string;
}

/** A loggable summary of an error, without request payloads. */
export function safeError(err: unknown): SafeError {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err).slice(0, 500) };
  const e = err as Error & { code?: unknown; on?: { method?: unknown }; response?: { parameters?: { retry_after?: unknown } } };
  const out: SafeError = { type: e.name || e.constructor?.name || 'Error', message: e.message.slice(0, 500) };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.on?.method === 'string') out.method = e.on.method;
  if (typeof e.response?.parameters?.retry_after === 'number') out.retryAfter = e.response.parameters.retry_after;
  if (e.stack) out.stack = e.stack.split('\n').slice(0, 6).join('\n');
  return out;
}

export interface LoggerOptions {
  level: string;
  token: string | null;
  /** Where to write (default: stdout, synchronously, so nothing is lost on exit). */
  stream?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const { token } = options;
  return pino(
    {
      level: options.level,
      base: { name: 'article-qa-bot' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: safeError, error: safeError },
      hooks: { streamWrite: (line: string) => redact(line, token) },
    },
    options.stream ?? pino.destination({ dest: 1, sync: true }),
  );
}
