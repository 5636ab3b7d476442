/**
 * The answer engine: one article, its passages, statements, vectors and index,
 * built once; then `ask(question)` for each question. The CLI, the bot, the
 * eval and the benchmark all go through this.
 */
import path from 'node:path';
import { DATELINE, datelineLength, loadArticle, type Article } from '../article/index.js';
import { extractStatements, titleForms, type Attribution, type Speaker, type Statement } from '../attribution/index.js';
import { isTitleOrOrgWord, PERSON_NOUNS } from '../attribution/speakers.js';
import { cachedPassageVectors, loadEmbedder, type Embedder, type EmbeddingOptions } from '../embeddings/index.js';
import { buildPassages, type Passage } from '../passages/index.js';
import { analyzeQuestion, correctTypos, dotProducts, Retriever, SPEECH_STEMS, type Fusion, type Hit, type Question, type RetrievalMode, type Term } from '../retrieval/index.js';
import { nationOf } from '../retrieval/expansion.js';
import { informativeness, oppositeWords, relatedWords, wordRank } from '../retrieval/lexicon.js';
import { contentTokens, escapeRegExp, normalizeWord, singular, stem, STOPWORDS, tokenize, type Token } from '../retrieval/text.js';
import { asksCostOnly, extractCause, MONTH_OR_DAY, THE_YEAR, WEEKDAYS } from './extract.js';
import {
  answerAcronym,
  answerDefinition,
  answerKnownAs,
  answerAuthor,
  answerVictims,
  answerNext,
  answerSpeakers,
  answerFactoid,
  answerRole,
  answerWhatSaid,
  answerWhoSaid,
  answerWhoSaidLoosely,
  askerVerb,
  ASKS_BODY,
  boundedRange,
  cuedBy,
  figureOf,
  isNamed,
  namesAsked,
  CLOSEST_LINE,
  HAPPENED,
  IN_SCOPE_THRESHOLD,
  OTHER_THRESHOLD,
  outOfScope,
  speakerKindFits,
  SURE_ANSWER_QUALITY,
  TYPED_IN_SCOPE_THRESHOLD,
  YES_NO_THRESHOLD,
  type Answer,
  type AnswerContext,
} from './index.js';

export { formatPlain, type Answer, type Citation } from './index.js';

export interface AskOptions {
  mode?: RetrievalMode;
  fusion?: Fusion;
}

export interface EngineStats {
  passages: number;
  statements: number;
  speakers: number;
  /** Passage vectors came from the on-disk cache. */
  cacheHit: boolean;
}

/** A question's evidence, for the eval and for calibrating the in-scope threshold. */
export interface Trace {
  question: Question;
  hits: Hit[];
  confidence: number;
}

/** The words news uses for the same kind of thing: "Argentine side Talleres" is a club; "the firm" a company. */
const KIND_TWINS: Readonly<Record<string, readonly string[]>> = {
  club: ['side', 'team'],
  team: ['side', 'club', 'squad'],
  company: ['firm'],
  firm: ['company'],
  authority: ['agency', 'ministry', 'regulator'],
  agency: ['authority'],
  newspaper: ['paper', 'daily'],
  village: ['hamlet'],
};
/** How many words from "which company" asked a name stands when it names that company ("Kartli Ropeways, the company"). */
const NAME_NEAR_THING = 3;

