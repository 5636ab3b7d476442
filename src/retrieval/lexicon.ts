/**
 * How informative a word is, from its rank in English text. The ranks come from
 * the built-in model's vocabulary (GloVe 6B words in corpus-frequency order;
 * models/article-qa/glove-sif-100d/tokenizer.json), which ships with the repo
 * whichever EMBEDDING_MODEL is in use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VOCAB = 'models/article-qa/glove-sif-100d/tokenizer.json';

/** The repository's copy of the vocabulary, found upwards from this file (src/ when run with tsx, dist/src/ when compiled). */
function vocabFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, VOCAB);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve(VOCAB);
}

let ranks: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (ranks) return ranks;
  ranks = new Map();
  try {
    const json = JSON.parse(readFileSync(vocabFile(), 'utf8')) as { model: { vocab: Record<string, number> } };
    for (const [word, id] of Object.entries(json.model.vocab)) if (id >= 2) ranks.set(word, id - 1);
  } catch {
    // Without the list every word counts as informative: coarser, still correct.
  }
  return ranks;
}

/** 1-based frequency rank of a normalised word, or null if it is rare (not in the list). */
export function wordRank(norm: string): number | null {
  return load().get(norm) ?? null;
}

/**
 * Weight in (0, 1]: about 0.15 for the commonest words, 1 for rare ones and
 * for words not in the list (names, numbers).
 */
export function informativeness(norm: string): number {
  const r = wordRank(norm);
  if (r === null) return 1;
  return Math.min(1, Math.max(0.15, Math.log(r + 1) / Math.log(60_000)));
}
