/**
 * Hybrid retrieval over passages: BM25 (lexical) and cosine similarity of
 * embeddings (dense), each scored on the sentence and on its paragraph, fused
 * by a normalised blend (or reciprocal rank fusion), with a small bonus for
 * sentences that hold the kind of answer the question wants.
 *
 * The index is plain arrays: BM25 postings per stem and one flat Float32Array
 * of unit vectors, so a query costs one pass over the vectors.
 */
import type { Passage, PassageTag } from '../passages/index.js';
import { articleExpansion, NO_EXPANSION, type Expansion } from './expansion.js';
import type { Question, QuestionKind, Term } from './question.js';
import { contentTokens, STOPWORDS, tokenize } from './text.js';

export { analyzeQuestion, ASKS_FREQUENCY, ASKS_SPAN, cleanText, MAX_QUESTION_CHARS, LONG_LIST, LONG_THING, HEDGE_BEFORE_WHAT, PREPOSITION_BEFORE_WHAT, type Question, type QuestionKind, type Term } from './question.js';
export { correctTypos } from './typos.js';
export { tokenize, contentTokens, STOPWORDS, SPEECH_STEMS, type Token } from './text.js';
export { informativeness } from './lexicon.js';

export type RetrievalMode = 'hybrid' | 'dense' | 'lexical';
export type Fusion = 'blend' | 'rrf';

export interface RetrievalOptions {
  mode?: RetrievalMode;
  fusion?: Fusion;
  limit?: number;
  /** Only passages for which this returns true. */
  filter?: (p: Passage) => boolean;
}

export interface Hit {
  passage: Passage;
  /** Fused score used for ranking (comparable within one query only). */
  score: number;
  /** BM25 of sentence + paragraph context. */
  lexical: number;
  /** Cosine of sentence + paragraph context, as a blend. */
  dense: number;
  /** Cosine of the sentence alone, in [-1, 1]. */
  cosine: number;
  /** Share of the question's topic weight found in the sentence or its paragraph, in [0, 1]. */
  coverage: number;
}

/** Weight of the paragraph relative to the sentence. */
const CONTEXT = 0.35;
/** Weight of lexical evidence in the blend. */
const LEXICAL_SHARE = 0.65;
/** Weight of an expanded term ("French" for "France"). */
const RELATED_WEIGHT = 0.6;
const K1 = 1.2;
const B = 0.75;
const RRF_K = 10;
/**
 * Hybrid hits are re-ranked by how much of the question's topic each one holds (sentence, or paragraph at a
 * discount): BM25 rewards one rare word said often, but the answer usually has all of the question's words.
 * Weight and candidate count fitted on the examined question sets (+5 of 1,633 answers right); the blind sets
 * gained 3 of 384.
 */
const COVERAGE_WEIGHT = 0.6;
const RERANK_CANDIDATES = 40;
/**
 * Re-ranked hits of a who-said question also gain for each pair of its words that stands side by side in a quotation,
 * stop words aside ("Who described the old mill as a graveyard of machines?"): a phrase quoted back finds its sentence
 * over one that holds the same words apart.
 */
const PHRASE_WEIGHT = 0.5;

const BONUS: Partial<Record<QuestionKind, { tag: PassageTag; bonus: number }>> = {
  'how-many': { tag: 'number', bonus: 0.15 },
  when: { tag: 'date', bonus: 0.15 },
  where: { tag: 'place', bonus: 0.1 },
  'who-said': { tag: 'statement', bonus: 0.15 },
  'what-said': { tag: 'statement', bonus: 0.1 },
  who: { tag: 'person', bonus: 0.08 },
  why: { tag: 'cause', bonus: 0.1 },
  role: { tag: 'person', bonus: 0.05 },
};

interface TermVariants {
  weight: number;
  variants: Array<[stem: string, factor: number]>;
}

interface Postings {
  docs: Int32Array;
  tfs: Float64Array;
}

