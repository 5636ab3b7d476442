/**
 * Configuration: loadConfig with explicit environments (never the real .env),
 * and a child process showing a bad variable stops a tool at start-up.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Config } from '../src/config/index.js';
import { DEFAULT_MODEL } from '../src/embeddings/index.js';
import { runCli } from './support/cli.js';

const VALID_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

function load(env: Record<string, string>, requireToken = false): Config {
  return loadConfig({ requireToken, env });
}

/** The ConfigError loadConfig throws for env: one line, returned as its message. */
function configError(env: Record<string, string>, requireToken = false): string {
  let caught: unknown;
  try {
    load(env, requireToken);
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected a ConfigError for ${JSON.stringify(env)}`).toBeInstanceOf(ConfigError);
  const message = (caught as ConfigError).message;
  expect((caught as ConfigError).name).toBe('ConfigError');
  expect(message.length).toBeGreaterThan(0);
  expect(message).not.toMatch(/[\r\n]/u);
  return message;
}

describe('loadConfig defaults', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = load({});
    expect(config.botToken).toBeNull();
    expect(config.articlePath).toBe('data/article.txt');
    expect(config.cacheDir).toBe('data/cache');
    expect(config.embedding.model).toBe(DEFAULT_MODEL);
    expect(config.embedding.modelsDir).toBe('models');
    expect(config.embedding.offline).toBe(false);
    expect(config.embedding.remoteHost).toBeUndefined();
    expect(config.embedding.downloadIdleTimeoutMs).toBe(30_000);
    expect(config.port).toBe(8080);
    expect(config.rateLimitPerMinute).toBe(20);
    expect(config.webhook).toBeNull();
    expect(config.allowedChatIds).toBeNull();
    expect(config.logLevel).toBe('info');
    expect(config.telegramApiRoot).toBe('https://api.telegram.org');
  });

  it('treats variables set to empty or blank values as unset', () => {
    const config = load({
      BOT_TOKEN: '',
      TELEGRAM_API_ROOT: ' ',
      ARTICLE_PATH: '',
      EMBEDDING_MODEL: '  ',
      EMBEDDING_POOLING: '',
      MODELS_DIR: '',
      CACHE_DIR: '',
      HF_ENDPOINT: '',
      HF_HUB_OFFLINE: '',
      HF_DOWNLOAD_TIMEOUT_SECONDS: '',
      WEBHOOK_URL: '',
      WEBHOOK_SECRET: '',
      PORT: '',
      RATE_LIMIT_PER_MINUTE: ' ',
      ALLOWED_CHAT_IDS: '',
    });
    expect(config).toEqual(load({}));
  });

  it('treats an empty LOG_LEVEL as unset, like every other variable', () => {
    // e.g. LOG_LEVEL= in .env, or `LOG_LEVEL=${LOG_LEVEL}` passed through by a container runtime.
    expect(load({ LOG_LEVEL: '' }).logLevel).toBe('info');
  });

  it('reads every variable it documents', () => {
    const config = load({
      BOT_TOKEN: VALID_TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      ARTICLE_PATH: 'tests/fixtures/articles/wildfire.txt',
      EMBEDDING_MODEL: 'Xenova/all-MiniLM-L6-v2',
      EMBEDDING_POOLING: 'cls',
      EMBEDDING_QUERY_PREFIX: 'query: ',
      EMBEDDING_PASSAGE_PREFIX: 'passage: ',
      MODELS_DIR: '/srv/models',
      CACHE_DIR: '/var/cache/qa',
      HF_ENDPOINT: 'https://hf-mirror.example.com',
      HF_HUB_OFFLINE: 'true',
      HF_DOWNLOAD_TIMEOUT_SECONDS: '120',
      WEBHOOK_URL: 'https://bot.example.com/telegram',
      WEBHOOK_SECRET: 'abc_DEF-123',
      PORT: '3000',
      RATE_LIMIT_PER_MINUTE: '5',
      ALLOWED_CHAT_IDS: '42',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config.botToken).toBe(VALID_TOKEN);
    expect(config.telegramApiRoot).toBe('http://127.0.0.1:8081');
    expect(config.articlePath).toBe('tests/fixtures/articles/wildfire.txt');
    expect(config.cacheDir).toBe('/var/cache/qa');
    expect(config.embedding).toEqual({
      model: 'Xenova/all-MiniLM-L6-v2',
      modelsDir: '/srv/models',
      remoteHost: 'https://hf-mirror.example.com',
      offline: true,
      downloadIdleTimeoutMs: 120_000,
      pooling: 'cls',
      queryPrefix: 'query: ',
      passagePrefix: 'passage: ',
    });
    expect(config.webhook).toEqual({ url: 'https://bot.example.com/telegram', secret: 'abc_DEF-123', port: 3000 });
    expect(config.port).toBe(3000);
    expect(config.rateLimitPerMinute).toBe(5);
    expect(config.allowedChatIds).toEqual(new Set([42]));
    expect(config.logLevel).toBe('debug');
  });
});

describe('BOT_TOKEN', () => {
  it('is required when asked for: the message starts with BOT_TOKEN and points to @BotFather', () => {
    for (const env of [{}, { BOT_TOKEN: '' }, { BOT_TOKEN: '   ' }] as Array<Record<string, string>>) {
      const message = configError(env, true);
      expect(message).toMatch(/^BOT_TOKEN\b/u);
      expect(message).toContain('@BotFather');
    }
  });

  it('is optional when not asked for', () => {
    expect(load({}, false).botToken).toBeNull();
  });

  it('names BOT_TOKEN for a malformed token without repeating it', () => {
    for (const token of ['abc:NotARealTokenButSecret_42', '987654321', '123456789:short', `${VALID_TOKEN} trailing`, '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw!']) {
      for (const requireToken of [true, false]) {
        const message = configError({ BOT_TOKEN: token }, requireToken);
        expect(message).toMatch(/^BOT_TOKEN\b/u);
        expect(message).not.toContain(token);
        expect(message).not.toContain(token.split(':')[1] ?? token);
      }
    }
  });

  it('accepts a valid token, surrounding spaces trimmed', () => {
    expect(load({ BOT_TOKEN: VALID_TOKEN }, true).botToken).toBe(VALID_TOKEN);
    expect(load({ BOT_TOKEN: ` ${VALID_TOKEN}\t` }, true).botToken).toBe(VALID_TOKEN);
  });
});

describe('invalid values name their variable', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '0'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['RATE_LIMIT_PER_MINUTE', '0'],
    ['RATE_LIMIT_PER_MINUTE', 'many'],
    ['TELEGRAM_API_ROOT', 'not-a-url'],
    ['TELEGRAM_API_ROOT', 'ftp://api.telegram.org'],
    ['HF_ENDPOINT', 'huggingface.co'],
    ['HF_HUB_OFFLINE', 'maybe'],
    ['HF_DOWNLOAD_TIMEOUT_SECONDS', '0'],
    ['HF_DOWNLOAD_TIMEOUT_SECONDS', '30s'],
    ['ALLOWED_CHAT_IDS', '12,abc'],
    ['ALLOWED_CHAT_IDS', '12;13'],
    ['LOG_LEVEL', 'loud'],
    ['WEBHOOK_URL', 'http://bot.example.com/telegram'],
    ['WEBHOOK_URL', 'not a url'],
    ['EMBEDDING_POOLING', 'max'],
  ])('%s=%s', (name, value) => {
    const message = configError({ [name]: value });
    expect(message.startsWith(`${name} `)).toBe(true);
  });

  it('says what PORT must be', () => {
    expect(configError({ PORT: 'abc' })).toMatch(/^PORT must be a whole number from 1 to 65535/u);
    expect(configError({ PORT: '70000' })).toMatch(/^PORT must be a whole number from 1 to 65535/u);
  });

  it('lists the log levels', () => {
    const message = configError({ LOG_LEVEL: 'loud' });
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) expect(message).toContain(level);
  });

  it('lists the poolings', () => {
    const message = configError({ EMBEDDING_POOLING: 'max' });
    expect(message).toContain('mean');
    expect(message).toContain('cls');
  });

  it('reports the first bad variable even when a valid token is required and given', () => {
    const message = configError({ BOT_TOKEN: VALID_TOKEN, PORT: 'abc' }, true);
    expect(message).toMatch(/^PORT\b/u);
    expect(message).not.toContain(VALID_TOKEN);
  });
});

describe('webhook mode', () => {
  it('needs WEBHOOK_SECRET with WEBHOOK_URL', () => {
    const message = configError({ WEBHOOK_URL: 'https://bot.example.com/telegram' });
    expect(message).toMatch(/^WEBHOOK_SECRET\b/u);
  });

  it('is off (long polling) without WEBHOOK_URL, even with a secret', () => {
    expect(load({ WEBHOOK_SECRET: 'abc' }).webhook).toBeNull();
  });

  it('accepts a local http URL for testing, with its port', () => {
    expect(load({ WEBHOOK_URL: 'http://127.0.0.1:9000/hook', WEBHOOK_SECRET: 's3cret', PORT: '9000' }).webhook).toEqual({
      url: 'http://127.0.0.1:9000/hook',
      secret: 's3cret',
      port: 9000,
    });
  });

  it('rejects a secret Telegram would not accept', () => {
    expect(configError({ WEBHOOK_URL: 'https://bot.example.com/telegram', WEBHOOK_SECRET: 'has spaces' })).toMatch(/^WEBHOOK_SECRET\b/u);
    expect(configError({ WEBHOOK_URL: 'https://bot.example.com/telegram', WEBHOOK_SECRET: 'x'.repeat(257) })).toMatch(/^WEBHOOK_SECRET\b/u);
  });
});

describe('lists and switches', () => {
  it('parses ALLOWED_CHAT_IDS into a set of numbers', () => {
    expect(load({ ALLOWED_CHAT_IDS: '12, -100987' }).allowedChatIds).toEqual(new Set([12, -100987]));
    expect(load({ ALLOWED_CHAT_IDS: ' 12 -100987,,12 ' }).allowedChatIds).toEqual(new Set([12, -100987]));
  });

  it.each([
    ['yes', true],
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['on', true],
    ['no', false],
    ['false', false],
    ['0', false],
    ['off', false],
  ])('HF_HUB_OFFLINE=%s -> %s', (value, expected) => {
    expect(load({ HF_HUB_OFFLINE: value }).embedding.offline).toBe(expected);
  });

  it('trims trailing slashes from TELEGRAM_API_ROOT', () => {
    expect(load({ TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/api///' }).telegramApiRoot).toBe('http://127.0.0.1:8081/api');
  });
});

describe('a configuration error in a command-line tool', () => {
  it(
    'stops `ask --json` at start-up: exit 1, one stderr line naming PORT, no answers',
    async () => {
      const result = await runCli('ask', ['--json'], { stdin: 'What did Macron say?\n', env: { PORT: 'abc' } });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.split('\n').filter((l) => l !== '');
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^PORT\b/u);
    },
    180_000,
  );
});
