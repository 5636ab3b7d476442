/**
 * npm run soak [-- --json] [-- --seed N] [-- --chats 50] [-- --per-chat 20]
 *              [-- --bad-per-wave 15] [-- --ambiguous-per-wave 1] [-- --no-faults]
 *              [-- --rss-limit 24] [-- --timeout 600] [-- --log FILE]
 *
 * Starts the real bot (`node --import tsx src/bot/main.ts`, as `npm start`
 * does; LOG_LEVEL=info, a temporary CACHE_DIR, RATE_LIMIT_PER_MINUTE=10000 so
 * the limiter never turns a soak question into a notice) against a local Bot
 * API stand-in (scripts/soak/server.ts, 127.0.0.1 only, which also answers
 * Telegram's 400s for replies Telegram would refuse). In --per-chat waves, 50
 * private chats each ask one question from tests/fixtures/qa/rudaw.json (seeded
 * order); every wave also carries bad inputs from other chats (random Unicode,
 * 4096+ character texts, HTML/Markdown, empty and whitespace text, media,
 * edited messages, forged and valid buttons, commands, inline queries, updates
 * it must ignore) and one question whose answer is dropped after processing
 * (the ambiguous case, counted apart). Faults (scripts/soak/faults.ts): 429
 * with retry_after, 5xx and dropped connections on every method, getUpdates
 * faults, a 1 s sendMessage outage, all survivable by the bot's retry policy,
 * so anything lost or duplicated is a bug.
 *
 * Accounting: every update's expected replies by key (sendMessage threaded to
 * the message, answerCallbackQuery, answerInlineQuery; none for ignored
 * input): answered exactly once, duplicates, lost, apologies, rate notices;
 * time to reply from push to the recorded reply (p50/p95, and split by whether
 * the question's own calls got a fault, which shows the wait behind others).
 * Health: log records at level >= 50 from the bot's JSON logs, a crash (any exit
 * before our SIGTERM, or a non-zero exit after it), Telegram-rule violations.
 *
 * Memory: VmRSS from /proc/<pid>/status every 250 ms; after each quarter of the
 * waves a 15 s idle pause whose lowest RSS is the "settled" RSS (V8 gives
 * memory back only at a major GC, often some seconds into idleness; the bot's
 * RSS right after start-up holds ~100 MiB it releases later). The first
 * checkpoint ends the warm-up; the goal is that the last settled RSS is at most
 * --rss-limit MiB above the median of the earlier ones. At this length that
 * catches only gross leaks (tens of KiB per update); scripts/soak/heap.ts
 * measures the JS heap after full GCs for the fine check.
 *
 * Prints a table (progress on stderr), or with --json one JSON object on
 * stdout (use `npm run -s soak -- --json` so npm prints no banner). Exits 0 when
 * every goal is met, 1 when one is missed, 2 when the soak could not run (e.g.
 * the bot did not start). Bounded: every wait has a deadline, the run stops by
 * --timeout seconds, and the bot never outlives the soak.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { loadArticle } from '../src/article/index.js';
import { articleTag } from '../src/bot/callback-data.js';
import { BotProcess, type Exit } from './soak/bot-process.js';
import { FaultPlan, MAX_RANDOM_PER_PAYLOAD, OUTAGE_MS } from './soak/faults.js';
import { account, blank, percentile, rssTrend, type Checkpoint, type KindFigures, type RssSample } from './soak/report.js';
import { seeded } from './lib/rng.js';
import { SoakApi, type Fault } from './soak/server.js';
import { BAD_KINDS, plan, type Expectation, type Kind } from './soak/traffic.js';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    chats: { type: 'string', default: '50' },
    'per-chat': { type: 'string', default: '20' },
    'bad-per-wave': { type: 'string', default: '15' },
    'ambiguous-per-wave': { type: 'string', default: '1' },
    'no-faults': { type: 'boolean', default: false },
    'rss-limit': { type: 'string', default: '24' },
    timeout: { type: 'string', default: '600' },
    log: { type: 'string' },
  },
});

const num = (name: keyof typeof args, min: number): number => {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n < min) {
    process.stderr.write(`--${name} must be a number >= ${min}\n`);
    process.exit(2);
  }
  return n;
};

const SEED = num('seed', 0);
const CHATS = num('chats', 1);
const PER_CHAT = num('per-chat', 1);
const BAD_PER_WAVE = num('bad-per-wave', 0);
const AMBIGUOUS_PER_WAVE = num('ambiguous-per-wave', 0);
const FAULTS = !args['no-faults'];
/** Allowed growth of the settled RSS: the last checkpoint over the median of those before it, MiB. */
const RSS_LIMIT_MIB = num('rss-limit', 0);
const DEADLINE = performance.now() + num('timeout', 30) * 1000;
const WAVE_TIMEOUT_MS = 30_000;
const QUIET_MS = 2_000;
/** Idle pause at each RSS checkpoint (V8's memory reducer acts some seconds after activity stops). */
const SETTLE_MS = 15_000;
const TOKEN = '5550001:AASoakTokenNotARealOne_0123456789abcdef';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/qa/rudaw.json');

