/**
 * Behaviour fingerprint, for checking that a performance change changes
 * nothing else: every eval question (dev and heldout) through QAEngine.trace in
 * all four retrieval modes, plus the questions of synthetic corpora, with the
 * full answers, confidences and ranked hits; and every article's statements,
 * speakers, passage tags and example questions.
 *
 *   npx tsx scripts/bench/snapshot.ts [--sizes 1000,3000] > /tmp/snap.json
 *   diff <(jq -S . /tmp/snap-before.json) <(jq -S . /tmp/snap-after.json)
 */
import { parseArgs } from 'node:util';
import { QAEngine } from '../../src/answer/engine.js';
import { loadArticle, parseArticle } from '../../src/article/index.js';
import { loadConfig } from '../../src/config/index.js';
import { loadEmbedder } from '../../src/embeddings/index.js';
import { qaSets } from '../eval-lib.js';
import { generateCorpus } from './corpus.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,3000' } } });
const sizes = values.sizes!.split(',').filter(Boolean).map(Number);
const config = loadConfig({ requireToken: false });
const embedder = await loadEmbedder(config.embedding);
const MODES = [{ mode: 'dense' }, { mode: 'lexical' }, { mode: 'hybrid', fusion: 'rrf' }, { mode: 'hybrid' }] as const;

async function engineSnapshot(engine: QAEngine, questions: string[]): Promise<unknown> {
  const attribution = engine.attribution;
  const out: Record<string, unknown> = {
    stats: engine.stats,
    examples: engine.examples(),
    speakers: attribution.speakers.map((s) => ({ ...s })),
    statements: attribution.statements.map((st) => ({ ...st, speaker: st.speaker ? st.speaker.name : null })),
    passages: engine.passages.map((p) => [p.id, p.group, [...p.tags].join(','), p.extra.join('|')]),
    peopleIn: engine.article.sentences.map((s) => attribution.peopleIn(s.index).map((sp) => sp.name).join('|')),
  };
  const answers: unknown[] = [];
  for (const q of questions) {
    for (const m of MODES) {
      const t = await engine.trace(q, m);
      answers.push({
        q,
        mode: `${m.mode}${'fusion' in m ? `-${m.fusion}` : ''}`,
        answer: t.answer,
        confidence: t.confidence,
        kind: t.question.kind,
        terms: t.question.terms,
        hits: t.hits.map((h) => [h.passage.id, h.score, h.lexical, h.dense, h.cosine, h.coverage]),
      });
    }
  }
  out.answers = answers;
  return out;
}

const snapshot: Record<string, unknown> = {};
for (const split of ['dev', 'heldout'] as const) {
  for (const set of qaSets(split)) {
    const engine = await QAEngine.create(await loadArticle(set.article), embedder, { cacheDir: null });
    snapshot[`${split}:${set.name}`] = await engineSnapshot(engine, set.questions.map((q) => q.question));
  }
}
for (const n of sizes) {
  const corpus = generateCorpus(n);
  const engine = await QAEngine.create(parseArticle(corpus.text, `synthetic-${n}`), embedder, { cacheDir: null });
  snapshot[`synthetic:${n}`] = await engineSnapshot(engine, corpus.questions.map((q) => q.question));
}
process.stdout.write(`${JSON.stringify(snapshot)}\n`);
await embedder.dispose();
