/**
 * One synthetic corpus, in a fresh process (so sizes do not share a heap):
 *   tsx scripts/bench/child-scale.ts --passages 10000 [--rounds 3] [--seed 42] [--breakdown]
 * Builds ONE big article (scripts/bench/corpus.ts), indexes it through the real
 * QAEngine.create(parseArticle(text), embedder, { cacheDir: null }), then
 * measures warm answers side by side with their floor and lexical-only search.
 * Prints one JSON line.
 */
import { parseArgs } from 'node:util';
import { QAEngine } from '../../src/answer/engine.js';
import { parseArticle } from '../../src/article/index.js';
import { extractStatements } from '../../src/attribution/index.js';
import { loadConfig } from '../../src/config/index.js';
import { loadEmbedder } from '../../src/embeddings/index.js';
import { buildPassages } from '../../src/passages/index.js';
import { generateCorpus } from './corpus.js';
import { measureEngine } from './latency.js';
import { timeMs } from './stats.js';

const { values } = parseArgs({
  options: {
    passages: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    breakdown: { type: 'boolean', default: false },
  },
});
const size = Number(values.passages);
const rounds = Number(values.rounds);
const config = loadConfig({ requireToken: false });
const embedder = await loadEmbedder(config.embedding);

const mb = (): number => process.memoryUsage().rss / 2 ** 20;
const rssBefore = mb();
let corpus!: ReturnType<typeof generateCorpus>;
const generateMs = await timeMs(() => (corpus = generateCorpus(size, Number(values.seed))));
let article!: ReturnType<typeof parseArticle>;
const parseMs = await timeMs(() => (article = parseArticle(corpus.text, `synthetic-${size}`)));
let engine!: QAEngine;
const createMs = await timeMs(async () => (engine = await QAEngine.create(article, embedder, { cacheDir: null })));
const rssIndexed = mb();

// Optional: the parts of create() timed again on their own (it costs a second pass).
let breakdown: Record<string, number> | null = null;
if (values.breakdown) {
  const attributionMs = await timeMs(() => extractStatements(article));
  const passagesMs = await timeMs(() => buildPassages(article));
  const embedMs = await timeMs(() => embedder.embed(engine.passages.map((p) => p.text), 'passage'));
  breakdown = { attributionMs, passagesMs, embedPassagesMs: embedMs };
}

const questions = corpus.questions.map((q) => q.question);
const s = await measureEngine(engine, embedder, questions, rounds);
const indexMs = parseMs + createMs;
process.stdout.write(
  `${JSON.stringify({
    requested: size,
    passages: engine.stats.passages,
    paragraphs: article.paragraphs.length,
    statements: engine.stats.statements,
    speakers: engine.stats.speakers,
    chars: corpus.text.length,
    questions: questions.length,
    rounds,
    generateMs,
    parseMs,
    createMs,
    indexMs,
    indexMsPer1kPassages: (indexMs / engine.stats.passages) * 1000,
    breakdown,
    answerP50: s.p('answer', 0.5),
    answerP95: s.p('answer', 0.95),
    floorP50: s.p('floor', 0.5),
    lexicalSearchP50: s.p('lexicalSearch', 0.5),
    lexicalAskP50: s.p('lexicalAsk', 0.5),
    rssBeforeMb: rssBefore,
    rssIndexedMb: rssIndexed,
    rssAfterMb: mb(),
  })}\n`,
);
await embedder.dispose();
