/**
 * The real bot as a child process, started the way `npm start` starts it
 * (`node --import tsx src/bot/main.ts`), with its JSON log lines parsed as
 * they arrive and its RSS read from /proc/<pid>/status.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface LogSummary {
  lines: number;
  byLevel: Record<string, number>;
  /** Records at level >= 50 (error, fatal). */
  errors: Array<{ level: number; msg: string; err?: string; updateId?: unknown }>;
  /** "Telegram API call failed; retrying", by "method reason". */
  retries: Record<string, number>;
  duplicateUpdates: number;
  rateLimited: number;
  /** Engine time per answer, from the "answered" records (ms). */
  engineMs: number[];
  answered: number;
  /** Lines that are not JSON log records (e.g. Node warnings, start-up failures). */
  other: string[];
  readyMs: number | null;
}

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** We asked it to stop (SIGTERM) before it exited. */
  requested: boolean;
  at: number;
}

export class BotProcess {
  readonly log: LogSummary = { lines: 0, byLevel: {}, errors: [], retries: {}, duplicateUpdates: 0, rateLimited: 0, engineMs: [], answered: 0, other: [], readyMs: null };
  exit: Exit | null = null;
  readonly exited: Promise<Exit>;
  private stopRequested = false;
  private readyWaiters: Array<() => void> = [];
  private tee: WriteStream | null;

  private constructor(
    readonly child: ChildProcess,
    logFile: string | null,
  ) {
    this.tee = logFile ? createWriteStream(logFile) : null;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal, requested: this.stopRequested, at: performance.now() };
        for (const w of this.readyWaiters.splice(0)) w();
        resolve(this.exit);
      });
    });
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => this.onLine(line));
    }
  }

  static spawn(options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string | null }): BotProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    return new BotProcess(child, options.logFile);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Resolves on the "ready" record; rejects if the process exits first or the time runs out. */
  async ready(timeoutMs: number): Promise<void> {
    if (this.log.readyMs !== null) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the bot was not ready after ${timeoutMs / 1000} s`)), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        if (this.log.readyMs !== null) resolve();
        else reject(new Error(`the bot exited during start-up (code ${this.exit?.code}, signal ${this.exit?.signal}): ${this.log.other.slice(-3).join(' | ')}`));
      });
    });
  }

  /** Resident set size in MiB (VmRSS), or null when /proc is not there or the process is gone. */
  rssMiB(): number | null {
    if (this.exit) return null;
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const m = /^VmRSS:\s+(\d+)\s+kB/mu.exec(status);
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  /** Peak RSS (VmHWM) in MiB. */
  peakMiB(): number | null {
    if (this.exit) return null;
    try {
      const m = /^VmHWM:\s+(\d+)\s+kB/mu.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  /** SIGTERM (the graceful stop), then SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs: number): Promise<Exit> {
    if (!this.exit) {
      this.stopRequested = true;
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => (this.tee ? this.tee.end(resolve) : resolve()));
    return this.exit!;
  }

  private onLine(line: string): void {
    this.tee?.write(`${line}\n`);
    if (!line.trim()) return;
    let rec: Record<string, unknown> | null = null;
    if (line.startsWith('{')) {
      try {
        rec = JSON.parse(line) as Record<string, unknown>;
      } catch {
        rec = null;
      }
    }
    if (!rec || typeof rec.level !== 'number') {
      if (this.log.other.length < 50) this.log.other.push(line.slice(0, 300));
      return;
    }
    this.log.lines++;
    const level = rec.level;
    const name = LEVELS[level] ?? String(level);
    this.log.byLevel[name] = (this.log.byLevel[name] ?? 0) + 1;
    const msg = String(rec.msg ?? '');
    if (level >= 50 && this.log.errors.length < 200) {
      const err = rec.err as { type?: unknown; message?: unknown; code?: unknown; method?: unknown } | undefined;
      this.log.errors.push({
        level,
        msg,
        ...(err ? { err: `${String(err.type)}${err.method ? ` ${String(err.method)}` : ''}${err.code !== undefined ? ` ${String(err.code)}` : ''}: ${String(err.message).slice(0, 160)}` } : {}),
        ...(rec.updateId !== undefined ? { updateId: rec.updateId } : {}),
      });
    }
    if (msg === 'Telegram API call failed; retrying') {
      const key = `${String(rec.method)} ${String(rec.reason).replace(/retry_after \d+s/u, 'retry_after')}`;
      this.log.retries[key] = (this.log.retries[key] ?? 0) + 1;
    } else if (msg === 'duplicate update ignored') this.log.duplicateUpdates++;
    else if (msg === 'rate limited') this.log.rateLimited++;
    else if (msg === 'answered') {
      this.log.answered++;
      if (typeof rec.ms === 'number') this.log.engineMs.push(rec.ms);
    } else if (msg === 'ready') {
      this.log.readyMs = typeof rec.readyMs === 'number' ? rec.readyMs : 0;
      for (const w of this.readyWaiters.splice(0)) w();
    }
  }
}
