/**
 * Passages: the units we retrieve and quote. One passage per sentence (the
 * headline is one too, tagged), grouped by paragraph so retrieval can score a
 * sentence together with its paragraph. Tags say what kind of answer a
 * sentence can give (a number, a date, a place, a person, a statement).
 */
import type { Article } from '../article/index.js';

export type PassageTag = 'headline' | 'number' | 'date' | 'place' | 'person' | 'statement' | 'cause';

export interface Passage {
  /** Position in the passage list. */
  id: number;
  /** Paragraph number (0 = headline). */
  paragraph: number;
  /** Paragraph key, unique across every article in one index. */
  group: number;
  /** Sentence index in its article. */
  sentence: number;
  start: number;
  end: number;
  /** Verbatim sentence text. */
  text: string;
  tags: Set<PassageTag>;
  /** Extra words to index with the passage (e.g. the speaker a "he said" refers to). */
  extra: string[];
}

/**
 * A month's name, short or long, with an abbreviation's full stop ("July", "Sept."), as regular-expression source. (Only
 * an abbreviation's: the stop in "on 11 August." ends the sentence.)
 */
export const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\\.)?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/**
 * Words of grammar that may follow a season named as a date ("in spring, when"); any other word makes it a kind of
 * thing ("after spring frosts destroyed most of the grapes").
 */
const GRAMMAR_AFTER_SEASON = 'of|and|or|but|nor|the|a|an|to|when|as|after|before|with|in|on|at|for|from|this|that|these|those|is|was|were|are|be|been|will|would|could|can|may|might|should|must|had|has|have|it|its|they|he|she|we|you|i|if|until|till|because|so|while|than|then|there|their|his|her|our|by|via|into|onto|amid|despite|during|through|whereas|though|although|unless|once|since|already|again|too|also|only|just|alone';

