/**
 * Warm latency of one engine, side by side: the whole answer path, its floor
 * (embedding the query plus one dense scan over the passage vectors) and
 * lexical-only retrieval, for each question in turn.
 */
import type { QAEngine } from '../../src/answer/engine.js';
import type { Embedder } from '../../src/embeddings/index.js';
import { analyzeQuestion, dotProducts } from '../../src/retrieval/index.js';
import { SideBySide, timeMs } from './stats.js';

export type Measure = 'answer' | 'floor' | 'lexicalSearch' | 'lexicalAsk' | 'analyze' | 'embedQuery' | 'embedWords' | 'hybridSearch';

/** Passage vectors as one flat array, for the floor's scan (embedded here, with the same embedder). */
export async function passageMatrix(engine: QAEngine, embedder: Embedder): Promise<{ matrix: Float32Array; rows: number; dim: number }> {
  const vectors = await embedder.embed(engine.passages.map((p) => p.text), 'passage');
  const dim = embedder.dimensions;
  const matrix = new Float32Array(vectors.length * dim);
  vectors.forEach((v, i) => matrix.set(v, i * dim));
  return { matrix, rows: vectors.length, dim };
}

/**
 * The unavoidable part of an answer: embed the question, then one dot product
 * with every passage vector (the same exact kernel the retriever uses).
 */
export async function floor(embedder: Embedder, m: { matrix: Float32Array; rows: number; dim: number }, question: string): Promise<number> {
  const [v] = await embedder.embed([question], 'query');
  const scores = dotProducts(m.matrix, m.rows, m.dim, v!, new Float64Array(m.rows));
  return scores[0] ?? 0;
}

/** BM25 alone: Retriever.search in lexical mode (the question analysed as ask does). */
export function lexicalSearch(engine: QAEngine, question: string): number {
  return engine.retriever.search(analyzeQuestion(question), null, { mode: 'lexical', limit: 12 }).length;
}

/**
 * One warm-up pass, then `rounds` passes over the questions; in each pass every
 * question runs the whole answer, the floor, lexical search and a lexical-mode ask.
 */
export async function measureEngine(
  engine: QAEngine,
  embedder: Embedder,
  questions: readonly string[],
  rounds: number,
  into: SideBySide<Measure> = new SideBySide<Measure>(),
  key: (q: string) => string = (q) => q,
): Promise<SideBySide<Measure>> {
  const m = await passageMatrix(engine, embedder);
  for (let round = -1; round < rounds; round++) {
    for (const q of questions) {
      const answer = await timeMs(() => engine.ask(q));
      const fl = await timeMs(() => floor(embedder, m, q));
      const lex = await timeMs(() => lexicalSearch(engine, q));
      const lexAsk = await timeMs(() => engine.ask(q, { mode: 'lexical' }));
      if (round < 0) continue; // warm-up
      into.add('answer', key(q), answer);
      into.add('floor', key(q), fl);
      into.add('lexicalSearch', key(q), lex);
      into.add('lexicalAsk', key(q), lexAsk);
    }
  }
  return into;
}

/**
 * Rough stages of an answer, each timed on its own (so they only approximately add up):
 * question analysis, the query embedding, the embedding of the question's informative
 * words (for soft matching), and hybrid Retriever.search with the query vector (without
 * soft matches). What is left of the answer is the soft-match scan over the article's
 * vocabulary, the in-scope checks and the answer's composition.
 */
export async function measureStages(
  engine: QAEngine,
  embedder: Embedder,
  questions: readonly string[],
  rounds: number,
  into: SideBySide<Measure>,
  key: (q: string) => string = (q) => q,
): Promise<void> {
  for (let round = -1; round < rounds; round++) {
    for (const q of questions) {
      let question = analyzeQuestion(q);
      const analyze = await timeMs(() => (question = analyzeQuestion(q)));
      let vector: Float32Array | undefined;
      const embedQuery = await timeMs(async () => ([vector] = await embedder.embed([question.text], 'query')));
      const words = question.terms.filter((t) => !/^\d/u.test(t.norm) && t.weight >= 0.5).map((t) => t.norm);
      const embedWords = words.length ? await timeMs(() => embedder.embed(words, 'passage')) : 0;
      const search = await timeMs(() => engine.retriever.search(question, vector ?? null, { limit: 12 }));
      if (round < 0) continue;
      into.add('analyze', key(q), analyze);
      into.add('embedQuery', key(q), embedQuery);
      into.add('embedWords', key(q), embedWords);
      into.add('hybridSearch', key(q), search);
    }
  }
}