/** The prepositions that say where something stands: "a hotel on Avenue Princesse Grace". */
const PLACE_PREPOSITION = /^(?:in|on|at|near|off|along|outside|beside|behind|opposite)$/u;
/** A place or body named with its kind last: "Lircay Provincial Hospital", "Kamalia Textile Mills". */
const NAMED_KIND = /\b((?:\p{Lu}[\p{L}’'-]*\s+){1,4}(Hospital|Clinic|School|University|College|Prison|Museum|Stadium|Market|Airport|Mine|Refinery|Factory|Mill|Mills|Dam|Bridge|Tunnel|Reservoir|Library|Cathedral|Mosque|Church|Hotel|Terminal|Centre|Center|Plant|Station|Society|Association|Federation|Foundation|Cooperative|Institute))\b/gu;
/** ... or with its kind first: "the 312-room Hotel Belvedere Riviera", "Lake Kivu". */
const KIND_THEN_NAME = /\b(Hotel|Lake)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/gu;
/** ... or with its kind in lower case after "the": "the Wad Sharifay camp". */
const NAMED_KIND_LOWER = /\bthe\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,4}(camp|market|estate|mine|dam|plant|hospital|clinic|school|refinery|mill|factory|prison|reservoir))\b/gu;
/** Words of such a name that only say what level it serves: "Area", "Provincial", "District". */
const LEVEL_WORDS = /^(?:area|provincial|district|regional|national|general|central|municipal|community|county|state|city|town|village|rural|main)$/u;
/** A firm named, then described as one: "Dragages Fluviaux du Congo (DFC), the local firm hired in 2023". */
const FIRM_DESCRIBED = /\b(\p{Lu}[\p{L}’'.&-]*(?:\s+(?:\p{Lu}[\p{L}’'.&-]*|du|de|des|of|and|&))*\s+\p{Lu}[\p{L}’'.&-]*)(?:\s+\((\p{Lu}{2,8})\))?,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:firm|company|contractor|operator)\b/gu;
/** The firm called by its kind: "the company's yard". */
const THE_FIRM = /\b[Tt]he (?:company|firm)(?:'s|’s)?\b/u;

/** A question that asks for a recipe: "how do I make plov", "how can you cook ...". */
const RECIPE_STEM = stem('recipe');
const HOW_TO_MAKE = /^how\s+(?:do|can|should|would|could|does)\s+(?:i|we|you|one)\s+(?:make|cook|bake|prepare|brew)\b/iu;

/** Words that ask about the weather. */
// (Not weather that only qualifies what is asked: "How long can the kit keep running without any sunshine?")
const WEATHER_ASKED = /\b(?:weather|forecast)\b|(?<=\bit\s+(?:(?:will|would|is|was|did|does|going to|gonna|might|may)\s+)*(?:be\s+)?)(?:rain|raining|rainy|snow|snowing|snowy|sunny|cloudy|windy|foggy)\b/giu;

/** The days of the week, as stems. */
const WEEKDAY_STEMS = new Set(WEEKDAYS.split('|').map((d) => stem(d.toLowerCase())));
/** The story's place called by its kind: "the city's roughly 40 fuel stations". */
// ("About 300 dairy farmers parked their tractors ... in this market town", of a story filed from Ried im Innkreis.)
const STORY_PLACE = /\b[Tt]he (?:city|capital|town|village|island|port)(?:'s|’s)?\b|\b[Tt]his (?:\p{Ll}+ )?(?:city|capital|town|village|island|port)\b/u;
/** A lede that opens on what it is about, brought in by its kind: "A family-run hot-spring spa in the hills above Roseau". */
const LEDE_SUBJECT = /^(?:An?)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}{3,})\s+(?:in|at|on|near|outside|from)\s/u;

/** A lede that opens on a firm by its kind: "A contractor hired to fix potholes across Bloemfontein". */
const LEDE_FIRM = /^An?\s+(?:[\p{Ll}-]+\s+){0,2}(?:firm|company|contractor|operator)\s+(?:that|which|hired|based|owned|run|in|from)\b/u;
/** A paragraph that opens on a name and its verb: "Motheo Civil Works was awarded". */
const NAMED_FIRST = /^((?:\p{Lu}[\p{L}’'&-]*\s+){1,4}\p{Lu}[\p{L}’'&-]*)\s+(?:was|is|has|had|won|signed|took|began|started)\b/u;

/** A paragraph that opens on the subject of the one before: "Its chief executive", "The company said", "He". */
const GOES_ON = /^(?:Its|It|He|She|They|Their|His|Her|The (?:company|carrier|airline|firm|group|club|operator|union|agency|ministry|council|bank|lender|retailer|insurer|court|authority|department|government|city|hospital|school|university|plant|mine|port|airport|board|commission))\b/u;
/** A paragraph that quotes the speaker of the one before by a pronoun: "“At 10 at night I have 80 sacks waiting,” he said." */
const QUOTE_GOES_ON = /^[“"][^“”"]*[,?!…]["”]\s+(?:he|she|they)\s+\p{Ll}+/u;

/**
 * The noun of the "the <noun>" a paragraph opens on, after an opening adjunct at most: "Since February 2023, the
 * workshop has returned".
 */
function openingNoun(text: string): string | undefined {
  // (Past a measure before the noun: "The 42-metre bridge, built in 1889".)
  return /^(?:[^,.“”"]{0,40},\s+)?[Tt]he\s+(?:\d[\d,.]*-\p{Ll}+\s+)?(\p{Ll}{3,})\b(?!\s+of\b)/u.exec(text)?.[1];
}

/**
 * Whether the paragraph before brought a paragraph's opening noun in as "a ... <noun>" with the words this one lacks:
 * "the workshop" after "a corrugated-iron workshop off Godaif Road".
 */
function bringsBackIn(noun: string, previous: string, lacking: readonly string[]): boolean {
  // (Or by its name: "The 63 women of the Tadarte argan cooperative", then "The cooperative, founded in 2002".)
  // (Or with the name set off before it, as a compound of the noun: "the Sandsteg, a 19th-century iron footbridge", then
  // "The 42-metre bridge".)
  const compound = noun.length >= 5 ? String.raw`\p{Ll}*` : '';
  for (const intro of previous.matchAll(new RegExp(`(?:\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*,\\s+)?\\b(?:[Aa]n?|[Oo]ne|[Tt]he(?=\\s+\\p{Lu}))\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}${compound}${noun}\\b(?:\\s+[^\\s.,;:]+){0,6}`, 'gu'))) {
    const words = new Set(tokenize(intro[0]).map((t) => t.stem));
    if (lacking.every((st) => words.has(st))) return true;
  }
  // (Or by a more general word: "the brown marmorated stink bug", then "The insect, native to East Asia, was first
  // recorded in Georgia in 2015".)
  const general = stem(noun);
  for (const intro of previous.matchAll(/\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?=((?:[\p{L}-]+\s+){0,3}[\p{Ll}-]{3,}))/gu)) {
    const words = tokenize(intro[1]!);
    if (relatedWords(words[words.length - 1]!.stem).includes(general) && lacking.every((st) => words.some((t) => t.stem === st))) return true;
  }
  return false;
}

/** Words for a figure that `figureOf` leaves out: "a thousand years", "a dozen". */
const SCALE_WORDS = new Map([['hundred', 100], ['thousand', 1000], ['dozen', 12]]);

/** Questions whose answer may leave the dateline's place unnamed (see `trace`). */
const DATELINED_KINDS: ReadonlySet<Question['kind']> = new Set(['who-said', 'when', 'where', 'why']);

/** How many "What did X say?" questions a who-said refusal can choose from. */
const MAX_SPEAKER_QUESTIONS = 8;

/** Cosine above which an article word stands in for a question word the article never uses. */
const SOFT_MATCH_MIN = 0.55;
/** How much a WordNet synonym or more general word counts, as a word-vector similarity would. */
const LEXICON_SIMILARITY = 0.65;
/** "Will the owners face charges?", "is the stadium going to be renamed?": a yes/no question about what will happen. */
const ASKS_FUTURE = /^(?:will|would|won['’]?t|(?:is|are)\s+\S+(?:\s+\S+)?\s+going\s+to)\b/iu;
/** Words of a passage that speaks of what is to come ("would go on setting its own quota"). */
// ("may" in lower case only: "since May" is a month.)
const SPEAKS_OF_FUTURE = /\b(?:[Ww]ill|[Ww]ould|[Ww]on['’]t|[Pp]lans?|[Pp]lanned|[Pp]lanning|[Ee]xpects?|[Ee]xpected|[Gg]oing to|[Ii]ntends?|[Ii]ntended|[Cc]ould|may|[Mm]ight|[Ss]hall|[Nn]ext|[Pp]reparing)\b/u;
/**
 * What a yes/no question asks happened to its subject: the participle after it ("Has anyone been arrested ...?", "Was
 * the trawler insured?", "Were any towns evacuated?"); not one in a clause of the subject ("are there ballots that
 * still haven't shown up") nor a state ("Are pensioners still entitled to cheaper tickets?").
 */
const ASKS_DONE = /^(?:has|have|had|was|were|is|are)\s+(?:(?!(?:that|which|who|whose)\b)[\p{L}’'.-]+\s+){1,6}?(?:been\s+|being\s+)?(?!(?:need|hundred|red|bed|seed|feed|sacred|naked|wicked|speed|breed|shed|creed|greed|weed)\b|(?:entitled|allowed|permitted|supposed|expected|required|obliged|meant|used|scheduled)\s+to\b)(\p{Ll}{2,}ed|caught|hurt|found|stolen|taken|given|seen|made|paid|sold|shut|built|hit|held|kept|lost|told|won|sent|cut|beaten|broken|chosen|driven|fallen|hidden|shot|struck|sued|fined|jailed|freed|spent|bought|brought|fought|sought|thrown|withdrawn|shown|known)\b/iu;
/** ... and the verb after "did" and its subject, among the things news reports were or were not done ("Did Karoo Mutual pay a ransom?"). */
const ASKS_DID = /^did\s+(?:[\p{L}’'.-]+\s+){1,6}?(?:also\s+|ever\s+|actually\s+|really\s+|already\s+|then\s+)?(arrest|charge|pay|die|sign|meet|visit|respond|change|drop|fall|rise|resign|apologi[sz]e|sue|approve|reject|attend|promise|agree|accept|refuse|confirm|deny|cancel|reopen|ban|fine|evacuate|injure|kill|hurt|find|catch|release|react|comment|vote|appeal|plead|admit|apply|launch|announce|order|buy|sell|raise|offer|warn|threaten|blame|investigate|recall|suspend|sack|hire|quit|hold|win|lose)\b/iu;
/**
 * A who-question's deed, which the paragraph that names the doer must tell: "Who won ...?", "who manufactures ...?"
 * (Deeds only: "who called the walkout an own goal", "who grumbled that ..." ask for a statement in other words.)
 */
const WHO_DEED = /^who\s+(?:(?:is|are|was|were)\s+going\s+to\s+|(?:will|would|has|have|had|did|does|do)\s+|(?:actually|really|currently|now|first|originally)\s+)*(own|owns|owned|replace|replaces|replaced|succeed|succeeds|succeeded|win|wins|won|build|builds|built|make|makes|made|manufactur\p{Ll}*|design\p{Ll}*|found|founded|invent\p{Ll}*|produc\p{Ll}*|operat\p{Ll}*|sponsor\p{Ll}*|fund\p{Ll}*|financ\p{Ll}*|employ\p{Ll}*|discover\p{Ll}*|buy|buys|bought|sell|sells|sold|run|runs|ran)\b/iu;
/**
 * A when-question's deed of record, which only a passage that tells it dates: "When was the contract signed?" (Not
 * "sign off on", which is approving.)
 */
const WHEN_DEED = /^when\s+(?:was|were|is|are|will|did|does|do|has|have|had)\b.*\b(signed|sign|awarded|award|ratified|ratify)\b(?!\s+off\b)/iu;
/** A deed and the same deed told from its other side, by their stems, each way: bought from whoever sold. */
const CONVERSE_DEEDS = new Map<string, string[]>();
for (const [one, other] of [[['buy', 'buys', 'bought'], ['sell', 'sells', 'sold']]] as const) {
  for (const [deeds, others] of [[one, other], [other, one]] as const) for (const d of deeds) CONVERSE_DEEDS.set(stem(d), [...new Set(others.map((o) => stem(o)))]);
}
/** A question that asks for a name: "What is the name of ...", "what are the names of ...". */
const NAME_ASKED = /\bnames?\s+of\b|^what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?names?\b|^what\s+(?:are|is|was|were)\s+.+\s+called\b|^what\s+(?:do|does|did)\s+(?:the\s+)?(?:locals?|people|residents|villagers|islanders|fishermen|fishers|farmers|they|you|we)\s+call\b/iu;
/** "Is Cambodia also being hit?", "are airports affected too?": whether what the article tells goes for something else. */
const ALSO = /\b(?:also|too|as well|either)\b/iu;
/** A yes/no question's word at least this informative that the cited paragraph lacks makes the answer a hedge. */
const HEDGE_TERM_WEIGHT = 0.55;
/**
 * ... and how near a word in other words must be to stand for it there: "winter" (0.59) is not "snow", nor "week"
 * (0.60) "weekend". (Examined sets +6 −0 against any near word.)
 */
const HEDGE_ALTERNATIVE_SIMILARITY = 0.62;
/** "What is the ...?": a thing asked for by name ("What's the weather in Paris?"), not a paraphrase to hedge on. */
const WHAT_IS_THE = /^what(?:['’]s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an)\b/iu;
const SOFT_MATCH_MIN_RARE = 0.65;
/** A reworded who-said question: word-vector cosine that counts as a match, and the statement's coverage and lead. */
const LOOSE_WORD_MIN = 0.45;
const LOOSE_STATEMENT_MIN = 0.2;
const LOOSE_STATEMENT_MARGIN = 0.05;
/**
 * ... with each statement's coverage weighed by (its content words / 10) ^ -0.1: calibrated on the examined sets in the
 * twenty-third session (7 reworded who-said questions more answered right, 1 fewer; 0.2 gained 13 and lost 10).
 */
const STATEMENT_WORDS = 10;
const STATEMENT_LENGTH_WEIGHT = 0.1;
/** ... and what a statement told with the asker's own verb of speech adds to its speaker's rank ("who warned ...?": "Sharda Ramdin warned"). */
const LOOSE_SAME_VERB = 0.2;
/** ... or, short of that, a speaker among the closest few whom the best passage quotes. */
const AGREEING_RANKS = 3;
const AGREEING_STATEMENT_MIN = 0.15;

/**
 * The sex of the one a who-said question speaks of as "she" or "he" ("Who said her takings have dropped 50 percent?",
 * "who said he got no payout because he was only renting the land"), whom only one person not of the other sex can
 * be; null when it names no one so, or names someone else the pronoun could stand for.
 */
function askedSpeakerSex(q: Question): 'f' | 'm' | null {
  const pronoun = /^(?:who|which\s+[\p{L}-]+)\s+(?:\S+\s+){0,2}?(?:said|says|told|claimed|complained|insisted|admitted|argued)\s+(?:that\s+)?(she|her|he|his)\b/iu.exec(q.text)?.[1]?.toLowerCase();
  if (!pronoun || q.tokens.some((t, i) => i > 0 && t.capitalized && !t.isNumber)) return null;
  return pronoun === 'she' || pronoun === 'her' ? 'f' : 'm';
}

/**
 * For a question asking a person's name ("What was the name of the bus driver?"): the name the article gives beside
 * the word for them ("The driver, Juan Mamani,", "Juan Mamani, the bus driver"), not a name that only stands near it
 * ("“The driver lost control,” Choque told reporters"). Null when the word names no person.
 * (The words between may hold a figure: "Sofia Quintas, a 34-year-old guide" for "which guide".)
 */
function personNamed(head: string): ((text: string) => string | null) | null {
  if (!PERSON_NOUNS.has(head) && !/(?:men|man|woman|er|or|ist|ian|pilot|victim|suspect|captain|nurse|guard|judge|child|boy|girl|person|guide|chef|clerk|cook|monk|nun|priest|imam|midwife|mechanic)$/u.test(head)) return null;
  const name = String.raw`(\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|del|da|van|von|al|bin|binti|ibn|anak)\s+)?\p{Lu}[\p{L}’'-]+)+)`;
  // (A title before a name is capitalised: "French President Emmanuel Macron".)
  const word = `[${head[0]!.toUpperCase()}${head[0]}]${escapeRegExp(head.slice(1))}`;
  const beside = new RegExp(String.raw`\b${word}s?,?\s+${name}|${name},\s+(?:\d{1,3},\s+)?(?:a|an|the|its|their|his|her)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}${word}\b`, 'u');
  return (text) => {
    const m = beside.exec(text);
    return m ? (m[1] ?? m[2])! : null;
  };
}

/**
 * ... for a thing asked by a word that may name a person, by name or which one ("Which guide leads day trips from
 * Lisbon?"); never a body ("the state company, Yacimientos de Litio Bolivianos", is no person).
 */
function personOfEntity(entity: { head: string; byName: boolean }): ((text: string) => string | null) | null {
  return entity.byName || !isTitleOrOrgWord(entity.head) ? personNamed(entity.head) : null;
}

/** The names listed after the word for several things: "its two ships, the Umiak Trader and the Tasiujaq". */
function thingsNamed(head: string, text: string): string | null {
  const name = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*)*`;
  const m = new RegExp(String.raw`\b${escapeRegExp(head)}s,\s+(${name}(?:,\s+${name})*,?\s+and\s+${name})`, 'u').exec(text);
  return m ? m[1]!.replace(/^the\s/u, 'The ') : null;
}

/** The name given beside the word for a kind of thing ("Argentine side Talleres" for "which club"), if any. */
function thingNamed(head: string, text: string): string | null {
  const kinds = [head, ...(KIND_TWINS[head] ?? [])].map(escapeRegExp).join('|');
  const name = String.raw`(\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:de|del|of|and|&)\s+)?\p{Lu}[\p{L}’'&-]*)*)`;
  // (Or just before the word, in lower case: "on both banks of the Vardar river"; or after it, past a people's word:
  // "the Belgian port of Zeebrugge". A people's word alone names nothing: "the Chinese company".)
  const m = new RegExp(String.raw`\b(?:${kinds})s?,?\s+${name}|${name},\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}(?:${kinds})\b|\bthe\s+${name}\s+(?:${kinds})\b(?:\s+of\s+${name})?`, 'u').exec(text);
  // (Or a name that ends in the word, capitalized: "the Danish Environmental Protection Agency" for "which authority".)
  const capitalized = [head, ...(KIND_TWINS[head] ?? [])].map((k) => escapeRegExp(k.charAt(0).toUpperCase() + k.slice(1))).join('|');
  if (!m) return new RegExp(String.raw`\bthe\s+((?:\p{Lu}[\p{L}’'&-]*\s+){1,5}(?:${capitalized}))\b`, 'u').exec(text)?.[1] ?? null;
  // ("the Chawama township of Lusaka": the township is Chawama.)
  const people = m[3] !== undefined && /(?:an|ese|ish|i)$/u.test(m[3]);
  if (people) return m[4] ?? null;
  return (m[1] ?? m[2] ?? m[3])!;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Multi-word names and the short forms readers type for them (single words relate through expansion.ts). */
const SHORT_NAMES: Array<[RegExp, string]> = [
  [/\bUnited States\b/u, 'US'],
  [/\bUnited Kingdom\b/u, 'UK'],
  [/\bUnited Nations\b/u, 'UN'],
  [/\bEuropean Union\b/u, 'EU'],
  [/\bUnited Arab Emirates\b/u, 'UAE'],
  [/\bSaudi Arabia\b/u, 'Saudi'],
  [/\bNew Zealand\b/u, 'Zealand'],
  [/\bSri Lanka\b/u, 'Lanka'],
];

/** The kind of place a name ends in: "Clondalkin Road", "Hunza River". */
const PLACE_KIND = /^(?:road|street|avenue|lane|highway|motorway|bridge|river|lake|valley|bay|port|harbour|harbor|station|square|park|market|hill|hills|mountain|mountains|island|islands|beach|airport|hospital|school|church|stadium|dam)$/u;

/** A word the question writes in lower case that is common in English ("where is the agency based" of an article that
 * names "Everest Base Camp", "the old fortifications" of one with an "Old Town"): that word, unless the question writes
 * it beside the word the article's name has next to it ("the supreme court", "via guaiba's"; see `namePair`). */
function commonInLowerCase(t: Token): boolean {
  const rank = t.capitalized ? null : wordRank(t.norm);
  return rank !== null && rank <= COMMON_RANK;
}
const COMMON_RANK = 2000;

/** Stems the article only ever writes capitalised past a sentence's first word, and never in lower case. */
function properNounsOf(article: Article): Set<string> {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const s of article.sentences) {
    // (Where a dateline of its place alone opens the sentence, the word after it opens the report: "ISA TOWN — Pupils at
    // no fewer than four government schools"; it counts as a sentence's first word, below.)
    const opening = datelineLength(s.text);
    tokenize(s.text).forEach((t, i) => {
      if (t.isNumber || STOPWORDS.has(t.norm)) return;
      if (!t.capitalized) lower.add(t.stem);
      // A title or organisation word ("President", "Court") is part of a name, not a name to hold answers to; nor is a
      // place's kind ("Clondalkin Road": "how many buses were kept off the road").
      // (Nor the first word of a sentence inside a quotation, or of the quotation: "... cannot carry a whole economy.
      // Every country ...", "Put a hotel where ...".)
      else if (i > 0 && t.start !== opening && !isTitleOrOrgWord(t.norm) && !PLACE_KIND.test(t.norm) && !/(?:[.!?…]["”’']?\s+|[“"]\s*)$/u.test(s.text.slice(0, t.start))) upper.add(t.stem);
    });
  }
  for (const st of lower) upper.delete(st);
  return upper;
}

/**
 * The names the article's opening leaves out when it describes its subjects instead ("A Leeds-based payroll software
 * company has been fined £4.2 million by the UK's data watchdog", then "Paylinq" and "the ICO" in three paragraphs or
 * more): proper nouns, not people's, in three later paragraphs or more, which neither the headline nor the first
 * paragraph uses. None unless the opening sentence starts "A"/"An".
 */
function unnamedSubjectsOf(article: Article, properNouns: ReadonlySet<string>, speakers: readonly Speaker[]): string[] {
  const first = article.paragraphs[0];
  if (!first || !/^(?:A|An)\s/u.test(first.text.slice(DATELINE.exec(first.text)?.[0].length ?? 0).trimStart())) return [];
  const written = new Map<string, string>();
  const people = new Set(speakers.filter((sp) => sp.kind === 'person').flatMap((sp) => tokenize(sp.name).map((t) => t.stem)));
  const opening = new Set(tokenize(`${article.headline?.text ?? ''} ${first.text}`).map((t) => t.stem));
  const paragraphs = new Map<string, number>();
  for (const p of article.paragraphs.slice(1)) {
    const names = tokenize(p.text).filter((t) => t.capitalized && properNouns.has(t.stem) && !opening.has(t.stem));
    for (const t of names) if (!written.has(t.stem)) written.set(t.stem, t.text);
    for (const stem of new Set(names.map((t) => t.stem))) paragraphs.set(stem, (paragraphs.get(stem) ?? 0) + 1);
  }
  return [...paragraphs].filter(([stem, count]) => count >= 3 && !people.has(stem)).map(([stem]) => written.get(stem)!);
}

/** Words for a place people live in, which a headline may call the story's place by. */
const SETTLEMENT_STEMS = new Set(['community', 'town', 'village', 'city', 'island', 'port', 'settlement', 'hamlet'].map((w) => stem(w)));

/** The stems of the headline's words in lower case, past those of grammar: what it calls things ("bazaar", "island"). */
function headlineWords(article: Article): Set<string> {
  return new Set(tokenize(article.headline?.text ?? '').filter((t) => !t.capitalized && !t.isNumber && !STOPWORDS.has(t.norm)).map((t) => t.stem));
}

/**
 * The stems of a name the opening paragraph gives to the headline's subject, which the headline only describes: the
 * lede's "Thinadhoo, an island in the far south of the Maldives" for "Maldives island rations water". The name must be
 * followed by "a"/"an"/"the" and a phrase with a lower-case word of the headline.
 */
function headlineNamed(article: Article): string[] {
  const first = article.paragraphs[0]?.text ?? '';
  const headline = headlineWords(article);
  const out: string[] = [];
  for (const m of first.matchAll(/(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*),\s+(?:a|an|the)\s+((?:[^,.;:()]|(?<=\d)[.,](?=\d)){1,60})/gu)) {
    if (tokenize(m[2]!).some((t) => !t.capitalized && headline.has(t.stem))) out.push(...tokenize(m[1]!).map((t) => t.stem));
  }
  // ("Pipeline leak fouls creeks around Nigerian fishing town": the lede's "the fishing community of Okordia" is the
  // town, a place of that kind named after it.)
  const settled = [...headline].some((st) => SETTLEMENT_STEMS.has(st));
  for (const m of first.matchAll(/\bthe\s+((?:[\p{Ll}-]+\s+){0,2}(?:community|town|village|city|island|port|settlement|hamlet))\s+of\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)/gu)) {
    if (settled || tokenize(m[1]!).some((t) => headline.has(t.stem))) out.push(...tokenize(m[2]!).map((t) => t.stem));
  }
  return out;
}

/**
 * The words of the story's subject's name in the lede, a name that ends in the headline's word for it: "Samarkand traders
 * balk at steep new stall rents after bazaar facelift", "Siyob Bazaar".
 */
function ledeNamed(article: Article): string[] {
  const headline = headlineWords(article);
  return [...(article.paragraphs[0]?.text ?? '').matchAll(/(?<![\p{L}’'-])((?:\p{Lu}[\p{L}-]*\s+){1,3})(\p{Lu}\p{Ll}+)\b/gu)].flatMap((m) => (tokenize(m[2]!).some((t) => headline.has(t.stem)) ? tokenize(m[1]!).map((t) => t.stem) : []));
}

/**
 * A rare word the question is about ("Wolbachia"), which the answer's paragraph must contain. In a who-said question a
 * rare word is more often the asker's wording than a subject ("tip out their flowerpots").
 */
function rareSubject(q: Question, norm: string): boolean {
  return q.kind !== 'who-said' && norm.length > 3 && !/^\p{N}/u.test(norm) && wordRank(norm) === null;
}

/** Two capitalised words or more, with "and", "of", "for" and "the" inside: a name an acronym may stand for. */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*\p{Lu}[\p{L}’'-]*)+/gu;

/**
 * Acronyms for the names an article spells out: "the ACCC" for "the Australian Competition and Consumer Commission".
 * (Also where it shortens the name elsewhere: "AEU SA branch", then "a graduate teacher in South Australia" for "in SA".)
 */
function acronymsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(NAME_RUN)) {
    const name = m[0].replace(/^The\s+/u, '');
    const initials = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    // ("The Associated Press" is the AP; "In Paris" is no "IP".)
    if (initials.length >= 2 && !STOPWORDS.has(name.split(/\s+/u)[0]!.toLowerCase())) out.set(name, initials);
  }
  return out;
}

/** The article's words, with what soft matching needs to find stand-ins among them quickly. */
interface Vocabulary {
  stems: string[];
  /** Their vectors, one after another, `dimensions` floats each. */
  vectors: Float32Array;
  dimensions: number;
  /** Informativeness of each word. */
  weights: Float64Array;
  /** Stem -> its index. */
  index: Map<string, number>;
  /** First four letters -> indexes of the stems that start with them. */
  byPrefix: Map<string, number[]>;
  /** Each ending of 5 letters or more -> indexes of the stems that end with it. */
  bySuffix: Map<string, number[]>;
}

function vocabularyOf(words: Map<string, string>, vectors: Float32Array[]): Vocabulary {
  const stems = [...words.keys()];
  const dimensions = vectors[0]?.length ?? 0;
  const flat = new Float32Array(stems.length * dimensions);
  vectors.forEach((v, k) => flat.set(v, k * dimensions));
  const add = (map: Map<string, number[]>, key: string, k: number): void => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  const byPrefix = new Map<string, number[]>();
  const bySuffix = new Map<string, number[]>();
  stems.forEach((stem, k) => {
    if (stem.length >= 4) add(byPrefix, stem.slice(0, 4), k);
    for (let from = 0; stem.length - from >= 5; from++) add(bySuffix, stem.slice(from), k);
  });
  return {
    stems,
    vectors: flat,
    dimensions,
    weights: Float64Array.from(words.values(), (norm) => informativeness(norm)),
    index: new Map(stems.map((stem, k) => [stem, k])),
    byPrefix,
    bySuffix,
  };
}

/** "Who wrote this article?", "who is the author": asks for the byline. */
const AUTHOR = /^(?:who|whom)\s+(?:(?:wrote|writes|authored|penned|reported)\s+(?:it|(?:this|the)(?:\s+(?:article|story|piece|report))?)|(?:is|was|are|were)\s+the\s+(?:authors?|writers?|reporters?|journalists?)(?:\s+of\s+(?:this|the)(?:\s+(?:article|story|piece|report))?)?)\W*$/iu;

/** "What happens next?", "what are the next steps", "what happens now". */
const NEXT_QUESTION = /^(?:what(?:'s|’s|\s+is|\s+happens|\s+will\s+happen|\s+comes)\s+(?:next|now)|what\s+are\s+the\s+next\s+steps?|what\s+is\s+the\s+next\s+step)\W*$/iu;

/** "Who is quoted?", "list the speakers", "who are the main people in this story": asks for everyone quoted. */
const SPEAKERS = /^(?:who\s+(?:(?:is|are|was|were|gets?|got)\s+(?:being\s+)?(?:quoted|cited|interviewed)|speaks|spoke|talks|talked|comments|commented|(?:are|were)\s+the\s+(?:main\s+|key\s+)?(?:people|speakers|sources|voices|players|figures))|(?:list|name|show)(?:\s+me)?\s+(?:all\s+)?(?:the\s+)?(?:speakers|sources|people quoted|quoted people|people))(?:\s+(?:in|of|by|for)\s+(?:this|the)(?:\s+(?:article|story|piece|report))?)?\W*$/iu;

const GREETING = /^(?:hi|hello|hey|hiya|yo|salam|salaam|good (?:morning|afternoon|evening)|thanks|thank you|thx|ok|okay|cool|great|👋)[!. ]*$/iu;

export class QAEngine {
  readonly article: Article;
  readonly attribution: Attribution;
  readonly passages: readonly Passage[];
  readonly retriever: Retriever;
  readonly embedder: Embedder;
  readonly stats: EngineStats;
  private exampleQuestions: string[] = [];
  /** Quoted speaker -> "What did <name> say?", most quoted first; each checked to be answered. */
  private speakerQuestions = new Map<Speaker, string>();
  /** Stems the article writes only as names (capitalised, and not just because a sentence starts there): "Cusco". */
  private properNouns = new Set<string>();
  /** Every figure in the article in digits, as a number (read on first need). */
  private articleFigures: number[] | null = null;
  /** ... and those it writes in words (see `inWords`). */
  private figuresInWords: Set<number> | null = null;
  /** The article's people by their surname (see surnames()). */
  private bySurname: Map<string, Speaker[]> | null = null;
  /** Stems of the names of the people each paragraph quotes, by paragraph number (see quotedIn()). */
  private quotedStems: Map<number, Set<string>> | null = null;
  /** Stems of the headline's words. */
  private headlineStems = new Set<string>();
  /** The dateline's place ("TALISAY, Philippines — ..."): where the story is. */
  private datelineStems = new Set<string>();
  /**
   * The story's subject as the lede brings it in ("A family-run hot-spring spa ... reopened": "the spa") and the name
   * the next paragraph opens on ("Papillon Sulphur Springs, which ..."): a later "The spa closed" is about that name.
   */
  private storySubject: { noun: string; stems: Set<string> } | null = null;
  /** Dateline words the story never uses again: where it was filed from, which the story may not be about. */
  private datelineOnlyStems = new Set<string>();
  /** The words of the story's subject's name in the lede (see ledeNamed). */
  private ledeNamedStems = new Set<string>();
  /** Stems of the name of the one firm the article describes as a firm or company, if just one. */
  private firmStems = new Set<string>();
  /**
   * Stems of the one name the article gives a place or body of each kind, by the kind's word: "hospital" -> Lircay
   * Provincial Hospital, so that "the hospital's 62 beds" speaks of it.
   */
  private namedKinds = new Map<string, { name: Set<string>; core: Set<string>; the: RegExp; kindFirst: boolean }>();
  /** Whether the lede tells its event at the dateline's place, calling it by its kind ("in this market town"). */
  private ledeAtDateline = false;
  private vocabulary: Vocabulary = vocabularyOf(new Map(), []);
  /** Every word the article writes, as normalised. */
  private articleWords = new Set<string>();
  /** Two words the article writes together ("turbine operator"), to tell which word a slip stands for. */
  private articlePairs = new Set<string>();

  private constructor(article: Article, attribution: Attribution, passages: Passage[], retriever: Retriever, embedder: Embedder, cacheHit: boolean) {
    this.article = article;
    this.attribution = attribution;
    this.passages = passages;
    this.retriever = retriever;
    this.embedder = embedder;
    this.stats = { passages: passages.length, statements: attribution.statements.length, speakers: attribution.speakers.length, cacheHit };
  }

  /** Builds the engine for an article with an already loaded embedder. */
  static async create(article: Article, embedder: Embedder, options: { cacheDir?: string | null } = {}): Promise<QAEngine> {
    const attribution = extractStatements(article);
    const passages = buildPassages(article);
    const acronyms = acronymsOf(article.text);
    for (const p of passages) {
      const statements = attribution.statementsIn(p.sentence);
      if (statements.length) p.tags.add('statement');
      // Index a sentence under the speakers it quotes, so "he said" is found by name.
      for (const st of statements) if (st.speaker) p.extra.push(st.speaker.name, ...st.speaker.aliases);
      // And under the short forms of names it spells out ("in the United States" is found by "the US").
      for (const [name, short] of SHORT_NAMES) if (name.test(p.text)) p.extra.push(short);
      for (const m of p.text.matchAll(NAME_RUN)) {
        const short = acronyms.get(m[0].replace(/^The\s+/u, ''));
        if (short) p.extra.push(short);
      }
    }
    // And a sentence that opens on "It" under the thing the sentence before opened on ("The station, on the highway to
    // Ashgabat, opened on Saturday ... It cost 48 million manat and was built in 26 months").
    for (const [i, p] of passages.entries()) {
      const before = passages[i - 1];
      const thing = /^(?:It|They)\s/u.test(p.text) && before?.paragraph === p.paragraph ? /^(?:The|This|That)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=[,\s])/u.exec(before.text)?.[1] : undefined;
      if (thing) p.extra.push(thing);
    }
    // And the opening paragraph under the names it leaves out ("A Leeds-based payroll software company has been fined"
    // is found by "How much was Paylinq fined?").
    const properNouns = properNounsOf(article);
    const unnamed = unnamedSubjectsOf(article, properNouns, attribution.speakers);
    for (const p of passages) if (p.paragraph === 1) p.extra.push(...unnamed);
    // The article's words, embedded alongside the passages, for soft matching of question words.
    const words = new Map<string, string>();
    for (const p of passages) for (const t of contentTokens(tokenize(p.text))) if (!t.isNumber && t.norm.length > 2 && !words.has(t.stem)) words.set(t.stem, t.norm);
    const texts = [...passages.map((p) => p.text), ...words.values()];
    const { vectors, hit } = await cachedPassageVectors(embedder, texts, options.cacheDir ?? null);
    const retriever = new Retriever(passages, vectors.slice(0, passages.length));
    const engine = new QAEngine(article, attribution, passages, retriever, embedder, hit);
    engine.vocabulary = vocabularyOf(words, vectors.slice(passages.length));
    engine.properNouns = properNouns;
    const tokens = tokenize(article.text);
    engine.articleWords = new Set(tokens.map((t) => t.norm));
    engine.articlePairs = new Set(tokens.slice(1).map((t, i) => `${tokens[i]!.norm} ${t.norm}`));
    engine.headlineStems = new Set(tokenize(article.headline?.text ?? '').map((t) => t.stem));
    // ("Maldives island rations water": the lede's "Thinadhoo, an island in the far south" is the island; "Bahrain's
    // pearling trail": "Bahrain's Pearling Path, the 3.5-kilometre heritage trail", whose figure's point ends nothing.)
    for (const stem of headlineNamed(article)) engine.headlineStems.add(stem);
    engine.ledeNamedStems = new Set(ledeNamed(article));
    const dateline = DATELINE.exec(article.paragraphs[0]?.text ?? '')?.[0] ?? '';
    engine.datelineStems = new Set(tokenize(dateline).map((t) => t.stem));
    const body = new Set(tokenize(article.paragraphs.map((p) => p.text).join('\n').slice(dateline.length)).map((t) => t.stem));
    engine.datelineOnlyStems = new Set([...engine.datelineStems].filter((s) => !body.has(s) && !engine.headlineStems.has(s)));
    const ledeNoun = LEDE_SUBJECT.exec(article.paragraphs[0]?.text.slice(dateline.length) ?? '')?.[1];
    const secondName = /^((?:\p{Lu}[\p{L}’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]*),\s/u.exec(article.paragraphs[1]?.text ?? '')?.[1];
    if (ledeNoun && secondName) engine.storySubject = { noun: ledeNoun, stems: new Set(tokenize(secondName).map((t) => t.stem)) };
    // (Its name's capitalised words and its acronym, when the article describes just one firm so.)
    // (Not a day before "the company's director": "In court papers filed on Monday, the company's director, ...".)
    const firms = [...article.text.matchAll(FIRM_DESCRIBED)].filter((m) => !MONTH_OR_DAY.test(m[1]!) && !/^['’]s\b/u.test(article.text.slice(m.index + m[0].length)));
    // (Or the firm a lede brings in by its kind, which the next paragraph names: "A contractor hired to fix potholes
    // across Bloemfontein has downed tools ...", then "Motheo Civil Works was awarded a three-year ... contract".)
    const lede = article.paragraphs[0]?.text ?? '';
    const namedNext = firms.length === 0 && LEDE_FIRM.test(lede.slice(datelineLength(lede))) ? NAMED_FIRST.exec(article.paragraphs[1]?.text ?? '')?.[1] : undefined;
    if (new Set(firms.map((m) => m[1])).size === 1) {
      engine.firmStems = new Set(firms.flatMap((m) => [...tokenize(m[1]!).filter((t) => t.capitalized && !STOPWORDS.has(t.norm)).map((t) => t.stem), ...(m[2] ? [stem(normalizeWord(m[2]))] : [])]));
    } else if (namedNext) engine.firmStems = new Set(tokenize(namedNext).filter((t) => !STOPWORDS.has(t.norm)).map((t) => t.stem));
    // (Only a kind the article names once: two hospitals make "the hospital" either.)
    const kinds = new Map<string, Set<string>>();
    for (const m of [...article.text.matchAll(NAMED_KIND), ...article.text.matchAll(NAMED_KIND_LOWER)]) {
      // (Not a longer name's start: "the Monaco Hotel and Restaurant Workers' Union" is no hotel.)
      if (/^\s+(?:(?:and|&)\s+)?\p{Lu}/u.test(article.text.slice(m.index + m[0].length))) continue;
      const kind = m[2]!.toLowerCase();
      kinds.set(kind, (kinds.get(kind) ?? new Set<string>()).add(m[1]!));
    }
    const kindFirst = new Set<string>();
    for (const m of article.text.matchAll(KIND_THEN_NAME)) {
      const kind = m[1]!.toLowerCase();
      kinds.set(kind, (kinds.get(kind) ?? new Set<string>()).add(m[0]));
      kindFirst.add(kind);
    }
    for (const [kind, names] of kinds) {
      if (names.size !== 1) continue;
      const words = tokenize([...names][0]!).filter((t) => t.stem !== stem(kind));
      // (Its core, less the words of its name that say only what level it serves: "the Sinalagu health centre" is the
      // Sinalagu Area Health Centre.)
      // (Nor its nation's word: "the lifesaving society" is the Swiss Lifesaving Society.)
      const core = new Set(words.filter((t) => !LEVEL_WORDS.test(t.norm) && nationOf(t.stem) === undefined).map((t) => t.stem));
      engine.namedKinds.set(stem(kind), { name: new Set(words.map((t) => t.stem)), core, the: new RegExp(`\\bthe\\s+${kind}\\b`, 'iu'), kindFirst: kindFirst.has(kind) });
    }
    engine.ledeAtDateline = dateline !== '' && STORY_PLACE.test(article.paragraphs[0]!.text.slice(dateline.length));
    engine.exampleQuestions = await engine.buildExamples();
    engine.speakerQuestions = await engine.buildSpeakerQuestions();
    return engine;
  }

  /** Loads the article and the model, and builds the engine. */
  static async load(config: { articlePath: string; cacheDir?: string | null } & EmbeddingOptions): Promise<QAEngine> {
    const article = await loadArticle(config.articlePath);
    const embedder = await loadEmbedder(config);
    return QAEngine.create(article, embedder, { cacheDir: config.cacheDir === undefined ? path.resolve('data/cache') : config.cacheDir });
  }

  /** Three questions this article answers (for /start and for out-of-scope replies). */
  examples(): string[] {
    return this.exampleQuestions;
  }

  /**
   * Every question an answer may suggest, the examples first: also "What did <speaker> say?" for each quoted
   * person or organisation (offered when a who-said question finds nothing close). Fixed once the engine is built,
   * so a button can carry its index.
   */
  suggestionQuestions(): string[] {
    return [...this.exampleQuestions, ...[...this.speakerQuestions.values()].filter((q) => !this.exampleQuestions.includes(q))];
  }

  statements(): Statement[] {
    return this.attribution.statements;
  }

  async ask(raw: string, options: AskOptions = {}): Promise<Answer> {
    return (await this.trace(raw, options)).answer;
  }

  /** Like ask, with the evidence behind the answer. */
  async trace(raw: string, options: AskOptions = {}): Promise<{ answer: Answer } & Trace> {
    const question = correctTypos(analyzeQuestion(typeof raw === 'string' ? this.spellTitles(raw) : ''), (stem) => this.retriever.knows(stem), (word) => this.articleWords.has(word), (pair) => this.articlePairs.has(pair), (stem) => this.properNouns.has(stem));
    const ctxBase = { article: this.article, examples: this.exampleQuestions };
    const done = (answer: Answer, hits: Hit[] = [], confidence = 0): { answer: Answer } & Trace => ({ answer, question, hits, confidence });

    if (question.tokens.length === 0) {
      const a = outOfScope(question, ctxBase, 'Please send a question about the article, in words.');
      a.kind = 'empty';
      return done(a);
    }
    if (GREETING.test(question.text)) {
      const a = outOfScope(question, ctxBase, 'Hello! Ask me anything about the article.');
      a.kind = 'greeting';
      return done(a);
    }
    // ("Who is Duncan Miriri?" for a name in the byline: one of its authors.)
    const bylined = question.kind === 'role' && question.target && this.article.byline?.toLowerCase().includes(question.target.toLowerCase());
    if (AUTHOR.test(question.text) || bylined) return done(answerAuthor(question, ctxBase));
    const contextWith = (hits: Hit[]): AnswerContext => ({ ...ctxBase, attribution: this.attribution, retriever: this.retriever, passages: this.passages, hits });
    // Questions about the story as a whole: no search needed.
    if (NEXT_QUESTION.test(question.text)) return done(answerNext(question, contextWith([])), [], 1);
    if (SPEAKERS.test(question.text)) return done(answerSpeakers(question, contextWith([])), [], 1);
    const unknown = this.unknownName(question);
    const notMentioned = (): Answer => outOfScope(question, ctxBase, `The article doesn't mention ${unknown}.`);
    // (A who-said question's names may be the asker's own words for the claim: it is searched first, below.)
    if (question.kind !== 'what-said' && question.kind !== 'who-said' && unknown) return done(notMentioned());
    // "What will the weather be like in Stockholm this weekend?", "Will it snow in Tallinn?": weather the article never
    // speaks of is not in it, however much else of the question is (the city, "this weekend").
    const weather = question.kind !== 'what-said' && question.kind !== 'who-said' && [...question.text.matchAll(WEATHER_ASKED)].some((m) => !this.retriever.knows(stem(normalizeWord(m[0]))));
    if (weather) return done(outOfScope(question, ctxBase, "The article doesn't say anything about the weather."));
    // ("how do I make plov", "How do I make cassava bread at home?": a recipe, which a news story that gives none does
    // not answer, whatever else of the question it names.)
    if (HOW_TO_MAKE.test(question.text) && !this.retriever.knows(RECIPE_STEM)) return done(outOfScope(question, ctxBase, "The article doesn't say how to make that."));
    // "What did the World Anti-Doping Agency say?" when the article quotes only Kenya's Anti-Doping Agency: a name in
    // the speaker asked about that the article never uses is someone else.
    // (Not an acronym or an abbreviated title the article spells out: "the UN", "Voltaro's CEO".)
    if (question.kind === 'what-said' && unknown && /^\p{Lu}\p{Ll}/u.test(unknown) && !/\b\p{Lu}{2,}\b/u.test(unknown) && question.target?.includes(unknown)) return done(notMentioned());
    // "When is the deadline?", "when did it happen?" name no topic: they ask about the article's own, its headline's.
    // ("Where is this happening?": likewise, its only word being the happening.)
    const onlyHappening = question.terms.every((t) => /^(?:happen|occur|take|place)$/u.test(t.stem));
    if (onlyHappening && (question.kind === 'when' || question.kind === 'where') && (HAPPENED.test(question.text) || /\b(?:deadline|date|happens|happening|occurring|taking place)\b/iu.test(question.text)) && this.article.headline) {
      question.terms = analyzeQuestion(this.article.headline.text).terms;
    }
    if (question.terms.length === 0 && question.kind !== 'about') {
      const a = outOfScope(question, ctxBase, "I couldn't tell what you are asking about. Please name a person, place or topic from the article.");
      a.kind = 'unclear';
      return done(a);
    }

    const mode = options.mode ?? 'hybrid';
    const [queryVector] = mode === 'lexical' ? [null] : await this.embedder.embed([question.text], 'query');
    if (mode === 'hybrid') await this.addSoftMatches(question);
    // "What is the capital of France?" of an article that names France but never a capital: what is asked of it is
    // not in the article, however much else of the question is.
    // (Not "what is the name of ...", which asks who or what.)
    // (Or "What brand of solar fridge does the clinic use?" of an article that names no brand.)
    const attribute =
      question.kind === 'other' ? (/^what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the|a|an|its|their)\s+(?!names?\b|titles?\b)(\p{L}+)\s+of\b/iu.exec(question.text) ?? /^(?:what|which)\s+(brand|make|model|colou?r|flavou?r)\s+(?:of\s+)?\p{L}/iu.exec(question.text))?.[1] : undefined;
    const attributeTerm = attribute ? question.terms.find((t) => t.norm === normalizeWord(attribute)) : undefined;
    if (attributeTerm && !this.retriever.knows(attributeTerm.stem) && !(attributeTerm.alternatives ?? []).length) return done(outOfScope(question, ctxBase));
    let hits = this.retriever.search(question, queryVector ?? null, { mode, fusion: options.fusion, limit: 12 });
    // A who-said claim told with a name the article doesn't use ("not even during COVID" for "the pandemic", "an
    // American retailer" for "a buyer in New York"): the closest statement, hedged, if the passage retrieval ranks
    // first quotes its speaker too. (Closeness alone is not enough here: "Who said Macron will visit Erbil next month?"
    // comes closest to al-Amiri's "not President Macron's decision".)
    const searched = hits;
    const closest = async (): Promise<Answer | null> => {
      const loose = await this.closestStatement(question, searched[0], true);
      return loose && answerWhoSaidLoosely(question, contextWith(searched), loose);
    };
    if (question.kind === 'who-said' && unknown) {
      const loose = await closest();
      return loose ? done(loose, searched, 0) : done(notMentioned());
    }
    // Names and rare words the question gives must stand in the paragraph we answer from.
    const required = this.requiredStems(question);
    if (required.length && question.kind !== 'what-said' && question.kind !== 'acronym') {
      // The article's own subject, named in its headline, may go unnamed in the paragraph that answers ("the
      // Pune-based company said": Sahyadri Motors); it must still be a name the article uses.
      // (So may the place in its dateline, for who said something, when, where or why: "When was the Talisay jail
      // built?", "The jail was built in 1998". Not for a figure or a name, which a place may scope: "how many people in
      // the Netherlands have a library card", "what's the name of the printing company in Naryn".)
      // (By another word for it too: "the abattoir" of a headline's "Chitré slaughterhouse"; not a nation by its people's
      // word, "How many litres of mezcal did Mexico export?" of a "Mexican court". Or by a word of its family: "a
      // stitcher" of "Sialkot stitching centres".)
      const datelined = DATELINED_KINDS.has(question.kind);
      const family = (stem: string): boolean => [...this.headlineStems].some((h) => h.length >= 5 && stem.length > h.length && stem.startsWith(h));
      const inHeadline = (stem: string): boolean => this.headlineStems.has(stem) || (nationOf(stem) === undefined && ([...this.retriever.related(stem)].some((r) => this.headlineStems.has(r)) || family(stem)));
      // (So may the subject's own name, which the lede gives and the headline calls by its kind: "how long has the
      // dried-fruit woman been selling at Siyob?", "I have sold here for 27 years".)
      const local = required.filter((stem) => !inHeadline(stem) && !(datelined && (this.datelineStems.has(stem) || this.ledeNamedStems.has(stem))));
      // ("How many measles cases have been found in Ulaanbaatar?" of a story filed from there about a far province: the
      // dateline only.)
      // (A thing asked by its kind is refused below, by name: "The article doesn't name the printing company.")
      // (Not when the lede tells its event there, calling the place by its kind: "in this market town".)
      const filedFrom = !datelined && !question.entity && !this.ledeAtDateline && local.some((stem) => this.datelineOnlyStems.has(stem));
      const questionStems = question.tokens.map((t) => t.stem);
      hits = filedFrom ? [] : hits.filter((h) => this.paragraphSays(h.passage, local, questionStems));
      if (hits.length === 0) {
        // (A figure no passage gives speaks against the claim: "who said the death toll would go above 1,000".)
        const figures = local.filter((stem) => /^\d/u.test(stem));
        const figuresFound = figures.length === 0 || searched.some((h) => this.retriever.paragraphHas(h.passage.id, figures));
        const loose = question.kind === 'who-said' && figuresFound ? await closest() : null;
        return loose ? done(loose, searched, 0) : done(outOfScope(question, ctxBase), hits, 0);
      }
    }
    // "Which law firm does Doherty work for?": the kind of thing asked must stand in the paragraph that names it, with
    // a name next to it ("Tian Shan Hydro, the company that ..."); a paragraph that only quotes Doherty, or says "his
    // firm", does not say. (Not "which official": an official goes by a title.)
    // ("Who was the captain?", "who is the CEO?": a speaker the article gives that role answers, wherever the paragraph.)
    // ("What's the name of the Fatih alliance leader?": the one quoted in that role, as "who is the Fatih alliance leader"
    // finds them, "head of the political Fatih alliance".)
    const nameAsked = question.kind === 'other' && question.entity?.byName && personNamed(question.entity.head) ? /\bname\s+of\s+(.+?)\W*$/iu.exec(question.text)?.[1] : undefined;
    const holder = question.kind === 'role' || nameAsked !== undefined ? answerRole(nameAsked !== undefined ? { ...question, kind: 'role', target: nameAsked } : question, contextWith(hits)) : null;
    // (Never one the question names: "What is the name of Marta Sancho's partner?" asks someone else's.)
    const held = holder?.speaker && (nameAsked === undefined || !tokenize(holder.speaker).some((t) => question.tokens.some((q) => q.stem === t.stem)));
    if (nameAsked !== undefined && held) return done({ ...holder!, kind: question.kind, answerLine: `${holder!.speaker}.` }, hits, 1);
    // ("What is the insect called?": "The pest, known as white scale or Parlatoria blanchardi", a name given after the word
    // for it, or one related, in lower case or not.)
    const knownAs = question.kind === 'other' && NAME_ASKED.test(question.text) ? answerKnownAs(question, contextWith(hits)) : null;
    if (knownAs) return done(knownAs, hits, 1);
    // ("what are moliceiros": what the article first says they are.)
    const definition = question.kind === 'other' ? answerDefinition(question, contextWith(hits)) : null;
    if (definition) return done(definition, hits, 1);
    if (question.entity && !held) {
      const { phrase, head, byName } = question.entity;
      const asked = new Set(question.tokens.map((t) => t.stem));
      // (A person is named beside the word for them: see personNamed. Asked which one, also further off than a thing's
      // name: "Sofia Quintas, a 34-year-old guide" for "Which guide thinks ...?")
      const beside = personOfEntity(question.entity);
      const person = byName ? beside : null;
      const names = (paragraph: number): boolean =>
        (paragraph === 0 ? this.article.headline : this.article.paragraphs[paragraph - 1])?.sentences.some((s) => {
          if (person) return person(s.text) !== null;
          if (beside?.(s.text)) return true;
          const tokens = tokenize(s.text);
          // (Or by another word for the kind: "the Danish Environmental Protection Agency" for "which authority".)
          const heads = tokens.flatMap((t, i) => (singular(t.norm) === head || (t.capitalized && KIND_TWINS[head]?.includes(singular(t.norm))) ? [i] : []));
          // (Not "I": "Before the ferry, I sold two or three boats a month" names no ferry.)
          const named = (t: (typeof tokens)[number]): boolean => t.capitalized && !t.isNumber && t.norm !== 'i' && !asked.has(t.stem) && !MONTH_OR_DAY.test(t.text);
          // (Not a nation's adjective, "a consortium of Italian and Maltese investors", "a Dutch infrastructure fund"; nor a
          // place where the thing is, "at a bank branch in Sagaing town".)
          const describes = (i: number): boolean => {
            const [before, after] = [s.text.slice(0, tokens[i]!.start), s.text.slice(tokens[i]!.end)];
            const adjective = nationOf(tokens[i]!.stem) !== undefined && /^\s*(?:and\s|or\s|\p{Ll})/u.test(after);
            const town = /\b(?:in|near|at|from)\s+$/iu.test(before) && new RegExp(`^\\s+(?!${escapeRegExp(head)}\\b)(?:town|city|village|district|province|region|county)\\b`, 'iu').test(after);
            // (Nor where one it does not name stands, past a preposition after it: "a hotel on Avenue Princesse Grace", "a
            // commercial bank in Maputo", "at least two buyers in Europe", "our buyers in Europe"; but "airports in Surabaya and
            // Malang" are named by their towns.)
            // (Nor the places a route runs between, whatever comes before it: "the car ferry between Husøy ... and Stokkvågen".)
            const between = heads.some((h) => h < i && i - h <= NAME_NEAR_THING && tokens.slice(h + 1, i).some((t) => t.norm === 'between'));
            // (Nor a name past a thing the kind's word only qualifies: "the ferry quay at Stokkvågen", "ferry cuts leave Træna".)
            const qualifies = heads.some((h) => h + 1 < i && i - h <= NAME_NEAR_THING && tokens[h + 1] !== undefined && /^\p{Ll}{3,}$/u.test(tokens[h + 1]!.text) && !STOPWORDS.has(tokens[h + 1]!.norm));
            const located = between || qualifies || heads.some((h) => h < i && i - h <= NAME_NEAR_THING && tokens.slice(Math.max(0, h - 3), h).some((t) => t.isNumber || /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|several|our|their|its|his|her|my)$/u.test(t.norm)) && tokens.slice(h + 1, i).some((t) => PLACE_PREPOSITION.test(t.norm)));
            return adjective || town || located;
          };
          // (Another word for the kind counts with a name just after it: "Argentine side Talleres" is a club.)
          const twin = tokens.some((t, i) => i > 0 && KIND_TWINS[head]?.includes(singular(t.norm)) && tokens[i + 1] !== undefined && named(tokens[i + 1]!));
          return twin || tokens.some((t, i) => i > 0 && named(t) && !describes(i) && heads.some((h) => Math.abs(h - i) <= NAME_NEAR_THING));
        }) ?? false;
      // (Several hits share a paragraph: each is read once.)
      const naming = new Map<number, boolean>();
      const namesOnce = (paragraph: number): boolean => naming.get(paragraph) ?? naming.set(paragraph, names(paragraph)).get(paragraph)!;
      hits = hits.filter((h) => namesOnce(h.passage.paragraph));
      // ("The article doesn't name Marta Sancho's partner.": no "the" before a name's possessive, unless the question puts
      // it there, "the Southern Pearl's captain".)
      const which = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*['’]s\s/u.test(phrase) && !new RegExp(`\\bthe\\s+${escapeRegExp(phrase)}`, 'iu').test(question.text) ? phrase : `the ${phrase}`;
      if (hits.length === 0) return done(outOfScope(question, ctxBase, byName ? `The article doesn't name ${which}.` : `The article doesn't say which ${phrase}.`), hits, 0);
    }
    const ctx = contextWith(hits);

    if (question.kind === 'what-said') return done(answerWhatSaid(question, ctx), hits, 1);
    if (question.kind === 'acronym') {
      const a = answerAcronym(question, ctx);
      if (a) return done(a, hits, 1);
      question.kind = 'other';
    }
    if (question.kind === 'about') return done(answerFactoid(question, ctx), hits, 1);
    const victims = answerVictims(question, ctx);
    if (victims) return done(victims, hits, 1);

    const confidence = this.confidence(question, hits);
    // A why-question is typed too when a top passage gives a cause next to its words ("called off because of gusts").
    const typed =
      question.kind === 'how-many' ||
      question.kind === 'when' ||
      question.kind === 'where' ||
      (question.kind === 'why' && hits.slice(0, 3).some((h) => h.passage.paragraph > 0 && extractCause(question, h.passage.text) !== null));
    const threshold = typed ? TYPED_IN_SCOPE_THRESHOLD : question.kind === 'yes-no' ? YES_NO_THRESHOLD : question.kind === 'other' && !WHAT_IS_THE.test(question.text) ? OTHER_THRESHOLD : IN_SCOPE_THRESHOLD;
    if (question.kind === 'who-said' && hits.length > 0 && confidence < threshold) {
      const loose = await this.closestStatement(question, hits[0]);
      if (loose) return done(answerWhoSaidLoosely(question, ctx, loose), hits, confidence);
      return done(this.whoSaidNotFound(question, ctxBase, hits), hits, confidence);
    }
    // A figure, date or place that a passage gives right next to the question's words answers, however little of the
    // question the passage holds in other words ("How far down is the sunken ship resting?": "at a depth of 54 metres").
    // ("How much will it cost?" names nothing but the cost: the sum the article gives, whatever it calls it.)
    const costOnly = question.kind === 'how-many' && asksCostOnly(question.terms);
    if (typed && question.kind !== 'why' && hits.length > 0 && confidence < threshold && (confidence >= 0.1 || costOnly)) {
      const sure = answerFactoid(question, ctx, SURE_ANSWER_QUALITY);
      if (sure.inScope && !this.deedUnsaid(question, sure)) return done(sure, hits, confidence);
    }
    // ("Which river flows through the damaged area?": the best passage names a river, "the Vardar river", however few of
    // the question's other words it shares.)
    // (Not for several, "which airports", nor when the sentence lacks the question's other words for it: "which
    // Chinese company" of "the state company, Yacimientos de Litio Bolivianos".)
    const entity = question.kind === 'other' && question.entity && !question.entity.byName && !/[^s]s$/iu.test(question.entity.phrase) ? question.entity : null;
    const namedThing = (cue: string): string | null =>
      entity && tokenize(entity.phrase).slice(0, -1).every((t) => STOPWORDS.has(t.norm) || tokenize(cue).some((w) => w.stem === t.stem)) ? thingNamed(entity.head, cue) : null;
    if (entity && hits.length > 0 && confidence < threshold && confidence >= 0.1) {
      const answer = answerFactoid(question, contextWith(hits.slice(0, 1)));
      const thing = namedThing(answer.citations[0]?.text ?? '');
      if (thing) return done({ ...answer, answerLine: `${thing}.` }, hits, confidence);
    }
    if (hits.length === 0 || confidence < threshold) return done(outOfScope(question, ctxBase), hits, confidence);
    if (question.kind === 'yes-no' || question.kind === 'other') {
      const answer = answerFactoid(question, ctx);
      // "What was the name of the bus driver?": the name, when the cited sentence gives it beside that word.
      // (So for which one: "Which guide leads day trips from Lisbon?" is "Sofia Quintas", "a 34-year-old guide who leads
      // day trips from Lisbon".)
      const named = question.entity ? personOfEntity(question.entity)?.(answer.citations[0]?.text ?? '') : null;
      if (named) return done({ ...answer, answerLine: `${named}.` }, hits, confidence);
      // ("Which river runs through the area?": the name beside the word for a river, "the Vardar river".)
      const thing = namedThing(answer.citations[0]?.text ?? '');
      if (thing) return done({ ...answer, answerLine: `${thing}.` }, hits, confidence);
      // A yes/no (or untyped what-) question the cited paragraph does not put in its own words ("did the markets
      // get nervous", "did Macron meet Amiri"): the passage is the closest the article comes, which may or may not
      // answer it; say so rather than present it as the answer. Word overlap cannot tell those two apart.
      const sentence = ctx.article.sentences.findIndex((x) => x.start === answer.citations[0]?.start);
      const cited = hits.find((h) => h.passage.sentence === sentence);
      const has = (stem: string): boolean => (cited ? this.retriever.paragraphHas(cited.passage.id, [stem]) : false);
      const lacks = (t: Term): boolean => !has(t.stem) && !(t.alternatives ?? []).some((x) => x.similarity >= HEDGE_ALTERNATIVE_SIMILARITY && has(x.stem));
      const unmatched = question.terms.filter((t) => t.weight >= HEDGE_TERM_WEIGHT && lacks(t));
      // (A question about what will happen that the closest passage does not put in its words, nor speaks of what is
      // to come: not known yet.)
      const citedText = sentence >= 0 ? ctx.article.sentences[sentence]!.text : '';
      const futureUnsaid = ASKS_FUTURE.test(question.text) && unmatched.length > 0 && !SPEAKS_OF_FUTURE.test(citedText);
      // (Nor what the question asks happened, when the closest paragraph has no word for it, however common the word:
      // "Has anyone been arrested over the fire?" and a paragraph about the fire; "Were any protesters killed?".)
      const doneWord = (ASKS_DONE.exec(question.text) ?? ASKS_DID.exec(question.text))?.[1];
      const doneStem = doneWord ? tokenize(doneWord)[0]?.stem : undefined;
      const doneTerm = question.terms.find((t) => t.stem === doneStem);
      const doneUnsaid = doneTerm !== undefined && lacks(doneTerm);
      // (Nor whether it goes for something else "too", which the closest paragraph does not name: "Will Nicosia also face
      // water cuts?" and a paragraph about Limassol's.)
      const alsoUnsaid = ALSO.test(question.text) && unmatched.length > 0;
      if (question.kind === 'yes-no' && (futureUnsaid || doneUnsaid || alsoUnsaid)) return done(outOfScope(question, ctxBase), hits, confidence);
      if (confidence < IN_SCOPE_THRESHOLD || unmatched.length > 0) {
        // ("What are the names of the three people injured in the fire?": the closest passage, which gives no such name,
        // answers nothing asked.)
        // ("What are the names of the ships?": "its two ships, the Umiak Trader and the Tasiujaq", the names listed.)
        const listed = question.kind === 'other' && question.entity?.byName && /\bnames\b/iu.test(question.text) ? thingsNamed(question.entity.head, citedText) : null;
        if (listed) return done({ ...answer, speaker: null, speakerRole: null, answerLine: `${listed}.` }, hits, confidence);
        if (question.kind === 'other' && NAME_ASKED.test(question.text)) return done(outOfScope(question, ctxBase, /\bnames\b/iu.test(question.text) ? "The article doesn't give their names." : "The article doesn't give that name."), hits, confidence);
        return done({ ...answer, speaker: null, speakerRole: null, answerLine: CLOSEST_LINE }, hits, confidence);
      }
      return done(answer, hits, confidence);
    }
    if (question.kind === 'who-said') {
      const answer = answerWhoSaid(question, ctx);
      // "Who said Dana Whitcomb should have closed the schools earlier?" is a judgement of her, which others make: her
      // own words on the schools do not answer it. (Not "who said Macron would keep troops in Iraq", which he did.)
      const judged = /\b(?:said|says|claimed|argued|insisted|thinks|believes)\s+(?:that\s+)?((?:[\p{L}’'.-]+\s+){1,3}?)(?:should|ought to|must)\b/iu.exec(question.text)?.[1];
      const speaker = judged ? (this.attribution.speakers.find((sp) => sp.name === answer.speaker) ?? null) : null;
      if (judged && isNamed(speaker, new Set(tokenize(judged).map((t) => t.stem)))) return done(this.whoSaidNotFound(question, ctxBase, hits), hits, confidence);
      // The closest sentence quotes nobody: a statement in other words may still be what the question means.
      const cited = this.article.sentences.findIndex((x) => x.start === answer.citations[0]?.start);
      const loose = this.attribution.statementsIn(cited).length === 0 ? await this.closestStatement(question) : null;
      return done(loose ? answerWhoSaidLoosely(question, ctx, loose) : answer, hits, confidence);
    }
    if (question.kind === 'role') return done(answerRole(question, ctx), hits, confidence);
    const answer = answerFactoid(question, ctx);
    // "Who won the Lebanese basketball league?", "who manufactures the gas exploders?": the deed asked, which the cited
    // paragraph must tell in its words or near ones; otherwise it names someone who did something else.
    // (So for "When was the contract for the harbour expansion signed?": not the day the work "came to a halt".)
    if (this.deedUnsaid(question, answer)) return done(outOfScope(question, ctxBase), hits, confidence);
    // "Which club did Villanueva play for before Brighton?": the name beside the word for a club in the cited sentence.
    const thing = question.entity && !question.entity.byName && answer.citations[0] ? thingNamed(question.entity.head, answer.citations[0].text) : null;
    return done(thing ? { ...answer, answerLine: `${thing}.` } : answer, hits, confidence);
  }

  /**
   * Whether a who-question's verb ("Who won ...?"), or a when-question's deed of record ("When was the contract
   * signed?"), goes unsaid in the paragraph the answer cites.
   */
  private deedUnsaid(question: Question, answer: Answer): boolean {
    const verb = (question.kind === 'when' ? WHEN_DEED : question.kind === 'who' ? WHO_DEED : null)?.exec(question.text)?.[1];
    const term = verb ? question.terms.find((t) => t.stem === stem(normalizeWord(verb))) : undefined;
    const sentence = this.article.sentences.findIndex((x) => x.start === answer.citations[0]?.start);
    const passage = this.passages.find((p) => p.sentence === sentence);
    if (!term || !passage) return false;
    const has = (s: string): boolean => this.retriever.paragraphHas(passage.id, [s]);
    // (Not a word the vectors only put beside it: "who owns the palace?" is not "who sells cashew juice ... by the palace
    // steps", own and sell standing in the same places. But the same deed told from its other side is: "Who bought
    // Kyklades Maritime?", "was sold on Monday to Aegean Lines"; unless the question says that side itself, "Who will buy
    // the 23 branches the bank has to sell?".)
    const converse = (CONVERSE_DEEDS.get(term.stem) ?? []).filter((c) => !question.tokens.some((t) => t.stem === c));
    return !has(term.stem) && ![...this.retriever.related(term.stem), ...relatedWords(term.stem), ...converse].some(has);
  }

  /** How sure we are that the article answers: topic coverage and similarity of the best passages. */
  confidence(question: Question, hits: Hit[]): number {
    let best = 0;
    // A who-said question's evidence is its claim: the people it names are found by name in every statement of theirs.
    const claim = question.kind === 'who-said' ? this.claimTerms(question) : null;
    for (const h of hits.slice(0, 3)) {
      const coverage = claim ? this.retriever.coverage(claim, h.passage.id) : h.coverage;
      best = Math.max(best, 0.75 * coverage + 0.25 * Math.max(0, h.cosine));
    }
    // Informative words the article never uses, with nothing close to stand in ("weather", "population").
    let missing = 0;
    for (const t of question.terms) {
      if (t.weight >= 0.6 && !/^\d/u.test(t.norm) && !this.retriever.knows(t.stem) && !(t.alternatives ?? []).length) missing += t.weight;
    }
    // ("When is the next general election in Nigeria?": the article's place, and nothing else of the question in it.)
    const known = (t: Question['terms'][number]): boolean => this.retriever.knows(t.stem) || (t.alternatives ?? []).length > 0;
    const words = question.terms.filter((t) => !/^\d/u.test(t.norm));
    const onlyNames = words.filter((t) => !known(t)).length >= 2 && words.every((t) => !known(t) || this.properNouns.has(t.stem));
    return onlyNames ? 0 : Math.max(0, best - 0.1 * missing);
  }

  /** A who-said question's words without the people it names: "Who said Karanja will be replaced" asks about the claim. */
  private claimTerms(question: Question): Question['terms'] | null {
    const names = namesAsked(question, this.attribution);
    const claim = question.terms.filter((t) => !names.has(t.stem));
    return claim.length > 0 && claim.length < question.terms.length ? claim : null;
  }

  /** The article's people by surname, in lower case (read once: a long article names thousands). */
  private surnames(): Map<string, Speaker[]> {
    if (!this.bySurname) {
      this.bySurname = new Map();
      for (const sp of this.attribution.speakers) {
        if (sp.kind !== 'person') continue;
        const last = sp.name.toLowerCase().split(/\s+/u).at(-1)!;
        this.bySurname.set(last, [...(this.bySurname.get(last) ?? []), sp]);
      }
    }
    return this.bySurname;
  }

  /**
   * Whether a short acronym opens a longer one the article uses, which names one of its bodies: "the UN heritage list"
   * of "a UNESCO World Heritage site".
   */
  private opensAcronym(t: Token): boolean {
    return /^\p{Lu}{2,3}$/u.test(t.text) && new RegExp(`\\b${t.text}\\p{Lu}{2,}\\b`, 'u').test(this.article.text);
  }

  /** Whether the question's word at `i` stands beside one it stands beside in the article ("supreme court"). */
  private namePair(q: Question, i: number): boolean {
    const [before, word, after] = [q.tokens[i - 1], q.tokens[i]!, q.tokens[i + 1]];
    // (Not beside a word of grammar: "the old fortifications", for the article's "the Old Town".)
    const beside = (t: Token | undefined): t is Token => t !== undefined && !STOPWORDS.has(t.norm);
    return (beside(before) && this.articlePairs.has(`${before.norm} ${word.norm}`)) || (beside(after) && this.articlePairs.has(`${word.norm} ${after.norm}`));
  }

  /** Stems of the question's names and rare words (and numbers), which an answer's paragraph must contain. */
  private requiredStems(q: Question): string[] {
    // ("Where does Patrick Lemaire live?": "Lemaire, 64, who lives in Thionville". A person the article names in full
    // goes by the surname after that, so the given name need not stand in the paragraph.)
    const givenName = (i: number): boolean => {
      const [given, surname] = [q.tokens[i]!, q.tokens[i + 1]];
      if (!surname?.capitalized || !/^\s+$/u.test(q.text.slice(given.end, surname.start))) return false;
      // (The only one of that surname: "Ana Lemaire", his wife, would make "Lemaire" alone ambiguous.)
      const full = `${given.text} ${surname.text}`.toLowerCase();
      const same = this.surnames().get(surname.text.toLowerCase()) ?? [];
      return same.length === 1 && same[0]!.name.toLowerCase().endsWith(full);
    };
    return q.tokens
      .filter(
        (t, i) =>
          !STOPWORDS.has(t.norm) &&
          !(t.capitalized && givenName(i)) &&
          // ("who said the hike would leave her more than R200 out of pocket": a bound the article's "R208" meets.)
          !(t.isNumber && this.meetsBound(q.text.slice(0, t.start), t.norm)) &&
          // ("... protected the coast for 1000 years": the article's "for a thousand years".)
          !(t.isNumber && this.inWords().has(Number(t.norm.replace(/,/gu, '')))) &&
          // (Nor a decade, which the article may tell by its years: "since the mid-2000s boom", "after 2005".)
          !(t.isNumber && /^['’]?s\b/u.test(q.text.slice(t.end))) &&
          !/'/u.test(t.norm) &&
          !this.opensAcronym(t) &&
          // ("How high up was the hut?" asks a height, whatever "the High Tatras" is called.)
          q.tokens[i - 1]?.norm !== 'how' &&
          // (Nor a month the article never names: "between January and September", its "first nine months of the year".)
          !(MONTH_OR_DAY.test(t.text) && !this.retriever.knows(t.stem)) &&
          ((t.capitalized && i > 0 && !t.isNumber) || (t.isNumber && t.norm.length >= 3) || this.rareWord(q, t.norm) || (this.properNouns.has(t.stem) && !(commonInLowerCase(t) && !this.namePair(q, i)))),
      )
      .map((t) => t.stem);
  }

  /**
   * Whether a passage's paragraph gives these stems, or the paragraph before gives those it lacks when this one goes on
   * about the same subject ("Alizé Airlines ... said it had cancelled 212 flights", then "Its chief executive ... said the
   * strike would cost the company about 3.5 million euros").
   */
  /** Stems of the names of the people a paragraph quotes, however it names them ("She said ..."). */
  private quotedIn(paragraph: number): Set<string> {
    if (!this.quotedStems) {
      this.quotedStems = new Map();
      for (const st of this.attribution.statements) {
        if (st.speaker?.kind !== 'person') continue;
        const set = this.quotedStems.get(st.paragraph) ?? new Set<string>();
        for (const t of tokenize(st.speaker.name)) set.add(t.stem);
        this.quotedStems.set(st.paragraph, set);
      }
    }
    return this.quotedStems.get(paragraph) ?? new Set();
  }

  private paragraphSays(passage: Passage, stems: readonly string[], asked: readonly string[] = stems): boolean {
    if (this.retriever.paragraphHas(passage.id, stems)) return true;
    const text = this.article.paragraphs[passage.paragraph - 1]?.text ?? '';
    // The dateline's place goes by its kind once the story is there: "At least 23 of the city's roughly 40 fuel
    // stations" are Dili's, in a story filed from Dili.
    const placeOfStory = (stem: string): boolean => this.datelineStems.has(stem) && STORY_PLACE.test(text);
    // (So does the one firm the article describes as such: "Dragages Fluviaux du Congo (DFC), the local firm hired in
    // 2023", then "at the company's yard in the Mpila district" for "Where is DFC's yard?".)
    const theFirm = (stem: string): boolean => this.firmStems.has(stem) && THE_FIRM.test(text);
    // (So does the lede's day in the paragraph after it, which goes on with its event: "derailed ... on Sunday", then
    // "Twenty-two of the train's 210 wagons left the track" for "how many wagons came off the rails on Sunday".)
    const previous = passage.paragraph === 2 ? this.passages.find((p) => p.paragraph === 1) : undefined;
    const dayBefore = (stem: string): boolean => previous !== undefined && WEEKDAY_STEMS.has(stem) && this.retriever.paragraphHas(previous.id, [stem]);
    // (And the lede's name for the thing the question calls by it: "the community health unit in Nahulingo", then "who
    // has run the clinic for nine years" for "how long has the doctor been in charge at the Nahulingo clinic".)
    let said: readonly Token[] | undefined;
    // (Or by the kind before its name, or a word for it: "Typhoon Kong-rey ... made landfall" for the lede's "Typhoon
    // Kong-rey", then "The storm, which made landfall on Oct. 31".)
    const theThingBefore = (stem: string): boolean => {
      const at = asked.indexOf(stem);
      if (previous === undefined || at < 0 || !this.retriever.paragraphHas(previous.id, [stem])) return false;
      let [from, to] = [at, at];
      while (from > 0 && stems.includes(asked[from - 1]!)) from--;
      while (to + 1 < asked.length && stems.includes(asked[to + 1]!)) to++;
      const [after, before] = [asked[to + 1], asked[from - 1]];
      const kinds = new Set([after, before, ...(before !== undefined && !STOPWORDS.has(before) ? this.retriever.related(before) : [])].filter((x): x is string => x !== undefined && !STOPWORDS.has(x)));
      const words = (said ??= tokenize(text));
      return words.some((t, i) => words[i - 1]?.norm === 'the' && kinds.has(t.stem));
    };
    // (And the story's subject, by the noun the lede brings it in with: "The spa closed on September 14, 2022" for "When
    // did Papillon Sulphur Springs close?".)
    const opening = openingNoun(text);
    const theSubject = (stem: string): boolean => opening !== undefined && this.storySubject?.noun === opening && this.storySubject.stems.has(stem);
    // (And the one place or body of its kind the article names, by that kind: "supply the hospital's 62 beds" for "How
    // many beds does Lircay Provincial Hospital have?".)
    // (The whole name asked: "How many people live in Lircay?" is not about the hospital; or its core and its kind, "the
    // Sinalagu health centre" for the Sinalagu Area Health Centre.)
    // (A name its kind opens is no town's: "so how long has Ferreira been cleaning rooms at the Belvedere?" for "who has
    // worked at the hotel for 17 years", of the Hotel Belvedere Riviera.)
    const theKind = (x: string): boolean =>
      [...this.namedKinds].some(([kind, { name, core, the, kindFirst }]) => (name.has(x) || x === kind) && (kindFirst || (asked.includes(kind) ? [...core] : [...name]).every((n) => asked.includes(n))) && the.test(text));
    // (And a year the paragraph before names, which this one calls "the year": "the sardine catch limit for 2025 was cut",
    // then "agreed ... to cap the joint catch at 45,000 tonnes for the year".)
    const yearBefore = (stem: string): boolean => {
      const before = /^(?:19|20)\d\d$/u.test(stem) && THE_YEAR.test(text) ? this.passages.find((p) => p.paragraph === passage.paragraph - 1 && p.paragraph > 0) : undefined;
      return before !== undefined && this.retriever.paragraphHas(before.id, [stem]);
    };
    // (And a person the paragraph quotes by a pronoun only: "She said she employed seven cooks and drivers" for "how many
    // people does adams employ".)
    const quoted = (stem: string): boolean => this.quotedIn(passage.paragraph).has(stem);
    if (stems.every((s) => placeOfStory(s) || dayBefore(s) || theThingBefore(s) || theFirm(s) || theSubject(s) || theKind(s) || yearBefore(s) || this.retriever.paragraphHas(passage.id, [s]) || quoted(s))) return true;
    // (Or "the workshop" of the paragraph before's "a corrugated-iron workshop off Godaif Road": the thing it brought in.)
    const broughtBackIn = (): boolean => opening !== undefined && bringsBackIn(opening, this.article.paragraphs[passage.paragraph - 2]?.text ?? '', stems.filter((s) => !this.retriever.paragraphHas(passage.id, [s])));
    // (Or the lede's: "a programme to sink 120 boreholes", then, paragraphs later, "The programme, launched in March 2023".)
    const lacking = stems.filter((s) => !this.retriever.paragraphHas(passage.id, [s]));
    const fromLede = passage.paragraph > 2 && opening !== undefined && bringsBackIn(opening, this.article.paragraphs[0]?.text ?? '', lacking);
    // (Or a quotation of whoever the paragraph before quoted: "At the village dairy in Vuadens, ... Nicolas Jaquet said
    // ...", then "“If I pay more than the cheese earns ...,” Jaquet told Reuters. “I have been making cheese here since
    // 1996 ...”".)
    const quotedBefore = (): boolean => {
      if (!/^[“"]/u.test(text)) return false;
      const speakers = new Set(this.attribution.statements.filter((st) => st.paragraph === passage.paragraph - 1).map((st) => st.speaker));
      return this.attribution.statements.some((st) => st.paragraph === passage.paragraph && st.direct && st.speaker !== null && speakers.has(st.speaker));
    };
    const before = passage.paragraph > 1 && (GOES_ON.test(text) || QUOTE_GOES_ON.test(text) || broughtBackIn() || quotedBefore()) ? this.passages.find((p) => p.paragraph === passage.paragraph - 1) : fromLede ? this.passages.find((p) => p.paragraph === 1) : undefined;
    return before !== undefined && stems.every((s) => this.retriever.paragraphHas(passage.id, [s]) || this.retriever.paragraphHas(before.id, [s]));
  }

  /** The figures the article writes in words ("a thousand years", "seven", "a dozen"), by value. */
  private inWords(): Set<number> {
    return (this.figuresInWords ??= new Set(
      [...this.article.text.matchAll(/\b[a-z]+\b/giu)].flatMap((m) => {
        const n = SCALE_WORDS.get(m[0].toLowerCase()) ?? figureOf(m[0]);
        return n === null ? [] : [n];
      }),
    ));
  }

  /** Whether a figure the question bounds ("more than 200", "about 1,200") is met by one the article gives. */
  private meetsBound(before: string, norm: string): boolean {
    const asked = Number(norm.replace(/,/gu, ''));
    const range = boundedRange(before, asked);
    if (!range) return false;
    return (this.articleFigures ??= [...this.article.text.matchAll(/\d[\d,]*(?:\.\d+)?/gu)].map((m) => Number(m[0].replace(/,/gu, '')))).some((n) => n !== asked && n >= range[0] && n <= range[1]);
  }

  /**
   * Question words the article never uses get stand-ins: article words whose
   * embeddings are close ("army" ~ "forces"), or that share a long prefix
   * ("dockers" ~ "dockworkers").
   */
  private async addSoftMatches(q: Question): Promise<void> {
    // Only informative words: "go" or "get" would find "come" and "have" everywhere.
    // A name the article uses ("Brighton") is matched as written: its neighbours ("Hove", "Albion") are other names.
    const names = new Set(q.tokens.filter((t, i) => t.capitalized && i > 0).map((t) => t.stem));
    // (A common verb with its particle means something of its own: "called off" is "cancelled", "shut down" "closed".)
    const phrasal = new Map(
      q.terms.map((t) => {
        const particle = q.tokens[q.tokens.findIndex((x) => x.stem === t.stem) + 1]?.norm;
        return [t, particle ? [...relatedWords(`${t.stem} ${particle}`)] : []];
      }),
    );
    const unknown = q.terms.filter((t) => !/^\d/u.test(t.norm) && (t.weight >= 0.5 || phrasal.get(t)!.length > 0) && !(names.has(t.stem) && this.retriever.knows(t.stem)));
    if (unknown.length === 0 || this.vocabulary.stems.length === 0) return;
    const vectors = await this.embedder.embed(unknown.map((t) => t.norm), 'passage');
    const { stems, vectors: vocab, dimensions, weights, index, byPrefix, bySuffix } = this.vocabulary;
    const dots = new Float64Array(stems.length);
    unknown.forEach((t, i) => {
      dotProducts(vocab, stems.length, dimensions, vectors[i]!, dots);
      // Rare words are often names ("buenos"): their neighbours are other names, so ask for a closer match.
      const min = t.weight >= 0.75 ? SOFT_MATCH_MIN_RARE : SOFT_MATCH_MIN;
      // (A common verb is matched by its phrase's meaning only: "called off", not "caller".)
      if (t.weight < 0.5) {
        t.alternatives = phrasal.get(t)!.flatMap((r) => (index.get(r) !== undefined && r !== t.stem ? [{ stem: r, similarity: LEXICON_SIMILARITY }] : [])).slice(0, 3);
        return;
      }
      // The words that can score: close in meaning, sharing the first 4 letters, or one ending the other.
      const candidates = new Set<number>();
      for (let k = 0; k < dots.length; k++) if (dots[k]! >= min) candidates.add(k);
      for (const k of byPrefix.get(t.stem.slice(0, 4)) ?? []) candidates.add(k);
      for (const k of bySuffix.get(t.stem) ?? []) candidates.add(k);
      for (let from = 0; t.stem.length - from >= 5; from++) {
        const k = index.get(t.stem.slice(from));
        if (k !== undefined) candidates.add(k);
      }
      // WordNet's synonyms and more general words ("abroad" ~ "overseas", "factory" ~ "plant").
      const at = q.tokens.findIndex((x) => x.stem === t.stem);
      const particle = q.tokens[at + 1]?.norm;
      const lexical = new Set([...relatedWords(t.stem), ...(particle ? relatedWords(`${t.stem} ${particle}`) : [])]);
      for (const r of lexical) {
        const k = index.get(r);
        if (k !== undefined) candidates.add(k);
      }
      const scored: Array<{ k: number; similarity: number }> = [];
      // (Never its opposite, which word vectors put beside it: "closed" for the article's "opened".)
      const opposite = oppositeWords(t.stem);
      for (const k of candidates) {
        if (opposite.has(stems[k]!)) continue;
        let similarity = dots[k]! >= min ? dots[k]! : 0;
        if (lexical.has(stems[k]!)) similarity = Math.max(similarity, LEXICON_SIMILARITY);
        const other = stems[k]!;
        const shared = commonPrefix(t.stem, other);
        if (shared >= 4 && shared >= 0.6 * Math.min(t.stem.length, other.length)) similarity = Math.max(similarity, 0.6);
        // Compounds: "quake" ~ "earthquake".
        const shorter = t.stem.length < other.length ? t.stem : other;
        if (shorter.length >= 5 && (t.stem.endsWith(other) || other.endsWith(t.stem))) similarity = Math.max(similarity, 0.6);
        // A common word ("come", "have") is weak evidence, and a word is no stand-in for itself.
        if (similarity > 0 && other !== t.stem && weights[k]! >= 0.45) scored.push({ k, similarity });
      }
      // Best first; among equals, in article order.
      t.alternatives = scored
        .sort((a, b) => b.similarity - a.similarity || a.k - b.k)
        .slice(0, 3)
        .map(({ k, similarity }) => ({ stem: stems[k]!, similarity }));
    });
  }

  /**
   * "Who is the CEO?" as "Who is the chief executive?", "the co-op" as "the cooperative": a title or word typed short
   * that the article only spells out.
   */
  private spellTitles(text: string): string {
    const knows = (phrase: string): boolean => contentTokens(tokenize(phrase)).every((t) => this.retriever.knows(t.stem));
    return text.replace(/\b(?:\p{Lu}{2,4}|[Cc]o-?ops?|[Gg]ovt|[Dd]ept)\b/gu, (short) => {
      const spelled = titleForms(short);
      return spelled !== short && !knows(short) && knows(spelled) ? spelled : short;
    });
  }

  /**
   * A rare word the question is about (see `rareSubject`), not a trade's word for a thing the article names: "the
   * Vuadens dairyman" of its village dairy.
   */
  private rareWord(q: Question, norm: string): boolean {
    const trade = /^(\p{Ll}{4,}?)(?:man|men|woman|women|people|folk)$/u.exec(norm)?.[1];
    return rareSubject(q, norm) && !(trade !== undefined && this.retriever.knows(stem(trade)));
  }

  /** A name in the question (capitalised, or a rare word) that the article never uses. */
  private unknownName(q: Question): string | null {
    for (const t of q.tokens) {
      if (STOPWORDS.has(t.norm) || /'/u.test(t.norm)) continue;
      // (Not a month or a weekday: "between January and September" may be the article's "first nine months of the year".)
      const capitalisedName = t.capitalized && t !== q.tokens[0] && !t.isNumber && !MONTH_OR_DAY.test(t.text);
      const rare = !t.isNumber && this.rareWord(q, normalizeWord(t.text));
      if ((capitalisedName || rare) && !this.retriever.knows(t.stem) && !this.opensAcronym(t)) {
        // Name the whole name: "World Cup", not "World".
        const run = new RegExp(`(?:\\p{Lu}[\\p{L}’'.-]*\\s+)*${escapeRegExp(t.text)}(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*`, 'u').exec(q.text);
        return (capitalisedName && run ? run[0] : t.text).replace(/['’]s$/u, '');
      }
    }
    return null;
  }

  private async buildSpeakerQuestions(): Promise<Map<Speaker, string>> {
    const counts = new Map<Speaker, number>();
    for (const st of this.attribution.statements) {
      if (st.speaker && (st.speaker.kind === 'person' || st.speaker.kind === 'organization')) counts.set(st.speaker, (counts.get(st.speaker) ?? 0) + 1);
    }
    const out = new Map<Speaker, string>();
    for (const [sp] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_SPEAKER_QUESTIONS)) {
      const q = `What did ${sp.kind === 'person' ? sp.name.split(/\s+/u).pop()! : sp.name.replace(/^the\s+/iu, 'the ')} say?`;
      const { answer } = await this.trace(q);
      if (answer.inScope && answer.speaker === sp.name) out.set(sp, q);
    }
    return out;
  }

  /**
   * The statement a who-said question rewords ("who said iraq's own forces can't cope with terror attacks" for
   * "national forces are not equipped to handle terrorist attacks"), when one speaker's words clearly stand nearest.
   * Each question word counts by how informative it is, at its best match in the statement: 1 for the same stem, a
   * WordNet relative or a close word vector for less. Null unless the best statement covers enough of the question
   * and its speaker leads every other speaker by a margin; a question no one answers rarely has one speaker clearly
   * ahead. Short of that, `top` (the passage retrieval ranks first) may settle it: see AGREEING_RANKS. With
   * `agreeOnly`, only that agreement answers.
   */
  private async closestStatement(question: Question, top?: Hit, agreeOnly = false): Promise<Statement | null> {
    // The speech verb ("warned", "insisted") is how the question asks, not what was said.
    // ("Which organisation said it didn't have enough drivers?": a body, not the council head whose words come close; the
    // word that asks for one is no part of the claim.)
    const body = ASKS_BODY.exec(question.text)?.[1]?.toLowerCase();
    const terms = question.terms.filter((t) => !SPEECH_STEMS.has(t.stem) && t.norm !== body);
    // "Who said Dobbelaere had been suspended?" is about her: whoever said it, it was not she.
    const asked = namesAsked(question, this.attribution);
    const sex = askedSpeakerSex(question);
    const kindFits = speakerKindFits(question, this.attribution.speakers);
    const fits = (sp: Speaker): boolean => (sex === null || (sp.kind !== 'organization' && !sp.plural && (sp.gender === null || sp.gender === sex))) && kindFits(sp);
    const statements = this.attribution.statements.filter((st) => st.speaker && !isNamed(st.speaker, asked) && fits(st.speaker));
    if (terms.length === 0 || statements.length === 0 || this.vocabulary.stems.length === 0) return null;
    const { vectors: vocab, dimensions, index } = this.vocabulary;
    const termVectors = await this.embedder.embed(terms.map((t) => t.norm), 'passage');
    const related = terms.map((t) => new Set(relatedWords(t.stem)));
    const similarityOnce = (i: number, stem: string): number => {
      if (stem === terms[i]!.stem) return 1;
      if (related[i]!.has(stem)) return LEXICON_SIMILARITY;
      const k = index.get(stem);
      if (k === undefined) return 0;
      let dot = 0;
      const v = termVectors[i]!;
      for (let d = 0; d < dimensions; d++) dot += v[d]! * vocab[k * dimensions + d]!;
      return dot >= LOOSE_WORD_MIN ? dot : 0;
    };
    // (Statements share most of their words: each question word is compared with each article word once.)
    const known = terms.map(() => new Map<string, number>());
    const similarity = (i: number, stem: string): number => {
      let s = known[i]!.get(stem);
      if (s === undefined) known[i]!.set(stem, (s = similarityOnce(i, stem)));
      return s;
    };
    const total = terms.reduce((sum, t) => sum + t.weight, 0);
    const verb = askerVerb(question);
    const best = new Map<Speaker, { score: number; fit: number; st: Statement }>();
    for (const st of statements) {
      const stems = [...new Set(contentTokens(tokenize(st.text)).map((t) => t.stem))];
      let covered = 0;
      terms.forEach((t, i) => {
        let m = 0;
        for (const stem of stems) m = Math.max(m, similarity(i, stem));
        covered += t.weight * m;
      });
      // (A long statement covers the question's words by chance more often: it weighs a little less.)
      const fit = (covered / total) * Math.pow(Math.max(stems.length, 1) / STATEMENT_WORDS, -STATEMENT_LENGTH_WEIGHT);
      // (The verb ranks the speaker; the words still choose which of their statements is quoted.)
      const score = fit + (verb !== null && cuedBy(st, verb) ? LOOSE_SAME_VERB : 0);
      const prev = best.get(st.speaker!);
      if (!prev) best.set(st.speaker!, { score, fit, st });
      else best.set(st.speaker!, { score: Math.max(score, prev.score), fit: Math.max(fit, prev.fit), st: fit > prev.fit ? st : prev.st });
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    const [first, second] = ranked;
    if (!first || first.score < LOOSE_STATEMENT_MIN || first.score - (second?.score ?? 0) < LOOSE_STATEMENT_MARGIN || agreeOnly) {
      // No one stands out, but the passage retrieval ranks first quotes one of the closest: two measures agree.
      // ("Who said the hackers have already gone after other hospitals in europe this year?": three speakers' words come
      // about as close, and the top passage quotes Maes, "This group has hit at least nine hospitals in Europe".)
      if (!top) return null;
      const here = this.attribution.statements.filter((st) => st.speaker && st.paragraph === top.passage.paragraph);
      const agreed = ranked.slice(0, AGREEING_RANKS).find((r) => r.score >= AGREEING_STATEMENT_MIN && here.some((st) => st.speaker === r.st.speaker));
      return agreed ? here.find((st) => st.speaker === agreed.st.speaker)! : null;
    }
    return first.st;
  }

  /**
   * "Who said people don't go into nursing to protest?" with nothing close enough: say so, and offer what the
   * speakers nearest the question said (their statements rank highest), so the reader can find the quote.
   */
  private whoSaidNotFound(question: Question, ctx: Pick<AnswerContext, 'article' | 'examples'>, hits: Hit[]): Answer {
    const nearest: string[] = [];
    const add = (sp: Speaker | null): void => {
      const q = sp ? this.speakerQuestions.get(sp) : undefined;
      if (q && !nearest.includes(q)) nearest.push(q);
    };
    for (const h of hits) for (const st of this.attribution.statementsIn(h.passage.sentence)) add(st.speaker);
    for (const sp of this.speakerQuestions.keys()) add(sp);
    const notFound = "I couldn't find who said that, at least not in those words.";
    const a = outOfScope(question, ctx, notFound);
    if (nearest.length) {
      // The speakers are the suggestions here, not the article's topic.
      a.answerLine = notFound;
      a.suggestions = nearest.slice(0, 3);
    }
    return a;
  }

  private async buildExamples(): Promise<string[]> {
    const out: string[] = [];
    const statements = this.attribution.statements.filter((st) => st.paragraph > 0 && st.speaker);
    const counts = new Map<string, number>();
    for (const st of statements) if (st.speaker!.kind === 'person') counts.set(st.speaker!.name, (counts.get(st.speaker!.name) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (top) out.push(`What did ${top.split(/\s+/u).pop()} say?`);
    // "Who said “Nobody is going to steal this election”?": the opening words of another speaker's direct quote,
    // as a reader would paste them, in their own case.
    const other = statements.find((st) => st.speaker!.name !== top && st.direct && /^\p{Lu}/u.test(st.text) && st.text.split(/\s+/u).length >= 4);
    if (other) {
      // Only the quotation's own words: a split quote's text runs on past '," said Lin Haoran, "'.
      const all = other.text.split(/[”"]/u)[0]!.replace(/[“]/gu, '').split(/\s+/u);
      let n = Math.min(all.length, 7);
      while (n < Math.min(all.length, 10) && (STOPWORDS.has(all[n - 1]!.toLowerCase()) || /[,;:]$/u.test(all[n - 1]!))) n++;
      const words = all.slice(0, n).join(' ').replace(/[,.;:!?]+$/u, '');
      out.push(`Who said "${words}${n < all.length ? '…' : ''}"?`);
    }
    // "Who is Julia Brennan?": someone the article names with a role, other than the most quoted.
    const described = [...counts.keys()].find((name) => name !== top && name.split(/\s+/u).length >= 2);
    if (described) out.push(`Who is ${described}?`);
    if (out.length < 3) out.push('What is this article about?');
    // Keep only those we can answer.
    const checked: string[] = [];
    for (const q of out) {
      const { answer } = await this.trace(q);
      if (answer.inScope && answer.answerLine !== 'Here is what the article says:') checked.push(q);
    }
    return checked.slice(0, 3);
  }
}
