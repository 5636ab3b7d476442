/**
 * Word-level text handling shared by lexical retrieval, question analysis and
 * answer extraction: tokens with offsets, normalisation, stems, stop words.
 */
import { stemmer } from 'stemmer';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lowercase, no accents, no possessive, digits without separators ("3,500" -> "3500"). */
  norm: string;
  /** Porter stem of norm (numbers unchanged). */
  stem: string;
  start: number;
  end: number;
  isNumber: boolean;
  /** Starts with a capital letter. */
  capitalized: boolean;
}

const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Letters that carry no accent to strip, as people type them on an English keyboard: "Guðrún" is "gudrun". */
const FOLDED: Record<string, string> = { ð: 'd', þ: 'th', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', ß: 'ss', đ: 'd', ı: 'i' };

export function normalizeWord(word: string): string {
  let w = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ðþæøœłßđı]/gu, (c) => FOLDED[c]!);
  w = w.replace(/['’]s$/u, '').replace(/['’]/gu, "'");
  if (/^\p{N}/u.test(w)) w = w.replace(/,/gu, '');
  return w;
}

/** Irregular forms the Porter stemmer cannot join to their base ("struck" -> strike). */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  `struck:strike said:say says:say told:tell went:go gone:go came:come took:take taken:take made:make began:begin begun:begin
  fell:fall fallen:fall rose:rise risen:rise left:leave got:get gave:give given:give held:hold brought:bring bought:buy
  sold:sell paid:pay spent:spend met:meet saw:see seen:see spoke:speak spoken:speak wrote:write written:write won:win
  lost:lose led:lead fled:flee fought:fight thought:think sent:send built:build hit:hit cut:cut shot:shoot stood:stand
  kept:keep knew:know known:know grew:grow grown:grow drove:drive driven:drive ran:run fed:feed dealt:deal meant:mean
  found:find stole:steal stolen:steal hid:hide hidden:hide caught:catch threw:throw thrown:throw broke:break broken:break
  chose:choose chosen:choose sank:sink sunk:sink sought:seek taught:teach froze:freeze frozen:freeze flew:fly flown:fly
  blew:blow blown:blow drew:draw drawn:draw hung:hang wore:wear worn:wear tore:tear torn:tear swore:swear sworn:swear
  withdrew:withdraw withdrawn:withdraw rode:ride ridden:ride rang:ring woke:wake woken:wake arose:arise arisen:arise
  dug:dig slept:sleep felt:feel heard:hear sat:sit stuck:stick shook:shake shaken:shake forgot:forget forgotten:forget
  understood:understand upheld:uphold overtook:overtake overtaken:overtake undertook:undertake undertaken:undertake
  died:die dies:die dying:die lying:lie tied:tie ties:tie killed:kill children:child men:man women:woman people:person childrens:child womens:woman mens:man`
    .split(/\s+/u)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * British spellings in the American form, so a reader's spelling finds the article's ("labour ministry" for "Ministry
 * of Employment and Labor", "centre" for "center"): -our words, -re words and a few others, with their endings.
 */
function americanSpelling(w: string): string {
  return w
    .replace(/^(lab|col|fav|hon|hum|rum|vap|harb|neighb|behavi|endeav|flav|savi|arm|clam|parl|rig|splend|tum|val|vig|od|ard)our(?=s?$|ed$|ing$|ers?$|ite|able|ably|ful|hood|less|y$)/u, '$1or')
    .replace(/^(cent|met|theat|lit|fib|calib|lust|sab|somb|meag)re(s?|d)$/u, '$1er$2')
    .replace(/^(defen|offen|preten)ce(s?)$/u, '$1se$2')
    .replace(/^programme(s?)$/u, 'program$1')
    .replace(/^(trave|cance|labe|mode|fue|signa|channe|quarre|tota|dia)ll(ed|ing|er|ers)$/u, '$1l$2')
    .replace(/^(p|an)ae/u, '$1e')
    .replace(/^tyre(s?)$/u, 'tire$1')
    .replace(/^grey$/u, 'gray');
}

/**
 * Any British ending in its American form: "nationalise" -> "nationalize", "colour" -> "color", "spectre" -> "specter".
 * Unlike `americanSpelling`, which the stemmer applies to every word and so rewrites only listed words, this one may
 * make a word that is none ("rise" -> "rize"): callers keep it only where English lists the result.
 */
export function americanEnding(word: string): string {
  return word.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1').replace(/our(s|ed|ing)?$/u, 'or$1').replace(/tre(s)?$/u, 'ter$1');
}

/** A noun's singular, by its ending only ("companies" -> company, "arbitrators" -> arbitrator): no stemming. */
export function singular(norm: string): string {
  return norm.replace(/ies$/u, 'y').replace(/(ch|sh|ss|x)es$/u, '$1').replace(/(?<!s)s$/u, '');
}

const stemCache = new Map<string, string>();
export function stem(norm: string): string {
  if (/^\p{N}/u.test(norm)) return norm;
  let s = stemCache.get(norm);
  if (s === undefined) {
    // ("employers" are no "employment": the stemmer makes both "employ".)
    s = norm === 'employer' || norm === 'employers' ? 'employer' : stemmer(IRREGULAR[norm] ?? americanSpelling(norm));
    // Bounded in entries and in size: a flood of distinct giant "words" must not grow memory.
    if (stemCache.size < 200_000 && norm.length <= 40) stemCache.set(norm, s);
  }
  return s;
}

/**
 * Recent tokenisations: answer composition looks at the same few sentences many
 * times per question. Callers treat the arrays as read-only.
 */
const tokenCache = new Map<string, Token[]>();
const TOKEN_CACHE_ENTRIES = 4000;

export function tokenize(text: string): readonly Token[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const tokens = tokenizeUncached(text);
  if (text.length <= 2000) {
    if (tokenCache.size >= TOKEN_CACHE_ENTRIES) tokenCache.delete(tokenCache.keys().next().value!);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** A month written short before its day, "Jan. 1", "Nov 14": the month itself. */
const MONTH_SHORT: Readonly<Record<string, string>> = { jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december' };

function tokenizeUncached(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const short = /^\p{Lu}\p{Ll}{2,3}$/u.test(m[0]) && /^\.?\s+\d/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) ? MONTH_SHORT[m[0].toLowerCase()] : undefined;
    const norm = short ?? normalizeWord(m[0]);
    if (!norm) continue;
    const isNumber = /^\p{N}/u.test(norm);
    out.push({
      text: m[0],
      norm,
      stem: stem(norm),
      start: m.index,
      end: m.index + m[0].length,
      isNumber,
      capitalized: /^\p{Lu}/u.test(m[0]),
    });
  }
  return out;
}

export const STOPWORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by
  can cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't
  have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into
  is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours
  ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs
  them themselves then there there's these they they'd they'll they're they've this those through to too under until up very
  was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's
  with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also just any many much whose
  tell me please article story text report according mention mentioned mentions write wrote written will shall may might
  must one ones thing things really actually exactly currently right now anything something everything get got gets getting
  anyone anybody someone somebody everyone everybody`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Verbs of speaking, by stem: they mark statements and carry little topic. */
export const SPEECH_STEMS = new Set(
  [
    'say', 'said', 'tell', 'told', 'add', 'note', 'stress', 'warn', 'insist', 'deni', 'deny', 'argu', 'claim', 'state',
    'announc', 'explain', 'assert', 'suggest', 'acknowledg', 'admit', 'confirm', 'declar', 'emphas', 'emphasis', 'urg',
    'repli', 'respond', 'comment', 'predict', 'promis', 'vow', 'pledg', 'reiter', 'maintain', 'conclud', 'complain',
    'describ', 'call', 'ask', 'demand', 'accus', 'threaten', 'think', 'believ', 'want', 'speak', 'spoke', 'remark',
    'quot', 'statement', 'word', 'reckon', 'blame', 'reject', 'dismiss', 'joke', 'testifi',
  ].map((s) => stem(s)),
);

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** An acronym in capitals that spells a common word ("WHO", "US"): a name, not that word. */
export function spellsCommonWord(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text) && STOPWORDS.has(normalizeWord(text));
}

/** Content tokens: not stop words, not one-letter words. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !STOPWORDS.has(t.norm) && (t.norm.length > 1 || t.isNumber));
}
