/**
 * npm run eval [-- --json] [-- --verbose] [-- --calibrate]
 *
 * Answer accuracy, Recall@1 of the cited paragraph and out-of-scope
 * precision/recall for dense-only, lexical-only and hybrid retrieval, side by
 * side; then statement precision/recall and speaker accuracy (who said what).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { loadEmbedder } from '../src/embeddings/index.js';
import { evaluateQuestions, evaluateStatements } from './eval-lib.js';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, verbose: { type: 'boolean' }, calibrate: { type: 'boolean' } } });
const config = loadConfig({ requireToken: false });
const embedder = await loadEmbedder(config.embedding);
const reports = await evaluateQuestions(embedder, [
  { mode: 'dense', label: 'dense' },
  { mode: 'lexical', label: 'lexical' },
  { mode: 'hybrid', fusion: 'rrf', label: 'hybrid-rrf' },
  { mode: 'hybrid', label: 'hybrid' },
]);
const statements = await evaluateStatements();
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

const totals = statements.reduce((t, r) => ({ gold: t.gold + r.gold, predicted: t.predicted + r.predicted, matched: t.matched + r.matched, speaker: t.speaker + r.speakerCorrect }), { gold: 0, predicted: 0, matched: 0, speaker: 0 });
const statementSummary = {
  precision: totals.matched / Math.max(1, totals.predicted),
  recall: totals.matched / Math.max(1, totals.gold),
  speakerAccuracy: totals.speaker / Math.max(1, totals.matched),
};

if (values.json) {
  console.log(JSON.stringify({
    model: config.embedding.model,
    modes: reports.map(({ results, ...r }) => ({ ...r, failures: results.filter((x) => !x.correct).map((x) => x.id) })),
    statements: { ...statementSummary, articles: statements.map(({ misses, wrongSpeakers, extras, ...r }) => r) },
  }, null, 2));
} else {
  const n = reports[0]!;
  console.log(`Model: ${config.embedding.model} · ${n.questions} questions (${n.inScopeQuestions} in scope) over ${new Set(n.results.map((r) => r.id.split('-')[0])).size} articles\n`);
  console.log(['mode'.padEnd(12), 'accuracy'.padStart(9), 'R@1'.padStart(8), 'OOS prec'.padStart(9), 'OOS rec'.padStart(8)].join(' '));
  for (const r of reports) {
    console.log([r.mode.padEnd(12), pct(r.accuracy).padStart(9), pct(r.recallAt1).padStart(8), pct(r.oosPrecision).padStart(9), pct(r.oosRecall).padStart(8)].join(' '));
  }
  const hybrid = reports[reports.length - 1]!;
  console.log('\nHybrid accuracy by category:');
  for (const [c, v] of Object.entries(hybrid.byCategory)) console.log(`  ${c.padEnd(16)} ${v.correct}/${v.n}`);
  const fails = hybrid.results.filter((r) => !r.correct || r.recallAt1 === false);
  if (fails.length) {
    console.log(`\nHybrid misses (${fails.length}):`);
    for (const r of fails) {
      console.log(`  ${r.id} [${r.category}] ${r.question}`);
      if (values.verbose) console.log(`      -> ${r.inScope ? '' : '(out of scope) '}${r.answer.answerLine} | ¶${r.answer.citations[0]?.paragraph ?? '-'} conf ${r.confidence.toFixed(2)}${r.answer.speaker ? ` | speaker ${r.answer.speaker}` : ''}${r.correct ? ' | answer ok, wrong paragraph' : ''}`);
    }
  }
  console.log('\nWho said what (statements):');
  console.log(`  ${'article'.padEnd(18)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(7)} ${'speaker'.padStart(8)}`);
  for (const r of statements) {
    console.log(`  ${r.article.padEnd(18)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(6)} ${pct(r.matched / Math.max(1, r.predicted)).padStart(10)} ${pct(r.matched / Math.max(1, r.gold)).padStart(7)} ${pct(r.speakerCorrect / Math.max(1, r.matched)).padStart(8)}`);
  }
  console.log(`  ${'all'.padEnd(18)} ${String(totals.gold).padStart(5)} ${String(totals.predicted).padStart(6)} ${pct(statementSummary.precision).padStart(10)} ${pct(statementSummary.recall).padStart(7)} ${pct(statementSummary.speakerAccuracy).padStart(8)}`);
  if (values.verbose) {
    for (const r of statements) {
      for (const m of r.misses) console.log(`  MISS  ${r.article}: ${m}`);
      for (const m of r.wrongSpeakers) console.log(`  WRONG ${r.article}: ${m}`);
      for (const m of r.extras) console.log(`  EXTRA ${r.article}: ${m}`);
    }
  }
  if (values.calibrate) {
    const rs = hybrid.results.filter((r) => r.answer.kind !== 'what-said' && r.confidence > 0);
    console.log('\nConfidence (hybrid), in scope vs out of scope:');
    for (const r of [...rs].sort((a, b) => a.confidence - b.confidence)) console.log(`  ${r.confidence.toFixed(3)} ${r.goldInScope ? 'IN ' : 'OUT'} ${r.id} ${r.question}`);
  }
}
await embedder.dispose();
