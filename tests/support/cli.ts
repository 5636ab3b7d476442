/**
 * Runs the command-line tools as a user would: `node --import tsx src/cli/<name>.ts ...`
 * from the repository root, with an environment that sets every variable the
 * configuration reads (so a developer's .env cannot change the outcome).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a CLI run: no bot token (the CLIs do not need one), defaults
 * for everything else, then `vars`. Variables set to '' count as unset for the
 * configuration, and dotenv never overrides a variable that is already present.
 */
export function cliEnv(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    BOT_TOKEN: '',
    TELEGRAM_API_ROOT: '',
    ARTICLE_PATH: '',
    EMBEDDING_MODEL: '',
    EMBEDDING_POOLING: '',
    MODELS_DIR: '',
    CACHE_DIR: '',
    HF_ENDPOINT: '',
    HF_HUB_OFFLINE: '',
    HF_DOWNLOAD_TIMEOUT_SECONDS: '',
    WEBHOOK_URL: '',
    WEBHOOK_SECRET: '',
    PORT: '',
    RATE_LIMIT_PER_MINUTE: '',
    ALLOWED_CHAT_IDS: '',
    LOG_LEVEL: 'info',
    ...vars,
  };
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  return env;
}

/** Runs `src/cli/<tool>.ts args...`, writes `stdin` (then closes it), and waits for the exit. */
export function runCli(tool: 'ask' | 'quotes', args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'cli', `${tool}.ts`), ...args], {
      cwd: ROOT,
      env: cliEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    proc.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // A tool that fails at start-up may exit before reading its input.
    proc.stdin.on('error', () => {});
    proc.stdin.end(options.stdin ?? '');
    proc.once('error', reject);
    proc.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Non-empty lines of a stream's output. */
export function lines(s: string): string[] {
  return s.split('\n').filter((l) => l !== '');
}

/**
 * Blocks of an article file as a reader sees them (separated by blank lines),
 * computed independently of src/article: [outlet, headline, ¶1, ¶2, ...] for
 * the articles used here, so paragraph N is blocks[N + 1] and the headline blocks[1].
 */
export function articleBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t\u00a0]*\n/u)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}
