// Memory after start-up the way `npm start` runs (compiled JavaScript in dist/, plain node):
// QAEngine.load with the configuration from the environment, then one answer.
import { QAEngine } from '../../dist/src/answer/engine.js';
import { loadConfig } from '../../dist/src/config/index.js';

const mb = (x) => x / 2 ** 20;
const config = loadConfig({ requireToken: false });
const engine = await QAEngine.load({ ...config.embedding, articlePath: config.articlePath, cacheDir: config.cacheDir });
const loaded = process.memoryUsage();
await engine.ask(process.argv[2] ?? 'What did Macron say?');
const answered = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ rssMb: mb(loaded.rss), rssAfterAnswerMb: mb(answered.rss) })}\n`);
await engine.embedder.dispose();