/** Date and time expressions, longest first. Exported for answer extraction. */
export const DATE_PATTERN = new RegExp(
  [
    // (The weekday and its preposition belong to the date: "on Saturday, April 12" is one date, not two.)
    // ("on Oct. 21 and 22", "March 3-5": two days, or a run of them, are one date.)
    `\\s*(?:(?:by|on|until|since|before|after|from|in|early|late|earlier|later)\\s+)?(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:(?:\\s+(?:and|to)\\s+|\\s*[-–]\\s*)\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?!\\s*(?:[,.]\\d|people|others|of|per|percent|%)))?(?:,?\\s+\\d{4})?`,
    // ("on Thursday, 24 July 2025": the weekday before a day-first date too; "early on Tuesday, 11 March", with the part
    // of the day.)
    `\\s*(?:(?:early|late)\\s+)?(?:(?:by|on|until|since|before|after|in)\\s+)?(?:${WEEKDAY},?\\s+)?\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?`,
    `(?:by|in|since|until|before|after|from)?\\s*(?:early\\s+|late\\s+|mid-?)?${MONTH}\\s+\\d{4}`,
    // A bare month needs its preposition ("in June", "by March") or "last"/"next" ("last August"): "May" alone is
    // usually a verb. (Its year told after it is part of it: "in March next year".) (At a sentence's start too: "In June,
    // the only scheduled flight ... was cut".)
    // (With the month a run of them ends on: "runs from December to June", "between July and November"; roughly or not,
    // "from about June to October"; or at the least, "until at least June".)
    `\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext)\\s+(?:(?:about|around|roughly|approximately|at\\s+least)\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)(?:\\s+(?:to|and|through|until|till)\\s+(?:early\\s+|late\\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d))?(?:\\s+(?:next|last|this)\\s+year\\b)?`,
    // (A month that comes round each year: "The festa of Our Lady of Pompeii, held every August".)
    `\\b(?:every|each)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b`,
    `(?:late|early)?\\s*(?:on\\s+)?(?:last\\s+|next\\s+|this\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
    // ("in the first quarter of 2026", "by the second half of next year", "in the second half of October"; "over the first
    // weekend of June".)
    `(?:(?:in|by|during|before|after|until|from|over|on)\\s+)?the\\s+(?:first|second|third|fourth|last|final)\\s+(?:quarter|half|week|weeks|weekend|days)\\s+of\\s+(?:(?:19|20)\\d{2}|(?:the|this|next|last)\\s+year|${MONTH}(?:\\s+\\d{4})?)`,
    // ("by the end of March", "from the start of 2027", "until at least the end of October".)
    `(?:by|before|until|at|from)(?:\\s+at\\s+least)?\\s+the\\s+(?:end|start|beginning|middle|close)\\s+of\\s+(?:(?:the|this|next)\\s+(?:year|month|week|decade)|${MONTH}(?:\\s+\\d{4})?|(?:19|20)\\d{2})`,
    `(?:by|at|until)\\s+(?:year|month|week)['’]s\\s+end`,
    `(?:earlier|later)\\s+(?:this|that|last)\\s+(?:week|month|year)`,
    `(?:last|next|this)\\s+(?:week|month|year|spring|summer|autumn|fall|winter)`,
    // A season: "in the spring", "by early summer", "in the autumn of 2027" (not "after the fall of the regime", nor
    // "water from the spring", nor "after spring frosts destroyed most of the grapes", a season's kind of thing).
    `\\b(?:[Ii]n\\s+the|[Ii]n|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ss]ince)\\s+(?:early\\s+|late\\s+)?(?:spring|summer|autumn|winter)(?!\\s+(?!(?:${GRAMMAR_AFTER_SEASON})\\b)\\p{Ll}+\\b)(?:\\s+(?:of\\s+)?(?:19|20)\\d{2})?\\b|\\bin\\s+the\\s+(?:early\\s+|late\\s+)?fall\\b(?!\\s+of\\s+(?!(?:19|20)\\d{2}))(?:\\s+of\\s+(?:19|20)\\d{2})?`,
    // ("two years ago", "a week later", "10 years ago", "more than a decade ago".)
    `\\b(?:(?:more\\s+than|nearly|almost|about|around|roughly|some|over)\\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a\\s+few|a\\s+couple\\s+of|\\d{1,3})\\s+(?:days?|weeks?|fortnights?|months?|years?|decades?)\\s+(?:ago|later|earlier)`,
    // "results expected in about six weeks", "would reopen within a month", "expected to arrive within two to three
    // weeks", "will review the ordinance after six months": a time from now (not "raised 450,000 pounds in 10 days", a
    // span; nor where the date it comes to follows, "would be reviewed after six months, in December").
    `\\b(?:in|within|after)(?<=\\b(?:expected|due|will|would|could|should|planned|scheduled|set|ready|back|reopen|resume|return)\\b[^.;]{0,40}\\b(?:in|within|after))\\s+(?:about\\s+|around\\s+|roughly\\s+|another\\s+|the\\s+next\\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:to|or)\\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d{1,2}|a\\s+few|several)\\s+(?:days?|weeks?|months?|years?)\\b(?!,?\\s+(?:in|on|by)\\s+(?:${MONTH}|\\d))`,
    `\\b(?:today|yesterday|tomorrow|tonight)\\b`,
    // (A run of years: "ruled the Dahomey kingdom from 1858 to 1889", "between 1990 and 1995".)
    `\\b(?:from|between)\\s+(?:1[5-9]|20)\\d{2}\\s+(?:to|and|until)\\s+(?:1[5-9]|20)\\d{2}(?![\\d,.]\\d)`,
    // (An older year with its preposition: "built in 1874"; alone, "1874" may be a count. Or what a thing goes back to:
    // "dates back to 1887".)
    `(?:in|since|by|until|before|after)\\s+(?:(?:1[5-9]|20)\\d{2}(?![\\d,.]\\d)|1[0-4]\\d{2}(?![\\d,.]\\d)(?!\\s+\\p{Ll}+s\\b))`,
    `(?<=\\bback\\s+to\\s+)(?:1[5-9]|20)\\d{2}(?![\\d,.]\\d)`,
    `\\b(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'gu',
);

/** Numbers written as words, one to ninety. Exported for answer extraction. */
export const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

const NUMBER_WORDS = new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORD}|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|quarter|percent)\\b`, 'iu');

/** A capitalised word after a locative preposition: "in Baghdad", "at the Rafidain Center". */
export const PLACE_PATTERN = /\b(?:in|at|from|to|near|outside|inside|across|into|toward|towards)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+/gu;

const PERSON_PATTERN = /\b\p{Lu}[\p{Ll}’'-]+\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|le|la)[-\s])?\p{Lu}[\p{Ll}’'-]+/u;

export function tagsFor(text: string): Set<PassageTag> {
  const tags = new Set<PassageTag>();
  const withoutDates = text.replace(DATE_PATTERN, ' ');
  if (NUMBER_WORDS.test(withoutDates)) tags.add('number');
  DATE_PATTERN.lastIndex = 0;
  if (DATE_PATTERN.test(text)) tags.add('date');
  DATE_PATTERN.lastIndex = 0;
  PLACE_PATTERN.lastIndex = 0;
  if (PLACE_PATTERN.test(text)) tags.add('place');
  PLACE_PATTERN.lastIndex = 0;
  if (PERSON_PATTERN.test(text)) tags.add('person');
  if (/\b(?:because|after|due to|as a result|since|following|led to|caused|blamed|driver|reason|over)\b/iu.test(text)) tags.add('cause');
  return tags;
}

/** Passages of one article. `groupOffset` keeps paragraph keys unique when several articles share an index. */
export function buildPassages(article: Article, groupOffset = 0, idOffset = 0): Passage[] {
  return article.sentences.map((s, i) => {
    const tags = tagsFor(s.text);
    if (s.paragraph === 0) tags.add('headline');
    return {
      id: idOffset + i,
      paragraph: s.paragraph,
      // The headline belongs with the lede: it is the lede's context.
      group: groupOffset + Math.max(1, s.paragraph),
      sentence: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      tags,
      extra: [],
    };
  });
}
