/**
 * npm run eval [-- --json] [-- --verbose] [-- --calibrate] [-- --split dev|heldout|heldout2|heldout3|heldout4|yesno|all]
 *
 * Answer accuracy, Recall@1 of the cited paragraph and out-of-scope
 * precision/recall for dense-only, lexical-only and hybrid retrieval, side by
 * side; then statement precision/recall and speaker accuracy (who said what).
 * Splits: dev (built against), heldout and heldout2 (written separately; see scripts/eval-lib.ts).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { CLOSEST_LINE } from '../src/answer/index.js';
import { loadEmbedder } from '../src/embeddings/index.js';
import { evaluateQuestions, evaluateStatements, plainBaselines, SPLITS, type ModeReport, type Split, type StatementReport } from './eval-lib.js';

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, verbose: { type: 'boolean' }, calibrate: { type: 'boolean' }, split: { type: 'string', default: 'all' } },
});
const splits: Split[] = values.split === 'all' ? [...SPLITS] : SPLITS.filter((s) => s === values.split);
if (splits.length === 0) {
  console.error(`Unknown --split ${values.split}: use one of ${SPLITS.join(', ')} or all.`);
  process.exit(2);
}
const config = loadConfig({ requireToken: false });
const embedder = await loadEmbedder(config.embedding);
const MODES = [
  { mode: 'dense', label: 'dense' },
  { mode: 'lexical', label: 'lexical' },
  { mode: 'hybrid', fusion: 'rrf', label: 'hybrid-rrf' },
  { mode: 'hybrid', label: 'hybrid' },
] as const;
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function statementSummary(statements: StatementReport[]) {
  const t = statements.reduce((a, r) => ({ gold: a.gold + r.gold, predicted: a.predicted + r.predicted, matched: a.matched + r.matched, correct: a.correct + r.correct, speaker: a.speaker + r.speakerCorrect }), { gold: 0, predicted: 0, matched: 0, correct: 0, speaker: 0 });
  return { ...t, precision: t.correct / Math.max(1, t.predicted), recall: t.matched / Math.max(1, t.gold), speakerAccuracy: t.speaker / Math.max(1, t.matched) };
}

function printSplit(split: Split, reports: ModeReport[], statements: StatementReport[], plain: { bm25: number; dense: number }): void {
  const n = reports[0]!;
  console.log(`\n=== ${split} · ${n.questions} questions (${n.inScopeQuestions} in scope) · model ${config.embedding.model}`);
  console.log(['mode'.padEnd(12), 'accuracy'.padStart(9), 'R@1'.padStart(8), 'OOS prec'.padStart(9), 'OOS rec'.padStart(8)].join(' '));
  for (const r of reports) console.log([r.mode.padEnd(12), pct(r.accuracy).padStart(9), pct(r.recallAt1).padStart(8), pct(r.oosPrecision).padStart(9), pct(r.oosRecall).padStart(8)].join(' '));
  console.log(`(reference R@1 on in-scope questions, paragraph retrieval alone: plain BM25 ${pct(plain.bm25)}, plain embedding similarity ${pct(plain.dense)})`);
  const hybrid = reports[reports.length - 1]!;
  console.log('Hybrid accuracy by category: ' + Object.entries(hybrid.byCategory).map(([c, v]) => `${c} ${v.correct}/${v.n}`).join(', '));
  const byArticle = new Map<string, typeof hybrid.results>();
  for (const r of hybrid.results) {
    const name = r.id.replace(/-\d+$/u, '');
    byArticle.set(name, [...(byArticle.get(name) ?? []), r]);
  }
  console.log(
    'Hybrid by article (accuracy · R@1): ' +
      [...byArticle]
        .map(([name, rs]) => {
          const inScope = rs.filter((r) => r.goldInScope);
          return `${name} ${pct(rs.filter((r) => r.correct).length / rs.length)} · ${pct(inScope.filter((r) => r.recallAt1).length / Math.max(1, inScope.length))}`;
        })
        .join(', '),
  );
  const fails = hybrid.results.filter((r) => !r.correct || r.recallAt1 === false);
  const closest = hybrid.results.filter((r) => r.answer.answerLine === CLOSEST_LINE);
  if (closest.length) {
    const outside = closest.filter((r) => !r.goldInScope).length;
    console.log(`Answered with the closest passage and a hedge: ${closest.length - outside} in scope, ${outside} out of scope (counted as answered)`);
  }
  if (fails.length) {
    console.log(`Hybrid misses (${fails.length}):`);
    for (const r of fails) {
      console.log(`  ${r.id} [${r.category}] ${r.question}`);
      if (values.verbose) console.log(`      -> ${r.inScope ? '' : '(out of scope) '}${r.answer.answerLine} | ¶${r.answer.citations[0]?.paragraph ?? '-'} conf ${r.confidence.toFixed(2)}${r.answer.speaker ? ` | speaker ${r.answer.speaker}` : ''}${r.correct ? ' | answer ok, wrong paragraph' : ''}`);
    }
  }
  const sum = statementSummary(statements);
  if (statements.length === 0) return;
  console.log('Who said what (statements):');
  console.log(`  ${'article'.padEnd(18)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(7)} ${'speaker'.padStart(8)}`);
  for (const r of [...statements, { article: 'all', gold: sum.gold, predicted: sum.predicted, matched: sum.matched, correct: sum.correct, speakerCorrect: sum.speaker }]) {
    console.log(`  ${r.article.padEnd(18)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(6)} ${pct(r.correct / Math.max(1, r.predicted)).padStart(10)} ${pct(r.matched / Math.max(1, r.gold)).padStart(7)} ${pct(r.speakerCorrect / Math.max(1, r.matched)).padStart(8)}`);
  }
  if (values.verbose) {
    for (const r of statements) {
      for (const m of r.misses) console.log(`  MISS  ${r.article}: ${m}`);
      for (const m of r.wrongSpeakers) console.log(`  WRONG ${r.article}: ${m}`);
      for (const m of r.extras) console.log(`  EXTRA ${r.article}: ${m}`);
    }
  }
  if (values.calibrate) {
    const rs = hybrid.results.filter((r) => r.answer.kind !== 'what-said' && r.confidence > 0);
    console.log('Confidence (hybrid), in scope vs out of scope:');
    for (const r of [...rs].sort((a, b) => a.confidence - b.confidence)) console.log(`  ${r.confidence.toFixed(3)} ${r.goldInScope ? 'IN ' : 'OUT'} ${r.inScope ? 'ans' : 'oos'} ${r.id} ${r.question}`);
  }
}

const out: Record<string, unknown> = { model: config.embedding.model };
for (const split of splits) {
  const reports = await evaluateQuestions(embedder, MODES.map((m) => ({ ...m })), split);
  const statements = await evaluateStatements(split);
  const plain = await plainBaselines(embedder, split);
  if (values.json) {
    out[split] = {
      modes: reports.map(({ results, ...r }) => ({ ...r, failures: results.filter((x) => !x.correct || x.recallAt1 === false).map((x) => x.id) })),
      plainParagraphRecallAt1: plain,
      statements: { ...statementSummary(statements), articles: statements.map(({ misses, wrongSpeakers, extras, ...r }) => r) },
    };
  } else printSplit(split, reports, statements, plain);
}
if (values.json) console.log(JSON.stringify(out, null, 2));
await embedder.dispose();
