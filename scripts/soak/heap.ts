/**
 * node --expose-gc --import tsx scripts/soak/heap.ts [--rounds 8] [--json]
 *
 * The leak check behind the soak's RSS figures. A child's RSS is mostly not
 * the JS heap (the tsx loader thread, onnxruntime, start-up memory that V8
 * hands back only at some later major GC), so it moves by tens of MiB with no
 * leak at all. Here the bot runs in this process (createBot + startBot, the
 * real engine, long polling against the soak's stand-in, no faults), takes
 * rounds of the soak's traffic (questions and bad inputs), and after each
 * round the heap is measured after full GCs. A leak shows as heapUsed rising
 * round after round; round 1 is warm-up (JIT, caches filling).
 * Exits 1 when the heap after the last round is more than --limit MiB (default
 * 2) above the median of the rounds from the second on.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { QAEngine } from '../../src/answer/engine.js';
import { createBot } from '../../src/bot/bot.js';
import { articleTag } from '../../src/bot/callback-data.js';
import { createLogger } from '../../src/bot/logger.js';
import { startBot } from '../../src/bot/run.js';
import { loadConfig } from '../../src/config/index.js';
import { median } from './report.js';
import { seeded } from '../lib/rng.js';
import { SoakApi } from './server.js';
import { plan, type Expectation } from './traffic.js';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '8' }, limit: { type: 'string', default: '2' }, json: { type: 'boolean', default: false } },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write('Run with node --expose-gc --import tsx scripts/soak/heap.ts\n');
  process.exit(2);
}
const ROUNDS = Math.max(3, Number(args.rounds));
const LIMIT = Number(args.limit);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = '5550001:AASoakTokenNotARealOne_0123456789abcdef';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'tests/fixtures/qa/rudaw.json'), 'utf8')) as { article: string; questions: Array<{ question: string }> };
const base = loadConfig({ requireToken: false, env: {} });
const engine = await QAEngine.load({ ...base.embedding, articlePath: path.join(ROOT, fixture.article), cacheDir: null });
const api = await new SoakApi(TOKEN).start();
const config = { ...base, botToken: TOKEN, telegramApiRoot: api.apiRoot, rateLimitPerMinute: 10_000, logLevel: 'silent' as const };
const logger = createLogger({ level: 'silent', token: TOKEN });
const running = await startBot(createBot(engine, config, logger), config, logger);
const facts = { tag: articleTag(engine.article), paragraphs: engine.article.paragraphs.length, sentenceParagraphs: engine.article.sentences.map((s) => s.paragraph) };

const heapMiB = async (): Promise<number> => {
  for (let i = 0; i < 4; i++) {
    gc();
    await sleep(50);
  }
  return process.memoryUsage().heapUsed / 1048576;
};
const replies = (): number => api.sent.filter((s) => s.replyTo !== null).length + api.callbackAnswers.length + api.inlineAnswers.length;

const heaps: number[] = [await heapMiB()];
let updates = 0;
for (let round = 1; round <= ROUNDS; round++) {
  // Fresh chats and message ids every round, as new users would bring.
  const { waves } = plan(seeded(round), fixture.questions.map((q) => q.question), facts, { chats: 50, perChat: 4, badPerWave: 15, ambiguousPerWave: 0 });
  for (const wave of waves) {
    const before = replies();
    const expected: Expectation[] = (await Promise.all(wave.map((item) => item.send(api)))).flat();
    updates += expected.filter((e) => e.update !== false).length;
    const want = before + expected.reduce((n, e) => n + e.expected, 0);
    const until = Date.now() + 60_000;
    while (replies() < want && Date.now() < until) await sleep(20);
  }
  await sleep(500);
  // The stand-in's records are this process's memory too: drop them before measuring.
  api.sent.length = 0;
  api.callbackAnswers.length = 0;
  api.inlineAnswers.length = 0;
  api.faultEvents.length = 0;
  heaps.push(await heapMiB());
  if (!args.json) process.stderr.write(`round ${round}/${ROUNDS}: ${updates} updates, heap after GC ${heaps[round]!.toFixed(2)} MiB\n`);
}
await running.stop('done');
await api.close();

const reference = median(heaps.slice(2, -1).length ? heaps.slice(2, -1) : heaps.slice(1, -1))!;
const growth = heaps[heaps.length - 1]! - reference;
const perThousand = (growth / Math.max(1, updates - updates / ROUNDS)) * 1000 * 1024;
const ok = growth <= LIMIT;
if (args.json) process.stdout.write(`${JSON.stringify({ ok, updates, heapMiB: heaps.map((h) => Number(h.toFixed(2))), growthMiB: Number(growth.toFixed(2)), limitMiB: LIMIT })}\n`);
else {
  process.stdout.write(
    `heap after GC by round (MiB): ${heaps.map((h) => h.toFixed(1)).join(' ')}\n` +
      `last round vs median of rounds 2..${ROUNDS - 1}: ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MiB (about ${perThousand.toFixed(0)} KiB per 1000 updates; limit ${LIMIT} MiB) — ${ok ? 'no leak' : 'LEAK?'}\n`,
  );
}
process.exitCode = ok ? 0 : 1;
