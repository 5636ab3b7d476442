/**
 * npm run bench [-- --json] [-- --rounds 5] [-- --runs 5] [-- --sizes 1000,10000,100000] [-- --scale-rounds 3]
 *
 * Latency, start-up, memory and scale of the answer path, every figure a
 * median (or p95) of several runs, with the figures that are compared measured
 * side by side in the same run (timings on this 2-core machine are noisy: read
 * the ratios, not single absolute numbers).
 *
 *  1. Warm answers over the eval questions (tests/fixtures/qa and heldout/qa, each
 *     against its own article): engine.ask (embed, retrieve, compose) next to its
 *     floor (embedder.embed([q], 'query') + one dot product per passage vector) and
 *     BM25 alone (Retriever.search in lexical mode; and the whole ask in lexical mode).
 *  2. Start-up, in fresh processes, interleaved: a bare transformers.js model load
 *     (tsx scripts/bench/child-model-load.ts), and `tsx src/cli/ask.ts --json` fed one
 *     question, timed from spawn to its first output line, with the passage cache warm
 *     and with an empty cache (a new temporary CACHE_DIR each run); nothing subtracted.
 *  3. Memory: process.memoryUsage().rss in a fresh process after QAEngine.load.
 *  4. Scale: synthetic one-article corpora (scripts/bench/corpus.ts) of each size, each
 *     in its own process, indexed by the real QAEngine.create and answered warm.
 *
 * Progress goes to stderr; with --json, stdout gets one JSON object.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { QAEngine } from '../src/answer/engine.js';
import { loadArticle } from '../src/article/index.js';
import { loadConfig } from '../src/config/index.js';
import { loadEmbedder } from '../src/embeddings/index.js';
import { qaSets } from './eval-lib.js';
import { measureEngine, measureStages, type Measure } from './bench/latency.js';
import { median, round, SideBySide } from './bench/stats.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    'scale-rounds': { type: 'string', default: '3' },
    question: { type: 'string', default: 'What did Macron say?' },
  },
});
const ROUNDS = Number(values.rounds);
const RUNS = Number(values.runs);
const SIZES = values.sizes!.split(',').filter(Boolean).map(Number);
const SCALE_ROUNDS = Number(values['scale-rounds']);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const ARTICLE = process.env.ARTICLE_PATH ?? 'data/article.txt';

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);
const ms = (x: number): string => `${round(x)} ms`;
const ratio = (a: number, b: number): number => a / b;

// ---------------------------------------------------------------- child processes

interface ChildResult {
  /** Spawn to the first line on stdout. */
  firstLineMs: number;
  firstLine: string;
  code: number | null;
  stderr: string;
}

/** Runs `tsx <args>`, writing `input` to its stdin; resolves when it exits. */
function runTsx(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<ChildResult> {
  return runNode([TSX_CLI, ...args], env, input);
}

/** Runs `node <args>` (this Node.js), writing `input` to its stdin; resolves when it exits. */
function runNode(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let firstLineMs = Number.NaN;
    let firstLine = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (Number.isNaN(firstLineMs) && out.includes('\n')) {
        firstLineMs = performance.now() - t0;
        firstLine = out.slice(0, out.indexOf('\n'));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ firstLineMs, firstLine, code, stderr: err }));
    child.stdin.end(input);
  });
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ARTICLE_PATH: ARTICLE, LOG_LEVEL: 'silent', ...extra };
}