interface Bm25Index {
  postings: Map<string, Postings>;
  lengths: Float64Array;
  avgLength: number;
  /** Per document, the length part of BM25's denominator: K1 * (1 - B + B * length / avgLength). */
  lengthNorm: Float64Array;
}

function bm25Index(docs: string[][]): Bm25Index {
  const postings = new Map<string, Array<[number, number]>>();
  const lengths = new Float64Array(docs.length);
  docs.forEach((stems, d) => {
    lengths[d] = stems.length;
    const tf = new Map<string, number>();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    for (const [s, n] of tf) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push([d, n]);
    }
  });
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length) || 1;
  const lengthNorm = lengths.map((length) => K1 * (1 - B + (B * length) / avgLength));
  // Typed arrays: one tight loop per query term, with no tuple per posting.
  const packed = new Map<string, Postings>();
  for (const [s, list] of postings) packed.set(s, { docs: Int32Array.from(list, (p) => p[0]), tfs: Float64Array.from(list, (p) => p[1]) });
  return { postings: packed, lengths, avgLength, lengthNorm };
}

function bm25Scores(index: Bm25Index, terms: Array<{ stem: string; weight: number }>, out: Float64Array): void {
  const n = index.lengths.length;
  for (const { stem, weight } of terms) {
    const list = index.postings.get(stem);
    if (!list) continue;
    const { docs, tfs } = list;
    const idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
    for (let j = 0; j < docs.length; j++) {
      const d = docs[j]!;
      const tf = tfs[j]!;
      const norm = tf + index.lengthNorm[d]!;
      out[d]! += weight * idf * ((tf * (K1 + 1)) / norm);
    }
  }
}

/**
 * Dot products of `query` with each of `rows` vectors of `dim` floats stored one
 * after another in `matrix`, into `out`. Every sum runs over the dimensions in
 * order, exactly as the plain loop would (so the results are bit-identical); rows
 * are taken four at a time so the processor can overlap their sums.
 */
export function dotProducts(matrix: Float32Array, rows: number, dim: number, query: Float32Array, out: Float64Array): Float64Array {
  let i = 0;
  for (; i + 4 <= rows; i += 4) {
    const o0 = i * dim;
    const o1 = o0 + dim;
    const o2 = o1 + dim;
    const o3 = o2 + dim;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let d = 0; d < dim; d++) {
      const q = query[d]!;
      s0 += matrix[o0 + d]! * q;
      s1 += matrix[o1 + d]! * q;
      s2 += matrix[o2 + d]! * q;
      s3 += matrix[o3 + d]! * q;
    }
    out[i] = s0;
    out[i + 1] = s1;
    out[i + 2] = s2;
    out[i + 3] = s3;
  }
  for (; i < rows; i++) {
    const off = i * dim;
    let s = 0;
    for (let d = 0; d < dim; d++) s += matrix[off + d]! * query[d]!;
    out[i] = s;
  }
  return out;
}

/** The adjective a place name makes, as stems: "valencia" -> "valencian", "nepal" -> "nepali", "nepales". */
function adjectivesOf(stem: string): string[] {
  if (stem.length < 4 || /\d/u.test(stem)) return [];
  return [`${stem}n`, `${stem}an`, `${stem}ian`, `${stem}i`, `${stem}es`, `${stem.replace(/[ae]$/u, '')}ian`, `${stem.replace(/e$/u, '')}ean`];
}

function indexStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t.norm))
    .map((t) => t.stem);
}

interface PhrasePairs {
  /** "graveyard machin": two stems of the question next to each other, stop words aside, with the smaller weight. */
  pairs: Map<string, number>;
  total: number;
}

function phrasePairs(question: Question): PhrasePairs {
  const weights = new Map(question.terms.map((t) => [t.stem, t.weight]));
  const pairs = new Map<string, number>();
  const words = contentTokens(question.tokens);
  for (let i = 1; i < words.length; i++) {
    const a = weights.get(words[i - 1]!.stem);
    const b = weights.get(words[i]!.stem);
    if (a !== undefined && b !== undefined) pairs.set(`${words[i - 1]!.stem} ${words[i]!.stem}`, Math.min(a, b));
  }
  let total = 0;
  for (const t of question.terms) total += t.weight;
  return { pairs, total };
}

