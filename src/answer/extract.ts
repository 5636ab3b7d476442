/**
 * Short answers pulled out of a sentence: the number a how-many question asks
 * for, a date, a duration, a place, the description of a person. Each comes
 * with a quality: how well its context matches the question (0 not at all, 1 or more fully).
 */
import { DATELINE } from '../article/index.js';
import { isTitleWord, PARTICLES, ROLE_OPENER } from '../attribution/speakers.js';
import { DATE_PATTERN, NUMBER_WORD } from '../passages/index.js';
import { COUNTRIES } from '../retrieval/countries.js';
import { articleExpansion, COUNTRY_NAMES } from '../retrieval/expansion.js';
import { relatedWords } from '../retrieval/lexicon.js';
import { ASKS_FREQUENCY, HEDGE_BEFORE_WHAT, LONG_LIST, LONG_THING, PREPOSITION_BEFORE_WHAT, type Question } from '../retrieval/index.js';
import { escapeRegExp, normalizeWord, SPEECH_STEMS, stem, STOPWORDS, tokenize, type Token } from '../retrieval/text.js';

const expansion = articleExpansion([]);

export interface Extracted {
  text: string;
  start: number;
  end: number;
  /** How well the expression's context matches the question: 0 not at all, 1 or more fully. */
  quality: number;
  /** Whether the figure's own words speak against it (it counts an unrelated thing, gives another rate or period). */
  doubtful?: boolean;
  /** Whether the sentence dates the question's event from this date ("three days after a methane explosion"): not its date. */
  otherEvent?: boolean;
  /** Whether a date is when what the question asks about starts, still to come ("from March 1" for "when do the new fares take effect"). */
  startsAhead?: boolean;
  /** For a figure, whether the kind of quantity is one the question asks for (true when it asks for none in particular). */
  kindAsked?: boolean;
  /** For a date, whether its clause does the deed a when-question asks about ("shut in August 2021" for "when did the mill shut down"). */
  deedDone?: boolean;
  /** The index of another sentence that names what the answer's words only point to ("there"). */
  namedIn?: number;
}

/** "How many people ...": any word for people counts ("more than 300 residents"). */
// ("What attendance does the government anticipate ...?": "40,000 to 50,000 visitors".)
const PEOPLE = new Set(['peopl', 'person', 'folk', 'workforc', 'crowd', stem('attendance')]);
/** Whether a counted word names people: the lists, or a word for people by its ending ("fishermen", "growers", "pilgrims"). */
function isPeople(t: Token): boolean {
  return humanStem(t) || PEOPLE.has(t.stem) || (/(?:ers|ors|ants|ents|mates|ites)$/u.test(t.norm) || surePeopleEnding(t));
}
/** A surer word for people by its ending than "-ers" ("fishermen", "employees", "pilgrims"), not "trees" or "fees". */
function surePeopleEnding(t: Token): boolean {
  return /(?:men|women|folk|ists|ians|ees|grims)$/u.test(t.norm) && !NOT_PEOPLE_EES.test(t.norm);
}
/** Words in "-ees" that name no people, unlike "employees" and "refugees": "about 30 trees", "fees", "committees". */
const NOT_PEOPLE_EES = /^(?:trees|fees|degrees|committees|coffees|toffees|decrees|guarantees|pedigrees|levees|knees|bees|agrees|disagrees|entrees|jamborees|settees|marquees|matinees|purees|tepees|tees|lychees|dungarees|sprees)$/u;

/** Words that stem as a word for people does but name none: "villages" and "villagers" both stem to "villag". */
const HUMAN_TWINS = /^(?:villages?|offices?)$/u;
/** Plural nouns listed together: "carvers, polishers and labourers". */
const LISTED_PLURALS = /\b\p{Ll}+s(?:,\s+\p{Ll}+s){0,4},?\s+(?:and|or)\s+\p{Ll}+s\b/gu;
/** Whether a word is one of the words for people (by its stem, not its twin). */
function humanStem(t: Token): boolean {
  return HUMANS.has(t.stem) && !HUMAN_TWINS.test(t.norm);
}

/** What counts people without naming them: "how many deaths" ~ "12 people died". */
const HUMAN_TOLLS = /^(?:deaths|fatalities|casualties|injuries|arrests|dead|injured|wounded|missing|hostages|suspects|cases|infections|hospitalisations|hospitalizations|jobs|layoffs|redundancies|lives|births|votes|signatures|applications|complaints|calls|visits|trips|admissions|evacuations|rescues)$/u;
/** The stems of deeds whose noun stems otherwise: "signed" -> "signatures", "applied" -> "applications". */
const DEED_NOUNS = new Map([
  ['sign', 'signatur'],
  ['appli', 'applic'],
  ['complain', 'complaint'],
]);
/** "How many times ...": "on three separate occasions". */
const TIMES = new Set(['time', 'occas', 'instanc']);
const HUMANS = new Set(
  `residents inhabitants workers fans protesters demonstrators voters students children adults patients passengers employees staff
  crowd audience attendance members spectators attendees visitors tourists migrants refugees civilians soldiers troops villagers locals citizens
  customers users teachers nurses doctors farmers drivers families supporters volunteers rescuers firefighters officers
  tenants dockworkers miners players athletes pupils parents women men survivors victims evacuees homeowners landlords
  commuters riders travellers travelers pilgrims shoppers viewers listeners readers subscribers clients guests worshippers
  historians experts scientists researchers officials engineers judges lawyers delegates candidates journalists reporters
  inspectors observers analysts economists activists campaigners lawmakers legislators senators councillors ministers mps
  deputies parliamentarians folks
  personnel households fishermen growers traders vendors merchants owners operators pilots crew sailors seafarers divers
  climbers hikers runners cyclists swimmers kids boys girls youngsters teenagers learners schoolchildren mechanics medics
  paramedics cooks chefs cleaners guards waiters porters labourers laborers builders carpenters masons welders tailors
  weavers bakers butchers fishers herders loggers hawkers stewards conductors apprentices artisans craftsmen technicians`
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => tokenize(w)[0]!.stem),
);

/** WordNet relatives of a stem, as a set (this is asked for every pair of question and sentence words). */
const wordNet = new Map<string, Set<string>>();
function wordNetOf(stem: string): Set<string> {
  let set = wordNet.get(stem);
  if (!set) {
    set = new Set(relatedWords(stem));
    if (wordNet.size < 20_000) wordNet.set(stem, set);
  }
  return set;
}

/** A verb and its noun, stem to stem: "how much did Laval lose" for "putting his losses at around 400,000 rupees". */
const VERB_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['lose', 'loss'],
  ['die', 'death'],
  ['sell', 'sale'],
  ['grow', 'growth'],
  ['fail', 'failur'],
  ['pai', 'payment'],
  ['injur', 'injuri'],
  ['buri', 'burial'],
];

/** A disaster's own verbs ("the roof came down", "the road caved in"), as regular-expression source. */
export const DISASTER_VERBS = String.raw`collapse|come\s+down|cave\s+in|give\s+way|go\s+down|sink|capsize|overturn|crash|derail|explode|burst|erupt|break\s+out`;
/** "When did the flood happen?": the question names an event and asks only when it took place. */
const HAPPENED_ASKED = new RegExp(String.raw`\b(?:happen|happened|occur|occurred|take place|took place|start|started|begin|began|broke out|erupted|${DISASTER_VERBS})\b`, 'iu');
/** The words of such a question that only say it happened. */
const HAPPENING = /^(?:happen|happened|occur|occurred|take|took|place|start|started|begin|began|break|broke|out|erupt|erupted|come|came|down|cave|give|gave|way|go|went)$/u;

/** The words of a when-question that name its event, past those that only say it happened. */
export function eventTermsOf(q: Question): Question['terms'] {
  return q.terms.filter((t) => !HAPPENING.test(t.norm));
}

/**
 * The two sides of a dealing, whose words stand close in the word vectors but never count one another: "How many
 * teachers work at Ienaula Primary School?" is not answered by "about 180 pupils".
 */
const SIDES: ReadonlyArray<readonly [string, string]> = [
  ['teachers', 'pupils students children kids learners schoolchildren'],
  ['doctors nurses medics', 'patients'],
  ['drivers', 'passengers commuters riders'],
  ['landlords', 'tenants renters'],
  ['employers', 'employees workers staff'],
  ['sellers vendors traders', 'buyers customers shoppers'],
];
/** Each of those words' stems, by its dealing and side (2 × dealing, + 1 for the second side). */
const SIDE_OF = new Map(SIDES.flatMap(([a, b], i) => [...a.split(' ').map((w) => [stem(w), 2 * i] as const), ...b.split(' ').map((w) => [stem(w), 2 * i + 1] as const)]));
/** Whether two stems name the two sides of one dealing. */
function otherSide(a: string, b: string): boolean {
  const [x, y] = [SIDE_OF.get(a), SIDE_OF.get(b)];
  return x !== undefined && y !== undefined && x !== y && Math.floor(x / 2) === Math.floor(y / 2);
}

/** Whether a word of the text is one of the question's own (by its stem). */
function asksWord(q: Question, word: string | undefined): boolean {
  if (word === undefined) return false;
  const st = stem(normalizeWord(word));
  return q.terms.some((t) => t.stem === st);
}

/** How well a sentence word matches a question term: 1 exact, 0.8 a verb's noun, 0.6 related, or a soft (embedding) match. */
function match(q: Question, termStem: string, wordStem: string): number {
  if (termStem === wordStem) return 1;
  if (otherSide(termStem, wordStem)) return 0;
  if (VERB_NOUNS.some(([v, n]) => (termStem === v && wordStem === n) || (termStem === n && wordStem === v))) return 0.8;
  if (PEOPLE.has(termStem) && HUMANS.has(wordStem)) return 0.8;
  if (TIMES.has(termStem) && TIMES.has(wordStem)) return 0.8;
  for (const r of expansion.related(termStem)) if (r === wordStem) return 0.6;
  // WordNet's synonyms and near words: "pay" ~ "wage", "ask" ~ "demand".
  if (wordNetOf(termStem).has(wordStem)) return 0.5;
  const term = q.terms.find((t) => t.stem === termStem);
  const alt = term?.alternatives?.find((a) => a.stem === wordStem);
  return alt ? alt.similarity * 0.5 : 0;
}

/** "How many people work at ...", "how many staff does the hospital employ": a workforce asked. */
// ("how many people will have long-term work at the plant once its operating": the jobs there.)
const ASKS_WORKFORCE = /\bhow many\s+(?:people|persons|staff|workers|employees|folks)\s+(?:\p{L}+\s+)?(?:work|are employed)\b|\bhow many\s+(?:people|staff|workers)\s+does\b.*\bemploy\b|\bhow many\s+(?:people|persons|folks)\s+will\s+(?:have|get|find)\s+(?:[\p{L}-]+\s+)?(?:work|jobs?|employment)\b/iu;
/** "How many children does Taake Ioane have?": someone's own family is counted. */
// (Not "How many children have been admitted to hospital?".)
const ASKS_KIN = /\bhow many\s+(?:children|kids|sons|daughters|grandchildren|grandkids|siblings|brothers|sisters)\s+(?:does|do|did)\s+[^?]*\bhave\b/iu;
/** What makes a figure someone's own, just before it: "her three", "has four", "a mother of five", "Ioane's two". */
const OWNED_BEFORE = /\b(?:his|her|their|my|our|your|\p{L}+['’]s|has|have|had|having|raised|raising|raises|(?:mother|father|parent|grandmother|grandfather|grandparent)s?\s+of)\s+(?:(?:about|some|around|nearly|almost|only|just)\s+)?$/iu;
/** "How many people live in Oran?", "what is the population of ...": how many live there. */
const ASKS_LIVING = /\bhow many (?:people|persons|residents|inhabitants|folks)\s+(?:\p{L}+\s+)?(?:live|lived|reside|are living|call\s+[^?]+\s+home\b)|\bpopulation of\b|\bwhat(?:['’]s| is) the population\b|\bhow many (?:inhabitants|residents)\s+(?:does|do|did)\s+[^?]+\shave\b/iu;
/** Places people live in, whose "of" a population follows: "a city of about 900,000", "the oasis of about 11,000 people". */
const PEOPLED = 'city|town|village|country|nation|republic|kingdom|principality|island|archipelago|region|district|province|municipality|community|state|oasis|settlement|atoll|hamlet|parish|county|suburb|capital';
/** Words that say, near a figure, that it counts those who live somewhere ("home to 1.5 million people"). */
const LIVING_VERBS = /\b(?:live|lives|lived|living|reside|resides|population|populations|inhabitants|home to|populated)\b/iu;
/** The words a population's figure stands among: those, or a place's kind "of" ("a city of about 900,000"). */
const LIVING_WORDS = new RegExp(String.raw`${LIVING_VERBS.source}|\b(?:${PEOPLED})\s+of\b`, 'iu');
/** Words of a question about how many live somewhere that a place's "of about N people" tells without saying them. */
const LIVING_TERMS = new Set(['population', 'live', 'inhabitants', 'residents', 'reside', 'home', 'call'].map((w) => stem(w)));
/** A population's figure, told as such: "the population has fallen to about 280", "a population of 4,000". */
const POPULATION_TOLD = /\bpopulation\s+(?:(?:has|had)\s+)?(?:(?:fallen|dropped|shrunk|shrunken|declined|dwindled|risen|grown|climbed|swelled|swollen|doubled)\s+to|(?:is|was)\s+(?:now\s+)?|stands\s+at|stood\s+at|of)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+|almost\s+|barely\s+|just\s+(?:over\s+|under\s+)?|only\s+|more than\s+|fewer than\s+)?$/iu;
/** "a country of about 3.4 million people": how many live in a place, just before the figure. */
const POPULATION_BEFORE = new RegExp(String.raw`\b(?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+)?(?:${PEOPLED})\s+of\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+|almost\s+|more than\s+|fewer than\s+|just\s+|only\s+)?$`, 'iu');
/** The words a workforce's figure stands among. */
const WORK_WORDS = /\b(?:work|works|worked|working|workers?|employ\w*|staff\w*|jobs?|workforce|payroll|hire[sd]?|hiring|crew|personnel)\b/iu;

/** Words for those who work, and the verbs that take them on. */
const WORKER_STEMS = new Set(['worker', 'employe', 'staff', 'labour', 'labor', 'labourer', 'laborer'].map((w) => tokenize(w)[0]!.stem));
const PEOPLE_STEM = tokenize('people')[0]!.stem;
/** The trade a living is made by, in a question: "make a living carving or selling", "earn a living fishing". */
const LIVING_BY = /\b(?:a\s+living|their\s+living|livelihoods?)\s+(?:by\s+|from\s+)?(\p{L}+ing)\b(?:\s+(?:or|and)\s+(\p{L}+ing)\b)?/iu;
const HIRING = /\b(?:hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|employ|employs|employed|employing|take on|takes on|took on|taking on)\b/iu;

/** What a vote or a game's score counts ("how many runs did Wickramaratne make": "made 167"). */
export const SCORE_UNITS = /^(?:votes?|points?|goals?|runs?|tries|seats?|wickets?)$/u;

const QUESTION_WORDS = /^(?:how|many|much|number|total|what|which|big|large|far|close|long|heavy|tall|wide|deep|percentage|share|proportion|portion|fraction|amount|sum)$/u;

const COUNT_VERB =
  /^(?:took|take|takes|made|make|makes|went|go|goes|came|come|comes|gave|give|got|get|saw|see|ran|run|won|win|lost|lose|left|leave|fell|rose|grew|paid|pay|sold|sell|built|held|hold|kept|keep|met|meet|sent|send|spent|spend|brought|bring|bought|buy|caught|fought|found|find|told|became|become|began|begin|broke|drove|flew|fly|knew|stood|sat|hit|live|lives|remain|remains|attend|attends|die|dies|died|need|needs|want|wants|say|says|think|believe|own|owns|use|uses|work|works|ride|rode|travel|commute|visit|join|joins|stay|face|earn|earns|carry|eat|watch|belong|belongs|sit|sits|serve|serves|share|shares)$/u;

/**
 * Things of a general kind a question may count, for a sentence that names their kind: "machines" for "looms", "finds"
 * for "more than 1,800 objects".
 */
const GENERAL_THINGS = /^(?:machines|items|things|devices|objects|pieces|finds|artefacts|artifacts)$/u;
/** Nouns that count anything: what they count is named elsewhere in the sentence. */
const GENERIC_COUNTED = /^(?:animals|individuals|creatures|specimens|units|items|ones|products|devices|vehicles|people|others)$/u;

/** A change yet to come, from one figure: "will drop from", "is expected to rise from". */
const COMING_FROM = /\b(?:will|would|(?:is|are)\s+(?:set|due|expected|going|likely)\s+to)\s+(?:\p{L}+\s+){0,2}from\s/iu;
/** A question about what is yet to come: "how many trucks will the factory produce". */
const COMING_ASKED = /\b(?:will|going\s+to)\b/iu;

/** Words for a piece of something, which count what they are of: "bits of coral", "pieces of equipment". */
const PIECE_WORD = /^(?:bits?|pieces?|chunks?|lumps?|scraps?|fragments?)$/u;

/** A plural a question counts, and a preposition after the word that follows it, which makes that word a verb. */
const PLURAL_COUNTED = /^(?:\p{L}+[^s]s|people|men|women|children|staff|police|crew)$/u;
const PREPOSITION_NEXT = /^(?:at|in|into|from|to|over|through|across|on|off|along|past|near|around|each|every|per)$/u;

/** The words a how-many question counts: "how many US soldiers are ..." -> [us, soldier]. */
export function countedWords(q: Question): Token[] {
  // ("How many of the mine's guides are women?": the women among them are counted, not the guides.)
  const partIs = PART_IS.exec(q.text);
  if (partIs) return tokenize(partIs[2]!).filter((t) => !STOPWORDS.has(t.norm));
  const m =
    /\b(?:how\s+(?:many|much)|(?:total\s+)?number\s+of|what\s+(?:percentage|share|proportion|portion|fraction|amount|sum)\s+of)\s+(.*)$/iu.exec(q.text) ??
    // "How big is the fine for driving in with an old car?": the fine.
    /\bhow\s+(?:big|large|high|heavy|steep|severe|expensive)\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|their\s+|a\s+)?(.*)$/iu.exec(q.text) ??
    /^what(?:'s|’s|\s+is|\s+was|\s+are)?\s+(?:the\s+|its\s+|their\s+)?(.*)$/iu.exec(q.text);
  if (!m) return [];
  const out: Token[] = [];
  // ("How big is this year's plum crop": the crop is counted; "this year's" says which.)
  const asked = m[1]!.replace(/\b(?:this|last|next|the\s+previous|the\s+coming)\s+(?:year|month|week|season|summer|winter|spring|autumn|fall)['’]s\s+|\b(?:today|yesterday|tonight|tomorrow)['’]s\s+/giu, '');
  let tokens = tokenize(asked);
  // "how much did revenue fall", "how many runs did he make": after an auxiliary, the subject is what
  // the number is about; the last word is its verb.
  if (tokens.length >= 3 && /^(?:did|does|do|has|have|had|will|would|can|could)$/u.test(tokens[0]!.norm)) {
    const rest = tokens.slice(1);
    const stop = rest.findIndex((t) => /^(?:in|at|on|to|for|from|by|with|since|after|before|over|during|this|last|next)$/u.test(t.norm));
    const phrase = stop < 0 ? rest : rest.slice(0, stop);
    tokens = phrase.length >= 2 ? phrase.slice(0, -1) : [];
  }
  for (const [k, t] of tokens.entries()) {
    if (/^(?:are|is|were|was|did|do|does|have|has|had|will|would|can|could|in|at|on|to|for|there|currently|still|right|now|be)$/u.test(t.norm)) break;
    // "how many bottles of syrup": bottles are counted; the syrup says of what (a word the answer's context may have).
    // ("How many bits of coral": a word for a piece counts what it is of, "some 2,500 coral fragments".)
    if (out.length === 1 && t.norm === 'of' && PIECE_WORD.test(out[0]!.norm)) {
      out.length = 0;
      continue;
    }
    if (out.length > 0 && t.norm === 'of') break;
    // "how many people showed up": the verb ends what is counted. (Not a compound's second half, which describes the
    // noun after it: "how many of these resin-producing trees".)
    if (out.length > 0 && /^\p{L}{3,}(?:ed|ing)$/u.test(t.norm) && !/(?:eed|ling|ring|thing|ding|ping)$/u.test(t.norm) && asked[t.start - 1] !== '-') break;
    // "how many rescuers took part": so does an irregular or present-tense verb.
    if (out.length > 0 && COUNT_VERB.test(t.norm)) break;
    // ("How many people cross at Caledonspoort": or any word after a plural that a preposition follows.)
    if (out.length > 0 && PLURAL_COUNTED.test(out[out.length - 1]!.norm) && !/[^s]s$/u.test(t.norm) && PREPOSITION_NEXT.test(tokens[k + 1]?.norm ?? '')) break;
    // "How much money ...": the kind of number, which kindOf checks, not words next to it.
    if (!STOPWORDS.has(t.norm) && !/^(?:money|cash|funds|dollars|pounds|euros)$/u.test(t.norm)) out.push(t);
  }
  return out;
}

type Quantity = 'money' | 'percent' | 'measure' | 'duration' | 'count';

// "22 nautical miles", and hyphenated before a noun: "the 3,343-metre summit", "a 190-metre cargo ship".
/** A temperature written with a bare C or F after the figure: "had reached 41 C", "51.8C". */
const CELSIUS = /^\s?[CF]\b(?!\.)/u;
const UNITS = /^(?:\s*|-)(?:acres?|hectares?|rai|dunams?|feddans?|bighas?|(?:nautical\s+)?miles?|kilomet(?:er|re)s?|km|kph|mph|knots?|feet|foot(?!\s+(?:passengers?|soldiers?|patrols?|traffic|travell?ers?)\b)|ft|inch(?:es)?|met(?:er|re)s?|(?:centi|milli)met(?:er|re)s?|cm|mm|(?:metric\s+)?(?:tons?|tonnes?)|square|sq|cubic\s+(?:met(?:er|re)s?|feet|foot|kilomet(?:er|re)s?|km|yards?)|degrees?(?:\s+(?:Celsius|Fahrenheit|centigrade))?|Celsius|Fahrenheit|centigrade|°[CF]|kg|kilograms?|kilos?|(?:milli|micro)?gram(?:me)?s|mg|µg|pounds?|lbs?|litres?|liters?|gallons?|barrels?|megawatts?|mw|gw|horsepower|hp|kilowatts?|kw)\b/iu;

/** Units of length, as regular-expression source. */
const LENGTH_UNITS = String.raw`(?:centi|milli|kilo)?met(?:er|re)s?|cm|mm|km|miles?|feet|foot|ft|inch(?:es)?`;
/** A length's unit just after a figure: "300 metres". */
const LENGTH_AFTER = new RegExp(String.raw`^\s*(?:${LENGTH_UNITS})\b`, 'iu');

/** Units of area and of weight, as regular-expression source. */
// (With local units: Thailand's rai, the dunam, the feddan, the bigha.)
const AREA_UNITS = String.raw`acres?|hectares?|square|sq|rai|dunams?|feddans?|bighas?`;
const WEIGHT_UNITS = String.raw`(?:metric\s+)?(?:tons?|tonnes?)|kg|kilograms?|(?:milli)?gram(?:me)?s|pounds?|lbs?`;
/** One of these units just after a figure ("410 hectares", "the 62-metre wall"). */
const unitsAfter = (units: string, tail = ''): RegExp => new RegExp(`^(?:\\s*|-)(?:${units})\\b${tail}`, 'iu');
/** The dimensions a length answers ("how tall / deep ..."), as regular-expression source. */
const LENGTH_DIMENSIONS = 'tall|deep|shallow|high|long|wide|narrow|thick';
/** Which length a question asks for: "how deep" is not answered by "60 centimetres across". */
const ASKED_LENGTH = new RegExp(`\\bhow (${LENGTH_DIMENSIONS})\\b`, 'iu');
/** A noun phrase a figure is set off after: "St. Rumbold's Cathedral, | 300 metres away". */
const SET_OFF_BEFORE = /([^,;:()“”"]{1,60}),\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|just\s+|only\s+)?$/u;
/** A measure told as a difference: "3 kilometres longer", "two metres higher". */
const COMPARATIVE_AFTER = /^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+(?:longer|shorter|deeper|shallower|wider|narrower|taller|higher|lower|thicker|thinner)\b/iu;
/** A question that asks a difference: "how much longer", "how many metres higher". */
const COMPARISON_ASKED = /\bhow\s+(?:much|many\s+\p{L}+)\s+(?:longer|shorter|deeper|shallower|wider|narrower|taller|higher|lower|thicker|thinner)\b/iu;
/** A measure from one end of a thing to the other: "from snout to tail", "from bow to stern", "end to end". */
const END_TO_END = /^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+(?:from\s+(?:the\s+)?(?:snout|nose|head|tip|end|top|bow|base)\s+to\b|end\s+to\s+end\b|in\s+length\b)/iu;
/** A word for a dimension: "long", "deep". */
const DIMENSION = new RegExp(`^(?:${LENGTH_DIMENSIONS})$`, 'iu');
/** Questions of length or distance, which an area or a weight never answers; and of weight, which neither does. */
const ASKS_LENGTH = new RegExp(`\\bhow (?:${LENGTH_DIMENSIONS}|close|far(?!\\s+(?:ahead|in advance)\\b))\\b`, 'iu');
// (Nor does a volume: "about 180,000 cubic meters of ice" for "how thick is the ice".)
const AREA_OR_WEIGHT = unitsAfter(`${AREA_UNITS}|${WEIGHT_UNITS}|cubic|litres?|liters?`);
/** An area's unit just after a figure, or joined to it: "12 hectares", "a 1.6-hectare basin". */
const AREA_AFTER = unitsAfter(AREA_UNITS);
const AREA_OR_LENGTH = unitsAfter(`${AREA_UNITS}|${LENGTH_UNITS}`);

/** The dimension a measure gives, named before it: "to a depth of 15 metres", "a height of about 40 metres". */
const DIMENSION_BEFORE = /\b(?:a|the)\s+(?:total\s+|average\s+|maximum\s+)?(depth|height|width|length|thickness)\s+of\s+(?:(?:about|some|roughly|around|nearly|almost|more than|over|up to|at least)\s+)?$/iu;
/** Words that ask for more of something, and those a figure of them is told with: "how many extra employees" for "had
 * hired 11 new staff". (Only for a figure's words: a search for "extra" does not look for "new".) */
const ADDED_ASKED = new Set(['extra', 'additional'].map((w) => stem(w)));
const ADDED_TOLD = new Set(['extra', 'additional', 'new', 'more', 'further'].map((w) => stem(w)));
/** A figure given for one, or over a period: "each", "per head", "a month". */
const PER_HEAD = /\b(?:each|per|apiece|a head|per head|average|a month|a year|a week|a day|an hour)\b/iu;
/** A dimension a question names by its noun: "the greatest depth of the water" (not "length", often a time's). */
const DIMENSION_ASKED = /\b(depth|height|width|thickness)\b/iu;
/** Such a dimension by its adjective, as a question asks it ("how deep"). */
const DIMENSION_NAMED: Readonly<Record<string, string>> = { depth: 'deep', height: 'high', width: 'wide', length: 'long', thickness: 'thick' };
/** A depth or a height asked as a way down or up: "how far down did they have to go to hit water". */
const FAR_DOWN_OR_UP = /\bhow\s+far\s+(?:(down|below|beneath|under|underground)|(up|above))\b/iu;
/** "How far ahead", "how far along": a time or a share, no way gone. */
const NOT_A_WAY = 'ahead|in advance|along|advanced';
/** A way asked, not a depth or a height ("how far down"), nor how close to a state ("how close to overflowing"). */
const FAR_ASKED = new RegExp(String.raw`\bhow far\b(?!\s+(?:down|below|beneath|under|underground|above|up|short|${NOT_A_WAY})\b)|\bdistance\b`, 'iu');
/** "How far", "what distance": a way gone, not a length or height. */
const DISTANCE_ASKED = new RegExp(String.raw`\bhow far\b(?!\s+(?:${NOT_A_WAY})\b)|\bhow close\b|\bdistance\b`, 'iu');
/** A noun a distance measures, after a hyphened unit: "a 1.5-kilometer walk", "the 12-mile drive". */
const WAY_NOUN = /^\s+(?:walk|trip|journey|drive|ride|hike|trek|commute|crossing|route|road|path|trail|track|stretch|run|swim|voyage|flight|detour|climb|race|march|pilgrimage|radius|zone|exclusion|buffer|corridor|pipeline|line|queue)s?\b/iu;

/** Words of growth: "how fast will the economy grow" asks for a rate, not a speed. */
const GROWTH = String.raw`(?:grow|grew|rise|rose|increas|expand|climb|inflat|spread)`;
const GROWTH_WORD = new RegExp(String.raw`\b${GROWTH}`, 'u');

/** A question that names an area's unit: "in square kilometres", "in hectares". */
const AREA_NAMED = /\bin\s+(?:square\s+\p{L}+|hectares|acres)\b/iu;
/** Which units answer "how fast / far / big / heavy / tall": a speed is not an area. */
const UNIT_CLASSES: Array<[RegExp, RegExp]> = [
  // (And a flow: "85 cubic metres of water per second".)
  [new RegExp(String.raw`\bhow fast\b(?!.*\b${GROWTH})|\bspeed\b`, 'iu'), /^(?:\s*|-)(?:(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?)\s+(?:an|per)\s+hour|mph|kph|km\/h|knots?|(?:cubic\s+\p{L}+|litres?|liters?|gallons?|barrels?)(?:\s+of\s+\p{L}+)?\s+(?:a|an|per)\s+(?:second|minute|hour|day))\b/iu],
  // (Not "how far ahead", "how far in advance": a time.)
  [DISTANCE_ASKED, /^(?:\s*|-)(?:(?:nautical\s+)?miles?|kilomet(?:er|re)s?|km|feet|foot|ft|met(?:er|re)s?)\b(?!\s+(?:an|per)\s+hour)/iu],
  // (The size of a thing is its length: "how big is the frog" -> "between 19 and 22 millimetres".)
  // ("how much rice land is under water": a kind of land too.)
  [/\bhow much (?:\p{L}+\s+)?(?:land|ground|forest|farmland|territory)\b|\barea\b/iu, unitsAfter(AREA_UNITS)],
  // ("How big is this year's plum crop expected to be?": a harvest is weighed, "about 290,000 metric tons".)
  [/\bhow (?:big|large)\b.*\b(?:crops?|harvests?|catch|yields?|haul)\b/iu, unitsAfter(WEIGHT_UNITS)],
  // ("How big is the Chälenfirn glacier in square kilometres?": an area, in the unit asked, and no other measure.)
  [AREA_NAMED, unitsAfter(AREA_UNITS)],
  // (A size never goes by the hour or the day: not "up to 1.8 metres a day", how fast a glacier moves.) (A herd's or a
  // flock's size is a count: "milks 38 cows".)
  [/\bhow (?:big|large)\b(?!.*\b(?:herds?|flocks?)\b)|\bsize\b/iu, unitsAfter(`${AREA_UNITS}|${LENGTH_UNITS}`, String.raw`(?!\s+(?:an|a|per)\s+(?:hour|day|week|month|year)\b)`)],
  [/\bhow heavy\b|\bweigh/iu, unitsAfter(WEIGHT_UNITS)],
  // ("minus 30 Celsius": the scale's name without "degrees".)
  [/\bhow (?:hot|warm|cold)\b|\btemperature\b/iu, new RegExp(String.raw`^(?:\s*|-)(?:degrees?|°[CF]|Celsius|Fahrenheit|centigrade)\b|${CELSIUS.source}`, 'u')],
  // ("how much ash has to be cleared up": a weight or a volume of it, never "9,000 metres", the height it rose to.)
  [/\bhow much (?:\p{L}+\s+)?(?:ash|sand|mud|silt|sludge|debris|rubbish|waste|garbage|trash|soil|grain|rice|wheat|maize|corn|sugar|coal|honey|cocoa|coffee|cotton|copper|ore|cargo|freight|plastic|sewage|manure|timber|wood|lumber|gravel|cement|concrete|salt)\b/iu, unitsAfter(`${WEIGHT_UNITS}|cubic|litres?|liters?|gallons?|barrels?|bags?|sacks?|truckloads?|containers?`)],
  // ("how much phenol leaked out of the train": what leaks is measured in litres or tonnes.)
  [/\bhow much\b.*\b(?:leak|leaks|leaked|leaking|spill|spills|spilled|spilt|spilling|escaped|released|dumped|discharged|seeped)\b/iu, unitsAfter(`${WEIGHT_UNITS}|cubic|litres?|liters?|gallons?|barrels?`)],
  // ("How much water was pumped?": "310 litres per second".) ("How much blood does a single person give each time, in
  // ml?": "each donation of about 450 millilitres".)
  [/\bhow much (?:water|oil|fuel|petrol|diesel|gas|milk|wine|blood)\b|\bvolume\b|\bin\s+(?:ml|millilit(?:re|er)s|lit(?:re|er)s)\W*$/iu, /^(?:\s*|-)(?:litres?|liters?|millilit(?:re|er)s?|ml|gallons?|barrels?|cubic)\b/iu],
  [new RegExp(`\\bhow (?:${LENGTH_DIMENSIONS})\\b|\\bheight\\b|\\bdepth\\b|\\blength\\b|\\bwidth\\b`, 'iu'), unitsAfter(LENGTH_UNITS)],
  // ("What output capacity will the plant have?": "the 10-megawatt plant".)
  [/\b(?:capacity|output)\b/iu, /^(?:\s*|-)(?:(?:mega|giga|kilo)?watts?|MW|GW|kW|(?:mega|giga|kilo)?watt-hours?|MWh|GWh|kWh|litres?|liters?|barrels?|cubic|seats?|beds?|TEUs?|(?:metric\s+)?(?:tonnes?|tons?))\b/iu],
  // ("how powerful are the outboard engines": "outboard engines of 40 horsepower".)
  [/\bhow powerful\b(?!.*\b(?:quakes?|earthquakes?|tremors?|aftershocks?|storms?|typhoons?|hurricanes?|cyclones?|eruptions?|blasts?|explosions?)\b)/iu, /^(?:\s*|-)(?:horsepower|hp|(?:mega|kilo)?watts?|MW|kW)\b/iu],
];
/** The plain form of a verb of change, for comparing a question's with a sentence's ("lost" is "lose"). */
const IRREGULAR_CHANGE: Record<string, string> = { lost: 'lose', loses: 'lose', losing: 'lose', fell: 'fall', rose: 'rise', grew: 'grow', shrank: 'shrink' };

/** A unit written short, which takes no plural "s": "a 120-kg male" is 120 kg. */
const ABBREVIATED_UNIT = /^(?:kg|km|cm|mm|m|g|t|lb|mi|ha|kw|mw|gw|kwh|mph|kph)$/iu;

/** A question about what is added or to come, which "12 new rangers" may answer. */
const ADDITION_ASKED = /\b(?:new|newly|hire|hires|hired|hiring|recruit\w*|add|adds|added|adding|join\w*|train\w*|buy|buys|bought|order\w*|receive\w*|plan\w*|will|would|going to|pay for|fund\w*)\b/iu;
/**
 * Just before a whole that a part is of: "Only four of the 22 incubators", "214 of the district's 260 schools", "four of
 * Santo's seven dive operators".
 */
const PART_OF_BEFORE = new RegExp(String.raw`\b(?:\d[\d,.]*|${NUMBER_WORD})(?:\s+(?!of\b)\p{Ll}+)?\s+of\s+(?:(?:the|its|their|his|her)\s+(?:[\p{L}’'-]+['’]s\s+)?|\p{Lu}[\p{L}’'-]*['’]s\s+)(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?$`, 'iu');
/** "in total", "altogether" (and "the whole", below): only a total answers (not a figure of some, or of something done). */
const ASKS_ALL = /\b(?:in total|altogether|in all|overall)\b/iu;
const ASKS_WHOLE = /\bthe (?:whole|entire)\s+(?!thing\b)/iu;
/** Words that make a figure a total: "a combined $410,000", "across all subjects", "a total of". */
const TOTAL_WORD = /\b(?:total|totals|totalling|totaling|combined|all|altogether|overall|whole|entire|cumulative|population)\b/iu;
/**
 * Verbs of having that a total may be told with: "the plant employs 340 people"; and of taking in money, whose sum is
 * the whole taken ("how much money did the auction bring in altogether": "the auction had brought in 2.6 million euros").
 */
const STOCK_VERBS = new Set(['employ', 'live', 'work', 'hold', 'own', 'number', 'house', 'home', 'raise', 'bring', 'earn', 'collect', 'generate'].map((w) => stem(w)));
/** Verbs of having that tell the same total: people work where they are employed, live where they are housed. */
const STOCK_TWINS: Record<string, string[]> = Object.fromEntries(
  [['work', 'employ'], ['employ', 'work'], ['live', 'house', 'home'], ['house', 'live', 'home']].map((ws) => [stem(ws[0]!), ws.map((w) => stem(w))]),
);

/** A sentence that dates what it tells by a year named before it: "for the year", "that year". */
export const THE_YEAR = /\b(?:for|in|during|that|the same)\s+(?:the\s+)?year\b/iu;

/** A share in words before what it is of: "a third of the country's gasoline", "half the staff", "two-thirds of". */
const FRACTION_WORDS = String.raw`(?:(?:a|one)\s+(?:third|quarter|fifth|tenth)|half|(?:two|three|four)[- ](?:thirds|quarters|fifths))`;
// (Or by how much something changed: "had fallen by about a third over the past decade".)
const FRACTION = new RegExp(String.raw`(?<![-\p{L}])\b${FRACTION_WORDS}\b(?=\s+(?:of|the)\b)|(?<=\bby\s+(?:(?:about|around|roughly|nearly|almost|more than|over|at least|some|just over|just under|close to)\s+)?)${FRACTION_WORDS}\b(?!\s+(?:of|the)\b)`, 'iu');
const FRACTION_ALONE = new RegExp(`^${FRACTION_WORDS}$`, 'iu');

/**
 * A currency written as letters before the sum: "Rs. 34 million", "Ksh 200", "Rp 5,000", "Tk 500", "QR 96 million",
 * "Dh 40", or by its ISO code, "AED 500", "CHF 12", "SRD 4.2 million".
 */
const CURRENCY_ABBREVIATION = String.raw`\b(?:Rs|Rp|Ksh|KSh|Kshs|Tsh|TSh|Ush|USh|Shs|Tk|Nu|QR|SR|Dhs?|BD|KD|MK|USD|EUR|GBP|AED|QAR|SAR|OMR|KWD|BHD|INR|PKR|KES|NGN|ZAR|EGP|MAD|TND|JOD|CHF|JPY|CNY|RMB|SGD|HKD|AUD|NZD|CAD|MXN|BRL|TRY|PLN|CZK|HUF|RON|SEK|NOK|DKK|THB|IDR|MYR|PHP|BDT|LKR|NPR|GHS|UGX|TZS|ETB|XOF|XAF|MZN|ZMW|BWP|NAD|SRD|TTD|JMD|BBD|XCD|BZD|GYD|HTG|DOP|ARS|CLP|COP|UYU|PYG|GTQ|HNL|NIO|CRC|RUB|UAH|BYN|KZT|UZS|KGS|TJS|TMT|AZN|GEL|AMD|MDL|RSD|MKD|BAM|BGN|ISK|ILS|IQD|LBP|YER|AFN|MVR|MMK|KHR|LAK|VND|MNT|KRW|TWD|FJD|PGK|SBD|VUV|WST|XPF|LYD|DZD|SDG|SSP|ERN|DJF|SOS|RWF|BIF|CDF|AOA|MWK|MGA|MUR|SCR|LSL|SZL|GMD|GNF|SLE|LRD|CVE|MRU)\.?`;
const ABBREVIATED_SUM = new RegExp(`^${CURRENCY_ABBREVIATION}`, 'u');

/**
 * A kina's or kwacha's letter before a sum: "K1.2 million a year", "K40"; not the mountain, "K2" alone (though "K2 for
 * children" is a sum).
 */
const KINA = String.raw`\bK(?=\d)(?!2(?![\d,.])(?!\s+(?:for|a|an|per|each|to)\b))`;

/** How well what a plural holds fits what is counted ("three ageing blocks of shops" for shops). */
const HELD_FIT = 0.3;

/** A number of tens and units in words: "Twenty-two of the train's 210 wagons". */
const TENS_AND_UNITS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)';
// (A number in words may qualify a noun by its unit, as digits may: "a six-kilometre drive"; and so may a sum's
// magnitude, "the 18-million-rial project", "a R38-million facility".)
// (A rand's letter before a sum, "R26", and a dalasi's or a pula's before thousands, "D30,500", "P1,200", make it
// money; so does a lilangeni's, "E48 million", but not a road's, "the E45", "the E40 motorway"; and a loti's or a
// pula's before a rate, or a loti's before a magnitude, "about M22 a litre", "as little as P80 a day", not "the M23
// rebels".)
const NUMBER = new RegExp(
  String.raw`(?:\p{Sc}?\s?\b|\bR(?=\d)|${KINA}|\b[DP](?=\d{1,3}(?:,\d{3})+(?!\d|,\d))|(?<!\bthe\s)\bE(?=\d[\d,.]*(?!\s+(?:motorway|highway|road|route|expressway|corridor)\b)(?![\d,.]))|\bM(?=\d[\d,.]*(?:\s+(?:million|billion)\b|\s+(?:a|an|per|each)\s+\p{L}))|\bP(?=\d{2,}(?![\d,.])\s+(?:a|an|per|each)\s+\p{L})|${CURRENCY_ABBREVIATION}\s?(?=\d))\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent\b|per cent\b|m\b|bn\b|k\b|million\b|billion\b|trillion\b|thousand\b|crore\b|lakh\b)|-(?:million|billion|trillion)\b)?|(?<![-\p{L}])\b(?:${TENS_AND_UNITS}|${NUMBER_WORD}|hundred|a hundred|hundreds|thousands|dozens|a dozen|millions)\b(?!-(?!(?:year|month|week|day|hour|minute|kilomet(?:er|re)|km|mile|met(?:er|re)|hectare|acre|tonne|ton|litre|liter|kilogram|foot|feet|inch|member|strong)s?\b))(?:\s+(?:million|billion|thousand|hundred))?|${FRACTION.source}`,
  'giu',
);

/**
 * What a sum may open with: a currency sign, with a dollar's letters ("B$", "US$"), an abbreviation ("TSh"), or the
 * letter of a rand, dalasi or lilangeni ("E700 to E900").
 */
const SUM_OPENER = String.raw`(?:\p{Lu}{0,3}\p{Sc}|${CURRENCY_ABBREVIATION}\s?|\b[RDE](?=\d)|\bP(?=\d{1,3}(?:,\d{3})+(?!\d|,\d))|${KINA})`;
/**
 * The low end of a range just before a figure, with "between": "40 to ", "$40 to ", "six to ", "between 7 percent and ",
 * "four or ". (Not a year a change is dated by: "fell 18 percent in 2024 to 3.1 million euros".)
 */
const RANGE_BEFORE = new RegExp(String.raw`(?:\bbetween\s+)?(?:(?<![\p{L}\p{N}\p{Sc}.,])(?:(?<!\b(?:in|since|during|until|by)\s)|(?!(?:19|20)\d\d\s))${SUM_OPENER}?\d[\d,.]*(?:\s+(?:million|billion|thousand|trillion|crore|lakh))?(?:\s?%|\s+(?:percent|per cent))?|(?<![-\p{L}])(?:${NUMBER_WORD}))\s+(?:to|-|–|and|or)\s+$`, 'iu');
/**
 * The low end of a range ("40", "$40", "B$40", "TSh35,000", "six", "J$18 million") and what follows it ("to 60", " to
 * $60", " to B$50", " to TSh40,000", " to eight", " to J$22 million").
 */
const RANGE_LOW = new RegExp(String.raw`^(?:${SUM_OPENER}?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|m|bn))?|${NUMBER_WORD})$`, 'iu');
const RANGE_HIGH = new RegExp(String.raw`^\s*(?:to|-|–|or\b)\s*(?:${SUM_OPENER}?\d[\d,.]*|(?:${NUMBER_WORD})\b)`, 'iu');
/** The high end of a range after "between" and its low end, with its sign or letters: " and $60", " and Rs3,000". */
const BETWEEN_HIGH = new RegExp(String.raw`^\s+and\s+${SUM_OPENER}?\d`, 'u');
/** The low end of a range of sums, up to its high end: "Nu 110 to " (130). */
const SUM_RANGE_LOW = new RegExp(String.raw`${SUM_OPENER}\d[\d,.]*(?:\s?(?:million|billion|thousand|m|bn))?\s*(?:to|-|–)\s*$`, 'u');

const CURRENCY =
  /^\s*(?:(?:million|billion|thousand|trillion|m|bn|crore|lakh)\s+)?(?:(?:US|U\.S\.|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+)?(?:dollars?|pounds|euros?|yuan|yen|rupees?|rupiah|kroner|krone|kronor|kronur|francs?|pesos?|reais|rand|rubles|roubles|lira|liras|dirhams?|riyals?|rials?|dinars?|shekels|naira|shillings|ringgit|baht|won|zlotys?|zlotych|forints?|soles|hryvnias?|taka|cedis?|korun[ay]?|crowns|lei|kwachas?|birr|dong|manats?|tenge|lari|leva|levs?|drams?|lek[eë]?|leks|lilangeni|emalangeni|ngultrum|kunas?|tolars?|(?:convertible\s+)?marks|dobras?|balboas?|bolivianos|bol[ií]vares|bol[ií]vars?|quetzales|lempiras|schillings|guilders|pesetas|drachmas|escudos|kyats?|afghanis|somoni|pula|kina|gourdes|colones|c[oó]rdobas|guaran[ií]es|dalasis?|leones|ouguiyas?|ariary|nakfa|maloti|rufiyaa|soums?|som|pa['’]anga|vatu|tala|t[oö]gr[oö]gs?|tugriks?|kips?|riels?|denars?|kwanzas?|meticais|metical|cents|pence|centimes|centavos|céntimos|millimes|fils|kopecks?|kopeks?|kopiyok|paise|piastres|halalas?|groszy|grosz|satang|agorot|tiyin|tyiyn)(?![\p{L}\p{N}])/iu;

/** A sum written before its noun: "the 25-cent fare", "a 10-dollar note". */
const HYPHEN_MONEY = /^-(cent|penny|dollar|euro|pound|peso|rupee|franc|yuan|yen|rand|shilling|naira|cedi|dinar|dirham|riyal|rial|baht|won|ringgit|kwacha|rupiah|taka|kip|lari|leone)\b/iu;

/** A unit's stem, abbreviations spelled out ("km" -> kilometer), or null for a word that is not a unit. */
function unitStem(word: string): string | null {
  const w = word.replace(/^[\s-]+/u, '').toLowerCase();
  if (!UNITS.test(` ${w}`)) return null;
  const spelled: Record<string, string> = { km: 'kilometer', kg: 'kilogram', mm: 'millimeter', cm: 'centimeter', ft: 'feet', foot: 'feet', lb: 'pound', lbs: 'pound', sq: 'square', mw: 'megawatt', gw: 'gigawatt', t: 'ton', tonne: 'ton', tonnes: 'ton', kilo: 'kilogram', kilos: 'kilogram' };
  const last = w.split(/\s+/u).pop()!;
  return stem((spelled[last] ?? last).replace(/metre/u, 'meter')).replace(/^tonn/u, 'ton');
}

/**
 * Words after a unit that belong to the figure: a direction, a dimension, a rate (by time, or by weight or area and then
 * time: "1.5 denars per kilogram per week"). (Not "across" the place it spreads over: "about 18,500 meters across the
 * city".)
 */
const MEASURE_AFTER = /^\s+(?:(?:below|beneath)\s+(?:the\s+)?(?:surface|ground|sea level|seabed|sea floor|seafloor)|underground|away|(?:north|south)(?:-?(?:east|west))?|east|west|(?:up|down)(?:stream|river|hill)|offshore|inland|long|wide|high|deep|tall|across(?!\s+(?:the|a|an|its|their|this|that|all)\b)|(?:a|an|per)\s+(?:second|minute|hour|day|week|month|year)|(?:a|an|per)\s+(?:kilogram|kilo|kg|tonne|ton|litre|liter|gallon|hectare|acre|square\s+met(?:re|er))(?:\s+(?:a|an|per)\s+(?:day|week|month|year))?)\b/iu;

/** A vague part of a whole just before its figure: "many of the | 1,400 concrete stalls". */
const PART_BEFORE = /\b(?:many|most|some|several|half|a\s+few|a\s+number)\s+of\s+(?:the|its|their)\s+$/iu;
/** The state a clause puts its subject in, after a figure and its noun: "... built by the municipality remain | empty". */
const STATE_AFTER = /^[^,;.]*?\b(?:remain|remains|remained|stay|stays|stayed|are|were|stand|stands|stood|lie|lies|lay|sit|sits|sat)\s+(?:still\s+)?(\p{L}+)/iu;

/** Where a sum starts, with the letters of its dollar sign: "US$12", "Bds$40". */
function signedStart(sentence: string, at: number): number {
  return sentence[at] === '$' ? at - (/\b(?:\p{Lu}{1,3}|Bds|Bz)$/u.exec(sentence.slice(0, at))?.[0].length ?? 0) : at;
}

/** A whole set before the part that follows it: "Of the 120 Yutong buses ... received from China in 2015, only | 38". */
const FRONTED_WHOLE = /^\s*(?:Of|Among)\s+(?:the|its|their)\s+(?:(?:about|some|roughly|nearly|around)\s+)?\d[\d,.]*\s+([^,;]+),\s+(?:(?:only|just|about|some|roughly|nearly|around)\s+)?$/u;

/** The whole a bare figure is a part of, just after it: "11,000 | of the planned 42,000 | tonnes". */
function wholeAfter(sentence: string, end: number): { text: string; end: number } | null {
  const m = /^\s+of\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:(?:about|some|roughly|around|nearly)\s+)?(\d[\d,.]*)/u.exec(sentence.slice(end));
  return m ? { text: m[1]!, end: end + m[0].length } : null;
}

/**
 * The figure a change starts from, for a bare level it reaches: "from about 45,000 cubic metres a day to 28,000" (the
 * 28,000 is cubic metres a day too).
 */
function changedFrom(sentence: string, start: number): { text: string; end: number } | null {
  const from = Math.max(0, start - 80);
  // (Or a level told as now's after what it was: "A two-room house that was 6,000 rufiyaa a month last year is now 8,400".)
  const m =
    /\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(\d[\d,.]*)[^\d,;:]{1,40}?\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/iu.exec(sentence.slice(from, start)) ??
    /\b(?:was|were|cost|costs)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(\d[\d,.]*)[^\d,;:]{1,40}?\s+(?:is|are)\s+now\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/iu.exec(sentence.slice(from, start));
  return m ? { text: m[1]!, end: from + m.index + m[0].indexOf(m[1]!) + m[1]!.length } : null;
}

function kindOf(sentence: string, end: number, text: string): Quantity {
  // (South Africa's rand is written "R26"; Papua New Guinea's kina "K40".)
  // ("just 14,000 pounds of green nutmegs": pounds of something weigh it.)
  const weighed = /^\s+pounds\s+of\s+(?!sterling\b)/iu.test(sentence.slice(end));
  if (/^(?:\p{Sc}|[REMKP]\d|D\d{1,3},\d)/u.test(text) || ABBREVIATED_SUM.test(text) || (CURRENCY.test(sentence.slice(end)) && !weighed) || HYPHEN_MONEY.test(sentence.slice(end))) return 'money';
  // ("could now reach 90 million", after "would have cost 40 to 50 million CFA francs": a bare magnitude, no noun after
  // it, in a sentence whose earlier sum has named its currency.)
  const before = sentence.slice(0, end - text.length);
  if (/^\d[\d,.]*\s+(?:million|billion)$/u.test(text) && !/^\s+\p{L}{3,}/u.test(sentence.slice(end)) && [...before.matchAll(NUMBER)].some((m) => kindOf(before, m.index + m[0].length, m[0]) === 'money')) return 'money';
  // "3.4 billion guaraníes (about $430,000)": a currency we do not know, named by its conversion.
  if (/^(?:\s+(?:million|billion|trillion|m|bn))?\s+\p{L}+\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?(?:US|NZ|A|C|HK)?\p{Sc}\s?\d/u.test(sentence.slice(end))) return 'money';
  if (/(?:%|percent|per cent)$/iu.test(text) || FRACTION_ALONE.test(text.trim())) return 'percent';
  if (UNITS.test(sentence.slice(end)) || CELSIUS.test(sentence.slice(end))) return 'measure';
  // "for one hour", "two weeks": a span of time, not a count of the thing asked about.
  // ("a two-week strike" too; not "42 year-round workers".) (Nor hours of a kind: "at least 1,500 flying hours".)
  if (/^(?:\s+(?:(?:more|full|straight|long|consecutive|whole|extra|additional|overtime|\p{Ll}{3,}ing)\s+)?|-)(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b(?!-(?:old|round)\b)/iu.test(sentence.slice(end))) return 'duration';
  return 'count';
}

/** Nouns of a dimension, which a question may count by ("what output capacity", "what volume of material"). */
const DIMENSION_NOUN = /^(?:capacity|output|temperature|speed|depth|height|length|width|distance|area|size|volume|weight)$/u;

/** Where a complaint or an appeal was filed: with the body, and where that is ("with the Labour Relations Authority in Male"). */
const FILED_WITH =
  /\b(?:filed|lodged|submitted)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:complaint|appeal|petition|case|lawsuit|suit|claim|objection|grievance|application)s?\s+((?:with|before|to|at)\s+the\s+(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and)\s+)?){0,6}\p{Lu}[\p{L}’'-]*(?:\s+in\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?)/gu;

/** A place a sentence gives, with how it was found. */
/** (`kindTail`: what kind of place a name is, told in lower case after it and answered with it, " industrial zone".) */
type Place = Extracted & { people?: boolean; dateline?: boolean; vague?: boolean; headquarters?: boolean; spot?: boolean; kindTail?: string; stands?: boolean };

/** How far and which way from a place, before its name: "about 40 kilometres (25 miles) east of", "2 km from". */
const HOW_FAR_OFF = String.raw`(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)(?:\s+\([^()]{1,30}\))?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from|outside)\s+`;
/**
 * How many live in a place, told before where it lies: "Tondikiwindi, a village of about 1,400 people 45 kilometres
 * north of Filingue" (which alone says nothing of where it is).
 */
const POPULATION_FIRST = String.raw`(?:a|an)\s+(?:small\s+|remote\s+)?(?:village|town|city|settlement|community)\s+of\s+(?:(?:about|some|roughly|around|nearly|almost|more than|fewer than)\s+)?\d[\d,.]*\s+(?:people|residents|inhabitants|families|households)\s+`;
/** After a place's name, where the sentence says it lies: "near Nokou, about 90 kilometres ... north of Mao". */
// (Past what kind of place it is, and by a coast or a shore: "the Doraleh plant, on the coast about 10 kilometres west of
// the city centre"; and past how many live there, above.) (Or a site between two: "the Mount Pleasant dump, a hillside site
// between Coxen Hole and French Harbour".)
const WHERE_IT_IS = new RegExp(String.raw`^(?:\s+\p{Ll}+){0,2},\s+(?:${POPULATION_FIRST})?(${HOW_FAR_OFF}[^,.;]+|(?:on|along|by)\s+the\s+(?:coast|shore|seafront|waterfront|riverbank|lakeshore|outskirts|edge)\b[^,.;]*|(?:a|an)\s+(?:small\s+|remote\s+|coastal\s+|fishing\s+|farming\s+|mountain\s+|border\s+|hillside\s+|hilltop\s+|riverside\s+|lakeside\s+)?(?:village|town|city|district|suburb|port|island|neighbou?rhood|settlement|commune|site)\s+(?:in|on|near|outside|between|of(?!\s+(?:about|some|roughly|around|nearly|almost|more|fewer|\d)))\s+[^,.;]+)`, 'iu');

/** Or just after its name, in lower case: "the 38-room Hotel Biser on the lakefront promenade since 2009". */
const RIGHT_BY = /^\s+((?:on|along|beside|overlooking|opposite|next\s+to)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:promenade|seafront|waterfront|beach|shore|lakefront|lakeshore|riverbank|river|harbou?r|quay|square|hill|hillside|road|street|avenue|boulevard|highway|outskirts|edge|corner|coast|bay|marina|port|market|plaza|park|cliffs?))\b/u;
/** Or after a verb of standing: "The plant he means stands 12 kilometres away on the Kitale-Endebess road". */
const STANDS_AT = new RegExp(String.raw`^(?:\s+\p{Ll}+){0,3}?\s+(?:stands|stood|lies|lay|sits|sat|is\s+(?:located|situated))\s+(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?(?:\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+away\s+)?((?:on|in|at|near|along|beside|outside)\s+[^,.;]+|${HOW_FAR_OFF}[^,.;]+)`, 'u');

/**
 * Where a place the question asks about lies, as the sentence puts it after its name: "near Nokou, about 90 kilometres
 * (56 miles) north of the provincial capital Mao", "El-Bayadiya, a village on the east bank of the river".
 */
function whereItIs(sentence: string, p: { end: number }): Place[] {
  const stands = STANDS_AT.exec(sentence.slice(p.end));
  const m = WHERE_IT_IS.exec(sentence.slice(p.end)) ?? RIGHT_BY.exec(sentence.slice(p.end)) ?? stands;
  if (!m) return [];
  const start = p.end + m[0].length - m[1]!.length;
  return [{ text: m[1]!, start, end: start + m[1]!.length, quality: 0, ...(m === stands ? { stands: true } : {}) }];
}

/** A ratio's first term, then its second: "one in five", "three out of 10". */
// (Small numbers only: "€41 million in 2022" is no ratio; nor a span, "two in three days".)
const RATIO_WORD = String.raw`(?:\d{1,3}(?![\d,.]?\d)|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|100)`;
const RATIO_AFTER = new RegExp(String.raw`^\s+(?:in|out\s+of)\s+(?:every\s+)?${RATIO_WORD}\b(?!\s+(?:minutes?|hours?|days?|weeks?|months?|years?|seasons?)\b)`, 'iu');
const RATIO_BEFORE = new RegExp(String.raw`\b${RATIO_WORD}\s+(?:in|out\s+of)\s+(?:every\s+)?$`, 'iu');
/** A share told as a ratio, with its hedge: "nearly one in three", "about two out of every five". */
const RATIO_SHARE = new RegExp(String.raw`(?:\b(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|fewer\s+than|less\s+than)\s+)?\b${RATIO_WORD}\s+(?:in|out\s+of)\s+(?:every\s+)?${RATIO_WORD}\b(?!\s+(?:minutes?|hours?|days?|weeks?|months?|years?|seasons?)\b)`, 'giu');

/** "by" just before a figure, with its hedge: "have dropped by about a third". */
const BY_BEFORE = /\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/iu;
/** A question about how far a figure stands from the usual one ("how much above normal", "warmer than average"). */
const ASKS_OFF_NORM = /\b(?:above|below|average|normal|usual|norm|mean)\b|\b\p{L}+er than\b/iu;
/**
 * Words that ask about an earlier state ("before the agreement", "originally", "at first"; "What did a kilo of horse
 * mackerel cost at the start of the year?", before it rose since; "what was the price of a coconut a year ago", of
 * "had doubled in a year, from 15 meticais to 30").
 */
const EARLIER = 'before|previously|used to|originally|at first|initially|at the (?:start|beginning) of (?:the|this) year|earlier this year|(?:a|one|two|three|four|five|six|a few|several|\\d+)\\s+(?:years?|months?|weeks?|seasons?)\\s+ago';
/** "What was the wage before the agreement?": a level a change started from. */
const ASKS_BEFORE = new RegExp(String.raw`\b(?:${EARLIER}|previous|old)\b`, 'iu');
/** ... by a word of time, not "old" alone ("the old fortifications"). */
const ASKS_EARLIER = new RegExp(String.raw`\b(?:${EARLIER}|previous)\b`, 'iu');
/** The same, or "once" and a year: which, for "from X to Y", ask for X. */
const ASKS_START_LEVEL = new RegExp(String.raw`\b(?:${EARLIER}|once|(?:19|20)\d{2})\b`, 'iu');

/**
 * A name just before a number ("the Al Amal 3"): a capitalised word inside the sentence (not "Some 132 cameras" at
 * its start) that is not a month, a weekday or a currency.
 */
const NAME_BEFORE_NUMBER =
  /(?<=[\p{L}\d,;:’']\s+)\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Rs|Sh|Ksh|Tsh|Ush|Rp|Rm|Kes|Usd|Eur)\b)\p{Lu}\p{Ll}+\s+$/u;

/** The months' names, as regular-expression source. */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Their abbreviations, as regular-expression source. */
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** A year, or a month and year: "2027", "March 2025". */
const YEAR = new RegExp(`^(?:(?:${MONTHS})\\s+)?\\d{4}$`, 'u');
/** A month named alone: "March". */
const MONTH_ALONE = new RegExp(`^(?:${MONTHS})$`, 'u');
/** The weekdays, as regular-expression source. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "How many tonnes of bananas ...": a unit and what it measures. */
const MATERIAL_ASKED = /\bhow (?:many|much)\s+((?:metric\s+)?[\p{L}-]+)\s+of\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)(?=\s+(?:did|do|does|have|has|had|were|was|are|is|will|would|can|could|went|go|got|get|in|on|at|from|to|for|this|last|each|a|per)\b|\W*$)/iu;
/** Units of a material's weight or volume (not an area, whose "of" names the land: "38,000 hectares of plantations"). */
const MATERIAL_UNIT = new RegExp(String.raw`^(?:${WEIGHT_UNITS}|litres?|liters?|gallons?|barrels?)$`, 'iu');
/** A unit after a figure and what it measures: "tonnes of cross-border freight". */
const UNIT_OF = new RegExp(String.raw`${UNITS.source}\s+of\s+(?:the\s+|its\s+|their\s+)?([^,.;()]+)`, 'iu');
/** A thing's level told as what it is: "The fare is 2 manat.", "the new rent will be 1,500 meticais". */
const LEVEL_OF_BEFORE = /^(?:.*[,;:]\s+)?(?:the|its|their|his|her|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:is|was|are|were|will\s+be|would\s+be|stands\s+at|stood\s+at)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|now\s+)?\p{Sc}?$/iu;
/** How well such a figure's context fits, at least. */
const OWN_LEVEL_FIT = 0.7;
/** A deed asked in the perfect, whose participle is the deed: "how many restoration applications has the authority | approved". */
const PERFECT_DEED = /^how many\s+(?:[\p{L}-]+\s+){1,2}?(?:have|has|had)\s/iu;
/** A price asked without the aid that lowers it: "without the subsidy", "unsubsidised". */
const UNAIDED_ASKED = /\b(?:without|excluding|minus)\s+(?:the\s+|a\s+|any\s+|its\s+)?(subsid|discount|rebate)\p{L}*|\bun(subsid)i[sz]ed\b/iu;
/** ... and that aid just before a sum, by its word: "at a subsidised price of | 5,000 francs". */
const AIDED_BEFORE = new Map(
  ['subsid', 'discount', 'rebate'].map((w) => [w, new RegExp(String.raw`\b${w}\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+|at\s+)?(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?\p{Sc}?$`, 'iu')]),
);
/** Things that run some way, whose "how long" asks a length: "how long is the railway". */
const LINEAR_THING = /^(?:railways?|railroads?|roads?|highways?|motorways?|routes?|tracks?|canals?|rivers?|bridges?|tunnels?|runways?|walls?|seawalls?|cables?|pipelines?|beach(?:es)?|coastlines?|trails?|fences?|streets?|promenades?|piers?|jett(?:y|ies)|dams?|dikes?|dykes?|levees?|breakwaters?|causeways?|boardwalks?|walkways?|footpaths?)$/u;
/** What a thing holds, just before the count: "a container holding | 300,000 new bottles". */
const HOLDING_BEFORE = /\b(?:holding|carrying|containing|loaded\s+with|packed\s+with|filled\s+with)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$/iu;
/** The thing a sum is the value of, just after it: "a 2.4 billion CFA franc (about $3.9m) | contract". */
const VALUED_AFTER = /^(?:\s+\([^()]{1,30}\))?\s+(\p{Ll}{3,})\b/u;
/** A thing's value told just before the sum: "a contract worth EC$3.4 million", "The work, budgeted at 86 million crowns". */
const WORTH_BEFORE = /\b(\p{Ll}+)(?:\s+(?:worth|valued\s+at)|,\s+(?:budgeted|costed|priced)\s+at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+)?\p{Sc}?$/u;
/** The thing a sum was paid against, whose own value follows: "an advance of EC$1.2 million | on a contract worth ...". */
const WORTH_AFTER = /^\s+(?:on|for|of|under|from)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)\s+(?:worth|valued\s+at)\s/u;
/** A price's change asked: "how much has the price of feed risen". */
const PRICE_CHANGE_ASKED = /\bhow much\b.*\b(?:price|prices|cost|costs|fee|fees|fare|fares|rent|rents|wage|wages)\b.*\b(?:risen|rise|rose|gone\s+up|go\s+up|went\s+up|increased|climbed|jumped|fallen|fall|fell|dropped|gone\s+down|go\s+down|went\s+down)\b/iu;
/** A figure told as a difference: "20 to 40 percent less than in Rivera", "$3 cheaper". */
const DIFFERENCE_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|[\p{L}$€£]+)?\s*(?:less|more|cheaper|dearer|higher|lower)\b/iu;
/** What a figure is set against, later in its sentence: "worth about $25 ..., more than her monthly pension". */
const COMPARED_WITH = /^[^.;]{0,80}?,\s+(?:more|less|higher|lower|greater|bigger|smaller)\s+than\s+((?:her|his|their|its|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
/** A second figure set against one, and where or for whom it holds: ", compared with between 6 million and 7 million pesos at a private clinic". */
const COMPARED_SETTING = /^[^.;]{0,60}?\s(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+[^.;]*?\d[\d,]*(?:\s+(?:million|billion|thousand))?\s+\p{L}+\s+((?:at|in|for|on|from)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
/**
 * A figure as the threshold of a condition: "whenever passenger numbers fall below 1.2 million a year"; or called one:
 * "the threshold of 65 left out people who had retired early".
 */
const THRESHOLD_BEFORE = /\b(?:whenever|if|unless|once|should)\b[^,.;]{0,60}\b(?:below|above|under|over|exceeds?|exceeded|tops?)\s+(?:about\s+|around\s+|roughly\s+)?\p{Sc}?$|\b(?:threshold|cut-?off)\s+of\s+(?:about\s+|around\s+|roughly\s+)?\p{Sc}?$/iu;
/** A question that asks for a threshold. */
const THRESHOLD_ASKED = /\b(?:below|above|under|over|exceed\w*|threshold|minimum|maximum|limit|floor|ceiling|guarantee\w*|trigger\w*|at least|at most)\b/iu;
/** A weekday named anywhere: "on Thursday". */
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS})\\b`, 'u');
/** A date that ends with its weekday ("late on Saturday"), which a month and day may follow. */
const ENDS_WITH_WEEKDAY = new RegExp(`(?:${WEEKDAYS})$`, 'u');
/** A capitalised word after a date that is no month: "the city's Friday Market". */
const NAME_AFTER = new RegExp(`^\\s+(?!(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\b)\\p{Lu}\\p{Ll}`, 'u');
/** Abbreviations whose full stop ends no clause: "an hour from Dec. 1", "the city's No. 2 workshop". */
const CLAUSE_ABBREVIATIONS = `${MONTH_ABBREVIATIONS}|No|Nos|St|Mt|Ft|Dr`;
/** Such a full stop. */
const ABBREVIATION_STOP = new RegExp(`\\b(${CLAUSE_ABBREVIATIONS})\\.`, 'gu');

/** After a figure, what makes it elliptical for the one before ("2,500 of them", "1,076 in the control group"), but not a
 * date ("NZ$32.90 in December next year"). */
// ("injured at least 34 late on Thursday": a time after it says no more.)
// ("We have four pilots. We need at least seven to cover the season": seven pilots, for what is to be done.)
const ELLIPTICAL_AFTER = new RegExp(`^\\s+(?:of\\s+(?:them|those|whom|which)|in(?!\\s+(?:${MONTHS}|\\d{4}|next|last|this)\\b)|at|among|for|on|late|early|overnight|yesterday|today|tonight|to\\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\\b)(?=\\p{Ll}{3,}\\s))\\b`, 'iu');

/** The verb just before a figure, past a qualifier: "killed 11 people and injured | at least 34", "We need at least seven". */
const VERB_BEFORE_FIGURE = /(\p{L}+)\s+(?:at least\s+|about\s+|around\s+|some\s+|nearly\s+|more than\s+|another\s+|only\s+|just\s+){0,2}$/u;
/** A word for a span of time, which a rate by time names ("a day", "per week"). */
const TIME_WORD = /^(?:second|minute|hour|day|night|week|fortnight|month|year|decade)s?$/iu;
/** "six more", "220 more people", "120 new rangers": a figure of more of a thing. */
const MORE_AFTER = /^\s+(?:more|additional|extra|further|new)\b(?!\s+than\b)/iu;
/** ... with no noun of its own, "with six more due before December": more of what was counted before. */
const MORE_ELIDED = /^\s+(?:more|further)(?=\s*(?:[,.;:]|$)|\s+(?:due|were|are|was|is|will|would|to|in|on|at|by|from|for|have|had|has|expected|planned|scheduled|set|still|already|and|or)\b)/iu;
/** "How many more sheds ...", "how many additional huts ...": more of a thing asked, not all of it. */
const ASKS_MORE = /\bhow\s+many\s+(?:more|additional|extra|further)\b/iu;

/** A climb someone makes, up something: "the peak the runners have to climb", "climbed the tower". */
const CLIMB_ON_FOOT = /\b(?:have|has|had|need|needs|needed|must)\s+to\s+climb\b|\bclimb(?:s|ed|ing)?\s+(?:up|the|a|an)\b/giu;
/** The size a thing can reach, no change: "How tall can wax palms grow?", "how big do the fish get". */
const GROWS_TO_SIZE = /^(\s*how\s+(?:tall|high|big|large|long|heavy|wide|thick)\s+(?:can|could|do|does|may|might|will)\s+[^?]*?)\b(?:grow|get)\b/iu;

/** A verb of change, in any tense ("rises from 45 soles to 180 soles"). */
const CHANGE =
  /\b(?:fall|falls|fell|fallen|drop|drops|dropped|rise|rises|rose|risen|grow|grows|grew|grown|increase|increases|increased|decrease|decreases|decreased|decline|declines|declined|climb|climbs|climbed|jump|jumps|jumped|soar|soars|soared|slump|slumps|slumped|shrink|shrinks|shrank|shrunk|gain|gains|gained|change|changes|changed|go up|goes up|go down|goes down|went up|went down|gone up|gone down)\b/iu;

/**
 * A "from" before a range's low end that starts no change: "had collected statements from 40 to 60 households", plain
 * counts with no verb or noun of change before them in the clause (not "rose from 200 to 600", "cut the fee from 30,000
 * to 20,000", nor a sum, "trims the overtime budget from $14 million to $11.4 million").
 */
function rangeFrom(before: string, low: string): boolean {
  // ("penalties ranging from $10 to $25": a range by its word, of sums too.)
  if (/\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu.test(before)) return true;
  if (!/^\d[\d,]*$/u.test(low.trim())) return false;
  const from = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu.exec(before);
  if (!from) return false;
  const clause = /[^,;:]*$/u.exec(before.slice(Math.max(0, from.index - 60), from.index))![0];
  return !CHANGE.test(clause) && !/\b(?:cut|cuts|raised?|raises|lift(?:s|ed)?|hike[sd]?|reduced?|reduces|lowered|boost(?:s|ed)?|slash(?:es|ed)?|doubled|tripled|halved|trim(?:s|med)?|pared?|scaled?|went|goes|moved|shifted|revised|adjusted|expanded|extended|up|down|increases?|rises|falls|drops)\b/iu.test(clause);
}

/** What qualifies a level: "about", "more than", "just under". */
const LEVEL_QUALIFIER = String.raw`(?:about|roughly|around|some|nearly|almost|(?:just\s+)?(?:more|fewer|less)\s+than|(?:just\s+)?(?:over|under))`;
/** "from" a level just before a figure, qualified or not: "from about", "from more than". */
const LEVEL_FROM = String.raw`from\s+(?:${LEVEL_QUALIFIER}\s+)?\p{Sc}?$`;
const FROM_LEVEL = new RegExp(String.raw`\b${LEVEL_FROM}`, 'iu');
/** ... after a change's direction: "down from more than 2,500", "up from 500". */
const DOWN_FROM_LEVEL = new RegExp(String.raw`\b(?:down|up)\s+${LEVEL_FROM}`, 'iu');
/** A level's rate, after its sum: "300 meticais | a month". */
const LEVEL_RATE = String.raw`(?:\s+(?:a|an|per|each)\s+(?:hour|day|night|week|month|year|kilogram|kilo|litre|liter))?`;
/**
 * A change's start and its verb, just before the level it reached: "had dropped from about 9,000 shillings to " (or a
 * rate's: "have risen from 300 meticais a month to ").
 */
const CHANGED_FROM_TO = new RegExp(String.raw`${CHANGE.source}[^,;.]{0,40}?\b(from\s+(?:(?:about|roughly|around|some|nearly|almost|more than)\s+)?${SUM_OPENER}?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+\p{L}+)?${LEVEL_RATE}\s+to\s+(?:(?:about|roughly|around|some|nearly|almost)\s+)?\p{Sc}?)$`, 'iu');
/** The level a change reaches, after its start: "from 42 in 2019 | to fewer than 15". */
const LEVEL_TO = String.raw`\bto\s+(?:about\s+|roughly\s+|around\s+|more than\s+|over\s+|nearly\s+|almost\s+|less than\s+|fewer than\s+|under\s+|just\s+)?`;
/** ... the words from a start to the figure of that level. */
const LEVEL_REACHED_AFTER = new RegExp(String.raw`^[^.;]{0,40}?${LEVEL_TO}(?:(?:\p{Lu}{1,3}|Bds|Bz)?\p{Sc}|R(?=\d)|${KINA})?\d`, 'iu');
/** ... and those words up to it, before its figure. */
const LEVEL_REACHED_BEFORE = new RegExp(String.raw`^[^.;]{0,40}?${LEVEL_TO}\p{Sc}?$`, 'iu');
/** How well a level fits, as a share of how well the other level of its change fits. */
const PAIRED_LEVEL_FIT = 0.8;
/** The words from a level to the one it changed from, before its figure: "90 | transactions a day last year, down from |". */
const LEVEL_LEFT_BEFORE = new RegExp(String.raw`^[^.;]{0,60}?,\s+(?:down|up)\s+from\s+(?:${LEVEL_QUALIFIER}\s+)?\p{Sc}?$`, 'iu');
/** After a level, the one it changed from: "| at the Gedaref crop market on Sunday, down from | about 62,000 pounds". */
const LEVEL_CAME_FROM = new RegExp(String.raw`^[^.;]{0,60}?,\s+(?:down|up)\s+from\s+((?:${LEVEL_QUALIFIER}\s+)?(?:${SUM_OPENER})?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+(?!(?:in|on|at|a|an|the|last|this|before|after|when)\b)\p{L}+)?)`, 'iu');
/** A change's start just before the level it reached, whatever the verb: "from 6,800 pesos to ". */
const TO_LEVEL = new RegExp(String.raw`\bfrom\s+(?:about\s+|around\s+|roughly\s+)?\p{Sc}?\d[\d,.]*(?:\s+[\p{L}]+)?${LEVEL_RATE}\s+to\s+(?:about\s+|around\s+|roughly\s+)?\p{Sc}?$`, 'iu');
/** A verb of change and "by" before a figure: "had grown by nearly 40 percent". */
const CHANGE_BY_BEFORE = new RegExp(`${CHANGE.source}\\s+by\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+|more than\\s+|over\\s+|just\\s+)?\\p{Sc}?$`, 'iu');
/** A change's verb just before its figure ("rose 14 percent", "fell about"). */
const CHANGED_BY = /\b(?:rose|risen|rises|climbed|jumped|increased|grew|fell|fallen|dropped|declined|slumped|surged|soared|shrank|shrunk|plunged|tumbled|lost|shed|went\s+up|gone\s+up|went\s+down|up|down)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|just\s+)?$/iu;
/** Nouns of a change. */
const CHANGE_NOUNS = 'rise|increase|jump|hike|drop|fall|decline|cut|reduction|slump|surge';
/** ... or its noun just after: "a 35% rise". */
const CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s*(?:${CHANGE_NOUNS}|(?:more|less|higher|lower)\b)`, 'iu');
/** ... or before, with "of": "a fall of nearly 59 percent". */
const CHANGE_NOUN_OF = new RegExp(String.raw`\b(?:${CHANGE_NOUNS}|plunge|gain|loss)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|just\s+)?\p{Sc}?$`, 'iu');
/** Words that tell a change goes up, and words that tell it goes down. */
const UP_WORDS = /\b(?:rise|rises|rose|risen|rising|climb|climbs|climbed|climbing|jump|jumps|jumped|increase|increases|increased|grow|grows|grew|grown|surge|surged|soar|soared|raise|raises|raised|boost|boosted|went\s+up|gone\s+up|go\s+up|more\s+expensive|dearer|pricier|higher|up)\b/iu;
const DOWN_WORDS = /\b(?:fall|falls|fell|fallen|falling|drop|drops|dropped|decline|declines|declined|slump|slumped|sink|sinks|sank|sunk|plunge|plunged|tumble|tumbled|shrink|shrank|shrunk|cut|cuts|reduce|reduces|reduced|lower|lowered|lost|lose|shed|dip|dipped|slip|slipped|slid|went\s+down|gone\s+down|go\s+down|cheaper|less|down)\b/iu;
/** Which way a change goes, by its words: up, down, or null when both or neither. */
function wayOf(text: string): 'up' | 'down' | null {
  const [up, down] = [UP_WORDS.test(text), DOWN_WORDS.test(text)];
  return up === down ? null : up ? 'up' : 'down';
}
/** A change named in a question, by its noun or verb: "what pay rise", "how big a cut". */
const CHANGE_NAMED = /\b(?:rise|rises|raise|raises|increase|increases|hike|hikes|cut|cuts|drop|drops|fall|falls|decrease|decreases|reduction|reductions)\b/iu;
/** How much a percentage fits a question that asks one in so many words. */
const PERCENT_NAMED = 0.3;
/** How much more a change told the way the question says counts. */
const SAME_WAY = 0.2;
/** A change told by its verb, what it changed and "by": "could cut losses by more than 70%". */
const CHANGED_THING_BY = /\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|lowering|raise|raises|raised|raising|increase|increases|increased|increasing|boost|boosts|boosted|boosting)\s+(?:[\p{L}’'-]+\s+){0,4}by\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|just\s+|up to\s+)?\p{Sc}?$/iu;

/** Words after "how much" that name no thing an amount is asked of: "how much more", "how much money". */
const NO_THING_AFTER_HOW_MUCH = String.raw`(?!(?:more|less|extra|further|longer|time|of|in|per|a|an|the|each|every|money|cash)\b)`;
/** "how much milk can it process": a thing named before the question's auxiliary. */
const AMOUNT_ASKED = new RegExp(String.raw`^how much\s+${NO_THING_AFTER_HOW_MUCH}([\p{Ll}-]+)\s+(?:can|could|does|do|did|will|would|is|are|was|were|has|have|had)\b`, 'u');
/**
 * "How much fish was sold": an amount of a thing named between "how much" and its passive verb. (Or its active one:
 * "how much milk does Khoury sell a day", "about 90 litres of milk a day".)
 */
const AMOUNT_OF_THING = new RegExp(String.raw`\bhow much\s+${NO_THING_AFTER_HOW_MUCH}(\p{L}+)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\p{L}+ed|sold|bought|caught|grown|brought|taken|made|shipped)|(?:does|do|did|will|would|can|could)\s+(?:[\p{L}’'-]+\s+){1,4}?(?:sell|sells|buy|buys|catch|catches|grow|grows|ship|ships|deliver|delivers|supply|supplies|export|exports|produce|produces|harvest|harvests|collect|collects|give|gives|donate|donates))\b`, 'u');

/** Whether the question asks for one sum or one share in particular ("How much money ...", "what percentage ..."). */
export function asksSumOrShare(q: Question): boolean {
  const kinds = wantedKinds(q);
  return kinds !== null && kinds.size === 1 && (kinds.has('money') || kinds.has('percent'));
}

/** Words for groups of people, whose size is a count: "the workforce", "the crowd". */
const GROUP_WORDS = /\b(?:workforce|staff|crowd|crowds|team|teams|class|classes|delegation|audience|congregation|membership|army|fleet|herd|herds|flock|flocks)\b/iu;
/** A sentence that sets one time's figure against another's: "now costs about 1.59 euros ..., up from 1.09 euros in early 2021". */
const THEN_AND_NOW = /\b(?:now|up from|down from|compared with|compared to|from)\b/iu;
/** A period before now a question names: "last season", "in July". */
const PRIOR_PERIOD = new RegExp(`\\b(?:(?:last|previous)\\s+(?:season|year|month|week|summer|winter|spring|autumn|harvest)|in\\s+(?:${MONTHS}))\\b`, 'iu');
/** Now, later in a sentence: "was selling for 15 to 20 lempiras on Friday". */
const NOW_LATER = new RegExp(`\\b(?:now|today|these\\s+days|this\\s+(?:week|month|year)|on\\s+(?:${WEEKDAYS}))\\b`, 'u');
/** A month a figure is dated by, just after it: "35 lempiras in January". */
const OWN_MONTH_AFTER = new RegExp(`^\\s*(?:\\p{L}+\\s+){0,2}in\\s+(?:${MONTHS})\\b`, 'u');
/** A figure this year's, or now's, by the words after it: "only two dhows so far this year, compared with nine in 2022". */
const NOW_AFTER = /^[^,.;]{0,30}?\b(?:this\s+year|so\s+far|to\s+date|now)\b/iu;
/** A ticket one way, and one there and back: named anywhere (in a question), and just before a figure (in a sentence). */
const TRIP_ONE_WAY = String.raw`\b(?:one-way|one way|single)\b`;
const TRIP_RETURN = String.raw`\b(?:return|round-trip|round trip)\b`;
const TRIPS = { oneWay: new RegExp(TRIP_ONE_WAY, 'iu'), return: new RegExp(TRIP_RETURN, 'iu') };
const TRIPS_BEFORE = { oneWay: new RegExp(String.raw`${TRIP_ONE_WAY}[^,;.]{0,30}$`, 'iu'), return: new RegExp(String.raw`${TRIP_RETURN}[^,;.]{0,30}$`, 'iu') };
/** ... and just after one, past a conversion in brackets: "the fare of 6 Brunei dollars ($4.40) each way". */
const TRIPS_AFTER = { oneWay: /^\s*(?:\p{L}+\s+){0,2}(?:\([^()]*\)\s*)?(?:each|one)\s+way\b/iu, return: /^\s*(?:\p{L}+\s+){0,2}(?:\([^()]*\)\s*)?(?:return|round[- ]trip|both\s+ways)\b/iu };
/** Words for what something cost. */
const COST_STEMS = new Set(['cost', 'price', 'expense'].map((w) => stem(w)));
/** What something costs, just before the sum: "would cost Dh3.2 million", "will cost about $4 million". */
const COST_VERB_BEFORE = /\b(?:cost|costs|costing)\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated|more\s+than|at\s+least)\s+)?$/iu;
/** A body that has members: "how big is that commuters' group" for "a volunteer group with about 1,400 members". */
const MEMBER_BODY = /\b(group|forum|union|association|club|cooperative|co-op|society|network|alliance|coalition)\b/iu;

/** Words of a question about how many live somewhere. */
const ASKS_POPULATION = /\b(?:live|lives|living|population|populations|inhabitants|residents|populous|home to|people are there|big|large|size)\b|\bcalls?\s.*\bhome\b/iu;

/** "How many of the mine's guides are women?": the whole (its last word) and the part it asks about. */
const PART_IS = /\bhow\s+many\s+of\s+.*?([\p{L}-]+)\s+(?:are|were)\s+(?!(?:there|still|now|left|missing|needed|ready|open|closed|available)\W*$)((?:[\p{Ll}-]+\s+)?(?:[\p{Ll}-]+(?:s|men|people|children)))\W*$/iu;

/** "How many of the fishermen ...": a part of a whole is asked. */
const ASKS_PART = /\bhow many of (?:the|its|their|these|those)\b/iu;

/** "How much does a bottle of Moldovan wine sell for?": the price of one unit of something. */
const A_UNIT_PRICE = /^how much (?:does|did|do|will|would|is|was|are|were)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:kilo|kilogram|litre|liter|tonne|ton|pound|ounce|bottle|bag|sack|loaf|barrel|gallon|box|tin|can|jar|packet|cup|bunch|crate|tray|ticket|ride|trip|night|meal|room)\b/iu;
/** A charge paid again and again: a question about one asks for a sum by the day, week or month. */
const RUNNING_CHARGE = /\b(?:rent|rents|wage|wages|salary|salaries|fee|fees|fare|fares|subscription|bill|bills|tariff|tariffs|pay|toll|tolls|premium|premiums|running|upkeep|maintenance|lease|rate|rates|stay|night|nights)\b/iu;
/** A sum a "how much" question asks for by its kind: "How much was the only bid", "how much is the new fine". */
const SUM_NOUN_ASKED = /^how much\s+(?:is|was|were|are|will|would)\s+(?:the|a|an|their|its|his|her)\s+((?:[\p{L}-]+\s+){0,2}?)(bid|bids|offer|fine|fee|rent|wage|salary|grant|bonus|bill|fare|toll|levy|tax|loan|payout|settlement|deposit|ransom|bail|penalty)\b/iu;
/** "how much timber will the mill cut a day": a material cut down, whose amount is asked, no cut in anything. */
const CUTS_MATERIAL = /\bhow much\s+(?:[\p{L}-]+\s+)?(?:timber|wood|logs?|pine|cane|grass|hay|firewood|stone|ice|peat|turf|reeds?|bamboo|marble)\b[^?]*\bcut\b/iu;
/** The size of a place or a building asked: "how big is the new site". */
const PLACE_SIZE_ASKED = /\bhow (?:big|large) (?:is|was|are|were|will be) (?:the|its|their|this|that) (?:[\p{L}-]+\s+)?(?:site|sites|area|plot|plots|field|fields|farm|farms|park|estate|lot|ground|grounds|land|zone|reserve|forest|lake|reservoir|room|hall|building|warehouse|island|pool|garden|camp|market|square|compound)\b/u;

/** Words of a "how much" question that ask for a sum of money. */
const MONEY_WORDS = /\b(?:cost|costs|costing|profit|profits|revenue|revenues|turnover|pay|pays|paying|paid|payed|bid|price|prices|spend|spent|worth|money|cash|fee|fees|fine|fined|fines|penalty|bonus|reward|prize|compensation|severance|grant|rebate|subsidy|budget|budgets|budgeted|valued|priced|fund|funded|financed|funding|raise|raised|earn|earned|offer|charge|charged|charging|charges|ticket|tickets|fare|fares|sell|sold|selling|afford|lose|lost|loss|losses|save|saved|savings|owe|owed|debt|loan|loans|mortgage|mortgages|dollars|pounds|euros|goods|donate|donated|donation|donations|contribute|contributed|invest|invested|investment|award|awarded|wage|wages|salary|salaries|stipend|stipends|rent|rents|overpaid|overpay|overpayments?|overcharged|underpaid|damages|claiming|(?:put|poured|pumped|sunk|sank|ploughed|plowed)\s+into|(?:go|goes|going|went|retail|retails|retailing|fetch|fetches|fetching|fetched|ask|asks|asking|asked|appeal|appeals|appealing|appealed)\s+for)\b/u;

function wantedKinds(q: Question): Set<Quantity> | null {
  // ("how much has Mwale received so far": no distance.)
  // ("how much milk did halim use before the price rise": a change that only dates what is asked asks no change, nor its
  // price.)
  const t = q.text
    .toLowerCase()
    .replace(PREPOSITION_BEFORE_WHAT, '')
    .replace(HEDGE_BEFORE_WHAT, '')
    .replace(/\b(?:so|thus|by)\s+far\b/gu, '')
    .replace(/\b(?:before|after|since|until|once)\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:rise|rises|increase|increases|hike|hikes|cut|cuts|drop|fall|change|changes)\b/gu, '');
  if (LONG_THING.test(t) || CUTS_MATERIAL.test(t)) return new Set(['measure']);
  // ("How much was the embankment raised?": by how much a thing was made higher, "raised by 80 centimetres", not a sum
  // raised.)
  if (/^how much (?:was|were|is|are|has been|have been|had been|will be|would be) (?:the|its|their|this|that) (?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:raised|lowered|lifted|widened|deepened|lengthened|extended|shortened|narrowed|heightened)\W*$/u.test(t)) return new Set(['measure', 'percent']);
  // ("How much acai did Para produce in 2022?": a weight or a volume, or what it was worth, never "300,000 families".)
  if (/^how much\b(?!\s+(?:money|cash|more|less|longer|higher|bigger))(?:\s+[\p{L}-]+){1,4}?\s+(?:did|does|do|will|would|has|have|had|is|was|are|were)\s+.+\b(?:produce|produced|produces|harvest|harvested|export|exported|exports|import|imported|imports|grow|grew|grown|catch|caught|yield|yielded|ship|shipped|ships)\b/u.test(t)) return new Set(['measure', 'money']);
  // ("How long is the waiting list for a cleaning?": how many are on it, or how long one waits on it, "had grown to
  // nearly eight months".)
  if (LONG_LIST.test(t)) return new Set(['count', 'duration']);
  // ("how far along is work on the landing strip": how much of it is done, "85% complete".)
  // (Or "how full is the reservoir": how much of it is filled, "about 38 percent of its capacity".)
  if (/\bhow far (?:along|advanced)\b|\bhow full\b/u.test(t)) return new Set(['percent']);
  // "What is the average monthly rent", "what tax rate": the noun says what kind of number.
  if (/^what\b/u.test(t)) {
    // ("What is the new hourly rate?": a sum of money; "what is the exchange rate": a plain number.)
    // ("What monthly rate are the lenders charging?": interest, "10 percent a month".)
    // ("What's the going rate these days for two yards of the paler cloth?": a price; so is "What is the new rate paid for
    // a crate of Saperavi?", a rate paid for each thing.)
    if (/\b(?:hourly|daily|weekly|monthly|yearly|pay|base|wage|day|going)\s+rates?\b|\brates?\s+(?:\p{Ll}+\s+)?(?:paid|pays|paying)\b/u.test(t)) return /\b(?:interest|lenders?|moneylenders?|loans?|borrow\w*|credit)\b/u.test(t) ? new Set(['percent', 'money']) : new Set(['money']);
    if (/\bexchange\s+rates?\b/u.test(t)) return null;
    if (/\b(?:rate|percentage|share|proportion|portion|fraction|turnout)\b/u.test(t)) return new Set(['percent']);
    // (The dimension asked stands before any preposition: not "what's the fine for entering the closed area".)
    if (/\b(?:weight|height|length|distance|area|size|depth|speed|capacity|output|temperature|volume|altitude|elevation)\b/u.test(t.split(/\s(?:for|in|at|on|to|from|with|by|near|inside|outside|into)\s/u)[0]!)) return new Set(['measure', 'count']);
    // ("What is the joint sardine catch cap for 2025?": the level, "45,000 tonnes", not "cut by 12 percent" nor a sum
    // of money unless one is asked; a cap on a rise may be a percentage.)
    if (/\b(?:cap|limit|ceiling|quota)\b/u.test(t)) return /\b(?:rise|rises|increase|increases|hike|hikes|growth)\b/u.test(t) ? new Set(['percent', 'money']) : MONEY_WORDS.test(t) ? new Set(['money']) : new Set(['measure', 'count']);
    // ("what did it take in dollars to put up a single kiosk": a sum, in the currency named.)
    if (/\bin\s+(?:dollars|euros|pounds)\b(?!\s+of\b)/u.test(t)) return new Set(['money']);
    // ("What's the maximum amount of fuel ...?": an amount of something else than money.)
    if (/\bamount of (?!money|cash|funds|compensation|aid)\p{L}/u.test(t)) return null;
    // ("What does Océan Épices charge for its hot sauce?": what is charged, spent, earned, owed or worth is a sum.)
    if (/\b(?:price|cost|salary|wage|wages|pay|budget|revenue|fee|fine|penalty|bonus|reward|prize|compensation|severance|grant|rebate|subsidy|loss|rent|value|amount|sum|income|profit|deficit|charge|charges|charged|charging|spend|spends|spent|earn|earns|earned|owe|owes|owed|worth)\b/u.test(t)) {
      // "What pay rise ...": a change is often a percentage; so is a premium on a price ("a premium of 20
      // to 30 percent on certified beans").
      return /\b(?:rise|raise|increase|cut|hike|growth|drop|fall|change|premium|markup)\b/u.test(t) ? new Set(['money', 'percent']) : new Set(['money']);
    }
    if (/\b(?:population|toll|score|margin|number)\b/u.test(t)) return new Set(['count']);
  }
  // ("how much time has the investigation panel been given": a span, "45 days", never "more than 200 times".)
  if (/\bhow much (?:more |extra )?time\b/u.test(t) && !MONEY_WORDS.test(t)) return new Set(['duration']);
  // ("How much would a night ban delay the project?", "how much longer would the works take": a span of time.)
  // (Not what a delay costs: "how much is the delay costing the charterer each day".)
  if (/\bhow much\b/u.test(t) && !MONEY_WORDS.test(t) && !/\b(?:extra|money|expensive|dearer)\b/u.test(t) && (/\b(?:delay|delays|delayed|postpone|postpones|postponed|push\s+back|pushed\s+back)\b/u.test(t) || /\bhow much longer\b.*\b(?:take|takes|took|last|lasts|wait|continue|go on)\b/u.test(t))) return new Set(['duration']);
  // "How fast will the economy grow?": a rate of growth, in per cent.
  if (/\bhow fast\b/u.test(t) && GROWTH_WORD.test(t)) return new Set(['percent']);
  // ("How high is inflation in Iceland now?": a rate, not a height; "how high are the fees": a sum.)
  if (/\bhow high\b/u.test(t)) {
    if (/\b(?:inflation|unemployment|rates?|interest|growth|turnout)\b/u.test(t)) return new Set(['percent']);
    if (/\b(?:prices?|costs?|fees?|fares?|rents?|bills?|wages?|salar(?:y|ies)|pay|tax(?:es)?|tariffs?|fines?|tolls?)\b/u.test(t)) return new Set(['money', 'percent']);
  }
  // "How big a stake is Bluegate buying?": a share is a percentage.
  if (/\bwhat (?:percentage|share|proportion|portion|fraction)\b/u.test(t) || (/\bhow (?:big|large|much)\b/u.test(t) && /\b(?:stake|stakes|share|shares|proportion)\b/u.test(t))) return new Set(['percent']);
  // "How much of the money has been recovered?": a share, or the amount itself.
  if (/\bhow much of\b/u.test(t)) return new Set(['percent', 'money', 'measure']);
  // "By how much is irrigation water being cut?": a change, often a percentage (not a volume of water).
  if (/\bby how much\b/u.test(t)) return new Set(['percent', 'money', 'measure']);
  // "How much did revenue fall", "how much has the price dropped": a change is a percentage or an amount, whatever changed.
  // ("How much less water will the farms get?": so is one told by "less" or "more".)
  // (A price's change is a percentage or a sum, never a length: not "110 metres" for "how much has diesel gone up".)
  if (/\bhow much\b/u.test(t) && (CHANGE.test(t) || /\bhow much (?:less|more|lower|higher|smaller|bigger)\b/u.test(t))) {
    return MONEY_WORDS.test(t) ? new Set(['percent', 'money']) : new Set(['percent', 'money', 'measure']);
  }
  // ("How much are people paying for water?": money, before the water.)
  // ("how much do the growers want": what they ask to be paid, not "About 1,400 growers".)
  // ("how much does someone carrying salt usually make per day": what someone makes, with nothing named between, is
  // money, not "how much salt does the cooperative make".)
  // ("how much has Mwale received so far": what someone has been paid, likewise.)
  // (Not a loss or a saving of a thing named: "how much recoverable sugar can cut cane lose per day", "1 to 2 percent of
  // its recoverable sugar".)
  const lossOrSaving = /\b(?:lose|loses|lost|save|saves|saved)\b/gu;
  if (/\bhow much\s+(?!(?:does|do|did|will|would|can|could|is|are|was|were|has|have|had|should|might|may)\b)\p{L}/u.test(t) && t.search(lossOrSaving) >= 0 && !MONEY_WORDS.test(t.replace(lossOrSaving, ''))) return new Set(['percent', 'measure', 'money']);
  // ("how much could cheap measures cut losses": a change by a verb of cutting or raising, "by 30 to 50%", whatever
  // words of money it names.)
  if (/\bhow much\s+(?:could|would|will|can|might|did|does|do|has|have)\b.*\b(?:cut|cuts|reduce|reduces|reduced|lower|lowers|lowered|boost|boosts|boosted|slash|slashes|slashed|trim|trims|trimmed)\b/u.test(t)) return new Set(['percent', 'money', 'measure']);
  // ("how much fish was sold": an amount of the thing named, "roughly 180 tonnes of fish", before any price.)
  const thingNamed = AMOUNT_OF_THING.exec(t)?.[1];
  // (Only a measure, when the thing is one measured in its own units: "how much blood does a donor give", never "5,000
  // kwanzas".)
  if (thingNamed !== undefined && !MONEY_WORDS.test(thingNamed)) return new Set(askedUnits(q) ? ['measure'] : ['measure', 'count', 'money']);
  if (/\bhow much\b/u.test(t) && (MONEY_WORDS.test(t) || /\bhow much\s+(?:does|do|did|will|would|can|could)\s+(?:[\p{L}’'-]+\s+){1,5}?(?:make|makes|made|take\s+home|bring\s+in|clear|want|wanted|demand|demanded|earn|earned|charge|charged)\b/u.test(t) || /\bhow much\s+(?:has|have|had)\s+(?:[\p{L}’'-]+\s+){1,5}?(?:received|got|gotten|been\s+paid|collected|made|raised|earned)\b/u.test(t))) return new Set(['money']);
  // ("How much produce can the facility hold when it's full?": what it holds, "the 120-tonne facility".)
  if (/\bhow much\s+(?:[\p{L}-]+\s+)?(?:can|could|will|does|do|would)\s+(?:[\p{L}’'-]+\s+){1,3}?(?:hold|store|carry)\b/u.test(t)) return new Set(['measure']);
  // (A material only as what "how much" asks of: "how much water", not "how much extra ... in places that only get water
  // a few hours a day", which asks for "10 to 25%".)
  const material = /\bhow much\b/u.test(t) ? /\bhow much\s+(?:[\p{L}-]+\s+)?(?:land|ground|forest|territory|water|oil|fuel|gas)\b/u : /\b(?:land|ground|forest|territory|water|oil|fuel|gas)\b/u;
  // ("How big is the new site?": a place's size, "about 6 hectares", not the sum set aside for it.)
  if (PLACE_SIZE_ASKED.test(t)) return new Set(['measure', 'count']);
  // ("how steep does the path get": a gradient, "no more than 6%", not "a few hundred meters".)
  if (/\bhow steep\b/u.test(t)) return new Set(['percent']);
  if (/\bhow (?:much|heavy|tall|long|far|close|big|large|wide|narrow|deep|shallow|high|fast|hot|warm|cold)\b/u.test(t) && (/\b(?:weigh|weighs|weighed|weight|heavy|tall|far|close|wide|narrow|deep|shallow|high|fast|hot|warm|cold|temperature|area|size|rain|rainfall|snow)\b/u.test(t) || material.test(t))) return new Set(['measure']);
  // ("How big a discount will schoolchildren get?": a sum or a share, never "a few hundred metres downstream"; so is "how
  // big a pay rise did the boss offer", "a 4 percent increase".)
  if (/\bhow (?:big|large|much)\b/u.test(t) && /\b(?:discount|discounts|reduction|rebate|subsidy|increase|rise|raise|bump|hike|cut|markup|surcharge)\b/u.test(t)) return new Set(['money', 'percent']);
  if (/\bhow big\b/u.test(t) && /\b(?:bonus|fine|penalty|reward|prize|grant|budget|deficit|loss|debt|deal|bid|offer|payment|payout|salary)\b/u.test(t)) return new Set(['money']);
  // ("what was the old fare": a sum, not "its two ageing vessels" in the sentence that speaks of "the old fares".)
  if (/^what(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:fares?|fees?|prices?|costs?|rents?|wages?|salar(?:y|ies)|tolls?|fines?|tariffs?|bills?|charges?)\W*$/u.test(t)) return new Set(['money']);
  // ("what's a day's earnings for somebody picking peppers", "what are pickers paid": pay.)
  if (/^(?:so\s+)?what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s.*\b(?:earnings|wages?|salar(?:y|ies)|paid)\b/u.test(t)) return new Set(['money']);
  // ("So what's a big container of palm oil going for at the market these days?", "what does the flour sell for": a
  // price.)
  if (/^(?:so\s+)?what\b.*\b(?:going|goes|go|selling|sells|sell|sold|retailing|retails|retail|fetching|fetches|fetch)\s+for\b/u.test(t)) return new Set(['money']);
  // ("how much is a generator", "how much was one ticket": what one thing costs.)
  // (Of what, and where: "How much is a jerrycan of palm oil at the market?", not "A 20-litre jerrycan".)
  if (/^how much (?:is|was|are|were|will be|would be)\s+(?:a|an|one|each)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s+(?:of|at|in|on|from)\s[^?]*)?\W*$/u.test(t)) return new Set(['money']);
  // "How big is the workforce?", "how large was the crowd": a group's size is a count of who is in it.
  if (/\bhow (?:big|large)\b/u.test(t) && GROUP_WORDS.test(t)) return new Set(['count']);
  // ("How big are the panels?": the size of each, not "11 of the panels", how many; unless they are sums, "how big are
  // the fines", or groups, "how big are the crews".)
  if (/^how (?:big|large) (?:are|were) (?:the|these|those|its|their) (?:[\p{L}-]+\s+)?[\p{L}-]+s\W*$/u.test(t) && !MONEY_WORDS.test(t) && !/\b(?:losses|debts|savings|salaries|wages|payments|loans|donations|crowds|numbers|crews|teams|groups|gangs|squads|bands|families|households|delegations|classes|herds|flocks|audiences|armies|fleets)\b/u.test(t)) return new Set(['measure']);
  if (/\bhow many\b|\bnumber of\b/u.test(t)) {
    const counted = countedWords(q).map((w) => w.norm);
    // ("how many pounds of nutmegs": a weight.)
    if (/\bpounds\s+of\s+(?!sterling\b)/u.test(t)) return new Set(['measure']);
    if (counted.some((w) => /^(?:dollars|pounds|euros|percent)$/u.test(w))) return null;
    if (counted.some((w) => /^(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)$/u.test(w))) return new Set(['duration']);
    // "how many kilometres": a measure; "how many crew": a count, never the "190-metre" ship they sail.
    // (But things that share a unit's name are counted: "How many of the new meters have been installed?", "how many
    // water meters", a part of a whole or a unit with a word before it that no unit takes.)
    const unit = counted.findIndex((w) => UNITS.test(w));
    const things = unit >= 0 && (/\bhow many of (?:the|these|those|its|their|our|his|her)\b/u.test(t) || (unit > 0 && !/^(?:square|sq|cubic|metric|nautical|linear|running|extra|more|additional|fewer|million|thousand|billion|hundred)$/u.test(counted[unit - 1]!)));
    return unit >= 0 && !things ? new Set(['measure']) : counted.length ? new Set(['count']) : new Set(['count', 'measure']);
  }
  return null;
}

/** A name and its age, up to the comma after the age: "Dean Harwood, 44". */
const NAME_AGE_BEFORE = /\p{Lu}[\p{L}’'-]+,\s\d{1,3}$/u;

/** The last comma at or before `at` that breaks a clause, not one inside a figure ("6,000"); -1 if none. */
function lastClauseComma(sentence: string, at: number): number {
  let i = sentence.lastIndexOf(',', at);
  for (;;) {
    if (i > 0 && /\d/u.test(sentence[i - 1]!) && /\d/u.test(sentence[i + 1] ?? '')) i = sentence.lastIndexOf(',', i - 1);
    // (Nor the commas round a name's age: "skipper Dean Harwood, 44, was fined $4,500" is of the skipper; but "Dragan
    // Nikolov, 58, who farms 4 hectares" is a clause of its own.)
    else if (i > 0 && NAME_AGE_BEFORE.test(sentence.slice(0, i)) && !/^\s*(?:who|whose|which)\b/u.test(sentence.slice(i + 1))) i = sentence.lastIndexOf(',', sentence.lastIndexOf(',', i - 1) - 1);
    else return i;
  }
}

/**
 * A size asked, and a length that is how far something lies from something else ("500 metres from the site gate",
 * "about 2 kilometres down the Can Tho river").
 */
const SIZE_ASKED = /\bhow\s+(?:big|large)\b|\bsize\b/iu;
const DISTANCE_AFTER = /^\s*(?:met(?:er|re)s?|kilomet(?:er|re)s?|km|m|miles?|feet|ft|yards?)\s+(?:from|away|off|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:up|down)(?:stream|river|hill)|(?:up|down|along)\s+the)\b/iu;
/** A subject said to be one of a number: "The balloon, operated by ..., | was one of ". */
const ONE_OF_BEFORE = /(?:^|[.;:]\s)([^.;:]*?)\s+(?:was|is|were|are|became|becomes)\s+(?:just\s+|only\s+)?one\s+of\s+(?:the\s+|some\s+|about\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+)?$/u;
/** A body named for its members, before a count of "its members": "The Ochanja Market Traders Association said ...". */
const MEMBERS_BODY = /\b((?:\p{Lu}[\p{L}’'-]*\s+)+)(?:Association|Union|Cooperative|Co-operative|Federation|Guild|Society|Committee)\b/u;
/** A subject said to number a figure, set off before it: "The Uros, | who number about (2,000 to) ". */
const NUMBERED_BEFORE = /(?:^|[.;:]\s|,\s)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)*\p{Lu}[\p{L}’'-]*),\s+(?:who|which)\s+(?:now\s+)?(?:number|numbered)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|fewer\s+than\s+|an\s+estimated\s+)?(?:(?:between\s+)?\d[\d,.]*\s+(?:to|and|-)\s+)?$/u;
/** ... or a subject that numbers it, maybe with an aside: "Traditional harvesters, most of them Afar herders ..., | number between 400 and ". */
const NUMBER_VERB_BEFORE = /(?:^|[.;:]\s)((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)(?:,\s+[^,;]{1,80},)?\s+(?:now\s+)?(?:number|numbered)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|fewer\s+than\s+|an\s+estimated\s+)?(?:(?:between\s+)?\d[\d,.]*\s+(?:to|and|-)\s+)?$/u;
/** What the things a figure counts serve as, after it: " boats | are registered as water taxis". */
const SERVES_AS_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:are|were)\s+(?:now\s+|still\s+)?(?:registered|licensed|listed|used|operating|working)\s+as\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+s)\b/u;
/** Another figure and its noun joined after a figure's own noun: " people | and 300 vehicles". */
const JOINED_FIGURE = /^(\s+[\p{Ll}-]+)\s+and\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+)?\d[\d,.]*\s+[\p{Ll}-]+(?=\s)/u;

/** The last "(" before `at` still open there; -1 if none. */
function lastOpenBracket(sentence: string, at: number): number {
  let i = sentence.lastIndexOf('(', at);
  while (i >= 0 && sentence.slice(i, at).includes(')')) i = i > 0 ? sentence.lastIndexOf('(', i - 1) : -1;
  return i;
}

function describedBy(sentence: string, start: number, end: number): { after: Token[]; before: Token[] } {
  // Six words of content after it, within its clause: "12 domestic wells in the area had failed", not "212 vacant
  // city positions | and raise the property tax levy by 3.2%".
  // ("95 birr ($0.68) per kilogram of red cherry": past a conversion in brackets, not past other brackets.)
  // (Past a currency with an apostrophe too: "2.1 million pa'anga ($880,000) repair bill".)
  const rest = sentence.slice(end).replace(/^((?:\s*\p{L}+(?:['’]\p{L}+)?){0,2})\s*\((?:about\s+|around\s+|roughly\s+|some\s+)?(?:(?:US|NZ|A|C|HK)?\p{Sc}[^()]*|\d[\d,.]*\s*[\p{L}/]+)\)/u, '$1');
  // ("84 domestic and regional flights": two words before one noun do not end it; nor in what a measure is of, "6,000
  // tonnes of household and commercial waste a day"; nor "62 government primary and secondary schools". But a clause
  // of its own does: "invoices worth 900 million kwanzas and because steel prices had risen".)
  // ("About 1,200 people and 300 vehicles cross at Caledonspoort": what a figure joined to another does, past it.)
  const clause = /^[^,.;:()–—]*/u.exec(rest.replace(ABBREVIATION_STOP, '$1 '))![0].replace(JOINED_FIGURE, '$1').replace(/^(\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?:\s+of\s+[\p{Ll}-]+)?)\s+(?:and|or)\s+(?=(?!(?:because|since|although|though|when|while|whereas|if|unless|that|which|who|then|so|the|a|an|its|their|his|her|it|they|he|she|we|up|about|around|as|more|some|nearly|almost|over)\s)[\p{Ll}-]+\s+[\p{Ll}-]+)/u, '$1 ').split(/\s(?:and|or|but|while|whereas|because)\s/u)[0]!;
  // (Nothing, when "and" follows the figure at once: "was fined $18,000 | and skipper Dean Harwood ... was fined $4,500"
  // tells of someone else.)
  const after = /^\s+(?:and|but|while|whereas)\s/u.test(clause) ? [] : tokenize(clause).filter((t, i, all) => all.slice(0, i + 1).filter((x) => !STOPWORDS.has(x.norm)).length <= 6);
  // (Not at a figure's own comma: "has risen from 6,000 to 11,000 CFA francs" is of what has risen.)
  // (Nor at a bracket closed before it: "12 Kuwaiti dinars ($39) was selling for 25 to 30 dinars".)
  let clauseStart = Math.max(lastClauseComma(sentence, start), sentence.lastIndexOf(';', start), lastOpenBracket(sentence, start), 0);
  // "the cost of emergency repairs, estimated at 95 million baht": a figure put on the noun before the comma.
  // (And "compensated by the state for animals killed by trains, at between 700 and 1,300 euros per animal".)
  if (clauseStart > 0 && /^,\s*(?:(?:an?\s+)?(?:estimated|valued|put|priced|costing|worth|totall?ing|amounting)\b|at\s)/iu.test(sentence.slice(clauseStart, start))) {
    clauseStart = Math.max(sentence.lastIndexOf(',', clauseStart - 1), sentence.lastIndexOf(';', clauseStart - 1), 0);
  }
  // ("Laval told AFP, putting his losses at around 400,000 rupees": a participle's clause is about the subject before it.)
  if (clauseStart > 0 && /^,\s*\p{Ll}{3,}ing\s/u.test(sentence.slice(clauseStart, start))) {
    clauseStart = Math.max(sentence.lastIndexOf(',', clauseStart - 1), sentence.lastIndexOf(';', clauseStart - 1), sentence.lastIndexOf('”', clauseStart - 1), sentence.lastIndexOf('"', clauseStart - 1), 0);
  }
  // ("In the worst single incident, a pack killed 37 sheep": a phrase that opens the sentence tells of its figure too.)
  const opener = clauseStart > 0 && /^(?:In|At|On|During|Among|Of)\s[^,;:()]*$/u.test(sentence.slice(0, clauseStart)) && !/[,;:(]/u.test(sentence.slice(clauseStart + 1, start)) ? sentence.slice(0, clauseStart) : '';
  const before = [...tokenize(opener), ...tokenize(sentence.slice(clauseStart, start)).slice(-12)];
  return { after, before };
}

function isDatePart(sentence: string, start: number, end: number): boolean {
  DATE_PATTERN.lastIndex = 0;
  for (const m of sentence.matchAll(DATE_PATTERN)) {
    if (m.index <= start && m.index + m[0].length >= end && /\p{L}/u.test(m[0])) return true;
  }
  return false;
}

/**
 * A qualifier before a figure: "about 40", "just over 1,000" (not a verb's particle: "hand over E900 a day", "take over 60
 * to 80 percent of the parcels").
 */
const QUALIFIER = /\b(?:(?:just|well|slightly|a little)\s+(?:over|under|more than|less than|fewer than|below|above)|about|around|roughly|nearly|almost|approximately|some|no more than|not more than|no fewer than|no less than|more than|fewer than|less than|(?<!\b(?:hand|hands|handed|handing|turn|turns|turned|turning|fork|forks|forked|pass|passes|passed|sign|signs|signed|take|takes|took|taken|taking)\s)over|under|at least|at most|up to|just|only|close to|several|a few)\s+$/iu;

/**
 * "How old is Sari?": "an 18-year-old female named Sari", "Quispe, 47,", "aged 31" (and "the youngest is 46"); "its
 * 2,000-year-old Roman temple", whole; "her seven-year-old grandson", in words.
 */
const AGE = /(?<![\d,.])\b(\d{1,3}(?:,\d{3})*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)-year-old\b|\b(\d{1,3}) years old\b|\baged (\d{1,3})\b|(?<=\p{Lu}[\p{L}’'-]+,\s)(\d{1,3})(?=,|\.(?:\s|$))|\b((?:about|around|roughly|some|nearly|almost|more than|over)\s+)?(\d[\d,.]*(?:\s+(?:thousand|million|billion))?|a few thousand|thousands of|millions of|billions of)\s+years\s+(?:ago|old)\b|\b(?:at the age of|since the age of|since (?:he|she|they) (?:was|were)) (\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b|\b(?:youngest|oldest)(?:\s+[\p{L}-]+){0,3}?\s+(?:is|was)\s+(?:just\s+|only\s+|now\s+)?(\d{1,3})(?![\d%]|[,.]\d|\s+(?:percent|per\s+cent|years\s+ago)\b)|(?<=\b(?:father|mother|son|daughter|wife|husband|brother|sister|child|baby|grandmother|grandfather|grandson|granddaughter|nephew|niece)(?:,\s|\s+(?:is|was)\s+(?:now\s+)?))(\d{1,3})(?=,|\.(?!\d)|\s+years\s+old\b)/gu;

/** The stems of the names a question gives (capitalised past its first word): "Mbarga" in "How many votes did Mbarga get?". */
function namesAsked(q: Question): string[] {
  return q.tokens.filter((t) => t.capitalized && t.start > 0 && !STOPWORDS.has(t.norm)).map((t) => t.stem);
}

/** How well an age opening a sentence ("The 81-year-old first went to sea") fits a question naming someone. */
const OPENING_AGE = 0.5;

/** A made thing's year after its preposition, up to its first digit: "in 1987", "to around A.D. 450". */
const MADE_YEAR = String.raw`(?:in|to|from)\s+(?:the\s+)?(?:(?:around|about|circa|roughly)\s+)?(?:(?:early|mid|late)[- ]|A\.D\.\s+|AD\s+)?\d`;
/**
 * When a thing was made, which says how old it is: "built in 1987", "installed in 1998", "dating to around A.D. 450"
 * (and by whom: "Built by the Trans Nzoia County government in 2019").
 */
const MADE_IN = new RegExp(String.raw`\b(?:built|constructed|installed|opened|founded|established|erected|made|carved|forged|cast|laid|launched|commissioned|completed|inaugurated|planted|date|dating|dates|dated)\s+(?:back\s+)?(?:by\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,5}?)?${MADE_YEAR}\d{2,3}(?:s\b|\s+(?:B\.?C\.?|A\.?D\.?)|\b)`, 'giu');
/** ... and who made it, which the answer leaves out: "built [by Austrian engineers] in 1897". */
const MADE_BY = new RegExp(String.raw`\s+by\s+[\s\S]*?\s+(?=${MADE_YEAR})`, 'iu');

/** A question about the age a rule sets: "how old must divers be", "what is the minimum age". */
const REQUIRED_AGE_ASKED = /\bhow\s+old\s+(?:must|should|do|does|will|would|can)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:be|have\s+to\s+be|need\s+to\s+be)\b|\b(?:minimum|lowest)\s+age\b|\bage\s+limit\b/iu;
/** The age a rule sets: "must be at least 18", "aged 16 or over", "a minimum age of 12". */
const REQUIRED_AGE = /\b(?:must|should|have\s+to|has\s+to|need\s+to|needs\s+to)\s+be\s+((?:at\s+least|over|older\s+than|under|younger\s+than)\s+\d{1,2})\b(?!\s*(?:%|percent|per\s+cent|metres|meters|kilo|years\s+(?:ago|later)))|\b(?:aged|age)\s+(\d{1,2}\s+(?:or|and)\s+(?:over|above|older|under|below|younger))\b|\b(?:minimum|lowest)\s+age\s+(?:of|is|was|will\s+be|would\s+be)\s+(\d{1,2})\b/iu;

function extractAge(q: Question, sentence: string): Extracted | null {
  // ("How old must divers be?": "each competitor must be at least 18", an age a rule sets, not anyone's.)
  if (REQUIRED_AGE_ASKED.test(q.text)) {
    const rule = REQUIRED_AGE.exec(sentence);
    if (rule) {
      const text = rule[1] ?? rule[2] ?? rule[3]!;
      const at = rule.index + rule[0].indexOf(text);
      return { text, start: at, end: at + text.length, quality: 1 };
    }
    // (Never someone's own age: "Hadžić, 47,".)
    return null;
  }
  // A sentence gives few ages: one whose sentence holds most of the question's words ("the woman firefighters lifted
  // off her balcony") is likely the one asked about, however far those words stand from it.
  const stems = new Set(tokenize(sentence).map((t) => t.stem));
  const total = q.terms.reduce((n, t) => n + t.weight, 0) || 1;
  const presence = q.terms.reduce((n, t) => n + (stems.has(t.stem) ? t.weight : 0), 0) / total;
  // ("How old is the mask?" asks no one's age: not "Guadalupe Tecuatl, 71,". A name asks, typed in lower case or not:
  // "how old is chanda" and "Chanda, 58,".)
  const asked = new Set(q.tokens.map((t) => t.stem));
  // (A name typed in lower case is one the sentence capitalises: "how old is trabelsi" of "Habib Trabelsi, a 58-year-old
  // diver".)
  const typedNames = namesAsked(q);
  const capitalised = typedNames.length > 0 ? null : new Set(tokenize(sentence).filter((t) => t.capitalized && t.start > 0).map((t) => t.stem));
  const names = capitalised === null ? typedNames : q.tokens.filter((t) => t.start > 0 && !STOPWORDS.has(t.norm) && capitalised.has(t.stem)).map((t) => t.stem);
  const asksPerson = names.length > 0 || q.tokens.some(isPeople);
  const atTheTime = /\bhow old\b.*\b(?:when|at the time)\b/iu.test(q.text);
  // ("How old was Moya when he started tapping resin?": the age a career began at, which "a 58-year-old resin tapper"
  // is not; an age told with the event is, "a 14-year-old boy drowned" for "how old was the boy when he drowned".)
  const atStart = /\bhow old\b.*\bwhen\b.*\b(?:start|started|starting|began|begun|first|joined|learn|learned|learnt|took\s+up|was\s+a|were\s+a)\b/iu.test(q.text);
  // (By a word of the name that is no particle: "Al-Jowder, 34," is not "how old is al-sayed".)
  const namedBefore = (at: number): boolean => tokenize(/(\p{Lu}[\p{L}’'-]+),\s$/u.exec(sentence.slice(0, at))?.[1] ?? '').some((t) => asked.has(t.stem) && !PARTICLES.has(t.norm));
  // ("How old is Julio Mercedes's father?": not "Julio Mercedes, a 44-year-old construction worker", his own age.)
  const kinAsked = /\bhow old\b.*['’]s?\s+(?:(?:eldest|oldest|youngest|elder|younger|little|baby)\s+)?(father|mother|son|daughter|wife|husband|brother|sister|child|baby|grandmother|grandfather|grandson|granddaughter|nephew|niece|parents?)\b/iu.exec(q.text)?.[1]?.toLowerCase();
  const kin = kinAsked !== undefined;
  // (Or by their name after that word: "Sophal's wife, Mao Sreyneang, 34,".)
  const kinNamedBefore = kinAsked !== undefined ? new RegExp(`\\b[${kinAsked.charAt(0).toUpperCase()}${kinAsked.charAt(0)}]${kinAsked.slice(1)},\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]*,\\s$`, 'u') : null;
  const kinNamed = (at: number): boolean => kinNamedBefore?.test(sentence.slice(0, at)) === true;
  // (Or by that word just before: "Their eldest daughter, 14,", "My mother is 81".)
  const kinBefore = kinAsked !== undefined ? new RegExp(`\\b${kinAsked}(?:,\\s|\\s+(?:is|was)\\s+(?:now\\s+)?)$`, 'iu') : null;
  const ownAge = (at: number): boolean => kin && (namedBefore(at) || tokenize(/(\p{Lu}[\p{L}’'-]+),\s+an?\s+$/u.exec(sentence.slice(0, at))?.[1] ?? '').some((t) => asked.has(t.stem)));
  // ("How old is the radar equipment?": "installed in 1998", when it was made, for a thing.)
  const made = asksPerson
    ? []
    : [...sentence.matchAll(MADE_IN)].map((m) => ({
        // ("is believed to date from around A.D. 450": "Dates from around A.D. 450."; "built by Austrian engineers in
        // 1897": "Built in 1897.")
        text: m[0].replace(/^date\b/u, 'dates').replace(MADE_BY, ' '),
        start: m.index,
        end: m.index + m[0].length,
        quality: Math.max(proximity(q, sentence, m.index, m.index + m[0].length, true), 0.8 * presence),
      }));
  return best([
    ...made,
    ...[...sentence.matchAll(AGE)]
      // ("How old is Emmanuel Tchoumi?": not "Mbarga, 49,", another named person's age.)
      .filter((m) => (m[4] === undefined || namedBefore(m.index) || (asksPerson && names.length === 0) || kinNamed(m.index)) && !ownAge(m.index))
      // (Nor, for someone, how long ago something was: "the same as 100 years ago".)
      .filter((m) => !(asksPerson && m[6] !== undefined && /\bago$/u.test(m[0])))
      // ("How old is Sophal's daughter?": "Their eldest daughter, 14,", the kin asked by that word, or "My mother is 81";
      // not "The 38-year-old father of three", whose own age it is.)
      .filter((m) => (m[9] === undefined ? !(kin && m[1] !== undefined && !sentence.slice(m.index + m[0].length).toLowerCase().startsWith(` ${kinAsked}`)) : kinBefore?.test(sentence.slice(0, m.index)) === true))
      .map((m) => {
        // ("formed about 4.5 billion years ago": the age of a thing.)
        const years = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[7] ?? m[8] ?? m[9] ?? `${m[5] ?? ''}${m[6]!}`;
        const near = proximity(q, sentence, m.index, m.index + m[0].length, true);
        // "a 92-year-old bridge": the age of what the noun after it names, in the question's words or others
        // ("How old is the crossing?").
        const noun = m[1] !== undefined ? tokenize(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))[0] : undefined;
        const named = noun !== undefined && q.terms.some((t) => t.stem === noun.stem || (t.alternatives ?? []).some((a) => a.stem === noun.stem));
        // ("How old is Yousif Al-Doseri?": "For Yousif Al-Doseri, the debate carries a personal weight. The 81-year-old first
        // went to sea ...", an age opening the sentence is of the one the sentence before named; the paragraph must name
        // them, which the answer's search sees to.)
        const opening = m[1] !== undefined && names.length > 0 && /^(?:The|the)\s+$/u.test(sentence.slice(0, m.index)) ? OPENING_AGE : 0;
        // ("How old is the youngest craftsman still working?": "the youngest is 46", by the superlative asked.)
        const superlative = m[8] !== undefined && q.tokens.some((t) => m[0].toLowerCase().startsWith(t.norm) && /^(?:youngest|oldest)$/u.test(t.norm));
        // ("How old is the lock?": not "a 48-year-old heritage engineer", someone's age, for a thing; nor "a 63-year-old
        // retired schoolteacher who was born two doors away", one a "who" clause tells of.)
        const after = sentence.slice(m.index + m[0].length);
        const someone = !asksPerson && !named && m[1] !== undefined && (tokenize(after.slice(0, 40)).slice(0, 3).some(isPeople) || /^(?:\s+[\p{L}-]+){1,3},?\s+who\b/u.test(after));
        const quality = Math.max(near, 0.8 * presence, named || superlative || m[9] !== undefined ? 0.8 : 0, opening) * (someone ? 0.2 : 1);
        // "how old was the former diver when he first went out to sea": the age at that time, "at the age of 11" or "who
        // has gone out to sea ... since he was 12", not his age now ("The 81-year-old first went to sea at the age of
        // 11"); a plain "how old" the other way round.
        if (m[7] !== undefined) return { text: `At the age of ${years}`, start: m.index, end: m.index + m[0].length, quality: atTheTime ? quality + 1 : 0.5 * quality };
        return { text: `${years} years old`, start: m.index, end: m.index + m[0].length, quality: atStart ? 0 : quality };
      }),
  ]);
}

/** "How strong was the quake?": a magnitude is asked. */
const ASKS_MAGNITUDE = /\bhow (?:strong|powerful|big)\b.*\b(?:quake|earthquake|tremor|aftershock)\b|\bmagnitude\b/iu;

/**
 * The periods a text gives a rate for: "a month", "per year", "each year", "annually", "hourly" -> month, year, hour.
 * (A total over one named period is its rate too: "carried 1.2 million passengers last year", "in 2023".)
 */
function ratesOf(text: string): Set<string> {
  const out = new Set<string>();
  // (So is a count since the year began: "14,860 cases since Jan. 1" is this year's; or over its months, "between July
  // and October 2023".)
  // (And a night's price: "How much will a night in one of the villas cost?" is no project's "$85 million"; not "a
  // night ban".)
  // ("in a typical year": a year, however usual.)
  for (const m of text.matchAll(/\b(?:(?:a|an|per|each|every|last|this|that|the same)\s+(?:(?:typical|normal|usual|ordinary|average)\s+)?(hour|day|week|month|year|night(?=\s*(?:$|[,.;:?!)]|(?:in|at|for|on|of|per|and|or)\b)))|(hour|dai|night|week|month|year)ly|(annual)(?:ly)?|(?:in\s+(?:19|20)\d\d(?!-)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d(?!-)|since\s+(?:Jan\.?|January)\s+1(?:st)?|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|year[\s-]to[\s-]date)())\b/giu)) {
    if (m[4] !== undefined) {
      out.add('year');
      continue;
    }
    const p = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    out.add(p === 'dai' ? 'day' : p === 'annual' ? 'year' : p);
  }
  // ("has driven her mother about 48 kilometres to the hospital every Monday": once a week.)
  if (/\b(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/iu.test(text)) out.add('week');
  // ("a single press burns 20 to 25 litres on a full working day", "carries about 9,500 passengers on a normal weekday":
  // a day's.)
  if (/\bon\s+an?\s+(?:(?:full|normal|typical|average|good|busy|bad|quiet|ordinary|regular)\s+)?(?:working\s+|school\s+|market\s+)?(?:day|weekday)\b/iu.test(text)) out.add('day');
  return out;
}

/**
 * A count since the month began, which answers one asked "this month": "has postponed at least 11 planned operations
 * since the start of May" (in the sentence only: a question that gives "since June 1" asks by that date).
 */
const SINCE_MONTH_START = new RegExp(String.raw`\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+month|(?:${MONTHS})(?!\s+(?:\d|of\b)))|(?!Jan)(?:${MONTHS}|${MONTH_ABBREVIATIONS})\.?\s+1(?:st)?(?![\d,]))`, 'u');

/** Which side of a vote words take: "voted against", "rejected" / "in favour", "backed". */
function sideOf(text: string): 'against' | 'for' | null {
  const against = /\b(?:against|reject\p{L}*|oppos\p{L}*|no vote|voted no|said no)\b/iu.test(text);
  const infavour = /\b(?:in favou?r|for it|support\p{L}*|back(?:ed|ing)|approv\p{L}*|voted yes|said yes)\b/iu.test(text);
  return against === infavour ? null : against ? 'against' : 'for';
}

/** A question about jobs lost: "how many people lost their jobs", "how many workers were laid off". */
const JOB_LOSS_ASKED = /\b(?:lost|lose|loses|losing)\s+(?:their|his|her|its|the)\s+jobs?\b|\b(?:laid|lay|lays|laying)\s+off\b|\blayoffs?\b|\bjob\s+(?:losses|cuts)\b/iu;
/**
 * ... and what a figure of them says: "at least 45 workers had been laid off", "putting about 180 people out of work",
 * not the workshops' "employing more than 400 people".
 */
const JOB_LOSS = /\b(?:(?:laid|lay|lays|laying)\s+off|layoffs?|(?:lost|lose|losing)\s+(?:(?:their|his|her|its|the)\s+)?jobs?|job\s+(?:losses|cuts)|fired|sacked|dismissed|redundan\p{L}*|retrench\p{L}*|out\s+of\s+(?:work|a\s+job|jobs)|jobless|unemployed|(?:jobs?|posts|positions)\s+(?:(?:were|was|have\s+been|had\s+been|will\s+be|would\s+be|to\s+be)\s+)?(?:lost|cut|axed|shed|scrapped|eliminated)|(?:cut|cutting|cuts|axe|axed|shed|shedding|eliminate|eliminating)\s+(?:(?:about|around|some|nearly|more\s+than|at\s+least)\s+)?[\d,]+\s+(?:jobs|posts|positions|workers|staff|employees))\b/iu;
/**
 * Tolls a question may ask for, the words that must stand near a figure that gives one, and how near (characters either
 * side; a job loss may be told anywhere in the sentence: "38 workers, most of them older masons trained in traditional
 * techniques, had been laid off").
 */
const TOLLS: Array<[RegExp, RegExp, number?]> = [
  [/\b(?:die|died|dies|dead|death|deaths|killed|fatalities|death toll|lives|drown|drowned|drowns)\b/iu, /\b(?:die|died|dies|dying|dead|death|deaths|killed|killing|fatal|fatalities|toll|lives|bodies|perished|drowned|drowning|drowns|victims)\b/iu],
  [/\b(?:injured|injuries|hurt|wounded)\b/iu, /\b(?:injur\p{L}*|hurt|wounded|hospitali[sz]ed|treated|casualties|burns|(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?hospital)\b/iu],
  [/\b(?:arrested|arrests|detained|detentions)\b/iu, /\b(?:arrest\p{L}*|detain\p{L}*|custody|held|charged)\b/iu],
  [JOB_LOSS_ASKED, JOB_LOSS, Infinity],
  // ("How many cruise ships cancelled their visits ...?": not "at least two cruise lines had asked about air quality".)
  [/^how many\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:were|was|have\s+been|had\s+been|got|have|had)\s+)?(?:cancel|cancels|cancelled|canceled|cancelling|canceling)\b/iu, /\b(?:cancel\p{L}*|called\s+off|scrapped|axed|dropped|grounded|suspended)\b/iu],
  // ("How many boats were destroyed when the landing collapsed?": not "about 45 boats worked from Great Bay".)
  [/^how many\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:were|was|have\s+been|had\s+been|got)\s+)?(?:destroyed|wrecked|razed)\b/iu, /\b(?:destroy\p{L}*|damag\p{L}*|wreck\p{L}*|flatten\p{L}*|razed?|gutted|collaps\p{L}*|swept\s+away|washed\s+away|burn(?:ed|t)|sank|sunk|lost|flooded|submerged|smashed|crushed|ruined|levelled|leveled)\b/iu],
];

/** A question that asks how far, long, high, deep, wide, heavy or old something is: no toll, whatever it speaks of. */
const MEASURE_ASKED = /\bhow\s+(?:far|long|high|tall|deep|wide|heavy|old|big|large|steep)\b/iu;

/** How near a toll's words must stand to its figure, unless the toll says otherwise. */
const TOLL_REACH = 60;

/** A machine that "died", which takes no one's life: "since the machine died", "when the engine died". */
const THING_DIED = /\b(?:machine|engine|compressor|battery|batteries|generator|pump|motor|plant|phone|computer|system|fridge|freezer|car|truck|boat|bus|lift|elevator)s?\s+(?:had\s+|has\s+|have\s+|finally\s+)?(?:died|dies|dead)\b/giu;

/** Sums of a kind of their own, which answer no question about what something cost: a rent, a wage, a fare. */
const PAY_KIND = /\b(?:rent|rents|wage|wages|salary|salaries|fare|fares|ticket|tickets|pension|pensions|allowance|allowances|stipend|tuition)\b/iu;
/** Rides paid for by a fare or a ticket. */
const RIDES = 'ride|rides|trip|trips|journey|journeys|bus|buses|taxi|taxis|minibus|minibuses|ferry|train|flight|flights|crossing|commute';
/** What each such sum is paid for, by the sum's stem: "What will a ride into the CBD cost?" asks a fare. */
const PAID_FOR = new Map([
  ['fare', new RegExp(`^(?:${RIDES}|ticket|tickets)$`, 'u')],
  ['ticket', new RegExp(`^(?:${RIDES}|fare|fares|entry|admission|concert|match|game|show|museum|visit|visitors?|seat|seats|entrance|enter|adults?|grown|child|children|kids?|students?|pensioners?)$`, 'u')],
  ['rent', /^(?:flat|flats|apartment|apartments|house|houses|home|homes|room|rooms|stall|stalls|shop|shops|unit|units|housing|lease)$/u],
  ['tuition', /^(?:school|schooling|course|courses|degree|degrees|university|college|term|year)$/u],
]);
/** How much a sum just after the question's cost verb counts (examined answers +4 at 0.2, +3 at 0.3, +2 at 0.4). */
const COSTED = 0.2;
/** ... and how much a change told with a verb of change and "by" fits a "by how much did it rise" question. */
const CHANGE_TOLD = 0.3;
/** A first sum and for whom, before a second one: "150 birr for Ethiopians and " (900 birr for foreign visitors). */
const SUM_FOR_WHOM_AND = String.raw`\p{Sc}?\d[\d,.]*\s+\p{L}+\s+(?:for|to)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:and|while|but)`;
/**
 * A cost or value verb just before a sum: "was costing the sector about", "will cost", "valued at about", "worth"; or
 * before a second sum it gives, for whom: "Tickets cost 150 birr for Ethiopians and 900 birr for foreign visitors".
 */
const COST_BEFORE = new RegExp(String.raw`\b(?:cost(?:s|ing)?|valued\s+at|worth)\b(?:\s+(?:the|a|an|its|their|each|every|\p{Ll}+)){0,3}(?:\s+${SUM_FOR_WHOM_AND})?\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|at least\s+|up to\s+)?(?:US|NZ|A|C|HK)?\p{Sc}?$`, 'u');

/** Whether a question's words name nothing but a cost ("How much will it cost?"): any sum the article gives answers. */
export function asksCostOnly(terms: ReadonlyArray<{ norm: string }>): boolean {
  // ("how much is the expansion going to cost": a project named by its kind only is the story's.)
  const cost = (t: { norm: string }): boolean => /^(?:cost|costs|costing|price|priced|worth|value|valued)$/u.test(t.norm);
  return terms.some(cost) && terms.every((t) => cost(t) || /^(?:project|expansion|scheme|programme|program|development|upgrade|works)$/u.test(t.norm));
}

/** Those a place serves, before their number: "which serves about 4,200 people". */
const SERVED_BEFORE = /\b(?:serves|served|serving|serve|caters?\s+(?:to|for)|catering\s+(?:to|for))\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/iu;
/** Kinds of a thing that exclude each other: a primary teacher is no secondary one. */
const CONTRASTING_KINDS: ReadonlyArray<readonly [string, string]> = [['primary', 'secondary'], ['public', 'private'], ['urban', 'rural'], ['domestic', 'international'], ['male', 'female'], ['junior', 'senior']];
/** The present, asked or told: "this week", "now", "these days". */
const CURRENT = /\b(?:this\s+(?:week|month|year|season)|now|today|currently|these\s+days|at\s+the\s+moment)\b/iu;
/** A figure dated to another time just after it: " U.S. cents in early March", " a year ago", " in 2019". */
const THEN_DATED = new RegExp(String.raw`^\s*(?:[\p{L}.-]+\s+){0,3}?(?:in\s+(?:early\s+|late\s+|mid-)?(?:${MONTHS})\b|in\s+(?:19|20)\d\d\b|last\s+(?:week|month|year|season)\b|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:weeks?|months?|years?)\s+ago\b)`, 'iu');

/** A level someone asked, urged or called on another to set, up to the figure: "asked the authority to cut the fee ... to Rs". */
const ASKED_TO_SET = /\b(?:asked|asking|urged|urging|called\s+on|calling\s+on|pressed|pressing)\s+(?:[\p{L}’'-]+\s+){1,5}?to\s+(?:cut|lower|reduce|raise|increase|cap|set|lift|drop|bring\s+down)\s+[^.;:]{0,60}?\bto\s+(?:about\s+|around\s+|roughly\s+|just\s+)?(?:\p{Lu}[\p{L}.]{0,3}\s?|\p{Sc})?$/u;
/** A question about what was asked for: "How much did the union demand?", "what fine did prosecutors seek?". */
const SEEKING = /\b(?:ask|asks|asked|asking|seek|seeks|sought|seeking|demand|demands|demanded|demanding|want|wants|wanted|call|calls|called|request|requests|requested|requesting|propose|proposed|claim|claims|claimed|claiming)\b/iu;

/** The units a question asks a figure in, if any ("how fast": a speed). */
function askedUnits(q: Question): RegExp | undefined {
  return UNIT_CLASSES.find(([question]) => question.test(q.text))?.[1];
}

/** Whether a figure is in the unit a question asks for, if it asks for one ("how fast": "60 miles an hour", not "2,500 miles a day"). */
export function fitsAskedUnit(q: Question, figure: string): boolean {
  const unitClass = askedUnits(q);
  const number = /\d[\d,.]*/u.exec(figure);
  return !unitClass || (number !== null && unitClass.test(figure.slice(number.index + number[0].length)));
}

/** Adverbs that may follow a figure and belong to the verb after it: "about 14,000 | roughly doubles". */
const FIGURE_ADVERBS = 'roughly|nearly|almost|usually|normally|typically|generally|regularly|sometimes|often|rarely|barely|hardly';
const FIGURE_ADVERB = new RegExp(`^(?:${FIGURE_ADVERBS})$`, 'u');
/** What a figure counts, named before it: "the town's population of about", "a total of". */
const COUNTED_BEFORE_FIGURE = /\b(?:population|number|total|count|tally)\s+of\s+(?:(?:about|some|roughly|around|nearly|almost|just|only|more\s+than|fewer\s+than)\s+)?$/iu;
/** Where the words that say what a figure counts end (see nounTail). */
const NOUN_TAIL_END = new RegExp(String.raw`\s+(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)(?=\s+(?:before|after|ago|later|earlier)\b)|(?<!\b(?:a|an|per|each)\s+)(?:days?|weeks?|months?|years?|hours?)(?=\s+(?:before|after|ago|later|earlier)\b)|out(?=\s+of\b)|so(?=\s+far\b)|depending(?=\s+on\b)|or(?=\s+(?:up\s+to|about|around|more|as\s+many)\b)|(?<=\p{Ll}s\s+)\p{Lu}[\p{L}’'.-]*(?=\s+\p{Ll}{3,}ed\b)|(?<=\p{Ll}[^siu\s]s\s+)\p{Ll}{3,}[^s\s]s(?=\s+(?:this|that|these|those|the|a|an|his|her|their|its|it|them|to|more|no)\b)|\p{Ll}{3,}ly(?=\s+\p{Ll}{3,}ed\b)|(?:${FIGURE_ADVERBS})(?=\s+\p{Ll}{3,})|in|at|on|as|from|to|who|whose|where|that|which|what|and|but|yet|by|for|late|early|overnight|yesterday|today|tonight|twice|thrice|now|still|also|already|currently|due|expected|likely|able|ready|instead|with|into|was|were|is|are|had|has|since|after|before|until|over|during|because|while|when|if|unless|once|though|although|whereas|whether|than|off|against|between|through|across|under|about|around|outside|inside|near|(?:close|next)(?=\s+to\b)|along|beside|behind|toward|towards|amid|among|within|without|beyond|of|worth|valued|costing|weighing|totall?ing|have|been|will|would|could|can|may|might|must|should|sold|held|made|built|paid|bought|brought|taken|given|seen|found|kept|left|lost|won|spent|sent|told|known|shown|grown|drawn|cast|aged|used|owed|axed|broke|went|came|took|gave|fell|rose|ran|began|got|saw|fled|hung|dug|laid|thrown|flown|spread|sat|stood|slept|swam|fought|(?<=\b(?:people|men|women|children|workers|residents|families|others)\s+)\p{Ll}{3,}(?=\s+(?:from|to|into|across|through|around|along|between|toward|towards)\b)|(?<=\b(?:a|an|per|each|every)\s+(?:day|week|month|year|season)\s+)(?:\p{Ll}{3,}|up|down)(?=\s+(?:from|to|into|across|through|around|along|between|toward|towards|the|this|that|its|their|a|an)\b)|it|they|he|she|we|\p{Ll}{3,}ed|\p{Ll}{3,}(?<!s)(?=\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|thousands)\b)|\p{Ll}{3,}ing(?=\s+(?:about|around|roughly|some|nearly|almost|up\s+to)\s+\d))(?:\s[\s\S]*)?$`, 'u');

/**
 * The words after a figure that say what it counts, up to four, ending before a preposition, a verb or a clause:
 * " displaced people in the north" -> " displaced people". (Nor a span that dates what follows: "for about 19,000
 * students two weeks before end-of-year exams"; nor an adverb of the verb after, "About 35,000 people now live"; nor
 * where they are, "about 69,000 people | close to the French border"; nor a
 * verb before a count of its own, "about 180 pupils | share four canvas tents"; nor the name of who acts on them, "120
 * Yutong buses | Barquisimeto received"; nor what they are worth, "24 lithium batteries | worth an estimated ..."; nor a
 * verb in the present after them, "none of my three sons | wants this life"; nor how often, "94 steps | twice a day";
 * nor an adverb of the verb after them, "about 14,000 | roughly doubles"; nor the verb after people, "Some 120 people | sat
 * on cushions", "crews of 12 to 18 people | travel from ranch to ranch", or after a rate, "100,000 visitors a year | come
 * to the town".) (Nor
 * half of when, which the four words may cut: "between 40 and 60 cutters a month | last season".) (Nor a participle
 * before a figure past its qualifier: "140 farms | working roughly 1,500 hectares".)
 */
function nounTail(after: string): string {
  return /^(?:\s+[\p{L}’'-]+){0,4}/u.exec(/^[^,.;:()–—]*/u.exec(after)![0].replace(NOUN_TAIL_END, ''))![0].replace(/\s+(?:last|next|this)$/u, '');
}

/** A question that asks a period, which a figure's "last year" after it answers: "how many people ride the cable car in a year". */
const PERIOD_ASKED = /\b(?:years?|months?|weeks?|days?|seasons?|annual(?:ly)?|yearly|monthly|weekly|daily)\b/iu;

/**
 * The words after a figure, up to a participle or the question's own verb after a noun for people: "About 30,000
 * people a year attempt to climb" for "how many folks try to get to the top", "About 650,000 smallholders sell green
 * leaf", "about 2,600 people living within a 2-mile radius".
 */
function untilPeopleVerb(q: Question, tail: string): string {
  const words = tokenize(tail);
  // (Not people whose the thing is: "nine women's groups".)
  const peopleAt = words.findIndex((t) => isPeople(t) && !HUMAN_TWINS.test(t.norm) && /(?:s|men|people|folk|children)$/u.test(t.norm) && !/['’]s$/u.test(t.text));
  if (peopleAt < 0) return tail;
  const asked = (t: Token): boolean => q.terms.some((w) => w.stem === t.stem || (w.alternatives ?? []).some((a) => a.stem === t.stem));
  const verb = words.slice(peopleAt + 1).find((t, k, after) => !isPeople(t) && !/^(?:hours?|days?|weeks?|months?|years?)$/u.test(t.norm) && !/^(?:a|an|per|each|every)$/u.test((after[k - 1] ?? words[peopleAt]!).norm) && (/^\p{Ll}{3,}ing$/u.test(t.text) || asked(t)));
  // ("2,000 farmers next season": when, not what is counted; unless a period is asked, "how many people ride the cable
  // car in a year" for "1.2 million passengers last year".)
  const periodAsked = PERIOD_ASKED.test(q.text);
  const when = periodAsked ? undefined : words.slice(peopleAt + 1).find((t, k, after) => /^(?:next|last|this|every|each)$/u.test(t.norm) && /^(?:seasons?|years?|months?|weeks?|days?|spring|summer|autumn|fall|winter|harvest|term)$/u.test(after[k + 1]?.norm ?? ''));
  const cut = [verb, when].filter((t) => t !== undefined).map((t) => t.start);
  return cut.length ? tail.slice(0, Math.min(...cut)).trimEnd() : tail;
}

/**
 * The words after a figure, up to the verb the question puts after what it counts: "About 300 taxis | use the Jones
 * Street rank" for "how many taxis use Jones Street", "About 500 million birds | pass over the Eilat area". (A plural
 * noun, then a word that is not one, and then what the verb takes: "how many foreign soldiers are there" asks nothing
 * of the kind.)
 */
function untilAskedVerb(q: Question, tail: string): string {
  const m = /\b[Hh]ow\s+many\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+(?:s|people|men|staff|police|children))\s+([\p{Ll}-]+(?:(?<!s)|(?<=ss)))\s+(?:(?:over|through|across|past|into|from|to|at|in|on)\s+)?(?:the|a|an|\p{Lu})/u.exec(q.text);
  if (!m || STOPWORDS.has(m[2]!)) return tail;
  const [noun, verb] = [stem(normalizeWord(m[1]!)), stem(normalizeWord(m[2]!))];
  const words = tokenize(tail);
  const at = words.findIndex((t, k) => k > 0 && t.stem === verb && words[k - 1]!.stem === noun);
  return at > 0 ? tail.slice(0, words[at]!.start).trimEnd() : tail;
}

/**
 * The name a "who" clause ending the text is about, past the appositives between: "defeated Emmanuel Tchoumi, a
 * businessman and former president of the league, who received" -> "Emmanuel Tchoumi".
 */
function whoClauseIsAbout(before: string): string | undefined {
  const relative = /,\s+who\s+[^,.;]*$/u.exec(before);
  if (!relative) return undefined;
  const segments = before.slice(0, relative.index).split(/,\s+/u);
  let antecedent = segments.length - 1;
  while (antecedent > 0 && /^(?:(?:a|an|the)\b|\d)/u.test(segments[antecedent]!)) antecedent--;
  return /(?:\p{Lu}[\p{L}’'-]+\s+)*\p{Lu}[\p{L}’'-]+$/u.exec(segments[antecedent]!)?.[0];
}

/** Who a price may be for: "for children", "for foreign visitors". */
const PAYERS = 'children|kids|adults|students|pensioners|seniors|tourists|visitors|foreigners|locals|residents|members|non-members|nationals|citizens|women|men';
/** Such a word by its stem, "kids" as "children". */
const payerStem = (word: string): string => stem(normalizeWord(word).replace(/^kids$/u, 'children'));
/** ... asked: "how much did entry cost for kids". */
// (Or as who pays: "How much do children pay to walk the bridges?")
const FOR_WHOM_ASKED = new RegExp(String.raw`\bfor\s+(?:the\s+)?(${PAYERS})\b|^how\s+much\s+(?:do|does|did|will|would|must)\s+(?:the\s+)?(${PAYERS})\s+(?:have\s+to\s+|need\s+to\s+)?pay\b`, 'iu');
/** ... just after a sum: " for adults", " each for foreign visitors". */
// (With the word before it, which may be the one asked: "$35 for foreign adults" for "the fee for foreigners".)
const FOR_WHOM_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:for|to)\s+(?:the\s+)?(?:([\p{Ll}-]+)\s+)?(${PAYERS})\b`, 'iu');

/** A weekday in the plural, which asks what happens each week on it: "on sundays". */
const WEEKDAYS_PLURAL = new RegExp(`\\b(${WEEKDAYS})s\\b`, 'iu');

/** What one person earns, asked: "how much does a welder at Hanbit earn a year" (not the company's "1.1 trillion won"). */
const ONE_EARNS = /\bhow\s+much\s+(?:does|did|do|will|would|can|could)\s+(?:a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+(?:earn|make|take\s+home|get\s+paid|be\s+paid)\b/iu;

/** The number (with what it counts) that best answers a how-many / how-much question. */
export function extractNumber(q: Question, sentence: string, referent: readonly string[] = []): Extracted | null {
  if (/\bhow old\b/iu.test(q.text)) return extractAge(q, sentence);
  const countedTokens = countedWords(q);
  // The first of two nouns a question counts as one compound: "balloon" of "How many balloon companies operate".
  const compoundAsked = countedTokens.length === 2 && /[^s]s$/u.test(countedTokens[1]!.norm) && !isPeople(countedTokens[1]!) && countedTokens[1]!.stem !== MEMBER_STEM && q.tokens.some((t, k) => t.norm === countedTokens[0]!.norm && q.tokens[k + 1]?.norm === countedTokens[1]!.norm && /^\s+$/u.test(q.text.slice(t.end, q.tokens[k + 1]!.start))) ? countedTokens[0] : undefined;
  // Whether it counts things of a general kind: "How many machines ...".
  const countsGeneralThings = countedTokens.length === 1 && GENERAL_THINGS.test(countedTokens[0]!.norm);
  // What the question says those counted do: "hold" in "How many farmers hold plots".
  const theirVerb = countedTokens.length > 0 ? q.tokens[q.tokens.findIndex((u) => u.norm === countedTokens[countedTokens.length - 1]!.norm) + 1] : undefined;
  // ... or how they make their living: "carving" and "selling" in "how many people make a living carving or selling".
  const livingBy = new Set([...(LIVING_BY.exec(q.raw)?.slice(1) ?? [])].filter((w): w is string => w !== undefined).map((w) => stem(w.toLowerCase())));
  const counted = new Set(countedTokens.map((t) => t.stem));
  const occasions = /\bhow many times\b/iu.test(q.text);
  const kinds = wantedKinds(q);
  // (Narrower than asksTotal below, which only favours a figure given as a total: "what was the total cost" may be
  // answered by any cost, "how many ... altogether" only by a total.)
  // (But "the whole" of a cost is no more than its sum: "how much is the whole programme going to cost" for "the 38
  // billion lira programme".)
  const allAsked = ASKS_ALL.test(q.text);
  const asksPercentFigure = /\bper\s?cent(?:age)?\b|%/iu.test(q.text);
  const percentNamed = asksPercentFigure || /\b(?:what|which)\s+(?:share|proportion|fraction|portion)\b/iu.test(q.text);
  // (Nor is the whole a share is of: "what share of the whole country's broccoli comes out of this province".)
  const mustBeTotal = allAsked || (ASKS_WHOLE.test(q.text) && !percentNamed);
  // "How many people did the monitors interview?": what was done to those counted, the question's last word.
  // (Or what they did: "How many MPs voted for the bill?" for "passed ... by 61 votes to 23".)
  // (Or what was done in the perfect, after a noun of two words: "how many restoration applications has the authority
  // approved" for "had approved 265 of them".)
  const deedWord =
    /^how many\s+[\p{L}-]+\s+(?:have\s+|had\s+|has\s+)?(voted|signed|applied|complained|called)\b/iu.exec(q.text)?.[1] ??
    /^how many\s+(?:[\p{L}-]+\s+(?:did|do|does|have|has|had|will|would)|[\p{L}-]+\s+[\p{L}-]+\s+(?:have|has|had))\s+(?:[\p{L}’'-]+\s+){1,3}?(?:(?:managed|tried|hoped|been\s+able)\s+to\s+)?([\p{Ll}-]+)\W*$/iu.exec(q.text)?.[1];
  // (Its noun: "How many people have signed the petition?" for "had gathered 14,600 signatures".)
  const deedStem = deedWord ? stem(normalizeWord(deedWord)) : undefined;
  const deedAsked = deedStem ? DEED_NOUNS.get(deedStem) ?? deedStem : undefined;
  const periodAsked = PERIOD_ASKED.test(q.text);
  // ("how many pits have been filled": its passive too.)
  const perfectWord = /^how many\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:have|has|had)\s+(?:already\s+|ever\s+|actually\s+)?(?:been\s+)?(\p{Ll}{3,}(?:ed|en|wn|ne))\b/iu.exec(q.text)?.[1];
  const perfectAsked = perfectWord !== undefined ? stem(normalizeWord(perfectWord)) : undefined;
  // ("What's the overall price tag of the scheme?": "the project would cost Dh3.2 million", what it costs in all.)
  const costAsked = mustBeTotal && q.tokens.some((t) => COST_STEMS.has(t.stem));
  // ("how many people work at the mine altogether": "The mine, which employs about 1,100 people".)
  const stockVerbs = mustBeTotal ? q.tokens.filter((t) => STOCK_VERBS.has(t.stem)).flatMap((t) => STOCK_TWINS[t.stem] ?? [t.stem]) : [];
  const want = q.terms.filter((t) => !QUESTION_WORDS.test(t.norm) && !(kinds?.has('money') && /^(?:money|cash|funds)$/u.test(t.norm)));
  const unitClass = askedUnits(q);
  // Units that measure another dimension than the one asked: a length is no area or weight, a weight no area or length.
  // ("How heavy was the downpour?" asks how much rain fell, in millimetres: no weight.)
  const precipitation = /\b(?:rain|rains|rainfall|downpours?|snow|snowfall|storm|showers?|deluge|precipitation)\b/iu.test(q.text);
  const asksDimension = ASKS_LENGTH.test(q.text) ? AREA_OR_WEIGHT : /\bhow heavy\b|\bweigh/iu.test(q.text) && !precipitation ? AREA_OR_LENGTH : null;
  const preferred = (unitClass || /\bhow (?:big|large|far|wide|narrow|tall|deep|shallow|high)\b/iu.test(q.text)) && (!kinds || kinds.has('measure')) ? 'measure' : kinds?.size === 1 ? [...kinds][0]! : /\bhow much of\b/iu.test(q.text) ? 'percent' : null;
  // What depends on the question and the sentence only, not on the number.
  // (Not "how many books did the board vote to remove": it counts books.)
  const asksScore =
    /\b(?:vote|votes|voted|score|scored|result|margin|won|win|beat|lost)\b/iu.test(q.text) &&
    !(/\bhow many\b/iu.test(q.text) && countedTokens.length > 0 && !countedTokens.some((t) => SCORE_UNITS.test(t.norm)));
  // ("last year", "a month", "this week" say when, not that a span is asked.)
  // ("how much notice did staff get": a span of warning, "only 30 days' notice".)
  const asksTime = /\b(?:long|longer|time|hours?|days?|weeks?|months?|years?|notice|warning|leeway)\b/iu.test(q.text.replace(/\b(?:last|this|next|previous|every|each|per|a|that|the same)\s+(?:year|month|week|day)\b/giu, ''));
  const asksHalfTime = /\bhalf-?time\b|\binterval\b|\bthe break\b/iu.test(q.text);
  // (Not a change that only dates the level asked: "What did a battery cost before the increase?", "after the hike".)
  // ("How many megawatts will the plant produce once the expansion is done?": "from 26 megawatts to 56 megawatts", after.)
  const datingChange = /\b(before|after|since|until|once)\s+(?:the|this|that|its|their)\s+[\p{L}-]+/giu;
  // ("To what price did the station cut its payment?": the level a change reached, not the change.)
  // (Or "How much will the monthly rent go up to?": where the change ends.)
  // (Past what was changed: "How much did the company cut its price to?"; or with a time after it, "What percentage does
  // hotel occupancy fall to in winter?")
  const asksToLevel = /^to\s+what\b/iu.test(q.text) || /\b(?:up|down|rise|rises|rose|risen|increase|increased|climb|climbed|fall|fell|fallen|drop|dropped|jump|jumped|raise|raised|cut|reduce|reduced|lower|lowered)\s+(?:(?:its|their|the|his|her)\s+[\p{L}-]+\s+)?to(?:\s+(?:in|during|by|at|over|on)\s+(?:the\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?\W*$/iu.test(q.text);
  // (Nor a climb on foot: "how high is the peak that the runners have to climb"; nor the size a thing can grow to.)
  const asksChange = CHANGE.test(q.text.replace(datingChange, '').replace(CLIMB_ON_FOOT, '').replace(GROWS_TO_SIZE, '$1')) && !asksToLevel && !CUTS_MATERIAL.test(q.text);
  // ("How much will the landing fee be per passenger now?": "raise the landing fee ... from three euros to eight euros".)
  // ("How much is the new monthly fee per plot?": "raised the monthly fee from US$5 to US$12 per plot".)
  // (Or in other words for now: "How much does a good spruce top sell for these days?".)
  const asksPresent = /\b(?:current|currently|now|today|these days|at present|presently|nowadays)\b/iu.test(q.text);
  const asksNow = (asksPresent || /\bnew\s+(?:[\p{L}-]+\s+)?(?:fee|fees|price|prices|rate|rates|fare|fares|tariff|tariffs|wage|wages|salary|rent|charge|charges|toll|tax|levy|limit|cap|minimum|premium|subsidy)\b/iu.test(q.text)) && !ASKS_BEFORE.test(q.text);
  const datedAfter = [...q.text.matchAll(datingChange)].filter((m) => /^(?:after|since|once)$/iu.test(m[1]!));
  // ("once the new hires start": the words after "the" too.)
  const asksAfterChange = asksNow || asksToLevel || datedAfter.some((m) => CHANGE.test(m[0]) || /^\S+\s+\S+\s+(?:[\p{L}-]+\s+)?(?:expansion|upgrade|extension|hike|increase|raise|renovation|overhaul|refit|works|hires|hiring|recruits|recruitment)\b/iu.test(q.text.slice(m.index)));
  // ("How much was a dozen eggs selling for after the breakdown?": after any event, the level a change reached, not what
  // it was "before the breakdown"; though not what it is "now", which may be before the event: "the fare for a short
  // trip, now 200 naira, would rise to at least 300 naira once the subsidy ends".)
  const asksAfterEvent = !asksAfterChange && datedAfter.length > 0;
  // The years a question names ("at the start of 2021"), and whether it asks how much more ("how much extra").
  const yearsAsked = q.text.match(/\b(?:19|20)\d{2}\b/gu) ?? [];
  const asksMore = /\b(?:extra|more|longer|additional|added|add)\b/iu.test(q.text);
  // Which kind of ticket or fare a question asks the price of: one way, or there and back.
  const tripAsked = TRIPS.oneWay.test(q.text) ? 'oneWay' : TRIPS.return.test(q.text) ? 'return' : undefined;
  // ("when it's working properly": as it normally does.)
  const asksUsual = /\b(?:normally|usually|typically|ordinarily|normal|usual|typical|regular|regularly|before|properly|at\s+full\s+capacity)\b/iu.test(q.text);
  const asksTotal = /\b(?:in total|total|altogether|combined|overall|in all|all told)\b/iu.test(q.text);
  // (A whole undertaking asked by a general word: "what did the project cost".)
  const asksUndertaking = q.tokens.some((t) => GENERAL_COSTER.test(t.norm));
  // The dimension a length is asked in: "How far is the clay site from downtown" asks a way, which a depth does not
  // answer; "how far down did they have to go" a depth. (Or by its noun: "What is the greatest depth of the water?")
  const downOrUp = FAR_DOWN_OR_UP.exec(q.text);
  const askedDimension = ASKED_LENGTH.exec(q.text)?.[1]?.toLowerCase() ?? (downOrUp ? (downOrUp[1] ? 'deep' : 'high') : undefined) ?? DIMENSION_NAMED[DIMENSION_ASKED.exec(q.text)?.[1]?.toLowerCase() ?? ''] ?? (FAR_ASKED.test(q.text) ? 'far' : undefined);
  // ("How much did the Temburong Bridge cost to build?": what the question says costs.)
  const costSubject = COST_SUBJECT_ASKED.exec(q.text)?.[1];
  const costSubjectStems = costSubject ? tokenize(costSubject).filter((t) => !STOPWORDS.has(t.norm)).map((t) => t.stem) : [];
  // ("how much cocoa does the estate expect to harvest this season": the question's own word for what is expected, if
  // the sentence has it too.)
  const expectation = EXPECTED_FORMS.get(EXPECTATION.exec(q.text)?.[1]?.toLowerCase() ?? '');
  const expectedHere = expectation?.test(sentence) === true;
  const past = asksAboutPast(q);
  const sentenceTokens = tokenize(sentence);
  // ("How much does the average worker earn?", "How much severance will each laid-off worker get?": a sum for one,
  // which millions or billions never are unless the sentence gives them per head.)
  // (Or "each of the portable air purifiers", whatever they are.)
  const perOne = /\beach\s+of\s+(?:the|its|their|these|those)\s+(?!(?:last|past|next|first|coming)\b)/iu.test(q.text) || /\b(?:each|every|per|average|a single|one|an individual)\s+(?:[\p{L}-]+\s+){0,2}?(?:workers?|employees?|persons?|famil(?:y|ies)|households?|farmers?|teachers?|nurses?|students?|passengers?|containers?|tickets?|members?|customers?|residents?|patients?|pupils?|drivers?|miners?|kilos?|kilograms?|litres?|liters?|tonnes?|tons?|pounds?|ounces?|barrels?|gallons?|bags?|sacks?|sessions?|visits?|treatments?|trips?|rides?|journeys?|meals?|nights?|rooms?|beds?|homes?|houses?|flats?|machines?|vehicles?|cars?|buses?|boats?|kiosks?|boxes?|bottles?|loaves?)\b/iu.test(q.text) || A_UNIT_PRICE.test(q.text) || ONE_EARNS.test(q.text);
  const perHead = PER_HEAD.test(sentence);
  const asksMagnitude = ASKS_MAGNITUDE.test(q.text);
  // (Not by "-ers" alone: "10 large pelagic trawlers" are no people.)
  const peopleStems = new Set(sentenceTokens.filter((t) => !STOPWORDS.has(t.norm) && (humanStem(t) || surePeopleEnding(t))).map((t) => t.stem));
  // (And doers listed with people: "1,500 carvers, polishers and labourers" are people too.)
  for (const m of sentence.matchAll(LISTED_PLURALS)) {
    const members = tokenize(m[0]).filter((t) => !/^(?:and|or)$/u.test(t.norm));
    if (members.some((t) => humanStem(t) || WORKER_STEMS.has(t.stem) || surePeopleEnding(t))) for (const t of members) if (/(?:ers|ors)$/u.test(t.norm)) peopleStems.add(t.stem);
  }
  // "How many runs did Wickramaratne make?" / "Wickramaratne made 167": what is counted goes unsaid anywhere in
  // the sentence, and the number is what its subject and verb did.
  const countedUnit = countedTokens.map((t) => unitStem(t.norm)).find((u) => u !== null) ?? null;
  // ("What's the generating capacity of the power station?": a dimension asked by its noun, which a measure in its unit
  // answers, below.)
  const asksOffNorm = ASKS_OFF_NORM.test(q.text);
  const dimensionAsked = unitClass !== undefined && countedTokens.some((t) => DIMENSION_NOUN.test(t.norm));
  const countedUnsaid = [...counted].every((c) => !sentenceTokens.some((w) => match(q, c, w.stem) > 0));
  // "How much water was pumped from the four wells?": a number the question gives is not what it asks.
  const given = new Set([...q.text.matchAll(NUMBER)].map((m) => m[0].trim().toLowerCase()));
  // Whether what is counted is people ("how many growers", "how many deaths"), or plainly things ("how many homes").
  const countsPeople = (t: Token): boolean => isPeople(t) || HUMAN_TOLLS.test(t.norm);
  const asksPeople = countedTokens.some(countsPeople);
  const askedNames = namesAsked(q);
  // ("What is the government's minimum price per kilogram?": "the minimum farm-gate price of 375 francs set by the
  // government", the owner's own figure, over the traders' "as little as 250 CFA francs per kilogram".)
  const owner = /\b(?:the\s+)?(\p{Ll}{3,})['’]s?\s+(?!(?:own)\b)\p{L}/u.exec(q.text)?.[1];
  // ("How many students does the university have?": "The University of Kara, founded in 2004, has about 17,000 students",
  // what the holder asked has, over "87 students still without university housing".)
  const holder = HOLDER_ASKED.exec(q.text)?.[1];
  // The words for the dead when the living are asked, and the other way round (see ASKS_ALIVE).
  const otherLife = ASKS_ALIVE.test(q.text) === ASKS_DEAD.test(q.text) ? null : ASKS_ALIVE.test(q.text) ? ASKS_DEAD : ASKS_ALIVE;
  // (A penalty answers only a question that asks one, or what follows a breach.)
  const penaltyUnasked = !PENALTY_ASKED.test(q.text);
  const placeSizeAsked = PLACE_SIZE_ASKED.test(q.text);
  const sizeAsked = SIZE_ASKED.test(q.text);
  const holderStem = holder ? stem(normalizeWord(holder)) : undefined;
  const setByOwner = owner ? new RegExp(`^[^,;.]{0,25}?\\s(?:set|fixed|offered|paid|charged|proposed|agreed|announced|approved)\\s+by\\s+(?:the\\s+)?${escapeRegExp(owner)}\\b`, 'iu') : null;
  // ("How many people took part?", not "how much did the operator put in": a count of people.)
  const countsPeopleAsked = asksPeople && /\bhow many\b/iu.test(q.text);
  const countedThing = countedTokens.at(-1);
  const asksThings = countedThing !== undefined && /s$/u.test(countedThing.norm) && !countsPeople(countedThing);
  // (What things in general, "two units", may count: things or people asked, or anything a "how many" asks.)
  const countsAnything = asksThings || asksPeople || /\bhow\s+many\b/iu.test(q.text);
  // "What was the wage before the agreement?" asks for a level a change started from; so, for "from X to Y", do
  // "originally", "once" and a year.
  const asksBefore = ASKS_BEFORE.test(q.text);
  const asksEarlier = ASKS_EARLIER.test(q.text);
  const asksStart = ASKS_START_LEVEL.test(q.text);
  const asksCurrent = CURRENT.test(q.text);
  // (Or what is left now: "how many palms does Chongo have left", "how many are still standing".)
  const asksLeft = asksCurrent || /\b(?:have|has|are|is)\s+(?:[\p{L}-]+\s+){0,2}left\b|\bremaining\b|\bstill\b/iu.test(q.text);
  const wholeWord = PART_IS.exec(q.text)?.[1];
  const wholeAsked = wholeWord !== undefined ? stem(normalizeWord(wholeWord)) : undefined;
  // (Kinds the question names whose counterpart a sentence may name instead: "secondary" and "primary".)
  const questionWords = new Set(q.tokens.map((t) => t.norm));
  const contrasts = CONTRASTING_KINDS.flatMap(([x, y]) => (questionWords.has(x) && !questionWords.has(y) ? [[x, y] as const] : questionWords.has(y) && !questionWords.has(x) ? [[y, x] as const] : []));
  const sentenceWords = new Set(contrasts.length ? tokenize(sentence).map((t) => t.norm) : []);
  const asksStaff = /\b(?:work|works|working|employ|employs|employed|staff|staffed)\b/iu.test(q.text);
  const asksPopulation = ASKS_POPULATION.test(q.text);
  const asksPart = ASKS_PART.test(q.text);
  const asksWorkforce = ASKS_WORKFORCE.test(q.text);
  // (Or people "working", as "make a living from" is read, whom jobs count: see `jobs` below.)
  const asksWorkers = (asksWorkforce || /\bworking\b/iu.test(q.text)) && countedTokens.every(isPeople);
  const asksLiving = ASKS_LIVING.test(q.text);
  const asksHowMany = /\bhow many\b/iu.test(q.text) && !/\b(?:percent|per\s+cent|percentage|share|proportion)\b/iu.test(q.text);
  // ("How many people live in Bor town?": not "about 600 men and women dug clay ... on the edge of Bor"; those who live
  // somewhere are told as such, or as those there: "Long Cay, where roughly 2,400 people rely on the boats".)
  const livingTold = asksLiving && sentenceTokens.some((t) => LIVING_TERMS.has(t.stem));
  const bodyAsked = /\bhow (?:big|large)\b/iu.test(q.text) ? MEMBER_BODY.exec(q.text)?.[1] : undefined;
  const bodyStem = bodyAsked ? stem(normalizeWord(bodyAsked)) : undefined;
  // ("How many extra workers will the works take on?": "would hire about 220 more people", people hired are workers.)
  const hiresWorkers = [...counted].some((c) => WORKER_STEMS.has(c)) && HIRING.test(sentence);
  // ("How many fishermen belong to Peguero's cooperative?": "the 35 members of his cooperative" are they.)
  const belongs = /\bbelongs?\s+to\b|\bbelonging\s+to\b|\bare\s+(?:in|part of)\s+(?:the|a|an|his|her|its|their|\p{L}+['’]s)\b/iu.test(q.text);
  // (Not "the daily wage", which names the wage, whatever figure gives it.)
  // (Nor a vague span a rate describes something by, "in places that only get water a few hours a day".)
  const askedRate = [...ratesOf(q.text.replace(/\b(?:hourly|daily|weekly|monthly|yearly|annual)\s+(?!(?:to|for|in|on|by|and|or)\b)\p{L}+|\b(?:a\s+few|a\s+couple\s+of|several)\s+(?:minutes|hours|days|times)\s+(?:a|an|per|each)\s+(?:day|week|month|year)\b/giu, ''))][0];
  const sentenceRates = askedRate ? ratesOf(sentence) : null;
  // ("how much is a stitcher paid per ball": a sum by the thing, at the question's end, "210 rupees a ball".)
  const perThing = /\b(?:per|each|a|an)\s+(\p{L}{3,})\s*\W*$/iu.exec(q.text)?.[1];
  // ("How much does the vaccine cost without the subsidy?": not "a subsidised price of 5,000 francs".)
  const aidUnasked = UNAIDED_ASKED.exec(q.text);
  const aided = aidUnasked ? AIDED_BEFORE.get((aidUnasked[1] ?? aidUnasked[2])!.toLowerCase()) : undefined;
  const thingRate = perThing !== undefined && !TIME_WORD.test(perThing) && !UNITS.test(` ${perThing}`) ? new RegExp(`^\\s+\\p{L}+\\s+(?:a|an|per|each)\\s+${escapeRegExp(perThing)}s?\\b`, 'iu') : undefined;
  const weekAsked = askedRate === 'week' && /\b(?:this|last)\s+week\b/iu.test(q.text);
  // (A weekday asked in the plural, "how many kids jump off the dock on sundays", is told by the sentence's "On Sunday
  // afternoons there can be 30 or 40 children".)
  const weekdaysAsked = askedRate === 'week' ? WEEKDAYS_PLURAL.exec(q.text)?.[1]?.toLowerCase() : undefined;
  const weekdayTold = (weekAsked && WEEKDAY.test(sentence)) || (weekdaysAsked !== undefined && sentence.toLowerCase().includes(weekdaysAsked));
  // ("How many tonnes of bananas have been thrown away?": what a unit of it measures, which "4.3 million tonnes of
  // cross-border freight" or "300 tonnes of rice" are not.)
  const materialAsked = MATERIAL_ASKED.exec(q.text);
  // ("how much milk can it process": an amount of the thing named, "up to three tonnes of milk a day", before what the
  // line "cost".)
  const amountOf = AMOUNT_ASKED.exec(q.text)?.[1];
  const sumUnasked = amountOf !== undefined && !MONEY_WORDS.test(amountOf);
  const material = materialAsked && MATERIAL_UNIT.test(materialAsked[1]!) ? tokenize(materialAsked[2]!).filter((t) => !STOPWORDS.has(t.norm)) : [];
  // ("How many workers were taken to hospital on Thursday?": not "In the earlier incident, on September 18, 37 workers
  // were taken to hospital", a sentence dated by another day.)
  const dayAsked = WEEKDAY.exec(q.text)?.[0];
  const otherDay = dayAsked !== undefined && !sentence.includes(dayAsked) && HAS_DAY.test(sentence) ? 0.6 : 1;
  const asksKin = ASKS_KIN.test(q.text);
  const harvestAsked = countedTokens.length > 0 && HARVEST.test(countedTokens.at(-1)!.norm);
  const capacityAsked = CAPACITY_ASKED.test(q.text);
  // (At school, children are its pupils: "How many kids attend the village school?" for "now has 86 pupils".)
  const atSchool = SCHOOL.test(q.text) || SCHOOL.test(sentence);
  // (A year the question gives, "back in 2023", as the sentence would write it.)
  const askedYear = /\bin\s+((?:19|20)\d\d)(?!-)\b/u.exec(q.text)?.[1];
  const askedYearWritten = askedYear !== undefined ? new RegExp(`\\b${askedYear}\\b`, 'u') : null;
  // ("What did shoppers pay for a litre of milk at the start of 2021?": "now costs about 1.59 euros ..., up from 1.09
  // euros in early 2021", the figure the sentence dates in the year asked, not now's.)
  const yearAsked = /\b((?:19|20)\d\d)\b(?!-)/u.exec(q.text)?.[1];
  // (Or the period before now the question names: "how much did they pay last season" for "from 200 bolivianos last season
  // to 160 bolivianos ($23) this year".)
  // (Or a month: "What did a litre of diesel go for back in July?" for "from about 54 pesos a litre in July to more than 62
  // pesos this week".)
  const priorPeriod = PRIOR_PERIOD.exec(q.text)?.[0].replace(/\s+/gu, '\\s+');
  const datedInYearAsked = yearAsked !== undefined ? new RegExp(`^[^,.;]{0,25}?\\b(?:in|during|by|at\\s+the\\s+(?:start|end|beginning)\\s+of)\\s+(?:(?:early|late|mid)-?\\s*)?${yearAsked}\\b`, 'iu') : priorPeriod !== undefined ? new RegExp(`^[^,.;]{0,25}?\\b${priorPeriod}\\b`, 'iu') : null;
  // (Only where the sentence sets one time against another: see yearFit.)
  const thenAndNow = datedInYearAsked !== null && THEN_AND_NOW.test(sentence);
  // (Not a sum: "How much compensation will farmers get for each bird killed?" asks no toll.)
  // (Nor a measure: "How far from town was the spot where that Dutch visitor got hurt?" asks a distance.)
  const [, askedToll, tollReach = TOLL_REACH] = (preferred === 'money' || MEASURE_ASKED.test(q.text) ? undefined : TOLLS.find(([question]) => question.test(q.text.replace(THING_DIED, '')))) ?? [];
  // The kind of sum a question asks by name: "How much was the only bid", "how much is the new fine".
  const sumAsked = SUM_NOUN_ASKED.exec(q.text);
  const sumNounStem = sumAsked ? stem(normalizeWord(sumAsked[2]!)) : undefined;
  // (Or by a word news uses for it, a fare being a ticket's price; or by the word it is named by, "the minimum" for the
  // minimum wage.)
  const sumStems = new Set([
    sumNounStem,
    ...(q.terms.find((t) => t.stem === sumNounStem)?.alternatives ?? []).map((a) => a.stem),
    ...tokenize(sumAsked?.[1] ?? '').filter((t) => !/^(?:new|old|current|latest|total|average|annual|monthly|weekly|daily|first|last|only)$/u.test(t.norm)).map((t) => t.stem),
    // (Or by the verb that asks it of people: "has begun charging visitors €4" for "how much is the fee".)
    ...(/^(?:fee|fare|toll|levy|rent)$/u.test(sumAsked?.[2]?.toLowerCase() ?? '') ? ['charge', 'charges', 'charging'].map((w) => stem(w)) : []),
  ]);
  // (Or "by what percentage", "by what margin".)
  // ("How much cheaper are groceries ...?": a difference.)
  const asksDifference = /\bhow\s+much\s+(?:cheaper|dearer|pricier|costlier|more|less|higher|lower)\b/iu.test(q.text);
  const asksBy = /\bby\s+(?:how\s+(?:many|much)|what\s+(?:percentage|percent|proportion|share|margin|amount|factor))\b/iu.test(q.text);
  // ("By how much did rents climb?": the size of a change.)
  // ("By how much had the turbine blades worn down?": "had lost between 8 and 12 millimetres of steel".)
  const asksWay = asksBy ? wayOf(q.text) : null;
  // (Which way a change the question names goes, by its noun or verb of change: "what pay rise".)
  const changeAsked = CHANGE_NAMED.test(q.text) ? wayOf(q.text) : null;
  const asksChangeBy = asksBy && (CHANGE.test(q.text) || /\b(?:more|less|dearer|cheaper|pricier|higher|lower|bigger|smaller|expensive|reduced|cut|raised|worn|wore|wear|eroded|lost|lose|shed|sink|sinks|sank|sunk|plunge[sd]?|plunging|tumble[sd]?|slid|slide|slides|dip|dips|dipped|slip|slips|slipped)\b/iu.test(q.text));
  // "How many people took part according to the military police?": the figure in the sentence that names that source.
  const source = /\baccording to\s+(?:the\s+)?([^,?]+)/iu.exec(q.text)?.[1];
  const sourceStems = source ? tokenize(source).filter((t) => !STOPWORDS.has(t.norm)).map((t) => t.stem) : [];
  const fromSource = sourceStems.length === 0 ? 1 : sourceStems.every((st) => sentenceTokens.some((w) => w.stem === st)) ? 1.3 : 0.7;
  // ("how many employees does Rahimova have": all she has, "six" of "two of her six employees".)
  // (Or all who work there: "how many people work for the railway" is "57", not "38 of the railway's 57 employees".)
  const asksWhole = asksTotal || /\b(?:are|were) there\b/iu.test(q.text) || /^how many\s+(?:[\p{L}-]+\s+){1,2}(?:does|do|did)\s+(?:[\p{L}’'-]+\s+){1,3}?(?:have|own|employ|keep)\W*$/iu.test(q.text) || /^how many\s+(?:people|staff|workers|employees)\s+(?:work|are employed)\s+(?:for|at|by)\b[^,;]*$/iu.test(q.text);
  const askedSide = /\b(?:vot\p{L}*|ballots?|referendum|poll)\b/iu.test(q.text) ? sideOf(q.text) : null;
  const whomAsking = FOR_WHOM_ASKED.exec(q.text);
  const whomWord = whomAsking?.[1] ?? whomAsking?.[2];
  const whomAsked = whomWord !== undefined ? payerStem(whomWord) : undefined;
  const found: Extracted[] = [];
  let previous: Map<string, number> | null = null;
  /** What the last figure with a noun of its own counted, past figures of other kinds ("18 solar drying sheds"). */
  let lastCounted: Map<string, number> | null = null;
  let previousEnd = -Infinity;
  /** A figure of a kind not asked for, just passed over: "18 hours a day". */
  let passedOver: { kind: Quantity; end: number } | null = null;
  /** Whether the number before had a noun of its own that is not what the question counts. */
  let previousOwnNoun = false;
  /** ... and that noun ("Nine workers were killed and 14 injured": the 14 are workers too). */
  let previousHead: Token | undefined;
  /** The figure before, where it ends, how well its words fit and whether a change starts from it ("from 42 in 2019"). */
  let lastFit: { end: number; context: number; startLevel: boolean } | null = null;
  for (const m of sentence.matchAll(NUMBER)) {
    const raw = m[0].replace(/[,.]+$/u, '');
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + raw.length;
    // "the Women’s Six Nations", "Formula One": a name, not a count.
    if (/^\p{Lu}\p{Ll}+/u.test(raw.trim()) && start > 0 && (/^\s+\p{Lu}/u.test(sentence.slice(end)) || /\p{Lu}[\p{L}’'-]*\s+$/u.test(sentence.slice(0, start)))) continue;
    // "the Al Amal 3", "Apollo 11", "Route 66": a number after a name (not a date's month, nor a currency) is part of it.
    if (/^\d{1,4}$/u.test(raw.trim()) && NAME_BEFORE_NUMBER.test(sentence.slice(0, start)) && !/^\s*(?:[-–]|to\b|and\b|,\s*\d)/u.test(sentence.slice(end))) continue;
    if (given.has(raw.trim().toLowerCase())) continue;
    // ("The hotels are one part of it": a share, no count of parts.)
    if (/^(?:one|a)$/iu.test(raw.trim()) && /^\s+(?:small\s+|big\s+|large\s+)?part\s+of\b/iu.test(sentence.slice(end))) continue;
    // ("patching 19th-century roofs": an ordinal, which counts nothing.)
    if (/^\d+$/u.test(raw.trim()) && /^(?:st|nd|rd|th)\b/u.test(sentence.slice(end))) continue;
    // ("What interest rate is the trust charging on its loan?": not "with the government contributing 15 percent", a
    // share whose clause says nothing of interest or lending.)
    if (/\binterest\b/iu.test(q.text) && /(?:%|percent|per cent)$/iu.test(raw) && !/\b(?:interest|rates?|apr|lends?|lent|lending|lenders?|charges?|charged|charging|borrow\w*|loans?|credit|mortgages?)\b/iu.test(clauseAround(sentence, start))) continue;
    // ("Amna Hassan, a 39-year-old mother of four": her children, which answer only a question about them.)
    if (/\b(?:mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent)\s+of\s+$/iu.test(sentence.slice(0, start)) && !/\b(?:children|child|kids|sons|daughters|grandchildren|family)\b/iu.test(q.text)) continue;
    // "Han Gyeong-su, 61, Dongyeong University's vice president": an age, which counts nothing.
    if (/^\d{1,3}$/u.test(raw.trim()) && /\p{Lu}[\p{L}’'-]+,\s$/u.test(sentence.slice(0, start)) && /^,/u.test(sentence.slice(end))) continue;
    // ("around one in five new teachers nationally leaving": a share, which counts nothing, and answers only a question
    // of a share; so is its "five".)
    if ((RATIO_AFTER.test(sentence.slice(end)) || RATIO_BEFORE.test(sentence.slice(0, start))) && preferred !== 'percent' && !kinds?.has('percent')) continue;
    // ("Daniela Mora, a 34-year-old guide": her age, not a count of guides.)
    if (/^(?:-|\s+)(?:years?|months?|weeks?|days?)(?:-|\s+)old\b/u.test(sentence.slice(end))) continue;
    // ("Children under five are most at risk", "people over 65": an age bracket, not a count.)
    if (/\b(?:children|kids|babies|infants|people|adults|residents|patients|women|men|girls|boys|those|anyone|everyone)\s+(?:aged\s+)?(?:under|over|below|above)\s+$/iu.test(sentence.slice(0, start)) && !/^\s+(?:\p{Ll}+\s+)?(?:percent|per\s+cent|%)/u.test(sentence.slice(end)) && /^\d{1,2}$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen)$/iu.test(raw.trim())) continue;
    // ("How many seals were still alive when they were found?": not "51 of the seals were already dead when found", the
    // other way round; nor the living for the dead.)
    if (otherLife !== null && otherLife.test(clauseAround(sentence, start))) continue;
    // ("their average age was now over 55": an age, which answers only a question of age.)
    if (/\bage\s+(?:(?:is|was|has\s+been|had\s+been|of|at|stood\s+at|stands\s+at)\s+)?(?:now\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|under\s+|above\s+|below\s+|more\s+than\s+|less\s+than\s+)?$/iu.test(sentence.slice(0, start)) && /^\d{1,3}$/u.test(raw.trim()) && !/\b(?:ages?|aged|old|older|younger)\b/iu.test(q.text)) continue;
    // "raised to level four", "a category 5 storm", "from platform 2": a label, which counts nothing (unless the
    // question asks for it: "what level is the alert at").
    const label = /\b(level|category|grade|phase|stage|tier|platform|gate|berth|runway|lane|section|chapter|clause|article|paragraph)\s+$/iu.exec(sentence.slice(0, start));
    if (label && !new RegExp(`\\b${label[1]}`, 'iu').test(q.text)) continue;
    // "1,550 rupees ($5.20)": a conversion in brackets is the figure before it again.
    // (Unless it is in the unit asked: "how many hectares" of "180,000 rai (about 28,800 hectares)".)
    const unitAfter = /^\s*(\p{L}+)/u.exec(sentence.slice(end))?.[1];
    const askedUnit = unitAfter !== undefined && UNITS.test(` ${unitAfter}`) && q.tokens.some((t) => t.norm === unitAfter.toLowerCase());
    if (!askedUnit && /\d[^()]{0,30}\(\s*(?:about\s+|around\s+|roughly\s+|some\s+)?(?:US|NZ|A|C|HK)?\p{Sc}?\s*$/u.test(sentence.slice(0, start))) continue;
    // "one of the physicians": a part of a group, not a count.
    // (And "one of Walvis Bay's oldest townships".)
    if (/^one$/iu.test(raw.trim()) && /^\s+of\s+(?:the|them|those|its|his|her|their|our|these|(?:\p{Lu}[\p{L}’'-]*\s+)*\p{Lu}[\p{L}’'-]*['’]s)(?=\s)/iu.test(sentence.slice(end))) continue;
    // A year: "in 2015", and an older one after a preposition ("looted ... by British troops in 1897").
    if (isDatePart(sentence, start, end) || /^(?:19|20)\d{2}$/u.test(raw.trim()) || (/^1[5-8]\d{2}$/u.test(raw.trim()) && /\b(?:in|since|from|until|till|by|of|before|after|around|circa)\s+$/iu.test(sentence.slice(0, start)))) continue;
    // A time of day: "at about 3:40 a.m.", "by 8 p.m.", "at two in the morning".
    if (/^:\d{2}/u.test(sentence.slice(end)) || /\d[:.]$/u.test(sentence.slice(0, start)) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)/iu.test(sentence.slice(end)) || /^\s+in\s+the\s+(?:morning|afternoon|evening)\b/iu.test(sentence.slice(end))) continue;
    // "voted 6-3", "won 2-1": a score, which answers only a question about the vote or score.
    if ((/\d[-–]$/u.test(sentence.slice(0, start)) || /^[-–]\d/u.test(sentence.slice(end))) && !asksScore) continue;
    // ... and then it is the whole score ("win 24-19"), read once, from its first number.
    if (/\d[-–]$/u.test(sentence.slice(0, start))) continue;
    // ("approved the measure by 15 votes to 9", "voted 19 to 14": a vote's tally, asked as one.)
    const score = /^[-–]\d{1,3}\b/u.exec(sentence.slice(end)) ?? (asksScore && !/\bhow many\b|\bper\s*cent|\bpercentage\b|\bshare\b|\bproportion\b/iu.test(q.text) ? (/^\s+votes?\s+(?:to|against)\s+\d{1,3}\b/u.exec(sentence.slice(end)) ?? (/\b(?:voted|vote of)\s+$/iu.test(sentence.slice(0, start)) ? /^\s+(?:to|against)\s+\d{1,3}\b/u.exec(sentence.slice(end)) : null)) : null);
    if (score) {
      const before = tokenize(sentence.slice(Math.max(0, start - 40), start));
      // ("held on to win 24-19": the final score; "led 17-5 at half-time": a score along the way.)
      const final = before.some((t) => /^(?:win|won|beat|defeat|defeated|voted|vote|lost|lose|final|victory|draw|drew|approved|passed|rejected|adopted|backed)$/u.test(t.norm)) ? 1 : 0.5;
      const midway = /^[-–]\d{1,3}\s+(?:at|by|in|after)\s+(?:half-?time|the\s+break|the\s+interval|\d)/iu.test(sentence.slice(end));
      const during = asksHalfTime ? (midway ? 1.3 : 0.5) : midway ? 0.5 : 1;
      // (A question about the vote or the score asks for this more than for any count near it.)
      found.push({ text: sentence.slice(start, end + score[0].length), start, end: end + score[0].length, quality: (asksScore ? 1.5 : 1) * final * during });
      continue;
    }
    // "between 200 and 500 cedis", "an estimated 200 to 600 remaining": the high end answers, with the low end before
    // it (not "rose from 200 to 600", a change).
    // ("from US$5 to US$12 per plot": where a sum starts, with the letters before its sign, as a change's words read it;
    // so "from US$5" is a change's start, not a range's low end.)
    const signed = signedStart(sentence, start);
    const between = /\bbetween\s+\p{Sc}?$/iu.test(sentence.slice(0, signed)) && BETWEEN_HIGH.test(sentence.slice(end));
    // (Two plain numbers: "fell 11% to $6.4 billion" and "rose from 200 to 600" are changes.)
    // ("often $40 to $60", "six to eight hours": money and number words have ranges too.)
    const lowEnd =
      RANGE_LOW.test(raw.trim()) &&
      RANGE_HIGH.test(sentence.slice(end)) &&
      (!/\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu.test(sentence.slice(0, signed)) || rangeFrom(sentence.slice(0, signed), raw)) &&
      !CHANGE.test(sentence.slice(Math.max(0, start - 30), start));
    if (between || lowEnd) continue;
    // ("ovens, which once ran 18 hours a day, now work for about nine": a bare figure just after one of another kind
    // is of that kind.)
    // (Not one a group counts: "the 24-metre trawler Nordstjernen with a crew of five".)
    const ofPassedOver: boolean = passedOver !== null && start - passedOver.end < 60 && !GROUP_OF_BEFORE.test(sentence.slice(0, start)) && /^\s*(?:[.;]|$)/u.test(sentence.slice(end)) && /^(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/iu.test(raw.trim());
    // ("Only about 11,000 of the planned 42,000 tonnes had been loaded": a part is of its whole's kind, and its unit.)
    // (So is a bare level a change reaches, of the figure it changed from: "from about 45,000 cubic metres a day to 28,000".)
    // (Or a share of it, for how many: "Only about 35% of the 1,100 workers on the payroll ... have come back".)
    // (Not when the whole has a clause of its own, which the question may ask of: "About 60% of the 1,900 buses and
    // microbuses that usually serve greater San Salvador" for "How many buses normally run".)
    const wholeOf = asksHowMany && /^\d[\d,.]*\s?(?:%|percent|per\s+cent)$/u.test(raw.trim()) ? wholeAfter(sentence, end) : null;
    const shareOf = wholeOf && !/^(?:\s+[\p{L}-]+){0,3}?\s+(?:that|who|which)\b/u.test(sentence.slice(wholeOf.end)) ? wholeOf : null;
    const partOf = shareOf ?? (/^\d[\d,.]*$/u.test(raw.trim()) ? wholeAfter(sentence, end) ?? changedFrom(sentence, start) : null);
    // ("at Nu 110 to 130 a kilogram", "$110 to 130": a range's high end is a sum when its low end is.)
    const sumRange = SUM_RANGE_LOW.test(sentence.slice(0, start)) && /^\d/u.test(raw.trim());
    const kind: Quantity = ofPassedOver ? passedOver!.kind : partOf ? kindOf(sentence, partOf.end, partOf.text) : sumRange ? 'money' : kindOf(sentence, end, raw.trim());
    // ("How many reindeer are there in Finland altogether?": a total, which a figure gives only with a word for one, "a
    // combined $410,000", "across all subjects", or with the question's verb of having, "employs 340 people".)
    // (A measure is of the thing as a whole already: "How heavy is the hoard altogether?")
    // (Or as the whole a first part is of: "took delivery of 120 electric buses ..., the first of 350 ordered", which
    // counts what the part did.)
    const wholeOfFirst = /\b(?:first|last|rest|remainder|part|portion|batch)\s+of\s+(?:the\s+)?(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+)?$/iu.test(sentence.slice(0, start));
    if (mustBeTotal && kind !== 'measure' && (kind !== 'money' || allAsked)) {
      const clause = clauseAround(sentence, start);
      // (A whole that a part is of is a total too: "Only four of the 22 incubators in the neonatal unit were working".)
      // (So is the size a compound gives the thing: "How many bedrooms does the hotel have in total?": "the 312-room
      // Hotel Belvedere Riviera".)
      if (!wholeOfFirst && !/^-\p{Ll}+\b(?!-)/u.test(sentence.slice(end)) && !PART_OF_BEFORE.test(sentence.slice(0, start)) && !TOTAL_WORD.test(clause) && !(stockVerbs.length && tokenize(clause).some((t) => stockVerbs.includes(t.stem))) && !(kind === 'money' && costAsked && COST_VERB_BEFORE.test(sentence.slice(0, start)))) {
        // (What it counts still tells what a whole after it is of: "120 electric buses ..., the first of 350 ordered".)
        previous = new Map(describedBy(sentence, start, end).after.filter((t) => !STOPWORDS.has(t.norm)).map((t) => [t.stem, 1]));
        previousEnd = end;
        continue;
      }
    }
    // ("about a quarter of South Africa's debt": a share in words answers only a question of a share.)
    // (Unless it is the size of a change asked: "how much have sales at the tianguis fallen": "have dropped by about a
    // third".)
    if (FRACTION_ALONE.test(raw.trim()) && preferred !== 'percent' && !kinds?.has('percent') && !((asksChange || asksChangeBy) && BY_BEFORE.test(sentence.slice(0, start)))) continue;
    // ("a new rota that splits their working day in two,": parts a thing is split into, not a count.)
    if (/^(?:two|three|four|half|halves|thirds)$/iu.test(raw.trim()) && /\b(?:in|into)\s+$/iu.test(sentence.slice(0, start)) && /^\s*(?:[,.;:]|$)/u.test(sentence.slice(end))) continue;
    // ("boats would sail every 60 minutes instead of every 30": how often, never how many.)
    // (But "one every 300 metres" is how far apart.)
    if (/(?<!\b(?:in|out\s+of)\s+)\bevery\s*$/iu.test(sentence.slice(0, start)) && !/\bhow often\b/iu.test(q.text) && !(/\bhow far apart\b|\bhow (?:much|big) (?:of )?(?:a )?(?:gap|space|distance)\b/iu.test(q.text) && LENGTH_AFTER.test(sentence.slice(end)))) continue;
    // "How many hectares ...": a measure in another unit ("520,000 tonnes") does not answer.
    // "How tall is the dam?": a measure in a unit of another dimension ("410 hectares") does not answer either.
    const unitAt = partOf?.end ?? end;
    const otherUnit =
      kind === 'measure' &&
      ((countedUnit !== null && unitStem(UNITS.exec(sentence.slice(unitAt))?.[0] ?? '') !== countedUnit) || (asksDimension !== null && asksDimension.test(sentence.slice(unitAt))) || (AREA_NAMED.test(q.text) && unitClass !== undefined && !unitClass.test(sentence.slice(unitAt))));
    // ("How many years has Brandt been studying salmon?": a span that runs until now, not "30 years ago".)
    const spanEnd = end + (/^(?:\s+more)?\s+\p{L}+/u.exec(sentence.slice(end))?.[0].length ?? 0);
    const notOngoing = kind === 'duration' && ASKS_ONGOING.test(q.text) && !/^-/u.test(sentence.slice(end)) && !runsUntilNow(sentence, start, spanEnd);
    if ((kinds && !kinds.has(kind)) || (!kinds && kind === 'duration' && !asksTime) || otherUnit || notOngoing) {
      previous = null;
      passedOver = { kind, end };
      continue;
    }
    const { after, before } = describedBy(sentence, start, end);
    // Word stem -> how strongly it describes this number (after it: 1; before it: 0.7).
    const words = new Map<string, number>();
    for (const t of after) if (!STOPWORDS.has(t.norm)) words.set(t.stem, 1);
    for (const t of before) if (!STOPWORDS.has(t.norm) && !words.has(t.stem)) words.set(t.stem, 0.7);
    // ("The balloon, operated by Desert Sky Balloon Rides, was one of 547 that took part": a number its subject is one
    // of counts what that subject is.)
    const oneOf = ONE_OF_BEFORE.exec(sentence.slice(0, start));
    if (oneOf) for (const t of tokenize(oneOf[1]!)) if (!STOPWORDS.has(t.norm)) words.set(t.stem, 1);
    // ("The Uros, who number about 2,000 to 2,500 people": a count a subject is said to number is of that subject.)
    // ("About 140 boats are registered as water taxis": a count of what they serve as, too.)
    // (Either counts what is asked when one of its words is; its words then describe the figure.)
    const countsAsked = (phraseText: string | undefined): boolean => {
      const said = phraseText !== undefined ? tokenize(phraseText) : [];
      if (!said.some((t) => [...counted].some((c) => match(q, c, t.stem) > 0))) return false;
      for (const t of said) if (!STOPWORDS.has(t.norm)) words.set(t.stem, 1);
      return true;
    };
    // ("the carillon of St. Rumbold's Cathedral, 300 metres away,": how far the place set off before it lies.)
    const awayPlace = kind === 'measure' && /^\s*\p{L}+\s+away\b/u.test(sentence.slice(end)) ? SET_OFF_BEFORE.exec(sentence.slice(0, start))?.[1] : undefined;
    if (awayPlace) for (const t of tokenize(awayPlace).slice(-4)) if (!STOPWORDS.has(t.norm)) words.set(t.stem, 1);
    const numbered = countsAsked(NUMBERED_BEFORE.exec(sentence.slice(0, start))?.[1] ?? NUMBER_VERB_BEFORE.exec(sentence.slice(0, start))?.[1]);
    const registered = countsAsked(SERVES_AS_AFTER.exec(sentence.slice(end))?.[1]);
    // (A part counts what its whole does: "11,000 of the planned 42,000 tonnes".)
    if (unitAt !== end) for (const t of describedBy(sentence, unitAt - 1, unitAt).after) if (!STOPWORDS.has(t.norm) && !words.has(t.stem)) words.set(t.stem, 1);
    // "2,500 of them Americans", "compared with 1,076 in the control group": what the number before counted.
    // (Only just after that number: "a crowd of 12,480" at the end of a long sentence counts the crowd.)
    // (So does the new level of a change: "raised the price of a single ticket ... from 6,800 pesos to 12,600 pesos".)
    // ("have risen from 300 meticais a month to 1,500 meticais": past a rate too.)
    const toLevelOf = TO_LEVEL.test(sentence.slice(Math.max(0, signed - 60), signed));
    // ("14 babies who became unwell ... since late August, five of whom were admitted": "of whom" reaches back however far.)
    // ("around 600 books, down from more than 2,500 before the storm": a level it changed from, qualified or not.)
    const downFrom = DOWN_FROM_LEVEL.test(sentence.slice(0, signed));
    const againstFigure = /\b(?:compared with|compared to|versus|vs\.?|against)\s+(?:about\s+|some\s+|roughly\s+)?[$£€¥]?$/iu.test(sentence.slice(0, start));
    // ("18 solar drying sheds ... had been handed over ..., with six more due before December": more of what the figure
    // before counted, however far it stands.)
    const moreOf = MORE_ELIDED.exec(sentence.slice(end))?.[0];
    const elliptical =
      toLevelOf ||
      wholeOfFirst ||
      (moreOf !== undefined && (previous ?? lastCounted) !== null) ||
      (previous !== null && /^\s+of\s+(?:them|those|whom|which)\b/iu.test(sentence.slice(end))) ||
      ((start - previousEnd < 60 || downFrom || againstFigure) &&
        // ("compared with about 1,400 a day before the bridge opened": passengers, as the figure it is set against, per day.)
        (after.length === 0 || ELLIPTICAL_AFTER.test(sentence.slice(end)) || ((downFrom || againstFigure) && /^\s+(?:(?:a|an|per|each)\s+(?:day|week|month|year)\s+)?(?:before|after|during|when|last|a\s+year|(?:19|20)\d{2})\b/iu.test(sentence.slice(end)))));
    const counter = previous ?? (moreOf !== undefined ? lastCounted : null);
    if (elliptical && counter) for (const [w, v] of counter) if (!words.has(w)) words.set(w, v);
    previous = new Map(words);
    if (moreOf === undefined && after.some((t) => !STOPWORDS.has(t.norm))) lastCounted = previous;
    previousEnd = end;
    // The rest of the sentence is what the number is about, more loosely ("The calf, weighing about 25 kilograms").
    for (const t of sentenceTokens) if (!STOPWORDS.has(t.norm) && !words.has(t.stem)) words.set(t.stem, 0.3);
    // (And what its "It" stands for, which the sentence before names: "The lake began forming in the 1950s ...", then "It
    // now covers about 135 hectares and is up to 55 metres deep".)
    for (const r of referent) if (!words.has(r)) words.set(r, 0.8);
    // Quality: how much of what is counted ("US soldiers") describes this number; other question words break ties.
    let countedScore = 0;
    let countedTotal = 0;
    let otherScore = 0;
    let otherTotal = 0;
    // "a species thought to number fewer than 50 animals" answers "how many Sumatran rhinos": a general noun counts
    // what the sentence names elsewhere.
    // (But "412 people" does not count "buildings": people are only ever people.)
    // (So does a bare number: "an estimated 600 remaining in the wild", "12 missing".)
    // (Not the verb: "only 56 left the depot on Monday morning".)
    const bare = after[0] !== undefined && /^(?:remaining|left|alive|surviving)$/u.test(after[0].norm) && !(after[0].norm === 'left' && /^(?:the|a|an|their|his|her|its|our|for|home|town|school|work)$/u.test(after[1]?.norm ?? ''));
    // ("killed three workers and injured 27 others": others, of the people asked about.)
    // ("put the number at around 600": the number of people the sentence speaks of, when people are counted.)
    const theNumber = /\b(?:the|that|this|its|their)\s+(?:number|figure|total|count|tally|turnout)\s+(?:\p{L}+\s+){0,2}(?:at|to|as|was|is|of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+|more than\s+|fewer than\s+)?$/iu.test(sentence.slice(0, start));
    // ("How many workers died in the fire?": "killed 37 workers" more than "more than 250 people had died", people in
    // general, when the question counts people of one kind.)
    const anyone = countsPeopleAsked && !countedTokens.some((t) => PEOPLE.has(t.stem)) && after[0] !== undefined && /^(?:people|persons)$/u.test(after[0].norm) ? 0.85 : 1;
    // (Things in general count only things asked: not "two units at the power station" for "what was peak demand on the
    // national grid", a measure.)
    // ("How many kids is the new building meant to hold?": "a 1,200-place building", room for that many.)
    const placesFor = capacityAsked && /^-(?:place|seat|bed|berth|space|pupil|student|passenger|person)\b/u.test(sentence.slice(end));
    // (Not things for people: "About 1,200 people and 300 vehicles cross at Caledonspoort".)
    const generic = placesFor || bare || theNumber || (after[0] !== undefined && GENERIC_COUNTED.test(after[0].norm) && (!/^(?:people|others)$/u.test(after[0].norm) || asksPeople) && !(asksPeople && /^(?:vehicles|devices|products|items|units)$/u.test(after[0].norm)) && countsAnything);
    // "keep enough doctors and nurses on call ... for a unit that delivered 112 babies": a number with its own noun
    // ("babies") counts that, not what the question counts ("how many nurses") standing earlier in the sentence.
    // (A word like it, "buses" for "passengers", is not it.)
    // Its noun phrase ends at a preposition or a verb: "27,000 students | at home", "45 extra buses | leased to carry
    // passengers". (So does "down from 190 in 2015" after it.)
    const phrase: Token[] = [];
    // ("two of the three family physicians": what follows the "of".)
    // ("230,000 of the country's 330,000 state teachers": past a possessive and the whole's number too.)
    // ("14 of the planned 20 retail tenants": and a word that says which whole, before its number.)
    const partitive = /^\s+of\s+(?:(?:the|them|those|its|his|her|their|our|these)\s+(?:[\p{L}’'-]+['’]s\s+)?|\p{Lu}[\p{L}’'-]*['’]s\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))(?:(?:\p{Ll}+\s+(?=\d))?(?:(?:about|some|roughly|around|nearly|almost|approximately)\s+)?\d[\d,.]*\s+|one|two|three|four|five|six|seven|eight|nine|ten\s+)?/iu.exec(sentence.slice(end));
    // ("Of the 120 Yutong buses Barquisimeto received in 2015, only 38 were running": a bare part counts what the whole
    // it follows is of.)
    const fronted = partitive || /^\s*[\p{Ll}-]+s\b/u.test(sentence.slice(end)) ? null : FRONTED_WHOLE.exec(sentence.slice(0, start));
    // ("six more due before December": none, when "more" stands for the noun before.)
    const nounWords = partitive ? tokenize(/^[^,.;:()–—]*/u.exec(sentence.slice(end + partitive[0].length))![0]) : fronted ? tokenize(fronted[1]!) : moreOf !== undefined ? [] : after;
    for (const [i, t] of nounWords.entries()) {
      // ("government and church-run schools": two words that describe one noun, the one asked about.)
      // (Not into another figure: "one small truck or | up to 40 passengers".)
      if (/^(?:and|or)$/u.test(t.norm) && phrase.length > 0 && !/^(?:up|about|around|more|as)$/u.test(nounWords[i + 1]?.norm ?? '') && nounWords.slice(i + 1, i + 4).some((x) => counted.has(x.stem))) continue;
      // ("5.9 million head of livestock": a noun of what is counted runs on through its "of".)
      if (t.norm === 'of' && phrase.length > 0 && !phrase.some((x) => x.norm === 'of')) {
        phrase.push(t);
        continue;
      }
      if (/^(?:the|a|an|its|their)$/u.test(t.norm) && phrase[phrase.length - 1]?.norm === 'of') continue;
      // (No noun at all before a participle alone: "Now I have 80 standing," are palms.)
      if (phrase.length === 0 && /^\p{Ll}{3,}ing$/u.test(t.text) && nounWords[i + 1] === undefined) break;
      // (Nor before a verb and where it is done: "between 6,500 and 9,100 remain in Morocco"; nor past a plural noun into
      // one, "About 60 workshops | operate in the area".)
      const verbThere = /^(?:in|at|on|there|here|across|around|near|inside|outside)$/u.test(nounWords[i + 1]?.norm ?? '');
      if (verbThere && ((phrase.length === 0 && COUNT_VERB.test(t.norm)) || (/[^s]s$/u.test(phrase.at(-1)?.norm ?? '') && /^\p{Ll}+[^s]$/u.test(t.text)))) break;
      // (Nor, when the words before it name what it counts, into an adverb of the verb after it: "the town's population of
      // about 14,000 | roughly doubles".)
      if (FIGURE_ADVERB.test(t.norm) && COUNTED_BEFORE_FIGURE.test(sentence.slice(0, start))) break;
      // (Nor into a verb before a figure of its own: "86 plot holders | share 40 hectares".)
      if (phrase.length > 0 && (t.isNumber || nounWords[i + 1]?.isNumber === true)) break;
      // (Nor into the name of who acts on them: "120 Yutong buses | Barquisimeto received".)
      if (phrase.length > 0 && /^\p{Lu}/u.test(t.text) && /[^s]s$/u.test(phrase[phrase.length - 1]!.norm)) break;
      // (Not into a name: "1,100 members of the Port Workers' Union" are members.)
      if (phrase.some((x) => x.norm === 'of') && /^\p{Lu}/u.test(t.text)) break;
      if (/^(?:at|in|on|of|for|from|to|with|by|against|among|amid|towards?|via|onto|upon|within|without|beyond|behind|beside|near|inside|outside|through|throughout|who|that|which|what|and|or|but|as|than|into|across|over|under|after|before|during|since|while|when|where|because|if|until|unless|though|although|per|a|an|the|is|are|was|were|had|has|have|will|would|did|does|do|not|could|can|may|might|must|should|late|early|overnight|yesterday|today|tonight|due|expected|likely|able|ready|already|still|also)$/u.test(t.norm)) break;
      // ("About 140 small fishing boats blockaded the harbour": a participle before the noun describes it.)
      const next = nounWords[i + 1];
      // ("2,350 wrongly parked bicycles": an adverb of the participle after it.)
      if (/^\p{Ll}{3,}ly$/u.test(t.norm) && next !== undefined && /^\p{L}{3,}(?:ed|ing)$/u.test(next.norm)) continue;
      // (Only before the very noun asked, or one of its words, in the plural: not "three largest publishing groups" for
      // people.)
      const describes = next !== undefined && [...counted].some((c) => c === next.stem || match(q, c, next.stem) >= 0.6) && /[^s]s$/u.test(next.norm) && !phrase.some((x) => counted.has(x.stem));
      if (phrase.length > 0 && /^\p{L}{3,}(?:ed|ing)$/u.test(t.norm) && !describes) break;
      phrase.push(t);
    }
    if (phrase[phrase.length - 1]?.norm === 'of') phrase.pop();
    // ("his crew of six had made more than 70 trips": a group's size counts the group, whatever follows it.)
    const groupOf = phrase.length === 0 ? GROUP_OF_BEFORE.exec(sentence.slice(0, start)) : null;
    if (groupOf) phrase.push(...tokenize(groupOf[1]!));
    // ("a 46-year-old father of five": his children.)
    if (phrase.length === 0 && PARENT_OF_BEFORE.test(sentence.slice(0, start))) {
      phrase.push(...CHILDREN_TOKENS);
      words.set(CHILDREN_TOKENS[0]!.stem, 1);
    }
    // (What a part is of describes it as closely as a noun after it: "230,000 of the country's 330,000 state teachers".)
    if (partitive) for (const t of phrase) if (!STOPWORDS.has(t.norm)) words.set(t.stem, 1);
    // "the 200-seat Chamber": the number counts seats, whatever noun follows.
    const compound = /^-(\p{Ll}+)\b(?!-)/u.exec(sentence.slice(end));
    if (compound) phrase.splice(0, phrase.length, ...tokenize(compound[1]!));
    const head = phrase[phrase.length - 1];
    // How closely the number's own noun is what the question counts (0: not at all).
    // ("How many people came?": "1.2 million devotees" are people, by the word's ending.)
    // ("How many people have backed the online call?": "more than 12,000 signatures" are theirs.)
    // ("How many folks are waiting ... to get a stall?": "a waiting list of about 150 names" are people on it.)
    // ("How many times did officials meet tourism groups?": "had held four meetings", occasions counted by their name.)
    // (Not "member" before a noun of its own: "70 of its 320 member cooperatives" are cooperatives, no one who belongs.)
    const memberOfKind = phrase.some((t, i) => t.stem === MEMBER_STEM && phrase[i + 1] !== undefined && phrase[i + 1]!.norm !== 'of');
    const hired = (c: string, w: string): boolean => hiresWorkers && w === PEOPLE_STEM && WORKER_STEMS.has(c);
    const listed = /\blists?\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/iu.test(sentence.slice(0, start));
    // (A compound figure's last word is the kind of a compound asked: "bedrooms" are "rooms" of the "312-room" hotel.)
    const countedMatch = (c: string, w: string): number => Math.max(match(q, c, w), PEOPLE.has(c) && (peopleStems.has(w) || w === 'signatur' || (listed && w === 'name')) ? 0.8 : 0, occasions && c === TIMES_STEM && OCCASIONS.has(w) ? 0.8 : 0, SERVICE_RUNS.has(c) && w === TIMES_STEM ? 0.8 : 0, hired(c, w) ? 0.8 : 0, belongs && w === MEMBER_STEM && !memberOfKind ? 0.8 : 0, (DWELLINGS.has(c) && DWELLINGS.has(w)) || (HOUSEHOLD.has(c) && HOUSEHOLD.has(w)) || (BUSINESSES.has(c) && KINDS_OF_BUSINESS.has(w)) || (TREES.has(c) && TREES.has(w)) ? 0.8 : 0, atSchool && SCHOOLCHILDREN.has(c) && SCHOOLCHILDREN.has(w) ? SCHOOLCHILD_FIT : 0, compound && c.length >= w.length + 3 && w.length >= 4 && c.endsWith(w) ? 0.6 : 0, kind === 'count' && ADDED_ASKED.has(c) && ADDED_TOLD.has(w) ? 0.8 : 0);
    // (A possessive before the noun only says whose: "nine women's groups" count groups, not women.)
    // ("three ageing blocks of shops" counts blocks: what comes after "of" a plural that is no measure is only what they
    // hold, so "about 640 shops" comes first for "how many shops were knocked down".)
    const ofAt = phrase.findIndex((t) => t.norm === 'of');
    const holders = ofAt > 0 && /[^s]s$/u.test(phrase[ofAt - 1]!.norm) && !UNITS.test(` ${phrase[ofAt - 1]!.norm}`) && !/^(?:pairs|head)$/u.test(phrase[ofAt - 1]!.norm) ? ofAt : -1;
    const anyMatch = Math.max(0, ...[...counted].flatMap((c) => phrase.map((t, k) => ((PEOPLE.has(c) && HUMAN_TWINS.test(t.norm)) || (k < phrase.length - 1 && /['’]s$/u.test(t.text)) ? 0 : (holders >= 0 && k > holders ? HELD_FIT : 1) * countedMatch(c, t.stem)))));
    // ("How many poultry farm workers have been tested?": not "14 farms", a word that only says which workers.)
    const countedHead = countedTokens.length >= 2 ? countedTokens[countedTokens.length - 1] : undefined;
    // (A word for people says it: "14 crew" for "how many crew members".)
    const headless = countedHead !== undefined && isPeople(countedHead) && !phrase.some(isPeople) && phrase.every((t) => countedMatch(countedHead.stem, t.stem) === 0);
    // ("How many farmers hold plots on the scheme?": "86 plot holders", people named by the deed the question asks of
    // them; so are "3,000 coffee growers" for "how many farmers grow coffee".)
    // (The verb just after them: not "How many teachers work at the carpet-weaving school?" for "1,300 weavers".)
    // (Or the trade they make their living by: "About 120 carvers and sellers work at the market".)
    const doerOf = (t: Token | undefined): string[] => (t !== undefined && /[^e]ers$/u.test(t.norm) ? [stem(t.norm.slice(0, -3)), stem(`${t.norm.slice(0, -3)}e`)] : []);
    const doers = countedTokens.every(isPeople) && (doerOf(head).some((v) => v === theirVerb?.stem) || phrase.some((t) => doerOf(t).some((v) => livingBy.has(v))));
    // ("So how many machines are queued up waiting for Smith?": "30 to 40 looms", things of the general kind asked.)
    const kindOfThing = head !== undefined && countsGeneralThings && /[^s]s$/u.test(head.norm) && !isPeople(head) && !HUMAN_TOLLS.test(head.norm);
    // ("How many people work in the batik trade?", "make a living from" it, read as working: "supports around 40,000 jobs",
    // one job for each.)
    const jobs = asksWorkers && phrase.some((t) => /^(?:jobs|posts|positions|livelihoods)$/u.test(t.norm));
    // ("how many traders didn't get a stall": "The Ochanja Market Traders Association said ... at least 150 of its members",
    // members of a body named for those asked.)
    const bodyOf = /^\s+of\s+its\s+members\b/u.test(sentence.slice(end)) ? MEMBERS_BODY.exec(sentence.slice(0, start))?.[1] : undefined;
    const membersAsked = bodyOf !== undefined && tokenize(bodyOf).some((t) => counted.has(t.stem));
    // ("How many balloon companies operate in Cappadocia?": not "About 150 balloons", a word that only says which
    // companies.)
    // (Only a compound of two nouns, the first no possessive, the second no word for people: not "How many crew members"
    // for "14 crew", nor "How many visitors' bookings" for "around 4,000 visitors".)
    const modifierOnly = compoundAsked !== undefined && head !== undefined && countedMatch(compoundAsked.stem, head.stem) >= 0.6 && phrase.every((t) => countedMatch(countedHead!.stem, t.stem) === 0);
    // ("how many boats have sunk": "in at least two cases this year, the boats have taken on water and sunk", cases of
    // what the clause after them tells.)
    const casesOf = phrase[0] !== undefined && /^(?:cases|instances)$/u.test(phrase[0].norm) && /\bin\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than)\s+)?$/iu.test(sentence.slice(0, start)) && tokenize(/^[^.;]*/u.exec(sentence.slice(end))![0]).some((t) => counted.has(t.stem));
    const nounMatch = headless || modifierOnly ? Math.min(anyMatch, 0.3) : doers || jobs || membersAsked || casesOf ? Math.max(anyMatch, 0.8) : kindOfThing ? Math.max(anyMatch, 0.6) : anyMatch;
    // "How many people have died?": "with 19 deaths" counts them, in the toll's own word.
    // ("How many people did the monitors interview?": "based on 412 interviews", the deed's own noun, counts them too.)
    const tollNoun =
      head !== undefined &&
      countedTokens.length > 0 &&
      countedTokens.every(isPeople) &&
      ((askedToll !== undefined && HUMAN_TOLLS.test(head.norm) && askedToll.test(head.text)) || (deedAsked !== undefined && /s$/u.test(head.norm) && head.stem === deedAsked));
    // ("3,500 foreign soldiers, 2,500 of them Americans": a kind of what the number before counted, not something else.)
    // (A near-synonym, a WordNet one or one close in the word vectors, is the asked noun in other words: "24,000
    // students" for "how many pupils". A looser one, 0.3, took "two airports" for flights.)
    // (Not "those" before a noun of its own: "Two of those boats" counts boats, whatever the number before counted.)
    // (But "fewer than 60 of them had given blood": a verb after it, not a noun.)
    const kindOfBefore = elliptical && /^\s+of\s+(?:them|those|whom)\b(?!\s+(?!(?:had|have|has|were|was|are|is|did|do|does|will|would|could|can|may|might|must|should|still|already|now|also)\b)\p{Ll})/u.test(sentence.slice(end));
    // ("What is the population of Banka?": "a village of about 2,300 people" counts those who live there.)
    const dwellers = asksLiving && head !== undefined && (isPeople(head) || /^(?:families|households|souls)$/u.test(head.norm));
    // ("Bangui and its suburbs are now home to an estimated 1.4 million": a bare figure a place is home to is its people.)
    // ("was built for 480 million ouguiya": what it cost to build.)
    const doneFor = kind === 'money' && /\b(?:built|bought|sold|acquired|constructed|renovated|rebuilt|restored|refurbished|repaired|purchased)\s+for\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+)?$/iu.test(sentence.slice(0, start));
    // ("a volunteer group with about 1,400 members": the size of the body asked, by its members.)
    const membersOfBody = bodyAsked !== undefined && /^\s+members\b/iu.test(sentence.slice(end)) && new RegExp(`\\b${escapeRegExp(bodyAsked)}\\s+(?:of|with)\\s+(?:about\\s+|some\\s+|roughly\\s+|around\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?$`, 'iu').test(sentence.slice(0, start));
    // ("What's the population of Falealupo?": "Falealupo, a village of about 550 people" tells it without the word.)
    // (Or told as the place's population: "In Beteta, where the population has fallen to about 280".)
    const populationOf = asksLiving && (POPULATION_BEFORE.test(sentence.slice(0, start)) || POPULATION_TOLD.test(sentence.slice(0, start)));
    const homeTo = asksLiving && head === undefined && /\bhome\s+to\s+(?:an?\s+estimated\s+|about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$/iu.test(sentence.slice(0, start));
    // ("How big is this season's kiwifruit crop expected to be?": "expected to reach about 180 million trays", a harvest
    // told in whatever it is packed or weighed in.)
    const harvestIn = harvestAsked && head !== undefined && !isPeople(head) && /s$/u.test(head.norm) && (kind === 'count' || kind === 'measure') && !(kind === 'measure' && AREA_UNITS_AFTER.test(sentence.slice(end)));
    const ownNoun: boolean =
      !generic && !tollNoun && !kindOfBefore && !dwellers && !membersOfBody && !harvestIn && !numbered && !registered && counted.size > 0 && nounMatch < 0.4 &&
      // (A people's plural is a noun of its own too: "more than 20,000 Manitobans" are no homes.)
      ((kind === 'count' && head !== undefined && (/^\p{Ll}+$/u.test(head.text) || /^\p{Lu}\p{Ll}+(?:ans|ers)$/u.test(head.text)) && !STOPWORDS.has(head.norm)) || (elliptical && previousOwnNoun));
    previousOwnNoun = ownNoun;
    const noun = head ?? (elliptical ? previousHead : undefined);
    previousHead = noun;
    // "How many homes burned?": "about 7,500 people" counts people, which homes never are; nor are "two coups" people.
    // ("14 injured", "three missing": people too.)
    const countsHumans = noun !== undefined && (PEOPLE.has(noun.stem) || humanStem(noun) || /^(?:dead|injured|wounded|missing|hurt|killed)$/u.test(noun.norm));
    // (Or one of them: "can carry one small truck or up to 40 passengers" for "how many people can the ferry carry".)
    const countsThings = noun !== undefined && (/s$/u.test(noun.norm) || /^(?:one|a|an|1)$/iu.test(raw.trim())) && !isPeople(noun) && !HUMAN_TOLLS.test(noun.norm);
    // (Nor is a rate per so many people how many live somewhere: "fewer than six linear accelerators per million
    // inhabitants".)
    if ((ownNoun && ((asksThings && countsHumans) || (asksPeople && countsThings))) || (asksLiving && !livingTold && !populationOf && !homeTo && !/\bwhere\s+(?:about\s+|roughly\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$/iu.test(sentence.slice(0, start))) || (asksLiving && /^\s+(?:[\p{L}-]+\s+){0,3}?per\s+(?:million|thousand|hundred|capita|head|\d[\d,]*)\b/iu.test(sentence.slice(end)))) {
      previous = null;
      continue;
    }
    // ("How much was the only bid for the repair?": "only one company submitted a bid before the deadline, and its price of
    // 1.9 million euros", the sum of the thing "its" stands for, named just before.)
    const itsSum = kind === 'money' ? /(?:^|[,;]\s*|\s)([^,;]{3,80}?)[,;]?\s+(?:and\s+)?(?:its|their)\s+(?:price|cost|value|total|amount|sum)\s+(?:of|was|is|at|came\s+to)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$/iu.exec(sentence.slice(0, start)) : null;
    if (itsSum) for (const t of tokenize(itsSum[1]!)) if (!STOPWORDS.has(t.norm)) words.set(t.stem, Math.max(words.get(t.stem) ?? 0, 0.8));
    const dimensionFits = dimensionAsked && kind === 'measure' && unitClass!.test(sentence.slice(end));
    for (const t of want) {
      let bestMatch = 0;
      for (const [w, v] of words) bestMatch = Math.max(bestMatch, countedMatch(t.stem, w) * v);
      if (generic && counted.has(t.stem) && bestMatch > 0) bestMatch = Math.min(1, 3 * bestMatch);
      if (tollNoun && counted.has(t.stem)) bestMatch = 1;
      // ("What's the generating capacity of the power station?": "the 48-megawatt plant", a measure in a unit of that
      // dimension, is its capacity, whatever else describes it; not "about 1,450 meters" for the plant's output.)
      if (dimensionFits && counted.has(t.stem)) bestMatch = Math.max(bestMatch, 0.8);
      if (theNumber && countsPeopleAsked && counted.has(t.stem)) bestMatch = Math.max(bestMatch, 0.8);
      if ((homeTo || doers || jobs || (populationOf && head === undefined)) && counted.has(t.stem)) bestMatch = Math.max(bestMatch, 0.8);
      if (populationOf && LIVING_TERMS.has(t.stem)) bestMatch = Math.max(bestMatch, 0.8);
      if (kindOfThing && counted.has(t.stem)) bestMatch = Math.max(bestMatch, 0.6);
      if (placesFor && counted.has(t.stem)) bestMatch = Math.max(bestMatch, 0.8);
      if (membersOfBody && t.stem === bodyStem) bestMatch = Math.max(bestMatch, 0.8);
      if (doneFor && COST_STEMS.has(t.stem)) bestMatch = Math.max(bestMatch, 0.8);
      if (ownNoun && counted.has(t.stem)) bestMatch *= 0.4;
      if (counted.has(t.stem)) {
        countedScore += t.weight * bestMatch;
        countedTotal += t.weight;
      } else {
        otherScore += t.weight * bestMatch;
        otherTotal += t.weight;
      }
    }
    let context = countedTotal > 0 ? countedScore / countedTotal + 0.2 * (otherTotal ? otherScore / otherTotal : 0) : otherTotal ? otherScore / otherTotal : 0;
    if (countedUnsaid && countedTotal > 0 && otherTotal > 0) context = Math.max(context, 0.8 * (otherScore / otherTotal));
    // ("how much is the bus fare to the new station": "The fare is 2 manat.", the asked thing's own level, however few of
    // the question's words its sentence repeats.)
    const levelOf = LEVEL_OF_BEFORE.exec(sentence.slice(0, start))?.[1];
    if (levelOf !== undefined && q.terms.some((t) => t.weight >= 0.5 && t.stem === stem(normalizeWord(levelOf)))) context = Math.max(context, OWN_LEVEL_FIT);
    // ("what did the whole lighting deal cost": "under a 2.4 billion CFA franc (about $3.9m) contract", the value of the
    // thing the sum stands before.)
    const valued = kind === 'money' ? VALUED_AFTER.exec(sentence.slice(end + (CURRENCY.exec(sentence.slice(end))?.[0].length ?? 0)))?.[1] : undefined;
    if (valued !== undefined && !STOPWORDS.has(valued) && !/^(?:per|each|every)$/u.test(valued) && q.terms.some((t) => t.weight >= 0.5 && match(q, t.stem, stem(normalizeWord(valued))) > 0)) context = Math.max(context, OWN_LEVEL_FIT);
    // ("how much is the contract worth": "an advance of EC$1.2 million on a contract worth EC$3.4 million", the second.)
    const worthOf = kind === 'money' ? WORTH_BEFORE.exec(sentence.slice(0, start))?.[1] : undefined;
    // (Or a whole undertaking by another of its words: "a plan worth 1.8 million euros" for "how much is the project going
    // to cost".)
    if (asksWord(q, worthOf) || (worthOf !== undefined && GENERAL_COSTER.test(worthOf) && asksUndertaking)) context = Math.max(context, 1);
    const worthAfter = kind === 'money' ? WORTH_AFTER.exec(sentence.slice(end))?.[1] : undefined;
    const otherWorth = asksWord(q, worthAfter) ? 0.6 : 1;
    // "How much did profit drop?": "dropped to $912 million from $1.47 billion" gives levels, not the drop.
    // "How many flats are registered?": "had risen from about 2,000 in 2016 to more than 8,600" ends at 8,600.
    // ("down from more than 2,500 before the storm": a level it fell from.)
    const fromLevel = FROM_LEVEL.test(sentence.slice(0, signed));
    const startLevel = fromLevel && LEVEL_REACHED_AFTER.test(sentence.slice(end));
    // ("how many state buses are running": "cut the number of state buses running in Bayamo from 42 in 2019 to fewer
    // than 15 this year", the level it reached fits nearly as well as the one it started from, however far from those
    // words, unless the question asks another time, "back in July" of "from about 54 pesos a litre in July to more than
    // 62 pesos this week"; and the level it came from, when the question asks its time: "handled fewer than 90
    // transactions a day last year, down from about 310 in 2015" for "in 2015"; or "before", "a fee of 2,500 vatu per diver
    // per day, up from 1,000 vatu" for "what was the fee before".)
    const sinceLast = lastFit ? sentence.slice(lastFit.end, start) : '';
    const ofPeriodAsked = datedInYearAsked !== null && datedInYearAsked.test(sentence.slice(end));
    if (lastFit && ((lastFit.startLevel && LEVEL_REACHED_BEFORE.test(sinceLast) && (datedInYearAsked === null || ofPeriodAsked)) || ((ofPeriodAsked || (asksEarlier && !asksChange)) && LEVEL_LEFT_BEFORE.test(sinceLast)))) context = Math.max(context, PAIRED_LEVEL_FIT * lastFit.context);
    lastFit = { end, context, startLevel };
    // "What was the wage before the agreement?": "lifts the wage from 1,350 rupees", not "raising it to 1,550 rupees".
    // (Not a level just told: "the company's first estimate of losses stood at 3.1 billion CFA francs".)
    // The low end of a range before the figure ("40 to 60 millimetres"), not a change: "cut from $14 million to $11.4
    // million".
    const spanned = RANGE_BEFORE.exec(sentence.slice(0, signed));
    // (Nor a change by an amount to a level: "her rent had risen by $150 to $1,230", where the second is many times the
    // first; "had fallen by 20 to 25 percent" stays a range.)
    const amountThenLevel = (low: RegExpExecArray): boolean => {
      const [a, b] = [low[0], raw].map((x) => Number(/\d[\d,]*(?:\.\d+)?/u.exec(x)?.[0].replace(/,/gu, '') ?? NaN));
      return /\bby\s+$/iu.test(sentence.slice(0, low.index)) && CHANGE.test(sentence.slice(Math.max(0, low.index - 40), low.index)) && b! > 3 * a!;
    };
    const range = spanned && (!/\bfrom\s+$/iu.test(sentence.slice(0, spanned.index)) || rangeFrom(sentence.slice(0, spanned.index), spanned[0].replace(/\s+(?:to|-|–|and|or)\s+$/u, ''))) && !amountThenLevel(spanned) ? spanned : null;
    // (A range is a level from its low end: "a comparable house costs 60,000 to 80,000 CFA francs" reaches no level, "now
    // sells for 75 to 100 CFA francs" is now's.)
    const first = range ? signed - range[0].length : signed;
    // (Not "up to" as a bound, "worth up to 600,000 Burundian francs", unless a change goes up to it.)
    const upTo = /\bup\s+to\s+\p{Sc}?$/iu.exec(sentence.slice(0, first));
    const toLevel = /\b(?:to|(?<!\b(?:stood|stands|stand|was|were|is|are|remained|remains|put|estimated)\s+)at)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+)?\p{Sc}?$/iu.test(sentence.slice(0, first)) && (!upTo || CHANGE.test(sentence.slice(Math.max(0, upTo.index - 30), upTo.index)));
    // ("How much does a 20-litre container cost now?": "that sold for 25 CFA francs in January now costs 100 to 150
    // francs", the level told as now's.)
    const nowLevel = /\bnow\s+(?:\p{Ll}+\s+){0,2}(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|up to\s+)?\p{Sc}?$/iu.test(sentence.slice(0, first));
    // ("a 250-gram pack that cost 3.20 euros in supermarkets in Nicosia last spring now sells for 3.90 euros".)
    const thenNow = /^[^.;]{0,60}?\bnow\s+(?:\p{Ll}+\s+){1,2}(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|up to\s+)?\p{Sc}?\d/iu.test(sentence.slice(end));
    // ("A one-way ferry ticket cost 25,000 Comorian francs (about $55) before the breakdown": what it was; not "600 books,
    // down from more than 2,500 before the storm", where another figure stands between, not in brackets.)
    // (Or "about 1,400 a day before the bridge opened", its verb too.)
    const priorLevel = /^[^.;\d]{0,40}?\bbefore\s+(?:the|its|this|that|a|an)\s+[\p{L}-]+(?:\s+\p{Ll}+ed)?\s*(?:[.;,]|$|(?:was|were|is|are|now|has|had)\s)/iu.test(sentence.slice(end).replace(/\s*\([^()]*\)/gu, ''));
    // ("fewer than 300 passengers a day in May, compared with about 1,400 a day before the bridge opened": the first is
    // what it is now, set against what it was.)
    const againstPrior = /^[^.;]{0,60}?\bcompared\s+(?:with|to)\s+[^.;\d]{0,30}\d[\d,.]*[^.;\d]{0,40}?\bbefore\s+(?:the|its|this|that|a|an)\s/iu.test(sentence.slice(end));
    // ("that sold for 1,500 kwanzas in January now costs 1,800 kwanzas": the first is what it was.)
    // ("How much will the monthly rent go up to?": not "a comparable house costs 60,000 to 80,000 CFA francs a month", in
    // a sentence that tells no change.)
    const noChange = asksToLevel && !toLevel && !nowLevel && !CHANGE.test(sentence) && !/\b(?:raise[sd]?|raising|cut|cuts|lift(?:s|ed)?|reduce[sd]?|lower(?:s|ed)?|hike[sd]?)\b/iu.test(sentence) ? 0.6 : 1;
    // ("How much has the govt earmarked in this year's budget?": not "down from A$6.1 million a year earlier", a level it
    // changed from, unless the question dates it: "at the start of 2021" for "up from 1.09 euros in early 2021".)
    const pastLevel = downFrom && !asksChange && !yearsAsked.some((y) => /^[^,;.]*/u.exec(sentence.slice(end))![0].includes(y));
    // ("how many lorries a day does the factory turn out now": "will drop from 110 trucks to between 75 and 80", a change
    // yet to come, starts where things are now; "how many will it produce" asks where it ends.)
    // (Not "How much will kids and students pay to get in now?", after the change.)
    const coming = (fromLevel || toLevel) && COMING_FROM.test(sentence);
    const nowBeforeComing = coming && asksPresent && !asksToLevel && !COMING_ASKED.test(q.text);
    const comingAsked = coming && !asksPresent && COMING_ASKED.test(q.text);
    const beforeLevel = noChange * ((asksBefore && !asksChange) || nowBeforeComing ? (fromLevel || priorLevel || thenNow ? 1.3 : toLevel || nowLevel || againstPrior ? 0.6 : 1) : asksAfterChange ? (toLevel || nowLevel ? 1.3 : fromLevel || thenNow || priorLevel ? 0.6 : 1) : asksAfterEvent || comingAsked ? (toLevel ? 1.3 : fromLevel || thenNow || priorLevel ? 0.6 : 1) : pastLevel ? 0.6 : 1);
    // ("How much was a tanker load selling for on Monday?": not "that normally costs 12 Kuwaiti dinars", the usual
    // level, unless that is asked.)
    const usualLevel = !asksUsual && /\b(?:normally|usually|typically|ordinarily)\s+(?:\p{Ll}+\s+){1,2}(?:about\s+|roughly\s+|around\s+|some\s+)?\p{Sc}?$/iu.test(sentence.slice(0, start)) ? USUAL_LEVEL : 1;
    // ("how much does the bear weigh": not "the bear had lost about 4 kg", an amount of change, which answers only a
    // question about the change, "By how much did ground paprika get pricier?" too; nor "will rise by 350 won to 1,900 won"
    // for the new fare.)
    const changeVerb = /\b(lost|lose|loses|losing|gained|gains|shed|fell|rose|dropped|climbed|jumped|grew|shrank|increased|decreased|declined|rise|rises|fall|falls|drop|drops|climb|climbs|jump|jumps)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|just under)\s+)?\p{Sc}?$/iu.exec(sentence.slice(0, start))?.[1];
    const changeStem = changeVerb ? stem(normalizeWord(IRREGULAR_CHANGE[changeVerb.toLowerCase()] ?? changeVerb)) : '';
    // ("How many bus routes are there after the overhaul?": not "cutting 11 routes", what was cut, when the level after
    // it is asked.)
    const cutOrAdded = (asksAfterChange || /\b(?:are|is)\s+there\b|\b(?:remain|remains|left)\b/iu.test(q.text)) && /\b(?:cut|cuts|cutting|axed|axing|scrapped|scrapping|added|adding)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/iu.test(sentence.slice(0, start));
    // ("how much is the project going to cost": not "would ... add about 40 million euros to its cost", an amount added to
    // it, unless more is asked.)
    const addedToCost = !asksChange && !asksMore && /\b(?:add|adds|added|adding)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|up to)\s+)?\p{Sc}?$/iu.test(sentence.slice(0, start)) && /^[^,;.]{0,30}?\bto\s+(?:its|the|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:cost|costs|price|bill|budget)\b/iu.test(sentence.slice(end));
    // ("How many rangers does Koror State employ at the moment?": not "would pay for 12 new rangers", nor "12 more nurses",
    // what is added, unless more, new ones or what is to come are asked; not "would hire 18 more workers, bringing its staff
    // to 64" for how many there will be once the new hires start.)
    // (Not what something holds: "a container holding 300,000 new bottles".)
    const addedCount = !asksChange && !asksMore && /^\s+(?:new|more|extra|additional|further)\s+\p{Ll}/u.test(sentence.slice(end)) && !HOLDING_BEFORE.test(sentence.slice(0, start)) && (!ADDITION_ASKED.test(q.text) || asksAfterChange);
    const changeAmount = (changeVerb || cutOrAdded || addedToCost || addedCount) && !asksChange && !asksChangeBy && !q.tokens.some((t) => stem(normalizeWord(IRREGULAR_CHANGE[t.norm] ?? t.norm)) === changeStem) ? 0.3 : 1;
    // ("How warm did the sea get?": "reached 31.5C in May, roughly 1.5C above the long-term average", the level, not
    // how far it stood from the norm, unless the question asks that.)
    const offNorm = /^[^\s,;]*(?:\s+\p{L}+)?\s+(?:above|below|higher than|lower than|warmer than|colder than|over|under)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:average|normal|norm|mean)\b/iu.test(sentence.slice(end)) && !asksOffNorm ? 0.4 : 1;
    // (Before a range's low end: "had fallen by 20 to 25 percent" is by how much, not fallen to 25.)
    // ("How much does a one-way ticket cost now?": not "A return ticket costs 1,400 hryvnias", the other kind of ticket.)
    // (More for the kind asked: "the one-way fare of 780 hryvnias".)
    const otherTrip = tripAsked === 'oneWay' ? 'return' : 'oneWay';
    const tripKind = tripAsked === undefined ? 1 : TRIPS_BEFORE[otherTrip].test(sentence.slice(0, start)) || TRIPS_AFTER[otherTrip].test(sentence.slice(end)) ? 0.5 : TRIPS_BEFORE[tripAsked].test(sentence.slice(0, start)) || TRIPS_AFTER[tripAsked].test(sentence.slice(end)) ? 1.3 : 1;
    // ("How much has the grower's monthly income shrunk?": "had dropped from about 9,000 shillings to 5,200 shillings", the
    // change told by where it began and ended, both answered.)
    const changedFromTo = asksChange && !asksToLevel && kind !== 'percent' ? CHANGED_FROM_TO.exec(sentence.slice(0, first)) : null;
    // ("how much has the price of feed risen": not "at a subsidised price of 24 dinars a kilo", a price its sentence tells
    // no change of.)
    const staticPrice = kind === 'money' && PRICE_CHANGE_ASKED.test(q.text) && !CHANGE.test(sentence) && !/\b(?:from|up|down|more|less|higher|lower|cheaper|dearer|now)\b/iu.test(sentence) ? 0.6 : 1;
    // (Nor "the price of a 50-kilogram bag of flour had risen by 18%": a measure that only says what the thing is.)
    const attribute = asksChange && kind === 'measure' && /^-(?:(?:square|cubic)-)?\p{L}/u.test(sentence.slice(end)) ? 0.3 : 1;
    // (Not an earlier level the question asks by its time: "what did oranges cost in January" of "sold for 45 nakfa, up
    // from about 30 nakfa in January".)
    const level = attribute * staticPrice * tripKind * offNorm * changeAmount * (ofPeriodAsked ? Math.max(1, beforeLevel) : beforeLevel) * usualLevel * (asksChange && !changedFromTo && /\b(?:to|from)\s+(?:about\s+|roughly\s+|around\s+)?$/iu.test(sentence.slice(0, first)) ? 0.5 : !asksChange && startLevel && !asksStart ? 0.6 : 1);
    // "How big": a measure (acres, miles) is itself most of the answer, and the right unit answers "how fast" ("60
    // miles per hour") more than any word near it; a money or percentage figure for such a question is evidence too.
    const rightUnit = kind === 'measure' && (!unitClass || unitClass.test(sentence.slice(end)));
    // "How deep was the pothole?": "9 centimetres deep", not "60 centimetres across".
    // ("450 metres below the surface" is deep, "80 metres from the explosion" a distance.)
    const dimension =
      kind === 'measure'
        ? // (Past a conversion: "up to 6 meters (20 feet) deep".)
          /^(?:\s*|-)\p{L}+(?:\s+\p{L}+)?(?:\s+\([^()]{1,30}\))?\s+(deep|wide|long|tall|high|across(?!\s+(?:the|a|an|its|their|this|that|all)\b)|thick|in diameter)\b/iu.exec(sentence.slice(end))?.[1]?.toLowerCase() ??
          // (From one end to the other is a length, no way gone: "40 to 50 centimetres from snout to tail".)
          (END_TO_END.test(sentence.slice(end)) ? 'long' : undefined) ??
          // (Past a conversion too: "about 1,450 meters (4,750 feet) below the surface".)
          (/^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground|sea level|seabed|sea floor|seafloor)\b|^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+underground\b/iu.test(sentence.slice(end))
            ? 'deep'
            : // ("an estimated 9,000 metres above sea level": a height.)
              // ("stands 21 to 24 metres above the Neretva River": how high, over whatever is below.)
              /^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+above\s+(?:the\s+|its\s+|an?\s+)?(?:sea level|ground|ground level|the sea|water|river|street|road|valley|ravine|gorge|canyon|gully|stream|creek|lake|floor|forest floor|town|village|\p{Lu})/u.test(sentence.slice(end))
              ? 'high'
              : // (Or which way from a place: "45 kilometres north of Filingue", "about 30 kilometres to the west".)
                // (Or how far one goes: "a round trip of 6 kilometres"; or how far back: "posts about 40 meters (130 feet) back from
                // the waterline", no height.)
                /^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+(?:(?:back|inland|offshore|upstream|downstream)\s+from|from|away|apart|(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:\s+of\b|\s*[,.;]|$))/iu.test(sentence.slice(end)) ||
                /\b(?:trip|journey|walk|drive|trek|ride|commute|detour|distance)\s+of\s+(?:(?:about|some|roughly|around|nearly|almost|more than|over)\s+)?$/iu.test(sentence.slice(0, start))
                ? 'far'
                : // (Or the dimension named before it: "dug out to a depth of 15 metres".)
                  DIMENSION_NAMED[DIMENSION_BEFORE.exec(sentence.slice(0, start))?.[1]?.toLowerCase() ?? ''])
        : undefined;
    // (A layer's thickness is told as its depth: "a layer of soil at least 30 centimetres deep".)
    // (And how shallow or how narrow is how deep or how wide.)
    const same = (d: string): string => (d === 'across' || d === 'in diameter' || d === 'narrow' ? 'wide' : d === 'tall' ? 'high' : d === 'thick' || d === 'shallow' ? 'deep' : d);
    // (How far away something is never tells how deep, high or thick it is: "How deep are the boreholes?" is not
    // answered by "45 kilometres north of Filingue".)
    // (A length before its noun is how deep only a thing dug or sunk is: "how deep is the lake" is not answered by "The
    // 300-metre beach on the northern bank of Velenje Lake"; "a 40-metre well" is.)
    const lengthOf = kind === 'measure' && !dimension && askedDimension !== undefined && same(askedDimension) === 'deep' && /^-\p{L}+\s+(?!(?:well|wells|shaft|shafts|pit|pits|borehole|boreholes|hole|holes|trench|trenches|crater|cave|caves|canyon|gorge|dive|dives|descent|drop)\b)\p{L}/u.test(sentence.slice(end));
    // (Nor is a change by so much how deep or high a thing is: "as land above the mine sank by as much as 100 metres" for
    // "how deep is the lake".)
    // (Or a difference: "the new route was roughly 3 kilometres longer" for "how high is the peak".)
    const changedBy = kind === 'measure' && !dimension && askedDimension !== undefined && askedDimension !== 'far' && (/\bby\s+(?:as\s+much\s+as\s+|about\s+|around\s+|roughly\s+|up\s+to\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/iu.test(sentence.slice(0, start)) || (COMPARATIVE_AFTER.test(sentence.slice(end)) && !COMPARISON_ASKED.test(q.text)));
    // (Nor how far off a place something happened: "broke through the ice about 200 metres off Frösön" for "how thick is
    // the ice".)
    const offPlace = kind === 'measure' && !dimension && askedDimension !== undefined && /^(?:deep|high|tall|thick)$/u.test(askedDimension) && /^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+off\s+(?:the\s+)?(?:\p{Lu}|coast\b|shore\b|island\b)/u.test(sentence.slice(end));
    // (Nor is the size of a thing before its noun how far a place is: "whose 9-metre sloop sank" for "how far is Buenos
    // Aires"; "a 20-kilometre road" may be.)
    const sizeNotWay = kind === 'measure' && !dimension && askedDimension === 'far' && /^-\p{L}+\s+(?!(?:walk|walks|drive|drives|trip|trips|journey|journeys|trek|ride|hike|road|roads|route|routes|stretch|track|trail|detour|swim|run|race|flight|voyage|crossing|commute|line|pipeline|tunnel|bridge|corridor|highway|motorway|canal|channel|radius|zone|exclusion|buffer|path|section|strip|way|link|leg|gap|distance|journey)\b)\p{L}/u.test(sentence.slice(end));
    // ("How big is the pool?": "a roughly 1.6-hectare basin", its area, over "A section of the northern wall about 40
    // metres long", a length.)
    // (Nor "the pool's 1.5-metre wall", another thing's length.)
    const otherNoun = placeSizeAsked && kind === 'measure' ? /^-\p{L}+\s+([\p{L}-]+)/u.exec(sentence.slice(end))?.[1] : undefined;
    const lengthOfOther = otherNoun !== undefined && !q.tokens.some((t) => t.stem === stem(normalizeWord(otherNoun)));
    const placeSize = kind === 'measure' && placeSizeAsked ? (AREA_AFTER.test(sentence.slice(end)) ? 1.5 : (dimension && same(dimension) !== 'deep') || lengthOfOther ? 0.7 : 1) : 1;
    const fits = placeSize * (offPlace || sizeNotWay ? 0.25 : lengthOf || changedBy ? 0.5 : !dimension || !askedDimension ? 1 : same(dimension) === same(askedDimension) ? 1.3 : dimension === 'far' && /^(?:deep|high|tall|thick)$/u.test(askedDimension) ? 0.25 : 0.5);
    // "How much did they make in total?": "for a combined $410,000" is a total.
    const total = asksTotal && (/\b(?:combined|total|totall?ing|overall|aggregate|cumulative)\s+(?:of\s+)?(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+)?\p{Sc}?$/iu.test(sentence.slice(0, start)) || /^\s+(?:in total|in all|altogether|combined)\b/iu.test(sentence.slice(end)));
    // ("How much will it cost?": a sum is the answer, when the question names nothing else to match.)
    const costOnly = kind === 'money' && asksCostOnly(want);
    // "the 3,343-metre summit": "3,343 metres".
    // ("the 25-cent fare": "25 cents".)
    // ("a 22,000-square-foot addition": "22,000 square feet".)
    const hyphenUnit = kind === 'measure' ? /^-(?:(?:square|cubic)-(?=\p{L}))?([\p{L}]+)/u.exec(sentence.slice(end)) : kind === 'money' ? HYPHEN_MONEY.exec(sentence.slice(end)) : null;
    const priceNoun = kind === 'money' && hyphenUnit ? QUALIFIED_NOUN.exec(sentence.slice(end + hyphenUnit[0].length))?.[0] : undefined;
    // (A whole undertaking's is what it costs in all, when the question asks a total or names an undertaking: "the
    // 18-million-rial project" for "What's the total price tag on the road job?".)
    const wholeCost = priceNoun !== undefined && GENERAL_COSTER.test(priceNoun.trim().split(/\s+/u).pop()!) && (asksTotal || asksUndertaking);
    // (... which is otherwise the price of its noun, not of anything else: not "How much does the card cost?")
    const priceOf = priceNoun && !wholeCost && !tokenize(priceNoun).some((t) => q.tokens.some((u) => u.stem === t.stem)) ? 0.5 : 1;
    // (Or a sum the question's cost or value verb stands just before, whatever else the question names: "How much is the
    // shutdown costing trucking firms every day?" for "each day of disruption was costing the sector about 1.2 million
    // euros".)
    const costed = kind === 'money' && !costOnly && want.some((t) => /^(?:cost(?:s|ing)?|worth|value|valued)$/u.test(t.norm)) && COST_BEFORE.test(sentence.slice(0, start));
    // ("How strong was the quake?": "a magnitude 5.9 earthquake", "a 6.1-magnitude quake".)
    const magnitude = asksMagnitude && (/\bmagnitude[\s-]+(?:of\s+)?$/iu.test(sentence.slice(0, start)) || /^(?:-magnitude|\s+magnitude|\s+on the Richter)\b/iu.test(sentence.slice(end))) ? 0.6 : 0;
    // ("By how much has the city's appetite for electricity risen?": "demand in Bata had grown by nearly 40 percent", a
    // change told with a verb of change and "by", whatever words the question uses for what changed.)
    // (Or with the verb just before it, "prices ... had fallen about 30%", "rose 14 percent"; or with "by" after what
    // was changed, "could cut losses by more than 70%"; or with its noun and "of", "a fall of nearly 59 percent".)
    // (More when it goes the way the question says: "sunk" for "had fallen about 30%", "climb" for "rose 14 percent".)
    const changeBefore = sentence.slice(Math.max(0, start - 60), start);
    // ("How much cheaper are groceries on the Brazilian side?": a difference, "cost 20 to 40 percent less than in Rivera".)
    // (And "how much have sales at the tianguis fallen", which asks by how much too: "have dropped by about a third".)
    const toldChange = ((asksChangeBy || asksDifference || (asksChange && kind === 'percent' && BY_BEFORE.test(changeBefore))) && (CHANGE_BY_BEFORE.test(changeBefore) || CHANGED_BY.test(changeBefore) || CHANGED_THING_BY.test(changeBefore) || CHANGE_NOUN_OF.test(changeBefore))) || (asksDifference && DIFFERENCE_AFTER.test(sentence.slice(end)));
    const sameWay = toldChange && asksWay !== null && wayOf(changeBefore.split(/[,;]/u).at(-1)!) === asksWay;
    const changeTold = toldChange ? CHANGE_TOLD + (sameWay ? SAME_WAY : 0) : 0;
    // (A percentage, for a question that asks one in so many words, "by what percentage", "what share", as a unit is
    // for a measure: "30 to 45 per cent higher" for "By what percentage has rent gone up for some stalls?".)
    const typed = magnitude + changeTold + (preferred === 'measure' && rightUnit ? (unitClass ? 0.45 : 0.3) : costOnly || wholeCost ? 0.6 : costed ? COSTED : kind === 'percent' && percentNamed ? PERCENT_NAMED : preferred === kind && kind !== 'count' && kind !== 'measure' ? 0.1 : 0) + (total ? 0.4 : 0);
    const fullTail = nounTail(sentence.slice(end));
    // (Nor past what is counted into a verb and its object: "Five bell towers | dominate the skyline", for "how many bell
    // towers does the cathedral have".)
    const tailWords = tokenize(fullTail);
    const countedAt = tailWords.findLastIndex((t) => counted.has(t.stem));
    // (Nor a bare article: "48,000 | the year before" is "48,000".)
    const pastCounted = DETERMINER_END.test(fullTail) ? (countedAt >= 0 ? fullTail.slice(0, tailWords[countedAt]!.end) : fullTail.replace(DETERMINER_END, '')) : fullTail;
    // (Not an adverb left at its end, "80 to 100 customers | regularly wait"; nor when, unless a period is asked, "his 120
    // trees | last season", or with no noun at all, "cut by 40 percent | this year".)
    const untilVerb = untilAskedVerb(q, untilPeopleVerb(q, pastCounted)).replace(/(?<=\p{Ll}s)\s+\p{Ll}{3,}ly$/u, '');
    const wordTail = periodAsked ? untilVerb : untilVerb.replace(/(?:(?<=\p{Ll}s)|^)\s+(?:last|next|this)\s+(?:seasons?|years?|months?|weeks?|summer|winter|spring|autumn|fall|harvest|term)$/iu, '');
    // A measure or a sum ends with its unit: "about 4,700 hectares", not "about 4,700 hectares overlap".
    const unitTail = kind === 'money' ? (CURRENCY.exec(sentence.slice(end))?.[0] ?? '') : kind === 'measure' ? [UNITS, unitClass, /^\s*(?:square|sq\.?)\s+\p{L}+/iu].map((r) => r?.exec(sentence.slice(end))?.[0] ?? '').sort((x, y) => y.length - x.length)[0]! : '';
    // (With a direction or a rate after it: "about 25 miles away", "22 nautical miles west", "two metres a year".)
    const byThing = kind === 'money' ? thingRate?.exec(sentence.slice(end))?.[0] : undefined;
    const unitEnd = byThing ?? (unitTail && !unitTail.startsWith('-') ? unitTail + (MEASURE_AFTER.exec(sentence.slice(end + unitTail.length))?.[0] ?? '') : '');
    // ("How many hours was the sample left in the car?": "almost 60 hours before it was sent", the hours kept.)
    // (With the hours' kind: "at least 1,500 flying hours", which the words up to a participle would cut.)
    const timeUnit = /^\s+(?:(?:extra|additional|overtime|\p{Ll}{3,}ing)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/iu.exec(sentence.slice(end))?.[0];
    const countedTime = timeUnit !== undefined && timeUnit.startsWith(wordTail) && tokenize(timeUnit).some((t) => counted.has(t.stem)) ? timeUnit : '';
    // ("84 domestic and regional flights", "62 government primary and secondary schools": the whole noun, when it is
    // what is counted.)
    const pair = /^\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+\s+(?:and|or)\s+[\p{Ll}-]+\s+([\p{Ll}-]+)/u.exec(sentence.slice(end));
    const pairTail = pair && tokenize(pair[1]!).some((t) => [...counted].some((c) => match(q, c, t.stem) >= 0.6)) ? pair[0] : '';
    // ("winning 52 of the 84 votes cast": "52 of the 84 votes", the whole it is part of, when it has no noun of its own.)
    // (Only when it ends with a plural noun: not "214 of the district's 260 government" for "... government and
    // church-run schools".)
    const ofAll = partitive && /\d/u.test(partitive[0]) ? `${partitive[0].trimEnd()}${nounTail(` ${sentence.slice(end + partitive[0].length)}`)}` : '';
    const wholeTail = /(?:[^s]s|children|people|men|women|staff|police|personnel)$/iu.test(ofAll) ? ofAll : '';
    // ("with six more due before December": "six more", with no noun of its own after it.)
    const tail = moreOf || unitEnd || pairTail || countedTime || wordTail || wholeTail;
    // "fewer than 50 animals", "about 1.2 million kroner": the qualifier belongs to the figure; so does the low end
    // of a range ("40 to 60 millimetres").
    // ("between 4.2 million and 6.8 million rupiah": with its scale word; "between 7 percent and 12 percent".)
    // (Not a change: "cut from $14 million to $11.4 million".)
    // (A minus sign is the figure's too, "fell to -21°C" or "minus 14 degrees", and so are a dollar's letters:
    // "NZ$31.40", "TT$310 million".)
    const low = signedStart(sentence, first) - (/(?:^|[\s(])(?:[-−]|minus\s+)$/iu.exec(sentence.slice(0, first))?.[0].trimStart().replace(/^\(/u, '').length ?? 0);
    const qualifier = QUALIFIER.exec(sentence.slice(0, low));
    const from = changedFromTo ? first - changedFromTo[1]!.length : qualifier ? low - qualifier[0].length : low;
    // (Nor is a sum that another thing costs, in a clause that names nothing of what is asked: "a taxi to the capital can
    // cost B$40 to B$50" for what the bridge cost.)
    // (Or named after it: "Built ... at a cost of 84 million shillings, the grain-drying and storage facility was
    // designed to ..." is no cost of a replacement burner.)
    const coster = kind === 'money' && costSubjectStems.length > 0 ? (COSTER_BEFORE.exec(sentence.slice(0, from))?.[1] ?? (COST_OF_BEFORE.test(sentence.slice(0, from)) ? COSTER_AFTER.exec(sentence.slice(end))?.[1] : undefined)) : undefined;
    const costerWords = coster ? tokenize(coster).filter((w) => !STOPWORDS.has(w.norm)) : [];
    const asksCoster = (w: Token): boolean => costSubjectStems.some((c) => match(q, c, w.stem) > 0);
    // (Not a clause of its own: "a measure he estimated would cost about 15,000 euros".)
    const otherCoster = costerWords.length > 0 && !/\b(?:he|she|they|we|i|you|it)\b/iu.test(coster!) && !costerWords.some((w) => GENERAL_COSTER.test(w.norm) || asksCoster(w)) && !tokenize(clauseAround(sentence, start)).some(asksCoster) ? 0.5 : 1;
    // ("How much did the borehole cost?": "the borehole, which cost 85 million CFA francs", its own cost.)
    if (costerWords.some(asksCoster) && /,\s+which\s+(?:[\p{L}-]+\s+){0,2}?cost\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|an\s+estimated\s+)?\p{Sc}?$/u.test(sentence.slice(0, from))) context = Math.max(context, OWN_LEVEL_FIT);
    const squared = hyphenUnit ? /^-(square|cubic)-/u.exec(hyphenUnit[0])?.[1] : undefined;
    const unit = (squared ? `${squared} ` : '') + (hyphenUnit ? (/^foot$/iu.test(hyphenUnit[1]!) ? 'feet' : /^penny$/iu.test(hyphenUnit[1]!) ? 'pence' : /s$/u.test(hyphenUnit[1]!) || ABBREVIATED_UNIT.test(hyphenUnit[1]!) || /^(?:yen|yuan|rand|baht|won|naira|ringgit|rupiah|taka|kip|horsepower)$/iu.test(hyphenUnit[1]!) ? hyphenUnit[1]! : `${hyphenUnit[1]}s`) : '');
    // ("For how many years is the land leased?": "a 40-year lease", as written, as a how-long question is answered.)
    const spanOf = kind === 'duration' ? /^-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/iu.exec(sentence.slice(end)) : null;
    const spanNoun = spanOf ? QUALIFIED_NOUN.exec(sentence.slice(end + spanOf[0].length)) : null;
    const spanArticle = spanNoun ? articleBefore(sentence, from) : '';
    // ("The 420 million Barbados dollar ($210 million) project": a sum, in the plural.)
    // ("a 1.5-kilometer walk" for "How far does the vegetable seller have to carry her container?": a measure that
    // qualifies a noun the question does not name, as written, as a span's is; not "the 3,343-metre summit" for "how high
    // is the summit", nor an abbreviated unit, "120 kg" of "the 120-kg male".)
    const measuredNoun = kind === 'measure' && hyphenUnit && !ABBREVIATED_UNIT.test(hyphenUnit[1]!) ? /^\s+\p{Ll}+(?<!ed|ing|ly)\b(?!-)/u.exec(sentence.slice(end + hyphenUnit[0].length)) : null;
    // (Nor one whose noun the question names past a word of its kind: "a 4-metre earth embankment" for "how tall is the
    // embankment".)
    // (Or past two words joined: "The 18-metre brick and steel tower" for "how tall is the tower".)
    const measuredPhrase = measuredNoun ? (JOINED_NOUN.exec(sentence.slice(end + hyphenUnit![0].length))?.[0] ?? QUALIFIED_NOUN.exec(sentence.slice(end + hyphenUnit![0].length))?.[0] ?? measuredNoun[0]) : '';
    const measureNoun = measuredNoun && !tokenize(measuredPhrase).some((t) => q.tokens.some((u) => u.stem === t.stem)) ? measuredNoun : null;
    const measureArticle = measureNoun ? (/\b(?:a|an|the)\s+$/iu.exec(sentence.slice(0, from))?.[0] ?? '') : '';
    const text = (measureNoun ? `${measureArticle}${sentence.slice(from, end + hyphenUnit![0].length + measureNoun[0].length).trim()}` : hyphenUnit ? `${sentence.slice(from, end).trim().replace(/-(?=(?:million|billion|trillion)$)/u, ' ')} ${unit}` : spanNoun ? `${spanArticle}${sentence.slice(from, end + spanOf![0].length + spanNoun[0].length).trim()}` : sentence.slice(from, end + tail.length).trim()).replace(/(?<=\d(?:\s+(?:million|billion|thousand|trillion))?\s+(?:\p{Lu}\p{Ll}+\s+)?)dollar$/u, 'dollars');
    const to = measureNoun ? end + hyphenUnit![0].length + measureNoun[0].length : hyphenUnit ? end + hyphenUnit[0].length : spanNoun ? end + spanOf![0].length + spanNoun[0].length : end + tail.length;
    // ("how much has the sorghum price fallen": "sold for between 35,000 and 40,000 Sudanese pounds ..., down from about
    // 62,000 pounds in early January", the change told after the level it reached: both levels, as "from ... to ...".)
    const cameFrom = asksChange && !changedFromTo && (kind === 'money' || kind === 'measure') ? LEVEL_CAME_FROM.exec(sentence.slice(to)) : null;
    const levels = cameFrom ? `from ${cameFrom[1]} to ${text}` : text;
    // "hundreds of products" gives way to "266 products" in another sentence.
    // ("one of 312 residents named as plaintiffs": a member of what is counted, not its count.)
    // ("small family workshops that employ between five and 30 people": each one's, not the trade's, unless asked per one.)
    const eachOne = !perOne && /\b\p{Ll}+s\s+(?:that|which)\s+(?:each\s+)?(?:employ|have|hold|seat|house)\s+(?:between\s+\S+\s+and\s+|about\s+|around\s+|up\s+to\s+)?$/u.test(sentence.slice(0, start)) ? 0.5 : 1;
    const vague = eachOne * (/^(?:hundreds|thousands|dozens|millions)$/iu.test(raw.trim()) ? 0.6 : /^one$/iu.test(raw.trim()) && /^\s+of\b/u.test(sentence.slice(end)) ? 0.3 : 1);
    // "Two patients have died and nine others have fallen ill": the rest of a whole another figure began, which gives
    // way to the whole ("All 11 cases"). (And "registered to carry 29": what it may hold, unless that is asked.)
    // ("How many flamingos were counted?": not "Flamingos and at least 60 other bird species", which counts the others.)
    const besides = /^\s+other\b/u.test(sentence.slice(end)) ? /(\p{L}+)\s+and\s+(?:at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$/u.exec(sentence.slice(0, start))?.[1] : undefined;
    // ("How many more solar drying sheds are due?": "six more", before the 18 handed over already.)
    const additional = ASKS_MORE.test(q.text) && MORE_AFTER.test(sentence.slice(end)) ? 1.3 : 1;
    const others = /^\s+others\b/u.test(sentence.slice(end)) && /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\b[^.;]*\band\s+$/iu.test(sentence.slice(0, start)) ? 0.7 : besides && counted.has(stem(normalizeWord(besides))) ? 0.3 : 1;
    // ("Uruguay, a country of about 3.4 million people": how many live there, which answers only a question about that.)
    const population = !asksPopulation && POPULATION_BEFORE.test(sentence.slice(0, start)) ? 0.3 : 1;
    // (Or a place it was built for: "designed for a city of about 400,000 people" is no count of who lives there now.)
    // ("How many staff flats could the firm put up?" asks what there is room for.)
    const capacity = !/\b(?:carry|carries|hold|holds|seat|seats|capacity|licensed|registered|allowed|designed|room|maximum|up to|could|can)\b/iu.test(q.text) && /\b(?:to\s+(?:carry|hold|seat|take)|licensed\s+(?:to\s+carry\s+|for\s+)|capacity\s+(?:of|for)|designed\s+for|built\s+for|room\s+for|seats?\s+for)\s+(?:(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:city|town|village|population|community)\s+of\s+)?(?:up\s+to\s+|about\s+|only\s+|just\s+)?$/iu.test(sentence.slice(0, start)) ? 0.5 : 1;
    // ("How many people work at the Vatican Museums?": not "as many as 30,000 people passed through the galleries", a
    // figure whose own words say nothing of work.)
    const work = asksWorkforce && !WORK_WORDS.test(sentence.slice(Math.max(0, start - 60), Math.min(sentence.length, end + 60))) ? 0.3 : 1;
    // ("How many people live in Oran?": not "Hundreds of residents of Oran queued beside water tankers", some of them.)
    // (The people of a place the sentence names count: "Acklins and Long Cay, where roughly 2,400 people rely on the boats".)
    const peopleOfPlace = /\bwhere\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|more than\s+|fewer than\s+|only\s+|just\s+)?$/iu.test(sentence.slice(0, start));
    // ("... employed about 210 people at its peak ..., one of the largest private employers in a town of roughly 5,500
    // inhabitants": the words for living must be the figure's own, not another's in the sentence.)
    // (Or all the residents of a place, "For the roughly 3,800 residents of Neringa"; not "one of 312 residents named as
    // plaintiffs", nor "Hundreds of residents of Oran queued".)
    // (Or a count in digits of residents, in a sentence that names the place asked: "leaving about 480 residents without a
    // regular delivery" of a story about Peleliu, for "How many people live on Peleliu?"; not "Hundreds of residents", nor
    // "312 residents named as plaintiffs".)
    const residentsOfAsked = /^\d/u.test(raw.trim()) && !/\bof\s+(?:the\s+)?$/iu.test(sentence.slice(0, start)) && /^\s+(?:residents|inhabitants)\b(?!\s+(?:who|whose|named|listed|\p{Ll}+ed)\b)/u.test(sentence.slice(end)) && q.tokens.some((t) => t.capitalized && t.start > 0 && !STOPWORDS.has(t.norm) && sentenceTokens.some((w) => w.stem === t.stem));
    const allResidents = residentsOfAsked || (/\bthe\s+(?:(?:about|roughly|some|nearly|around|almost)\s+)?$/iu.test(sentence.slice(0, start)) && /^\s+(?:residents|inhabitants|people)\s+of\s+\p{Lu}/u.test(sentence.slice(end)));
    // (A place's kind "of" it counts only just before the figure: "in the Zimbabwean city of Gweru since July, putting about
    // 180 people out of work" is no population.)
    const living = !asksLiving || peopleOfPlace || allResidents || POPULATION_BEFORE.test(sentence.slice(0, start)) ? 1 : LIVING_VERBS.test(sentence.slice(Math.max(0, start - 40), Math.min(sentence.length, end + 30))) ? 1 : LIVING_WORDS.test(sentence) ? 0.6 : 0.3;
    // "The award included €41,000 for ...": a part, which gives way to the whole ("awarded €186,000").
    // (And a share given towards what a cost is asked of: "How much did the new press cost?" is not "had contributed 9
    // million CFA francs toward the press".)
    const costWanted = kind === 'money' && want.some((t) => /^(?:cost|costs|costing)$/u.test(t.norm));
    const towards = costWanted && /^\s+(?:[\p{L}-]+\s+){0,2}?towards?\b/iu.test(sentence.slice(end));
    // (Nor a fund set aside for it, less again: "had set aside Nu 60,000 from its annual budget for the repair, but ... the
    // full cost was estimated at Nu 280,000".)
    // (Nor, alone, a cost: "How much does the replacement diesel burner cost?" is not answered by "had set aside 6.5
    // million shillings for repairs".)
    const setAside = costWanted && /\b(?:set\s+aside|earmarked|allocated|pledged)\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?(?:\p{Lu}{1,3}\$?\s?)?\p{Sc}?$/u.test(sentence.slice(0, start)) ? 0.5 : 1;
    const part = towards || /\b(?:included|includes|including|of which|among them)\s+(?:about\s+|some\s+|roughly\s+|around\s+)?\p{Sc}?$/iu.test(sentence.slice(0, start)) ? 0.7 : 1;
    // "How many people died?": a figure whose own words say nothing of dying ("3.2 million students", "11,000 people
    // displaced") counts something else. (So for injuries and arrests.)
    const toll = askedToll && !askedToll.test(sentence.slice(Math.max(0, start - tollReach), Math.min(sentence.length, end + tollReach))) ? 0.3 : 1;
    // The clause the figure stands in, which several weights below read.
    const figureClause = clauseAround(sentence, start);
    // "54.6 percent of voters rejected ..., while 45.4 percent voted in favour": which side a vote's figure counts.
    const side = askedSide ? sideOf(figureClause) : null;
    const sideFactor = !askedSide || !side ? 1 : side === askedSide ? 1.3 : 0.5;
    // ("how much did entry cost for kids": "K5 for adults and K2 for children", the sum for those asked.)
    const whomTold = whomAsked !== undefined ? FOR_WHOM_AFTER.exec(sentence.slice(end)) : null;
    const whom = !whomTold ? 1 : payerStem(whomTold[2]!) === whomAsked || (whomTold[1] !== undefined && payerStem(whomTold[1]) === whomAsked) ? 1.3 : 0.5;
    // "killed 11 people and injured at least 34": the verb just before a figure says which toll it is.
    const verbBefore = askedToll ? VERB_BEFORE_FIGURE.exec(sentence.slice(0, from))?.[1] : undefined;
    // ("14 workers were evacuated and two were taken to hospital with burns": or what is said of those counted, just after.)
    const saidOf = askedToll ? /^\s+(?:[\p{L}-]+\s+)?(?:were|was|had been|have been|are|is)\s+([^,;.]*?)(?:\s+and\b|[,;.]|$)/u.exec(sentence.slice(end))?.[1] : undefined;
    // (Anything else said of them, "were evacuated", counts against the figure unless a toll verb stands before it.)
    const otherSaid = saidOf !== undefined && saidOf !== '' && !askedToll!.test(saidOf) ? 0.6 : 1;
    const tollVerb = !verbBefore ? otherSaid : askedToll!.test(verbBefore) ? 1.3 : TOLLS.some(([, words]) => words !== askedToll && words.test(verbBefore)) ? 0.5 : otherSaid;
    // ("how many pilots does TOPR need": "We need at least seven", the figure the question's own verb stands before, over
    // "We currently have four pilots".)
    // (Its bare verb after "does", not a participle that ends it: "how many drivers does the union want hired" is not
    // "had hired 240 drivers".)
    const deedVerb = deedStem !== undefined && (!/(?<!e)ed$/u.test(deedWord!) || PERFECT_DEED.test(q.text)) ? VERB_BEFORE_FIGURE.exec(sentence.slice(0, from))?.[1] : undefined;
    // (Or the question's perfect just after the figure: "how many members have given blood since February" for "his group
    // had 412 registered members and that fewer than 60 of them had given blood since February".)
    const didIt = perfectAsked !== undefined && tokenize(sentence.slice(end)).slice(0, 6).some((t) => t.stem === perfectAsked);
    // (Not what is only hoped for, for what has been done: "The district hopes to fill another 200 pits by the end of 2025"
    // for "how many pits have been filled".)
    const hopedFor = perfectAsked !== undefined && /\b(?:hopes?|hoped|plans?|planned|aims?|aimed|wants?|wanted|intends?|intended|expects?|expected)\s+to\s+\p{Ll}+\s+(?:another\s+|a\s+further\s+|an\s+extra\s+|(?:about|around|some|roughly|up\s+to)\s+)?$/iu.test(sentence.slice(0, from));
    const doneToThem = (deedVerb !== undefined && stem(normalizeWord(deedVerb)) === deedStem ? 1.5 : 1) * (didIt ? 1.3 : 1) * (hopedFor ? 0.5 : 1);
    // ("How many people were on the bus?": "killing 27 people" counts the dead, which only a toll asks.)
    const unaskedToll = !askedToll && /\b(?:killing|killed|kills|injuring|injured|wounding|wounded)\s+(?:at least\s+|about\s+|around\s+|some\s+|nearly\s+|more than\s+|another\s+)?$/iu.test(sentence.slice(0, from)) ? 0.6 : 1;
    // "214 of the district's 260 schools did not open": the part answers, not the whole it is of, unless a total is
    // asked ("how many schools are there"). (A part with its own noun and no whole's number is itself what is counted:
    // "3,500 foreign soldiers, 2,500 of them Americans" for "how many american soldiers are there".)
    // (Not a measure of the thing asked: "five floors of the 64-meter tower" for "how tall is the tower".)
    const measuredThing = kind === 'measure' ? /^-\p{L}+\s+(\p{L}+)/u.exec(sentence.slice(end))?.[1] : undefined;
    const askedMeasured = asksWord(q, measuredThing);
    const ofWhole = !askedMeasured && PART_OF_BEFORE.test(sentence.slice(0, from));
    // (Nor the measure of another thing beside the one asked: "The 300-metre beach on the northern bank of Velenje Lake" for
    // "how big is the lake".)
    const measuredStem = measuredThing !== undefined && /^\p{Ll}+$/u.test(measuredThing) && !askedMeasured && !STOPWORDS.has(measuredThing) ? stem(normalizeWord(measuredThing)) : undefined;
    const besideAsked = measuredStem !== undefined && countedTokens.some((t) => t.stem !== measuredStem && sentenceTokens.some((u) => u.stem === t.stem));
    // ("412 of the cases had been recorded in the past seven days" for "how many cases are there": a part of the very
    // thing counted, not "2,500 of them Americans".)
    const ofCounted = partitive !== null && /\bof\s+(?:the|its|their|his|her|our|these)\s+$/iu.test(partitive[0]) && nounWords.slice(0, 2).some((t) => counted.has(t.stem));
    // ("How many people were injured in the crush?": not "31 of the injured had been taken to the hospital", a part of
    // the toll, but "at least 47 injured".)
    const ofToll = askedToll !== undefined && /^\s+of\s+the\s+(?:injured|wounded|dead|missing|victims|casualties|arrested|detained)\b/iu.test(sentence.slice(end));
    // ("How many of the fishermen have been paid?": a part, never "of the 3,200 fishermen registered with his group", the
    // whole it is of.)
    const wholeOfPart = asksPart && /\bof\s+(?:the|its|their|his|her)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?$/iu.test(sentence.slice(0, from));
    // ("Of the 120 Yutong buses ..., only 38 were running": likewise the whole a part that follows is of, when the
    // question asks what is said of the part: "How many buses were running?", not "How many buses did the city receive?")
    const partAfter = /^\s*(?:Of|Among)\s+(?:the\s+(?:[\p{L}-]+['’]s?\s+)?|its\s+|their\s+)(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?$/u.test(sentence.slice(0, from)) ? /^[^,;]+,\s+(?:(?:only|just|about|some|roughly|nearly|around)\s+)?\d[\d,.]*([^,;]*)/u.exec(sentence.slice(end)) : null;
    const frontWhole = partAfter !== null && tokenize(partAfter[1]!).some((t) => !STOPWORDS.has(t.norm) && q.tokens.some((u) => u.stem === t.stem));
    // ("how many olive growers are registered with the chamber": "1,150 of its roughly 2,600 registered olive growers had
    // sent fruit", the whole, when the question names what describes it and nothing the part did.)
    const describedWhole = (at: number): boolean => {
      const clause = tokenize(/^[^,;.]*/u.exec(sentence.slice(at))![0]);
      const noun = clause.findIndex((t) => counted.has(t.stem));
      const named = (ts: Token[]): boolean => ts.some((t) => !STOPWORDS.has(t.norm) && !counted.has(t.stem) && q.tokens.some((u) => u.stem === t.stem));
      return noun >= 0 && named(clause.slice(0, noun)) && !named(clause.slice(noun + 1));
    };
    const partOfNamedWhole = partitive !== null && /\d/u.test(partitive[0]) && describedWhole(end + partitive[0].length);
    const namedWhole = ofWhole && describedWhole(end);
    // ("How many of the mine's guides are women?": not "the 14 guides", the whole.)
    const theWhole = wholeAsked !== undefined && head !== undefined && head.stem === wholeAsked;
    // ("How many patients are waiting for an MRI scan?": not "at least 40 of her patients", one person's share of those
    // who are; but "killed 14 of his sheep" is what the bear did.)
    const onesOwn = !past && !asksPart && partitive !== null && /^\s+of\s+(?:his|her)\s/iu.test(partitive[0]) && nounWords.slice(0, 2).some((t) => counted.has(t.stem));
    const whole = besideAsked ? 0.5 : asksWhole ? (partitive && (/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s*$/iu.test(partitive[0]) || ofCounted) ? 0.6 : 1) : wholeOfPart || theWhole ? 0.3 : (ofWhole && !namedWhole) || ofToll || frontWhole || partOfNamedWhole || onesOwn ? 0.6 : 1;
    // "By how many votes did she lose?": "lost the race by just 312 votes", the figure after "by".
    // ("By how much has foreign flour gotten more expensive?": a change told without "by" too, "a 35% rise", "rose 14
    // percent".)
    const told = /\bby\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|less than\s+|fewer than\s+)?\p{Sc}?$/iu.test(sentence.slice(0, low)) || (asksChangeBy && (CHANGED_BY.test(sentence.slice(0, low)) || CHANGE_NOUN_OF.test(sentence.slice(0, low)) || CHANGE_NOUN_AFTER.test(sentence.slice(end))));
    // (Not where something lies: "about 120 kilometres east of the city" tells no change.)
    const lies = dimension === 'far' || (kind === 'measure' && /^\s*\p{L}+(?:\s+\([^()]{1,30}\))?\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b/iu.test(sentence.slice(end)));
    const byFigure = asksBy ? (told ? 1.3 : lies && !DISTANCE_ASKED.test(q.text) ? 0.2 : 0.7) : 1;
    // "How much does a nurse earn a month?": a figure in a sentence that gives no monthly rate ("212 million rupees")
    // is some other sum; so is one with another rate ("50 million euros a day" for "an hour").
    const ownRates = askedRate ? ratesOf(/^[^,;.]*/u.exec(sentence.slice(end, end + 40))![0]) : null;
    // (Not for a span asked per year that a season's length gives, a season being once a year: "How many months a
    // year can they build?", "a construction season that lasts barely five months".)
    const spanPerPeriod = kind === 'duration' && askedRate === 'year' && /\b(?:season|seasons|summer|winter)\b/iu.test(sentence);
    // (A year the question gives, "back in 2023", may only date what it counts, told with no rate of its own: "whose 3,700
    // residents were moved out in November 2023".)
    // (Nor for this week's, told by its days: "How many workshops did inspectors visit this week?", "visited 47 workshops
    // ... between Monday and Thursday".)
    // ("How much does a secondary school teacher get paid?": not "A primary teacher in Torit earns about 28,000 South
    // Sudanese pounds", the other kind.)
    const otherKindTold = contrasts.some(([asked, other]) => sentenceWords.has(other) && !sentenceWords.has(asked)) ? 0.5 : 1;
    // ("How many nurses work at the health centre?": not "which serves about 4,200 people", those it serves.)
    const served = asksStaff && SERVED_BEFORE.test(sentence.slice(0, start)) ? 0.5 : 1;
    // ("How much does a jerrycan cost at the kiosks this week?": not "cost 12 U.S. cents in early March", a figure the
    // sentence dates to another time, when it tells the asked one's too.)
    // ("how many palms does Chongo have left": not "I had 250 palms", when "Now I have 80 standing" follows.)
    const hadThen = asksLeft && /\bhad\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$/iu.test(sentence.slice(0, start)) && /\b(?:[Nn]ow|today|these\s+days)\b/u.test(sentence.slice(end)) ? 0.5 : 1;
    const thenNotNow = (asksCurrent && THEN_DATED.test(sentence.slice(end, end + 40)) && CURRENT.test(sentence) ? 0.6 : 1) * hadThen;
    const rate = !askedRate || spanPerPeriod || (ownRates!.size ? ownRates! : sentenceRates!).has(askedRate) || (askedRate === 'month' && SINCE_MONTH_START.test(sentence)) || (askedYearWritten !== null && ownRates!.size === 0 && askedYearWritten.test(sentence)) || ((weekAsked || weekdaysAsked !== undefined) && ownRates!.size === 0 && weekdayTold) ? 1 : 0.4;
    // (1 when nothing about the figure itself speaks against it.)
    // ("How many ballots were declared invalid?": "The 1,106 ballots declared invalid on election night will also be
    // re-examined", whose own participle, the question's verb, says when; not the clause's "will".)
    const participle = /^\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}{3,}ed)\b/u.exec(sentence.slice(end))?.[1];
    // (Or a figure the sentence dates as gone by, whatever its clause's verb: "could still beat last season's total of
    // 62,000 visitors".)
    const datedPast = past && /\b(?:last|previous|past)\s+(?:season|year|month|week|summer|winter|spring|autumn|harvest)['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$/iu.test(sentence.slice(0, start));
    // (Or its own relative clause's past: "would not renew a grant of 1.2 million euros ($1.3 million) that had paid for
    // the dig since 2019" answers "How much was the foundation's grant worth?".)
    const pastRelative = past && /^\s*(?:[\p{L}-]+\s+){0,2}?(?:\([^()]{1,30}\)\s*)?(?:that|which)\s+(?:had|was|were|\p{Ll}{3,}ed)\b/u.test(sentence.slice(end));
    const ownTense = datedPast || pastRelative || (participle !== undefined && q.terms.some((t) => t.stem === stem(participle)));
    // ("How much was the fine?": not "The prosecution had asked for a fine of 2.5 million euros", what was sought.)
    // ("How many votes did Mbarga get?": not "defeated Emmanuel Tchoumi, a businessman ..., who received 29 votes", a
    // figure of the one the relative clause is about, who is someone other than the person asked about.)
    const whose = askedNames.length > 0 ? whoClauseIsAbout(sentence.slice(0, low)) : undefined;
    const someoneElse = whose !== undefined && !tokenize(whose).some((t) => askedNames.includes(t.stem)) ? 0.5 : 1;
    const ownersOwn = setByOwner?.test(sentence.slice(end)) ? 1.5 : 1;
    // ("what is the fine for hiking without a permit": "a fine of 500 dirhams, rising to 1,000 dirhams for a second
    // offence", the higher one only for what the question does not ask.)
    const raisedFor = ESCALATED_FOR.exec(`${sentence.slice(Math.max(0, start - 30), start)}\u0000${sentence.slice(end)}`);
    const escalated = raisedFor && !tokenize(raisedFor[1]!).some((t) => !STOPWORDS.has(t.norm) && q.tokens.some((u) => u.stem === t.stem)) ? 0.6 : 1;
    // ("How much does the permit cost?": not "could face a fine of 500 dirhams, rising to 1,000 dirhams", a penalty, unless
    // one is asked.)
    const penalty = kind === 'money' && /\b(?:fine|fined|penalty|penalties)\b[^.;]{0,40}$/iu.test(sentence.slice(0, start)) && penaltyUnasked ? 0.5 : 1;
    const had = holderStem !== undefined ? HAS_BEFORE.exec(sentence.slice(0, start)) : null;
    const holderHas = had && tokenize(sentence.slice(Math.max(0, had.index - 80), had.index)).some((t) => t.stem === holderStem) ? HOLDER_FIT : 1;
    // (Nor "had asked the authority to cut the fee for pirogue passengers to Rs 100": a level someone wants set; nor "The
    // workers want a minimum of 400 dirhams (about $40) a day", for what extras are paid.)
    const sought = !SEEKING.test(q.text) && (/\b(?:asked\s+for|sought|seeking|seeks|demand|demands|demanded|demanding|want|wants|wanted|called\s+for|calling\s+for|requested|requesting)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|up\s+to\s+|at\s+least\s+)?\p{Sc}?$/iu.test(sentence.slice(0, start)) || ASKED_TO_SET.test(sentence.slice(0, start))) ? 0.5 : 1;
    // ("How big is this year's crop expected to be?": "about 290,000 metric tons, compared with roughly 560,000 tons last
    // year", the second the figure it is measured against, which answers only a question about before.)
    // (Unless the question names what the baseline is of: "how many malaria cases were there in the control group" for
    // "312 cases ..., compared with 1,076 in the control group".)
    const baselineOf = tokenize(/^[^,.;]*/u.exec(sentence.slice(end))![0]).some((t) => !counted.has(t.stem) && !TIMES.has(t.stem) && !/^(?:year|month|week|dai|season)$/u.test(t.stem) && !STOPWORDS.has(t.norm) && q.terms.some((x) => x.stem === t.stem));
    // (Nor a figure of the year asked: "how many dhows did Dini build in 2022" for "only two dhows so far this year,
    // compared with nine in 2022".)
    const baseline = !asksBefore && !baselineOf && !ofPeriodAsked && /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?\p{Sc}?$/iu.test(sentence.slice(0, start)) ? 0.6 : 1;
    // (A rate elsewhere in the sentence is no unit's price: "refitted at a cost of 4.2 million rupees ..., and expects to
    // process 30 to 40 tonnes ... a month" for "how much does a litre of the oil sell for".)
    const perHeadHere = (): boolean => perHead && PER_HEAD.test(`${/[^,;]*$/u.exec(sentence.slice(0, start))![0]}${raw}${/^[^,;]*/u.exec(sentence.slice(end))![0]}`);
    const wholesale = perOne && kind === 'money' && /\b(?:million|billion|trillion|bn)\b/iu.test(raw + sentence.slice(end, end + 12)) && !perHeadHere() ? 0.3 : 1;
    // ("What distance does the fisherman travel by his own boat?": "about 70 miles away", not "his own 22-foot skiff",
    // the size of a thing; "a 1.5-kilometer walk" is a way gone.)
    const thingSize = measuredNoun && DISTANCE_ASKED.test(q.text) && !WAY_NOUN.test(measuredNoun[0]) ? 0.5 : 1;
    // ("11,000 of the planned 42,000 tonnes had been loaded": what was planned answers only a question about the plan.)
    const planned = /\d\s+of\s+(?:the|its|their)\s+(?:planned|expected|scheduled|targeted|projected|promised|intended)\s+$/iu.test(sentence.slice(0, start)) && !/\b(?:plan|plans|planned|supposed|expected|meant|scheduled|target|targeted|intended|due|total|whole)\b/iu.test(q.text) ? 0.5 : 1;
    // ("how much cocoa does the estate expect to harvest this season": "had harvested 61 tonnes in 2023 but expected no
    // more than 40 to 45 tonnes this season", the figure the expectation is of, not the one before it.)
    // (The question's own word for it: "expected to cost" is not about "the last official forecast".)
    const unforeseen = expectedHere && !expectation!.test(figureClause) ? 0.5 : 1;
    // ("How many of Alpadent's current employees commute from Austria?": not "founded it in 1994 with 12 employees", a
    // figure of a year gone by.)
    // (The year must be the figure's own, with no other figure between: not "risen to 11.2 million euros this year from
    // 8.7 million euros in 2022".)
    // (Or of a month just after it, when the sentence goes on to now's: "a melon that cost 35 lempiras in January was
    // selling for 15 to 20 lempiras on Friday"; not the level a change reached then, "cut the weight of a bundle from 1.1
    // kilograms to 950 grams in August", "had reached 52 degrees Celsius in March".)
    // (Not the level a change reached from a dated one: "from about 2,000 in 2010 to fewer than 500 today".)
    const ownYear = (/\bin\s+(?:19|20)\d{2}\b[^\d]*$/u.test(sentence.slice(Math.max(0, start - 60), start)) && !/\d\s+in\s+(?:19|20)\d{2}\s+to\s+(?:\p{Ll}+\s+){0,2}\p{Sc}?$/u.test(sentence.slice(0, start))) || /^[^\d]*\bin\s+(?:19|20)\d{2}\b/u.test(sentence.slice(end, end + 40)) || (OWN_MONTH_AFTER.test(sentence.slice(end, end + 30)) && !/\bto\s+(?:\p{Ll}+\s+)?\p{Sc}?$/u.test(sentence.slice(0, start)) && NOW_LATER.test(sentence.slice(end)));
    const outdated = asksPresent && ownYear && pastClause(figureClause) ? 0.4 : 1;
    // (A figure of what only may be, "40 to 60 millimetres of rain could fall", weighs less again for what happened.)
    const mayBe = past && !ownTense && /\b(?:[Cc]ould|may|[Mm]ight)\b/u.test(figureClause) ? 0.6 : 1;
    // ("How much did the renovation cost?": not "her monthly rent had risen by $150 to $1,230 after the renovation", a
    // sum of another kind than the cost asked, which the question does not name.)
    const payKind = kind === 'money' && want.some((t) => /^(?:cost|costs|costing)$/u.test(t.norm)) ? PAY_KIND.exec(figureClause)?.[0] : undefined;
    const payStem = payKind === undefined ? undefined : stem(normalizeWord(payKind));
    // (Unless the question asks it by what is paid for: a ride's cost is its fare, a flat's its rent; not what it costs
    // to buy one, "How much does a new minibus cost to buy?".)
    const paidFor = payStem !== undefined && !/\b(?:buy|buying|bought|purchase|purchasing)\b/iu.test(q.text) && q.tokens.some((t) => PAID_FOR.get(payStem)?.test(t.norm));
    const otherPay = payStem !== undefined && !paidFor && !q.tokens.some((t) => t.stem === payStem) ? 0.6 : 1;
    // ("what pay rise in percentage terms did the bosses put on the table": not "brands had cut the prices they pay per
    // garment by around 6 percent", a change the other way.)
    const otherWay = changeAsked !== null && (kind === 'percent' || kind === 'money') && wayOf(figureClause) === (changeAsked === 'up' ? 'down' : 'up') ? 0.5 : 1;
    // ("How much was the only bid for the repair?": not "has set aside 600,000 euros ... for the repairs", a sum its
    // sentence never calls a bid.)
    const unnamedSum = sumNounStem !== undefined && kind === 'money' && !tokenize(sentence).some((t) => sumStems.has(t.stem)) ? 0.6 : 1;
    // ("How much did the cold store cost?": what it cost once, not "had agreed to pay 10 cedis a week each towards running
    // costs", a sum paid by the week, unless a rate or a running charge is asked.)
    // (So for a total, whatever the tense: "What's the total price tag on the road job?" is not "Mooring there costs 15
    // Omani rials ($39) a month per boat".)
    const recurring = kind === 'money' && !askedRate && (past || asksTotal) && want.some((t) => /^(?:cost|costs|costing)$/u.test(t.norm)) && !RUNNING_CHARGE.test(q.text) && /^\s*(?:[\p{L}-]+\s+){0,2}?(?:\([^()]{1,30}\)\s+)?(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|night)\b/iu.test(sentence.slice(end)) ? 0.5 : 1;
    // ("How much money has the government set aside to subsidise the wool depot?": a fund, not "a subsidised price of 24
    // dinars a kilo", what one unit costs.)
    const unitPrice = kind === 'money' && FUND_ASKED.test(q.text) && perThing === undefined && !askedRate && /^\s*(?:[\p{L}-]+\s+)?(?:a|an|per|each)\s+\p{L}+/u.test(sentence.slice(end)) ? 0.4 : 1;
    // ("How many sheep are on Texel?": not "has left 58 sheep dead", a toll no one asked for.)
    const tollUnasked = askedToll === undefined && /\s(?:dead|killed|injured|wounded|missing)$/u.test(text) ? 0.5 : 1;
    const aidedPrice = aided?.test(sentence.slice(0, start)) ? 0.3 : 1;
    const discount = tollUnasked * (byThing !== undefined ? 1.5 : 1) * doneToThem * additional * recurring * unitPrice * setAside * unnamedSum * otherWay * otherPay * mayBe * outdated * unforeseen * planned * living * thingSize * wholesale * baseline * someoneElse * sought * toll * work * unaskedToll * rate * part * others * capacity * population * fits * vague * level * (ownTense ? 1 : tenseFactor(past, sentence, start));
    // ("four ships" for "how many ferries" is a noun of its own, but a related one.)
    // (Told as a magnitude, not as the words after it: "a magnitude 5.9 earthquake struck" -> "magnitude 5.9".)
    const asMagnitude = magnitude ? { text: `magnitude ${raw.trim()}`, start, end } : null;
    // ("What percentage of predatory fish were over the limit?": "47%" more than the lede's "nearly half".)
    const inWords = asksPercentFigure && FRACTION_ALONE.test(raw.trim()) ? 0.6 : 1;
    // ("how many votes did Peric get": "gave Ivana Perić ... 31,418 votes", not "Sixty-three votes is a small number",
    // a count spoken of as an amount, with a verb in the singular.)
    const spokenOf = kind === 'count' && /^\s+(?:[\p{L}-]+\s+){0,2}(?:is|was)\s+(?:a|an|not|too|just|only|nothing|no)\b/u.test(sentence.slice(end)) ? 0.5 : 1;
    // ("How many children does Taake Ioane have?": not "two children were treated for cuts", children who are no one's
    // in the sentence; "her three children", "has four children", "a mother of five" are someone's.)
    const unowned = asksKin && !OWNED_BEFORE.test(sentence.slice(0, start)) ? 0.2 : 1;
    // ("How much does Yelitza Fernandez get as a monthly pension?": not "worth about $25 ..., more than her monthly
    // pension", a figure set against the thing asked, not its value.)
    const setAgainst = COMPARED_WITH.exec(sentence.slice(end))?.[1];
    // (Unless the figure's own clause names the thing asked: "his monthly diesel bill had reached US$4,500, more than the
    // entire wage bill" for "how much was his diesel bill".)
    const ownClause = new Set(tokenize(sentence.slice(Math.max(0, lastClauseComma(sentence, start)), start)).map((t) => t.stem));
    const weighty = want.filter((w) => w.weight >= 0.5 && !STOPWORDS.has(w.norm));
    const comparedWith = setAgainst !== undefined && tokenize(setAgainst).some((t) => !STOPWORDS.has(t.norm) && weighty.some((w) => w.stem === t.stem)) && !weighty.every((w) => ownClause.has(w.stem)) ? 0.3 : 1;
    // ("how much does a hip replacement cost in a private clinic": not "costs the public system roughly 4.8 million pesos,
    // ... compared with between 6 million and 7 million pesos at a private clinic", the other figure's setting asked.)
    const otherSetting = COMPARED_SETTING.exec(sentence.slice(end))?.[1];
    const settingAsked = otherSetting === undefined ? [] : tokenize(otherSetting).filter((t) => !STOPWORDS.has(t.norm) && weighty.some((w) => w.stem === t.stem));
    const elsewhere = settingAsked.length > 0 && !tokenize(figureClause).some((t) => settingAsked.some((w) => w.stem === t.stem)) ? 0.5 : 1;
    // ("How much will Çaykur pay per kilogram of fresh leaf?": not "often pay 1 to 2 lira less per kilogram", a
    // difference, which answers only a question about one.)
    const difference = /^\s+(?:less|more|cheaper|dearer|higher|lower|extra)\b/iu.test(sentence.slice(to)) && !asksChange && !asksChangeBy && !/\b(?:less|more|cheaper|dearer|pricier|higher|lower|extra|difference|gap|than|above|below|under|over|compared)\b/iu.test(q.text) ? 0.5 : 1;
    // ("How many passengers does Adriatic Skyport expect in its first year?": not "whenever passenger numbers fall below
    // 1.2 million a year", a threshold, unless one is asked.)
    const threshold = THRESHOLD_BEFORE.test(sentence.slice(0, start)) && !THRESHOLD_ASKED.test(q.text) ? 0.3 : 1;
    const measuredOf = material.length ? UNIT_OF.exec(sentence.slice(end))?.[1] : undefined;
    // (By the word, a word news uses for it or a WordNet one: not by a word-vector neighbour, "rice" for "bananas".)
    const otherMaterial = measuredOf !== undefined && !tokenize(measuredOf).some((t) => material.some((m) => countedMatch(m.stem, t.stem) >= 0.5)) ? 0.3 : 1;
    // (Only where the sentence sets one time against another: "had revenue of 310 million euros ... in 2023 and made a
    // loss of 27 million euros" dates both.)
    const yearFit = !thenAndNow ? 1 : ofPeriodAsked ? 1.3 : NOW_AFTER.test(sentence.slice(end)) ? 0.4 : past && /\bnow\s+(?:\p{Ll}+\s+){0,2}(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+)?\p{Sc}?$/iu.test(sentence.slice(0, start)) ? 0.6 : 1;
    // ("How much did the company cut its price to?": the level reached, not "a 30 percent cut".)
    const changeNotLevel = asksToLevel && /^\s*(?:percent\b|per\s+cent\b|%)?\s*(?:cut|cuts|rise|rises|increase|increases|drop|drops|fall|falls|hike|hikes|reduction|decrease)\b/iu.test(sentence.slice(end)) ? 0.4 : 1;
    // ("How big is the site?": not "less than 500 metres from the site gate", a distance from it.)
    // (Nor "from villages within 10 kilometres of the site", a radius around it, which never sizes it.)
    const awayFrom = !sizeAsked || kind !== 'measure' ? 1 : /\bwithin\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$/iu.test(sentence.slice(0, start)) ? 0.25 : DISTANCE_AFTER.test(sentence.slice(end)) ? 0.5 : 1;
    // ("how many stalls are empty": "many of the 1,400 concrete stalls built by the municipality remain empty" tells only a
    // vague part of the 1,400, which the answer says.)
    const someOf = PART_BEFORE.exec(sentence.slice(0, from));
    const stateAfter = someOf ? STATE_AFTER.exec(sentence.slice(to)) : null;
    const partTold = someOf !== null && stateAfter !== null && q.tokens.some((t) => t.stem === stem(normalizeWord(stateAfter[1]!)));
    found.push({ ...(asMagnitude ?? (partTold ? { text: `${someOf[0]}${text}`, start: someOf.index, end: to } : { text: levels, start: from, end: to })), quality: (sumUnasked && kind === 'money' ? 0.8 : 1) * ownersOwn * holderHas * escalated * penalty * yearFit * otherDay * thenNotNow * difference * served * otherKindTold * otherMaterial * comparedWith * elsewhere * threshold * unowned * spokenOf * inWords * priceOf * otherCoster * anyone * sideFactor * whom * otherWorth * aidedPrice * tollVerb * byFigure * whole * fromSource * discount * awayFrom * changeNotLevel * (context + typed), doubtful: (ownNoun && nounMatch === 0) || theWhole || penalty < 1 || aidedPrice < 1 || served < 1 || otherKindTold < 1 || discount < 1 || priceOf < 1 || otherCoster < 1 || unowned < 1 || otherMaterial < 1 || comparedWith < 1 || threshold < 1 || whom < 1, kindAsked: !kinds || kinds.has(kind) });
  }
  // ("what share of adults have diabetes": "which affects nearly one in three adults", a share told as a ratio.)
  if (percentNamed) {
    for (const m of sentence.matchAll(RATIO_SHARE)) {
      if (found.some((f) => f.start < m.index + m[0].length && f.end > m.index)) continue;
      const end = m.index + m[0].length;
      found.push({ text: m[0], start: m.index, end, quality: proximity(q, sentence, m.index, end) + 0.1, kindAsked: true });
    }
  }
  // ("How much does the permit cost?": "Hikers will need a free online permit", a price told as none.)
  const priced = PRICED_THING.exec(q.text);
  const pricedStems = priced ? tokenize(priced.slice(1).find((x) => x !== undefined)!).filter((t) => !STOPWORDS.has(t.norm)).map((t) => t.stem) : [];
  if (kinds?.has('money') && pricedStems.length > 0) {
    for (const m of sentence.matchAll(FREE_THING)) {
      const things = tokenize(m[1] ?? m[2]!);
      if (!things.some((w) => pricedStems.includes(w.stem))) continue;
      const at = m.index + m[0].search(/\bfree\b/iu);
      found.push({ text: 'Free', start: at, end: at + 4, quality: 1, kindAsked: true });
    }
  }
  // "By how much have fertiliser costs risen?": "the cost of fertiliser had nearly doubled", a change told as a multiple.
  if (asksChange || asksChangeBy) {
    for (const m of sentence.matchAll(MULTIPLE)) {
      if (found.some((f) => f.start <= m.index && f.end > m.index)) continue;
      const end = m.index + m[0].length;
      found.push({ text: m[0], start: m.index, end, quality: proximity(q, sentence, m.index, end) + 0.1, kindAsked: true });
    }
  }
  return best(found);
}

/** Words for the homes a figure counts, one for another: "how many homes get their bread" for "40,000 households". (Not
 * "houses", whose stem is "housing"'s: "how big is the housing fund" counts no homes.) */
const DWELLINGS = new Set(['homes', 'households', 'dwellings'].map((w) => stem(w)));
/** What a harvest is called, whose size is told in any unit: "180 million trays", "61 tonnes". */
const HARVEST = /^(?:crop|crops|harvest|harvests|yield|yields|catch|catches)$/u;
/** An area's unit just after a figure: a farm's "12 hectares", no size of a harvest. */
const AREA_UNITS_AFTER = new RegExp(`^\\s*(?:${AREA_UNITS})\\b`, 'iu');
/** A question about what something has room for: "meant to hold", "can accommodate", "how many seats". */
const CAPACITY_ASKED = /\b(?:hold|holds|accommodate|accommodates|capacity|room\s+for|fit|seat|seats|sleep|sleeps)\b/iu;
/** Words for children at school, one for another where a school is spoken of. */
const SCHOOLCHILDREN = new Set(['children', 'kids', 'pupils', 'students', 'schoolchildren', 'learners', 'youngsters', 'teenagers', 'teens'].map((w) => stem(w)));
/** ... which fit below a word for the very same ("kids" for "children"). */
const SCHOOLCHILD_FIT = 0.55;
/** Words that speak of a school, where children, kids and pupils are the same people. */
const SCHOOL = /\b(?:schools?|classes|classrooms?|enrol\w*)\b/iu;
/** A household is a family, and a family a household (not a home: "a family of five or more" counts no homes). */
const HOUSEHOLD = new Set(['households', 'families'].map((w) => stem(w)));
/** A sum put up for something, asked as such: "how much money has the government set aside". */
const FUND_ASKED = /\b(?:set\s+aside|allocated?|budget(?:ed)?|earmark(?:ed)?|invest(?:ed)?|pledged?|donated?)\b/iu;
/** Trees, counted as planted: "20,000 seedlings" for "how many young trees". */
const TREES = new Set(['trees', 'seedlings', 'saplings'].map((w) => stem(w)));
/** Businesses asked of in general, and the kinds of business a figure may count them by ("140 workshops" for "how many weaving businesses"). */
const BUSINESSES = new Set(['businesses', 'firms', 'companies', 'enterprises'].map((w) => stem(w)));
const KINDS_OF_BUSINESS = new Set([
  ...BUSINESSES,
  ...'workshops shops stores factories mills bakeries restaurants cafes salons stalls outlets hotels studios garages kiosks boutiques pharmacies'.split(' ').map((w) => stem(w)),
]);
const TIMES_STEM = stem('times');
/** What "how many times" counts by name: meetings, visits, rounds of talks ... */
const OCCASIONS = new Set(
  `meetings visits rounds sessions trips attempts occasions raids inspections hearings calls incidents attacks strikes
  outbreaks votes ballots tries`
    .split(/\s+/u)
    .map((w) => stem(w)),
);
/** A noun's words cut off at an article or a possessive, which the next noun needs: "48,000 | the year before". */
const DETERMINER_END = /\s(?:the|a|an|its|their|his|her|this|that)$/u;
/** A parent just before the number of their children: "a father of | five". */
const PARENT_OF_BEFORE = /\b(?:father|mother|parent|grandfather|grandmother|grandparent)\s+of\s+$/iu;
const CHILDREN_TOKENS = tokenize('children');
/** A group just before the number of its members: "with a crew of | five". */
const GROUP_OF_BEFORE = /\b(crew|team|family|group|fleet|squad|party|delegation|workforce|staff|herd|flock|band|household|class|unit)\s+of\s+(?:(?:about|some|roughly|around|nearly|almost|just|only|more than|fewer than)\s+)?$/iu;
/** Runs of a service, which "three times a day" counts: "how many crossings to Playa Naranjo are there a day". */
const SERVICE_RUNS = new Set('crossings departures sailings trips runs flights services journeys rotations'.split(' ').map((w) => stem(w)));

/** A change told as a multiple: "nearly doubled", "more than tripled", "halved". */
const MULTIPLE = /\b(?:(?:nearly|almost|more than|roughly|about|over|just over|just under|close to|at least)\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b/giu;

/** The best candidate (qualities may pass 1 when several kinds of evidence add up). */
function best(found: Extracted[]): Extracted | null {
  if (found.length === 0) return null;
  // (A date of the very deed asked first, as across passages: "My father started this business in 1962 ... I have been
  // making doi since 1981" for "when did Halim's father start the business".)
  const top = [...found].sort((a, b) => Number(b.deedDone === true) - Number(a.deedDone === true) || b.quality - a.quality || a.start - b.start)[0]!;
  return top;
}

/**
 * Quality of an expression by closeness to the question's words in the
 * sentence; a word just before it counts most ("started on Sunday afternoon").
 */
function proximity(q: Question, sentence: string, start: number, end: number, eitherSide = false): number {
  const tokens = tokenize(sentence);
  const total = q.terms.reduce((n, t) => n + t.weight, 0) || 1;
  let score = 0;
  for (const t of q.terms) {
    let bestHere = 0;
    for (const w of tokens) {
      if (w.start >= start && w.end <= end) continue;
      const m = match(q, t.stem, w.stem);
      if (m === 0) continue;
      const gap = tokens.filter((x) => (w.end <= start ? x.start >= w.end && x.end <= start : x.start >= end && x.end <= w.start)).length;
      bestHere = Math.max(bestHere, (m / (1 + gap / 3)) * (w.end <= start || eitherSide ? 1 : 0.6));
    }
    score += t.weight * bestHere;
  }
  return Math.min(1, score / total);
}

/**
 * The space between two sentences: after a full stop that ends a word or a figure ("abolished in this house in 2006.
 * Management has brought them back"), before a capital (or a quote opening on one).
 */
const SENTENCE_BREAK = /(?<=[\p{Ll}\d][.!?]["”’]?)\s+(?=["“]?\p{Lu})/gu;

/**
 * The one sentence of a passage that holds a position, and the position in it: a quote may hold several together ("My
 * father started this business in 1962 ... . I have been making doi since 1981").
 */
function ownSentence(text: string, at: number): [string, number] {
  const last = [...text.slice(0, at).matchAll(SENTENCE_BREAK)].at(-1);
  const from = last ? last.index + last[0].length : 0;
  // (search reads a global pattern from its start, whatever its lastIndex.)
  const to = text.slice(at).search(SENTENCE_BREAK);
  return [text.slice(from, to < 0 ? text.length : at + to), at - from];
}

/**
 * A verb just after a date that shares its subject, "and" then no subject of its own: "struck two mines ... in October
 * 1942 | and sank within about 90 minutes" dates the sinking too.
 */
const AND_NEXT_VERB = /^\s+and\s+(?!(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|this|that|there|then|now|also|later|was|were|is|are|has|had|have)\b)(\p{Ll}+)\b/u;

/** A figure a sum rises to for a case of its own: "rising to | 1,000 dirhams | for a second offence". */
const ESCALATED_FOR = /\b(?:rising|rises|increasing|increases|going\s+up|doubling)\s+to\s+(?:about\s+|around\s+|as\s+much\s+as\s+)?\p{Sc}?\u0000(?:\s*[\p{L}.]+)?\s+for\s+((?:a|an|the|each|every|any)\s+[^,.;]{3,40}?)(?=[,.;]|$)/iu;
/**
 * The thing whose price is asked, and nothing else of it: "How much does the permit cost?", "how much is a permit", "how
 * much does it cost to swim in the pool" (not "How much does IDAAN charge households per month for water?").
 */
const PRICED_THING = /^(?:how\s+much\s+(?:does|do|did|will|would)\s+(?:(?:the|a|an|one|each)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+cost|how\s+much\s+(?:is|are|was|were)\s+(?:the|a|an|one|each)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)|what\s+(?:does|do|did)\s+(?:the|a|an|one|each)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+cost|how\s+much\s+does\s+it\s+cost\s+to\s+\p{Ll}+\s+(?:(?:in|at|on|into)\s+)?(?:the|a|an)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?))\W*$/iu;
/** A thing given for nothing: "a free online permit", "the permits are free". */
const FREE_THING = /\bfree\s+((?!of\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})|\b(\p{Ll}[\p{Ll}-]+)\s+(?:is|are|will\s+be|would\s+be|remains?|stays?)\s+free(?:\s+of\s+charge)?\b/giu;
/** "How many students does the university have?": the one asked to have them ("university"). */
const HOLDER_ASKED = /^how\s+many\s+[\p{L}\s'’-]+?\s+(?:does|did|do)\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:have|own|employ)\b/iu;
/** "has" or the like just before a figure, as what is had: "has about 17,000 students". */
const HAS_BEFORE = /\b(?:has|had|have|owns|owned|employs|employed)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|fewer\s+than|less\s+than|just\s+over|just\s+under)\s+)?$/iu;
/** How much more what the holder asked has counts (see HOLDER_ASKED). */
const HOLDER_FIT = 1.25;

/** A penalty asked, or a breach it follows: "what is the fine", "if caught without a permit". */
const PENALTY_ASKED = /\b(?:fine|fines|fined|penalty|penalties|punish\w*|sanction\w*|caught|without|if|unless|breaking|break|breaks|violat\w*)\b/iu;

/** Words for the living and for the dead, which a count of the one never answers for the other. */
const ASKS_ALIVE = /\b(?:alive|living|survived|survivors?|rescued)\b/iu;
const ASKS_DEAD = /\b(?:dead|died|killed|deaths?|carcass(?:es)?|bodies)\b/iu;

/** The clause an expression stands in: from the previous comma, semicolon or "and" to the next. */
function clauseAround(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  // (A relative clause is its own: "could no longer staff a unit | that delivered 112 babies".)
  // (Not the comma inside a figure: "600,000".)
  // (So is one a conjunction opens: "is preparing to leave some orchards unwatered next summer | after its allowance was
  // cut by 20 percent".)
  const start = (text: string): number => Math.max(text.search(/,(?!\d{3}\b)(?!.*,(?!\d{3}\b))/u), text.lastIndexOf(';'), text.search(/\s(?:and|but|while|that|which|who|after|because|once|although|though)\s(?!.*\s(?:and|but|while|that|which|who|after|because|once|although|though)\s)/u), 0);
  let from = start(before);
  // ("it would brew its last batch this winter | and close on March 31": a verb with no subject of its own shares
  // the clause before, and its "would".)
  if (/^\s(?:and|but)\s+(?!(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|this|that|there)\b)\p{Ll}+\s/u.test(sentence.slice(from))) from = start(sentence.slice(0, from));
  const rest = sentence.slice(at);
  // (Nor does a relative clause after it: "54.6 percent of voters rejected an amendment | that would have allowed".)
  const to = rest.search(/,(?!\d{3}\b)|;|\s(?:and|but|while|that|which|who|after|because|once|although|though)\s/u);
  return sentence.slice(from, to < 0 ? sentence.length : at + to);
}

/** A date just after a speech verb, which says when something was said: "officials said on Thursday". */
// ("said in a statement on Saturday that supply would stay at two to four hours a day until a delayed fuel shipment
// reaches the plant": the day of the statement too.)
export const SAID_ON = /\b(?:said|says|told|added|announced|warned|wrote|stated|reported|confirmed)\s+(?:(?:in\s+a\s+(?:statement|letter|post|report|notice)|at\s+a\s+(?:news|press)\s+conference|to\s+reporters)\s+)?(?:late\s+|early\s+)?$|\btold\s+(?:reporters|journalists)\s+(?:late\s+|early\s+)?$/iu;

const WEEKDAY_OR_DATE = new RegExp(`^(?:${WEEKDAYS}|${MONTHS}|${MONTH_ABBREVIATIONS})\\b`, 'u');

/** "When was the runway built?", "when were they set up": the deed whose date is asked, at the question's end. */
const DEED_ASKED = /^(?:when|(?:in\s+)?(?:what|which)\s+year)\s+(?:was|were)\s+.+?\s+(\p{Ll}+ed|built|born|made|set|begun|sworn|chosen|held|run|taken|shut|sold|bought|won|found|brought)(?:\s+(up|in|out|down|off))?(?:\s+(?!(?:and|by|in|on|at|to|for)\b)[\p{L}-]+){0,3}\s*(?:$|[?,]|\band\b)/iu;
/** "When did the Kitale drying facility shut down?", "when did the Coolidge sink?": a stop or a loss asked in the active, its verb last. */
const DEED_DONE_ASKED = /^when\s+did\s+(?:the|a|an|its|their|his|her)\s+.+?\s+(shut|close|closed|stop|stopped|halt|halted|cease|ceased|suspend|suspended|break|broke|fail|failed|collapse|collapsed|sink|capsize|crash|explode|derail|erupt)(?:\s+(down|off))?\s*\??$/iu;
/** "When did Halim's father start the business?": a start asked in the active, its verb before what was started. */
const DEED_STARTED_ASKED = /^when\s+did\s+.+?\s+(start|begin|open|launch)\s+(?:the|a|an|his|her|its|their|this|that)\s+\p{L}[^?]*\??$/iu;
/** "When is the line due to reopen?": a deed still to come, asked by its verb last. */
const DUE_DEED_ASKED = /^when\s+(?:is|are|was|were)\s+.+?\s+(?:due|expected|set|scheduled|supposed|planned|going|likely|meant)\s+to\s+(\p{Ll}+)(?:\s+(?:up|down|off|out|in|again))?\s*\??$/iu;
/** A stop or a start asked in the active, with its verb and particle. */
function activeDeedAsked(text: string): RegExpExecArray | null {
  return DEED_DONE_ASKED.exec(text) ?? DEED_STARTED_ASKED.exec(text);
}
/** "When did the palaces become a world heritage site?": when a state began. */
const BECOME_ASKED = /^when\s+(?:did|was|were)\s+.+\s+(?:become|made|named|declared|listed)\b/iu;
/** One of two parts asked by its order: "the second batch", "the first phase". */
const ORDER_ASKED = /\b(first|second|latter|later|last|final)\s+(?:\p{L}+\s+){0,2}?(?:batch|batches|shipment|shipments|delivery|deliveries|round|phase|stage|part|group|consignment|tranche|instalment|installment|leg|wave|half)\b/iu;
/** A date with another after it, told together: "in March | and September 2024". */
const PAIRED_DATE_AFTER = /^\s+and\s+(?:in\s+|on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)/u;
/** ... and the one after: "in March and | September 2024". */
const PAIRED_DATE_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)\s+and\s+(?:in\s+|on\s+)?$/u;
/** "When did construction of the market begin?", "when did building start?": the making of a thing. */
const CONSTRUCTION_BEGAN = /^when\s+(?:did|was|were|will|is|does)\s+(?:the\s+)?(?:construction|building)\b.*\b(?:begin|began|begun|start|started|get under way|commence|commenced)\b/iu;
/** Words of building, any of which dates a thing's construction ("Work began in June 2022" too). */
const BUILDING_WORDS = ['construct', 'construction', 'build', 'built', 'building', 'erected', 'groundbreaking', 'work', 'works'].map((w) => stem(normalizeWord(w)));
const PROJECT_STEM = stem('project');
const COMPLETED_STEM = stem('completed');
/** Stems of deeds that make a thing, whose date is when it came to be ("built", "founded"). */
const MAKING = /^(?:build|found|establish|construct|born|creat|form|set|erect|complet|inaugur)$/u;
/** Verbs of one deed, by stem: "shut in August 2021" is when it closed. */
const DEED_TWINS = [['close', 'shut']];

/** Deeds that make what lasts, whose date is not a weekday of the story's week (a birth may be: "a calf born on Saturday"). */
const LONG_MADE = /^(?:build|found|establish|construct|erect)$/u;
/** A weekday alone: "on Wednesday", "late on Tuesday". */
const ONLY_WEEKDAY = new RegExp(`^(?:(?:on|late|early|by)\\s+)*(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?$`, 'iu');

/** "What date ...?", "on which day": a day is asked. */
const ASKS_DAY = /\b(?:what|which)\s+(?:date|day)\b/iu;
const ASKS_YEAR = /\b(?:what|which)\s+year\b/iu;
/** A time of day: "at 9 a.m.", "on Monday morning", "at noon". */
const TIME_OF_DAY = /\d\s*(?:[ap]\.?m\b|o['’]clock)|\d[:.]\d{2}\b|\b(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk)\b/iu;
/** A date that names its year: "in 2010", "last year". */
const HAS_YEAR = /\b\d{4}\b|\b(?:last|this|next|that)\s+year\b/iu;
/** A date that names its day: "April 25", "Oct. 3", "Friday", "yesterday". */
const HAS_DAY = new RegExp(`(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:${MONTHS})\\b|\\b(?:${WEEKDAYS}|today|yesterday|tonight|tomorrow)\\b`, 'iu');

/** "What time ...?", "at what hour": a time of day is asked. */
const ASKS_CLOCK = /\bwhat time\b|\bat what hour\b/iu;
/** A clock time with its preposition: "at around 5:15 a.m.", "shortly before 11 p.m.", "by 8pm". */
const CLOCK = /\b(?:(?:(?:shortly|just)\s+)?(?:before|after)\s+|(?:at|by|from|until)\s+(?:about\s+|around\s+|roughly\s+)?)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)/giu;

/** A closing asked of, which a past question asks as a deed: "when did the bridge close". */
const CLOSED_ASKED = /\b(?:close|shut)\b/iu;
/**
 * "When was the port originally supposed to be finished?", "when was the season supposed to start": what was first
 * planned.
 */
const ASKS_ORIGINAL = /\b(?:originally|initially|at first)\b|\b(?:was|were)\s+(?:[\p{L}’'-]+\s+){1,4}?(?:supposed|meant)\s+to\b/iu;
/** A date something was due before it changed: "which had been due on October 28". */
const SUPERSEDED = /\b(?:had\s+been\s+(?:originally\s+|initially\s+)?|(?:was|were)\s+(?:originally|initially|first)\s+)(?:due|scheduled|expected|planned|set)\s+(?:to\s+\p{Ll}+\s+)?(?:for\s+|on\s+|in\s+|by\s+)?$/iu;
/**
 * "originally due for completion in December 2024": the date a first plan gave, just after the plan's words; or a plan
 * that did not hold, told in the past, "was supposed to open in June 2023".
 */
const ORIGINAL_PLAN = /\b(?:originally|initially)\s+(?:\p{Ll}+\s+){0,4}$|\b(?:was|were|had\s+been)\s+(?:supposed|meant|scheduled|due)\s+to\s+\p{Ll}+\s+(?:(?:in|on|by|for)\s+)?$/iu;

/** "Until when", "till when": the end of something asked. */
const UNTIL_WHEN = /\b(?:until|till)\s+when\b/iu;
/** "When will rationing end?": an end asked by its verb. */
const END_ASKED = /^when\s+(?:will|would|does|do|is|are)\b.*\b(?:end|stop|finish|be\s+lifted|be\s+over)\W*$/iu;
/** Verbs of lasting, whose "until" tells an end: "would continue until". */
const LASTING = /^(?:continue|continues|last|lasts|run|runs|remain|remains|stay|stays|persist|persists)$/u;
/** A verb and the event it lasts until, no date: "continue | until the rainy season was well under way". */
const UNTIL_EVENT = new RegExp(String.raw`\b(\p{Ll}+)\s+((?:until|till)\s+(?!(?:about\s+|around\s+)?\d|(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|this|the\s+end\s+of)\b)(?:the|a|an|its|their)\s+[^,.;:“”"]{3,60})`, 'u');

/**
 * Time given to do something, up to its "until": "give owners | until Nov. 18 to stop work", "has given operators at the
 * informal rank on Jones Street | until 1 July to relocate".
 */
const GIVEN_UNTIL = /\b(?:give|gives|gave|given|giving|grant|grants|granted|allow|allows|allowed|have|has|had)\s+(?:[\p{L}’'-]+\s+){0,8}?$/iu;
/** A putting off, up to the date it is put off to: "has been postponed until at least | spring 2027". */
const PUT_OFF_TO = /\b(?:postponed|pushed\s+back|put\s+off|deferred|delayed|moved\s+back)\s+(?:until|till|to)\s+(?:at\s+least\s+)?(?:(?:early|late|mid-?)?\s*(?:spring|summer|autumn|fall|winter)\s+)?$/iu;

/** A date that is a span: "between March 2023 and June 2024", "from May to July". */
const SPAN_OPENS = /^(?:between|from)\b/iu;

/** What a weekday names the weekly event of: "after Friday prayers", "at the Sunday market". */
const WEEKLY_EVENT_AFTER = /^\s+(?:prayers?|market|sermon|mass|services?|bazaar|school)\b/iu;

/** A law's name, which a year may end: "the Marine Mammals Protection Regulations", "the Building Act". */
const LAW_NAMED_BEFORE = /\p{Lu}\p{Ll}+\s+(?:Act|Regulations|Rules|Code|Law|Ordinance|Decree|Order)\s+$/u;

export function extractDate(q: Question, sentence: string): Extracted | null {
  const order = ORDER_ASKED.exec(q.text)?.[1]?.toLowerCase();
  const orderAsked = order === undefined ? undefined : order === 'first' ? 'first' : 'second';
  // ("Until when will rationing continue?": "rationing would continue until the rainy season was well under way", an
  // end told by an event, just after the question's own verb; a date after "until" is read below.)
  // (Or for "When will rationing end?", after a verb of lasting, in a sentence about the thing asked.)
  const endAsked = END_ASKED.test(q.text);
  if (UNTIL_WHEN.test(q.text) || endAsked) {
    const until = UNTIL_EVENT.exec(sentence);
    const ownVerb = (v: string): boolean => q.tokens.some((t, i) => i > 0 && !STOPWORDS.has(t.norm) && t.stem === stem(normalizeWord(v)));
    const lasts = (v: string): boolean => endAsked && LASTING.test(v) && tokenize(sentence.slice(0, until!.index)).some((w) => q.terms.some((t) => t.stem === w.stem));
    if (until && (ownVerb(until[1]!) || lasts(until[1]!))) {
      const start = until.index + until[0].indexOf(until[2]!);
      return { text: until[2]!, start, end: start + until[2]!.length, quality: 1 };
    }
  }
  const asksOriginal = ASKS_ORIGINAL.test(q.text);
  DATE_PATTERN.lastIndex = 0;
  const dates = [...sentence.matchAll(DATE_PATTERN)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      // ("give owners until Nov. 18 to stop work": a deadline, by that date; not "adjourned the trial until Dec. 9 to hear
      // ...", nor for "until when" asked.)
      const deadline = /^(?:until|till)\s/iu.test(m[0].trim()) && GIVEN_UNTIL.test(sentence.slice(0, m.index + m[0].length - m[0].trimStart().length)) && /^\s+to\s+\p{Ll}/u.test(sentence.slice(m.index + m[0].length)) && !UNTIL_WHEN.test(q.text);
      return { text: deadline ? m[0].trim().replace(/^\S+/u, 'by') : m[0].trim(), start: m.index + lead, end: m.index + m[0].length };
    })
    .filter((d) => /\p{L}|\d{4}/u.test(d.text))
    // "near the city's Friday Market": a weekday that starts a name is no date.
    .filter((d) => !(ENDS_WITH_WEEKDAY.test(d.text) && NAME_AFTER.test(sentence.slice(d.end))))
    // (Nor is the year that ends a law's name: "breaching the Marine Mammals Protection Regulations 1992".)
    .filter((d) => !(/^\d{4}$/u.test(d.text) && LAW_NAMED_BEFORE.test(sentence.slice(0, d.start))))
    // ("planned a donation drive at the central mosque after Friday prayers on May 17": the weekday's prayers say when
    // in the day; the date says when.)
    .filter((d, _, all) => !(ENDS_WITH_WEEKDAY.test(d.text) && WEEKLY_EVENT_AFTER.test(sentence.slice(d.end)) && all.some((o) => o !== d && !ENDS_WITH_WEEKDAY.test(o.text))));
  // The most specific ("December 31, 2021" rather than "2021"), with a time of day before it ("noon on Tuesday",
  // "before dawn on Thursday").
  const specific = dates
    .filter((d) => !dates.some((o) => o !== d && o.start <= d.start && o.end >= d.end))
    .map((d) => {
      const before = sentence.slice(0, d.start);
      const time = /^on\s/iu.test(d.text)
        ? // ("The quake hit at 3:47 a.m. on Wednesday, May 6": the clock time too.)
          /\b(?:(?:shortly\s+|just\s+)?(?:before|after)\s+|at\s+(?:about\s+|around\s+)?)?(?:noon|midnight|midday|dawn|dusk)\s+$|\b(?:(?:shortly\s+|just\s+)?(?:before|after)\s+|at\s+(?:about\s+|around\s+)?)\d{1,2}(?::\d{2})?\s*[ap]\.m\.\s+$/iu.exec(before)
        : // ("issued an evacuation order at 1:15 a.m. Wednesday": the clock time too.)
          WEEKDAY_OR_DATE.test(d.text)
          ? /\b(?:(?:shortly\s+|just\s+)?(?:before|after)\s+|(?:at\s+)?(?:about\s+|around\s+)?)\d{1,2}(?::\d{2})?\s*[ap]\.m\.\s+$/iu.exec(before)
          : null;
      // ("pushed back to the end of 2027": the end of the year, not the year; so "in mid-2026", "in late March".)
      const part = YEAR.test(d.text) || MONTH_ALONE.test(d.text) ? /\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+$|\b(?:in\s+)?(?:early|mid|late)[- ]$/iu.exec(before) : null;
      const from = (time ?? part)?.index;
      return from === undefined ? d : { text: sentence.slice(from, d.end), start: from, end: d.end };
    });
  // "What time did the questions show up online?": a clock time, which only a date holds otherwise ("at around 5:15
  // a.m., nearly three hours before ...").
  // (Or a clock time alone in a sentence that gives no date, at which a deed was done: "The eruption began at 4:17 a.m.
  // after a swarm of ...", not "parked their vehicles across all six lanes ... from about 6 a.m.".)
  const clockAsked = ASKS_CLOCK.test(q.text);
  if (clockAsked || specific.length === 0) {
    // (Or a routine's time, just after the question's own verb: "usually closes by 7:30 a.m." for "when does bidding
    // usually close".)
    const verbBefore = (at: number): boolean => tokenize(/\S+\s+$/u.exec(sentence.slice(0, at))?.[0] ?? '').some((t) => !STOPWORDS.has(t.norm) && q.tokens.some((u, i) => i > 0 && u.stem === t.stem));
    for (const m of sentence.matchAll(CLOCK)) {
      if (!clockAsked && !(/^at\s/iu.test(m[0]) && /\b(?:\p{Ll}{3,}ed|began|begun|struck|hit|broke|came|went|fell|rose|took|sank|blew|shook)\s+$/u.test(sentence.slice(0, m.index))) && !(/^(?:at|by|from|until)\s/iu.test(m[0]) && verbBefore(m.index))) continue;
      const at = { text: m[0].trim(), start: m.index, end: m.index + m[0].length };
      if (!specific.some((d) => d.start <= at.start && d.end >= at.end)) specific.push(at);
    }
    specific.sort((a, b) => a.start - b.start);
  }
  // "When will the strike end?" is not answered by "from Monday", nor "when does it start?" by "until Friday".
  // ("When will the strike be over?", "when is the season over": but not "switching over to gas kilns".)
  const asksEnd = /\b(?:end|ends|ended|finish|finishes|finished|stop|stops|stopped|expire|expires|last until|close|closes|shut|shuts|until when|till when)\b|\b(?:is|was|are|were|be|been)\s+over\b|\bover\W*$/iu.test(q.text);
  // ("When would the ban take effect?": its start.)
  // ("From what time can buyers inspect the fish?": its start, "from 3 a.m.", not "by 7:30 a.m.".)
  const asksStart = /\b(?:start|starts|started|begin|begins|began|kick off|open|opens|opened|(?:take|takes|took)\s+effect|(?:come|comes|came)\s+into\s+(?:force|effect)|kicks?\s+in|from what (?:time|hour|day|date))\b/iu.test(q.text);
  // "between March 2023 and June 2024", "from May to July": a span is one answer.
  // (Unless one end alone is asked: "When does the hunting season end?" is "December 15", not "from October 1 to
  // December 15".)
  const oneEnd = asksStart !== asksEnd;
  for (let i = 0; i + 1 < specific.length; i++) {
    const [a, b] = [specific[i]!, specific[i + 1]!];
    // (The opener may be the date's own: "from October 1" to "December 15".)
    const opener = /\b(?:between|from)\s+$/iu.exec(sentence.slice(0, a.start)) ?? (/^(?:between|from)\s/iu.test(a.text) ? { index: a.start } : null);
    // (A comma may set off the first end's weekday date: "from Friday, June 6, to Sunday, June 8".)
    if (opener && !(oneEnd && opener.index === a.start) && /^,?\s*(?:and|to|until|through|-|–)\s*$/iu.test(sentence.slice(a.end, b.start))) {
      specific.splice(i, 2, { text: sentence.slice(opener.index, b.end), start: opener.index, end: b.end });
    } else if (ENDS_WITH_WEEKDAY.test(a.text) && /^,\s*$/u.test(sentence.slice(a.end, b.start)) && MONTH_OR_DAY.test(b.text)) {
      // "late on Saturday, Oct. 18": one date.
      specific.splice(i, 2, { text: sentence.slice(a.start, b.end), start: a.start, end: b.end });
    } else if (/^\s+or\s+$/u.test(sentence.slice(a.end, b.start))) {
      // "late Tuesday or early Wednesday": either, as the article hedges.
      specific.splice(i, 2, { text: sentence.slice(a.start, b.end), start: a.start, end: b.end });
    }
  }
  const asksDay = ASKS_DAY.test(q.text);
  const asksYear = ASKS_YEAR.test(q.text);
  const asksNowDate = /\bnow\b/iu.test(q.text);
  // ("When was jiannian listed as a traditional craft?": the participles of a passive asked, for a state they began.)
  const askedParticiples = new Set(/^when\s+(?:was|were)\b/iu.test(q.text) ? q.tokens.filter((t) => /\p{Ll}{3,}ed$/u.test(t.norm)).map((t) => t.norm) : []);
  // (A question of when something stopped starts again.)
  const asksResume = /\b(?:resume|resumes|restart|restarts|reopen|reopens|continue|continues)\b/iu.test(q.text);
  const asksClock = clockAsked && !/\btime\s+of\s+(?:the\s+)?year\b/iu.test(q.text);
  const asksPeriod = /\b(?:what|which)\s+(?:period|years|months)\b/iu.test(q.text);
  // (Only a span, when the sentence gives one, however far the question's words stand from it: "ruled on Wednesday that
  // ... between February 2022 and June 2023".)
  if (asksPeriod && specific.some((d) => SPAN_OPENS.test(d.text))) specific.splice(0, specific.length, ...specific.filter((d) => SPAN_OPENS.test(d.text)));
  // "When was the firm set up?": the deed whose date is asked, in its own words or those WordNet relates to it ("set
  // up" ~ "founded"), so that "Hessler, founded in 1958" gives it.
  // ("When did construction of the Mulenvos market begin?": its building, which "At midday on Friday", when a trader
  // packed fish there, does not date.)
  const askedDeed = DEED_ASKED.exec(q.text) ?? (CONSTRUCTION_BEGAN.test(q.text) ? (['', 'constructed'] as const) : activeDeedAsked(q.text));
  const askedDeedStem = askedDeed ? stem(normalizeWord(askedDeed[1]!)) : '';
  // ("When is the cable car line due to reopen?": a deed still to come, its verb last.)
  const dueStem = DUE_DEED_ASKED.exec(q.text)?.[1];
  const dueDeedStem = dueStem ? stem(normalizeWord(dueStem)) : '';
  // (A construction's start is its project's too: "said the project began in September".)
  // (A building is built when it is completed: "When was the bridge built?" for "completed by Ottoman builders in 1566".)
  const askedDeedWords = askedDeed?.[0] === '' ? new Set([...BUILDING_WORDS, PROJECT_STEM]) : askedDeed ? new Set([askedDeedStem, ...wordNetOf(askedDeedStem), ...(askedDeed[2] ? relatedWords(`${askedDeedStem} ${askedDeed[2].toLowerCase()}`) : []), ...(/^(?:build|construct|erect)$/u.test(askedDeedStem) ? [COMPLETED_STEM] : [])]) : null;
  const deadline = /\bby (?:what|when|which)\b|\bdeadline\b|\b(?:until|till) (?:when|what|which)\b/iu.test(q.text);
  const asksThisYear = /\bthis\s+year\b/iu.test(q.text);
  const asksLastYear = /\blast\s+year\b/iu.test(q.text);
  // "When did the flood happen?": the event's own words, for a date of another deed in the same sentence (below).
  const asksHappened = HAPPENED_ASKED.test(q.text);
  const eventTerms = asksHappened ? eventTermsOf(q) : [];
  const askedAboutSpeech = q.tokens.some((t) => SPEECH_STEMS.has(t.stem));
  // "since it opened in 1998", "since 2022": the start of another span, which answers only "since when" (and "When
  // did the wells start failing?", answered by "had failed since 2021").
  // (Not what was to start: "When was the higher fare supposed to start?")
  const askedSince = /\bsince\b|\bhow long\b/iu.test(q.text) || (/\b(?:did|was|were|had|has|have)\b/iu.test(q.text) && /\b(?:start|started|begin|began|first)\b/iu.test(q.text) && !/\b(?:supposed|due|meant|set|scheduled|expected|planned|going)\s+to\b/iu.test(q.text));
  const past = asksAboutPast(q);
  // (Or what put something out of use: "When was the Karthala Express taken out of service?" for "has been tied up in the
  // port of Mutsamudu since Friday, May 3"; "When did the crane break down?", which reaches here as "breakdown", for
  // "had been out of service since Oct. 14", but not "when did the breakdown happen", an event; "When was the Sandsteg
  // closed?" for "has been shut since Aug. 5".)
  const stopAsked = past && /\b(?:stop|stopped|halt|halted|cease|ceased|suspend|suspended|cancel|cancelled|canceled|close|closed|shut|break ?down|broke ?down|broken down|(?:break|broke)(?=\W*$)|fail|failed|grounded|(?:taken|went|go|gone)\s+out\s+of\s+(?:service|action|use))\b/iu.test(q.text) && !(/\bbreakdown\b/iu.test(q.text) && HAPPENED_ASKED.test(q.text));
  // (Or what cut something down: "When was the bridge reduced to one lane?" for "has carried only one lane of alternating
  // traffic since Monday, June 2".)
  const cutAsked = past && /\b(?:reduced|cut|limited|restricted|narrowed|lowered|(?:cut|scaled)\s+back)\b/iu.test(q.text);
  // "Truro last issued a boil-water advisory in 2014": the time before, which answers only a question about it.
  const asksBefore = /\b(?:last|previous|previously|before|earlier|first|ever|ago)\b/iu.test(q.text);
  // "The plan, announced by the ministry on Aug. 21, would ban fishing from January 2026": when it was announced,
  // which answers only a question about announcing.
  const asksAnnounced = /\b(?:announce|announced|unveil|unveiled|publish|published|release|released|propose|proposed|present|presented|(?:come|comes|came|be|due)\s+out)\b/iu.test(q.text);
  // "three days after a methane explosion": the question's event dated from another date, which is not its own.
  // "The blast ripped through a tunnel ... shortly before 11 p.m. on Saturday, Oct. 18": a date in the clause whose
  // subject is the question's event is that event's, however far from it (and in a participle set off after it: "The
  // boil-water advisory, issued at 6:40 a.m. on Sept. 18,").
  // (The question's own noun after its article, "the hailstorm", against the sentence's: not "A vine hit" for "hit".)
  const opening = tokenize(sentence).slice(0, 3).filter((w, i, all) => i === 0 || /^(?:the|a|an|its|their)$/u.test(all[i - 1]!.norm));
  const nouns = q.tokens.filter((t, i) => /^(?:the|a|an|its|their)$/u.test(q.tokens[i - 1]?.norm ?? '')).map((t) => t.stem);
  const subject = Math.max(0, ...q.terms.filter((t) => t.weight >= 0.5 && nouns.includes(t.stem)).flatMap((t) => opening.map((w) => (match(q, t.stem, w.stem) > 0 ? { w, m: match(q, t.stem, w.stem) } : null)).filter((x) => x !== null).map((x) => x.m)));
  const subjectEnd = subject > 0 ? sentence.search(/[,;:]|\s(?:and|but|while|which|who|that)\s/u) : -1;
  const relative = q.terms.some((t) => t.weight >= 0.5 && [...sentence.matchAll(/\b(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before)\s+(?:(?:the|a|an|its|their)\s+)?((?:[\p{L}\p{N}.-]+\s+){0,3}[\p{L}-]+)/gu)].some((m) => tokenize(m[1]!).some((w) => w.stem === t.stem)));
  // "When will it end?", "when does the strike end?": what is still to come.
  const ahead = !past && !asksOriginal && (ASKS_AHEAD.test(q.text) || (/\b(?:does|do)\b/iu.test(q.text) && (asksEnd || asksStart)));
  // Whether the clause a date stands in does the deed a "when was it built" question asks about.
  const doesDeed = (t: Token): boolean => askedDeedWords !== null && (askedDeedWords.has(t.stem) || (askedDeed?.[0] !== '' && match(q, askedDeedStem, t.stem) > 0));
  const doesAskedDeed = (d: { start: number }): boolean => tokenize(clauseAround(sentence, d.start)).some(doesDeed);
  // (Or not at all: "When was the Mocho refinery shut down?" is not dated by "The first trainload of bauxite ... rolled
  // into the Mocho refinery on Monday".)
  const deedUnsaid = askedDeedWords !== null && !tokenize(sentence).some(doesDeed);
  const deedUntold = deedUnsaid && !MAKING.test(askedDeedStem);
  // ("When was the library closed?": "converted into a library in 1979, was closed in February 2023", the date of the
  // clause that does the asked deed, before one of a clause that does another.)
  const deedDated = askedDeedWords !== null && !MAKING.test(askedDeedStem) && specific.some(doesAskedDeed);
  // The deed's very verb, as the question words it or as it is read ("shut down", read as "closed"), or its twin ("shut"
  // for "close"), which a date's clause does: the date of the deed asked (see deedDone).
  const deedAsWorded = new Set([askedDeedStem, ...[DEED_ASKED.exec(q.raw) ?? activeDeedAsked(q.raw)].flatMap((m) => (m ? [stem(normalizeWord(m[1]!))] : []))].flatMap((x) => DEED_TWINS.find((twins) => twins.includes(x)) ?? [x]));
  // Whether a clause uses one of the question's informative words.
  const asked = (clause: string): boolean => tokenize(clause).some((t) => q.terms.some((x) => x.stem === t.stem && x.weight >= 0.5));
  // "When did the ministry publish the quota for 2025?": a date the question itself gives is what it dates by, never
  // the answer ("The quota for 2025, published ... on 3 December").
  const bare = (text: string): string => text.toLowerCase().replace(/^(?:in|on|by|since|from|for|until|till)\s+/u, '');
  const givenDates = new Set([...q.text.matchAll(DATE_PATTERN)].map((m) => bare(m[0].trim())));
  // ("When are the Soo Locks scheduled to close?": "are scheduled to close on January 15", the date right after the
  // question's own verb of ending, before "would be trapped ... until late March".)
  const endVerbAt = (d: { start: number }): boolean => {
    const verb = /\b(\p{L}+)\s+(?:(?:on|in|at)\s+)?$/u.exec(sentence.slice(0, d.start))?.[1];
    const verbStem = verb !== undefined && ENDING_BEFORE.test(verb) ? stem(normalizeWord(verb)) : undefined;
    return verbStem !== undefined && q.tokens.some((t) => t.stem === verbStem);
  };
  const endVerbDates = asksEnd && !asksStart ? new Set(specific.filter(endVerbAt)) : new Set<(typeof specific)[number]>();
  return best(
    specific
      .filter((d) => !givenDates.has(bare(d.text)))
      // (What was built or founded is never dated by a weekday alone that its clause does not give it: "closed
      // its only runway on Wednesday" for "When was the runway originally built?".)
      .filter((d) => !(LONG_MADE.test(askedDeedStem) && ONLY_WEEKDAY.test(d.text) && !doesAskedDeed(d)))
      // (Nor is a month alone the year asked, "In what year was Innviertler Milchverband founded?" no "In November.";
      // nor a day the time of day asked, "What time of day will the resit paper start?" no "On November 10.".)
      .filter((d) => !(asksYear && !HAS_YEAR.test(d.text)) && !(asksClock && !TIME_OF_DAY.test(d.text)))
      // ("a city that appears every July": what comes round each year dates no one-off deed asked in the past, "When did
      // Arben Koci become technical director?".)
      .filter((d) => !(past && /^(?:every|each)\s/iu.test(d.text)))
      .map((d) => {
        // ("The toll, which came into force on Nov. 1": a start too.)
        const opening = /^(?:from|since|starting|beginning)\b/iu.test(d.text) || /\b(?:from|since|starting|beginning|(?:came|come|comes|went|go|goes)\s+into\s+(?:force|effect)|(?:took|take|takes)\s+effect|kicked\s+in)\s+(?:on\s+|in\s+)?$/iu.test(sentence.slice(0, d.start));
        // (Its clause up to it, which says what state or deed it dates.)
        const clauseBefore = /[^,;.]*$/u.exec(sentence.slice(0, d.start))![0];
        const closing = /^(?:until|till|through)\b/iu.test(d.text) || /\b(?:until|till|through)\s+(?:at\s+least\s+)?(?:(?:midnight|noon|the end of|the close of|late|early)\s+(?:on\s+|of\s+)?)?$/iu.test(sentence.slice(0, d.start));
        // ("When did the hospital stop non-emergency surgery?": "had cancelled all non-emergency surgery since June 2", the
        // start of what was stopped is when it stopped.)
        // (A state of being out of use, not events counted since: "two others had reported breakdowns since January".)
        const stoppedSince = /^since\b/iu.test(d.text) && ((stopAsked && STOPPED_STATE.test(clauseBefore)) || (cutAsked && /\b(?:only|just|no\s+more\s+than|fewer|less)\b/iu.test(clauseBefore)));
        // ("When does the night shift end?": "is to scrap its night shift from March 4", the start of what ends it.)
        const endsFrom = asksEnd && opening && ENDING_BEFORE.test(clauseBefore);
        const wrongEnd = (asksEnd && !asksStart && opening && !stoppedSince && !endsFrom) || (asksStart && !asksEnd && closing) ? 0 : 1;
        const sinceClause = /\bsince\s+((?:\S+\s+){0,3})$/iu.exec(sentence.slice(0, d.start));
        // "on display since the museum reopened in 2019": the clause's own event is dated, which answers a question
        // about that event ("when did the museum reopen").
        const ownEvent = sinceClause !== null && asked(sinceClause[1]!);
        // "the second release since 2019, when Varden paid a $180,000 fine": the year dates the "when" clause after it.
        const sinceDate = /^since\b/iu.test(d.text);
        const whenClause = /^,?\s+when\s+([^,.;]+)/iu.exec(sentence.slice(d.end));
        const datesClause = sinceDate && whenClause !== null && asked(whenClause[1]!);
        // ("When did the cooperative last cut its price?": "its first cut since 2017" tells when the one before was.)
        // (Nor does a deed not done since: "had not measured fields since 2016" for "when were fields last measured".)
        const firstSince = asksBefore && sinceDate && (/\bfirst\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(sentence.slice(0, d.start)) || (/\blast\b/iu.test(q.text) && /\b(?:not|never|no\s+longer)\s+(?:been\s+)?\p{Ll}+ed\b[^,;.]*$/iu.test(clauseBefore)));
        // ("When did the bridge open?": "The bridge, open since 2006", the year it opened.)
        const openSince = asksStart && !asksEnd && sinceDate && /\b(?:open|in\s+(?:operation|service|use))\s+$/iu.test(sentence.slice(0, d.start));
        // ("When was jiannian listed as a traditional craft?": "had been listed as an important traditional craft since
        // 2009", a state the deed asked began.)
        // (Or what it became: "When did the palaces become a world heritage site?" for "have been a UNESCO World Heritage site
        // since 1985".)
        const stateSince = sinceDate && ((askedParticiples.size > 0 && tokenize(clauseBefore).some((t, k, ts) => t.norm === 'been' && /^(?:has|have|had)$/u.test(ts[k - 1]?.norm ?? '') && askedParticiples.has(ts[k + 1]?.norm ?? ''))) || (BECOME_ASKED.test(q.text) && /\b(?:has|have|had)\s+been\s+(?:a|an|the)\s/iu.test(clauseBefore)));
        const since = !datesClause && !firstSince && !openSince && !stateSince && ((sinceClause !== null && !ownEvent) || sinceDate);
        // ("When was the original seawall built?" is not answered by a deadline: "to reopen the port by March".)
        // (Unless a deadline is what is asked: "By what date were farms ordered to clear their arrears?" is "by October
        // 15", not "at a meeting on Wednesday".)
        // (Unless it says by when something had been done: "had been fully committed by Friday, Aug. 8".)
        const doneBy = /\b(?:had|has|have)\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\s+$/u.test(sentence.slice(0, d.start));
        const deadlineAhead = past && !deadline && !doneBy && /^by\b/iu.test(d.text);
        // ("When will the store reopen?": "has been postponed until at least spring 2027", the date something was put off
        // to is still to come, whatever the tense of its putting off.)
        const putOffTo = ahead && PUT_OFF_TO.test(sentence.slice(0, d.start));
        const tense = (since && !askedSince && !stoppedSince) || deadlineAhead ? 0 : putOffTo ? 1 : tenseFactor(past, sentence, d.start) * aheadFactor(ahead, sentence, d);
        // "Marsh said on Thursday evening": when it was said, which answers only a question about what was said.
        const saidWhen = !askedAboutSpeech && SAID_ON.test(sentence.slice(0, d.start)) ? 0.4 : 1;
        // ("When did this year's harvest start?": not "last year", another year than the one asked.)
        const otherYear = (asksThisYear && /\b(?:last|previous)\s+year\b|\ba\s+year\s+(?:ago|earlier)\b/iu.test(d.text)) || (asksLastYear && /\bthis\s+year\b/iu.test(d.text)) ? 0.3 : 1;
        const announced = !asksAnnounced && /\b(?:announced|unveiled|published|released|proposed|presented)\s+(?:by\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|of|for|and|the|&)\s+){1,8})?$/u.test(sentence.slice(0, d.start)) ? 0.4 : 1;
        const before = !asksBefore && /\b(?:last|previously)\s+(?:\p{Ll}+ed|was|were|had|did|saw|hit|held|struck|went|came|ran|won|took|made|happened)\b|\bthe\s+(?:last|previous)\s+(?:time|one)\b/u.test(sentence.slice(0, d.start)) ? 0.4 : 1;
        // ("When did the flash flood happen?": not "The Mauritian government on Tuesday ordered an inquiry into why drains
        // failed during a flash flood", a date of the deed after it, with the event named only past that deed.)
        // (Or before it: "Honduran prosecutors opened a criminal inquiry Wednesday into a riot".)
        const deedAfter = asksHappened
          ? /^,?\s+(\p{Ll}{3,}ed|met|began|set|took|made|gave|held|sent|sought|won|lost)\b/u.exec(sentence.slice(d.end))?.[1] ??
            /\b(\p{Ll}{3,}ed|began|took|made|held|sent|sought|set)\s+(?:[\p{L}-]+\s+){1,4}$/u.exec(sentence.slice(0, d.start))?.[1]
          : undefined;
        const laterStems = deedAfter ? new Set(tokenize(sentence.slice(d.end)).map((t) => t.stem)) : null;
        const earlierStems = deedAfter ? new Set(tokenize(sentence.slice(0, d.start)).map((t) => t.stem)) : null;
        // (The event's words, or their stand-ins, all after that deed: "grounded all five aircraft ... after one of its
        // planes skidded off the end of a mountain runway" for "when did the plane crash happen".)
        const saysTerm = (stems: ReadonlySet<string>, t: (typeof eventTerms)[number]): boolean => stems.has(t.stem) || (t.alternatives ?? []).some((a) => stems.has(a.stem));
        // (Not a speech verb: "late on Tuesday said all foreign troops must leave" dates what was said, the story itself.)
        const datesAnotherDeed = deedAfter !== undefined && !SPEECH_STEMS.has(stem(normalizeWord(deedAfter))) && !q.tokens.some((t) => t.stem === stem(normalizeWord(deedAfter))) && eventTerms.some((t) => saysTerm(laterStems!, t)) && !eventTerms.some((t) => saysTerm(earlierStems!, t));
        const otherEvent = (relative && !/\b(?:after|before)\s*$/u.test(sentence.slice(0, d.start))) || datesAnotherDeed ? 0.3 : 1;
        // ("When did Ferreira test positive?": not "Ferreira, 29, who finished third in the Volta a Portugal in 2023,", a
        // clause of "who" about something else than the question's words; "which" often dates the thing itself, "The
        // plant, which opened in 2009".)
        const dateClause = clauseAround(sentence, d.start);
        const aside = /^\W*who\s/iu.test(dateClause) && !asked(dateClause) ? 0.5 : 1;
        // "the Aegean Wren, built in 2004": the date of what was done to it, which answers only a question about that.
        // ("since it was set up in 2011, ... after a flash flood smashed the wooden water wheel": so is a setting up.)
        // ("under a decision approved by the country's Tariff Council on Aug. 14": past who did it.)
        const doneWhen = /\b(built|founded|established|announced|unveiled|constructed|opened|reopened|born|launched|completed|inaugurated|created|formed|bought|acquired|installed|introduced|commissioned|renovated|restored|refitted|listed|designated|discovered|excavated|laid|paved|dug|drilled|planted|approved|adopted|ratified|signed|set(?=\s+up\s))(?:\s+up)?\s+(?:by\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,5}?)?$/iu.exec(sentence.slice(0, d.start).replace(/\s(?:in|on)\s+$/u, ' '));
        const deed = doneWhen ? stem(normalizeWord(doneWhen[1]!)) : '';
        // (A deed still to come answers a question about what is to come: "When is the plant expected to be back at full
        // output?", "its full output ... would be restored by June 20".)
        // (Nor is an opening another deed than the start asked: "what year did the Hadera facility start producing water"
        // for "The plant, which opened in 2009".)
        const startDeed = asksStart && !asksEnd && /^(?:opened|launched|inaugurated|commissioned|founded|established)$/iu.test(doneWhen?.[1] ?? '');
        const otherDeed = doneWhen && !startDeed && !(ahead && FUTURE_CLAUSE.test(dateClause)) && !q.tokens.some((t) => t.stem === deed) && !q.terms.some((t) => (t.alternatives ?? []).some((a) => a.stem === deed)) && !askedDeedWords?.has(deed) ? 0.3 : 1;
        // ("When was the firm set up?": "Hessler, founded in 1958", the asked deed's date however far the firm.)
        // (Any asked deed done, just before its date: "The refinery, which once produced ..., was shut in March 2019".)
        const deedBefore = /\b(?:was|were|been)\s+(?:\p{Ll}+ly\s+)?(\p{L}+)\s+(?:(?:in|on|at)\s+)?$/u.exec(sentence.slice(0, d.start))?.[1];
        const ownDeed = (doneWhen !== null && askedDeedWords?.has(deed) === true) || (deedBefore !== undefined && askedDeedStem !== '' && match(q, askedDeedStem, stem(normalizeWord(deedBefore))) > 0);
        // (Its very word before a related one: "approved ... on Aug. 14" before "a programme adopted in 2021".)
        const sameDeed = ownDeed && deed === askedDeedStem;
        // (... or the deed to come, just before its date: "the line would reopen on Monday, 28 July", not the closing's
        // "from Monday, 16 June" in a lede about the cable car.)
        const verbBefore = /\b(\p{L}+)\s+(?:(?:on|in|at|by|from)\s+)?$/u.exec(sentence.slice(0, d.start))?.[1];
        const verbStem = verbBefore !== undefined ? stem(normalizeWord(verbBefore)) : undefined;
        const dueDone = dueDeedStem !== '' && verbStem !== undefined && match(q, dueDeedStem, verbStem) > 0;
        // ("When was the Kariba dam built?": not "generated an average of just 190 megawatts last week", a date whose
        // clause does nothing of the making asked about.)
        // (A construction's start, asked as such, only by a clause about building: not "who has studied the Dangchhu basin
        // since 2015".)
        // (Nor, hardly, one whose sentence speaks of no founding or building at all: "expected to buy 1.4 million tonnes
        // of fresh leaf this year" for "In what year was Çaykur founded?".)
        const unmade = MAKING.test(askedDeedStem) && !doesAskedDeed(d) ? (askedDeed?.[0] === '' ? 0 : LONG_MADE.test(askedDeedStem) && deedUnsaid ? 0.1 : 0.4) : deedDated && !doesAskedDeed(d) ? 0.5 : deedUntold ? 0.7 : 1;
        // "When does the strike end?": "would run until midnight on Sept. 28" is its end.
        // (And "when do the new tolls start?": "from Jan. 1" is their start.)
        // ("When will the pool reopen?": "will stay closed until at least the end of October", the end of its closing.)
        // (Not for when something closed, a deed done: "when did the bridge close" is "on April 15", not "repairs expected to
        // last until at least October".)
        const rightEnd = (asksEnd && !asksStart && !(past && CLOSED_ASKED.test(q.text)) && (endVerbDates.size > 0 ? endVerbDates.has(d) : closing)) || (asksStart && !asksEnd && opening) || (asksResume && closing && /\b(?:closed|shut|suspended|halted)\s+$/iu.test(clauseBefore)) ? 0.3 : 0;
        // ... and "the last strike, in 2010, lasted nearly two weeks" is over.
        // (Not what is so as a rule, whatever was said when: "which normally runs from Nov. 1 to Dec. 31".)
        const over = !ahead || putOffTo ? 1 : /^(?:(?:in|on)\s+)?(?:last\b|yesterday\b)|\bago$/iu.test(d.text) ? 0 : !since && PAST_CLAUSE.test(sentence) && !FUTURE_CLAUSE.test(tensedClause(sentence, d.start)) && !USUALLY.test(dateClause) ? 0.5 : 1;
        // "under a 2015 law": a year that qualifies a noun dates that thing, which answers only a question about it.
        // ("in the Oct. 5 election": a date that qualifies the question's own noun is that thing's date; past a name's
        // words too, "a 1913 Art Nouveau department store".)
        const qualified = /^(?:\d{4}|(?:[\p{Lu}][\p{L}]+\.?\s+)?\d{1,2})$/u.test(d.text) && /\b(?:a|an|the|its|his|her|their|this|that)\s+$/iu.test(sentence.slice(0, d.start)) ? /^\s+((?:\p{Lu}[\p{L}-]*\s+){0,3})(\p{Ll}[\p{L}-]*)/u.exec(sentence.slice(d.end)) : null;
        const attribute = qualified?.[2];
        const askedNoun = attribute !== undefined ? q.terms.find((t) => t.stem === stem(normalizeWord(attribute))) : undefined;
        // ("the 2024-25 buying season": a season's or budget's label, a span named, not when anything happened.)
        const label = /^\d{4}$/u.test(d.text) && /^[-–/]\d{2}(?:\d{2})?\s+\p{Ll}/u.test(sentence.slice(d.end));
        // (Past a name's words, the noun may be only the name's kind, "Art Nouveau department store": no date of its own.)
        const ownNoun = askedNoun !== undefined && askedNoun.weight >= 0.5 && !label && qualified?.[1] === '';
        // (Nor, at all, "this autumn's harvest": a time's possessive dates a noun the question does not name, not a deed.)
        const owner = /^['’]s\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{L}-]*)/u.exec(sentence.slice(d.end))?.[1];
        const ownsOther = owner !== undefined && !asksWord(q, owner);
        const qualifies = ownsOther ? 0 : (attribute !== undefined && !askedNoun && /^\d{4}$/u.test(d.text)) || label ? 0.3 : 1;
        const startsAhead = ahead && asksStart && !asksEnd && opening;
        // "What date did the outage happen on?": a day ("on April 25"), before a year or a month alone.
        // ("What year did the Attabad landslide happen?": "In 2010", not "Tuesday".)
        const dayless = (asksDay && !HAS_DAY.test(d.text)) || (asksYear && !HAS_YEAR.test(d.text)) ? 0.5 : 1;
        // ("When was the second batch of panels handed back?": "in two shipments, in March and September 2024", the later of
        // two dates told together; the first batch, the earlier.)
        const pairFirst = PAIRED_DATE_AFTER.test(sentence.slice(d.end));
        const pairSecond = PAIRED_DATE_BEFORE.test(sentence.slice(0, d.start));
        const inOrder = orderAsked === undefined || (!pairFirst && !pairSecond) ? 1 : (orderAsked === 'first') === pairFirst ? 1.3 : 0.5;
        // ("When is the tanker now expected to arrive?": "which had been due on October 28, ... would now dock at Dili port
        // on Sunday, November 10", the date it was due before gives way; the one told as now's, after "now" in its own
        // clause, comes first.)
        const superseded = !asksOriginal && SUPERSEDED.test(sentence.slice(0, d.start)) ? 0.5 : 1;
        // (Nor is a span something is done within a day, unless a deadline is asked: "Once the ship arrives, supply will
        // return to normal within three days" does not say when the tanker comes.)
        // (But the asked deed's own: "was expected to arrive within two to three weeks" for "when will the new compressor
        // arrive".)
        const withinSpan = !deadline && /^within\b/iu.test(d.text) && !q.tokens.some((t) => t.stem === verbStem) ? 0.1 : 1;
        const nowDate = asksNowDate && /\bnow\s+[^,;.]*$/iu.test(sentence.slice(0, d.start)) ? 1.5 : 1;
        // "Over what period did the fake discounts happen?": a span, "between February 2022 and June 2023", before a day.
        const period = asksPeriod ? (SPAN_OPENS.test(d.text) ? 1.5 : 0.5) : 1;
        // ("Since when has Ismail needed a machine to clean his blood?": "who has been on dialysis since 2019", a start told
        // as one, whatever words stand near it.)
        const sinceWhen = SINCE_WHEN.test(q.text) && sinceDate && !datesClause ? 0.4 : 0;
        // ("When does the extended closed season end?": "which normally runs from Nov. 1 to Dec. 31, would this year last
        // until Feb. 28", the usual date answers only a question about what is usual.)
        // (And the other way round: "When does the closed season normally end?" is what it "normally runs" to, not "would
        // this year last until Feb. 28", however well that closing fits an end asked.)
        const usual = USUALLY.test(q.text) !== USUALLY.test(dateClause) ? 0.5 : 1;
        // ("When is the trial due to resume?": "adjourned the hearing until 9 June" resumes on that day.)
        const resumesOn = asksResume && /^until\s.*\d/iu.test(d.text);
        // ("When did the reduced opening days start?": not "which had opened every weekday since 1982", the start of what
        // was so before, in an aside, when the sentence starts something else "Since September 2".)
        // (Unless that state is what is asked: "since when has the branch been open every weekday".)
        const formerClause = sinceDate ? /,\s+which\s+had\s+([^,;]*)$/u.exec(sentence.slice(0, d.start)) : null;
        const former = formerClause !== null && !tokenize(formerClause[1]!).some((t) => q.terms.some((x) => x.weight >= 0.5 && x.stem === t.stem && !/^(?:open|start|begin)/u.test(t.stem))) && specific.some((o) => o !== d && (/^since\b/iu.test(o.text) || /\bsince\s+$/iu.test(sentence.slice(0, o.start)))) ? 0.5 : 1;
        // ("When was the harbour last dredged?": not "even if the channel were dredged this spring", what is only
        // supposed.)
        const supposed = past && /\bif\s+[^,;]*\b(?:were|should)\s+(?:[^,;\s]+\s+){0,3}$/iu.test(sentence.slice(0, d.start)) ? 0 : 1;
        // ("when will the gearbox arrive": "had been ordered ... but was not expected before the end of the month", the date
        // something is expected by, for a question of what is to come, however far the question's words; "not" kept.)
        // (Not one it was due by before: "which had been due on October 28"; nor another deed expected, "traffic was not
        // expected to resume before February 17" for "When will investigators publish their report?".)
        const expectedWhen = ahead ? /\b(?:is|are|now|still|(not))\s+(?:expected|due)\s+(?:to\s+(\p{Ll}+)\s+)?$/iu.exec(sentence.slice(0, d.start)) : null;
        // (And of the thing asked: not "A verdict is not expected before February" for "When is the trial scheduled to end?".)
        const expected = expectedWhen && asked(sentence.slice(0, expectedWhen.index)) && (expectedWhen[2] === undefined || q.terms.some((t) => match(q, t.stem, stem(normalizeWord(expectedWhen[2]!))) > 0)) ? expectedWhen : null;
        const notBefore = expected?.[1] !== undefined && /^(?:before|until)\b/iu.test(d.text);
        return { ...d, ...(datesClause || firstSince || openSince || stateSince ? { text: d.text.replace(/^since\s+/iu, 'in ') } : resumesOn ? { text: d.text.replace(/^until/iu, 'on') } : notBefore ? { text: `not ${d.text}` } : {}), ...(otherEvent < 1 ? { otherEvent: true } : {}), ...(startsAhead ? { startsAhead } : {}), ...(past && askedDeedWords !== null && !MAKING.test(askedDeedStem) && tense * over * supposed >= 1 && (tokenize(clauseAround(...ownSentence(sentence, d.start))).some((t) => deedAsWorded.has(t.stem)) || deedAsWorded.has(stem(normalizeWord(AND_NEXT_VERB.exec(sentence.slice(d.end))?.[1] ?? '')))) ? { deedDone: true } : {}), quality: inOrder * former * supposed * aside * usual * superseded * withinSpan * nowDate * otherYear * period * unmade * dayless * qualifies * wrongEnd * tense * over * saidWhen * announced * before * otherEvent * otherDeed * Math.min(1, Math.max(proximity(q, sentence, d.start, d.end), sameDeed || dueDone ? 0.7 : ownDeed || expected ? 0.6 : 0, subject > 0 && (subjectEnd < 0 || d.start < subjectEnd || /^,\s+\p{Ll}+ed\b[^,;]*$/u.test(sentence.slice(subjectEnd, d.start))) ? 0.5 * subject : 0) + rightEnd * usual * former + (ownNoun || firstSince ? 0.5 : 0) + (deadline && /^(?:by|until|before)\b/iu.test(d.text) ? 0.5 : 0) + (asksOriginal && ORIGINAL_PLAN.test(sentence.slice(0, d.start)) ? 0.5 : 0) + sinceWhen) };
      }),
  );
}

/** Words of being out of use, before the "since" that dates it: "had been out of service", "has been tied up in the port". */
const STOPPED_STATE = /\b(?:out\s+of\s+(?:service|action|use|order)|tied\s+up|idle|grounded|closed|shut|halted|suspended|stopped|cancell?ed|banned|(?:not|no\s+longer)\s+(?:been\s+)?(?:running|working|operating|producing|produced|come|came|sailed|flown)|off\s+the\s+road|broken|down)\b/iu;
/** What is so as a rule: "normally", "usually". */
const USUALLY = /\b(?:normally|usually|typically|ordinarily|traditionally|customarily)\b/iu;

/** Verbs that end something, whose start ("scrap its night shift from March 4") is when it ends. */
const ENDING_BEFORE = /\b(?:scrap|scraps|scrapped|scrapping|abolish\w*|axe|axes|axed|end|ends|ended|ending|halt\w*|stop|stops|stopped|stopping|suspend\w*|discontinu\w*|withdraw\w*|shut|shuts|shutting|close|closes|closed|closing)\b/iu;
/** "Since when has ...", "since what year": a start is asked. */
const SINCE_WHEN = /^since (?:when|what (?:year|date|month|day|time))\b/iu;

/** Things that are stretches of time, whose "how long" is never a length: "How long is the season?". */
const PERIOD_THING = /^(?:season|seasons|term|shift|shifts|contract|contracts|holiday|holidays|break|strike|closure|wait|delay|festival|course|trial|lease|sentence|ban|curfew|visit|stay|period|cycle|harvest|programme|program|campaign|window)$/u;
/** "How long has ... been", "how many years have ...": a span that runs until now (not "how long has it got to"). */
const ASKS_ONGOING = /\bhow\s+(?:long|many\s+(?:years|months|decades|weeks|days))\s+(?:has|have)\b(?!.*\bgot\b)/iu;

/** Who a question about a span until now asks about: "the fisherman" in "How long has the fisherman been ...". */
export function ongoingSubject(text: string): string | undefined {
  return ASKS_ONGOING.test(text) ? /\bhow\s+(?:long|many\s+\p{L}+)\s+(?:has|have)\s+(.+?)\s+been\b/iu.exec(text)?.[1] : undefined;
}

/**
 * Whether the span of time at start..end runs until now, as "How long has Hale been a judge?" asks: "for 19 years",
 * "in his 12 years at the helm", "has lasted more than 15 years"; not one something is done within ("on board within
 * eight minutes"), ago or before something, nor one something takes ("takes at least 12 days").
 */
function runsUntilNow(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  if (/\bwithin\s+$/iu.test(before) || /^\s+(?:ago|before|after|later|earlier|from now|to\s+\p{Ll}+)\b/iu.test(text.slice(end))) return false;
  return /\b(?:for|past|last|spent|spending|over|in|lasted|lasting|lasts|running|spanning)\s+(?:(?:the|about|around|nearly|almost|more than|some|over|his|her|their|its)\s+)*$/iu.test(before);
}
// (With a range's low end: "six to eight hours", "two or three days", "between 40 and 90 minutes"; and a half: "about
// two and a half hours", "an hour and a half"; and a smaller unit after, "about two hours and 45 minutes".)
const DURATION = /\b(?:(?:between\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:to|or|(?<=\bbetween\s+\S+\s+)and)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|a|an)(?:\s+and\s+a\s+half)?(?:\s+(?:more\s+)?|-)(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|seasons?|summers|winters|harvests)\b(?:\s+and\s+a\s+half\b)?(?:,?\s+and\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b)?/giu;

/** A span's last figure and unit, however written: "10- to 12-hour" and "12 hours" are "12 hour". */
function spanKey(span: string): string {
  const m = /(\S+)[\s-]+(\p{L}+)$/u.exec(span.toLowerCase().replace(/\s+and\s+a\s+half$/u, ''));
  return m ? `${m[1]} ${m[2]!.replace(/s$/u, '')}` : span;
}

/** A date a span runs to: "until the end of October", "until at least Oct. 31". */
const UNTIL = new RegExp(`\\buntil\\s+(?:at\\s+least\\s+)?(?:the\\s+(?:end|middle|start)\\s+of\\s+)?(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\.?(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+\\d{4})?`, 'gu');

/** What a plain length is told as, before it: "a distance of", "a total length of". */
const DISTANCE_OF_BEFORE = /\b(?:a|the|its)\s+(?:total\s+)?(?:distance|length)\s+of\s+$/iu;

/**
 * A length that qualifies a noun, past its conversion and the words before the noun: "the 820-metre runway", "a 3 km
 * tunnel", "a 7.8-kilometre flood-drainage tunnel", "the 218-kilometre (135-mile) fibre-optic cable".
 */
const LENGTH_OF = /\b(\d[\d,.]*)(?:-|\s)((?:kilo|centi|milli)?met(?:er|re)s?|km|miles?|feet|foot|ft|pages?)((?:\s+\([^()]{1,30}\))?)((?:\s+[\p{L}-]+){1,3})/gu;

/** A length however told: "for about 15 km", "more than 3 km", "roughly 300 metres (980 feet) long". */
// (Or before its noun: "The 422-kilometre (262-mile) Lao section of the railway" for "how long is the Laotian stretch".)
const PLAIN_LENGTH = new RegExp(String.raw`\b(\d[\d,.]*)(\s?|-)(${LENGTH_UNITS})\b(?!\s+(?:an|per|a)\s+(?:hour|second|minute|day|year)\b)`, 'gu');
/** ... weighed below a length the question's thing is said to have. */
const PLAIN_LENGTH_WEIGHT = 0.8;
/** The first figure of a range of lengths, before the second: "3 to | 3.5 metres", "between 40 and | 60 metres". */
const LENGTH_RANGE_START = /(?<![\d,.])(?:between\s+\d[\d,.]*\s+and|\d[\d,.]*\s+to)\s+$/u;
/** How well a length fits "how long is the runway" when it stands just after "runway" in the sentence. */
const THING_LENGTH = 0.8;

/** What a "how much does X cost" question says costs: "the Temburong Bridge". */
const COST_SUBJECT_ASKED = /\bhow much\s+(?:did|does|do|will|would|could|can|might|should|is|was|are|were)\s+((?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+)\s+(?:(?:be\s+)?going\s+to\s+)?(?:cost|costs)\b/iu;
/** Words for whatever is being paid for, which may stand for the thing asked: "the project would cost 410 million euros". */
const GENERAL_COSTER = /^(?:projects?|schemes?|plans?|programmes?|programs?|works?|jobs?|upgrades?|overhaul|renovations?|construction|expansion|contracts?|deals?|operations?|package|bill|total|investment|venture|effort|repairs?|measures?|everything|all)$/iu;
/** "at a cost of" just before a sum, whose thing may be named after it ... */
const COST_OF_BEFORE = /\bat\s+a\s+(?:total\s+)?cost\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|an\s+estimated\s+)?\p{Sc}?$/iu;
/** ... as the subject of the clause the sum opens: ", the grain-drying and storage facility was designed". */
const COSTER_AFTER = /^[^,;.]{0,30},\s+(?:the|its|their|a|an)\s+((?:[\p{L}\p{N}’'-]+\s+){0,5}?[\p{L}’'-]+)\s+(?:was|were|is|are|has|had|have|will|would|opened|began|stands)\b/u;
/**
 * What a verb of costing just before a sum says costs, after its article: "a taxi to the capital can cost", "a
 * proposal for a 150-kilowatt solar installation, costing"; or a plural opening the sentence, for each sum it gives:
 * "Tickets cost 150 birr for Ethiopians and 900 birr for foreign visitors".
 */
const COSTER_BEFORE = new RegExp(String.raw`(?:^|[,;]\s+|\b(?:and|but|while|whereas|for|of|where|said|that)\s+)(?:(?:a|an|the|its|their|his|her|this|that)\s+|^(?=\p{Lu}\p{Ll}+s\s))((?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}’'-]+)(?:,\s+costing|(?:,\s+which)?\s+(?:(?:can|could|will|would|may|might|does|did|had|has|have|now|still|typically|usually|normally|currently|also|only|often)\s+)*(?:cost|costs|costing))\s+(?:\p{Ll}+\s+)?(?:${SUM_FOR_WHOM_AND}\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+|between\s+|more\s+than\s+|less\s+than\s+|at\s+least\s+|just\s+|only\s+|(?:an\s+)?estimated\s+)?$`, 'u');
/**
 * Words after a figure that name what it measures: "a 14-day emergency response period", "25-year rights". (Not a verb
 * after them, nor a count: "The three-hour tour | costs US$149", "12-hour shifts | six days a week"; nor which of them:
 * "a free 11-week course | each spring".)
 */
const QUALIFIED_NOUN = /^(?:\s+(?!(?:and|or|but|of|to|in|on|at|for|with|by|from|over|under|about|after|before|into|across|against|between|during|since|until|through|near|off|up|as|than|per|that|which|who|was|were|is|are|has|had|will|would|could|can|may|must|the|a|an|this|its|their|his|her|cost|costs|lasts|takes|took|runs|ran|begins|began|starts|ends|leaves|left|comes|came|goes|went|gets|got|makes|made|says|said|remains|includes|offers|pays|paid|gives|gave|needs|means|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|each|every|all|both|some|most|next|last|this|these|those)\b)\p{Ll}+(?<!ed|ing|ly)\b){1,3}/u;

/** ... or two words joined before the noun: "brick and steel tower". */
const JOINED_NOUN = /^\s+\p{Ll}+\s+(?:and|or)\s+(?!(?:the|a|an|its|their|his|her)\b)\p{Ll}+(?:\s+\p{Ll}+(?<!ed|ing|ly)){1,2}\b/u;

/** The indefinite article just before a position, with its space ("a "), or nothing. */
function articleBefore(sentence: string, at: number): string {
  return /\b(?:a|an)\s+$/iu.exec(sentence.slice(0, at))?.[0] ?? '';
}

/** The same full stop inside a pattern, before a number or a name: "No. 2", "St. Mary's". */
const ABBREVIATION_POINT = String.raw`(?<=\b(?:${CLAUSE_ABBREVIATIONS}))\.(?=\s)`;
/**
 * A clause in the perfect up to a point: "who has worked at the city's No. 2 workshop | since 1998", "who has farmed 1.5
 * hectares under plastic | since 1994"; or in the past perfect of what someone said: "said that many employees ... had
 * worked 10- to 12-hour shifts six days a week | since early October".
 */
const PERFECT_BEFORE = new RegExp(String.raw`\b(?:has|have|(?<=\bsaid\s+(?:that\s+)?(?:[\p{L}’'-]+\s+){1,8})had)\b(?:[^,;.]|(?<=\d)[.,](?=\d)|${ABBREVIATION_POINT})*$`, 'u');
/** The thing a "how long has ... been" question asks of, by its last word: "the music festival". */
const THING_ASKED_SINCE = /^how\s+long\s+(?:has|have)\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+been\b/iu;
/** What a thing has been, set off after its name: "Sighișoara, a UNESCO World Heritage site | since 1999". */
const DESCRIBED_SINCE_BEFORE = /(\p{L}+),\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,5}$/u;
/** A participle of something held again and again, just after its noun: "The festival, held every July | since 1993". */
const RECURRING_BEFORE = /(\p{L}+),\s+(?:held|staged|run|organi[sz]ed|celebrated|played|published)\s+(?:(?:every|each)\s+\p{L}+\s+|annually\s+|yearly\s+)?$/u;
/**
 * A span in a clause a person tells of themselves ("I have been ...", "I've ...") or one that describes them ("who has
 * ..."), or a thing ("a chairlift that has carried skiers ... since 1987"); a decimal point is no end of the clause ("who
 * has tended 1.5 hectares of robusta ... for 27 years"), nor is an abbreviation's ("who has worked at the city's No. 2
 * workshop since 1998"), nor a list's commas ("who has sold dried shrimp, salted fish and spices from a stall ... for 27
 * years").
 */
const OWN_SPAN = new RegExp(String.raw`(?:\b(?:who|which|that|I)\s+(?:has|have)|\bI[’']ve)\b(?:[^,;.“”"]|(?<=\d)[.,](?=\d)|,(?=[^,;.“”"]*(?:,[^,;.“”"]*)*\band\b)|${ABBREVIATION_POINT})*$`, 'u');
/** A name (with an age or a role set off) as the subject of a verb in the perfect: "Lurdes Pires, 49, has worked ...". */
const NAMED_PERFECT = /(?:^|[;:]\s*|\.\s+)((?:\p{Lu}[\p{L}’'-]+\s*){1,3})(?:,\s+[^,;]{1,60},)?\s+(?:has|have)\s+[^,;.“”"]*$/u;
/** How much a span told by the period a question asks it by ("ten hours a day" for "each day") counts for more. */
const PER_PERIOD_FIT = 2;
/** ... the period after such a span: " a day", " per shift". */
const PER_PERIOD_AFTER = /^\s+(?:a|an|per|each|every)\s+(day|night|week|month|shift)\b/iu;
/** How well such a span answers how long the person asked about has been doing something, in whatever words. */
const OWN_SPAN_FIT = 0.7;
/** "the 35 members of his cooperative": those who belong to it. */
const MEMBER_STEM = stem('members');
/** How well a place named as the very kind a "which village" question asks fits, at least. */
const KIND_NAMED_FIT = 0.3;
/** ... and a place the sentence gives as where the asked thing itself is ("Where is the plant?": "The plant ... stands on"). */
const PLACED_FIT = 0.6;
/**
 * How far a figure told as the usual level ("normally costs 12 dinars") gives way when another level is asked (0.7 until
 * session 53, when the words before a figure stopped ending at the comma inside another, "A tanker load of 4,000
 * gallons that normally costs 12 ...", and the usual level gained the question's words).
 */
const USUAL_LEVEL = 0.5;
/**
 * A span that began in a year and runs until now: "since 2004", "since March 2019", "since it opened in 2011"; or at an
 * age: "since he was 14", "since the age of 12", "since childhood".
 */
const SINCE_YEAR = new RegExp(`\\bsince\\s+(?:(?:${MONTHS})\\s+)?\\d{4}\\b|\\bsince\\s+(?:early|late|mid)[\\s-]+(?:${MONTHS})\\b(?!\\s+\\d)|\\bsince\\s+(?:(?:he|she|they|I|we)\\s+(?:was|were)\\s+(?:\\d{1,2}|(?:a\\s+)?(?:boy|girl|child|children|kid|kids|teenager|teenagers|teen|student|students))|the\\s+age\\s+of\\s+\\d{1,2}|(?:early\\s+)?(?:childhood|boyhood|girlhood))\\b|\\bsince\\s+(?:it|they|the\\s+\\p{Ll}+)\\s+(?:first\\s+)?(?:opened|started|began|launched|was\\s+(?:founded|built|set\\s+up|opened))\\s+in\\s+(?:(?:${MONTHS})\\s+)?\\d{4}\\b`, 'gu');

/** How well a gap a first time ends ("its first logs in more than three years") answers how long a thing was closed. */
const GAP_FIT = 0.6;

/** A small count, in figures or words, for FREQUENCY. */
const FEW = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a\s+few|several)`;
/** How often: "every four minutes", "every eight to 12 years", "twice a day", "three times a week", "two days a week", "daily". */
const FREQUENCY = new RegExp(String.raw`\b(?:(?:once|twice)\s+)?(?:every|each)\s+(?:other\s+|${FEW}\s+(?:(?:to|or|-)\s+${FEW}\s+)?)?(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?|seasons?|morning|afternoon|evening|night|spring|summer|autumn|winter|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\b(?:once|twice|thrice|${FEW}\s+(?:(?:to|or)\s+${FEW}\s+)?times)\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|fortnight|month|year|season|decade)\b|\b${FEW}\s+(?:(?:to|or)\s+${FEW}\s+)?(?:days|nights|mornings|afternoons|evenings)\s+(?:a|per|each|every)\s+(?:week|fortnight|month)\b|\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|yearly|annually)\b`, 'giu');

/** Someone's kin asked after: "Abdel-Rahman's dad", "her late mother". */
const KIN_POSSESSED = /['’]s?\s+(?:(?:late|eldest|oldest|youngest|elder|younger|little|baby)\s+)?(dad|father|mum|mom|mother|son|daughter|wife|husband|brother|sister|grandpa|grandfather|grandma|grandmother|grandson|granddaughter|uncle|aunt)\b/iu;
/** Kin words by the plainest word for them: "dad" is "father". */
const KIN_PLAIN: Readonly<Record<string, string>> = { dad: 'father', mum: 'mother', mom: 'mother', grandpa: 'grandfather', grandma: 'grandmother' };
const kinWord = (word: string): string => KIN_PLAIN[word] ?? word;

/** (`alsoNamed`: names of the one the question describes, "Tatjana Smirnova" for "the turbine operator".) */

export function extractDuration(q: Question, sentence: string, alsoNamed: readonly string[] = []): Extracted | null {
  // ("how often will the buses run": "running every four minutes at peak times"; "how often does the utility spray the
  // dam": "twice a day".)
  if (ASKS_FREQUENCY.test(q.text)) {
    // (Not "daily" of a noun: "had recorded daily readings of particles".)
    const adjective = (m: RegExpExecArray): boolean => /ly$/iu.test(m[0]) && /^\s+(?!(?:in|on|at|for|to|from|and|or|but|since|until|by|with|during|throughout|except|when|while|if|because|as|so|of)\b)\p{Ll}/u.test(sentence.slice(m.index + m[0].length));
    return best([...sentence.matchAll(FREQUENCY)].filter((m) => !adjective(m)).map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, quality: proximity(q, sentence, m.index, m.index + m[0].length, true) })));
  }
  const past = asksAboutPast(q);
  const willAsked = !past && ASKS_AHEAD.test(q.text);
  const notBygone = willAsked || (!past && /\b(?:now|currently|nowadays|these days)\b/iu.test(q.text));
  // "How long does the trip take now?", "... before the tram?": the span a change leaves.
  const asksHowItWas = ASKS_BEFORE.test(q.text) || /\b(?:now|currently|until now)\b/iu.test(q.text);
  const ongoing = ASKS_ONGOING.test(q.text);
  const terms = new Set(q.terms.map((t) => t.stem));
  // "How long has Khaled Bamatraf been running the water corporation?": a span of that doing, which the sentence must
  // tell (not "the first piped water in almost a year", nor "gathered 14,600 signatures in three weeks").
  const doing = ongoing ? /\bbeen\s+(\p{Ll}{3,}ing)\b/u.exec(q.text)?.[1] : undefined;
  const doingStem = doing ? stem(normalizeWord(doing)) : undefined;
  const ongoingDeed = doingStem && !tokenize(sentence).some((t) => match(q, doingStem, t.stem) > 0) ? 0.1 : 1;
  // "How long has the fisherman from Cabeza de Toro been heading out on the water?": the span the person asked about
  // tells of themselves, in other words ("I have been going out to sea for 27 years," said ..., a fisherman from the
  // village of Cabeza de Toro), or that the article tells of them ("Lin Chih-hao, ... who has raised milkfish ...
  // since 1991"; not "My father farmed these ponds for 40 years").
  const subject = ongoingSubject(q.text);
  // (Not by an age alone: "the old farmer" is no "34-year-old guide".)
  const subjectStems = subject ? tokenize(subject).filter((t) => !STOPWORDS.has(t.norm) && !/^(?:old|older|oldest|young|younger|elderly|aged)$/u.test(t.norm)).map((t) => t.stem) : [];
  const nameWords = new Set(subject !== undefined ? alsoNamed.flatMap((name) => tokenize(name).filter((n) => !STOPWORDS.has(n.norm)).map((n) => n.norm)) : []);
  // (Or "He"/"She" opening the sentence, when the caller says the sentence before named them; or "I", when the caller
  // says they say it.)
  const leading = /^[“"]?(He|She|I)\s/u.exec(sentence)?.[1];
  const pronounNamed = leading !== undefined && alsoNamed.includes(leading);
  const namedIn = (text: string): boolean =>
    (pronounNamed && text.trim() === leading) || tokenize(text).some((t) => subjectStems.some((st) => match(q, st, t.stem) > 0) || (t.capitalized && nameWords.has(t.norm)));
  const named = pronounNamed || namedIn(sentence);
  // (Or a span that opens the clause whose subject they are: "For 27 years, Tatjana Smirnova has climbed the same steel
  // stairs".)
  const opensTheirClause = (at: number, end: number): boolean => {
    const subjectAfter = /\b[Ff]or\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+)?$/u.test(sentence.slice(0, at)) ? /^,\s+([^,;.“”"]{2,60}?)\s+(?:has|have)\s/u.exec(sentence.slice(end))?.[1] : undefined;
    return subjectAfter !== undefined && namedIn(subjectAfter);
  };
  // (Or in the perfect, with their name as its subject: "Lurdes Pires, 49, has worked on the filleting line at Atlântida
  // for 27 years".)
  const theirPerfect = (at: number): boolean => {
    const subject = NAMED_PERFECT.exec(sentence.slice(0, at))?.[1];
    return subject !== undefined && namedIn(subject);
  };
  const closedAsked = /\bhow long\b.*\b(?:closed|shut|out of (?:service|action|use)|idle|silent)\b/iu.test(q.text);
  const thingAsked = THING_ASKED_SINCE.exec(q.text)?.[1];
  // (Not someone's span with the thing asked: "who has measured noise at the festival since 2017" for "how long has the
  // music festival been going on".)
  const withThingAsked = thingAsked !== undefined ? new RegExp(`\\bwho\\s+(?:has|have)\\b[^,;.]*\\b(?:at|in|on|for|with|of)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?${escapeRegExp(thingAsked)}\\b[^,;.]*$`, 'iu') : undefined;
  const ownSpan = (at: number, end = at): boolean => (named && (OWN_SPAN.test(sentence.slice(0, at)) || theirPerfect(at))) || opensTheirClause(at, end);
  // "How long is the runway?": a length, when the sentence gives the runway one.
  // ("How long will it take to build the tunnel?" asks a time, never "An 8-kilometre (5-mile) tunnel".)
  // (Nor "How long do the guided walks around the trail last?", which "the 3.5-kilometre heritage trail" does not say.)
  // (Nor "how long has the bike rental guy been in business on that road?", a span until now: not "the 2.8-kilometre
  // Fyrvej road".)
  // (Nor "how long will the runway be closed", "how long was the line shut", "how long was the bamboo train out of
  // service": a state that lasts, not "the 2,794-metre runway".)
  const takesTime = /\bhow long\b.*\b(?:take|takes|took|taken|taking|lasts|lasted|lasting|closed|shut|suspended|halted|blocked|delayed|stuck|idle|disrupted|stopped|paused|open|remain|remains|remained|stay|stays|stayed|wait|waited|waiting|continue|continued|out\s+of\s+(?:service|action|use|order|operation|work)|offline|off\s+the\s+road)\b|\bhow long\b.*\blast\s*[?.!]*$/iu.test(q.text);
  const lengths = takesTime || ongoing ? [] : [...sentence.matchAll(LENGTH_OF)].flatMap((m) => {
    // ("a furrow roughly 9 km (5.6 miles) long": told "long", the length is of whatever the sentence says; that is
    // weighed below.)
    // (Up to the last of the question's words: "a 42-metre Spanish tuna seiner", not "... tuna".)
    // (Past a participle that only describes it: "The 11-kilometre paved section".)
    const described = /^\s+\p{Ll}{3,}ed(?=\s+\p{Ll})/u.exec(m[4]!)?.[0] ?? '';
    const tail = tokenize(nounTail(m[4]!.slice(described.length)));
    // (Or whatever its noun, set off after the name asked: "Velika Plaza, the 13-kilometre stretch of sand" for "how long
    // is Velika Plaza".)
    const ofNamed = /,\s+(?:the|a|an|its)\s+$/u.test(sentence.slice(0, m.index)) && tokenize(sentence.slice(Math.max(0, m.index - 40), m.index)).some((t) => t.capitalized && terms.has(t.stem));
    // (Its last word: "The Coolidge, a 199-metre American liner".)
    const noun = tail.findLast((t) => terms.has(t.stem) && !DIMENSION.test(t.norm)) ?? (ofNamed ? tail.at(-1) : undefined);
    return noun ? [{ m, end: m.index + m[0].length - m[4]!.length + described.length + noun.end }] : [];
  });
  const lengthAnswers = lengths.map(({ m, end }) => {
    // "a 19-mile detour", "the 218-kilometre (135-mile) fibre-optic cable", as written; "142 metres long".
    if (/^[\d,.]+-/u.test(m[0])) {
      const article = articleBefore(sentence, m.index);
      return { text: `${article}${sentence.slice(m.index, end)}`, start: m.index - article.length, end, quality: 1 };
    }
    const unit = /^(?:feet|foot|ft)$/iu.test(m[2]!) ? 'feet' : /s$/u.test(m[2]!) || ABBREVIATED_UNIT.test(m[2]!) ? m[2]! : `${m[2]}s`;
    return { text: `${m[1]} ${unit}`, start: m.index, end, quality: 1 };
  });
  // ("How long is the motorway in kilometres?", "... in distance?" asks a length: no span of time answers it.)
  // (So does "how long is the line between the main island and the northern group": a thing between two places.)
  const asksLength = new RegExp(`\\b(?:${LENGTH_UNITS}|in distance|distance-wise)\\b|^how long (?:is|was|are|were|will|would) (?:the|its|their|a|an)\\s[^,]*\\bbetween\\s.+\\sand\\s`, 'iu').test(q.text);
  // "How long was the queue of vehicles?" may ask a length: "Traffic backed up for about 15 km". (Not "how long was
  // the pharmacist stuck", nor "how long is the court's ruling": what is done, or lasts. But "how long is the portion
  // of road covered by the debris": a thing, which a passive only describes.)
  // ("how long will the runway be once it's extended": what it will be.)
  const willBe = /^how long (?:will|would|must|should|has\s+to|have\s+to|needs?\s+to) (?:the|its|their|a|an)\s(.*?)\s+be\b/iu.exec(q.text);
  // (Or someone's: "How long is Sabah's biggest river?"; or each one's: "how long is each blade".)
  // (Past a hedge: "How long is the crocodile estimated to be?" asks the crocodile's length.)
  const thing = /^how long (?:is|was|are|were) (?:the|its|their|a|an|each|every|one|\p{Lu}[\p{L}-]*['’]s)\s(.*)$/iu.exec(q.text)?.[1]?.replace(/\s+(?:estimated|thought|believed|said|reported|reckoned|understood)\s+to\s+be\b.*$/iu, '') ?? willBe?.[1];
  // (The thing's noun: its last word before any other word of grammar, "deal" of "deal the company has with the state".)
  const thingWords = thing !== undefined ? tokenize(thing) : [];
  const grammar = thingWords.findIndex((t) => STOPWORDS.has(t.norm));
  const head = (grammar < 0 ? thingWords : thingWords.slice(0, grammar)).at(-1)?.stem;
  // (Not a stretch of time's: "How long is the season?" is no "some 25 kilometres east of the city".)
  const headNorm = (grammar < 0 ? thingWords : thingWords.slice(0, grammar)).at(-1)?.norm;
  // ("how long is the railway": a thing that runs some way, which no span of time measures, not "last 40 to 50 years".)
  const linearThing = !takesTime && thing !== undefined && thingWords.length <= 3 && LINEAR_THING.test(headNorm ?? '');
  // (A thing that runs some way may be named with a participle: "how long is the skating track".)
  const measured = !takesTime && thing !== undefined && !PERIOD_THING.test(headNorm ?? '') && (linearThing || !/\b\p{Ll}{3,}(?:ing|ed)\b(?!\s+by\b)/u.test(thing))
    ? [...sentence.matchAll(PLAIN_LENGTH)]
      // (Not the conversion in brackets after another length: "422-kilometre (262-mile)".)
      .filter((m) => !/\d[\d,.]*(?:\s?|-)\p{L}+\s*\($/u.test(sentence.slice(0, m.index)))
      .map((m) => {
        // ("estimated at 3 to 3.5 metres long": the range, from its first figure.)
        const range = LENGTH_RANGE_START.exec(sentence.slice(0, m.index));
        const from = range?.index ?? m.index;
        const qualifier = QUALIFIER.exec(sentence.slice(0, from));
        const unit = m[2] === '-' && !/s$/u.test(m[3]!) && !ABBREVIATED_UNIT.test(m[3]!) ? `${m[3]}s` : m[3]!;
        const text = `${qualifier?.[0] ?? ''}${range?.[0] ?? ''}${m[1]} ${unit}`;
        // ("lengthen the runway from 799 metres to 1,500 metres": what it will be is the second.)
        const before = willBe !== null && /\bfrom\s+$/iu.test(sentence.slice(0, m.index)) && /^\s+to\s+\d/u.test(sentence.slice(m.index + m[0].length)) ? 0.5 : 1;
        // (A length just after the thing's own noun is its length: "the runway from 799 metres to 1,500 metres".)
        // (Or one told as a distance, in a sentence about the thing: "The race ... takes runners from the town's Molyko
        // stadium to the 4,095-metre summit of the volcano and back, a distance of about 38 kilometres.")
        const near = head !== undefined && (tokenize(sentence.slice(Math.max(0, m.index - 50), m.index)).some((t) => t.stem === head) || (DISTANCE_OF_BEFORE.test(sentence.slice(0, from - (qualifier?.[0].length ?? 0))) && tokenize(sentence).some((t) => t.stem === head))) ? THING_LENGTH : 0;
        // (And "the" length "of" the thing is all of it: "lining the 42 kilometres of main canals" for "how long are the main
        // canals", over "blocked the main canal sluice ... for two hours"; not "roughly 12 kilometres of the Lanud river",
        // a stretch of it.)
        const after = tokenize(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40));
        const ofThing = head !== undefined && /\b(?:the|all|its|their)\s+$/iu.test(sentence.slice(0, m.index)) && after[0]?.norm === 'of' && after.slice(1, 4).some((t) => t.stem === head);
        return { text, start: from - (qualifier?.[0].length ?? 0), end: m.index + m[0].length, quality: before * (ofThing ? 1 : PLAIN_LENGTH_WEIGHT * Math.max(near, proximity(q, sentence, m.index, m.index + m[0].length, true))) };
      })
    : [];
  // ("For how long did Abdel-Rahman's dad work with a wood-burning kiln?": "My father fired with wood for 30 years", not
  // what Abdel-Rahman's own firing takes, "over eight to ten hours".)
  // (The question's own verb after a named subject: "teach" in "how long did Lucia Yalmad teach".)
  // (Or the deed a span is taken to do: "how long did it take to build the market" for "The facility, built over 14
  // months".)
  const askedVerb = /^(?:for\s+)?how\s+long\s+(?:did|does|do|has|have|had|will|would)\s+(?:(?:\p{Lu}[\p{L}’'-]*|he|she|they|we|you|i)\s+){1,4}?(\p{Ll}{3,})\b/u.exec(q.text)?.[1] ?? /^(?:for\s+)?how\s+long\s+(?:did|does|will|would|is\s+it\s+going\s+to)\s+(?:it\s+)?take\s+(?:[\p{L}-]+\s+){0,3}?to\s+(\p{Ll}{3,})\b/iu.exec(q.text)?.[1];
  const askedVerbStem = askedVerb !== undefined && !STOPWORDS.has(askedVerb) ? stem(normalizeWord(askedVerb)) : undefined;
  const perAsked = /^how\s+long\b.*\b(?:each|every|a|per)\s+(day|night|week|month|shift)\W*$/iu.exec(q.text)?.[1]?.toLowerCase();
  const askedSpans = new Set([...q.text.matchAll(DURATION)].map((m) => spanKey(m[0])));
  const kinAsked = KIN_POSSESSED.exec(q.text)?.[1]?.toLowerCase();
  const kinFit = kinAsked === undefined || tokenize(sentence).some((t) => kinWord(t.norm.replace(/s$/u, '')) === kinWord(kinAsked)) ? 1 : 0.5;
  return best([
    ...lengthAnswers,
    ...measured,
    ...[...(asksLength || linearThing ? [] : sentence.matchAll(DURATION))]
      // ("his 12-year-old son": an age, not a span; nor "14,000 passengers a day", a rate.)
      .filter((m) => !/^-old\b/u.test(sentence.slice(m.index + m[0].length)))
      // (Nor "running twice a day", "three times a week": how often; nor "runs every 40 to 60 minutes", unless how often
      // is asked.)
      .filter((m) => !(/^an?\s/iu.test(m[0]) && /(?:\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}|\b(?:once|twice|thrice|times)\s+)$/u.test(sentence.slice(0, m.index))))
      .filter((m) => !(/\bevery\s+(?:\d[\d,.]*\s+(?:to|or|-)\s+)?$/iu.test(sentence.slice(0, m.index)) && !/\bhow\s+(?:often|frequently)\b|\bfrequency\b/iu.test(q.text)))
      .filter((m) => !ongoing || /-/u.test(m[0]) || runsUntilNow(sentence, m.index, m.index + m[0].length))
      // (Nor a span the question itself gives: "how long have people been working 12 hour shifts" is no "12-hour".)
      .filter((m) => !askedSpans.has(spanKey(m[0])))
      .map((m) => {
        // "a 48-hour strike": the span belongs to the word it qualifies, just after it, and is answered as written.
        const hyphen = /-/u.test(m[0]);
        const noun = hyphen ? QUALIFIED_NOUN.exec(sentence.slice(m.index + m[0].length)) : null;
        const article = noun ? articleBefore(sentence, m.index) : '';
        const span = noun ? `${article}${m[0]}${noun[0]}` : hyphen ? m[0].replace(/-(\p{L}+)$/u, (_, unit: string) => ` ${/s$/u.test(unit) ? unit : `${unit}s`}`) : m[0];
        // "more than 15 years", "nearly two weeks", "within 11 minutes": the qualifier belongs to the span.
        const qualifier = hyphen ? null : (QUALIFIER.exec(sentence.slice(0, m.index)) ?? /\bwithin\s+$/u.exec(sentence.slice(0, m.index)));
        const text = qualifier ? `${qualifier[0]}${span}` : span;
        const start = m.index - (qualifier?.[0].length ?? article.length);
        // ("cut the journey from 32 minutes by bus to 19 minutes by tram": the span before the change, which answers
        // only a question about what it was.)
        const changedFrom = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/iu.test(sentence.slice(0, m.index)) && /^[^.;:]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+|just\s+|under\s+|less than\s+|more than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s|an\s)/iu.test(sentence.slice(m.index + m[0].length)) && !asksHowItWas ? 0.5 : 1;
        // ("how long did Lucia Yalmad teach": "who taught in outer-island schools for 27 years", the span of the question's
        // own verb in its clause, not "the bank was closed for four days" by her name.)
        // (Or just after the verb itself: "The facility, built over 14 months", not "had stopped working within three years".)
        const doneIn = /\b(\p{Ll}{3,})\s+(?:over|in|within)\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|just\s+)?$/u.exec(sentence.slice(0, m.index))?.[1];
        const verbsSpan = (/\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|over\s+)?$/iu.test(sentence.slice(0, m.index)) && tokenize(/[^,;:"“”]*$/u.exec(sentence.slice(0, m.index))![0]).some((t) => t.stem === askedVerbStem)) || (doneIn !== undefined && askedVerbStem !== undefined && stem(normalizeWord(doneIn)) === askedVerbStem);
        const fit = ownSpan(m.index, m.index + m[0].length) || verbsSpan ? Math.max(OWN_SPAN_FIT, proximity(q, sentence, m.index, m.index + m[0].length, hyphen)) : ongoingDeed * proximity(q, sentence, m.index, m.index + m[0].length, hyphen);
        // ("how long will the repairs take", "how long does the crossing take now": not "Crossing used to take five
        // minutes", what was so before.)
        const bygone = notBygone && USED_TO.test(sentence.slice(0, m.index)) ? 0.5 : 1;
        // (What will be is told as such: "the work would take about four months", before "it can take 45 minutes".)
        const toCome = willAsked && FUTURE_CLAUSE.test(clauseAround(sentence, m.index)) ? 1.3 : 1;
        // ("how long was the mill shut": "cut its first logs in more than three years", the gap its return ended.)
        const gap = closedAsked && /\bfirst\b[^,;.]{0,60}\bin\s+$/iu.test(sentence.slice(0, start)) ? GAP_FIT : 0;
        // ("how long do the ponies work each day": a span told by the day, "work ten hours a day", over "the ten weeks between
        // Eid and the end of the monsoon holidays".)
        const perPeriod = perAsked === undefined ? 1 : PER_PERIOD_AFTER.exec(sentence.slice(m.index + m[0].length))?.[1]?.toLowerCase() === perAsked ? PER_PERIOD_FIT : 1 / PER_PERIOD_FIT;
        return { text, start, end: m.index + m[0].length + (noun?.[0].length ?? 0), quality: perPeriod * kinFit * changedFrom * bygone * toCome * Math.max(fit, gap) * tenseFactor(past, sentence, m.index) };
      }),
    // ("How long has she been fishing from the town?": "has fished out of Ísafjörður since 2004", told by when it began.)
    // (In a clause in the perfect: not "a second cable, discussed with the World Bank since 2019".)
    // ("How long has the ferry been out of service?": not "has been in service since 1995", the other state.)
    // (Or in a participle that says it recurs, the thing asked's own span when it is the noun before: "The festival,
    // held every July since 1993,".)
    ...(ongoing
      ? [...sentence.matchAll(SINCE_YEAR)].flatMap((m) => {
          const recurring = RECURRING_BEFORE.exec(sentence.slice(0, m.index));
          const described = DESCRIBED_SINCE_BEFORE.exec(sentence.slice(0, m.index));
          if (!(PERFECT_BEFORE.test(sentence.slice(0, m.index)) || recurring || asksWord(q, described?.[1])) || otherState(q.text, sentence.slice(0, m.index))) return [];
          const itsOwn = ownSpan(m.index) || asksWord(q, recurring?.[1]) || asksWord(q, described?.[1]);
          const someonesWith = withThingAsked?.test(sentence.slice(0, m.index)) ? 0.5 : 1;
          return [{ text: m[0], start: m.index, end: m.index + m[0].length, quality: someonesWith * Math.max(itsOwn ? OWN_SPAN_FIT : 0, proximity(q, sentence, m.index, m.index + m[0].length)) }];
        })
      : []),
    // "lasted until the end of October", "closed until at least Oct. 31": how long, told by when it ends.
    ...[...sentence.matchAll(UNTIL)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, quality: proximity(q, sentence, m.index, m.index + m[0].length) * tenseFactor(past, sentence, m.index) })),
  ]);
}

/** Whether a question asks about the past: "When did the trial start?", "How much rain fell?". */
export function asksAboutPast(q: Question): boolean {
  // (A compound adjective is no past: "How much does ready-made flour cost?", "hand-painted tiles"; nor a negated one,
  // "what is the fine for unlabelled bottles".)
  const text = q.text.replace(/\b\p{L}+-(?:made|\p{L}+ed)\b|\bun\p{Ll}{3,}ed\b/gu, '');
  return (
    (/\b(?:did|was|were|had|fell|rose|grew|went|came|took|gave|made|got|won|lost|paid|sold|left|began|ran|saw|brought|bought|spent|met|hit)\b/iu.test(text) ||
      // (Not an adjective of what is counted: "how many registered dockers are there".)
      // (Nor a present passive: "How many students are being moved to remote classes?", "How much water does the resort
      // want to be allowed to take?"; nor what is to be had done, "How much do owners pay to have each animal
      // vaccinated?")
      // (Nor an adjective after its article: "How much does the bottled water cost?")
      /\b\p{L}{2,}(?<!e)ed\b/iu.test(text.replace(/\bhow (?:many|much)\s+\p{L}+ed\b|\b(?:is|are|am|be|being)\s+\p{L}+ed\b|\bto\s+(?:have|get)\s+(?:[\p{L}-]+\s+){1,3}\p{L}+ed\b|\b(?:the|a|an)\s+\p{L}+ed\s+(?=\p{L})/giu, ''))) &&
    // ("By what date must the company restore the land it cleared?": an obligation is still to come.)
    // (Nor what can be: "how much extra can trapped air tack onto a reading", an adjective in the past's form.)
    // (Not the month: "since may", "in May 2024".)
    !/\b(?:will|would|could|can|(?<!\b(?:in|since|until|till|by|from|last|early|late|mid|of|on|this|through)\s+)may(?!\s+\d)|might|next|going to|must|should|shall|(?:have|has|need|needs) to)\b/iu.test(q.text) &&
    // ("When was the strike planned for?", "When is the protest planned?": a plan's date, which may be yet to come.)
    !/\b(?:planned|scheduled|set|due|expected|meant|supposed)(?:\s+(?:for|to)\b|\s*\?*$)/iu.test(q.text)
  );
}

/**
 * A question about what is still to come ("When will Fitzmaurice's appeal be heard?") is answered only loosely by a
 * year in a clause told in the past: not "since taking out a licence in 2006", nor
 * "lost two weeks of teaching during a strike in 2023" (unless the clause looks ahead too); nor by "last July" in
 * "ended a previous round of power cuts last July".
 */
function aheadFactor(ahead: boolean, sentence: string, date: { text: string; start: number }): number {
  if (!ahead) return 1;
  const clause = tensedClause(sentence, date.start);
  if (!pastClause(clause)) return 1;
  // (Nor by any date of a clause told plainly in the past, with no plan, deadline or span in it: "When will
  // investigators publish their report?" is not answered by the day the train derailed.)
  return /^(?:in\s+)?\d{4}$|^last\s+\p{Lu}\p{Ll}+$/u.test(date.text) || !/\b(?:to|scheduled|planned|due|expected|set|supposed|meant|deadline|target|until|by|from|since)\b/iu.test(clause) ? 0.4 : 1;
}

/**
 * The clause whose verb tells the time of a position: its own, or, for a participle after "with", the one before it
 * ("would hire 12 more park rangers ..., | with the first closed season starting on Jan. 1, 2026").
 */
function tensedClause(sentence: string, at: number): string {
  const clause = clauseAround(sentence, at);
  const from = sentence.lastIndexOf(clause, at);
  return from > 0 && /^\W*with\s+[^,;]*\b\p{Ll}{3,}ing\b/u.test(clause) ? clauseAround(sentence, from - 1) : clause;
}

/** Whether the clause around `at` is told in the past, and does not look ahead. */
export function toldInPast(sentence: string, at: number): boolean {
  return pastClause(clauseAround(sentence, at));
}

/** The same, for a clause already cut out. */
function pastClause(clause: string): boolean {
  return PAST_CLAUSE.test(clause) && !FUTURE_CLAUSE.test(clause);
}

/** Words of what is expected, forecast or hoped for, by their roots. */
// (Not "project", a noun as often: "projected" only.)
const EXPECTED_ROOTS = ['expect', 'forecast', 'projected', 'predict', 'anticipat', 'hope'];
const EXPECTATION = new RegExp(`\\b(${EXPECTED_ROOTS.join('|')})(?:s|ed|ing|e|es)?\\b`, 'iu');
/** Each root with its endings: the question's word, as the sentence may write it. */
const EXPECTED_FORMS = new Map(EXPECTED_ROOTS.map((root) => [root, new RegExp(`\\b${root}(?:s|ed|ing|e|es)?\\b`, 'iu')]));

// ("may" in lower case only: "since May" is a month.) ("should last until the end of the month" too, not "should have".)
const FUTURE_CLAUSE = /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Ss]hould(?!\s+have\b)|[Ii]s due to|[Aa]re due to|[Ii]s (?:not )?expected to|[Aa]re (?:not )?expected to|expected\s+(?:in|on|by|around|from|before|until)|due\s+(?:in|on|by)|[Nn]ext)\b/u;
const PAST_CLAUSE = /\b(?:was|were|had|lasted|ended|began|started|took|went|came|lost|said|told|\p{Ll}{3,}ed)\b/u;

/**
 * Whether the clause up to a date tells the other state than the question asks: "in service" for "out of service",
 * "open" for "closed", or the other way round.
 */
function otherState(question: string, before: string): boolean {
  const clause = /[^,;.]*$/u.exec(before)![0];
  const out = /\bout\s+of\s+(?:service|action|use|order|operation)\b/iu;
  const inState = /\bin\s+(?:service|use|operation)\b/iu;
  return (out.test(question) && inState.test(clause) && !out.test(clause)) || (inState.test(question) && !out.test(question) && out.test(clause));
}

/** A question about what is still to come: "When will the bridge reopen?", "what is the plant expected to cost?". */
const ASKS_AHEAD = /\b(?:will|going to|next|due to|expected to|supposed to|meant to|scheduled to|set to)\b/iu;

/** What was so before and is no more, up to a figure: "Crossing used to take | five minutes". */
const USED_TO = /\bused\s+to\s+\p{Ll}[^.;!?]*$/iu;

/**
 * Tense agreement between a question and the clause an answer stands in: "When did the trial start?" or "Where
 * were the talks held?" is not answered by "would begin in March" or "will meet again in London".
 */
function tenseFactor(past: boolean, sentence: string, at: number): number {
  const clause = clauseAround(sentence, at);
  // (Not a future told after the figure of something else, when its own verb is past: "some had been asked to pay
  // 250,000 naira for spaces the government had promised would be free".)
  const before = sentence.slice(Math.max(0, sentence.lastIndexOf(clause, at)), at);
  const future = FUTURE_CLAUSE.test(clause) && !(/\b(?:had|was|were)\b/u.test(before) && !FUTURE_CLAUSE.test(before));
  return past && future ? 0.4 : 1;
}

/** Nationalities as nouns, counted: "four Austrians and a Czech", "two Britons". */
const PEOPLE_WORDS = new Set(COUNTRIES.split('\n').flatMap((line) => line.split('|').slice(1)).filter((w) => /^[a-z]+$/u.test(w)));
const COUNTED = '(?:\\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Aa]n?|[Ss]everal|[Mm]any|[Ss]ome)\\s+\\p{Lu}\\p{Ll}+';
const PEOPLES = new RegExp(`\\b${COUNTED}(?:(?:,\\s+|\\s+and\\s+)${COUNTED})*\\b`, 'gu');

/**
 * "on Thursday" -> "Feb. 12", where the article gives that weekday a calendar date, and only one ("Thursday, Feb. 12").
 * `at` is where, in the text.
 */
export function calendarDateOf(answer: string, text: string): { date: string; at: number } | null {
  const day = new RegExp(`\\b(${WEEKDAYS})\\b`, 'u').exec(answer)?.[1];
  if (!day || new RegExp(`\\b(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\b|\\d{4}`, 'u').test(answer)) return null;
  const dated = weekdayDates(text).get(day) ?? [];
  return dated.length > 0 && new Set(dated.map((d) => d.date)).size === 1 ? dated[0]! : null;
}

/** The article's "Thursday, Feb. 12" pairs by weekday, read once per article text (not on every answer). */
let weekdayDatesOf: { text: string; byDay: Map<string, Array<{ date: string; at: number }>> } | null = null;
function weekdayDates(text: string): Map<string, Array<{ date: string; at: number }>> {
  if (weekdayDatesOf?.text !== text) {
    const byDay = new Map<string, Array<{ date: string; at: number }>>();
    for (const m of text.matchAll(new RegExp(`\\b(${WEEKDAYS}),?\\s+((?:${MONTHS}|${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}(?!\\d)|\\d{1,2}\\s+(?:${MONTHS})\\b)`, 'gu'))) {
      byDay.set(m[1]!, [...(byDay.get(m[1]!) ?? []), { date: m[2]!, at: m.index }]);
    }
    weekdayDatesOf = { text, byDay };
  }
  return weekdayDatesOf.byDay;
}

/**
 * A day told relative to the story ("on Tuesday", "next week", "yesterday", "at the start of the month"), which a
 * calendar date elsewhere may fix.
 */
export const RELATIVE_DAY = new RegExp(`^(?:(?:on|by|from|until|late|early|last|this|next)\\s+)*(?:(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?|week|month|year|spring|summer|autumn|fall|winter|yesterday|today|tomorrow|tonight)$|^(?:at|from|by|until|since)\\s+the\\s+(?:start|beginning|end|middle)\\s+of\\s+(?:the|this|last|next)\\s+(?:month|week)$`, 'iu');
/** A month and its day: "Oct. 7", "on October 27"; or the day first, "11 March". */
export const CALENDAR_DAY = new RegExp(`\\b(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}(?!\\d)|\\b\\d{1,2}\\s+(?:${MONTHS})\\b`, 'u');

export const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|(?:${WEEKDAYS})s?|${MONTH_ABBREVIATIONS})\\b`, 'u');

/** The Arabic article joined to a name in lower case: "Bab al-Tabbaneh", "in al-Mina", "near Bab ech-Chouhada". */
const ARTICLE_PREFIX = String.raw`(?:al|el|ad|ar|as|ash|at|az|ech|ed|ej|en|er|es|esh|et|ez)-`;
/**
 * A capitalised name after a locative preposition: "in Baghdad", "at the Rafidain Center for Dialogue (RCD) forum in
 * Baghdad", "from the regional capital Bokhtar", "on the banks of the Ruvubu river in Kayanza province", "from the
 * Swedish side of the Gulf of Bothnia", "in the centre of Görlitz", "at the 5-Mile checkpoint". The preposition
 * follows no letter at all: "Heðin Poulsen" is no "in Poulsen", which a bare `\b`, blind to letters past ASCII, let by.
 * (Names joined by a slash are one: "to Harstad/Narvik Airport".)
 */
const PLACE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Ii]n|[Aa]t|from|out\s+of|to|through|via|as\s+far\s+as|[Bb]etween|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|into|toward|towards|on|off|[Aa]long|beside|behind|past|[Aa]round|[Tt]hroughout|below|above|beneath|(?:north|south|east|west)(?:east|west)?\s+of)\s+((?:(?:the|its|their)\s+)?(?:(?:banks?|shores?|edge|outskirts|slopes?|foot|mouth|centre|center|heart|middle|(?:(?:\p{Lu}\p{Ll}+|other|far|northern|southern|eastern|western)\s+)?side)\s+of\s+(?:the\s+)?(?=\p{Lu}))?(?:\p{Ll}+['’]s\s+)?(?:(?:(?:regional|provincial|district|state|national|former|old|nearby|neighbou?ring|island|port|coastal|northern|southern|eastern|western)\s+)?(?:capital|city|town|port|village)\s+(?=\p{Lu}))?(?:(?:central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|rural|coastal|downtown|nearby|neighbou?ring|seafront|waterfront|riverside|lakeside|beachfront|harbourside|former|historic|old)\s+)?(?:\d{1,3}(?:(?:st|nd|rd|th)?\s+(?:de\s+)?(?!(?:${MONTHS}|${MONTH_ABBREVIATIONS})\b)|-(?=\p{Lu})))?(?:${ARTICLE_PREFIX})?\p{Lu}[\p{L}’'.-]*(?:\/\p{Lu}[\p{L}’'.-]*)*(?:\s+(?:(?:(?:of|for)(?:\s+the(?=\s+\p{Lu}))?|and|de|del|dei|della|di|du|des|da|do|dos|das|der|den|van|von|la|le|les|el|al|es|ni|y|am|upon|bin|ibn)\s+)?(?:(?:${ARTICLE_PREFIX})?\p{Lu}[\p{L}’'.-]*(?:\/\p{Lu}[\p{L}’'.-]*)*|\(\p{Lu}+\)))*(?:(?<=\bNo\.?)\s+\d{1,4}\b)?(?:\s+(?:(?:community|civic|sports|town|city|concert|exhibition|conference|convention|cultural|health|medical|shopping|evacuation|detention|police|fire|ferry|bus|train|rail|press|visitor|leisure|youth|heritage|research|regional|general|provincial|district|national|teaching|university|military|children['’]s|ski|mining|industrial|business|refugee|army|air|naval|nature|wildlife|tea|coffee|fishing|border)\s+)?(?:forum|summit|conference|meeting|headquarters|base|airport|heliport|hospital|clinic|stadium|office|offices|camp|regions?|provinces?|county|counties|area|districts?|border|station|embassy|court|courthouse|prison|palace|harbour|harbor|refuge|hotel|bridge|square|university|campus|school|church|mosque|shrine|temple|cathedral|museum|zoo|canal|river|dam|reservoir|mine|port|road|street|highway|motorway|coast|lake|valley|gorge|hall|arena|centre|center|gym|gymnasium|market|library|theatre|theater|park|gardens?|depot|terminal|pier|quay|wharf|roundabout|junction|intersection|crossroads|interchange|checkpoint|plaza|beach|bay|island|peninsula|forest|desert|plateau|delta|estuary|lagoon|reef|glacier|volcano|canyon|creek|marsh|wetlands?|steps|slipway|jetty|promenade|website)\b(?:\s+(?:road|street|station|terminal|market|gate|junction)\b)?)?(?:\s+(?:in|near|outside|on|of)\s+(?:(?:central|northern|southern|eastern|western|downtown)\s+)?(?!(?:${MONTHS}|${WEEKDAYS}|${MONTH_ABBREVIATIONS})\b)\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|de|del|da|do|la|el)\s+)?\p{Lu}[\p{L}’'.-]*)*(?:\s+(?:province|region|district|county|state)\b)?)?)`, 'gu');

const HOLIDAY = /^(?:Thanksgiving|Christmas|Easter|Ramadan|Eid|Diwali|Hanukkah|Passover|Halloween|New Year|Labor Day|Labour Day|Memorial Day|Independence Day|Boxing Day|Good Friday|[\p{Lu}][\p{L}’']+ Day)(?![\p{L}])/u;

/**
 * A place by its kind, in lower case: "at the hotel", "outside the health centre" (not a possessive: "at the town's only
 * monitoring station" is at the station), with what it belongs to, "at the top station of the Patscherkofel", and where
 * it is, up to a verb: "at the hospital in Lambaréné | postponed".
 */
const VENUE = new RegExp(
  String.raw`\b(?:at|in|inside|outside)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:hotel|hospital|school|church|mosque|temple|stadium|courthouse|court|plant|factory|port|airport|station|village|town|camp|base|prison|palace|embassy|parliament|university|campus|park|square|harbou?r|headquarters|office|offices|residence|hall|arena|club|sanctuary|zoo|mine|farm|ranch|warehouse|clinic|centre|center)\b(?!['’]s\b)(?:\s+of\s+the\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?(?:\s+(?:overlooking|near|on|in|at|outside)(?:\s+(?!(?:after|before|when|while|because|since|until|as|where|which|who|that|and|but|to|for|with|by|is|was|were|are|has|had|have|said|says|${MONTHS}|${MONTH_ABBREVIATIONS}|${WEEKDAYS})\b)(?!(?<=\p{Lu}[\p{L}’'.-]*\s+)\p{Ll}{3,}ed\b)[^\s,.;:]+){1,6})?`,
  'gu',
);
/** What a lower-case destination is named by, when it is a place: "to the prime minister's residence", "to a laboratory". */
const DESTINATION = /\b(?:residence|home|homes|house|houses|hall|halls|hospitals?|clinics?|units?|wards?|laborator(?:y|ies)|labs?|shelters?|schools?|camps?|centres?|centers?|area|areas|sites?|facilit(?:y|ies)|stations?|cells?|prisons?|jails?|courts?|offices?|hotels?|gym|gymnasium|stadium|church|mosque|temple|village|town|city|port|harbou?r|airport|base|border|coast|shore|sea|river|lake|mountains?|hills?|valley|forest|island|mainland|capital|neighbou?ring\s+\p{L}+|nearby\s+\p{L}+)\b/u;
/**
 * Where something goes, in lower case: "to the prime minister's residence"; with no article only before a place word
 * ("moved by boat and truck to evacuation centres in schools"), or after someone's ("to her sister's house in Capira").
 */
const TOWARD = new RegExp(`\\b(?:to|towards?|into|onto)\\s+(?:(?:the|a|an)\\s+|(?=(?:(?!(?:their|his|her|its|our|my|your)\\s)[\\p{Ll}-]+\\s+)?${DESTINATION.source})|(?=(?:their|his|her|its|our|my|your)\\s+\\p{Ll}+['’]s\\s+${DESTINATION.source}))(?:(?!\\s(?:with|after|before|because|while|who|which|that|where|when|until|but|by|for|since|as|following|amid)\\b)[^,.;:()]){3,80}(?![\\p{L}’'])`, 'gu');
/** A court named by its kind, with no article: "filed in federal court in Gulfport", "before the High Court" aside. */
// ("filed in state Supreme Court in Kingston": a level and a court's name, in either case.)
const COURT = /\b(?:in|at|before)\s+(?:(?:[Ff]ederal|[Dd]istrict|[Ss]tate|[Cc]ounty|[Hh]igh|[Ss]upreme|[Aa]ppeals|[Mm]agistrates['’]?|[Cc]rown|[Cc]riminal|[Cc]ivil|[Ff]amily|[Jj]uvenile)\s+){1,2}[Cc]ourt\b(?:\s+in\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?/gu;

/** Words that make the "to" after them neither a direction nor a place: "according to", "thanks to", "due to". */
const NO_DIRECTION = /\b(?:according|due|thanks|compared|similar|owing|prior|up)\s+$/iu;

/** Parts of a place that go by a number: "Pier 4", "Gate 12", "Terminal 2"; and roads: "along Route 40". */
const NUMBERED_PLACE = /(?:^|\s)(?:Pier|Gate|Terminal|Platform|Berth|Dock|Quay|Hangar|Runway|Ward|Block|Building|Hall|Tower|Reactor|Unit|Level|Floor|Sector|Zone|Camp|Exit|Junction|Lock|Shaft|Well|Bay|Stand|Track|Route|Highway|Interstate|Freeway|Motorway|Road)$/u;

/** The last word of a body's name, which is no place: "the Emergency Management Service", "Tea Processing Company". */
const BODY_KIND = '(?:Service|Services|Ministry|Agency|Authority|Commission|Committee|Association|Union|Federation|Company|Corporation|Party|Coalition|Alliance)';
/** A name that ends as a body's. */
const BODY_NAME_END = new RegExp(String.raw`\s${BODY_KIND}\.?$`, 'u');
/** A body's name, then where it is: "the Mai Valley Tea Processing Company | in Fikkal". */
const BODY_THEN_PLACE = new RegExp(String.raw`\s${BODY_KIND}\s+((?:in|near|outside)\s+\p{Lu}[\s\S]*)$`, 'u');

/**
 * A place in lower case something comes from, before where it is: "a used scanner | from the general hospital | in
 * Nikšić". (One named by "the" only: "ordered from a supplier in Germany" may be another thing's origin, and "in Germany"
 * answers for it as it is.)
 */
const FROM_VENUE = /\bfrom\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+$/u;
/** A journey's verb before its distance from a place: "had driven | 250 km from". */
const JOURNEY_BEFORE = new RegExp(String.raw`\b(?:driven|drove|drives|drive|travell?ed|travels|walked|walks|flown|flew|sailed|came|come|comes|carried|brought|trucked|shipped|cycled|ridden|rode|hauled|journeyed|commutes?|commuted)\s+(?:[\p{L}-]+\s+){0,2}?${HOW_FAR_OFF}$`, 'iu');
/** A thing in lower case something comes from, before what it is near: "from | a quarry | near Slite". */
const FROM_NEAR = /\bfrom\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+$/u;
/** An appositive that says what a built thing is, up to where it stands: ", a R38-million facility". */
const FACILITY_ON = /^,\s+(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}(?:facility|building|site|complex|centre|center|terminal|station|depot|plant|hall|structure|development|market|yard|warehouse)\s+$/u;
/** Where a thing stands along a road, before the place the road goes to: "a new site | on the road to | Manica". */
const ALONG_ROAD = /\b(?:on|along|off)\s+the\s+(?:(?:main|old|new)\s+)?(?:road|highway)\s+$/iu;

/** A language, maybe with its people's word before it: "Creole", "Haitian Creole", "English". */
const LANGUAGE = /^(?:\p{Lu}\p{Ll}+\s+)?(?:Creole|Kreyol|Patois|Papiamento|English|French|Spanish|Portuguese|Arabic|Swahili|Kiswahili|Hindi|Urdu|Russian|German|Italian|Chinese|Mandarin|Cantonese|Japanese|Korean|Turkish|Persian|Farsi|Dari|Pashto|Kurdish|Hebrew|Greek|Latin|Dutch|Polish|Amharic|Hausa|Yoruba|Igbo|Zulu|Xhosa|Malay|Tagalog|Filipino|Vietnamese|Khmer|Burmese|Bengali|Tamil|Nepali|Sinhala|Somali|Tigrinya|Wolof|Lingala|Kinyarwanda|Kirundi|Malagasy|Quechua|Aymara|Guarani|Bislama|Samoan|Tongan|Fijian|Maori|Gaelic|Welsh|Catalan|Basque)$/u;

/** A capitalised name of one or more words: "Bay Roberts", "Home Hill". */
const CAPITALISED = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*`;
/** Where a person named with an age is from: "Gerald Hynes, 58, of Carbonear", "both of Bay Roberts". */
const HOMETOWN = new RegExp(String.raw`(?<=\p{Lu}[\p{L}’'-]+,\s+(?:\d{1,3},\s+)?(?:both\s+|all\s+)?)of\s+(${CAPITALISED})(?=,|\s+(?:and|face|were|was|are|is|have|has|had)\b|\.)`, 'gu');
/** A place's kind in lower case after its name: " provincial referral hospital", " industrial zone", " gewog office", " bus rank". */
const KIND_AFTER_NAME = /^(?:\s+(?!(?:and|or|but|the|a|an|to|of|in|on|at|for|with|by|from|is|was|were|are|has|had|have|which|who|that|where|when)\b)[\p{Ll}-]+){0,2}\s+(?:hospital|clinic|zone|district|estate|market|souq|souk|bazaar|camp|park|port|cliffs?|reef|lagoon|beach|harbou?r|station|school|prison|jail|quarter|neighbou?rhood|suburb|settlement|plant|mine|site|quay|wharf|pier|terminal|airport|airstrip|bridge|dam|valley|plateau|office|hall|centre|center|headquarters|building|compound|depot|yard|warehouse|factory|mill|library|church|mosque|temple|stadium|square|lift|chairlift|shed|slope|piste|trail|landing|jetty|slipway|farm|pond|rank)\b/u;
/** Where something goes, after a verb of leaving and "for": "is due to leave for Jeddah", "a ship bound for Aden". */
const LEAVES_FOR = new RegExp(String.raw`\b(?:leave|leaves|left|leaving|bound|headed|heading|sail|sails|sailed|sailing|depart|departs|departed|departing|set\s+(?:off|out|sail))\s+for\s+(${CAPITALISED})`, 'gu');
/** A route between a spot in lower case and a named place: "between the lower station and Piazzale Calcigni". */
const BETWEEN_SPOT_AND = new RegExp(String.raw`\b[Bb]etween\s+the\s+(?:[\p{Ll}-]+\s+){1,3}and\s+(?:the\s+)?${CAPITALISED}`, 'gu');
/** A spot in lower case, named after it: "near the rapid known locally as El Rodeo". */
const SPOT_KNOWN_AS = new RegExp(String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|on|off|by)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:known\s+(?:locally\s+|here\s+)?as|called|named|nicknamed)\s+(?:the\s+)?${CAPITALISED}`, 'gu');
/** A thing named in apposition, then how far away it is: "The closest hospital, Atoifi Adventist Hospital, is about 42 kilometres away by sea". */
const NAMED_AWAY = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s+(${CAPITALISED}),\s+(?:is|lies|sits|stands|was)\s+((?:(?:about|around|roughly|some|nearly|almost|more than|over|just|only)\s+)?\d[\d,.]*\s*(?:kilometres|kilometers|km|miles|metres|meters)\s+away(?:\s+by\s+(?:sea|road|boat|air|car|foot|river))?)`, 'gu');
/** Where a body is based: "a Boston-based firm". */
const BASED_IN = /\b(\p{Lu}[\p{L}’'.]*(?:[\s-]\p{Lu}[\p{L}’'.]*)*)-based\b/gu;
/** Places a distance is measured from: "within 2 kilometres of Ayr, Home Hill and Brandon", "about 310 kilometers east of Virac". */
const DISTANCE_FROM = new RegExp(String.raw`\b(?:(?:within|about|around|some|roughly|up to)\s+)?\d[\d.,]*\s*(?:kilometres|kilometers|km|miles|metres|meters)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?of\s+${CAPITALISED}(?:(?:,\s+|,?\s+and\s+)${CAPITALISED})*`, 'gu');

/** Places people live in, of any size: what "which village", "which town" or "which city" asks for. */
const SETTLEMENTS = new Set(['village', 'town', 'city', 'hamlet', 'suburb', 'neighbourhood', 'neighborhood', 'commune', 'municipality']);

/** Whether a place names countries only: "bolivia", "indonesia and sri lanka", "trinidad and tobago". */
function countries(place: string): boolean {
  return COUNTRY_NAMES.has(place) || place.split(/,\s+|\s+and\s+/u).every((name) => COUNTRY_NAMES.has(name));
}

/** A place left, named with no preposition: "had left the Fijian capital Suva", "departed Lisbon". */
const LEFT_PLACE = /\b(?:left|leaving|departed|departing|departs)\s+((?:the\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?(?:capital|port|city|town|harbou?r|island|village|base)\s+(?:of\s+)?)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/gu;

/** How far from a place, before its name: "about 40 kilometres (25 miles) east of the". */
const DISTANCE_BEFORE = new RegExp(String.raw`${HOW_FAR_OFF}(?:the\s+)?$`, 'u');
/** A verb of going or carrying somewhere, before a place: "was carrying fertiliser from Rotterdam to Lisbon". */
const GOING = /\b(?:carr(?:y|ies|ied|ying)|ship(?:s|ped|ping)?|sail(?:s|ed|ing)?|fl(?:y|ies|ew|ying|own)|head(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|bound|transport(?:s|ed|ing)?|tak(?:e|es|en|ing)|took|sen[dt](?:s|ing)?|mov(?:e|es|ed|ing)|driv(?:e|es|en|ing)|drove|go(?:es|ing)?|went|gone|bring(?:s|ing)?|brought|haul(?:s|ed|ing)?|deliver(?:s|ed|ing)?|export(?:s|ed|ing)?|run(?:s|ning)?|ran|route[sd]?|evacuated|relocated|walk(?:s|ed|ing)?|march(?:es|ed|ing)?)\b[^.;]*$/iu;

/** "Where does she live?", "where is his home?": where someone lives is asked. */
const ASKS_HOME = /^where\b.*\b(?:live|lives|lived|living|reside|resides|home|homes)\b/iu;
/** What comes before where someone lives: "from her home in", "who lives in", "a resident of". */
const HOME_BEFORE = /\b(?:home|homes|house|houses|lives|lived|living|live|resides|resided|resident|residents)\s+(?:(?:\p{Ll}+\s+){0,2}?(?:in|at|on|near|of|outside)\s+(?:the\s+)?)?$/iu;
/** A move, after which someone lives somewhere else: "moved in with his daughter", "relocated". */
const MOVED = /\b(?:moved|relocated|resettled)\b/iu;
/** Where someone has moved, who lives there now: "moved in with his daughter in Vaitele", "relocated to Apia". */
const MOVED_BEFORE = new RegExp(`${MOVED.source}(?:\\s+[\\p{L}’'-]+){0,5}\\s+$`, 'iu');
/** "Where are the printed textbooks being stored?": where things are kept. */
const ASKS_STORED = /^where\b.*\b(?:stored|kept|stockpiled|warehoused|stacked|piled up|store|keep|keeps|moved)\b/iu;
/** A room of a home, in lower case, things are kept in: "has moved her remaining sacks into her kitchen". */
const HOME_SPOT = /\b(?:in|into|inside)\s+(?:her|his|their|its|the|our|my)\s+(?:own\s+)?(?:kitchen|bedroom|living\s+room|house|home|shed|storeroom|barn|garage|yard|courtyard|cellar|attic|loft)\b/gu;
/** What comes before a place things are kept in: "sitting in our warehouse in", "at a depot outside". */
const STORE_BEFORE = /\b(?:warehouses?|depots?|storerooms?|stores|sheds?|silos?|vaults?|stockpiles?|storage(?:\s+(?:facility|facilities|site|sites|yard|area))?)\s+(?:(?:in|at|on|near|outside)\s+(?:the\s+)?)?$/iu;
/** "Where is the trial being heard?", "where is the inquiry being held": where a court sits is asked. */
const ASKS_PROCEEDING = /^where\b.*\b(?:trial|trials|inquiry|inquest|hearing|hearings|case|tribunal|proceedings|lawsuit)\b/iu;
/** Where a thing was made, just before the place: "had been manufactured | in China". */
const MADE_BEFORE = /\b(?:manufactured|made|built|produced|assembled|grown|printed)\s+$/iu;
/** ... which a question about making asks: "Where were the blades made?". */
const MADE_ASKED = /\b(?:make|makes|made|making|manufactur\w*|build|builds|built|produc\w*|assembl\w*|grow|grows|grown|print|printed|come\s+from|from)\b/iu;
/** "Where did the archaeologists find the remains?": where something was found. */
const ASKS_FOUND = /^where\b.*\b(?:find|found|discover|discovered|uncover|uncovered|unearth|unearthed|dig\s+up|dug\s+up)\b/iu;
/**
 * A spot in lower case, under or in what holds a find, or some way off a thing: "found the remains of a ... gunpowder
 * store beneath its courtyard", "found his body two days later, about 2 kilometers east of the beach".
 */
const FOUND_SPOT = new RegExp(String.raw`\b(?:found|discovered|uncovered|unearthed|dug\s+up)\b(?:[^,;.]*?\s((?:beneath|under|underneath|below|inside|behind)\s+(?:its|the|their|his|her|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|[^;.]*?\s(${HOW_FAR_OFF}(?:its|the|their|his|her|a|an)\s+(?:[\p{Ll}-]+(?:['’]s)?\s+){0,2}[\p{Ll}-]+))`, 'gu');
/** "Where do mealybugs hide?": where creatures keep themselves, asked by the verb last. */
const DONE_WHERE_ASKED = /^where\s+(?:do|does|did)\s+.+?\s+(hide|nest|roost|sleep|breed|spawn|shelter|feed|graze|gather|rest|bask|burrow|lurk)\W*$/iu;
/** A verb, then a spot in lower case where it is done: "hide | under the stem of the fruit". */
const SPOT_AFTER_VERB = /\b(\p{Ll}{3,})\s+((?:under|beneath|underneath|inside|in|on|behind|among|between|along|near|at)\s+(?:the|a|an|their|its|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:\s+of\s+(?:the\s+)?[\p{Ll}-]+)?)(?=[,.;:]|\s+(?:where|when|which|that|and|but|while|so|because)\b|$)/gu;
/** "Where in the hospital is ...?": a spot inside a place is asked. */
const WHERE_WITHIN = /^where\s+in\s+(?:the|this|that|its|their)\s+([\p{L}-]+)\s+(?:is|are|was|were|will|would|do|does|did|can)\b/iu;
/** A spot inside a place, in lower case: "on the fourth floor of the hospital's new east wing", "in the basement". */
const SPOT_WITHIN =
  /\b(?:on|in|at)\s+the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|ground|upper|lower|\d{1,2}(?:st|nd|rd|th))\s+(?:floor|level|storey|story)|(?:[\p{Ll}-]+\s+){0,2}(?:wing|ward|basement|annex|annexe|block|corridor|courtyard|car park|parking lot|rooftop|roof|attic|cellar|lobby|foyer|mezzanine))\b(?:\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}(?:wing|building|block|hospital|complex|centre|center|tower|terminal|station|school|plant|factory)\b)?/gu;

/** Where someone goes, asked: "Where will Beneš go for his water?". */
const GO_ASKED = /^where\s+(?:will|would|did|does|do|can|could|should|must|is|are|was|were)\s+((?:\S+\s+){1,4}?)(?:go|going|head|heading|move|moving|turn|travel|travelling|traveling|ship|shipping|send|sending|export|exporting)\b(?!\s+of\b)/iu;

export function extractPlace(q: Question, sentence: string): Extracted | null {
  const places: Place[] = [];
  for (const m of sentence.matchAll(PLACE)) {
    const name = m[1]!;
    // A date or a holiday ("on Thanksgiving Day"), or a title ("The Lancet").
    // (But "meet on Thursday in San Fernando": the place after the day is one.)
    if (MONTH_OR_DAY.test(name) || HOLIDAY.test(name) || /^The\s/u.test(name)) {
      const after = MONTH_OR_DAY.test(name) ? /\s((?:in|near|outside)\s+\p{Lu}[\s\S]*)$/u.exec(m[0]) : null;
      const afterName = after?.[1]!.replace(/^\p{Ll}+\s+/u, '') ?? '';
      if (after && !MONTH_OR_DAY.test(afterName) && !/^The\s/u.test(afterName)) places.push({ text: after[1]!, start: m.index + after.index + 1, end: m.index + m[0].length, quality: 0 });
      continue;
    }
    // ("handed the ship's voyage data recorder to Latvian investigators": a nation's adjective before its noun.)
    // (Or one the list lacks, of two words: "to Cape Verdean shops".)
    if ((PEOPLE_WORDS.has(name.toLowerCase()) || /\s\p{Lu}\p{Ll}+(?:ean|ian|ese|ish)$/u.test(name)) && /(?:an|ese|ish|i|ch|ic)$/u.test(name) && /^\s+\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) continue;
    // ("priority would go to Barbudans, who had depended on the lagoon": a people, whom "who" tells of, is no place.)
    if (/^\p{Lu}\p{Ll}+ans$/u.test(name) && /^,?\s+who\b/u.test(sentence.slice(m.index + m[0].length))) continue;
    // ("broadcasts market prices ... in Creole from a hilltop outside Hinche": a language, not a place.)
    if (/^in\s/u.test(m[0]) && LANGUAGE.test(name)) continue;
    // ("rescuers from the Emergency Management Service": a body, not a place.)
    if (BODY_NAME_END.test(name)) continue;
    // ("centres on the Mai Valley Tea Processing Company in Fikkal": a body, then where it is, which is the place.)
    const bodyIn = BODY_THEN_PLACE.exec(m[0]);
    if (bodyIn) {
      places.push({ text: bodyIn[1]!, start: m.index + m[0].length - bodyIn[1]!.length, end: m.index + m[0].length, quality: 0 });
      continue;
    }
    // ("to EC$2.60 a pound": a currency's prefix.)
    if (/^[$£€¥]/u.test(sentence.slice(m.index + m[0].length))) continue;
    // ("published in the Journal of Vector-Borne Disease Research": a publication.)
    if (/^(?:the\s+)?(?:Journal|Review|Proceedings|Bulletin|Annals|Lancet|Gazette|Magazine)\b/u.test(name)) continue;
    // ("according to the New Brunswick Teachers' Federation", "thanks to Oxfam": no direction.)
    if (/^to\b/u.test(m[0]) && NO_DIRECTION.test(sentence.slice(0, m.index))) continue;
    // "on the Saint-Jérôme line", "in the Gagnon case": a name that only modifies the noun after it.
    if (/^\s+(?:line|lines|route|routes|service|team|case|bill|plan|project|deal|agreement|law|act|model|brand|family|government|administration|era|style|method|index|scandal|affair)\b/u.test(sentence.slice(m.index + m[0].length))) continue;
    const start = m.index;
    let text = m[0];
    // ("in the Georgian resort of Bakuriani": a nation's adjective is no place; the place it qualifies, named after it, is.)
    // (Not "in the eastern Finnish city", which names none.) (An "-i" only of a people's word, not of any name: "near
    // the Täli lift".)
    if (/^the\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(name) && (!/i$/u.test(name) || PEOPLE_WORDS.has(name.split(/\s+/u).pop()!.toLowerCase())) && /^\s+\p{Ll}/u.test(sentence.slice(start + text.length))) {
      const qualified = /^\s+(?:[\p{Ll}-]+\s+){1,2}of\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/u.exec(sentence.slice(start + text.length));
      if (!qualified) continue;
      text += qualified[0];
    }
    // "near the base of Pier 4", "at Gate 12": a numbered part of a place keeps its number.
    if (NUMBERED_PLACE.test(name)) text += /^\s+\d{1,3}[A-Z]?(?![\d,.:]*\d)/u.exec(sentence.slice(start + text.length))?.[0] ?? '';
    // ("to the Kampong Speu provincial referral hospital", "in the Bytčická industrial zone": a name that opens a place
    // whose kind is told in lower case after it.)
    // (Its words are the question's too, for fit: "at the Syrdarya thermal power plant" for "where is the power plant".)
    const kindTail = /^\S+(?:\s+\S+)?\s+(?:the|its|their)\s/u.test(text) ? KIND_AFTER_NAME.exec(sentence.slice(start + text.length))?.[0] : undefined;
    if (kindTail) {
      places.push({ text, start, end: start + text.length, quality: 0, kindTail });
      continue;
    }
    // "on Albuquerque's north side": a part of the place, named after it.
    const withPart = (place: string): string => {
      if (!/['’]s$/u.test(place)) return place;
      // ("in Equatorial Guinea's capital Malabo": the capital, by its name.)
      const part = /^(?:\s+[\p{Ll}-]+){0,2}\s+(?:side|end|outskirts|edge|centre|center|suburbs?|border|coast|waterfront|quarter|district|area|port|harbou?r|airport|station|shore|bank|hills|old town|square|market|bus rank|taxi rank)\b|^\s+(?:[\p{Ll}-]+\s+)?(?:capital|city|port)(?:\s+city)?(?:\s+(?!(?:on|in|at|of|and|the|a)\b)\p{Lu}[\p{L}’'.-]*)+/u.exec(sentence.slice(start + place.length));
      return part ? place + part[0] : place.replace(/['’]s$/u, '');
    };
    text = withPart(text);
    // "to Iraq and the Kurdistan Region": keep a second place joined by "and".
    // (And "in Bavaria and one in Hesse", and a list: "in Suva, Lautoka and Labasa".)
    // (With its own part: "between the Cámbulos station and Villamaría's main square".)
    const more = /^(?:,\s+(?!I\b)\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)*,?\s+and\s+(?:(?:one|two|three|four|five|\d+|another|others?)\s+(?:in|at|from)\s+)?(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?(?!I\b)\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/u.exec(sentence.slice(start + text.length));
    if (more) text = withPart(text + more[0]);
    places.push({ text, start, end: start + text.length, quality: 0 });
  }
  // "Gerald Hynes, 58, of Carbonear", "Kevin Dawe, 44, and Wayne Snook, 61, both of Bay Roberts": where they are from.
  const inPlace = (at: number): boolean => places.some((p) => p.start <= at && p.end > at);
  for (const m of sentence.matchAll(HOMETOWN)) {
    if (MONTH_OR_DAY.test(m[1]!) || inPlace(m.index)) continue;
    places.push({ text: `from ${m[1]}`, start: m.index, end: m.index + m[0].length, quality: 0 });
  }
  for (const m of sentence.matchAll(LEAVES_FOR)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!MONTH_OR_DAY.test(m[1]!) && !inPlace(at)) places.push({ text: `to ${m[1]}`, start: at, end: m.index + m[0].length, quality: 0 });
  }
  for (const m of [...sentence.matchAll(BETWEEN_SPOT_AND), ...sentence.matchAll(SPOT_KNOWN_AS)]) {
    if (!inPlace(m.index + m[0].length - 1)) places.push({ text: m[0], start: m.index, end: m.index + m[0].length, quality: 0 });
  }
  // ("Where is the closest hospital?": the one named, and how far.)
  const askedThing = /^where\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:to|from|of|for|in|near|on|at|located|situated)\b|\W*$)/iu.exec(q.text)?.[1]?.toLowerCase();
  for (const m of askedThing ? sentence.matchAll(NAMED_AWAY) : []) {
    const at = m.index + m[0].indexOf(m[2]!);
    if (stem(m[1]!) === stem(askedThing!)) places.push({ text: `${m[2]}, ${m[3]}`, start: at, end: m.index + m[0].length, quality: 0, spot: true });
  }
  // "Bluegate Sports Partners, a Boston-based firm": where it is based, when that is asked (not where its ship is).
  const asksBase = /\b(?:based|headquarter\w*|head office)\b/iu.test(q.text);
  // ("Where is the charity that donated the machine based?": "a Mzuzu-based charity", as sure as a headquarters named.)
  for (const m of asksBase ? sentence.matchAll(BASED_IN) : []) {
    if (MONTH_OR_DAY.test(m[1]!)) continue;
    places.push({ text: `in ${m[1]}`, start: m.index, end: m.index + m[0].length, quality: 0, headquarters: true });
  }
  // ("Where did the union file its complaint?": "had filed a complaint with the Labour Relations Authority in Male", the
  // body it was filed with.)
  const asksFiled = /\b(?:file|files|filed|filing|lodge|lodges|lodged|submit|submits|submitted)\b/iu.test(q.text);
  for (const m of asksFiled ? sentence.matchAll(FILED_WITH) : []) {
    const at = m.index + m[0].indexOf(m[1]!);
    places.push({ text: m[1]!, start: at, end: at + m[1]!.length, quality: 0, spot: true });
  }
  // ("employs about 1,200 people at its Plochingen headquarters": the place its headquarters are named by.)
  for (const m of asksBase ? sentence.matchAll(/\b(?:its|their|the\s+company['’]s|the\s+group['’]s|the\s+firm['’]s)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?)\s+(?:headquarters|head office|main office)\b/gu) : []) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (!MONTH_OR_DAY.test(m[1]!)) places.push({ text: `in ${m[1]}`, start: at, end: at + m[1]!.length, quality: 0, headquarters: true });
  }
  // "within 2 kilometres of Ayr, Home Hill and Brandon": places a distance is measured from.
  for (const m of sentence.matchAll(DISTANCE_FROM)) {
    // (Not where it only places the place named before it: "near Pina, about 18 km south of Gamgadhi".)
    const placesBefore = places.some((p) => /^(?:\s+\p{Ll}+)?,\s+$/u.test(sentence.slice(p.end, m.index))) || /\p{Lu}[\p{L}’'.-]*,\s+$/u.test(sentence.slice(0, m.index));
    if (inPlace(m.index) || placesBefore) continue;
    places.push({ text: m[0], start: m.index, end: m.index + m[0].length, quality: 0 });
  }
  // "Where will they march to?": the destination, even in lower case ("to the prime minister's residence");
  // "where ... from?": the origin.
  // "Where was the ship heading / bound / going?": the destination too.
  // ("Where is the FRA moving the grain from?": a question that ends in "from" asks where from, whatever its verb.)
  const bare = q.text.replace(/[?!.\s]+$/u, '');
  const direction =
    // ("Where does Mona Fawzy travel from on her daily commute?": "from" after a verb of going, whatever follows.)
    // (Or before a clause that says when: "Where were the oxygen cylinders trucked in from while the plant was broken?")
    // (Or opening on it: "From which village does Janet Pitakaka take the canoe?")
    // (Or with an adverb after it: "Where's the foreman Rajesh Kumar from originally?")
    // (And "where will the soil go", ending on "go", is where to; not "where did the bus go off the road".)
    // (Or asking for a kind of place: "Which village is Hysen Morina from?")
    // (And "Where have many of the young men ... gone to work?" is where to: "have gone to the mines at Sadiola".)
    /^(?:where|(?:which|what)\s+(?:village|town|city|country|region|district|province|island|county|state|neighbou?rhood|suburb|part|area|place)s?)\b.*\bfrom(?:\s+(?:orig\p{L}*|exactly|again|now|then))?$/iu.test(bare) || /^from\s+(?:where|which|what)\b/iu.test(q.text) || /^where\b.*\bfrom\s+(?:while|when|after|before|during|since|until|because|following|amid)\b/iu.test(bare) || /^where\s+(?:did|does|do|is|are|was|were)\b.*\bcome(?:\s+from)?\W*$/iu.test(q.text) || /^where\b.*\b(?:travel|travels|travelled|traveled|commute|commutes|commuted|come|comes|came|fly|flies|flew|drive|drives|drove|ride|rides|rode|walk|walks|walked|sail|sails|sailed|set\s+off|set\s+out|depart|departs|departed|start|starts|started)\s+from\b/iu.test(q.text)
      ? 'from'
      : /^where\s+(?:will|would|does|do|did|should|can)\s+.+\s+go\W*$/iu.test(q.text) || /^where\b.*\b(?:heads?(?!\s+of\b)|heading|headed|bound|going(?!\s+to\s+(?:be|take|happen|stand|sit|stay|live|work|meet)\b)|travell?ing|sailing|flying|driving|moving|sent|send|sends|sending|taken|(?:take|takes|took|taking)(?!\s+(?:place|part|over|off|effect|office|charge|care|action|steps|time|years?|months?|weeks?|days?|hours?)\b)|flown|gone(?!\s+(?:aground|missing|wrong|off|up|down|out|on|into\s+(?:effect|force))\b)|referred|transferred|moved|evacuated|relocated|diverted|rerouted|empty|empties|emptied|flows?|flowed|drains?|drained|discharges?|discharged)\b/iu.test(q.text) || /^where\b.*\b(?:to|towards?|into)$/iu.test(bare.replace(/\s+(?:on|this|next|last)\s+\p{L}+$/iu, ''))
        ? 'to'
        : null;
  // "the neighbouring municipalities of Bello and Itagui", "the port of Lavrio": places named after what they are, with
  // the preposition before and the region after ("near the town of Uis in the Erongo region"), and the particles of its
  // name ("outside the town of San Rafael del Norte"). (And "in the provincial capital of Holguín".)
  for (const m of sentence.matchAll(/\b(?:(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Ff]rom|[Tt]o)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|small|remote|coastal|northern|southern|eastern|western|central|provincial|regional|departmental)\s+)?(?:\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+)?)?(?:municipalit(?:y|ies)|towns?|capitals?|cit(?:y|ies)|villages?|hamlets?|districts?|provinces?|states?|regions?|countries|country|islands?|neighbou?rhoods?|suburbs?|communes?|counties|county|ports?|harbou?rs?|departments?|prefectures?|governorates?|cantons?|parish(?:es)?|boroughs?)\s+of\s+\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|del|della|di|da|do|dos|das|du|des|la|le|el)\s+)?\p{Lu}[\p{L}’'.-]*)*(?:(?:,\s+|\s+and\s+)\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)*(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:\s+(?:region|province|district|county|state|valley|basin|delta|highlands))?)?/gu)) {
    // (Not "the highland regions of Peru's so-called red south": a possessive names something else. But "the town of
    // Tafas in Syria's southern Daraa province" is the town, without the country whose province follows.)
    const whole = /['’]s$/u.test(m[0]) ? /^([\s\S]+?)\s+in\s+(?:the\s+)?\p{Lu}[^\s]*$/u.exec(m[0])?.[1] : m[0];
    if (!whole) continue;
    // ("in the battered Baba Amr district of Homs": the name before the kind is the place's own, with what leads to it.)
    const named = !/^(?:in|near|at|outside|from|to)\s/iu.test(m[0]) ? /(?:\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Ff]rom)\s+(?:the\s+)?(?:\p{Ll}+\s+)?)?(?:\p{Lu}[\p{L}’'.-]*\s+)+$/u.exec(sentence.slice(0, m.index)) : null;
    // ("left the track about 40 kilometres (25 miles) east of the town of Choum": with how far from it.)
    const away = !named && !/^(?:in|near|at|outside|from|to)\s/iu.test(m[0]) ? DISTANCE_BEFORE.exec(sentence.slice(0, m.index)) : null;
    const start = named ? named.index : away ? away.index : m.index;
    // ("returned to the town of Tafas", for where the press is: in the town, unless where something went is asked.)
    const spanText = sentence.slice(start, m.index + whole.length);
    const text = direction === 'to' ? spanText : spanText.replace(/^[Tt]o(?=\s+the\s)/u, 'in');
    // (It replaces a shorter name read at the same place: "in the central Mexican | state of Puebla".)
    const same = places.findIndex((p) => p.start === start);
    if (same >= 0 && places[same]!.text.length >= text.length) continue;
    if (same >= 0) places.splice(same, 1);
    places.push({ text, start, end: m.index + whole.length, quality: 0 });
  }
  // ("which districts are worst hit": "the worst-hit districts were Jangamo, Inharrime and Zavala", places the kind asked
  // is said to be, with no preposition.)
  const kindsAsked = /\b(?:which|what)\s+(villages|towns|cities|districts|provinces|regions|counties|islands|neighbou?rhoods|suburbs|municipalities|communes)\b/iu.exec(q.text)?.[1]?.toLowerCase();
  if (kindsAsked) {
    const name = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*`;
    for (const m of sentence.matchAll(new RegExp(String.raw`\b${kindsAsked}\s+(?:were|are|include|included|including)\s+(${name}(?:,\s+${name})*,?\s+and\s+${name})`, 'gu'))) {
      const at = m.index + m[0].length - m[1]!.length;
      if (!places.some((p) => p.start <= at && p.end > at)) places.push({ text: m[1]!, start: at, end: at + m[1]!.length, quality: 0 });
    }
  }
  // "Where is Pesquera Ria Nova based?": "Pesquera Ria Nova of Vigo, Spain", the place a name the question gives is of.
  const based = /^where\s+(?:is|are|was|were)\s+(.+?)\s+(?:based|headquartered|located|from)\W*$/iu.exec(q.text)?.[1];
  const basedStems = based ? tokenize(based).filter((t) => t.capitalized).map((t) => t.stem) : [];
  if (basedStems.length) {
    for (const m of sentence.matchAll(/(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)\s+of\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?)/gu)) {
      const named = new Set(tokenize(m[1]!).map((t) => t.stem));
      if (!basedStems.every((x) => named.has(x))) continue;
      const at = m.index + m[0].length - m[2]!.length;
      places.push({ text: `In ${m[2]}`, start: at, end: at + m[2]!.length, quality: 0 });
    }
  }
  // ("A Leeds-based payroll software company": where it is based, said before what it is.)
  if (based) {
    for (const m of sentence.matchAll(/\b(?:(?:A|An|The)\s+)?(\p{Lu}[\p{L}’'.]*(?:[\s-]\p{Lu}[\p{L}’'.]*)*)-based\b/gu)) {
      const at = m.index + m[0].indexOf(m[1]!);
      places.push({ text: `In ${m[1]}`, start: at, end: at + m[1]!.length, quality: 0 });
    }
  }
  // ("the car ferry between Husøy, Træna's main island, and Stokkvågen on the mainland": the second end of a route, which
  // no preposition of its own opens.)
  for (const m of sentence.matchAll(/\b[Bb]etween\s+(?:the\s+)?\p{Lu}[^,;.]*?(?:,\s+[^,;.]+,)?\s+and\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/gu)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!MONTH_OR_DAY.test(m[1]!) && !places.some((p) => p.start <= at && p.end > at)) places.push({ text: m[1]!, start: at, end: at + m[1]!.length, quality: 0 });
  }
  // ("who runs a restaurant on 2nd Avenue": a numbered street.)
  for (const m of sentence.matchAll(/\b(?:on|at|in|off)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:Avenue|Street|Road|Boulevard|Ave\.|St\.)/gu)) {
    if (!places.some((p) => p.start === m.index)) places.push({ text: m[0], start: m.index, end: m.index + m[0].length, quality: 0 });
  }
  // "at a hotel overlooking Bergen's harbor": a venue in lower case.
  for (const m of [...sentence.matchAll(VENUE), ...sentence.matchAll(COURT)]) {
    // ("outside the parliament in Oslo on Dec. 3": no date, nor the "on" it leaves.)
    if (!places.some((p) => p.start === m.index)) places.push({ text: m[0].replace(/[\s,]+$/u, '').replace(/\s+(?:on|in|at|near|outside|overlooking)$/u, ''), start: m.index, end: m.index + m[0].length, quality: 0 });
  }
  // "Where in the hospital is the new dialysis unit?": a spot inside it, in lower case ("on the fourth floor of the
  // hospital's new east wing"), not the hospital itself.
  const within = WHERE_WITHIN.exec(q.text)?.[1]?.toLowerCase();
  const asksHome = ASKS_HOME.test(q.text);
  const asksStored = ASKS_STORED.test(q.text);
  for (const m of within ? sentence.matchAll(SPOT_WITHIN) : []) {
    if (!places.some((p) => p.start === m.index)) places.push({ text: m[0], start: m.index, end: m.index + m[0].length, quality: 0, spot: true });
  }
  // ("where did Mengue store her sacks": "has moved her remaining sacks into her kitchen".)
  for (const m of asksStored ? sentence.matchAll(HOME_SPOT) : []) {
    if (!places.some((p) => p.start === m.index)) places.push({ text: m[0].replace(/^into\b/u, 'in'), start: m.index, end: m.index + m[0].length, quality: 0, spot: true });
  }
  // ("where exactly did the archaeologists find the remains": "found the remains ... beneath its courtyard".)
  for (const m of ASKS_FOUND.test(q.text) ? sentence.matchAll(FOUND_SPOT) : []) {
    const spot = m[1] ?? m[2]!;
    const at = m.index + m[0].length - spot.length;
    if (!places.some((p) => p.start <= at && p.end > at)) places.push({ text: spot, start: at, end: at + spot.length, quality: 0, spot: true });
  }
  // ("Where do mealybugs hide?": "they hide under the stem of the fruit", where the deed asked is done, in lower case.)
  const doneWhere = DONE_WHERE_ASKED.exec(q.text)?.[1];
  const doneStem = doneWhere ? stem(normalizeWord(doneWhere)) : undefined;
  for (const m of doneStem ? sentence.matchAll(SPOT_AFTER_VERB) : []) {
    const at = m.index + m[0].length - m[2]!.length;
    if (stem(normalizeWord(m[1]!)) === doneStem && !places.some((p) => p.start <= at && p.end > at)) places.push({ text: m[2]!, start: at, end: at + m[2]!.length, quality: 0, spot: true });
  }
  // ("Where is Ahmed Janahi's shop?": "from a shop in the souq", the place the asked thing is said to stand, in lower case.)
  // (Or "Where does Avi Dahan run his car wash?": "who has run a car wash on the town's industrial edge"; "Where does Abbas
  // Hamid graze his sheep?": "who grazes about 200 sheep on the lake's northern shore".)
  const thing =
    /^where(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:.+?['’]s?\s+|(?:the|his|her|their|its)\s+)(\p{Ll}[\p{L}-]+)\W*$/iu.exec(q.text)?.[1] ??
    /^where\s+(?:does|do|did)\s+.+?\s+(?:run|runs|operate|operates|own|owns|keep|keeps|have|has|build|builds|put|puts|open|opens|graze|grazes|park|parks|moor|moors)\s+(?:his|her|their|its|the|a)\s+(?:\d[\d,]*\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{L}-]+)\W*$/iu.exec(q.text)?.[1] ??
    // (Or "Where does Vo Thi Mai sell her lanterns from?": "who sells lanterns from a boat on the river".)
    /^where\s+(?:does|do|did)\s+.+?\s+\p{Ll}+\s+(?:his|her|their|its|the)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{L}-]+)\s+from\W*$/iu.exec(q.text)?.[1] ??
    // (Or the things themselves do it: "where do Ibrahim Faisal's fishing dhonis sail from": "two fishing dhonis that sail
    // from the island's northern harbour".)
    /^where\s+(?:does|do|did)\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{L}-]+)\s+\p{Ll}+\s+from\W*$/u.exec(q.text)?.[1];
  if (thing) {
    // (Or with no article: "build 600 flats on former railway land near the city centre".)
    // (Past what the things do, for where from: "two fishing dhonis that sail from the island's northern harbour".)
    const thingAt = new RegExp(`\\b${thing}\\s+${direction === 'from' ? '(?:(?:that|which)\\s+\\p{Ll}+\\s+)?' : ''}((?:in|at|on|near|behind|beside|outside|inside|next to|opposite${direction === 'from' ? '|from' : ''})\\s+(?:(?:the|a|an)\\s+)?(?:(?!(?:on|by)\\s)[\\p{Ll}’'-]+\\s+){0,2}(?!(?:on|by)\\b)[\\p{Ll}-]+(?:\\s+(?:near|on|by)\\s+the\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?)`, 'gu');
    for (const m of sentence.matchAll(thingAt)) {
      const at = m.index + m[0].length - m[1]!.length;
      if (places.some((p) => p.start <= at && p.end > at)) continue;
      let text = m[1]!.replace(/\s+(?:that|which|who|where|when|and|but|for|with|since)\b[\s\S]*$/u, '');
      // ("a borehole on the road to Kismayo airport": a preposition that ends it goes on to the name after it, and the
      // name's kind.)
      // (Or is all of it: "come from a | European Union cross-border fund".)
      const open = /(?:^|\s)(?:to|of|from|near|in|at)(\s+(?:the|a|an))?$/u.exec(text);
      if (open) {
        const after = sentence.slice(at + text.length);
        const name = new RegExp(`^\\s+${open[1] ? '' : '(?:the\\s+)?'}${CAPITALISED}`, 'u').exec(after);
        const kind = KIND_AFTER_NAME.exec(name ? after.slice(name[0].length) : open[1] ? after : '')?.[0];
        text = name || kind ? text + (name?.[0] ?? '') + (kind ?? '') : text.slice(0, open.index);
      }
      if (!text) continue;
      places.push({ text, start: at, end: at + text.length, quality: 0, spot: true });
    }
  }
  // ("Where is the trial being heard?": "Prosecutor Nino Beridze told Borjomi District Court", a court named without a
  // preposition.)
  const asksProceeding = ASKS_PROCEEDING.test(q.text);
  for (const m of asksProceeding ? sentence.matchAll(/\b(?:told|addressed|before)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:Court|Tribunal))\b/gu) : []) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!places.some((p) => p.start <= at && p.end > at)) places.push({ text: `at ${m[1]}`, start: at, end: at + m[1]!.length, quality: 0 });
  }
  // "Where are the climbers from?": "four Austrians and a Czech", the peoples a sentence counts.
  const origin = /^where\s+(?:are|is|were|was)\b.*\bfrom\W*$/iu.test(q.text);
  if (origin) {
    for (const m of sentence.matchAll(PEOPLES)) {
      if (m[0].split(/\s+and\s+/u).every((part) => PEOPLE_WORDS.has(part.split(/\s+/u).pop()!.toLowerCase()))) {
        places.push({ text: m[0], start: m.index, end: m.index + m[0].length, quality: 0, people: true });
      }
    }
  }
  // ("where did the repair ship set off from": "a repair ship had left the Fijian capital Suva", where it set out from,
  // said with no preposition.)
  if (direction === 'from') {
    for (const m of sentence.matchAll(LEFT_PLACE)) {
      const at = m.index + m[0].length - m[1]!.length;
      if (!places.some((p) => p.start <= at && p.end > at)) places.push({ text: `from ${m[1]}`, start: at, end: at + m[1]!.length, quality: 0 });
    }
  }
  if (direction === 'to') {
    // ("where will the auction money go": "the money would go to lifeguards, waste collection and new access roads", what
    // the thing asked goes to, place or not.)
    const goer = /^where\s+(?:will|would|does|do|did|is|are|was|were)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\p{L}-]+\s+)?([\p{Ll}-]+)\s+(?:go|going|gone)\W*$/iu.exec(q.text)?.[1];
    for (const m of goer ? sentence.matchAll(new RegExp(`\\b${escapeRegExp(goer)}\\s+(?:\\p{Ll}+\\s+){0,2}(?:go|goes|went|gone|going)\\s+(to\\s+[^.;:“”"]+)`, 'giu')) : []) {
      const at = m.index + m[0].length - m[1]!.length;
      if (!places.some((p) => p.start <= at && p.end > at)) places.push({ text: m[1]!.trimEnd(), start: at, end: at + m[1]!.trimEnd().length, quality: 0, spot: true });
    }
    for (const m of sentence.matchAll(TOWARD)) {
      // ("according to a plan filed with ...", "thanks to the rain", "next to the hotel": no direction.)
      if (NO_DIRECTION.test(sentence.slice(0, m.index)) || /\b(?:next|close)\s+$/iu.test(sentence.slice(0, m.index))) continue;
      // ("to flee into the freezing darkness": a lower-case destination is a place only by a place word in it.)
      // (The place ends where a clause or what came with it begins: "to hospital in Limassol | with burns and smoke
      // inhalation and were in stable condition".)
      const text = m[0].replace(/\s+(?:with|after|before|because|while|who|which|that|where|when|until|but|by|for|since|as|following|amid)\b[\s\S]*$|\s+and\s+(?:were|was|had|is|are|has|have|\p{Ll}+ed)\b[\s\S]*$/u, '');
      const placeLike = /\p{Lu}/u.test(text) || DESTINATION.test(text);
      // (Not the question's own thing: "Where does the drainage canal empty out?" is not "into a drainage canal", where
      // the wastewater goes.)
      const words = tokenize(text).filter((t) => !STOPWORDS.has(t.norm) && !/^(?:to|into|onto|toward|towards)$/u.test(t.norm));
      if (words.length > 0 && words.every((t) => q.tokens.some((u) => u.stem === t.stem))) continue;
      if (!places.some((p) => p.start === m.index)) places.push({ text, start: m.index, end: m.index + text.length, quality: 0, ...(placeLike ? {} : { vague: true }) });
    }
  }
  // "ULSAN, South Korea (AP) — About 9,000 workers ...": the dateline is where the opening sentence's events are.
  const dateline = DATELINE.exec(sentence);
  if (dateline && places.length === 0) {
    const city = dateline[1]!.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
    places.push({ text: `In ${city}`, start: 0, end: dateline[1]!.length, quality: 0, dateline: true });
  }
  const qStems = new Set(q.terms.map((t) => t.stem));
  // Who a where-question asks goes somewhere, by their head: "son" of "wang's son", "women" of "the women of Nabadogo".
  const traveller = GO_ASKED.exec(q.text)?.[1];
  const travellerHead = traveller !== undefined ? tokenize(traveller.split(/\s+of\s+/u)[0]!).filter((t) => !STOPWORDS.has(t.norm)).at(-1) : undefined;
  // The deed a "where did the harvesters rally" question asks about: its last word, after "did/do/does/will ... the X".
  const deed = /^where\s+(?:did|do|does|will|would|are|were|is|was)\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}’'-]+\s+){1,3}?(\p{Ll}{3,})\W*$/iu.exec(q.text)?.[1];
  // (Not where they are: "Where do Rokeya Khatun's parents live?" for "her parents in Rangpur"; nor where things are
  // held, "Where are the mohair auctions held?" for "send it to auctions in Gqeberha".)
  const deedStems = new Set(deed && !/^(?:live|lives|living|stay|stays|work|works|reside|resides|located|based|from|held|hosted|staged)$/iu.test(deed) ? [stem(normalizeWord(deed)), ...wordNetOf(stem(normalizeWord(deed)))] : []);
  const sentenceTokens = tokenize(sentence);
  // (The question's words in lower case, not the speech verb's nor a place word's: what a "where" clause must tell.)
  const plainStems = new Set(q.tokens.filter((t) => !t.capitalized && !STOPWORDS.has(t.norm) && qStems.has(t.stem) && !/^(?:where|located|based)$/u.test(t.norm)).map((t) => t.stem));
  const plainAsked = plainStems.size;
  // (Whether a verb is asked beside the place: "where did ... sell", not "where is".)
  const verbAsked = /^(?:so\s+|and\s+)?where\s+(?:did|does|do|will|would|can|could)\b/iu.test(q.text);
  // Not only a place the question itself names ("Where in Iraq ...?" wants something more precise).
  const fresh = places.filter((p) => p.spot || tokenize(p.text).some((t) => !qStems.has(t.stem) && (t.capitalized || direction === 'to')));
  // ("Where is the Hotel Lavanda?": never "at the Lavanda", the thing asked about itself.)
  // (Past "located": "Where is Hotel Biser located?")
  const located = /^where(?:\s+exactly)?(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(.+?)(?:\s+(?:located|situated))?\W*$/iu.exec(q.text)?.[1];
  const locatedStems = located ? new Set(tokenize(located).map((t) => t.stem)) : null;
  const itself = (p: { text: string }): boolean => {
    const names = tokenize(p.text).filter((t) => t.capitalized && !STOPWORDS.has(t.norm));
    return locatedStems !== null && names.length > 0 && names.every((t) => locatedStems.has(t.stem));
  };
  // ("Where exactly is the Doraleh plant?" of "The extension of the Doraleh plant, on the coast about 10 kilometres west
  // of the city centre,": the thing asked, named with no preposition of place, and where the sentence puts it.)
  // (Or by its noun alone, "The plant he means stands ... on the Kitale-Endebess road" for "the county's grain-drying
  // plant".)
  const locatedHead = located ? /([\p{Ll}-]+)$/u.exec(located)?.[1] : undefined;
  // ("Where is the port?": "to the port of Marina di Carrara", the asked thing by its name.)
  const namedThing = locatedHead ? new RegExp(`\\bthe\\s+${escapeRegExp(locatedHead)}\\s+of\\s+\\p{Lu}`, 'iu') : null;
  const locatedAt =
    located && !places.some(itself)
      ? (new RegExp(`(?<![\\p{L}])${escapeRegExp(located.replace(/^the\s+/iu, ''))}(?![\\p{L}])`, 'iu').exec(sentence) ?? (locatedHead ? new RegExp(`\\b(?:[Tt]he|[Ii]ts)\\s+${escapeRegExp(locatedHead)}\\b`, 'u').exec(sentence) : null))
      : null;
  const placed = locatedAt ? whereItIs(sentence, { end: locatedAt.index + locatedAt[0].length }) : [];
  const past = asksAboutPast(q);
  const askedAboutSpeech = q.tokens.some((t) => SPEECH_STEMS.has(t.stem));
  const askedKind = /\b(?:which|what)\s+(village|town|city|district|province|region|county|island|port|suburb|neighbou?rhood|commune|municipality)\b/iu.exec(q.text)?.[1]?.toLowerCase();
  // (A place people live in, or a port: not a country, a continent's part, an island or a district.)
  const asksSettlement = askedKind !== undefined && (SETTLEMENTS.has(askedKind) || askedKind === 'port');
  // ("Near which village did the slide hit the highway?": "near the village of Ganish", not "in the Hunza valley".)
  const kindOf = askedKind !== undefined ? new RegExp(`\\b${askedKind}\\s+of\\s+\\p{Lu}`, 'iu') : null;
  // ("Which village is the fisherman from?": a name, never "in the village" itself.)
  const kindItself = askedKind !== undefined ? new RegExp(`^\\p{L}+\\s+(?:the|a|an|this|that|his|her|their|its)\\s+${askedKind}[.,;:]*$`, 'iu') : null;
  // (Those the question names alone weigh less than a place another sentence adds: not "at the regional hospital in
  // Lambaréné" for "where does the diesel for lambarene come from", when "diesel tankers from Libreville" stands later.)
  const onlyNamed = new Set(fresh.length ? [] : places);
  // (What the question calls the others: "the other inspectors".)
  const restAsked = /\bthe\s+(?:other|remaining)\s+\p{Ll}+|\bthe\s+rest\b/iu.test(q.text);
  // (What the question calls new: "the new bus rank".)
  const newThing = new Set(tokenize(/\bnew\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)/iu.exec(q.text)?.[1] ?? '').map((t) => t.stem));
  // ("Where is Andalas University?": "at Andalas University in Padang" is "in Padang", past the thing asked.)
  const pastItself = located ? new RegExp(`(?<![\\p{L}])${escapeRegExp(located.replace(/^the\s+/iu, ''))}\\s+((?:in|near|outside)\\s+\\p{Lu}[\\s\\S]*)$`, 'iu') : null;
  const pastAsked = (p: Place): Place => {
    const tail = pastItself?.exec(p.text)?.[1];
    return tail ? { ...p, text: tail, start: p.end - tail.length } : p;
  };
  return best(
    [...(fresh.length ? fresh : places.filter((p) => !itself(p))).map(pastAsked), ...places.filter(itself).flatMap((p) => whereItIs(sentence, p)), ...placed]
      // ("I live in Menton. I cannot go home": a name ends at a full stop after a word, before the next sentence.)
      .map((p) => {
        const stop = /(?<=\p{Ll}{3})\.\s+\p{Lu}/u.exec(p.text);
        return stop ? { ...p, text: p.text.slice(0, stop.index), end: p.start + stop.index } : p;
      })
      .filter((p) => !kindItself?.test(p.text))
      // ("Where is the new market located?": "to a new site on the road to Manica", where along a road it stands.)
      // ("Where is the loaned scanner coming from?": "a used scanner from the general hospital in Nikšić", where from.)
      .map((p) => {
        const road = located !== undefined && /^to\s/iu.test(p.text) ? ALONG_ROAD.exec(sentence.slice(0, p.start)) : null;
        // (Or "come from a quarry near Slite": a thing in lower case, and what it is near.)
        const from = direction !== 'from' ? null : /^in\s/iu.test(p.text) ? FROM_VENUE.exec(sentence.slice(0, p.start)) : /^near\s/iu.test(p.text) ? FROM_NEAR.exec(sentence.slice(0, p.start)) : null;
        const opener = road ?? from;
        return opener ? { ...p, text: sentence.slice(opener.index, p.end), start: opener.index } : p;
      })
      .map((p) => {
      // (A distance has none of its own: "3 km from Budva".)
      const preposition = /^\p{L}+/u.exec(p.text)?.[0].toLowerCase() ?? '';
      // ("referred to hospitals in Billings", "taken by bus to schools and a sports hall in Osh": the place of where
      // they go.)
      // ("trucks loaded with beans bound for the port of San Pedro": where they are going too.)
      // (Not the far end of a stretch: "piles up on the sand from Crane Beach to Bathsheba"; but a route's, "was carrying
      // fertiliser from Rotterdam to Lisbon", is where it goes.)
      const extent = preposition === 'to' && /\bfrom\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}$/u.test(sentence.slice(0, p.start)) && !GOING.test(sentence.slice(0, p.start));
      const toward = (/^(?:to|toward|towards|into)$/u.test(preposition) && !extent) || /\b(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}+\s+){1,5}$/u.test(sentence.slice(0, p.start)) || /\b(?:bound|headed|heading|destined)\s+for\s+(?:the\s+)?$/iu.test(sentence.slice(0, p.start));
      // The way asked counts most, the other way outright least ("Evacuees from Papan ... were taken ... to schools
      // ... in Osh"); a place with neither ("In Jumla, flights ...") in between.
      const asked = direction === 'to' ? toward : preposition === 'from';
      const opposite = direction === 'to' ? preposition === 'from' : toward;
      // (More when what the question asks about stands just before the preposition: "diesel tankers from Libreville" for
      // "where does the diesel come from"; and it fits however few of the question's other words the sentence repeats,
      // "the canoe from Vorivori costs me 40 dollars" for "from which village does Janet Pitakaka take the canoe".)
      const ofAsked = asked && direction === 'from' && tokenize(/(?:[\p{L}’'-]+\s+){1,2}$/u.exec(sentence.slice(0, p.start))?.[0] ?? '').some((t) => plainStems.has(t.stem));
      const way = direction === null ? 1 : asked ? (ofAsked ? 2 : 1.5) : opposite ? 0.25 : direction === 'to' ? 0.3 : 0.5;
      // ("on a sharp bend of the highway to Oruro near the town of Yocalla": the road's name, not where it happened.)
      const roadTo = direction !== 'to' && preposition === 'to' && /\b(?:highway|road|route|motorway|expressway|railway|line|path|trail)\s+$/iu.test(sentence.slice(0, p.start)) ? 0.4 : 1;
      // "Dellantonio told reporters at the Canazei heliport that ...": where it was said, which answers only a
      // question about the saying.
      const saidWhere = !askedAboutSpeech && /\b(?:said|says|told|tells|added|announced|warned|spoke|speaking)\s+(?:\p{L}+\s+){0,3}$/iu.test(sentence.slice(0, p.start)) ? 0.4 : 1;
      // "Where are the climbers from?" asks who they are (Austrians), not where they set out from.
      const moving = /\b(?:set out|set off|left|departed|flew|sailed|drove|travell?ed|walked|came|arrived|started)\b[^,.;]*$/iu.test(sentence.slice(0, p.start));
      // (The place a spot is asked within is no answer: "At Raja Isteri Pengiran Anak Saleha (RIPAS) Hospital".)
      const container = within !== undefined && !p.spot && tokenize(p.text).some((t) => t.norm === within) ? 0.3 : 1;
      // ("Where does Maria da Conceição Neto live?": "to reach the market from her home in Samba", where home is.)
      // (So, for where things are stored, is a warehouse's place: "Most of them are sitting in our warehouse in Asmara".)
      // (Or where they moved: "a retired schoolteacher from Palauli who ... moved in with his daughter in Vaitele".)
      const movedTo = asksHome && /^(?:in|to)\s/iu.test(p.text) && MOVED_BEFORE.test(sentence.slice(0, p.start));
      const homeOrStore = (asksHome && (HOME_BEFORE.test(sentence.slice(0, p.start)) || movedTo)) || (asksStored && STORE_BEFORE.test(sentence.slice(0, p.start)));
      // ("Where is the new bus rank located?": not "outside the old rank near the Manzini Market", where the old one is;
      // "to a new site at Mnyeni" is where the new one is.)
      const old = newThing.size > 0 ? /\b(?:old|former|previous|existing)\s+((?:[\p{L}-]+\s+){0,2})$/iu.exec(sentence.slice(0, p.start)) : null;
      // (Nor where it was moved from: "moved the market off Niphat Uthit 3 Road".)
      const movedOff = /^(?:off|from|out)$/u.test(preposition) && /\b(?:moved|relocated|shifted|transferred|evicted|cleared|removed)\b[^,.;]*$/iu.test(sentence.slice(0, p.start));
      const otherOne = newThing.size === 0 ? 1 : (old && tokenize(old[1]!).some((t) => newThing.has(t.stem))) || movedOff ? 0.3 : /\bnew\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(sentence.slice(0, p.start)) ? 1.5 : 1;
      // ("Where were the other inspectors sent?": "only three of the eight ... inspectors assigned to the Empacadora plant
      // ..., after the rest were moved to a new checkpoint at El Guasaule", where the rest went.)
      const rest = restAsked && /\bthe\s+(?:rest|others|remaining|other\s+\p{Ll}+)\b[^,;.]*$/iu.test(sentence.slice(0, p.start)) ? 1.5 : 1;
      const weight = p.people || p.headquarters || p.spot ? 2 : container * way * otherOne * rest * (origin && moving ? 0.3 : 1) * (p.vague ? 0.5 : 1) * (onlyNamed.has(p) ? 0.5 : 1);
      // "Lee Sang-woo, a shipbuilding analyst at Hanyang Securities in Seoul": where someone works, unless the
      // question asks about them.
      const appositive = /(\p{Lu}[\p{L}’'-]+),\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,;“”"]*$/u.exec(sentence.slice(0, p.start));
      // (Nor when the question asks where they did what the sentence tells after it: "Where did Yang Shufen miss a
      // hospital appointment?" for "Yang Shufen, 67, a retired teacher who taught in Huangqiao ..., said she had missed a
      // hospital appointment in Shaoyang".)
      const deedAfter = (): boolean => {
        const after = new Set(tokenize(sentence.slice(p.end)).map((t) => t.stem));
        return plainAsked > 0 && [...plainStems].every((st) => after.has(st)) && !tokenize(sentence.slice(appositive!.index, p.start)).some((t) => plainStems.has(t.stem));
      };
      // (Not a thing the appositive describes, after the asked one: "a new rank built by the Sol Plaatje Municipality, a
      // R38-million facility on Phakamile Mabija Road", where the rank stands, however far from the question's words.)
      // (Not one that describes a place: "at Tanit, a smaller landing site 60 km north of Nouakchott".)
      const thingDescribed = appositive !== null && /^(?:on|in|at|near|beside|off|along)\s/u.test(p.text) && !/\b(?:at|in|on|near|to|from)\s+$/u.test(sentence.slice(0, appositive.index)) && FACILITY_ON.test(sentence.slice(appositive.index + appositive[1]!.length, p.start)) && tokenize(sentence.slice(0, appositive.index)).slice(-12).some((t) => plainStems.has(t.stem));
      const affiliation = appositive && !thingDescribed && (!tokenize(appositive[1]!).some((t) => qStems.has(t.stem)) || deedAfter()) ? 0.3 : 1;
      // (Nor where a "who" clause says someone does another thing than the one asked: "so where did Gheorghe Popa end up
      // selling his beet?" is not "said Gheorghe Popa, who farms 12 hectares near Valea Mare"; his quote's "from a dairy in
      // Sculeni" is.)
      const whoElse = /\p{Lu}[\p{L}’'-]+,\s+(?:\d{1,3},\s+)?who\s+([^,;“”"]*)$/u.exec(sentence.slice(0, p.start));
      // (Only for a deed asked, not for where a thing is, "Where is Tony Mirabella's orchard?" of "who grows ... oranges on 45
      // hectares at Irymple"; nor when the clause says where they went, "who has since moved to a research institute in
      // Copenhagen", for where they work now.)
      // (And only against another place the sentence gives before it: "who keeps about 600 sheep ... near the village of
      // Zhympity" is where Serik Zhumabayev farms.)
      const otherDeed = whoElse && verbAsked && !asksHome && plainAsked > 0 && !MOVED.test(whoElse[1]!) && !tokenize(whoElse[1]!).some((t) => plainStems.has(t.stem)) && places.some((o) => o.end <= whoElse.index) ? 0.3 : 1;
      const at = p.dateline ? 0.5 * proximity(q, sentence, p.end, p.end, true) : proximity(q, sentence, p.start, p.end);
      // "a 71-year-old woman from Ohio", "imports fabric from China": where someone or something comes from, not where
      // the event is nor where anything stands ("Where is her workshop?").
      // (Except where the person asked about, by name or as described, is from, for where they live: "Heðin Poulsen, a
      // 63-year-old sheep farmer from Húsavík" lives in Húsavík.)
      const homeOfAsked = asksHome && preposition === 'from' && appositive !== null && !MOVED.test(sentence.slice(p.end)) && tokenize(sentence.slice(appositive.index, p.start)).some((t) => qStems.has(t.stem) && !/^(?:live|lives|lived|living|reside|resides|home|homes)$/u.test(t.norm));
      // (Nor, for where something comes from, the place a distance is counted from: "about 35 kilometres from Visby"; not
      // a journey's, "had driven 250 km from Nellore".)
      const countedFrom = `${sentence.slice(Math.max(0, p.start - 80), p.start)}from `;
      const measuredFrom = direction === 'from' && DISTANCE_BEFORE.test(countedFrom) && !JOURNEY_BEFORE.test(countedFrom);
      const source = preposition === 'from' && ((direction === null && !origin && !homeOfAsked) || measuredFrom) ? 0.3 : 1;
      // "producers in southern Africa": a continent is where everything in the story is.
      const broad = /\b(?:Africa|Europe|Asia|America|Americas|Oceania|Antarctica|Middle East|Caribbean|Balkans|Sahel|Pacific|Atlantic)$/u.test(p.text.replace(/[.,;:]+$/u, '')) ? 0.6 : 1;
      // "told Reuters by phone from Jinja, where he runs a plastics factory": a "where" clause that tells what the
      // question asks says the place is the one asked for, however it is brought in.
      // (And a "which" clause that makes it the thing asked: "the recreation centre on Fifth Avenue, which has been
      // turned into a shelter".)
      const where = /^,?\s+where\s+([^,.;:]+)/u.exec(sentence.slice(p.end))?.[1];
      const which = /^,\s+which\s+(?:has|have|had|is|was)\s+(?:been\s+)?(?:turned|converted|made|set up|designated|opened)\s+(?:into|as)\s+([^,.;:]+)/u.exec(sentence.slice(p.end))?.[1];
      const told = where || which ? new Set(tokenize((where ?? which)!).filter((t) => qStems.has(t.stem) && !STOPWORDS.has(t.norm)).map((t) => t.stem)).size : 0;
      if (plainAsked > 0 && told >= Math.min(which ? 1 : 2, plainAsked)) {
        // (However far the question's words stand in the clause: "in Salalah, where most of the region's resin is sold";
        // unless the clause names a place of its own, "into Senegal, where buyers in Ziguinchor were paying".)
        const ownPlace = where !== undefined && /\b(?:in|at|near)\s+\p{Lu}/u.test(where);
        // (With the named place of its kind just before it, which the clause is about as well: "In the Al Haffa souq | in
        // Salalah, where".)
        const within = /\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)+(\p{Ll}+)\s+$/u.exec(sentence.slice(0, p.start));
        const quality = 1.5 * weight * affiliation * broad * tenseFactor(past, sentence, p.start) * Math.max(at, where && !ownPlace ? PLACED_FIT : 0);
        if (within && KIND_AFTER_NAME.test(` ${within[1]}`) && /^in\s/iu.test(p.text)) {
          return { ...p, text: `${within[0].charAt(0).toLowerCase()}${within[0].slice(1)}${p.text.replace(/^In\s/u, 'in ')}`, start: within.index, quality };
        }
        return { ...p, text: `${p.text.replace(/^from\s+/iu, 'in ')}${p.kindTail ?? ''}`, quality };
      }
      // "The recount, which is automatic in Ohio when ..., was completed ... at the board's offices in Fremont": a place
      // in an aside about the thing, unless the aside holds the question's words. (Not a "who" clause: "Lie, 29, who has
      // since moved to a research institute in Copenhagen" is where she is.)
      const clause = /,\s+which\b([^,;]*)$/u.exec(sentence.slice(0, p.start));
      const aside = clause && !tokenize(clause[1]!).some((t) => qStems.has(t.stem) && !STOPWORDS.has(t.norm)) ? 0.4 : 1;
      const kindNamed = kindOf?.test(p.text) ? 1.5 : 1;
      // (And not "the island of Eysturoy" for "which village": a place said to be other than a settlement.)
      const namedKind = /\b(village|town|city|hamlet|district|province|region|county|island|commune|municipality|state)s?\s+of\s+\p{Lu}/iu.exec(p.text)?.[1]?.toLowerCase();
      // (Nor "at the Gizo market" for "from which village": a place of its own kind, in a settlement.)
      const lastWord = /\s(\p{Ll}+)$/u.exec(p.text)?.[1];
      const otherKind = asksSettlement && ((namedKind !== undefined && !SETTLEMENTS.has(namedKind)) || (lastWord !== undefined && !SETTLEMENTS.has(lastWord) && KIND_AFTER_NAME.test(` ${lastWord}`))) ? 0.3 : 1;
      // ("In which city will Andigo fight the ban?": "in Sucre", not "in Bolivia", a country, nor "to Indonesia and Sri
      // Lanka", nor "from Central Africa".)
      const country = asksSettlement && (broad < 1 || countries(p.text.replace(/^\p{Ll}+\s+(?:the\s+)?/u, '').replace(/[.,;:]+$/u, '').toLowerCase())) ? 0.3 : 1;
      // ("In the village of Pecka, 12 kilometers (7 miles) south of Osečina": a place that only locates the one before it;
      // so with its kind after it, "In Kampar regency, about 60 km west of Pekanbaru".)
      const reference = /\p{Lu}[\p{L}’'.-]*(?:\s+(?:regency|district|province|county|municipality|region|prefecture|department|governorate|state))?,\s+(?:about\s+|some\s+|roughly\s+|around\s+)?\d[\d.,]*\s*(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?)(?:\s+\([^()]*\))?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+(?:of\s+)?)?$/u.test(sentence.slice(0, p.start)) ? 0.3 : 1;
      // ("Chinese authorities at Mohan, across the border in Yunnan province": the region only says where Mohan is; so
      // does "in Syria's" right after "the town of Tafas", a name.)
      const locatesPrevious = /^in\s/iu.test(p.text) && places.some((o) => o !== p && o.end <= p.start && (/^,\s+(?:(?:just\s+)?(?:across|over)\s+the\s+(?:border|river|lake|bay|strait)\s+)?$/u.test(sentence.slice(o.end, p.start)) || (/^\s+$/u.test(sentence.slice(o.end, p.start)) && /\p{Lu}[\p{L}’'.-]*$/u.test(o.text)))) ? 0.5 : 1;
      // ("Hundreds of snow crab harvesters in Newfoundland and Labrador kept their boats tied up": where the question's
      // people are, which says not where they did what it asks, "where did the harvesters rally", unless the sentence
      // tells that deed.)
      const before = tokenize(sentence.slice(0, p.start)).at(-1);
      const ofSubject = deedStems.size > 0 && before !== undefined && /^in\s/iu.test(p.text) && /s$/u.test(before.norm) && qStems.has(before.stem) && !sentenceTokens.some((w) => deedStems.has(w.stem)) ? 0.5 : 1;
      // ("Azure Shores Resorts, based in Dubai, wants to build 64 villas ... behind Anse Coco Rouge": where the firm is
      // based, which answers only a question about that, not "where would the resort be built".)
      const firmBase = !asksBase && /\b(?:based|headquartered)\s+$/iu.test(sentence.slice(0, p.start)) ? 0.3 : 1;
      // ("Near which village are the cliffs?": "above Rdum tal-Madonna, near the village of Mellieħa", the very kind
      // asked, fits some however little of the question the sentence repeats: the next one says "The cliffs".)
      // (So does where someone's home is, for where they live: the sentence names them only as "her".)
      // ("Where is the fatal accident inquiry being held?": "opened at Aberdeen Sheriff Court", a court for a trial or an
      // inquiry, not "in the North Sea", where the accident was.)
      const court = asksProceeding && /\b(?:court|courthouse|tribunal)\b/iu.test(p.text) ? 1.5 : 1;
      // ("Where is the desalination plant?": not "plans for a second plant near Walvis Bay", another one.)
      const another = /\b(?:a|another)\s+(?:second|third|fourth|new|further|separate|other)\s+([\p{L}-]+)\s+(?:[\p{L}-]+\s+)?$/iu.exec(sentence.slice(0, p.start))?.[1];
      const anotherOne = /^where\s+(?:is|are|was|were)\s+(?:the|its|their)\b/iu.test(q.text) && asksWord(q, another) ? 0.5 : 1;
      // ("Where are the replacement blades stuck at the moment?": not "had been manufactured in China but were still
      // waiting at the port of Djibouti", where they were made, unless making is asked.)
      const madeThere = !past && MADE_BEFORE.test(sentence.slice(0, p.start)) && !MADE_ASKED.test(q.text) ? 0.5 : 1;
      // (Where it is "still", for where it is now: "were still waiting at the port of Djibouti".)
      const stillThere = CURRENT.test(q.text) && /\bstill\s+(?:\p{Ll}+\s+){0,2}$/u.test(sentence.slice(0, p.start));
      // (Where the sentence says the asked thing stands fits well however few of the question's words it repeats.)
      // ("In Ugoki, a village about 12 kilometres from the city, the women's stitching centre was full": a place that opens
      // the sentence whose subject is the asked thing is where it stands.)
      const opensOnAsked = p.start === 0 && locatedAt !== null && /^(?:,\s+(?:a|an|the)\s+[^,;.]+)?,\s+(?:the\s+|its\s+|their\s+)?$/iu.test(sentence.slice(p.end, locatedAt.index));
      const thingNamed = namedThing?.test(p.text) === true;
      // ("Where will Beneš go for his water while the works go on?": "said he would take the 15-minute walk to the Market
      // Colonnade instead", where the one named goes, whatever other words the question has.)
      // (Or "shipping small batches to Cape Verdean shops | in Lisbon and Boston" for "where does Joana Rocha ship her grogue".)
      // (Of the one asked about, named in the sentence before the place: not "no one in the village was driving to town"
      // for "where did wang's son move to".)
      const destination = travellerHead !== undefined && (/^to\s/iu.test(p.text) || /\bto\s+(?:[\p{L}’'-]+\s+){1,3}$/u.test(sentence.slice(0, p.start))) && tokenize(sentence.slice(0, p.start)).some((w) => w.stem === travellerHead.stem);
      const fit = p.stands || opensOnAsked || thingDescribed || stillThere ? Math.max(at, PLACED_FIT) : kindNamed > 1 || homeOrStore || homeOfAsked || court > 1 || rest > 1 || ofAsked || thingNamed || destination ? Math.max(at, KIND_NAMED_FIT) : at;
      // (A court told something is where a trial is heard, for a question about one: "told Borjomi District Court".)
      return { ...p, text: `${homeOfAsked ? p.text.replace(/^from\s+/iu, 'in ') : p.text}${p.kindTail ?? ''}`, quality: otherDeed * madeThere * anotherOne * court * firmBase * ofSubject * locatesPrevious * reference * roadTo * otherKind * country * kindNamed * weight * (court > 1 ? 1 : saidWhere) * affiliation * source * broad * aside * tenseFactor(past, sentence, p.start) * fit };
    }),
  );
}

/** A cause's passive, which names it outright: "was caused (mainly) by", "have been driven up by", "was being driven by". */
const CAUSED_BY = String.raw`(?:was|were|had been|has been|have been|is|are)\s+(?:being\s+)?(?:caused|triggered|sparked|started|driven(?:\s+(?:up|down))?|pushed\s+(?:up|down)|fuell?ed)(?:\s+(?:mainly|mostly|largely|partly|chiefly|primarily|in\s+part))?\s+by`;
/**
 * Up to the end of the sentence or a semicolon; a period that ends an abbreviation ("Gen.", "U.S.") does not stop it.
 * (Nor past another reported clause: "was caused by two dry years in a row ..., | and that the guesthouse employed 11".)
 * (Not "was due to open on 1 April", a plan.) ("The rise has been linked to heavier rainfall": a link named is a cause.)
 */
const CAUSE = new RegExp(
  String.raw`\b(?:because(?:\s+of)?|due to(?!\s+(?:open|reopen|start|begin|be|close|end|finish|resume|arrive|leave|take|run|come|go|meet|expire|launch|hold|sail|fly|return|visit|sign|vote|rule|decide|complete|receive|pay|move|appear|face|reach|enter|deliver|announce|publish|retire|hand|hear|sit|stand|rise|fall)\b)|as a result of|after|following|since|amid|over|thanks to|owing to|${CAUSED_BY}|blamed on|(?<=\p{L}\s)blames?|attributed to|(?<=\b(?:been|is|are|was|were)\s)linked to|(?<=\p{L}\s)followed(?!\s+(?:by|suit|up)\b))\s+(?:(?!,\s+(?:and|but)\s+that\b)[^.;]|\.(?=\s*[\p{Ll}\d])|(?<=\b(?:Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sen|Gov|Rep|Prof|St|Jr|Sr|Inc|Co|Corp|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z]))\.)+`,
  'gu',
);
/** Words of contention just before "over", which make what follows a cause: "a strike over unpaid wages". */
const OVER_WHAT = /\b(?:protests?|protested|protesting|disputes?|rows?|anger|angry|furious|upset|outrage|concerns?|concerned|fears?|worries|worried|strikes?|striking|walkouts?|clash(?:es|ed)?|complaints?|complain(?:ed|ing|s)?|tensions?|fight(?:ing|s)?|battles?|lawsuits?|suits?|sued|criticism|criticised|criticized|dismay|frustration|frustrated|resign(?:ed|s)?|quit|sacked|fired|dismissed|fined|charged|arrested|investigat\w*|boycott\w*|unrest|tension|alarm|split|divided|feud)\b[^,;.]{0,25}$/iu;
/** A connective that names the cause itself, at the start of what CAUSE found ("The latest shortage followed a derailment"). */
const NAMED_CAUSE = new RegExp(`^(?:${CAUSED_BY}|blamed on|blames?|attributed to|linked to|followed)\\s+`, 'u');

/** A cause told as one, up to its verb: "(that) | an illegal electrical connection in one of the shops | was the most likely cause". */
const CAUSE_TOLD = /(?:^|\bthat\s+|[,;]\s+)((?:an?|the)\s+[^,;.]{3,80}?)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:the|a)\s+(?:(?:most|more)\s+)?(?:likely|probable|possible|main|chief|primary|suspected|leading)\s+cause\b/u;

/** "What caused the leak in the Papan dam?": a question that names what it asks the cause of. */
export const ASKS_CAUSE_OF = /^what\s+(?:caused|triggered|sparked|started|led to)\b/iu;

/**
 * A time, not a cause, after a connective: "since 2009", "after March 4", "over the past decade"; or an age, "since the
 * time of King Mindon"; or an event with no verb, "had doubled in price since the closure, from about ...".
 */
const TIME_AFTER_CONNECTIVE = /^(?:since|after|following|over)\s+(?:the\s+(?:past|last|next)\s+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|then|years?|months?|weeks?|days?|decades?)\b)|^since\s+the\s+(?:time|times|days|era|reign|age)\s+of\b|^since\s+(?:the|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:,|$)/u;

/**
 * The clauses causal connectives open, and those inside one that only tells a time: "that has stood empty since 2009, has
 * been postponed ... | after builders found serious corrosion".
 */
function causeClauses(sentence: string): Array<{ 0: string; index: number }> {
  const out: Array<{ 0: string; index: number }> = [];
  for (const m of sentence.matchAll(CAUSE)) {
    out.push({ 0: m[0], index: m.index });
    if (!TIME_AFTER_CONNECTIVE.test(m[0])) continue;
    const skip = m.index + /^\S+\s+/u.exec(m[0])![0].length;
    for (const n of sentence.slice(skip).matchAll(CAUSE)) out.push({ 0: n[0], index: n.index + skip });
  }
  return out;
}

/** A verb in the perfect before, in the same clause: "had fallen by 60 percent | since ...". */
const PERFECT_VERB_BEFORE = /\b(?:has|have|had)\s+(?:not\s+|never\s+|already\s+|been\s+)?\p{Ll}{2,}(?:ed|en|wn|un|t)\b[^,;.]*$/u;

/** A passive and its agent: "were weakened by | the drought of 2022". */
const DONE_BY = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}(?:ed|en))\s+by\s+([^,.;"“”]+)/gu;

/** Why-questions: the clause a causal connective opens next to the question's words ("increased after the US assassinated ..."). */
export function extractCause(q: Question, sentence: string): Extracted | null {
  // ("What caused the leak?": the cause of the leak, which the sentence names before its cause, not the cause of
  // something else in it: "evacuated villages below the Papan reservoir after engineers found muddy water".)
  const effect = ASKS_CAUSE_OF.test(q.text) ? q.terms.filter((t) => t.weight >= 0.55 && !/^(?:caus|trigger|spark|start|led|lead)/u.test(t.stem)) : [];
  const effectBefore = (at: number): boolean => {
    const before = tokenize(sentence.slice(0, at));
    return effect.every((t) => before.some((w) => match(q, t.stem, w.stem) >= 0.35));
  };
  // ("said that an illegal electrical connection in one of the shops was the most likely cause": the cause, told as one.)
  const toldCause = CAUSE_TOLD.exec(sentence);
  const causeAt = toldCause ? toldCause.index + toldCause[0].indexOf(toldCause[1]!) : -1;
  const told = toldCause ? [{ text: toldCause[1]!, start: causeAt, end: causeAt + toldCause[1]!.length, quality: 1.5 * proximity(q, sentence, toldCause.index, toldCause.index + toldCause[0].length) }] : [];
  // ("why were palms weak this year": "Many palms were weakened by the drought of 2022", what did to them what the
  // question asks about, by its own word.)
  const askedStems = new Set(q.terms.flatMap((t) => [t.stem, ...(t.alternatives ?? []).map((x) => x.stem)]));
  for (const m of sentence.matchAll(DONE_BY)) {
    // (Not a verb of causing, which CAUSE reads already: "was caused by brake failure".)
    if (!askedStems.has(stem(normalizeWord(m[1]!))) || /^(?:caused|triggered|sparked|started|driven|pushed|fuell?ed)$/u.test(m[1]!)) continue;
    const text = m[2]!.replace(/\s+and\s+(?:could|would|had|have|has|was|were|is|are|did|\p{Ll}+ed)\b[\s\S]*$/u, '').trim();
    const at = m.index + m[0].length - m[2]!.length;
    if (text.split(/\s+/u).length >= 2) told.push({ text, start: at, end: at + text.length, quality: 1.5 * proximity(q, sentence, m.index, m.index + m[0].length) });
  }
  return best(
    [...told, ...causeClauses(sentence)
      .filter((m) => effectBefore(m.index))
      .map((m) => {
        // "the crash was caused by brake failure": the cause itself ("Brake failure ..."), named outright, counts more
        // than a clause that may only say when ("after the driver had been at the wheel").
        // ("Wool prices have been driven up by years of drought": a rise's cause too; so is what someone blames, "Bakers
        // blame a mix of rising flour costs, power cuts ...".)
        const named = NAMED_CAUSE.exec(m[0]);
        // ("It has been shut since March 2023, when its diesel burner failed and ...": what happened when it began.)
        const began = /^since\s+[^,;]{1,30},\s+when\s+/u.exec(m[0]);
        const from = m.index + ((named ?? began)?.[0].length ?? 0);
        // (Nor past the end of a quote: "because the summers are longer and drier," warned Omar Khasawneh".)
        // (Nor past the main clause's verb after it: "named after the brewer that sponsored the race for more than two
        // decades, | would be inspected again in March".)
        const text = sentence.slice(from, m.index + m[0].length).replace(/,\s+(?:after|which|who|while|would|will|could|should|was|were|is|are|has|have|had)\b[\s\S]*$|,["”]\s[\s\S]*$/u, '').trim();
        const p = proximity(q, sentence, m.index, m.index + m[0].length) * (named ? 1.5 : /^(?:after|following|since|amid|over)\b/u.test(m[0]) ? 0.8 : 1);
        return { text, start: from, end: from + text.length, quality: p };
      })
      // ("since 2015", "after March 4", "over the past decade", "since she was 13": when, not why.)
      .filter((c) => !/^since\s+(?:he|she|they|I|we|it)\s+(?:was|were)\s+(?:\d|a\s+(?:child|boy|girl|teenager))/u.test(c.text))
      .filter((c) => !TIME_AFTER_CONNECTIVE.test(c.text))
      // ("traffic ... had fallen by 60 percent since it opened on September 12": "since" after a perfect is when.)
      .filter((c) => !/^since\s/iu.test(c.text) || !PERFECT_VERB_BEFORE.test(sentence.slice(Math.max(0, c.start - 80), c.start)))
      // ("the lowest figure since systematic counts began there in 1996": "since" after a superlative, or of a beginning, is
      // when.)
      .filter((c) => !/^since\s/iu.test(c.text) || !(/\bthe\s+(?:\p{Ll}{2,}est|first|most|least|fewest)\b[^,;.]*$/u.test(sentence.slice(Math.max(0, c.start - 60), c.start)) || /\b(?:began|begun|started|opened|founded|launched|set\s+up)\b/u.test(c.text)))
      // ("because what else is there?": a question gives no cause.)
      .filter((c) => c.quality > 0 && c.text.split(/\s+/u).length >= 3 && !/\?/u.test(c.text))
      // ("stirred a huge pan of boiling milk over a wood fire": "over" is a cause only after words of contention, "a strike
      // over unpaid wages", "angry over the delays".)
      .filter((c) => !/^over\s/u.test(c.text) || OVER_WHAT.test(sentence.slice(Math.max(0, c.start - 40), c.start)))],
  );
}

/** Words up to a comma, full stop or semicolon, reading through the ones inside a number ("30,000", "2.5"). */
const CLAUSE = String.raw`(?:[^,.;]|(?<=\d)[,.](?=\d))+`;
// ("Han Gyeong-su, 61, Dongyeong University’s vice president for admissions,": after an owner's name too.)
const APPOSITIVE = new RegExp(String.raw`^,\s+((?:the|a|an|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+${CLAUSE})[,.;]`, 'u');
/** ", president of the Moheli Traders' Association,": a title with no article, up to a preposition. */
const BARE_APPOSITIVE = new RegExp(String.raw`^,\s+(((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?:\s+(?:of|for|at|in|with|on)\s+${CLAUSE})?)[,.;]`, 'u');
/** ", one of the two apprentices,": one of a group named. */
const ONE_OF_APPOSITIVE = new RegExp(String.raw`^,\s+(one\s+of\s+(?:the|its|his|her|their|\p{Lu}[\p{L}.-]*['’]s)\s+${CLAUSE})[,.;]`, 'u');
/** ", who heads search and rescue operations in Malatya,", ", whose hip replacement was postponed,". */
const RELATIVE = new RegExp(String.raw`^,\s+(?:who\s+(?!said|says|told|spoke|asked|added|declined|did not|didn’t|didn't)|(?=whose\s))(${CLAUSE})`, 'u');

/** A role in apposition just before a name: "Kremer’s former chief financial officer, " (then "Sandra Feller"). */
// (After a clause's "and" or "by" too: "signed by the minister and the company's chief executive, Grant Whitfield".)
// (Or opening the sentence: "The driver, Ronald Kessler, 58, was in serious but stable condition.")
const ROLE_BEFORE_NAME = new RegExp(String.raw`(?:^|[,;:—]\s+|\s(?:and|by|with)\s+)(${ROLE_OPENER}\s+(?:(?!\s(?:and|by|with)\s)[^,])*\p{Ll}[^,]*|^The(?:\s+[\p{L}’'-]+){1,4}),\s+$`, 'u');

/**
 * How a sentence describes a person it names: the title or role words just
 * before the name ("PMF deputy commander Abu Mahdi al-Muhandis"), an appositive
 * after it (", the union’s general secretary,"), or a copula ("X is head of ...").
 */
export function describeMention(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  // "Graham Ellery, 72, whose hip replacement ...": an age first.
  const aged = /^,\s+(\d{1,3})(?=,)/u.exec(sentence.slice(at + name.length));
  const after = sentence.slice(at + name.length + (aged?.[0].length ?? 0));
  // "Kremer’s former chief financial officer, Sandra Feller, 45,": a role in apposition before the name.
  const roleFirst = ROLE_BEFORE_NAME.exec(sentence.slice(0, at));
  const title = titleBefore(sentence.slice(0, at)) ?? roleFirst?.[1]?.replace(/^The\s/u, 'the ') ?? null;
  // (Or with no article: "Hamidou Youssouf, president of the Moheli Traders' Association, accused ...".)
  const bare = BARE_APPOSITIVE.exec(after);
  const appositive = APPOSITIVE.exec(after) ?? ONE_OF_APPOSITIVE.exec(after) ?? (bare && /[\p{Ll}-]+$/u.exec(bare[2]!)?.[0].split('-').some(isTitleWord) ? bare : null);
  const relative = RELATIVE.exec(after);
  const copula = /^\s+(?:is|was|has been|serves as)\s+([^.;]+)/u.exec(after);
  const found = appositive?.[1] ?? relative?.[1] ?? copula?.[1] ?? null;
  const detail = aged ? (found ? `${aged[1]}, ${found}` : `${aged[1]} years old`) : found;
  const who = relative && found === relative[1] && !/^whose\s/u.test(found) ? 'who ' : '';
  // "Head coach Ruwan Jayasekera, a former Sri Lanka wicketkeeper": both halves describe him.
  if (title && detail) return `${title}, ${who}${detail}`;
  return detail ?? title;
}

/** Title or role words just before a name: "PMF deputy commander", "Councilmember". */
function titleBefore(before: string): string | null {
  const ws = before.trimEnd().split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (let i = ws.length - 1; i >= 0 && kept.length < 6; i--) {
    const w = ws[i]!;
    if (/[,.;:”"]$/u.test(w) && !/^(?:Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sen|Gov|Rep|Prof)\.$/u.test(w)) break;
    // (Nor a negation: "and not President Macron’s decision" calls him "President".)
    if (/^(?:and|or|but|the|a|an|of|by|with|after|before|to|for|that|who|when|said|told|says|according|not|nor|never|no)$/iu.test(w)) break;
    if (/^\p{Ll}+(?:ed|ing)$/u.test(w) || /^[“"(—–-]/u.test(w)) break;
    kept.unshift(w);
  }
  // "Germany's Lukas Henninger": a possessive name alone says where they are from, not what they are.
  if (kept.length === 1 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(kept[0]!)) return null;
  return kept.length ? kept.join(' ') : null;
}
