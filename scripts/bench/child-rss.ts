/**
 * Memory after start-up, in a fresh process: loads the engine exactly as the
 * CLI does (QAEngine.load with the configuration from the environment), then
 * prints one JSON line with process.memoryUsage() after load and after one answer.
 */
import { QAEngine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/index.js';

const mb = (x: number): number => x / 2 ** 20;
const config = loadConfig({ requireToken: false });
const engine = await QAEngine.load({ ...config.embedding, articlePath: config.articlePath, cacheDir: config.cacheDir });
const loaded = process.memoryUsage();
await engine.ask(process.argv[2] ?? 'What did Macron say?');
const answered = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    rssMb: mb(loaded.rss),
    heapUsedMb: mb(loaded.heapUsed),
    externalMb: mb(loaded.external),
    rssAfterAnswerMb: mb(answered.rss),
    passages: engine.stats.passages,
    cacheHit: engine.stats.cacheHit,
  })}\n`,
);
await engine.embedder.dispose();
