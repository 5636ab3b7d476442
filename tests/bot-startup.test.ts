/**
 * `npm start` as a child process (tsx src/bot/main.ts): configuration errors
 * print one line naming BOT_TOKEN and exit non-zero without echoing the token;
 * with a valid token and the fake Bot API it logs the start-up line, answers,
 * and exits 0 on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from './helpers/fake-api.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Child {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Every variable the bot reads, set explicitly, so a developer's .env cannot change the outcome. */
function botEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    BOT_TOKEN: '',
    TELEGRAM_API_ROOT: '',
    ARTICLE_PATH: 'data/article.txt',
    WEBHOOK_URL: '',
    WEBHOOK_SECRET: '',
    ALLOWED_CHAT_IDS: '',
    RATE_LIMIT_PER_MINUTE: '',
    PORT: '',
    LOG_LEVEL: 'info',
    ...vars,
  };
}

function start(vars: Record<string, string>): Child {
  const proc = spawn(TSX, ['src/bot/main.ts'], { cwd: ROOT, env: botEnv(vars), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  return { proc, stdout: () => out, stderr: () => err, exit };
}

describe('npm start', () => {
  it('exits 1 with one line naming BOT_TOKEN when it is missing', async () => {
    const child = start({ BOT_TOKEN: '' });
    const { code } = await child.exit;
    expect(code).toBe(1);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^BOT_TOKEN is missing/u);
    expect(child.stdout()).toBe('');
  });

  it('exits 1 with one line naming BOT_TOKEN when it is malformed, without printing it', async () => {
    const secret = 'NotARealTokenButSecret_42';
    const child = start({ BOT_TOKEN: `abc:${secret}` });
    const { code } = await child.exit;
    expect(code).toBe(1);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('BOT_TOKEN');
    expect(child.stderr() + child.stdout()).not.toContain(secret);
  });

  describe('with a valid token and a Bot API', () => {
    let api: FakeBotApi;
    let child: Child;

    beforeAll(async () => {
      api = await new FakeBotApi().start();
    });

    afterAll(async () => {
      if (child && child.proc.exitCode === null) child.proc.kill('SIGKILL');
      await api.close();
    });

    it('exits 1 with one line when the API rejects the token (401), without printing it', async () => {
      const secret = 'AAWellFormedButWrongToken_0123456789ab';
      const rejected = start({ BOT_TOKEN: `111111111:${secret}`, TELEGRAM_API_ROOT: api.apiRoot });
      const { code } = await rejected.exit;
      expect(code).toBe(1);
      const lines = rejected.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^BOT_TOKEN was rejected by the Telegram Bot API \(401/u);
      expect(rejected.stderr() + rejected.stdout()).not.toContain(secret);
    });

    it('logs the start-up line, answers a question, and exits 0 on SIGTERM', async () => {
      child = start({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot });
      const ready = await api.waitFor(
        () => child.stdout().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>).find((r) => r.msg === 'ready'),
        `the ready line (stderr: ${child.stderr()})`,
        90_000,
      );
      expect(ready).toMatchObject({ bot: `@${api.me.username}`, mode: 'polling', article: 'data/article.txt', model: expect.any(String) });
      expect(ready.passages).toBeGreaterThan(0);
      expect(ready.readyMs).toBeGreaterThan(0);

      api.say(77, 'Who said foreign troops must leave Iraq?');
      const [answer] = await api.waitFor(() => (api.sentTexts(77).length ? api.sentTexts(77) : null), 'the answer');
      expect(answer).toContain('<b>Hadi al-Amiri</b>');

      child.proc.kill('SIGTERM');
      const { code } = await child.exit;
      expect(code).toBe(0);
      const output = child.stdout() + child.stderr();
      expect(output).toContain('"msg":"stopped"');
      expect(output).not.toContain(api.token.split(':')[1]);
      expect(output).not.toContain('foreign troops must leave Iraq?');
    });
  });
});