/** Share of the question's weight in word pairs that a sentence holds side by side inside a quotation. */
function phraseShare({ pairs, total }: PhrasePairs, sentence: string): number {
  if (pairs.size === 0 || total === 0) return 0;
  const quoted = [...sentence.matchAll(/[“"]([^“”"]+)[”"]?/gu)].map((m) => m[1]!).join(' | ');
  const words = contentTokens(tokenize(quoted));
  let found = 0;
  const seen = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const key = `${words[i - 1]!.stem} ${words[i]!.stem}`;
    const w = pairs.get(key);
    if (w !== undefined && !seen.has(key)) {
      seen.add(key);
      found += w;
    }
  }
  return found / total;
}

export class Retriever {
  readonly passages: readonly Passage[];
  readonly dimensions: number;
  private readonly vectors: Float32Array;
  private readonly groupVectors: Float32Array;
  private readonly groupOf: Int32Array;
  private readonly sentenceIndex: Bm25Index;
  private readonly groupIndex: Bm25Index;
  private readonly sentenceStems: Array<Set<string>>;
  private readonly groupStems: Array<Set<string>>;
  private readonly expansion: Expansion;
  /** Per tag, 1 for the passages that have it (passages do not change once indexed). */
  private readonly tagMasks = new Map<PassageTag, Uint8Array>();

  /**
   * @param passages the passages, in reading order
   * @param vectors one unit vector per passage (same order), from the embedder
   */
  constructor(passages: readonly Passage[], vectors: readonly Float32Array[], options: { expand?: boolean } = {}) {
    if (passages.length !== vectors.length) throw new Error('one vector per passage is required');
    this.passages = passages;
    this.dimensions = vectors[0]?.length ?? 0;
    const dim = this.dimensions;
    this.vectors = new Float32Array(passages.length * dim);
    vectors.forEach((v, i) => this.vectors.set(v, i * dim));

    // Paragraph groups, numbered densely in order of appearance.
    const groupIds = new Map<number, number>();
    this.groupOf = new Int32Array(passages.length);
    passages.forEach((p, i) => {
      let g = groupIds.get(p.group);
      if (g === undefined) groupIds.set(p.group, (g = groupIds.size));
      this.groupOf[i] = g;
    });
    const groups = groupIds.size;

    // A passage's words and its extra words (no token spans the space that joins them). The same
    // extra words (a speaker's names) come back for every statement: their stems are found once.
    const extraStems = new Map<string, string[]>();
    const stemsOfExtra = (extra: string): string[] => {
      let found = extraStems.get(extra);
      if (!found) extraStems.set(extra, (found = indexStems(extra)));
      return found;
    };
    const stems = passages.map((p) => [indexStems(p.text), ...p.extra.map(stemsOfExtra)].flat());
    this.sentenceStems = stems.map((s) => new Set(s));
    const groupDocs: string[][] = Array.from({ length: groups }, () => []);
    stems.forEach((s, i) => groupDocs[this.groupOf[i]!]!.push(...s));
    this.groupStems = groupDocs.map((s) => new Set(s));
    this.sentenceIndex = bm25Index(stems);
    this.groupIndex = bm25Index(groupDocs);

    // Paragraph vector: normalised mean of its sentence vectors.
    this.groupVectors = new Float32Array(groups * dim);
    passages.forEach((_, i) => {
      const g = this.groupOf[i]!;
      for (let d = 0; d < dim; d++) this.groupVectors[g * dim + d]! += this.vectors[i * dim + d]!;
    });
    for (let g = 0; g < groups; g++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += this.groupVectors[g * dim + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) this.groupVectors[g * dim + d]! /= norm;
    }
    this.expansion = options.expand === false ? NO_EXPANSION : articleExpansion(passages.map((p) => p.text));
  }

  /** Words that stand in for a term, with how much they count: itself, related words, soft matches. */
  private variants(t: Term): Array<[stem: string, factor: number]> {
    const out = new Map<string, number>([[t.stem, 1]]);
    for (const r of this.expansion.related(t.stem)) if (!out.has(r)) out.set(r, RELATED_WEIGHT);
    for (const a of t.alternatives ?? []) out.set(a.stem, Math.max(out.get(a.stem) ?? 0, a.similarity * RELATED_WEIGHT));
    return [...out];
  }

  /** Each term's weight and variants (found once per search: coverage needs them for every hit). */
  private termVariants(terms: readonly Term[]): TermVariants[] {
    return terms.map((t) => ({ weight: t.weight, variants: this.variants(t) }));
  }

  /** The question's terms plus related ones, with weights. */
  private weightedTerms(terms: readonly TermVariants[]): Array<{ stem: string; weight: number }> {
    const out = new Map<string, number>();
    for (const t of terms) {
      for (const [stem, factor] of t.variants) out.set(stem, Math.max(out.get(stem) ?? 0, t.weight * factor));
    }
    return [...out].map(([stem, weight]) => ({ stem, weight }));
  }

  /** Share of the question's topic weight present in a passage or its paragraph. */
  coverage(terms: readonly Term[], passageId: number): number {
    return this.coverageOf(this.termVariants(terms), passageId);
  }

  private coverageOf(terms: readonly TermVariants[], passageId: number): number {
    let total = 0;
    let found = 0;
    const sentence = this.sentenceStems[passageId]!;
    const group = this.groupStems[this.groupOf[passageId]!]!;
    for (const t of terms) {
      total += t.weight;
      let best = 0;
      for (const [stem, factor] of t.variants) {
        if (sentence.has(stem)) best = Math.max(best, factor === 1 ? 1 : factor + 0.2);
        else if (group.has(stem)) best = Math.max(best, 0.85 * factor);
      }
      found += t.weight * Math.min(1, best);
    }
    return total > 0 ? found / total : 0;
  }

  /** Whether any passage contains this stem (or a related one). */
  knows(stem: string): boolean {
    if (this.sentenceIndex.postings.has(stem)) return true;
    for (const r of this.expansion.related(stem)) if (this.sentenceIndex.postings.has(r)) return true;
    return false;
  }

  /** How many passages (sentences) hold this stem: how rare a word is in the article. */
  passagesWith(stem: string): number {
    return this.sentenceIndex.postings.get(stem)?.docs.length ?? 0;
  }

  /** Stems related to a stem by expansion ("killed" ~ "assassinated", "French" ~ "France", acronyms). */
  related(stem: string): Iterable<string> {
    return this.expansion.related(stem);
  }

  /** Whether a passage's paragraph contains every one of these stems (or a related word, or a name's adjective). */
  paragraphHas(passageId: number, stems: readonly string[]): boolean {
    const group = this.groupStems[this.groupOf[passageId]!]!;
    return stems.every((s) => group.has(s) || [...this.expansion.related(s)].some((r) => group.has(r)) || adjectivesOf(s).some((a) => group.has(a)));
  }

  /** Every distinct indexed word stem (for soft matching). */
  vocabulary(): string[] {
    return [...this.sentenceIndex.postings.keys()];
  }

  /** Cosine similarity between the query vector and every passage (sentence alone). */
  private cosines(query: Float32Array): Float32Array {
    const n = this.passages.length;
    const dots = dotProducts(this.vectors, n, this.dimensions, query, new Float64Array(n));
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = dots[i]!;
    return out;
  }

  private tagMask(tag: PassageTag): Uint8Array {
    let mask = this.tagMasks.get(tag);
    if (!mask) {
      mask = Uint8Array.from(this.passages, (p) => (p.tags.has(tag) ? 1 : 0));
      this.tagMasks.set(tag, mask);
    }
    return mask;
  }

  search(question: Question, queryVector: Float32Array | null, options: RetrievalOptions = {}): Hit[] {
    const mode = options.mode ?? 'hybrid';
    const fusion = options.fusion ?? 'blend';
    const limit = options.limit ?? 10;
    const n = this.passages.length;
    const dim = this.dimensions;
    const variants = this.termVariants(question.terms);
    const terms = this.weightedTerms(variants);

    const lexical = new Float64Array(n);
    if (mode !== 'dense') {
      const sentence = new Float64Array(n);
      const group = new Float64Array(this.groupStems.length);
      bm25Scores(this.sentenceIndex, terms, sentence);
      bm25Scores(this.groupIndex, terms, group);
      for (let i = 0; i < n; i++) lexical[i] = sentence[i]! + CONTEXT * group[this.groupOf[i]!]!;
    }

    const cosine = queryVector && dim > 0 ? this.cosines(queryVector) : new Float32Array(n);
    const dense = new Float64Array(n);
    if (mode !== 'lexical' && queryVector && dim > 0) {
      const groups = this.groupStems.length;
      const groupCos = dotProducts(this.groupVectors, groups, dim, queryVector, new Float64Array(groups));
      for (let i = 0; i < n; i++) dense[i] = (cosine[i]! + CONTEXT * groupCos[this.groupOf[i]!]!) / (1 + CONTEXT);
    }

    const bonus = BONUS[question.kind];
    const allowed = options.filter;
    const fused = new Float64Array(n);
    if (fusion === 'rrf' && mode === 'hybrid') {
      const rank = (scores: Float64Array): Float64Array => {
        const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
        const r = new Float64Array(n);
        order.forEach((doc, i) => (r[doc] = 1 / (RRF_K + i + 1)));
        return r;
      };
      const rl = rank(lexical);
      const rd = rank(dense);
      for (let i = 0; i < n; i++) fused[i] = (rl[i]! + rd[i]!) * RRF_K;
    } else {
      let maxL = 0;
      let maxD = -Infinity;
      let minD = Infinity;
      for (let i = 0; i < n; i++) {
        if (lexical[i]! > maxL) maxL = lexical[i]!;
        if (dense[i]! > maxD) maxD = dense[i]!;
        if (dense[i]! < minD) minD = dense[i]!;
      }
      const spanD = maxD - minD || 1;
      const wl = mode === 'lexical' ? 1 : mode === 'dense' ? 0 : LEXICAL_SHARE;
      for (let i = 0; i < n; i++) {
        const l = maxL > 0 ? lexical[i]! / maxL : 0;
        const d = (dense[i]! - minD) / spanD;
        fused[i] = wl * l + (1 - wl) * d;
      }
    }
    if (bonus) {
      const mask = this.tagMask(bonus.tag);
      for (let i = 0; i < n; i++) if (mask[i]) fused[i]! += bonus.bonus;
    }

    // Candidates: the top by fused score (a simple bounded insertion; the count is small).
    const candidates = mode === 'hybrid' ? Math.max(limit, RERANK_CANDIDATES) : limit;
    const top: number[] = [];
    for (let i = 0; i < n; i++) {
      if (allowed && !allowed(this.passages[i]!)) continue;
      if (top.length === candidates && fused[i]! <= fused[top[top.length - 1]!]!) continue;
      let at = top.length;
      while (at > 0 && fused[top[at - 1]!]! < fused[i]!) at--;
      top.splice(at, 0, i);
      if (top.length > candidates) top.pop();
    }
    const hits = top.map((i) => ({
      passage: this.passages[i]!,
      score: fused[i]!,
      lexical: lexical[i]!,
      dense: dense[i]!,
      cosine: cosine[i]!,
      coverage: this.coverageOf(variants, i),
    }));
    if (mode !== 'hybrid') return hits;
    const pairs = question.kind === 'who-said' ? phrasePairs(question) : null;
    for (const h of hits) h.score += COVERAGE_WEIGHT * h.coverage + (pairs ? PHRASE_WEIGHT * phraseShare(pairs, h.passage.text) : 0);
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
