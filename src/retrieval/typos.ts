/**
 * Typing slips in a question ("has this kind of thing happend before"): a lower-case word that is neither in the
 * article nor in the English word list, one edit away from a word that is, is read as that word. Without this, the
 * slip counts as a rare name the article never mentions, and the question is refused.
 */
import { wordRank } from './lexicon.js';
import { analyzeQuestion, type Question } from './question.js';
import { americanEnding, stem, STOPWORDS } from './text.js';

/** A correction must be at least this common, unless the article uses it. */
const MAX_RANK = 50_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MAX_LENGTH = 20;
const MAX_TRIES = 8;
/**
 * The word list holds common slips too ("wil", "goin"): a word rarer than this, which the article does not know, is
 * still a slip when one edit turns it into a word at least as common as COMMON_RANK.
 */
const RARE_RANK = 30_000;
const COMMON_RANK = 500;

/** Abbreviations everyday English uses for a thing, with the words they stand for. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['uv', 'ultraviolet'],
  ['tv', 'television'],
  ['icu', 'intensive care'],
  ['pv', 'photovoltaic'],
  ['ev', 'electric vehicle'],
  ['evs', 'electric vehicles'],
  ['gp', 'general practitioner'],
  ['ac', 'air conditioning'],
  ['er', 'emergency room'],
];

/** Short forms people type for common words: "how many yrs has he sold fuel there". */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['yr', 'year'],
  ['yrs', 'years'],
  ['hr', 'hour'],
  ['hrs', 'hours'],
  ['mins', 'minutes'],
  ['wks', 'weeks'],
  ['mths', 'months'],
  ['govt', 'government'],
]);

/**
 * Every string one deletion, transposition, replacement or insertion away; and a doubled letter written on another
 * letter: "dissapear" for "disappear", "tommorow" for "tomorrow".
 */
function edits(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  for (const d of word.matchAll(/(\p{Ll})\1/gu)) {
    const single = word.slice(0, d.index) + word.slice(d.index + 1);
    for (let i = 0; i < single.length; i++) if (i !== d.index && single[i] !== single[i - 1] && single[i] !== single[i + 1] && !/[aeiou]/u.test(single[i]!)) out.add(single.slice(0, i + 1) + single.slice(i));
  }
  out.delete(word);
  return out;
}

/**
 * The word a slip stands for: one the article uses first, else the commonest English word; null if none is close.
 * (`only`: candidates this test accepts, and no others.)
 */
function correction(word: string, articleKnows: (stem: string) => boolean, only?: (word: string) => boolean, articleUses?: (word: string) => boolean, besides?: (word: string) => boolean): string | null {
  let best: { word: string; score: number } | null = null;
  const letters = [...word].sort().join('');
  for (const candidate of edits(word)) {
    if (only && !only(candidate)) continue;
    const rank = wordRank(candidate);
    // (A word the article knows only by a stem cut short, "adness" for its "adding", is no word: "adress" is "address".)
    const known = articleKnows(stem(candidate)) && (rank !== null || stem(candidate).length >= Math.max(4, candidate.length / 2));
    if (rank === null && !known) continue;
    if (!known && rank! > MAX_RANK) continue;
    // (A word of grammar first: "coud" is "could", not the article's "cloud"; but not one that changes the first letter,
    // the one least often slipped: "chese" is the article's "cheese", not "these".)
    // (Nor does a form English lacks, known to the article by its stem alone, stand before a common word: "caled" is
    // "called", not "cased" for the article's "case".)
    const stemOnly = known && rank === null && articleUses !== undefined && !articleUses(candidate);
    // (Among the article's words, one it writes beside the slip's neighbour first: "the turbine operater" is its "turbine
    // operator", not "operated".)
    // (Two letters swapped is the likeliest slip of all: "wiat" is "wait", not the "what" one letter changed would give.)
    const swapped = rank !== null && candidate.length === word.length && [...candidate].sort().join('') === letters;
    const score = swapped ? -2 : STOPWORDS.has(candidate) && candidate[0] === word[0] ? -1 : stemOnly ? 1_000_000 + COMMON_RANK : known && besides?.(candidate) ? 0.5 : (known ? 0 : 1_000_000) + (rank ?? MAX_RANK);
    if (!best || score < best.score) best = { word: candidate, score };
  }
  return best?.word ?? null;
}

