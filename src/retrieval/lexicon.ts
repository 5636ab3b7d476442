/**
 * How informative a word is, from its rank in English text, and which words
 * mean nearly the same (WordNet). The ranks come from
 * the built-in model's vocabulary (GloVe 6B words in corpus-frequency order;
 * models/article-qa/glove-sif-100d/tokenizer.json), which ships with the repo
 * whichever EMBEDDING_MODEL is in use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VOCAB = 'models/article-qa/glove-sif-100d/tokenizer.json';
const RELATED = 'models/article-qa/wordnet-related.json';
const OPPOSITES = 'models/article-qa/wordnet-opposites.json';

/** A file of the repository, found upwards from this one (src/ when run with tsx, dist/src/ when compiled). */
function repoFile(relative: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve(relative);
}

let ranks: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (ranks) return ranks;
  ranks = new Map();
  try {
    const json = JSON.parse(readFileSync(repoFile(VOCAB), 'utf8')) as { model: { vocab: Record<string, number> } };
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

let related: Map<string, readonly string[]> | null = null;

/**
 * Stems of words WordNet gives as synonyms or (for the commonest sense) the next
 * more general word, for a stem or a phrasal verb ("lock up"): built by
 * scripts/build-lexicon.ts into models/article-qa/wordnet-related.json. Empty
 * if the file is missing: matching is then by word vectors alone.
 */
export function relatedWords(key: string): readonly string[] {
  if (!related) {
    related = new Map();
    try {
      const json = JSON.parse(readFileSync(repoFile(RELATED), 'utf8')) as { related: Record<string, string[]> };
      for (const [k, words] of Object.entries(json.related)) related.set(k, words);
    } catch {
      // Without the table, soft matching uses word vectors only.
    }
  }
  return related.get(key) ?? [];
}

let opposites: Map<string, ReadonlySet<string>> | null = null;

/**
 * Stems of the words WordNet gives as a stem's antonyms ("close" -> "open", "rise" -> "fall"): built by
 * scripts/build-lexicon.ts into models/article-qa/wordnet-opposites.json. Word vectors put such words side by side,
 * since they stand in the same places; they never stand in for each other. Empty if the file is missing.
 */
export function oppositeWords(key: string): ReadonlySet<string> {
  if (!opposites) {
    opposites = new Map();
    try {
      const json = JSON.parse(readFileSync(repoFile(OPPOSITES), 'utf8')) as { opposites: Record<string, string[]> };
      for (const [k, words] of Object.entries(json.opposites)) opposites.set(k, new Set(words));
    } catch {
      // Without the table, an antonym may be taken for a stand-in, as word vectors alone would.
    }
  }
  return opposites.get(key) ?? NONE;
}

const NONE: ReadonlySet<string> = new Set();