const say = (line: string): void => {
  if (!args.json) process.stderr.write(`${line}\n`);
};

/** getUpdates faults, one per few waves (telegraf's poll loop waits retry_after, or 5 s after a 5xx or a network error). */
const POLL_FAULTS: Fault[] = [
  { kind: 'status', status: 429, retryAfter: 1, label: '429 retry_after' },
  { kind: 'status', status: 502, label: '5xx' },
  { kind: 'drop', label: 'drop before processing' },
  { kind: 'drop-after', label: 'drop after processing (updates redelivered)' },
];

async function main(): Promise<number> {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as { article: string; questions: Array<{ question: string }> };
  const article = await loadArticle(path.join(ROOT, fixture.article));
  const questions = fixture.questions.map((q) => q.question);
  const traffic = plan(seeded(SEED), questions, { tag: articleTag(article), paragraphs: article.paragraphs.length, sentenceParagraphs: article.sentences.map((x) => x.paragraph) }, {
    chats: CHATS,
    perChat: PER_CHAT,
    badPerWave: BAD_PER_WAVE,
    ambiguousPerWave: AMBIGUOUS_PER_WAVE,
  });

  const api = await new SoakApi(TOKEN).start();
  const faults = new FaultPlan(seeded(SEED ^ 0x5eed), traffic.ambiguousChats);
  api.fault = faults.decide;
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'article-qa-soak-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    LOG_LEVEL: 'info',
    CACHE_DIR: cacheDir,
    // 20 questions from one user in a minute or two would be rate limited at the default 20/minute.
    RATE_LIMIT_PER_MINUTE: '10000',
    ARTICLE_PATH: fixture.article,
    HF_HUB_OFFLINE: 'true',
    // Set (empty) so a developer's .env cannot switch the soak to a webhook, an allow-list or another model.
    WEBHOOK_URL: '',
    WEBHOOK_SECRET: '',
    ALLOWED_CHAT_IDS: '',
    EMBEDDING_MODEL: '',
    EMBEDDING_POOLING: '',
    EMBEDDING_QUERY_PREFIX: '',
    EMBEDDING_PASSAGE_PREFIX: '',
    MODELS_DIR: '',
  };
  const started = performance.now();
  say(`soak: starting the bot (node --import tsx src/bot/main.ts) against ${api.apiRoot} …`);
  const bot = BotProcess.spawn({ cwd: ROOT, env, logFile: args.log ?? null });
  // Whatever happens to the soak, the bot it started does not outlive it (its poll loop would retry forever).
  process.once('exit', () => {
    if (!bot.exit) bot.child.kill('SIGKILL');
    rmSync(cacheDir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`soak: stopped by ${signal}\n`);
      process.exit(130);
    });
  }
  const cleanup = async (): Promise<void> => {
    await bot.stop(5_000).catch(() => undefined);
    await api.close();
    await rm(cacheDir, { recursive: true, force: true });
  };
  try {
    await bot.ready(180_000);
  } catch (err) {
    process.stderr.write(`soak: ${(err as Error).message}\n`);
    for (const line of bot.log.other.slice(-10)) process.stderr.write(`  ${line}\n`);
    await cleanup();
    return 2;
  }
  const readyAt = performance.now();
  const rssStart = bot.rssMiB();

  // --- traffic ---------------------------------------------------------------------
  const expectations: Expectation[] = [];
  const questionKeys = new Set<string>();
  let questionReplies = 0;
  const samples: RssSample[] = [];
  let counted = 0;
  const sample = (): void => {
    for (; counted < api.sent.length; counted++) {
      const s = api.sent[counted]!;
      if (s.replyTo !== null && questionKeys.has(`m:${s.chatId}:${s.replyTo}`)) questionReplies++;
    }
    const rss = bot.rssMiB();
    if (rss !== null) samples.push({ t: (performance.now() - readyAt) / 1000, rssMiB: rss, answered: questionReplies });
  };
  sample();
  const sampler = setInterval(sample, 250);
  faults.enabled = FAULTS;

  const repliesOn = (() => {
    // Replies so far per key, counted incrementally.
    const counts = new Map<string, number>();
    let seenSent = 0;
    let seenCb = 0;
    let seenIq = 0;
    const bump = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
    return (key: string): number => {
      for (; seenSent < api.sent.length; seenSent++) {
        const s = api.sent[seenSent]!;
        bump(`chat:${s.chatId}`);
        if (s.replyTo !== null) bump(`m:${s.chatId}:${s.replyTo}`);
      }
      for (; seenCb < api.callbackAnswers.length; seenCb++) bump(`cb:${api.callbackAnswers[seenCb]!.id}`);
      for (; seenIq < api.inlineAnswers.length; seenIq++) bump(`iq:${api.inlineAnswers[seenIq]!.id}`);
      return counts.get(key) ?? 0;
    };
  })();
  const outstanding = (list: readonly Expectation[]): number => {
    const need = new Map<string, number>();
    for (const e of list) need.set(e.key, (need.get(e.key) ?? 0) + e.expected);
    let missing = 0;
    for (const [key, n] of need) missing += Math.max(0, n - repliesOn(key));
    return missing;
  };
  const waitAnswered = async (list: readonly Expectation[], timeoutMs: number): Promise<number> => {
    const until = Math.min(performance.now() + timeoutMs, DEADLINE);
    for (;;) {
      const missing = outstanding(list);
      if (missing === 0 || bot.exit || performance.now() > until) return missing;
      await sleep(50);
    }
  };

  const waves = traffic.waves;
  // RSS checkpoints: after each quarter of the waves, an idle pause; the first one ends the warm-up.
  const checkpointWaves = new Set([1, 2, 3, 4].map((k) => Math.max(1, Math.ceil((k * waves.length) / 4)) - 1));
  const checkpoints: Checkpoint[] = [];
  const settle = async (afterWave: number): Promise<void> => {
    const from = samples.length;
    const until = Math.min(performance.now() + SETTLE_MS, DEADLINE);
    while (!bot.exit && performance.now() < until) await sleep(100);
    const pause = samples.slice(from).map((x) => x.rssMiB);
    if (pause.length) checkpoints.push({ afterWave, answered: questionReplies, settledMiB: Math.min(...pause) });
    say(`  idle ${SETTLE_MS / 1000} s after wave ${afterWave + 1}: RSS settled at ${pause.length ? Math.min(...pause).toFixed(1) : '?'} MiB`);
  };
  let timedOutWaves = 0;
  const waveMs: number[] = [];
  for (let w = 0; w < waves.length; w++) {
    if (bot.exit || performance.now() > DEADLINE) break;
    const waveStart = performance.now();
    if (FAULTS) {
      if (w % 4 === 2) faults.once('getUpdates', POLL_FAULTS[Math.floor(w / 4) % POLL_FAULTS.length]!);
      if (w === Math.floor(waves.length / 2)) faults.outage();
    }
    const sending: Array<Promise<Expectation[]>> = [];
    for (const item of waves[w]!) {
      const wait = waveStart + item.delayMs - performance.now();
      if (wait > 0) await sleep(wait);
      const p = item.send(api);
      sending.push(p);
      if (item.kind === 'question') {
        void p.then((es) => {
          for (const e of es) questionKeys.add(e.key);
        });
      }
    }
    const sentNow = (await Promise.all(sending)).flat();
    expectations.push(...sentNow);
    const last = w === waves.length - 1;
    // After the last wave: everything still owed from any wave.
    const missing = await waitAnswered(last ? expectations : sentNow, WAVE_TIMEOUT_MS);
    if (missing > 0) timedOutWaves++;
    waveMs.push(performance.now() - waveStart);
    say(`  wave ${String(w + 1).padStart(2)}/${waves.length}: ${sentNow.length} updates, ${missing ? `${missing} replies missing after ${WAVE_TIMEOUT_MS / 1000} s` : 'all replied'} in ${((performance.now() - waveStart) / 1000).toFixed(1)} s, RSS ${bot.rssMiB()?.toFixed(1) ?? '?'} MiB`);
    // The pause after the last wave is also the quiet period in which late duplicates (a retry after a drop) would show.
    if (checkpointWaves.has(w)) await settle(w);
  }
  if (!checkpointWaves.has(waves.length - 1) || bot.exit) await sleep(QUIET_MS);
  sample();
  clearInterval(sampler);
  const rssEnd = bot.rssMiB();
  const rssPeak = bot.peakMiB();
  const crashedBeforeStop = bot.exit !== null;
  const exit: Exit = await bot.stop(35_000);
  const pendingUpdates = api.pending;
  const durationS = (performance.now() - started) / 1000;
  await api.close();
  await rm(cacheDir, { recursive: true, force: true });

  // --- figures ---------------------------------------------------------------------
  const acc = account(expectations, api.sent, api.callbackAnswers, api.inlineAnswers, api.faultEvents);
  const fig = (kind: Kind): KindFigures => acc.byKind.get(kind) ?? blank();
  const q = fig('question');
  const amb = fig('ambiguous');
  const badKinds = BAD_KINDS.map((k) => [k, fig(k)] as const).filter(([, f]) => f.updates > 0);
  const badLat = badKinds.flatMap(([, f]) => f.latencies);
  const trend = rssTrend(samples, checkpoints);
  const handlerErrors = bot.log.errors.length;
  const crashed = crashedBeforeStop || exit.code !== 0 || exit.signal !== null;
  const sentQuestions = q.updates;
  const notRun = traffic.questionCount - sentQuestions;
  const badTotal = badKinds.reduce((a, [, f]) => ({ updates: a.updates + f.updates, keys: a.keys + f.keys, ok: a.ok + f.ok, duplicates: a.duplicates + f.duplicates, lost: a.lost + f.lost, unexpected: a.unexpected + f.unexpected }), { updates: 0, keys: 0, ok: 0, duplicates: 0, lost: 0, unexpected: 0 });
  const round = (x: number | null, d = 0): number | null => (x === null ? null : Number(x.toFixed(d)));

  const goals = {
    allQuestionsSent: notRun === 0,
    questionsAnsweredExactlyOnce: sentQuestions > 0 && q.ok === sentQuestions && q.duplicates === 0 && q.lost === 0,
    badInputsRepliedExactlyOnce: badTotal.ok === badTotal.keys,
    ambiguousNotLost: amb.lost === 0 && amb.apologies === 0,
    noStrayReplies: acc.stray === 0,
    noTelegramRuleViolations: api.violations.length === 0,
    noHandlerErrors: handlerErrors === 0,
    noCrash: !crashed,
    noRssGrowth: trend.growthMiB !== null && trend.growthMiB <= RSS_LIMIT_MIB,
  };
  const ok = Object.values(goals).every(Boolean);

  const result = {
    ok,
    goals,
    seed: SEED,
    durationS: round(durationS, 1),
    setup: {
      chats: CHATS,
      questionsPerChat: PER_CHAT,
      waves: waves.length,
      badInputsPerWave: BAD_PER_WAVE,
      ambiguousPerWave: AMBIGUOUS_PER_WAVE,
      faults: FAULTS,
      maxRandomFaultsPerPayload: MAX_RANDOM_PER_PAYLOAD,
      outageMs: FAULTS ? OUTAGE_MS : 0,
      rateLimitPerMinute: 10000,
      botReadyMs: bot.log.readyMs,
    },
    questions: {
      sent: sentQuestions,
      answeredExactlyOnce: q.ok,
      duplicates: q.duplicates,
      lost: q.lost,
      apologies: q.apologies,
      rateNotices: q.notices,
      notSent: notRun,
      replyMs: { p50: round(percentile(q.latencies, 50)), p95: round(percentile(q.latencies, 95)), p99: round(percentile(q.latencies, 99)), max: round(percentile(q.latencies, 100)) },
      // Split by whether the question's own calls (its chat, while it was pending) got an injected fault.
      replyMsOwnCallsUnfaulted: { n: q.latenciesUnfaulted.length, p50: round(percentile(q.latenciesUnfaulted, 50)), p95: round(percentile(q.latenciesUnfaulted, 95)) },
      replyMsOwnCallsFaulted: { n: q.latenciesFaulted.length, p50: round(percentile(q.latenciesFaulted, 50)), p95: round(percentile(q.latenciesFaulted, 95)) },
    },
    badInputs: {
      updates: badTotal.updates,
      replyKeys: badTotal.keys,
      ok: badTotal.ok,
      duplicates: badTotal.duplicates,
      lost: badTotal.lost,
      unexpected: badTotal.unexpected,
      replyMs: { p50: round(percentile(badLat, 50)), p95: round(percentile(badLat, 95)) },
      byKind: Object.fromEntries(badKinds.map(([k, f]) => [k, { updates: f.updates, expectedReplies: f.expected, ok: f.ok, of: f.keys, duplicates: f.duplicates, lost: f.lost, unexpected: f.unexpected, apologies: f.apologies }])),
    },
    ambiguous: {
      note: 'sendMessage processed, then the connection dropped before the response: the bot retries a reset, so a duplicate is expected (not gated)',
      sent: amb.updates,
      replied: amb.keys - amb.lost,
      duplicates: amb.duplicates,
      lost: amb.lost,
    },
    strayReplies: acc.stray,
    followUpChunks: acc.followUps,
    pendingUpdatesAtEnd: pendingUpdates,
    timedOutWaves,
    waveSeconds: { p50: round(percentile(waveMs, 50) === null ? null : percentile(waveMs, 50)! / 1000, 1), max: round(percentile(waveMs, 100) === null ? null : percentile(waveMs, 100)! / 1000, 1) },
    faultsInjected: Object.fromEntries([...api.injected].sort()),
    requests: Object.fromEntries([...api.requests].sort().map(([m, r]) => [m, r])),
    botRetries: Object.fromEntries(Object.entries(bot.log.retries).sort()),
    telegramRuleViolations: api.violations.length,
    violations: api.violations.slice(0, 10),
    handlerErrors,
    errors: bot.log.errors.slice(0, 10),
    logLevels: bot.log.byLevel,
    otherOutput: bot.log.other.slice(0, 10),
    duplicateUpdatesIgnored: bot.log.duplicateUpdates,
    rateLimited: bot.log.rateLimited,
    engineMs: { p50: percentile(bot.log.engineMs, 50), p95: percentile(bot.log.engineMs, 95) },
    crashes: crashed ? 1 : 0,
    exit: { code: exit.code, signal: exit.signal, beforeStop: crashedBeforeStop },
    rss: {
      startMiB: round(rssStart, 1),
      endMiB: round(rssEnd, 1),
      peakMiB: round(rssPeak, 1),
      settled: trend.checkpoints.map((c) => ({ afterWave: c.afterWave + 1, questions: c.answered, MiB: round(c.settledMiB, 1) })),
      growthMiB: round(trend.growthMiB, 1),
      limitMiB: RSS_LIMIT_MIB,
      settledSlopeMiBPer1000Questions: round(trend.settledSlopeMiBPer1000, 2),
      sampleSlopeMiBPer1000Questions: round(trend.sampleSlopeMiBPer1000, 2),
      samples: samples.length,
    },
    failures: acc.failures.slice(0, 20),
  };

  if (args.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return ok ? 0 : 1;
  }

  const yes = (b: boolean): string => (b ? 'met' : 'MISSED');
  const ms = (x: number | null): string => (x === null ? '-' : `${x} ms`);
  const lines: string[] = [];
  const row = (label: string, value: string | number): void => void lines.push(`  ${label.padEnd(34)} ${value}`);
  lines.push('', `Soak: ${CHATS} chats x ${PER_CHAT} questions in ${waves.length} waves, ${BAD_PER_WAVE} bad inputs and ${AMBIGUOUS_PER_WAVE} ambiguous-drop question(s) per wave, faults ${FAULTS ? 'on' : 'off'}, seed ${SEED}; ${durationS.toFixed(0)} s (bot ready in ${bot.log.readyMs ?? '?'} ms)`);
  lines.push('', 'Questions');
  row('sent', sentQuestions + (notRun ? ` (${notRun} not sent: the run stopped early)` : ''));
  row('answered exactly once', `${q.ok} (${((100 * q.ok) / Math.max(1, sentQuestions)).toFixed(1)}%)`);
  row('duplicates', q.duplicates);
  row('lost', q.lost);
  row('apologies / rate notices', `${q.apologies} / ${q.notices}`);
  row('time to reply p50 / p95 / p99 / max', `${ms(result.questions.replyMs.p50)} / ${ms(result.questions.replyMs.p95)} / ${ms(result.questions.replyMs.p99)} / ${ms(result.questions.replyMs.max)}`);
  row('  own calls unfaulted p50 / p95', `${ms(result.questions.replyMsOwnCallsUnfaulted.p50)} / ${ms(result.questions.replyMsOwnCallsUnfaulted.p95)} (n ${q.latenciesUnfaulted.length})`);
  row('  own calls faulted p50 / p95', `${ms(result.questions.replyMsOwnCallsFaulted.p50)} / ${ms(result.questions.replyMsOwnCallsFaulted.p95)} (n ${q.latenciesFaulted.length})`);
  row('engine time per answer p50 / p95', `${ms(result.engineMs.p50)} / ${ms(result.engineMs.p95)}`);
  lines.push('', 'Bad inputs (each must get exactly its reply: an answer, a hint, a button toast; "ignored" must get none)');
  lines.push('  ok = replies checked that came exactly as expected (an edit expects a 2nd reply to the same message; a button, its toast and then its message or none)');
  lines.push(`  ${'kind'.padEnd(16)} ${'updates'.padStart(7)} ${'ok'.padStart(9)} ${'dup'.padStart(4)} ${'lost'.padStart(4)} ${'unexp'.padStart(5)} ${'apol'.padStart(4)}`);
  for (const [k, f] of badKinds) lines.push(`  ${k.padEnd(16)} ${String(f.updates).padStart(7)} ${`${f.ok}/${f.keys}`.padStart(9)} ${String(f.duplicates).padStart(4)} ${String(f.lost).padStart(4)} ${String(f.unexpected).padStart(5)} ${String(f.apologies).padStart(4)}`);
  lines.push(`  ${'total'.padEnd(16)} ${String(badTotal.updates).padStart(7)} ${`${badTotal.ok}/${badTotal.keys}`.padStart(9)} ${String(badTotal.duplicates).padStart(4)} ${String(badTotal.lost).padStart(4)} ${String(badTotal.unexpected).padStart(5)}`);
  row('time to reply p50 / p95', `${ms(result.badInputs.replyMs.p50)} / ${ms(result.badInputs.replyMs.p95)}`);
  lines.push('', 'Ambiguous drops (answer processed, connection dropped before the response; counted apart)');
  row('sent / replied / duplicates / lost', `${amb.updates} / ${result.ambiguous.replied} / ${amb.duplicates} / ${amb.lost}`);
  lines.push('', 'Faults injected (request -> fault: count)');
  for (const [k, v] of Object.entries(result.faultsInjected)) row(k, v);
  lines.push('', 'Bot retries (from its log: method reason -> count)');
  for (const [k, v] of Object.entries(result.botRetries)) row(k, v);
  lines.push('', 'Health');
  row('handler errors (log level >= 50)', handlerErrors);
  for (const e of bot.log.errors.slice(0, 5)) lines.push(`    ${e.msg}${e.err ? ` — ${e.err}` : ''}${e.updateId !== undefined ? ` (update ${String(e.updateId)})` : ''}`);
  row('crashes', `${crashed ? 1 : 0} (exit code ${exit.code}${exit.signal ? `, signal ${exit.signal}` : ''}${crashedBeforeStop ? ', before the soak stopped it' : ' after SIGTERM'})`);
  row('Telegram rule violations (400s)', api.violations.length);
  for (const v of api.violations.slice(0, 5)) lines.push(`    ${v.method}: ${v.description} — ${JSON.stringify(v.sample)}`);
  row('stray replies / follow-up chunks', `${acc.stray} / ${acc.followUps}`);
  row('updates left unfetched at the end', pendingUpdates);
  row('waves that timed out', timedOutWaves);
  row('non-JSON output lines', bot.log.other.length);
  for (const l of bot.log.other.slice(0, 3)) lines.push(`    ${l}`);
  lines.push('', 'Memory (bot RSS)');
  row('at start (ready) / at end / peak', `${rssStart?.toFixed(1) ?? '?'} / ${rssEnd?.toFixed(1) ?? '?'} / ${rssPeak?.toFixed(1) ?? '?'} MiB`);
  row('settled after idle (questions: MiB)', trend.checkpoints.map((c) => `${c.answered}: ${c.settledMiB.toFixed(1)}`).join(' -> '));
  row('growth (last - median before it)', `${trend.growthMiB?.toFixed(1) ?? '?'} MiB (limit ${RSS_LIMIT_MIB})`);
  row('slope, settled / every sample', `${trend.settledSlopeMiBPer1000?.toFixed(2) ?? '?'} / ${trend.sampleSlopeMiBPer1000?.toFixed(2) ?? '?'} MiB per 1000 questions (${samples.length} samples)`);
  if (acc.failures.length) {
    lines.push('', `Failures (first ${Math.min(10, acc.failures.length)} of ${acc.failures.length})`);
    for (const f of acc.failures.slice(0, 10)) lines.push(`  ${f.kind} [${f.variant}] expected ${f.expected}, got ${f.got}${f.apologies ? ` (${f.apologies} apologies)` : ''}: ${JSON.stringify(f.sample)}`);
  }
  lines.push('', 'Goals');
  row('100% of questions answered exactly once', `${yes(goals.questionsAnsweredExactlyOnce && goals.allQuestionsSent)} (${q.ok}/${traffic.questionCount})`);
  row('bad inputs: exactly their reply', `${yes(goals.badInputsRepliedExactlyOnce && goals.noStrayReplies)} (${badTotal.ok}/${badTotal.keys}, stray ${acc.stray})`);
  row('ambiguous drops: none lost', `${yes(goals.ambiguousNotLost)} (${amb.lost} lost, ${amb.duplicates} duplicates by design)`);
  row('zero handler errors', `${yes(goals.noHandlerErrors)} (${handlerErrors})`);
  row('zero crashes', `${yes(goals.noCrash)}`);
  row('replies Telegram would accept', `${yes(goals.noTelegramRuleViolations)} (${api.violations.length} refused)`);
  row('no RSS growth trend', `${yes(goals.noRssGrowth)} (settled RSS ${trend.checkpoints.map((c) => c.settledMiB.toFixed(0)).join(' -> ')} MiB; growth ${trend.growthMiB?.toFixed(1) ?? '?'} <= ${RSS_LIMIT_MIB} MiB)`);
  lines.push('', ok ? 'SOAK PASSED' : 'SOAK FAILED', '');
  process.stdout.write(lines.join('\n'));
  return ok ? 0 : 1;
}

process.exitCode = await main().catch((err: unknown) => {
  process.stderr.write(`soak: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 2;
});
// Nothing should be left running; make sure a stray handle cannot keep the gate waiting.
setTimeout(() => process.exit(), 1_000).unref();