/** How rare a word "re" opens must be to be read as its deed done again (GloVe rank: "reopen" is 8,368th). */
const RARE_AGAIN_RANK = 40_000;

/** The question with its slips corrected (the same question when there are none). */
// (`articleUses`, when given, tells whether the article writes this very word: "contracter" shares its stem with the
// article's "contract", yet stands for its "contractor", which the article writes, one letter away.)
// (`articlePairs`, when given, tells whether the article writes two words together, "turbine operator".)
// (`articleNames`, when given, tells whether the article writes a stem only as a name: a lower-case slip is never one,
// "takin" is no "Tekin".)
export function correctTypos(q: Question, articleKnows: (stem: string) => boolean, articleUses?: (word: string) => boolean, articlePairs?: (pair: string) => boolean, articleNames?: (stem: string) => boolean): Question {
  const fixes: Array<{ start: number; end: number; word: string }> = [];
  // A compound written the other way from the article's: "rain water" for its "rainwater", "rainwater" for its "rain
  // water". (Plain lower-case words only; the article must write the one form and not the other.)
  // (Not a possessive: "the ship's owner" is no "shipowner".)
  const plain = (t: { norm: string; text: string; capitalized: boolean; isNumber: boolean }): boolean => !t.capitalized && !t.isNumber && t.text === t.norm && /^\p{Ll}{2,}$/u.test(t.norm) && !STOPWORDS.has(t.norm);
  const compound = new Set<number>();
  for (const [i, t] of articleUses ? q.tokens.entries() : []) {
    const next = q.tokens[i + 1];
    if (compound.has(i) || !plain(t)) continue;
    if (next && plain(next) && /^ $/u.test(q.text.slice(t.end, next.start)) && articleUses!(t.norm + next.norm) && !articlePairs?.(`${t.norm} ${next.norm}`)) {
      fixes.push({ start: t.start, end: next.end, word: t.norm + next.norm });
      compound.add(i).add(i + 1);
      continue;
    }
    if (articleUses!(t.norm) || !articlePairs || t.norm.length < 6 || t.norm.length > MAX_LENGTH) continue;
    // ("who is the harbour coordinator": the article's "co-ordinator", read as "co ordinator".)
    for (let k = t.norm.startsWith('co') ? 2 : 3; k <= t.norm.length - 3; k++) {
      const [a, b] = [t.norm.slice(0, k), t.norm.slice(k)];
      if (!STOPWORDS.has(a) && !STOPWORDS.has(b) && articlePairs(`${a} ${b}`)) {
        fixes.push({ start: t.start, end: t.end, word: `${a} ${b}` });
        compound.add(i);
        break;
      }
    }
  }
  // A word for people of a trade written the other way from the article's: "craftspeople" for its "craftsmen",
  // "fishermen" for its "fisherfolk".
  for (const [i, t] of articleUses ? q.tokens.entries() : []) {
    const trade = /^(\p{Ll}{3,}?)(people|persons|person|folk|men|man|women|woman)$/u.exec(t.norm);
    if (compound.has(i) || !trade || !plain(t) || articleUses!(t.norm)) continue;
    const plural = !/(?:person|man|woman)$/u.test(trade[2]!);
    const word = (plural ? ['men', 'people', 'women', 'folk', 'persons'] : ['man', 'person', 'woman']).map((end) => trade[1] + end).find((w) => w !== t.norm && articleUses!(w));
    if (word) {
      fixes.push({ start: t.start, end: t.end, word });
      compound.add(i);
    }
  }
  // A deed done again, which the article tells by the deed and "again": "rehang the paintings" for its "hang the
  // paintings again". (Only a rare word: "reopen" or "rebuild" asks something of its own.)
  for (const [i, t] of articleUses ? q.tokens.entries() : []) {
    const again = /^re-?(\p{Ll}{3,})$/u.exec(t.norm)?.[1];
    if (compound.has(i) || !again || !plain(t) || (wordRank(t.norm) ?? Infinity) < RARE_AGAIN_RANK || articleUses!(t.norm) || !articleUses!(again)) continue;
    fixes.push({ start: t.start, end: t.end, word: again });
    compound.add(i);
  }
  // An abbreviation the article spells out, or the other way round: "the UV unit" for its "ultraviolet treatment unit".
  for (const [i, t] of articleUses ? q.tokens.entries() : []) {
    if (compound.has(i)) continue;
    const long = SHORT_FORMS.get(t.norm);
    if (long !== undefined && plain(t) && !articleUses!(t.norm)) {
      fixes.push({ start: t.start, end: t.end, word: long });
      compound.add(i);
      continue;
    }
    for (const [short, long] of ABBREVIATIONS) {
      const words = long.split(' ');
      const spelled = q.tokens.slice(i, i + words.length).map((x) => x.norm);
      const usesLong = words.every((w) => articleUses!(w)) && (words.length === 1 || articlePairs?.(words.join(' ')) === true);
      if (t.norm === short && /^\p{Lu}+$/u.test(t.text) && !articleUses!(short) && usesLong) {
        fixes.push({ start: t.start, end: t.end, word: long });
        compound.add(i);
      } else if (spelled.join(' ') === long && articleUses!(short) && !usesLong) {
        fixes.push({ start: t.start, end: q.tokens[i + words.length - 1]!.end, word: short.toUpperCase() });
        for (let k = 0; k < words.length; k++) compound.add(i + k);
      }
    }
  }
  let tries = 0;
  for (const [i, t] of q.tokens.entries()) {
    if (compound.has(i)) continue;
    // ("how long has the Auckland academic been studying Pacfic atolls": a name one slip away from one the article
    // writes, "Pacific", is that name; not a first word, nor a short one: "Bali" is no slip for "Mali".)
    // (Nor a name English lists, unless it is one slip from a name the article writes only as one, in a longer word:
    // "Marrakesh" for the article's "Marrakech".)
    const listed = wordRank(t.norm) !== null;
    if (t.capitalized && i > 0 && articleUses && t.norm.length >= (listed ? 6 : 5) && t.norm.length <= MAX_LENGTH && /^\p{Ll}+$/u.test(t.norm) && !articleKnows(t.stem) && (!listed || articleNames !== undefined) && ++tries <= MAX_TRIES) {
      const word = correction(t.norm, articleKnows, (w) => articleUses(w) && (!listed || articleNames!(stem(w))));
      if (word) fixes.push({ start: t.start, end: t.end, word: word[0]!.toUpperCase() + word.slice(1) });
      continue;
    }
    // Words of ordinary length only, and a few per question: a pasted wall of text must stay cheap.
    if (t.capitalized || t.isNumber || t.norm.length < 3 || t.norm.length > MAX_LENGTH || !/^\p{Ll}+$/u.test(t.norm)) continue;
    const rank = wordRank(t.norm);
    if ((rank !== null && rank <= RARE_RANK) || (rank === null && t.norm.length < 4) || ++tries > MAX_TRIES) continue;
    const knownStem = articleKnows(t.stem);
    let only: ((word: string) => boolean) | undefined;
    if (rank !== null) {
      // (A listed word the article does not know: a slip only for a common word.)
      if (knownStem) continue;
      only = (w) => (wordRank(w) ?? Infinity) <= COMMON_RANK;
    } else if (knownStem) {
      // (A word whose stem the article knows is a slip only for a word the article writes, and English knows.)
      if (!articleUses || articleUses(t.norm)) continue;
      only = (w) => articleUses(w) && wordRank(w) !== null && stem(w) !== t.stem;
    }
    const [before, after] = [q.tokens[i - 1]?.norm, q.tokens[i + 1]?.norm];
    const besides = articlePairs ? (w: string): boolean => (before !== undefined && articlePairs(`${before} ${w}`)) || (after !== undefined && articlePairs(`${w} ${after}`)) : undefined;
    // (A word English knows is no name, though the article writes it only in one: "infrastucture" is the "Ministry of
    // Infrastructure"'s word.)
    const accept = (w: string): boolean => (!articleNames?.(stem(w)) || (wordRank(w) ?? Infinity) <= RARE_RANK) && (only?.(w) ?? true);
    // (A British spelling is the American one English lists, not another word one letter away: "nationalise" is
    // "nationalize", not the article's "Nationalist".)
    const american = americanEnding(t.norm);
    const word = rank === null && american !== t.norm && wordRank(american) !== null ? american : correction(t.norm, articleKnows, accept, articleUses, besides);
    if (word) fixes.push({ start: t.start, end: t.end, word });
  }
  if (fixes.length === 0) return q;
  let text = q.text;
  for (const f of fixes.sort((x, y) => y.start - x.start)) text = text.slice(0, f.start) + f.word + text.slice(f.end);
  return { ...analyzeQuestion(text), raw: q.raw, truncated: q.truncated };
}
