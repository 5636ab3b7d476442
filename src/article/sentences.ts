/**
 * Sentence splitting with character offsets.
 *
 * Survives abbreviations (Gen., Dr., U.S., Dec. 31), numbers (2,500; 3.5),
 * initials, curly and straight quotes, and quotations that hold several
 * sentences: a quotation that closes within its paragraph is never split, so
 * `“No foreign forces. Not Turkish forces,” Amiri said.` stays one sentence.
 */

/** Abbreviations that never end a sentence when followed by more text. */
const TITLES = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'cdr', 'cpl', 'gov', 'sen', 'coun', 'cllr',
    'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'st', 'ste', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'etc', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'bros', 'dept', 'univ', 'est', 'fig', 'vol', 'al',
    // (Currencies before a sum: "from Rs. 1.9 million", "Ksh. 200", "Rp. 5,000".)
    'rs', 'rp', 'ksh', 'shs', 'tk',
  ],
);

/** Words that, after an ambiguous abbreviation such as "U.S.", signal a new sentence. */
const SENTENCE_STARTERS = new Set(
  [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
    'but', 'and', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'his', 'her', 'its', 'their', 'our',
    'however', 'meanwhile', 'yet', 'so', 'if', 'as',
  ],
);

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Ranges of double-quoted text that open and close within `text`. Straight
 * quotes toggle; an unclosed quotation yields no range (it usually continues
 * into the next paragraph, and its sentences may be split).
 */
export function quotedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let open = -1;
  let openKind: 'curly' | 'straight' | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (open < 0) {
        open = i;
        openKind = 'straight';
      } else if (openKind === 'straight') {
        ranges.push({ start: open, end: i + 1 });
        open = -1;
        openKind = null;
      }
    } else if (OPEN_DOUBLE.has(ch)) {
      if (open < 0) {
        open = i;
        openKind = 'curly';
      } else if (openKind === 'curly') {
        // A second opener before a closer: the first quotation never closed.
        open = i;
      }
    } else if (CLOSE_DOUBLE.has(ch) && open >= 0 && openKind === 'curly') {
      ranges.push({ start: open, end: i + 1 });
      open = -1;
      openKind = null;
    }
  }
  return ranges;
}

function inside(ranges: TextRange[], pos: number): boolean {
  return ranges.some((r) => pos > r.start && pos < r.end - 1);
}

/** The word (letters and dots) that ends just before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^[“"‘'(\[]*([\p{L}\p{N}]+)/u.exec(text.slice(from));
  return m ? m[1]! : '';
}

/** A short clause that only says who spoke: "Jenkins said.", "she asked.", "Zonzini warned.", "Mayor Ana Ruiz told reporters." */
const ATTRIBUTION_AFTER =
  /^(?:(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:said|says|asked|asks|added|adds|wrote|writes|shouted|replied|wondered|warned|warns|argued|argues|insisted|insists|noted|explained|admitted|complained|demanded|countered|responded|cautioned|conceded|recalled|remarked|exclaimed|told\s+[^.!?]{1,40}?)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|later))?\.(?:\s|$)/u;

function isBoundary(text: string, punct: number, next: number, quotes: TextRange[]): boolean {
  // "“Always.” She left.": a stop right before a closing mark ends the sentence with the quotation.
  const closesQuote = quotes.some((r) => r.end - 1 > punct && /^[.!?…]*[”"’'»]$/u.test(text.slice(punct + 1, r.end)) && r.end <= next);
  if (inside(quotes, punct) && !closesQuote) return false;
  // "“Why should people in Trefeglwys?” Jenkins said.": a question or an exclamation quoted, then who said it, is one
  // sentence.
  if (closesQuote && text[punct] !== '.' && ATTRIBUTION_AFTER.test(text.slice(next, next + 120))) return false;
  const after = text[next];
  if (after === undefined) return false;
  // A new sentence starts with a capital, a digit or an opening quote/bracket.
  if (!/[\p{Lu}\p{N}“"‘'(\[«„]/u.test(after)) return false;
  if (text[punct] !== '.') return true;
  const word = wordBefore(text, punct);
  const bare = word.replace(/\./g, '').toLowerCase();
  if (bare === '') return true;
  if (TITLES.has(bare) && !word.includes('.')) {
    // "Gen. Soleimani", "Dec. 31": an abbreviation, unless a plain sentence starter follows ("...and Co. The").
    return SENTENCE_STARTERS.has(nextWord(text, next).toLowerCase()) && !['mr', 'mrs', 'ms', 'dr', 'gen', 'st', 'ste'].includes(bare);
  }
  // Initials and dotted abbreviations: "J. Smith", "U.S. forces", "the U.N. The next day".
  if (/^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}?$/u.test(word)) {
    return SENTENCE_STARTERS.has(nextWord(text, next).toLowerCase());
  }
  return true;
}

/**
 * Splits `text` into sentences; returns ranges relative to `text`, trimmed of
 * surrounding white space, covering every non-space character.
 */
export function splitSentences(text: string): TextRange[] {
  const quotes = quotedRanges(text);
  const out: TextRange[] = [];
  let start = 0;
  const re = /[.!?…]+[”"’'»)\]]*(?=\s)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const punct = m.index + m[0].search(/[.!?…][^.!?…]*$/u);
    const end = m.index + m[0].length;
    let next = end;
    while (next < text.length && /\s/u.test(text[next]!)) next++;
    if (isBoundary(text, punct, next, quotes)) {
      pushTrimmed(text, start, end, out);
      start = next;
    }
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: TextRange[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