async function checked(what: string, run: Promise<ChildResult>): Promise<ChildResult> {
  const r = await run;
  if (r.code !== 0 || Number.isNaN(r.firstLineMs)) throw new Error(`${what} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return r;
}

// ---------------------------------------------------------------- 1. warm answers over the eval questions

async function warmAnswers() {
  const config = loadConfig({ requireToken: false });
  const embedder = await loadEmbedder(config.embedding);
  const samples = new SideBySide<Measure>();
  let questions = 0;
  let passages = 0;
  for (const split of ['dev', 'heldout'] as const) {
    for (const set of qaSets(split)) {
      const engine = await QAEngine.create(await loadArticle(set.article), embedder, { cacheDir: null });
      const qs = set.questions.map((q) => q.question);
      questions += qs.length;
      passages += engine.stats.passages;
      await measureEngine(engine, embedder, qs, ROUNDS, samples, (q) => `${split}:${set.name}:${q}`);
      await measureStages(engine, embedder, qs, ROUNDS, samples, (q) => `${split}:${set.name}:${q}`);
      log(`warm answers: ${split}/${set.name} (${qs.length} questions, ${engine.stats.passages} passages)`);
    }
  }
  await embedder.dispose();
  return {
    model: config.embedding.model,
    questions,
    articles: qaSets('dev').length + qaSets('heldout').length,
    meanPassages: passages / (qaSets('dev').length + qaSets('heldout').length),
    answerP50: samples.p('answer', 0.5),
    answerP95: samples.p('answer', 0.95),
    floorP50: samples.p('floor', 0.5),
    floorP95: samples.p('floor', 0.95),
    lexicalSearchP50: samples.p('lexicalSearch', 0.5),
    lexicalAskP50: samples.p('lexicalAsk', 0.5),
    stages: {
      analyze: samples.p('analyze', 0.5),
      embedQuery: samples.p('embedQuery', 0.5),
      embedWords: samples.p('embedWords', 0.5),
      hybridSearch: samples.p('hybridSearch', 0.5),
    },
  };
}

// ---------------------------------------------------------------- 2 and 3. start-up and memory

async function startUp() {
  const warmDir = mkdtempSync(path.join(os.tmpdir(), 'qa-bench-cache-'));
  const question = `${values.question}\n`;
  try {
    // Fill the warm cache, and warm the OS file cache for every kind of run (not counted).
    await checked('ask (filling the cache)', runTsx(['src/cli/ask.ts', '--json'], childEnv({ CACHE_DIR: warmDir }), question));
    await checked('model load', runTsx(['scripts/bench/child-model-load.ts'], childEnv({ CACHE_DIR: warmDir })));
    const model: number[] = [];
    const modelPipeline: number[] = [];
    const warm: number[] = [];
    const cold: number[] = [];
    const rss: number[] = [];
    const rssAfterAnswer: number[] = [];
    const rssBareTsx: number[] = [];
    const rssTsx: number[] = [];
    const rssBareNode: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const m = await checked('model load', runTsx(['scripts/bench/child-model-load.ts'], childEnv({ CACHE_DIR: warmDir })));
      model.push(m.firstLineMs);
      const bare = JSON.parse(m.firstLine) as { pipelineMs: number; rssMb: number };
      modelPipeline.push(bare.pipelineMs);
      rssBareTsx.push(bare.rssMb);
      const plain = await checked('model load (plain node)', runNode(['scripts/bench/child-model-load-node.mjs'], childEnv({ CACHE_DIR: warmDir })));
      rssBareNode.push((JSON.parse(plain.firstLine) as { rssMb: number }).rssMb);
      const w = await checked('ask (warm cache)', runTsx(['src/cli/ask.ts', '--json'], childEnv({ CACHE_DIR: warmDir }), question));
      warm.push(w.firstLineMs);
      const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'qa-bench-nocache-'));
      try {
        const c = await checked('ask (no cache)', runTsx(['src/cli/ask.ts', '--json'], childEnv({ CACHE_DIR: emptyDir }), question));
        cold.push(c.firstLineMs);
      } finally {
        rmSync(emptyDir, { recursive: true, force: true });
      }
      // As `npm start` runs: compiled JavaScript under plain node (tsx's off-thread loader alone costs ~150 MB).
      const r = await checked('rss', runNode(['scripts/bench/child-rss-dist.mjs', values.question!], childEnv({ CACHE_DIR: warmDir })));
      const parsed = JSON.parse(r.firstLine) as { rssMb: number; rssAfterAnswerMb: number };
      rss.push(parsed.rssMb);
      rssAfterAnswer.push(parsed.rssAfterAnswerMb);
      const t = await checked('rss (tsx)', runTsx(['scripts/bench/child-rss.ts', values.question!], childEnv({ CACHE_DIR: warmDir })));
      rssTsx.push((JSON.parse(t.firstLine) as { rssMb: number }).rssMb);
      log(`start-up run ${run + 1}/${RUNS}: model ${ms(m.firstLineMs)}, cold (cache) ${ms(w.firstLineMs)}, cold (no cache) ${ms(cold[cold.length - 1]!)}, rss ${round(parsed.rssMb)} MB`);
    }
    return {
      runs: RUNS,
      modelLoadMs: median(model),
      modelPipelineMs: median(modelPipeline),
      coldStartMs: median(warm),
      coldStartNoCacheMs: median(cold),
      rssMb: median(rss),
      rssAfterAnswerMb: median(rssAfterAnswer),
      rssTsxMb: median(rssTsx),
      rssBareModelTsxMb: median(rssBareTsx),
      rssBareModelNodeMb: median(rssBareNode),
    };
  } finally {
    rmSync(warmDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 4. scale

interface ScaleRow {
  requested: number;
  passages: number;
  paragraphs: number;
  statements: number;
  speakers: number;
  chars: number;
  questions: number;
  parseMs: number;
  createMs: number;
  indexMs: number;
  indexMsPer1kPassages: number;
  breakdown: { attributionMs: number; passagesMs: number; embedPassagesMs: number } | null;
  answerP50: number;
  answerP95: number;
  floorP50: number;
  lexicalSearchP50: number;
  lexicalAskP50: number;
  rssIndexedMb: number;
}

async function scale(): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const size of SIZES) {
    log(`scale: ${size} passages ...`);
    const r = await checked(`scale ${size}`, runTsx(['scripts/bench/child-scale.ts', '--passages', String(size), '--rounds', String(SCALE_ROUNDS), '--breakdown'], childEnv({})));
    const row = JSON.parse(r.firstLine) as ScaleRow;
    rows.push(row);
    log(`scale: ${row.passages} passages indexed in ${ms(row.indexMs)}, answer p50 ${ms(row.answerP50)} (floor ${ms(row.floorP50)})`);
  }
  return rows;
}

// ---------------------------------------------------------------- report

const started = performance.now();
log(`warm answers over the eval questions (${ROUNDS} rounds) ...`);
const warm = await warmAnswers();
log('building dist/ (npm run build), as npm start does ...');
execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
log(`start-up and memory (${RUNS} runs of each, interleaved) ...`);
const start = await startUp();
const rows = await scale();
const largest = rows[rows.length - 1];

const goals = {
  answer_within_2x_floor: { value: ratio(warm.answerP50, warm.floorP50), limit: 2, met: warm.answerP50 <= 2 * warm.floorP50 },
  cold_start_within_1_5x_model_load: { value: ratio(start.coldStartMs, start.modelLoadMs), limit: 1.5, met: start.coldStartMs <= 1.5 * start.modelLoadMs },
  rss_under_300_mb: { value: start.rssMb, limit: 300, met: start.rssMb < 300 },
  answer_100k_under_50_ms: (() => {
    const row = rows.find((r) => r.requested === 100_000);
    return row ? { value: row.answerP50, limit: 50, met: row.answerP50 < 50 } : { value: null, limit: 50, met: null };
  })(),
};

const result = {
  answer_ms_p50: round(warm.answerP50),
  answer_ms_p95: round(warm.answerP95),
  floor_ms_p50: round(warm.floorP50),
  answer_to_floor_ratio: round(ratio(warm.answerP50, warm.floorP50)),
  lexical_only_ms_p50: round(warm.lexicalSearchP50),
  lexical_only_measures: 'Retriever.search(question, null, { mode: "lexical" }) alone',
  lexical_ask_ms_p50: round(warm.lexicalAskP50),
  model_load_ms: round(start.modelLoadMs),
  model_load_pipeline_only_ms: round(start.modelPipelineMs),
  cold_start_ms: round(start.coldStartMs),
  cold_start_nocache_ms: round(start.coldStartNoCacheMs),
  cold_start_to_model_load_ratio: round(ratio(start.coldStartMs, start.modelLoadMs)),
  index_ms_per_1k_passages: largest ? round(largest.indexMsPer1kPassages) : null,
  index_ms_per_1k_passages_at: largest?.passages ?? null,
  rss_mb: round(start.rssMb),
  rss_after_first_answer_mb: round(start.rssAfterAnswerMb),
  rss_measures: 'QAEngine.load in compiled JavaScript under plain node, as npm start runs the bot',
  rss_under_tsx_mb: round(start.rssTsxMb),
  rss_bare_model_load_tsx_mb: round(start.rssBareModelTsxMb),
  rss_bare_model_load_plain_node_mb: round(start.rssBareModelNodeMb),
  answer_stages_ms_p50: {
    analyze_question: round(warm.stages.analyze),
    embed_query: round(warm.stages.embedQuery),
    embed_question_words: round(warm.stages.embedWords),
    hybrid_search: round(warm.stages.hybridSearch),
    rest_soft_match_scan_checks_composition: round(warm.answerP50 - warm.stages.analyze - warm.stages.embedQuery - warm.stages.embedWords - warm.stages.hybridSearch),
  },
  scale: rows.map((r) => ({
    passages: r.passages,
    paragraphs: r.paragraphs,
    statements: r.statements,
    speakers: r.speakers,
    index_ms: round(r.indexMs),
    index_ms_per_1k_passages: round(r.indexMsPer1kPassages),
    index_parts_timed_alone_ms: r.breakdown && {
      parse: round(r.parseMs),
      attribution: round(r.breakdown.attributionMs),
      passages: round(r.breakdown.passagesMs),
      embed_passages: round(r.breakdown.embedPassagesMs),
    },
    answer_ms_p50: round(r.answerP50),
    answer_ms_p95: round(r.answerP95),
    floor_ms_p50: round(r.floorP50),
    answer_to_floor_ratio: round(ratio(r.answerP50, r.floorP50)),
    lexical_only_ms_p50: round(r.lexicalSearchP50),
    lexical_ask_ms_p50: round(r.lexicalAskP50),
    rss_mb: round(r.rssIndexedMb),
  })),
  goals,
  meta: {
    node: process.version,
    cpus: os.cpus().length,
    model: warm.model,
    eval_questions: warm.questions,
    eval_articles: warm.articles,
    eval_mean_passages: round(warm.meanPassages),
    rounds: ROUNDS,
    start_up_runs: RUNS,
    scale_rounds: SCALE_ROUNDS,
    cold_start_command: 'tsx src/cli/ask.ts --json (one question on stdin), spawn to first output line',
    model_load_command: 'tsx scripts/bench/child-model-load.ts (import transformers.js + pipeline()), spawn to first output line',
    latency_statistic: 'per-question median over rounds, then p50/p95 over questions',
    total_s: round((performance.now() - started) / 1000),
  },
};

if (values.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const pass = (m: boolean | null): string => (m === null ? 'n/a' : m ? 'MET' : 'MISSED');
  const line = (cells: Array<string | number>, widths: number[]): string => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  const out: string[] = [];
  out.push(`Article Q&A bench · node ${process.version} · ${os.cpus().length} CPUs · model ${warm.model}`);
  out.push('');
  out.push(`Warm answers: ${warm.questions} eval questions on ${warm.articles} articles (mean ${round(warm.meanPassages)} passages), ${ROUNDS} rounds side by side`);
  const w1 = [44, 10, 10];
  out.push(line(['', 'p50', 'p95'], w1));
  out.push(line(['answer: engine.ask (embed, retrieve, compose)', ms(warm.answerP50), ms(warm.answerP95)], w1));
  out.push(line(['floor: embed query + one dense scan', ms(warm.floorP50), ms(warm.floorP95)], w1));
  out.push(line(['lexical only: Retriever.search, BM25', ms(warm.lexicalSearchP50), ''], w1));
  out.push(line(['lexical ask: engine.ask {mode: lexical}', ms(warm.lexicalAskP50), ''], w1));
  out.push('  where an answer goes (each stage timed alone, p50):');
  out.push(line(['    analyzeQuestion', ms(warm.stages.analyze), ''], w1));
  out.push(line(['    embed the query', ms(warm.stages.embedQuery), ''], w1));
  out.push(line(['    embed its informative words (soft match)', ms(warm.stages.embedWords), ''], w1));
  out.push(line(['    Retriever.search, hybrid', ms(warm.stages.hybridSearch), ''], w1));
  out.push(line(['    rest: word scan, checks, composition', ms(result.answer_stages_ms_p50.rest_soft_match_scan_checks_composition), ''], w1));
  out.push('');
  out.push(`Start-up: fresh processes, median of ${RUNS} interleaved runs, spawn to first output line`);
  const w2 = [44, 10];
  out.push(line(['model load (tsx + import + pipeline())', ms(start.modelLoadMs)], w2));
  out.push(line(['  of which pipeline() alone', ms(start.modelPipelineMs)], w2));
  out.push(line(['cold start: tsx src/cli/ask.ts, cache warm', ms(start.coldStartMs)], w2));
  out.push(line(['cold start: tsx src/cli/ask.ts, no cache', ms(start.coldStartNoCacheMs)], w2));
  out.push(line(['rss after QAEngine.load (as npm start: compiled, node)', `${round(start.rssMb)} MB`], w2));
  out.push(line(['rss after the first answer', `${round(start.rssAfterAnswerMb)} MB`], w2));
  out.push(line(['rss after QAEngine.load under tsx', `${round(start.rssTsxMb)} MB`], w2));
  out.push(line(['rss of the bare model load under tsx', `${round(start.rssBareModelTsxMb)} MB`], w2));
  out.push(line(['rss of the bare model load, plain node', `${round(start.rssBareModelNodeMb)} MB`], w2));
  out.push('');
  if (rows.length) {
    out.push(`Scale: one synthetic article per size, real QAEngine.create, ${SCALE_ROUNDS} rounds of ${rows[0]!.questions} questions side by side`);
    const w3 = [9, 9, 7, 8, 8, 10, 10, 10, 7, 10, 7];
    out.push(line(['passages', 'index', 'ms/1k', 'attrib.', 'embed', 'answer50', 'answer95', 'floor50', 'ratio', 'lexical50', 'rss MB'], w3));
    const s = (x: number | undefined): string => (x === undefined ? '-' : `${round(x / 1000)} s`);
    for (const r of rows) {
      out.push(
        line(
          [
            r.passages,
            s(r.indexMs),
            round(r.indexMsPer1kPassages),
            s(r.breakdown?.attributionMs),
            s(r.breakdown?.embedPassagesMs),
            ms(r.answerP50),
            ms(r.answerP95),
            ms(r.floorP50),
            `${round(r.answerP50 / r.floorP50)}x`,
            ms(r.lexicalSearchP50),
            round(r.rssIndexedMb),
          ],
          w3,
        ),
      );
    }
    out.push('(index = parseArticle + QAEngine.create, which embeds the passages and the article\'s words; attribution and embedding timed again alone)');
    out.push('');
  }
  out.push('Goals');
  const w4 = [40, 12, 8];
  out.push(line(['answer p50 within 2x floor p50', `${round(goals.answer_within_2x_floor.value)}x`, pass(goals.answer_within_2x_floor.met)], w4));
  out.push(line(['cold start within 1.5x model load', `${round(goals.cold_start_within_1_5x_model_load.value)}x`, pass(goals.cold_start_within_1_5x_model_load.met)], w4));
  out.push(line(['rss under 300 MB', `${round(goals.rss_under_300_mb.value)} MB`, pass(goals.rss_under_300_mb.met)], w4));
  const g4 = goals.answer_100k_under_50_ms;
  out.push(line(['100k passages answered under 50 ms p50', g4.value === null ? '-' : ms(g4.value), pass(g4.met)], w4));
  out.push('');
  out.push(`(${round((performance.now() - started) / 1000)} s in all)`);
  process.stdout.write(`${out.join('\n')}\n`);
}
