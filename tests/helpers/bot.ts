/** Shared pieces for the bot tests: config, engine, an in-memory logger, HTML checks. */
import { QAEngine } from '../../src/answer/engine.js';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createLogger, type Logger } from '../../src/bot/logger.js';

/** Defaults as loadConfig gives them without any environment, plus test overrides. */
export function testConfig(overrides: Partial<Config> & Pick<Config, 'botToken' | 'telegramApiRoot'>): Config {
  const base = loadConfig({ requireToken: false, env: {} });
  return { ...base, rateLimitPerMinute: 1000, logLevel: 'debug', port: 0, ...overrides };
}

let engine: Promise<QAEngine> | null = null;

/** The real engine on the real article and offline model, loaded once per test file. */
export function loadEngine(): Promise<QAEngine> {
  const config = loadConfig({ requireToken: false, env: {} });
  engine ??= QAEngine.load({ ...config.embedding, articlePath: config.articlePath, cacheDir: config.cacheDir });
  return engine;
}

export interface MemoryLog {
  logger: Logger;
  lines: string[];
  /** Parsed log records. */
  records(): Array<Record<string, unknown>>;
}

export function memoryLogger(token: string | null, level = 'debug'): MemoryLog {
  const lines: string[] = [];
  const logger = createLogger({ level, token, stream: { write: (s: string) => void lines.push(s) } });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const ALLOWED_TAGS = new Set(['b', 'i', 'blockquote']);

/**
 * Checks a message is well-formed Telegram HTML as we produce it: only
 * <b>, <i>, <blockquote>, properly nested and closed; every & starts an entity.
 * Returns a description of the first problem, or null.
 */
export function htmlProblem(html: string): string | null {
  const stack: string[] = [];
  const tag = /<(\/?)([a-z]+)>|<|>/gu;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!m[2]) return `stray ${m[0]} at ${m.index}`;
    if (!ALLOWED_TAGS.has(m[2])) return `unexpected tag <${m[1]}${m[2]}>`;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `mismatched </${m[2]}>`;
    } else stack.push(m[2]);
  }
  if (stack.length) return `unclosed <${stack.join('>, <')}>`;
  const amp = /&(?!amp;|lt;|gt;|quot;)/u.exec(html);
  if (amp) return `bare & at ${amp.index}`;
  return null;
}
