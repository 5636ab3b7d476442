/**
 * Who said what: every statement in the article (direct quotations, reported
 * speech, "according to", the headline's "X says ...") with its speaker, one
 * entity per speaker across name forms, titles, descriptions and pronouns.
 * Computed once per article, by rules; no external service.
 */
import type { Article, Sentence } from '../article/index.js';
import { DATELINE, datelineLength, quotedRanges, type TextRange } from '../article/index.js';
import { MONTH } from '../passages/index.js';
import { articleExpansion, nationOf, type Expansion } from '../retrieval/expansion.js';
import { informativeness } from '../retrieval/lexicon.js';
import { escapeRegExp, normalizeWord, spellsCommonWord, stem, tokenize } from '../retrieval/text.js';
import { ACRONYM_IN_BRACKETS, AGENT_OF_ROLE_VERB, BUSINESS_HEAD, COMPANY_WORDS_ABROAD, describedRole, GIVEN_NAME, isBusinessKind, isCap, NAME_JOINER, ORG_LIST, ORG_WORDS, parseSpeakerPhrase, PERSON_NOUNS, phraseStems, PLACE_KIND_POSSESSIVE, PLACES, pronounOf, ROLE_CLAUSE, surnameKey, TITLE_WORDS, TWO_WORD_NAME, words, type ParsedSpeaker, type Speaker } from './speakers.js';

export type { Speaker, SpeakerKind } from './speakers.js';

export interface Statement {
  id: number;
  /** Null when the article does not say who said it. */
  speaker: Speaker | null;
  /** How the sentence names the speaker ("he", "A member of the French delegation"). */
  speakerPhrase: string | null;
  /** Verbatim content: the quotation (without its outer marks) or the reported clause. */
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** Index of the sentence that holds the statement (its first sentence). */
  sentence: number;
  direct: boolean;
  /** The speech verb ("said", "told", "according to"). */
  cue: string;
}

export interface Attribution {
  speakers: Speaker[];
  /** In article order. */
  statements: Statement[];
  /** Statements that touch a sentence. */
  statementsIn(sentence: number): Statement[];
  /** Speakers matching a phrase from a question ("Macron", "the French president"), best first. */
  findSpeakers(phrase: string): Speaker[];
  /** People and organisations named in a sentence, as speakers (canonical entities) where known. */
  peopleIn(sentence: number): Speaker[];
}

const SPEECH =
  'put|puts|ruling|ruled|alleging|alleged|alleges|forecast|forecasts|claiming|adding|insisting|warning|arguing|noting|stressing|telling|blamed|blames|said|says|say|saying|told|tells|tell|added|adds|noted|notes|stressed|stresses|warned|warns|insisted|insists|denied|denies|argued|argues|claimed|claims|stated|states|announced|announces|explained|explains|asserted|asserts|suggested|suggests|acknowledged|acknowledges|admitted|admits|confirmed|confirms|declared|declares|emphasi[sz]ed|emphasi[sz]es|urged|urges|replied|replies|responded|responds|wrote|writes|tweeted|commented|comments|predicted|predicts|promised|promises|vowed|vows|pledged|pledges|recalled|recalls|reiterated|reiterates|maintained|maintains|concluded|concludes|complained|complains|cautioned|cautions|conceded|concedes|contended|contends|countered|counters|estimated|estimates|observed|observes|accused|accuses|demanded|demands|called for|called on|pointed out|points out|raised concerns|expressed concern|voiced concern|disputed|rejected|dismissed|described|describes|predicted|hinted|objected|protested|recommended|proposed|questioned|welcomed|criticised|criticized|condemned|threatened|announced|called|calls|branded|dubbed|testified|testifies|testifying|found|finds|finding|asked|asks|wondered|informed|informs|notified|notifies';

/** Verbs that report speech only with their object and a "that": "informed the workshops by email ... that". */
const INFORMED = /^(?:informed|informs|notified|notifies)$/iu;

/** What an estimate puts at a figure: "the cost of the recount at about $190,000", "the figure at more than 20,000". */
const ESTIMATE_OBJECT = /^\s+(?:the|its|their|his|her|it)\b[^,.;“”"]{0,60}?\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|more than\s+|less than\s+|nearly\s+|almost\s+|up to\s+)?\p{Sc}?\s?\d/iu;

/** Verbs that are speech only in a speech frame (followed by "that", a colon, a quotation, or ending the clause). */
const WEAK = new Set([
  'promised', 'promises', 'blamed', 'blames', 'alleged', 'forecast', 'forecasts',
  'added', 'adds', 'maintained', 'maintains', 'confirmed', 'confirms', 'estimated', 'estimates', 'observed', 'observes',
  'noted', 'notes', 'described', 'describes', 'recalled', 'recalls', 'rejected', 'dismissed', 'disputed', 'welcomed',
  'criticised', 'criticized', 'condemned', 'threatened', 'questioned', 'proposed', 'recommended', 'accused', 'accuses',
  'demanded', 'demands', 'concluded', 'concludes', 'suggested', 'suggests', 'claimed', 'claims', 'states', 'stated',
  'protested', 'objected', 'replied', 'replies', 'responded', 'responds', 'comments', 'commented', 'countered', 'counters',
  'called', 'calls', 'branded', 'dubbed', 'declared', 'declares', 'announced', 'announces',
  // (A witness's evidence: "testified that she had raised concerns", not "testified for two hours".)
  'testified', 'testifies', 'testifying',
  // (A court's finding: "ruling that the company had flooded 600 hectares".)
  'ruled', 'ruling',
  // (An audit's or an inquiry's: "Auditor General Dorian Knowles found that ...", not "were found dead".)
  'found', 'finds', 'finding',
]);

/** "that" before a word for what was said: "rejected that claim on Monday", "disputed that figure". */
const THAT_NOUN = /^\s*that\s+(?:claims?|arguments?|accounts?|views?|ideas?|suggestions?|accusations?|allegations?|figures?|versions?|assessments?|criticism|reports?|notion|requests?|proposals?|offers?|charges?|estimates?|characteri[sz]ation|description|interpretation|reading|decision|demand|conclusion|finding)\b/u;

const CUE = new RegExp(`\\b(?:${SPEECH})\\b|\\baccording to\\b`, 'giu');

/** Time and manner adjuncts between a subject and its verb: "late on Tuesday", "has also". */
const ADJUNCT_TAIL = new RegExp(
  '(?:' +
  [
    '(?:,?\\s+(?:late|early|earlier|later)?\\s*(?:on\\s+)?(?:last\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?,?)',
    '(?:,?\\s+(?:earlier|later)\\s+(?:this|that|last|in\\s+the)\\s+\\w+,?)',
    '(?:,?\\s+(?:last|this|next)\\s+(?:week|month|year|night|weekend),?)',
    '(?:,?\\s+on\\s+\\p{Lu}\\w+\\.?\\s+\\d{1,2},?)',
    '(?:\\s+(?:has|have|had|was|were|is|are|will|would|also|long|now|both|all|later|previously|again|then|repeatedly|recently|reportedly|separately|further|earlier|once|publicly|privately|quickly|flatly|firmly|angrily|simply|only|already|never|always|often|not|did|does|do|had\\s+\\w+ly|would\\s+\\w+ly))',
    '(?:,?\\s+in\\s+(?:a|an|the)\\s+(?:statement|interview|press conference|news conference|speech|post|tweet|letter|briefing)(?:\\s+\\w+){0,4},?)',
    '(?:,?\\s+(?:yesterday|today|tonight|overnight),?)',
    // ("Megan Oyelaran, a nurse who moved to Bozeman from Spokane, Washington, in 2019,": when she moved.)
    `(?:,\\s+in\\s+(?:(?:early|late|mid-)\\s*)?(?:${MONTH}\\s+)?(?:19|20)\\d{2},)`,
  ].join('|') + ')$',
  'iu',
);

/** The object of "told" (or "informed"): "told reporters", "told Rudaw", "told a news conference in Paris". */
// (With where and when: "told reporters in Nuwara Eliya on Thursday that".) (Not a clause's verb: "telling reporters the
// withdrawal had been “only a precaution”" told them all of it.)
// (With a day and its date: "informed the workshops by email on Tuesday, October 7, that".)
const TOLD_OBJECT = /^\s+(?:(?:the|a|an)\s+)?(?:(?!(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must)\b)(?:[\p{L}’'.-]+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\p{Lu}\p{Ll}+\s+\d{1,2},)\s+){0,9}?(?=that\b|[,:“"]|$)/iu;

/** Adjuncts right after a speech verb: "said on Thursday that", "said Tuesday.", "said in a statement:" (and "in a
 * letter to the prime minister dated Oct. 3 that", "warned, however, that"). */
// (A weekday's date set off before "that": "said in a statement on Tuesday, July 8, that it had ordered".)
const AFTER_ADJUNCT = new RegExp(
  String.raw`^\s*,\s*(?:however|though|meanwhile|nevertheless|moreover|furthermore|instead|too)\s*,|^,\s+(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?,(?=\s+that\b)|^(?:\s*,)?\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|weekend)(?:\s+(?:morning|afternoon|evening|night))?|^\s+(?:yesterday|today|tonight|repeatedly|publicly|privately|again|also|later|earlier|on\s+\p{Lu}\p{L}*\.?\s+\d{1,2}(?:,\s+\d{4})?|in\s+(?:a|an|the|its|their)\s+(?:written\s+)?(?:statement|interview|press conference|news conference|speech|post|tweet|letter|briefing|report)(?:\s+(?:published|released|issued|posted))?(?:\s+(?:on|to|with|in)(?:\s+(?!that\b)(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|[^\s,:.;“"]+)){1,8})?)`,
  'iu',
);

function skipAdjuncts(text: string, from: number, to: number): number {
  let at = from;
  for (let i = 0; i < 4; i++) {
    const m = AFTER_ADJUNCT.exec(text.slice(at, to));
    if (!m || m[0].length === 0) break;
    at += m[0].length;
  }
  return at;
}

function contains(r: TextRange, pos: number): boolean {
  return pos >= r.start && pos < r.end;
}

interface Candidate {
  sentence: Sentence;
  cue: string;
  phrase: string | null;
  parsed: ParsedSpeaker | null;
  contentStart: number;
  contentEnd: number;
  direct: boolean;
  /** Set for quotations with no speech verb: the speaker comes from context. */
  bare?: boolean;
  /** Shares the subject of the verb before it: "said ... and denied ...". */
  coordinated?: boolean;
}

/** An organisation named for a list, anywhere in a text: its commas split nothing. */
const ORG_LIST_IN_TEXT = new RegExp(String.raw`\b${ORG_LIST}`, 'gu');
/** Words for a kind of business (or a body run like one) that may introduce its name: "the public transport operator Liemobil". */
const BUSINESS_KINDS = 'operator|company|firm|carrier|airline|utility|cooperative|co-operative|charity|supplier|contractor|developer|insurer|lender|bank|retailer|manufacturer|maker|broadcaster|publisher|regulator|distributor|exporter|importer|producer|roaster|processor|wholesaler';
/** A business's kind, as the whole of a title before a name: "operator Dublin Bus", "state carrier Air Tanzania", "Lift
 * operator Žičnice Karavanke". */
const BUSINESS_TITLE = new RegExp(`^(?:(?:state|national|public|regional|private|local|state-owned|state-run)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${BUSINESS_KINDS})$`, 'iu');
/** A body's kind, as the whole of a title before a name: "The farmers' association Bolanha Viva". */
const BODY_TITLE = /^(?:[\p{Ll}’'-]+\s+){0,2}(?:association|union|federation|society|alliance|network|coalition|collective|group)$/u;
/**
 * A sentence that opens with a body, named after what it is: "The company, Sandhill Forage LLC,", "The building's owner,
 * Bayfront Residential Holdings,".
 */
const IT_OPENER = new RegExp(String.raw`^(?:The|Its)\s+((?:[\p{Ll}’'-]+\s+){0,2}(?:${BUSINESS_KINDS}|owners?|landlord|auditor|group|organi[sz]ation|agency|authority|body))\s*,\s+((?:\p{Lu}[\p{L}’'&.-]*\s+(?:(?:&|and|of|de|du|des|la|le|del)\s+)*)*\p{Lu}[\p{L}’'&.-]*),`, 'u');
/**
 * A body named as another of its kind, which "the council" of the story is not: "Neighbouring Caerphilly County Borough
 * Council".
 */
const ANOTHER_OF_KIND = /^(?:Neighbou?ring|Nearby|Rival|Another|Other|Adjacent)\s/u;
/** What a body issues and a person seldom does: "said in a statement". */
const IN_A_STATEMENT = /\bin\s+a\s+(?:written\s+|short\s+|brief\s+|joint\s+)?statement\b/u;

/** Such a name before "who" or "which" at the end of a subject. */
const LISTED_WHICH = new RegExp(String.raw`(?:^|\s)((?:[Tt]he\s+)?${ORG_LIST}(?:\s+\(\p{Lu}[\p{L}]*\))?),\s+(?:who|which)$`, 'u');
/** Such a name opening a phrase, with its article and acronym. */
const LISTED_AT_START = new RegExp(String.raw`^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}${ORG_LIST}(?:\s*\(\p{Lu}[\p{Lu}&.-]{1,9}\))?`, 'u');

/** A particle inside a name, with what follows it: "Hadi al-Amiri", "Corporación Carnaval del Caribe". */
// ("Jalong anak Ugap": the Iban and Malay "child of" too.)
const NAME_PARTICLE = String.raw`(?:al|el|binti|bin|ibn|anak|de|del|della|da|di|du|do|dos|das|van|von|der|den|la|le)[-\s]`;
/**
 * "Jane Roe, the union’s general secretary," at the end of a subject: a name, then its appositive (or two: "Modou Lamin
 * Sowe, managing director of Sahel Agro Trading, one of the largest licensed buyers,"; or one with a list of what the
 * role is for: "Kwame Asare Boadu, Ghana's deputy minister for tourism, arts and culture,"; a title with "of" before the
 * name: "Deputy Superintendent of Police Kamal Bhandari, spokesperson for the Kaski District Police Office,"; or a
 * body's letters and figures, "BIJ12, the agency that assesses wildlife damage claims,").
 */
const NAME_FIRST = new RegExp(String.raw`(?:^|[,;:]\s+|\b(?:and|but|was|were|is|are)\s+)(?!(?:In|At|On|From|Near|Outside|Inside|Across|Around|Throughout|Along|Beyond|Within|Back in|Over in|Up in|Down in)\s)((?:(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]+\s+){1,2}(?=\p{Lu}))?(?:\p{Lu}[\p{L}’'.-]*\s+(?:of\s+(?=\p{Lu}))?|${NAME_PARTICLE})*(?:\p{Lu}{2,}\d{1,3}|\p{Lu}[\p{L}’'.-]*)),(?:\s+\d{1,3},)?\s+(?!according\s+to\s)([^,]*\b(?:for|of)\s+[\p{Ll}-]+(?:,\s+[\p{Ll}-]+)+,?\s+and\s+[\p{Ll}-]+|[^,]+(?:\([^)]*\))?[^,]*(?:,\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?=,$))?|\p{Ll}[^,]*,\s+(?:a|an|the|one\s+of)\s+[^,]+),$`, 'u');
/** "The player’s agent, Rodrigo Paz," at the end of a subject: a role, then the name ("Ocean Spirit Charters' director"). */
const ROLE_FIRST = new RegExp(String.raw`(?:^|[,;:]\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?:['’]s|(?<=s)['’])|${PLACE_KIND_POSSESSIVE})\s+[^,]+),\s+((?:\p{Lu}[\p{L}’'.-]*\s+|${NAME_PARTICLE})*\p{Lu}[\p{L}’'.-]*),$`, 'u');
/**
 * After a speech verb, a name and at most an appositive to the sentence's end: "..., said Dr. Amina Wanjiru."
 * (The appositive may hold a decimal: "..., who said diesel costs had risen to about 2.3 million kwacha".)
 */
const SPEAKER_LAST = new RegExp(String.raw`^\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Capt|Sen|Gov|Rep)\.\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:${NAME_PARTICLE})?\p{Lu}[\p{L}’'-]*)*\s*(?:,(?:[^.;:!?“”"]|\.(?=\d))*)?[.!?]?\s*$`, 'u');

/** A sentence's opening that only says when, with no report of its own: "In the meantime", "For the time being". */
const ADJUNCT_ONLY = /^\s*(?:(?:in|for|until|over|during|within)\s+(?:the\s+)?(?:meantime|meanwhile|time\s+being|moment|short\s+term|long\s+term|coming\s+(?:days|weeks|months)|next\s+few\s+(?:days|weeks|months)|weeks\s+ahead|months\s+ahead)|meanwhile|until\s+then|so\s+far)\s*$/iu;

/** A short phrase opening a sentence with a preposition and no verb: "Without the breakwater", "Despite the repairs". */
const PHRASE_OPENER = /^\s*(?:without|with|despite|because\s+of|due\s+to|thanks\s+to|instead\s+of|apart\s+from|unlike|after|before|under|since|until|during|within|beyond|in|on|at|by)\s+(?:[^\s,;:]+\s+){0,3}[^\s,;:]+\s*$/iu;

/** When, before a subject with no comma after it: "Late on Tuesday the DPFZA said", "Later the ministry said". */
const TIME_OPENER =
  /^(?:(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?|Later|Earlier|Meanwhile|Separately)\s+(?=(?:the\s+)?\p{Lu})/u;

/**
 * Possible subjects in the text before a verb, most specific first
 * ("..., President Macron" -> "President Macron"; "Two officials who asked not to
 * be named because talks were ongoing" -> the whole phrase, since the later
 * boundaries give no speaker).
 */
export function subjectCandidates(left: string, participle = false): Array<{ phrase: string; offset: number }> {
  // (Offsets count from the start of `left`; the space after a closing quotation mark is skipped.)
  const lead = left.length - left.trimStart().length;
  const opener = TIME_OPENER.exec(left.trim())?.[0].length ?? 0;
  return subjectsOf(left.trim().slice(opener), participle).map((c) => ({ ...c, offset: c.offset + lead + opener }));
}

/** How far a place lies, set off at the end of a subject: ", about 60 kilometres north of Big Bend,". */
const HOW_FAR_SET_OFF = String.raw`(?:(?:about|some|around|roughly|nearly|just)\s+)?\d[\d.,]*\s*(?:km|kilomet(?:re|er)s|miles)\s+[^,“”"]*,$`;

/**
 * ... after the place it locates: "in Siteki, about 60 kilometres north of Big Bend,".
 * (Or the place someone comes from: "a 34-year-old guide who leads day trips from Lisbon, about 135km to the west,".)
 */
const PLACE_SET_OFF_DISTANCE = new RegExp(String.raw`(\s(?:in|at|near|outside|of|from)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*),\s+${HOW_FAR_SET_OFF}`, 'u');
/** "The Panhellenic Seamen’s Federation (PNO), the country’s main seafarers’ union,": a name, its acronym, what it is. */
const NAMED_WITH_ACRONYM = new RegExp(String.raw`^(?:(?:But|And|Yet)\s+)?(?:[Tt]he\s+)?\p{Lu}[^,“”"]*(?:,\s+\p{Lu}[^,“”"]*)*${ACRONYM_IN_BRACKETS},\s+(?:the|a|an|its)\s+[^,“”"]+,$`, 'u');
/**
 * A name (with an acronym or an age) and a relative clause about it, whose commas may set off a place, what it is, how
 * far it lies or a list: "Fatou Ceesay, who leads a women's farming group of 80 members in Kaur, in the Central River
 * Region,".
 */
const NAME_AND_CLAUSE = new RegExp(String.raw`^(.*\p{Lu}[\p{L}’'.-]*(?:\s+\(\p{Lu}[\p{L}]*\))?(?:,\s+\d{1,3})?),\s+(?:who|which|whose)\s+(?:[^,“”"]|(?<=\d),(?=\d)|,\s+\d{1,3},(?=\s)|,(?=\s+(?:(?:in|near|outside)\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}’'-]*['’]s\s+\p{Ll})[^,“”"]*,$)|,(?=\s+${HOW_FAR_SET_OFF})|,(?=(?:\s+[^,“”"]+,)*\s+[^,“”"]+\s+(?:and|or)\s+[^,“”"]+,$))+,$`, 'u');

/**
 * A business's name with "and" in it, then what kind of business it is: "Selam Pumps and Engineering, the Asmara-based
 * firm that installed the pump in 2011," is one name, not "Engineering".
 */
const BUSINESS_NAMED_WITH_AND = new RegExp(String.raw`^(?:\p{Lu}[\p{L}’'.-]*\s+)+(?:and|&)\s+(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*,\s+(?:the|a|an)\s+(?:[^,“”"]*?\s)?(?:${BUSINESS_KINDS})\b[^,“”"]*,$`, 'u');

/** "NMFS, also known as NOAA Fisheries,": a name (with its acronym, if any), then another it goes by. */
const KNOWN_AS =
  /((?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:of|and|for|the|&)\s+)*)*\p{Lu}[\p{L}’'.&-]*)(?:\s+\((\p{Lu}{2,8})\))?,\s+(?:(?:also|better|commonly|locally|widely|formally)\s+)?known\s+as\s+(?:the\s+)?(\p{Lu}[^,.;:“”"()]{1,60}?)(?=[,.;:)]|\s+(?:said|says|told|and)\b)/gu;

/**
 * A description's head noun, before what follows it or is done to it: "A person familiar with the matter" is a person,
 * "a statement posted by the bureau" a statement. (The organisation check reads further: "a report by the Central Bank"
 * is the bank's.)
 */
function headNoun(description: string): string {
  return words(description.split(/\s+(?:at|of|for|from|in|with|on|by|familiar|close|\p{Ll}+ed)\s+/u)[0]!).pop()?.text.toLowerCase() ?? '';
}

/** A business described and what it did, before a participle: "a private bus company ended its rural routes,". */
const BUSINESS_DEED_SAYING = new RegExp(String.raw`(\s(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${BUSINESS_KINDS}))\s+\p{Ll}+ed(?:\s+[^\s,.;:“”"]+){0,6}?,$`, 'u');

/** "A person", "Two senior officials", "One resident": someone described, not named. */
const INDEFINITE_DESCRIPTION = /^(?:(?:But|And|Yet)\s+)?(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*$/u;

function subjectsOf(left: string, participle: boolean): Array<{ phrase: string; offset: number }> {
  let text = left;
  for (let i = 0; i < 4; i++) {
    // (An adjunct that ends a clause keeps the clause's comma: "Mohamed Rizwan, whose daughter spent five days in the
    // hospital last month,".)
    const next = text.replace(ADJUNCT_TAIL, (m) => (/,\s*$/u.test(m) ? ',' : ''));
    if (next === text) break;
    text = next;
  }
  // "The three companies that operate the launches, grouped in the Delta River Transport Chamber,", "Opponents grouped in
  // the Committee for the No, a coalition of ...,": those grouped in a named body speak as that body.
  const grouped = /\bgrouped\s+(?:in|under|into|within)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}’'.-]*)*)(?:,\s+(?:a|an|the)\s+[^“”"]*)?,?$/u.exec(text);
  if (grouped) return [{ phrase: grouped[1]!, offset: grouped.index + grouped[0].indexOf(grouped[1]!) }];
  // "The Turkmen Labour Monitor, a Prague-based group run by exiled Turkmen journalists,": the people who run a body the
  // appositive names are no part of what it is (but "a consortium led by South Korea's Daewon Engineering &
  // Construction" names it). (It ends the text's tail, so no offset before it moves.)
  text = text.replace(/(,\s+(?:a|an|the)\s+[^,“”"]*?\b(?:group|organi[sz]ation|body|network|charity|coalition|alliance|association|firm|company|consortium|outfit|NGO|monitor|watchdog))\s+(?:run|led|founded|set\s+up|made\s+up|owned|backed|funded|staffed)\s+(?:by|of)\s+[^,“”"]*\p{Ll}s,$/u, '$1,');
  // "Marleny Ospina, secretary-general of the National Union of Coal Miners, known as Sintracol,": what the body before
  // it is called, not who speaks.
  text = text.replace(/,\s+(?:(?:also|better|commonly|locally|widely)\s+)?(?:known|referred to)\s+as\s+[^,“”"]+,$/u, ',');
  // (Nor a gloss inside a relative clause, before where: "Mao Sreypov, who sells ... sticky rice, known as kralan, at the
  // end station," sells it at the end station.)
  text = text.replace(/,\s+(?:(?:also|better|commonly|locally|widely)\s+)?(?:known|referred to)\s+as\s+[^,“”"]+,(?=\s+(?:at|in|on|near|from|outside)\s[^,“”"]*,$)/u, '');
  // "Lennox Williams, the toshao, or elected village leader, of Waramadong,": a gloss of a word is no appositive of
  // its own. (It ends the text's tail, so no offset before it moves.)
  // (The gloss stays in the role, as below: "the kapitein or traditional head of Botopasi" is asked for as its head.)
  text = text.replace(/((?:^|,\s+)(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+),(\s+or\s+[^,“”"]+),(?=\s+(?:of|from|in|at)\s+\p{Lu}[^,“”"]*,(?:\s+\p{Lu}[^,“”"]*,)?$)/u, '$1$2');
  // (Nor one that ends the appositive, which stays in its role: "Bekzod Alimov, Tashkent’s deputy khokim, or deputy
  // mayor," is "Tashkent’s deputy khokim or deputy mayor".)
  text = text.replace(/(\p{Lu}[\p{L}’'.-]*,\s+[^,“”"]*\p{Ll}),(\s+or\s+\p{Ll}[^,“”"]*,)$/u, '$1$2');
  // "Dr. Nomsa Shongwe, a respiratory physician at Good Shepherd Hospital in Siteki, about 60 kilometres north of Big
  // Bend,": how far the place lies is no appositive of its own. (It ends the text's tail, so no offset before it moves.)
  text = text.replace(PLACE_SET_OFF_DISTANCE, '$1,');
  // (Nor where it lies from here: "a coach at the Club de Regatas Concepción del Uruguay, across the river in
  // Argentina,"; or in what: "who keeps 60 goats in the village of Tkout, on the southern edge of the massif,".)
  text = text.replace(/(\p{Lu}[\p{L}’'.-]*),\s+(?:(?:just\s+)?(?:across|over|beyond)\s+the\s+(?:river|border|bay|lake|strait|channel|water|frontier|mountains?)\b|(?:on|at)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:edges?|outskirts|fringes?|banks?|shores?|coast|foot|side|slopes?|tip|mouth)\s+of\s)[^,“”"]*,$/u, '$1,');
  // "the president of France visited and said": drop the first verb of a coordination.
  // "Phyllis Njoroge, chief executive of ..., welcomed the decision but said": likewise, with the first verb's object.
  // (A word quoted in the object counts as one word: 'called the results "encouraging" but noted'; so does a time:
  // "issued a red alert at 6:40 a.m. local time and said".)
  // ("the court upheld a 2023 demolition order by the state building inspectorate and said": an irregular verb, and up
  // to ten words.)
  text = text.replace(/\s+(?:\p{Ll}+ed|went|came|met|spoke|arrived|left|took|gave|made|rose|stood|sat|upheld|held|won|lost|sent|struck|found|brought|sold|paid|kept|wrote|led|ran|began|spent|built|threw)(?:\s+(?:\d{1,2}[:.]\d{2}|[ap]\.m\.|[^\s,.;:“”"]+|[“"][^\s“”"]+[”"])){0,10}?\s+(?:and|but)$/u, '');
  // "Education Minister Rodrigo Salvatierra defended the plan, saying": a participle's subject is the named person
  // before the main verb and its object.
  // ("Panama's minister for canal affairs, Eduardo Quintero, defended the increase, saying": past the appositive's comma.)
  // ("Moussa Sow, secretary general of the national railway workers' union, disputed the company's explanation, saying":
  // past a role in lower case too.)
  if (participle) text = text.replace(/(\p{Lu}[\p{L}’'.-]*)(,\s+\p{Ll}[^,“”"]*)?,?\s+(?:\p{Ll}+ed|went|came|met|spoke|took|gave|made|rose|stood|hit back|fired back)(?:\s+[^\s,.;:“”"]+){0,6}?,$/u, '$1$2,');
  // (Or a business described, whose deed ends the sentence: "... after a private bus company ended its rural routes,
  // saying".)
  if (participle) text = text.replace(BUSINESS_DEED_SAYING, '$1,');
  // "Grace Phiri, 34, a market trader who said": the one the relative pronoun stands for speaks.
  // (And "according to the Centre, which said": the Centre.)
  // ("The shrine is managed by the Sindh Auqaf Department, which said": the name the "which" follows, whatever
  // clause it ends.)
  // (A name of a list too: "by the Commission for Conciliation, Mediation and Arbitration (CCMA), which said".)
  const relativeTo = LISTED_WHICH.exec(text) ?? /(?:^|\s)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:of|for|and|on|the|&)\s+)*)*\p{Lu}[\p{L}’'.&-]*(?:\s+\(\p{Lu}[\p{L}]*\))?),\s+(?:who|which)$/u.exec(text);
  // ("Jane Roe, a teacher, who": one comma ends the subject, as it would without the pronoun.)
  if (/\s+(?:who|which)$/u.test(text)) text = `${text.replace(/,?\s+(?:who|which)$/u, '')},`;
  const out: Array<{ phrase: string; offset: number }> = [];
  // "the collapse of the bank, which prosecutors say concealed ...": the subject of the relative clause speaks.
  const clauseSubject = /[\s,]\s*(?:which|whom)\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)$/u.exec(text);
  if (clauseSubject && !/^(?:he|she|it|they|we|you|i|this|that|there)$/iu.test(clauseSubject[1]!)) out.push({ phrase: clauseSubject[1]!, offset: clauseSubject.index + clauseSubject[0].length - clauseSubject[1]!.length });
  // "A person familiar with the investigation, who spoke on condition of anonymity," and "A senior paramedic with
  // the German Red Cross, who asked not to be named,": the whole description speaks (not what follows its "with").
  // (Commas around the relative clause or not: "A volunteer with a local search team who declined to give his name".)
  const describedWho =
    /^((?:(?:But|And|Yet)\s+)?)((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree)\s+[^,“”"]+),\s+who\s+(?:[^,“”"]|(?<=\d),(?=\d))+,$/u.exec(text) ??
    /^((?:(?:But|And|Yet)\s+)?)((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree)\s+[^,“”"]+?)\s+who\s+[^,“”"]+$/u.exec(text);
  // "Fast bowler Ben Ratana, who finished with three wickets for 88 runs,": the relative clause describes, the name speaks.
  // "Abdul Mannan, manager of Meghna Star Launch Services, which owns the vessel,": likewise a "which" clause.
  // ("The Galway City Business Association, which represents about 260 shops, restaurants and offices,": a list's commas.)
  // ("But Jhon Jairo Erazo, president of the Cafés del Galeras cooperative, which buys from about 900 farmers,": after a
  // name and its role in lower case.)
  // ("Litia Naivalu, whose husband Josaia, 39, is among the missing,": an age inside the clause.)
  // ("Fatou Ceesay, who leads a women's farming group of 80 members in Kaur, in the Central River Region,": a place
  // set off after another; or what it is, "in São Filipe, Fogo's main town,"; or how far it lies, "in the village of
  // Bondokuy, about 45 km south of Dedougou,".)
  const relative = describedWho
    ? null
    : (NAME_AND_CLAUSE.exec(text) ??
      /^((?:(?:But|And|Yet)\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+,\s+[^,“”"]+),\s+(?:who|which|whose)\s+[^,“”"]+,$/u.exec(text) ??
      // ("The cooperative, which represents about 380 fishermen from Placencia, Seine Bight and Monkey River Town,": a
      // bare description.)
      /^((?:(?:But|And|Yet)\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+(?:who|which)\s+(?:[^,“”"]|(?<=\d),(?=\d)|,(?=(?:\s+[^,“”"]+,)*\s+[^,“”"]+\s+(?:and|or)\s+[^,“”"]+,$))+,$/u.exec(text));
  // (A "which" clause stays with a bare description, where it says what the speaker's organisation does: "A
  // spokesperson for Eastern Gateway Ports, which operates the terminal,".)
  // (Not when the description names nothing the clause could be about: "The cooperative, which represents ...". Nor
  // when the name is the description's own, its kind before it: "The farmers' association Bolanha Viva, which works
  // with 37 villages along the river,".)
  const keepWhich = relative && /,\s+which\s/u.test(relative[0].slice(relative[1]!.length)) && !relative[1]!.includes(',') && /^(?:[Aa]n?|[Tt]he)\s+\p{Ll}/u.test(relative[1]!) && /\s(?:for|of|at|from|with|by)\s+(?:the\s+)?\p{Lu}/u.test(relative[1]!);
  // (The whole phrase is tried first: a "who" clause may say what the speaker is, "who represents Groveland on the
  // County Board of Supervisors".)
  const withClause = relative && !keepWhich && !/\b(?:who|which|that)\b/u.test(relative[1]!) && ROLE_CLAUSE.test(relative[0].slice(relative[1]!.length)) ? relative[0].replace(/,$/u, '') : null;
  // ("Yusuf Bucheeri, the architect who led the restoration, which took 18 months,": a "which" clause about what the
  // "who" clause names goes too.)
  const whichAfterWho = relative && /\bwho\b/u.test(relative[1]!) && !/\b(?:which|that)\b/u.test(relative[1]!) && /^,\s+which\s/u.test(relative[0].slice(relative[1]!.length));
  if (relative && !keepWhich && (!/\b(?:who|which|that)\b/u.test(relative[1]!) || whichAfterWho)) text = `${relative[1]},`;
  // "Mayor Pieter Rozendaal of Vijfheerenlanden, the municipality that includes Ameide,": an appositive's "that" clause
  // says what the appositive is; the name before it speaks.
  // (Past a name and its role, a bare "the company that operates the resort" says nothing of its own and goes whole:
  // "Edin Hadžić, director of Vlašić Ski Centre, the company that operates the resort,".)
  text = text.replace(/(\p{Lu}[^,]*,\s+(?:the|a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+that\s+(?:[^,“”"]|(?<=\d),(?=\d{3}))+,$/u, (_, kept: string, at: number, whole: string) =>
    /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+,\s+\p{Ll}[^,]*$/u.test(whole.slice(0, at)) && /,\s+(?:the|a|an)\s+[\p{Ll}-]+$/u.test(kept) ? `${kept.replace(/,\s+(?:the|a|an)\s+[\p{Ll}-]+$/u, '')},` : `${kept},`,
  );
  if (describedWho && !/\b(?:who|which|that)\b/u.test(describedWho[2]!)) {
    // ("A 19-year-old nursing student, who gave her name only as Aylar for fear of reprisals,": the clause names her.)
    if (GIVEN_NAME.test(text)) out.push({ phrase: text.slice(describedWho[1]!.length).replace(/,$/u, ''), offset: describedWho[1]!.length });
    text = `${describedWho[1]}${describedWho[2]},`;
    out.push({ phrase: describedWho[2]!, offset: describedWho[1]!.length });
  }
  // "The Panhellenic Seamen’s Federation (PNO), the country’s main seafarers’ union,": a name with its acronym, then
  // what it is; the whole phrase names it.
  // ("The Tunisian Union for Industry, Trade and Handicrafts (UTICA), the employers' federation ...": a name's list too.)
  if (NAMED_WITH_ACRONYM.test(text)) out.push({ phrase: text.replace(/,$/u, ''), offset: 0 });
  // Appositives: "Jane Roe, the union’s general secretary," (or two: "Sinéad Walsh, chairwoman of the Dublin Bike
  // Users’ Network, a campaign group,") and "The player’s agent, Rodrigo Paz,"; the name
  // may carry a title in lower case ("Head coach Ruwan Jayasekera, a former wicketkeeper,").
  // (Not a place that opens the sentence: "In Gamarra, Lima’s sprawling garment district, Lucía Mamani,".)
  const nameFirst = NAME_FIRST.exec(text);
  const roleFirst = ROLE_FIRST.exec(text);
  // (Not "The Volcanic Ash Advisory Centre in Darwin, Australia,": a place and its country.)
  // (Nor "Lima’s sprawling garment district, Lucía Mamani": a place, not her role; but "The labour inspector for
  // Ogooué-Lolo province, Aimée Moussavou," is hers.)
  // (Nor a clause before the name: "The investigation began in 2019 after a complaint by a municipal engineer, Laura
  // Fuentes,".)
  // (A verb of a relative clause describes: "A worker at the plant who gave only his surname, Hu,".)
  const roleFirstKept = roleFirst && !/\b(?:began|begun|went|came|took|made|gave|was|were|is|are|has|have|had)\b/u.test(roleFirst[1]!.replace(/\b(?:who|which|that)\b[\s\S]*$/u, '')) && !(/\b(?:in|at|from|near|of)\s+\p{Lu}[\p{L}’'.-]*$/u.test(roleFirst[1]!) && PLACES.has(roleFirst[2]!.split(/\s+/u).pop()!.toLowerCase())) && !(PLACE_NOUN.test(roleFirst[1]!.split(/\s+/u).pop()!) && !/\s(?:for|of|in|at)\s/u.test(roleFirst[1]!));
  // ("A spokeswoman for the Ministry of Education and Research, Liisa Tamm,": the name is after the comma, not
  // "Research" with "Liisa Tamm" for a role.)
  const nameAfterComma = roleFirstKept && nameFirst && /^(?:\p{Lu}[\p{L}’'.-]*\s+)+\p{Lu}[\p{L}’'.-]*$/u.test(nameFirst[2]!);
  // ("the Ministry of Education, Culture, Sports, Science and Technology,": no "Sports" with the role "Science and
  // Technology" inside a name's list.)
  const lists = [...text.matchAll(ORG_LIST_IN_TEXT)].map((m) => [m.index, m.index + m[0].length] as const);
  const inList = (at: number): boolean => lists.some(([a, b]) => at > a && at < b);
  if (BUSINESS_NAMED_WITH_AND.test(text)) out.push({ phrase: text.replace(/,$/u, ''), offset: 0 });
  if (nameFirst && !nameAfterComma && !inList(nameFirst.index + nameFirst[0].indexOf(nameFirst[1]!))) out.push({ phrase: `${nameFirst[1]}, ${nameFirst[2]}`, offset: nameFirst.index + nameFirst[0].indexOf(nameFirst[1]!) });
  if (roleFirst && roleFirstKept) {
    out.push({ phrase: `${roleFirst[2]}, ${roleFirst[1]}`, offset: roleFirst.index + roleFirst[0].indexOf(roleFirst[1]!) });
  }
  // "Luis Herrera, 41," and "Quispe, 47, who swept the highland regions ...,": a name with an age.
  // ("Maria José da Silva, 38, a cleaner whose son ...": particles inside the name.)
  // ("In Castlegar, retired mill worker Bill Kaminski, 70,": a role in lower case before the name.)
  // ("the son of Siobhán Kelleher, 41, from Ballincollig, who said": where she is from describes her too.)
  const aged = /(?:^|[,;:]\s+|\b(?:of|was|were)\s+)((?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:da|de|do|dos|das|del|van|von|der|al|el|bin|la|le)\s+)?)*\p{Lu}[\p{L}’'.-]*),\s+\d{1,3},(?:\s+(?:who|a|an|the|from)\b.*)?$/u.exec(text);
  // ("Masaru Kobayashi, 71, the brewery's toji, or master brewer, who has worked there for 43 years,": with his role.)
  const agedRole = aged ? /^,\s+\d{1,3},\s+((?:a|an|the)\s+[^“”"]{3,80}?)(?:,\s+(?:who|which|whose)\s[^“”"]*)?,?$/u.exec(text.slice(aged.index + aged[0].indexOf(aged[1]!) + aged[1]!.length)) : null;
  if (aged) out.push({ phrase: agedRole ? `${aged[1]}, ${agedRole[1]}` : aged[1]!, offset: aged.index + aged[0].indexOf(aged[1]!) });
  // "Residents of San Juan de Lurigancho, Lima's most populous district,": a described group with an appositive.
  const described = /^((?:[Tt]he\s+|[Aa]n?\s+|[Tt]wo\s+|[Ss]everal\s+)?(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+(?:\s+(?:of|at|from|in|for)\s+[^,]+)?),\s+(?!according\s+to\s)([^,]+),$/u.exec(text);
  // (Not when the part after the comma names someone: "The vaccine's developer, the Nairobi-based company Savanna Biologics,".)
  if (described && !nameFirst && !/\p{Lu}/u.test(described[2]!)) out.push({ phrase: `${described[1]}, ${described[2]}`, offset: 0 });
  text = text.replace(/[\s,]+$/u, '');
  const boundaries: number[] = [0];
  // (Not the comma inside "30,000" nor the colon inside "6:40"; a spaced hyphen ends a dateline: "Paris (AFP) - A
  // Danish company said".)
  // "The Ministry of Food, Agriculture and Fisheries": the commas of a name's list split nothing.
  // ("He said crew members had complained for months that ...": the crew members, after another's speech verb.)
  for (const m of text.matchAll(/(?:(?:,(?!\d)|:(?!\d)|[;–—]|\s-(?=\s))\s*|\b(?:after|before|when|while|as|because|since|although|though|but|that(?!\s+(?:night|day|morning|afternoon|evening|week|month|year|time|season|weekend)\b)|if|whereas|where|once|until|so|with|according to)\s+|\band\s+(?=(?:the|a|an|its|their|his|her)\s)|\b(?:he|she|they|we)\s+(?:said|says|added|argued|warned|claimed|insisted)\s+)/giu)) {
    if (inList(m.index)) continue;
    // ("A person familiar with the matter", "An official with knowledge of the plans": a description's own "with"; the
    // description speaks, not "the matter".)
    if (/^with\s/iu.test(m[0]) && INDEFINITE_DESCRIPTION.test(text.slice(boundaries[boundaries.length - 1]!, m.index))) continue;
    boundaries.push(m.index + m[0].length);
  }
  for (let i = boundaries.length - 1; i >= 0; i--) {
    const start = boundaries[i]!;
    const rest = text.slice(start);
    const first = /^[\p{L}\p{N}’'-]+/u.exec(rest)?.[0] ?? '';
    if (!first) continue;
    // ("consulting engineer Declan Moriarty", "retired dairy farmer Dennis Whaanga": a title before a name.)
    // (Not "filed in Tuolumne County Superior Court": a participle and where.)
    const title = /^\p{Ll}+(?:ed|ing)\s+(?:(?!(?:in|at|on|by|of|for|from|with|to|into|near|under)\s)\p{Ll}+\s+){1,2}(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}$/u.test(rest);
    // ("from Ballincollig": where someone is from, no subject; nor are "of Waramadong" and "or elected village leader"
    // in "Lennox Williams, the toshao, or elected village leader, of Waramadong,".)
    // (Nor "now a commentator" in "Former Test opener Ricardo Mottley, now a commentator,": what he is now.)
    // (Nor "in Lempira" in "Santos Hernández, a 24-year-old picker from Gracias, in Lempira,": where that is; nor "known
    // by its Spanish initials IHCAFE" in "Karla Villeda of the Honduran Coffee Institute, known by ...,": what it is called.)
    const verbLike = /^\p{Ll}/u.test(first) && ((/(?:ed|ing)$/u.test(first) && !title) || /^(?:that|which|who|is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|to|from|of|or|now|formerly|in|at|near|known|also|better)$/u.test(first));
    // ("Ghana's deputy minister for tourism, arts and culture": the rest of what a role is for, no subject.)
    const roleFor = /\b(?:for|of)\s+[\p{Ll}-]+,\s*$/u.test(text.slice(0, start)) && /^[\p{Ll}-]+(?:,\s+[\p{Ll}-]+)*,?\s+and\s+[\p{Ll}-]+$/u.test(rest);
    // ("The Desert Locust Control Organization for Eastern Africa, a regional body based in Addis Ababa,": an
    // appositive says what the name before it is; the name speaks.)
    // ("Energy analyst Nadia Rahmani of the Maghreb Energy Observatory, a research group based in Tunis,": with a title.)
    // ("Reinaldo Castillo, a 61-year-old baker who has worked ..., first for the state and since 2014 for the cooperative,":
    // an age first; "The Turkmen Labour Monitor, a Prague-based group run by exiled Turkmen journalists,": where it is
    // based.)
    const appositive = /^(?:a|an)\s+(?:[\p{Ll}\d]|\p{Lu}[\p{L}’'.-]*-based\s)/u.test(rest) && /^(?:The\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]+\s+){1,2}(?=\p{Lu}))?\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|for|and|on|the|de|du|des|la|le))*,\s*$/u.test(text.slice(boundaries[i - 1] ?? 0, start));
    // (When it follows where the speaker works, it describes that, not the speaker: the name speaks without it.)
    if (appositive) {
      if (/\s(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}[^,]*,\s*$/u.test(text.slice(boundaries[i - 1] ?? 0, start))) text = text.slice(0, start).replace(/[\s,]+$/u, '');
      continue;
    }
    // ("in Darwin, Australia": the country of a place named before it, no speaker.)
    const placeCountry = /^(?:\p{Lu}[\p{L}’'.-]*\s*){1,3}$/u.test(rest) && PLACES.has(rest.trim().split(/\s+/u).pop()!.toLowerCase()) && /\b(?:in|at|from|near|of)\s+(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*,\s*$/u.test(text.slice(0, start));
    // ("first for the state and since 2014 for the cooperative": a year after "since" is when, no subject.)
    const year = /^(?:1[5-9]|20)\d\d$/u.test(first);
    if (!verbLike && !placeCountry && !roleFor && !year) out.push({ phrase: rest, offset: start });
  }
  if (out.length === 0) out.push({ phrase: text, offset: 0 });
  if (relativeTo && relativeTo.index > 0 && !out.some((c) => c.phrase === relativeTo[1])) out.push({ phrase: relativeTo[1]!, offset: relativeTo.index + relativeTo[0].indexOf(relativeTo[1]!) });
  if (withClause && out[0]?.offset === 0 && withClause.startsWith(out[0].phrase)) out.unshift({ phrase: withClause, offset: 0 });
  return out;
}

/** text[start, end) with every character inside a quotation blanked out. */
function outsideQuotes(text: string, start: number, end: number, quotes: readonly TextRange[]): string {
  let out = text.slice(start, end);
  for (const r of quotes) {
    const from = Math.max(r.start, start);
    const to = Math.min(r.end, end);
    if (from < to) out = out.slice(0, from - start) + ' '.repeat(to - from) + out.slice(to - start);
  }
  return out;
}

function trimContent(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;“”"‘’'«»—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,.;:“”"‘’'«»—–-]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Quotation ranges per paragraph, including an unclosed one that runs to the paragraph's end. */
function paragraphQuotes(article: Article): Map<number, TextRange[]> {
  const out = new Map<number, TextRange[]>();
  const paras = [...(article.headline ? [article.headline] : []), ...article.paragraphs];
  for (const p of paras) {
    const ranges = quotedRanges(p.text).map((r) => ({ start: p.start + r.start, end: p.start + r.end }));
    // An opening mark with no closing one: a quotation continuing into the next paragraph.
    const straight = (p.text.match(/"/gu)?.length ?? 0) % 2 === 1 ? p.text.lastIndexOf('"') : -1;
    for (const open of [p.text.lastIndexOf('“'), straight]) {
      const abs = p.start + open;
      if (open >= 0 && !ranges.some((r) => contains(r, abs))) ranges.push({ start: abs, end: p.end });
    }
    out.set(p.number, ranges.sort((x, y) => x.start - y.start));
  }
  return out;
}

/** The noun phrase after "said" or "according to": up to a clause mark; abbreviations ("Dr.", "W.H.O.") survive. */
function phraseAfter(text: string, from: number, to: number): { phrase: string; end: number } | null {
  const m = /^\s+([^;:!?“”"]+?)\s*(?:[.;:!?“”"]|$)(?=\s*$|\s*[“"]|\s+\p{Ll})/u.exec(text.slice(from, to)) ?? /^\s+([^;:!?“”"]+)/u.exec(text.slice(from, to));
  if (!m) return null;
  // ("said council leader Gareth Pryce after the vote at County Hall": when and where, not who.)
  // (Not where a role after a comma is held: "said Dr. Sergiu Rusu, head of epidemiology at the agency".)
  let phrase = m[1]!.replace(/\s+(?:on|in|at|late|early|earlier|after|before|during|following)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|a|an|the|his|her|their|its)\b[\s\S]*$/u, (cut, offset: number, all: string) =>
    /,\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}(?:head|director|chief|professor|lecturer|researcher|analyst|economist|manager|officer|official|chair|chairman|chairwoman|president|secretary|coordinator|spokesman|spokeswoman|spokesperson)\s+of\s+[\p{L}\s-]+$/u.test(all.slice(0, offset)) && /^\s+(?:at|in)\s+(?:the|its|his|her|their)\b/u.test(cut) ? cut : '');
  // ("according to a report by city staff released on Feb. 6": what the report is, not who wrote it.)
  // (Its date may have gone already: "a report by the country's auditor general published on Wednesday, July 8".)
  phrase = phrase.replace(/\s+(?:released|published|issued|filed|presented|posted|dated|seen|obtained|made public)(?:\s+(?:on|in|last|this|late|early)\b[\s\S]*)?$/u, '');
  phrase = phrase.replace(/\.$/u, '').trim();
  return phrase ? { phrase, end: from + m[0].length } : null;
}

/** Papers a source keeps or gives out: "figures", "data", "records". */
const PAPERS = 'figures|data|documents|records|statistics|numbers|estimates|projections|minutes|accounts|papers';
/** Papers and who gave them out, after "according to": "figures the company shared with employees". */
const FIGURES_SHARED_BY = new RegExp(String.raw`^(?:${PAPERS})\s+(?:that\s+)?((?:the|its|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*)\s+(?:had\s+|has\s+)?(?:shared|released|published|gave|given|provided|sent|circulated|presented|filed|compiled|submitted|issued)\b`, 'u');
/** ... or, after them, who gave them out or cites them: "federal figures cited by Eisa". */
const FIGURES_BY = new RegExp(String.raw`^(?:[\p{Ll}-]+\s+)?(?:${PAPERS})\s+(?:released|published|cited|quoted|compiled|provided|issued|shared|collected|gathered)\s+by\s+((?:the\s+)?\p{Lu}[^,;]*)$`, 'u');
/** What a body keeps or puts out, after its possessive: "the station's monitoring buoys", "the ministry's annual report". */
const BODY_OWN_PAPERS = /^((?:the\s+)?(?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*)['’]s?\s+(?:(?:own|daily|weekly|monthly|annual|latest|official|public|monitoring|environmental|impact|maintenance)\s+){0,2}(?:statement|register|research|log|logs|assessment|figures|report|accounts|data|records|website|buoys|sensors|measurements|tally|count|survey|estimates|database|filings?|calculations|analysis)$/u;

/**
 * A role set off before a name at a sentence's start: "Its owner, ", "The company's chief executive, ", "The patient's
 * daughter, ".
 */
const ROLE_SET_OFF = /^(?:The|Its|His|Her|Their|\p{Lu}[\p{L}’'.-]*['’]s)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}-]+,\s*$/u;
/** Participles that report more from the speaker before them: "..., alleging that ...". */
const PARTICIPLE = /^(?:ruling|finding|alleging|claiming|adding|insisting|warning|arguing|noting|stressing|saying|telling)$/iu;

/** A quotation that follows one of these is a chant, a sign or a name, not a statement (not past a full stop: "said he would not sign. “…,” he said"). */
const NOT_SPEECH_BEFORE_QUOTE = /\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|sang|singing|banners?|signs?|placards?|reading|read|titled|dubbed|branded|slogans?|marked|labell?ed|nicknamed|known as|so-called|called)[\s,:;(–—-]*$/iu;

const STRONG_LOOSE = /^(?:said|says|told|tells|warned|warns|insisted|insists|stressed|argued|announced|declared|urged|cautioned|reported)$/iu;

function candidatesIn(article: Article, s: Sentence, allQuotes: TextRange[]): Candidate[] {
  const text = article.text;
  // Scare quotes ("red south", a 1-3 word phrase) and chants are not statements and do not frame a verb.
  const isStatementQuote = (r: TextRange): boolean => {
    const inner = text.slice(r.start, r.end);
    const short = inner.split(/[\s\u00a0]+/u).length <= 3 && !/[,.!?…][”"’'»]$/u.test(inner);
    return !short && !NOT_SPEECH_BEFORE_QUOTE.test(text.slice(Math.max(0, r.start - 40), r.start));
  };
  const quotes = allQuotes.filter(isStatementQuote);
  const inQuote = (pos: number): TextRange | undefined => allQuotes.find((r) => pos > r.start && pos < r.end - 1);
  const sentenceQuotes = quotes.filter((r) => r.end > s.start && r.start < s.end);
  const out: Candidate[] = [];
  // A capitalised "States" or "Says" inside a sentence is part of a name, not a verb.
  // (A question is said only just after its quotation: "“If everyone has rice, who will buy mine?” she asked", not "and
  // asked guests to keep their showers short".)
  const cues = [...s.text.matchAll(CUE)].filter((m) => !inQuote(s.start + m.index) && (m.index === 0 || !/^\p{Lu}/u.test(m[0])) && (!/^(?:asked|asks|wondered)$/iu.test(m[0]) || /[”"]\s+(?:[\p{L}.’'-]+\s+){0,4}$/u.test(s.text.slice(0, m.index))));

  for (const m of cues) {
    // A verb inside what someone is reported to have said ("told Al Jazeera that staff had been told to ...") is not a new statement.
    const passive = /\b(?:had been|has been|have been|was|were|is|are|be|been|being|to)\s+$/iu.test(s.text.slice(0, m.index));
    if (passive && out.some((c) => !c.direct && s.start + m.index > c.contentStart && s.start + m.index < c.contentEnd)) continue;
    // ("Alassane said the breakdown was foretold, because the union had warned management ...": a reason he gives; so
    // is a condition, "would continue until the government wrote a binding timetable into law".)
    const reason = /\b(?:because|since|until|unless|if|once|before|after)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}\s+(?:had\s+|has\s+|have\s+)?$/u.test(s.text.slice(0, m.index));
    if (reason && out.some((c) => !c.direct && s.start + m.index > c.contentStart && s.start + m.index < c.contentEnd)) continue;
    // "staff had been told not to speak", "he was warned": a passive verb's subject heard, not said.
    // ("the dam had been poorly maintained": with an adverb between; "patients who arrive later are told to go": in the
    // present.)
    if (/(?:ed|told|said|written)$/iu.test(m[0]) && /\b(?:had been|has been|have been|was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?$/iu.test(s.text.slice(0, m.index))) continue;
    // (Or a headline's passive, its "was" left out: "Gozo village bakery told to put out its wood-fired oven".)
    if (s.paragraph === 0 && /^(?:told|urged|warned|asked)$/iu.test(m[0]) && /^\s+(?:not\s+)?to\s+\p{Ll}/u.test(s.text.slice(m.index + m[0].length))) continue;
    // "City Hall had never explained why the final bill rose", "the ministry did not say how many": nothing said.
    if (/\b(?:never|not|n[’']t)\s+$/iu.test(s.text.slice(0, m.index))) continue;
    // "Disease is adding to the pressure": a thing added to, nothing said.
    if (/^(?:adding|added|adds)$/iu.test(m[0]) && /^\s+to\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\s/iu.test(s.text.slice(m.index + m[0].length))) continue;
    // "a weather warning issued on Saturday", "the saying goes": a noun, not a participle.
    if (/ing$/iu.test(m[0]) && /\b(?:a|an|the|this|that|these|those|his|her|its|their|our|any|no|every)\s+(?:[\p{L}-]+\s+)?$/iu.test(s.text.slice(0, m.index))) continue;
    // ("fine swimmers who stray into it under measures announced Tuesday": what was announced, no one saying it.)
    if (/ed$/iu.test(m[0]) && /\b(?:under|in|with|by|of)\s+(?:the\s+|new\s+|its\s+|their\s+)*(?:measures|rules|plans?|changes|regulations|proposals?|guidelines|reforms|budget|law|policy)\s+$/iu.test(s.text.slice(0, m.index))) continue;
    // ("two new rescue boats and warning signs in eight languages": the noun's word for what a thing is for.)
    if (/^warning$/iu.test(m[0]) && /^\s+(?:signs?|signals?|lights?|labels?|shots?|sirens?|notices?|systems?|tape|bells?|boards?|flags?|triangles?|beacons?)\b/iu.test(s.text.slice(m.index + m[0].length))) continue;
    // "denied or underpaid 212 claims": a verb of doing, paired with another.
    if (/^\s+or\s+\p{Ll}+(?:ed|d)\b/u.test(s.text.slice(m.index + m[0].length))) continue;
    // "vice president for claims", "the demands of the union": a plural noun, not a verb.
    if (/s$/iu.test(m[0]) && !/^says$/iu.test(m[0]) && /\b(?:the|these|those|its|their|his|her|our|any|no|such|for|of|about|over|against|with|into|from)\s+$/iu.test(s.text.slice(0, m.index))) continue;
    // ("a comparison ..., which had found that", "visited the plant ... and found 17 deficiencies", "a laboratory in Jaén,
    // Spain, hired by an importer found that": a finding inside what someone says or did, or by a subject in passing,
    // is no statement of its own.)
    if (/^(?:found|finds)$/iu.test(m[0]) && /(?:\b(?:which|that|who|and)\s+(?:(?:had|has|have|also)\s+)*|\b(?:by|of|for|from|with)\s+(?:[\p{L}’'-]+\s+){1,4})$/iu.test(s.text.slice(0, m.index))) continue;
    // ("informed the workshops by email ... that it was withdrawing the order": a report only with its "that", and never
    // "well-informed".)
    if (INFORMED.test(m[0]) && (/-$/u.test(s.text.slice(0, m.index)) || !/^\s[^.;:“”"]*?\bthat\b/u.test(s.text.slice(m.index + m[0].length)))) continue;
    // ("the spa had fitted new mixing valves and put up temperature boards": "put" is an estimate's verb only.)
    if (/^(?:put|puts)$/iu.test(m[0]) && !ESTIMATE_OBJECT.test(s.text.slice(m.index + m[0].length))) continue;
    // ("would open a second operating room on Saturdays from August, adding 24 to 30 hip operations a month": a figure
    // added, not words.)
    if (/^adding$/iu.test(m[0]) && /^\s+(?:(?:another|about|around|roughly|some|nearly|almost|up\s+to|more\s+than|over|at\s+least|an\s+extra|a\s+further)\s+)?(?:\p{Sc}|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)/iu.test(s.text.slice(m.index + m[0].length))) continue;
    // "giving trustees the final say", "asking for a say": the noun.
    if (/^say$/iu.test(m[0]) && /\b(?:a|an|the|any|no|more|their|its|his|her|our|final|greater|bigger|real)\s+$/iu.test(s.text.slice(0, m.index))) continue;
    const cue = m[0];
    const vs = s.start + m.index;
    const ve = vs + cue.length;
    const lowerCue = cue.toLowerCase();
    // (A quotation another verb of this sentence has already claimed is not this one's: "“…,” Kapi said, adding that the
    // government had promised to send supplies" quotes Kapi, not the government.)
    const claimed = (r: TextRange): boolean => out.some((c) => c.direct && c.contentStart >= r.start && c.contentEnd <= r.end);
    // (Up to eight words between, or sixteen from a name: "“…,” Dr. Eleni Markaki, the hospital’s director of infection
    // control, told reporters."; or from "the" and a name: "“…,” the Bulgarian Rose Association, which represents around
    // 80 growers and distillers, said".)
    const quoteBefore = [...sentenceQuotes].reverse().find((r) => r.end <= vs && !claimed(r) && /^[\s,]*$/u.test(text.slice(r.end, vs).trim().replace(/^(?:the\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[^\s,]*,?(?:\s+\S+){0,15}$|[^\s,]+(?:\s+\S+){0,7}$/u, '')));
    const segmentStart = Math.max(s.start, ...sentenceQuotes.filter((r) => r.end <= vs).map((r) => r.end));
    const previous = out[out.length - 1];

    if (lowerCue === 'according to') {
      // "divided among the families according to the size of their herds": in proportion to, not a source.
      // ("pay according to their single highest hour of demand": after a word or two that say which.)
      // (Or after a verb of paying or sharing out, whatever it goes by: "Farmers are paid according to the sugar content of
      // their cane".)
      if (/^\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:(?:single|highest|lowest|peak|actual|total|monthly|yearly|annual|daily|own)\s+){0,2}(?:hour|hours|demand|usage|use|consumption|size|sizes|number|amount|level|extent|length|weight|age|value|scale|degree|share|proportion|type|kind|rules?|plan|schedule|terms|needs?|rank|order|seniority|income|distance)\b/iu.test(text.slice(ve, s.end))) continue;
      if (/\b(?:paid|priced|graded|ranked|sorted|divided|allocated|distributed|charged|taxed|varies|vary|varied|measured|calculated|adjusted|split)\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(s.start, vs))) continue;
      // "Lennon said Galway had ... the highest rates of car commuting ..., according to the 2022 census": the one who
      // said it cites a source; the statement stays theirs, without the citation.
      // (Only after a plain speech verb: "Of the 63 people who spoke, 51 urged the council ..., according to the city
      // clerk's office" is the office's count.)
      const cites = out.find((c) => c.sentence === s && !c.direct && c.parsed && /^(?:said|says|told|tells|added|adds|stated|wrote|writes|noted|explained)$/iu.test(c.cue) && c.contentStart < vs && c.contentEnd >= vs - 2);
      if (cites) {
        [cites.contentStart, cites.contentEnd] = trimContent(text, cites.contentStart, vs);
        continue;
      }
      const after = phraseAfter(text, ve, s.end);
      if (!after) continue;
      // ("according to figures the company shared with employees in February": whoever gave them out.)
      // (Or cited by someone: "federal figures cited by Eisa"; or a body's own, "according to ministry figures".)
      const bodyFigures = /^(?:the\s+)?(\p{Ll}+)\s+(?:figures|data|statistics|records|estimates|numbers)$/u.exec(after.phrase)?.[1];
      // (Or by what it keeps or puts out: "according to the station's monitoring buoys", "the ministry's annual report".)
      const keeper = BODY_OWN_PAPERS.exec(after.phrase)?.[1];
      const sharer = FIGURES_SHARED_BY.exec(after.phrase)?.[1] ?? FIGURES_BY.exec(after.phrase)?.[1] ?? (bodyFigures && ORG_WORDS.has(bodyFigures) ? `the ${bodyFigures}` : undefined) ?? keeper;
      const np = sharer ? { ...after, phrase: sharer } : after;
      // "according to the hospital’s director, Marleen Claeys": the role, then the name that says who it is.
      const parts = np.phrase.split(/,\s*/u);
      // (Or a name with commas in it that its acronym closes: "the Institute of Hydrology, Meteorology and
      // Environmental Studies (IDEAM), the state weather agency".)
      // (Or one named for a list: "the Ministry of Culture, Tourism and Civil Aviation".)
      const acronymed = /^[^(),]+(?:,[^(),]+)+\(\p{Lu}[\p{Lu}&.-]{1,9}\)/u.exec(np.phrase)?.[0] ?? LISTED_AT_START.exec(np.phrase)?.[0];
      const withName = acronymed ?? (parts.length > 1 && /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'.-]*$/u.test(parts[1]!) ? `${parts[0]}, ${parts[1]}` : null);
      // ("according to Brett Callaghan, a threat analyst at ...": the name, then the role that says what they are; or
      // "according to Col. Ramiro Fúnez, head of the National Penitentiary Institute", a role with no article.)
      // (Only when what they said came first: "According to Jayasekera, the squad had spent ..." goes on with it.)
      // (Or before it, set off by a second comma, when it is a role in so many words: "According to Ibrahim Bangura, an
      // economist at Njala University's Bo campus, Sierra Leone spends ...".)
      const roleFirst = parts.length > 2 && /^an?\s+\p{Ll}[^,]*$/u.test(parts[1]!) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|\p{Ll}{3,}ed)\b/u.test(parts[1]!);
      const withRole = !withName && parts.length > 1 && (text.slice(segmentStart, vs).trim().length > 3 || roleFirst) && /^(?:(?:an?|the)\s+\p{Ll}|(?:head|chief|director|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|leader|secretary|minister|governor|mayor|manager|commander|coordinator|founder|owner|editor|professor|deputy|vice|executive|senior|former)\b)/u.test(parts[1]!) ? `${parts[0]}, ${parts[1]}` : null;
      const named = withName ? parseSpeakerPhrase(withName, false, true) : withRole ? parseSpeakerPhrase(withRole, false, true) : null;
      const phrase = named?.name && (withName || named.kind === 'person') ? (withName ?? withRole)! : parts[0]!;
      const parsed = named?.name ? named : parseSpeakerPhrase(phrase, false, true);
      if (!parsed) continue;
      const npEnd = ve + text.slice(ve, s.end).indexOf(phrase) + phrase.length;
      const before = text.slice(segmentStart, vs).trim();
      const [cs, ce] = before.length > 3 ? trimContent(text, segmentStart, vs) : trimContent(text, npEnd, s.end);
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: false });
      continue;
    }

    const leftGap = text.slice(segmentStart, vs);
    const afterVerb = skipAdjuncts(text, ve, s.end);
    // "…,” said Jane Roe, the union’s general secretary." / "..., said Dr. Amina Wanjiru."
    // "... swept down the valley shortly before dusk, said Dwi Prasetyo, a spokesman for the agency.": reported
    // speech with the speaker after its verb, at the end of the sentence.
    const speakerLast =
      !/^(?:told|tells|tell)$/iu.test(cue) &&
      /,\s*$/u.test(leftGap) &&
      // (A name, capitalised words only, then at most an appositive: not "said Interpol had been notified".)
      SPEAKER_LAST.test(text.slice(afterVerb, s.end));
    const inverted = (/^[\s,]*$/u.test(leftGap) || speakerLast) && /^\s+(?!that\b|to\b|on\b|in\b)\S/iu.test(text.slice(afterVerb, s.end));
    let phrase: string | null = null;
    let parsed: ParsedSpeaker | null = null;
    let objectEnd = afterVerb;
    let coordinated = false;
    let speakerAt = segmentStart;
    if (inverted) {
      const np = phraseAfter(text, afterVerb, s.end);
      if (np) {
        const parts = np.phrase.split(/,\s*/u).filter((x) => !/^\d{1,3}$/u.test(x));
        // "Maria Kostopoulos, the federation's state secretary, addressing a crowd ...": the participle clause is what she did.
        // (So is a clause of when or why: "said Marie-Claire Hoareau, the company's managing director, as the first oil
        // dripped into glass flasks".)
        const clause = parts.findIndex((x, i) => i > 0 && (/^\p{Ll}+ing\b/u.test(x) || /^(?:as|while|when|after|before|because|though|although)\s/u.test(x)));
        const [name, ...appositives] = clause > 0 ? parts.slice(0, clause) : parts;
        phrase = [name, ...appositives].join(', ');
        parsed = parseSpeakerPhrase(phrase, false, STRONG_LOOSE.test(cue));
        objectEnd = np.end;
        speakerAt = vs;
      }
    } else if (previous && previous.parsed && !previous.bare && (/\b(?:and|but)\s*$/iu.test(text.slice(Math.max(segmentStart, previous.contentStart), vs)) || (PARTICIPLE.test(cue) && /,\s*$/u.test(text.slice(s.start, vs))))) {
      // "said the offer was fair and denied that ...", "told reporters ... engines, but cautioned that ...", "said ...,
      // alleging that ...": the same speaker.
      phrase = previous.phrase;
      parsed = previous.parsed;
      coordinated = true;
      const join = PARTICIPLE.test(cue) ? text.lastIndexOf(',', vs) : Math.max(text.lastIndexOf(' and ', vs), text.lastIndexOf(' but ', vs));
      if (!previous.direct && join > previous.contentStart) [previous.contentStart, previous.contentEnd] = trimContent(text, previous.contentStart, join);
    } else {
      const loose = STRONG_LOOSE.test(cue);
      // "HOIMA, Uganda — Hundreds of farmers ... refused ..., saying": the dateline is no subject.
      const from = segmentStart === s.start ? segmentStart + datelineLength(text.slice(segmentStart, vs)) : segmentStart;
      const candidates = subjectCandidates(text.slice(from, vs), PARTICIPLE.test(cue));
      // "Hundreds of farmers in western Uganda have refused to sign ..., saying": a participle's subject is the noun
      // phrase before the sentence's main verb.
      // (Likewise a second verb: "Scientists in Ecuador have identified a new species ..., and warned that".) Not
      // "warning of gusts": a warning's subject is taken only with what it warns that.
      const left = text.slice(from, vs);
      const secondVerb = (PARTICIPLE.test(cue) && !(/^warning$/iu.test(cue) && !/^\s+that\b/u.test(text.slice(ve)))) || /,?\s+(?:and|but)\s+$/u.test(left);
      // (Or a name and a verb in the present: "Arreola now sells other artisans' pieces ..., and said".)
      const mainVerb = secondVerb ? (/^((?:[\p{L}’'-]+\s+){1,10}?)(?:(?:have|has|had|were|was|are|is)\s+)?(?:\p{Ll}{3,}ed|went|came|met|spoke|took|gave|made|rose|fell|stood|sat|ran|left|held|kept|told|found|won|lost|paid|sold|sent|brought|began|led|heard|struck|built|chose|wrote)\b/u.exec(left) ?? /^((?!(?:The|A|An|In|On|At|By|For|From|With|His|Her|Its|Their|This|That|These|Those|After|Before|When|While|But|And)\s)(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:(?:now|still|also|already|often|usually|currently)\s+)?)\p{Ll}{2,}s\s+(?:the|a|an|other|his|her|their|its|\p{Ll}+['’]s?\s)/u.exec(left)) : null;
      // ("Ohio transportation officials on Wednesday banned ... and warned": the subject, not when.)
      const mainSubject = mainVerb ? mainVerb[1]!.trimEnd().replace(ADJUNCT_TAIL, '') : null;
      if (mainSubject) candidates.unshift({ phrase: mainSubject, offset: 0 });
      // ("15 million euros a year, money she said would go to pensions": a pronoun after a noun set off is the subject of
      // a report of its own; or of an argument, "about 15% more than the imported ones, a premium he argued was justified".)
      const pronounAfterNoun = /^(?:said|says|argued|argues|insisted|insists|claimed|claims)$/iu.test(cue) ? /,\s+(?:(?:an?|the)\s+)?(?!(?:which|what|whom|who|that|all|most|some|none|each)\s)(?:[\p{Ll}-]+\s+){0,2}(he|she|they|we)\s*$/u.exec(left) : null;
      if (pronounAfterNoun) candidates.unshift({ phrase: pronounAfterNoun[1]!, offset: pronounAfterNoun.index + pronounAfterNoun[0].lastIndexOf(pronounAfterNoun[1]!) });
      for (const [i, sub] of candidates.entries()) {
        const p = parseSpeakerPhrase(sub.phrase.trim(), from + sub.offset === s.start || (from > segmentStart && sub.offset === 0), loose || sub.phrase === mainSubject);
        if (p) {
          phrase = sub.phrase.trim();
          parsed = p;
          speakerAt = from + sub.offset;
          // ("Its owner, Pacific Bulk Carriers, based in Suva, said": the role set off before the name, at the sentence's
          // start, is theirs; not a place, "In Gamarra, Lima’s sprawling garment district, Lucía Mamani, who ...".)
          const named = sub.phrase.trim();
          const wider = p.name && !p.role ? candidates.slice(i + 1).find((c) => from + c.offset === s.start && c.phrase.trim().endsWith(named) && ROLE_SET_OFF.test(c.phrase.trim().slice(0, -named.length))) : undefined;
          const widerParsed = wider ? parseSpeakerPhrase(wider.phrase.trim(), from + wider.offset === s.start || (from > segmentStart && wider.offset === 0), loose) : null;
          if (wider && widerParsed?.name === p.name && widerParsed.role) {
            phrase = wider.phrase.trim();
            parsed = widerParsed;
            speakerAt = from + wider.offset;
          }
          break;
        }
      }
    }
    if (!parsed) continue;
    // (A finding is a statement only of someone named, out of the headline: not "Study finds ...", "a survey found".)
    // (Or of an inquiry, an audit or a court described: "a government-appointed inquiry found that".)
    const finder = parsed.name ? parsed.kind === 'person' || parsed.kind === 'organization' : /\b(?:inquiry|investigation|audit|review|report|panel|probe|committee|commission|tribunal|court)$/iu.test(parsed.phrase);
    if (/^(?:found|finds)$/iu.test(cue) && (!finder || s.paragraph === 0)) continue;
    // "Qalut Seafood, which has run the factory ... since 1996, said": a name that "which" follows is no person's.
    if (parsed.kind === 'person' && parsed.name && !parsed.role && phrase === parsed.name && /^,\s+which\s/u.test(text.slice(speakerAt + phrase.length))) parsed = { ...parsed, kind: 'organization', gender: null };
    // "Claeys said staff had warned the city ...": a verb inside what someone is reported to have said, whose only
    // subject lies before that report, is part of it, not a new statement.
    if (previous && !previous.direct && !coordinated && !inverted && vs > previous.contentStart && vs < previous.contentEnd && speakerAt < previous.contentStart) continue;
    // "X said A, while Y argued B": A ends where Y begins (done when this statement is kept, below).
    const endPrevious = (): void => {
      if (previous && !previous.direct && !coordinated && previous.contentEnd > speakerAt && speakerAt > previous.contentStart) {
        let cut = text.slice(previous.contentStart, speakerAt).replace(/[\s,;]*(?:\b(?:while|whereas|but|and|as|although|though)\s*)?$/u, '');
        // ("said the casino could bring in 15 million euros, money she said would go to pensions": the noun before the
        // pronoun is what the second report is about.)
        if (/^(?:he|she|they|we)$/iu.test(phrase ?? '')) cut = cut.replace(/,\s+(?:[\p{Ll}’'-]+\s+){0,2}[\p{Ll}’'-]+$/u, '');
        [previous.contentStart, previous.contentEnd] = trimContent(text, previous.contentStart, previous.contentStart + cut.length);
      }
    };
    if ((/^(?:told|tells|tell|telling)$/iu.test(cue) || INFORMED.test(cue)) && !inverted) {
      const rest = text.slice(objectEnd, s.end);
      const obj = TOLD_OBJECT.exec(rest);
      if (obj) objectEnd = skipAdjuncts(text, objectEnd + obj[0].length, s.end);
      // "..., the police commander told a government inquiry into the crush on Wednesday.": all the rest is whom and
      // when; what was told came first.
      else if (/^[^,:;“”"]*[.!?]?\s*$/u.test(rest) && !/\b(?:that|to|not|would|will|could|should|was|were|is|are|had|has|have|did|can|may|might|must|\p{Ll}{3,}ed)\b/iu.test(rest)) objectEnd = s.end - /[.!?]?\s*$/u.exec(rest)![0].length;
      else {
        // (Or a name, and the report without "that": "told The Gleaner she was willing to meet the captains"; or those
        // told, "telling reporters the withdrawal had been “only a precaution”".)
        const whom = /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?=(?:he|she|they|we|it)\s)|^\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|him|her|them|us|me)\s+(?=\p{Ll})/u.exec(rest);
        if (whom) objectEnd += whom[0].length;
      }
    }

    // "called the leak “a betrayal ...”", "described the plan as “reckless”": the object, then the quotation.
    let describedAs: number | null = null;
    // (And "dismissed the allegations as “the excuses of a bad loser”": the quotation is what was said of them.)
    const dismissedAs = /^(?:dismissed|dismisses|rejected|rejects)$/iu.test(cue) && /^\s+(?:[^\s“”",.;:]+\s+){1,6}?as\s+[“"]/u.test(text.slice(objectEnd, s.end));
    // (And "accused the mayor’s office of “letting the dispute drift for months”": what they are accused of, quoted.)
    const accusedOf = /^(?:accused|accuses)$/iu.test(cue) && /^\s+(?:[^\s“”",.;:]+\s+){1,6}?of\s+[“"]/u.test(text.slice(objectEnd, s.end));
    if ((/^(?:called|calls|branded|dubbed|described|describes)$/iu.test(cue) || dismissedAs || accusedOf) && !inverted) {
      const obj = /^\s+(?:[^\s“”",.;:]+\s+){1,6}?(?:as\s+|of\s+)?(?=[“"])/u.exec(text.slice(objectEnd, s.end));
      // (A short quoted description is kept with its object: "described the ruling as “a wake-up call” for ...".)
      if (obj && /^(?:described|describes)$/iu.test(cue) && /\sas\s+$/u.test(obj[0])) describedAs = objectEnd;
      if (obj) objectEnd += obj[0].length;
    }
    // Direct: a quotation right before the verb, or right after it.
    const quoteAfter = sentenceQuotes.find((r) => r.start >= objectEnd && /^[\s,:]*(?:that\s*)?$/u.test(text.slice(objectEnd, r.start)));
    const weak = WEAK.has(lowerCue);
    if (quoteBefore && !coordinated) {
      // Split quotation: “First part,” she said, “second part.”
      const second = sentenceQuotes.find((r) => r.start > ve && /^[^“”"]{0,80}$/u.test(text.slice(ve, r.start)) && /,\s*$/u.test(text.slice(ve, r.start)));
      const [cs, ce] = trimContent(text, quoteBefore.start, (second ?? quoteBefore).end);
      endPrevious();
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: true });
      continue;
    }
    // "called the deadlines unrealistic": a description, not a statement, unless it quotes.
    if (!quoteAfter && /^(?:called|calls|branded|dubbed)$/iu.test(cue)) continue;
    if (quoteAfter) {
      const [cs, ce] = trimContent(text, quoteAfter.start, quoteAfter.end);
      endPrevious();
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: true, coordinated });
      continue;
    }
    const rest = text.slice(objectEnd, s.end);
    const that = /^\s*(?:,\s*)?(?:that\s+)?/iu.exec(rest)!;
    let [cs, ce] = trimContent(text, objectEnd + that[0].length, s.end);
    // "..., Cal Fire said." / "..., the researchers said on Monday, raising hopes": the content comes first.
    const trailing = /^\s*(?:[,.;]|$)/u.test(rest) && !/^\s*:/u.test(rest);
    if (describedAs !== null && !trailing) {
      endPrevious();
      // (Its closing quotation mark stays: the description is quoted.)
      const [ds] = trimContent(text, describedAs, s.end);
      const de = describedAs + text.slice(describedAs, s.end).replace(/[\s.,;:]+$/u, '').length;
      out.push({ sentence: s, cue, phrase, parsed, contentStart: ds, contentEnd: de, direct: false, coordinated });
      continue;
    }
    // "The agency estimated the cost of the recount at about $190,000", "organisers put the figure at more than
    // 20,000": an estimate, which is what they said.
    const estimate = /^(?:estimated|estimates|put|puts)$/iu.test(cue) && ESTIMATE_OBJECT.test(rest);
    if (estimate) {
      const clause = /^[^;]*?(?=,\s+(?:while|whereas|but|although)\b|;|[.!?]?\s*$)/u.exec(rest)![0];
      [cs, ce] = trimContent(text, objectEnd, objectEnd + clause.length);
      endPrevious();
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: false, coordinated });
      continue;
    }
    // (A "that" that points at a noun is no clause: "rejected that claim on Monday, telling reporters ...".)
    if (weak && !coordinated && (!/^\s*(?:,\s*)?that\b|^\s*:/iu.test(rest) || THAT_NOUN.test(rest)) && !trailing) continue;
    if (trailing || ce - cs < 12) {
      // "VEJLE, Denmark (AFP) - A hoard ... has been found, Vejle Museums said": the report starts after the dateline.
      const dateline = segmentStart === s.start ? datelineLength(text.slice(s.start, speakerAt)) : 0;
      const [after, afterEnd] = [cs, ce];
      [cs, ce] = trimContent(text, (segmentStart === s.start ? s.start : segmentStart) + dateline, speakerAt);
      // ("For now, Almonte said, the nurses would keep working their regular hours.": an adjunct before, the report after.)
      // (Or a longer one that is only when: "In the meantime, Mohale said, nurses from the district hospital would ...".)
      // (Or a phrase with no verb of its own: "Without the breakwater, she said, swells were now reaching the basin".)
      if ((ce - cs < 12 || ADJUNCT_ONLY.test(text.slice(cs, ce)) || PHRASE_OPENER.test(text.slice(cs, ce))) && trailing && /^\s*,\s*\p{Ll}/u.test(rest) && afterEnd - after >= 12 && !weak) [cs, ce] = [after, afterEnd];
      if (ce - cs < 12) continue;
    }
    endPrevious();
    // ("said A, and that B" is one statement, as readers and the gold sets take it: 305 gold statements of the
    // examined sets hold ", and that"; cut in two, neither half was the statement.)
    out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: false, coordinated });
    // "Smallholders had lost cane worth ..., he said, and many would be unable to replant": what follows the
    // attribution is theirs too.
    const more = trailing ? /^\s*,\s+and\s+(?!that\b)(?=\S+(?:\s+\S+){3})/u.exec(rest) : null;
    if (more) {
      const [ms, me] = trimContent(text, objectEnd + more[0].length, s.end);
      if (me - ms >= 12) out.push({ sentence: s, cue, phrase, parsed, contentStart: ms, contentEnd: me, direct: false, coordinated });
    }
  }

  // Quotations that no speech verb claims: attributed from context later.
  for (const r of sentenceQuotes) {
    if (r.start < s.start) continue;
    if (out.some((c) => c.contentStart < r.end && c.contentEnd > r.start)) continue;
    const words = text.slice(r.start, r.end).split(/\s+/u).length;
    // A scare quote ("a leading role") is no statement; a short quotation that is a whole sentence is ("“He never
    // called.”", after "she said.").
    const wholeSentence = /^[“"]/u.test(s.text) && /[.!?…][”"]$/u.test(s.text) && r.start - s.start <= 1 && s.end - r.end <= 1;
    if (words < 4 && !wholeSentence) continue;
    const [cs, ce] = trimContent(text, r.start, r.end);
    out.push({ sentence: s, cue: '', phrase: null, parsed: null, contentStart: cs, contentEnd: ce, direct: true, bare: true });
  }
  // "said she had raised concerns about the tender": what one statement reports inside another is part of it.
  // ("local officials warning of lost jobs", "players complained about unpaid bonuses": what a warning or complaint is
  // about, no words of theirs.)
  const topicOnly = (c: Candidate): boolean => !c.direct && /^(?:warn|warns|warned|warning|complain|complains|complained|complaining)$/iu.test(c.cue) && /^(?:of|about)\s/iu.test(text.slice(c.contentStart, c.contentEnd));
  const outer = out.filter((c) => !topicOnly(c) && !out.some((o) => o !== c && o.contentStart <= c.contentStart && o.contentEnd >= c.contentEnd && o.contentEnd - o.contentStart > c.contentEnd - c.contentStart));
  return outer.sort((x, y) => x.contentStart - y.contentStart);
}

class Registry {
  readonly speakers: Speaker[] = [];
  private readonly byKey = new Map<string, Speaker>();
  /** Creation order of the speakers still registered (the order of `speakers`). */
  private readonly created = new Map<Speaker, number>();
  private createdCount = 0;
  /**
   * Person names of two words or more by their first word ("lin" -> Lin Haoran, "norhayati" -> Norhayati binti Haji
   * Osman), kept as speakers are added, renamed, removed.
   */
  private readonly firstWords = new Map<string, Set<Speaker>>();
  private readonly familyWords = new Map<string, Set<Speaker>>();

  private indexFirstWord(sp: Speaker, add: boolean): void {
    const ws = words(sp.name);
    if (sp.kind !== 'person' || ws.length < 2) return;
    const index = (map: Map<string, Set<Speaker>>, key: string): void => {
      const set = map.get(key) ?? new Set<Speaker>();
      if (add) set.add(sp);
      else set.delete(sp);
      map.set(key, set);
    };
    index(this.firstWords, ws[0]!.text.toLowerCase());
    // (And the first of two family names, for paternal.)
    if (ws.length >= 3) index(this.familyWords, ws.at(-2)!.text.toLowerCase());
  }

  private create(name: string, kind: Speaker['kind'], p: ParsedSpeaker, key: string): Speaker {
    const sp: Speaker = { id: this.speakers.length, name, role: p.role, aliases: [], kind, plural: p.plural, gender: p.gender };
    this.speakers.push(sp);
    this.indexFirstWord(sp, true);
    this.byKey.set(key, sp);
    this.created.set(sp, this.createdCount++);
    return sp;
  }

  /** Position key in `speakers` order; undefined once removed. */
  order(sp: Speaker): number | undefined {
    return this.created.get(sp);
  }

  addAlias(sp: Speaker, alias: string | null): void {
    const a = alias?.trim();
    if (a && !sp.aliases.some((x) => x.toLowerCase() === a.toLowerCase()) && a.toLowerCase() !== sp.name.toLowerCase()) sp.aliases.push(a);
  }

  named(name: string, p: ParsedSpeaker): Speaker {
    const key = p.kind === 'organization' ? `org:${name.toLowerCase().replace(/^the\s+/u, '')}` : `name:${surnameKey(name)}`;
    // ("Transport Malta said", read as a title and a name, is the organisation named so before.)
    const full = p.kind !== 'organization' && words(name).length >= 2 ? `full:${name.toLowerCase()}` : null;
    let sp = (full ? this.byKey.get(full) : undefined) ?? this.byKey.get(key) ?? (p.kind === 'person' ? this.byKey.get(`org:${p.phrase.toLowerCase().replace(/^the\s+/u, '')}`) : undefined);
    // ("Aral Balyk, a processing plant in Aralsk", read as a person's name and role, is the business found later by what
    // the text calls it.)
    const asPerson = !sp && p.kind === 'organization' ? this.byKey.get(`full:${name.toLowerCase()}`) : undefined;
    if (asPerson?.kind === 'person') {
      sp = asPerson;
      this.rename(sp, name, 'organization');
      this.byKey.set(key, sp);
    }
    // "Joanne Tasker" after "Brian Tasker": a relative with the same family name is someone else (and a bare "Tasker"
    // from then on is the one named last).
    if (sp && full && !this.byKey.has(full) && sp.kind === 'person' && otherFirstName(sp.name, name)) sp = undefined;
    if (!sp && p.kind !== 'organization') sp = this.opening(name) ?? this.paternal(name);
    if (!sp && p.kind === 'organization') sp = this.openingBody(name);
    if (!sp) sp = this.create(name, p.kind === 'organization' ? 'organization' : 'person', p, key);
    if (full) this.byKey.set(full, sp);
    if (words(name).length > words(sp.name).length) this.rename(sp, name);
    this.addAlias(sp, name);
    // Keep the most descriptive role: "trial’s principal investigator" rather than just "Dr.".
    // (Not a "who" clause's over a noun: "Adam, who has taught his two sons ..." is still the "61-year-old fisherman" he
    // was first called.)
    if (p.role && (!sp.role || (words(sp.role).length <= 2 && words(p.role).length > words(sp.role).length && describedRole(p.role) === p.role))) sp.role = p.role;
    if (p.gender && !sp.gender) sp.gender = p.gender;
    if (p.phrase !== name) this.addAlias(sp, p.phrase);
    return sp;
  }

  described(p: ParsedSpeaker): Speaker {
    const key = `desc:${p.phrase.toLowerCase().replace(/^(?:the|a|an)\s+/u, '')}`;
    return this.byKey.get(key) ?? this.create(p.phrase, p.kind === 'group' ? 'group' : 'description', p, key);
  }

  bySurname(word: string): Speaker | undefined {
    return this.byKey.get(`name:${word.toLowerCase()}`);
  }

  /**
   * The person one word names: by surname, as the family name written first ("Kim" after "Kim Dong-hyun"), or as the
   * first of two family names ("Salgado wraps the day's scraps" after "Esteban Salgado Ocampo").
   */
  byOneName(word: string): Speaker | undefined {
    return this.bySurname(surnameKey(word)) ?? this.opening(word) ?? this.paternal(word);
  }

  /** A fuller name (or an organisation's spelled-out one); the old one stays as an alias. */
  rename(sp: Speaker, name: string, kind: Speaker['kind'] = sp.kind): void {
    this.addAlias(sp, sp.name);
    this.indexFirstWord(sp, false);
    sp.name = name;
    sp.kind = kind;
    this.indexFirstWord(sp, true);
  }

  /** "Lin said" after "Lin Haoran": a family name written first. One word that opens exactly one known full name. */
  private opening(name: string): Speaker | undefined {
    if (/\s/u.test(name.trim())) return undefined;
    const opening = this.firstWords.get(name.trim().toLowerCase());
    return opening?.size === 1 ? [...opening][0] : undefined;
  }

  /** "The Interprofession said" after "The Interprofession du Gruyère": one word that opens exactly one body's name. */
  private openingBody(name: string): Speaker | undefined {
    const word = name.replace(/^the\s+/iu, '').toLowerCase();
    if (/\s/u.test(word)) return undefined;
    const opens = new RegExp(`^(?:the\\s+)?${escapeRegExp(word)}\\s+${NAME_JOINER}\\s`, 'iu');
    const found = this.speakers.filter((sp) => sp.kind === 'organization' && opens.test(sp.name));
    return found.length === 1 ? found[0] : undefined;
  }

  /** "Calleja said" after "Javier Calleja Ortega": the first of two family names, of exactly one known full name. */
  private paternal(name: string): Speaker | undefined {
    if (/\s/u.test(name.trim())) return undefined;
    const found = [...(this.familyWords.get(name.trim().toLowerCase()) ?? [])].filter((sp) => sp.kind === 'person');
    return found.length === 1 ? found[0] : undefined;
  }

  remove(sp: Speaker): void {
    this.indexFirstWord(sp, false);
    const i = this.speakers.indexOf(sp);
    if (i >= 0) this.speakers.splice(i, 1);
    for (const [k, v] of this.byKey) if (v === sp) this.byKey.delete(k);
    this.created.delete(sp);
  }
}

/** Whether two full names of one family name have different first names ("Brian Tasker", "Joanne Tasker"; not "J. Tasker"). */
function otherFirstName(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  if (x.length < 2 || y.length < 2) return false;
  // ("Abu Zeid" after "Hisham Abu Zeid": a family name of two words, the end of the full name.)
  if (x.length > y.length && y.every((w, i) => w.text.toLowerCase() === x[x.length - y.length + i]!.text.toLowerCase())) return false;
  const [fa, fb] = [x[0]!.text.replace(/\.$/u, '').toLowerCase(), y[0]!.text.replace(/\.$/u, '').toLowerCase()];
  if (fa.length === 1 || fb.length === 1) return fa[0] !== fb[0];
  return fa !== fb && surnameKey(a) === surnameKey(b);
}

/** The capitalised words of a portfolio before a name of two: "National Mobilisation" of "... Lennox Dasent". */
const PORTFOLIO_NAMED = new RegExp(String.raw`^(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?=${TWO_WORD_NAME}$)`, 'u');

/**
 * A minister's portfolio, before its last word: "Minister for Housing and ", "Secretary of State for ", "Director-General
 * of "; or any title's ("Municipal Councillor for ", "Deputy Wali of "). The title is the first group.
 */
const PORTFOLIO_BEFORE = /\b(Ministry|\p{Lu}\p{Ll}+)(?:[-\s]General)?\s+(?:of\s+State\s+)?(?:for|of)\s+(?:(?:the\s+)?\p{Lu}[\p{L}’'-]*,?\s+(?:(?:and|&)\s+)?)*$/u;
/** Words of a portfolio that open a run of capitals before the minister's name. */
const PORTFOLIO_WORDS = /^(?:(?:Housing|Infrastructure|Finance|Health|Education|Transport|Transportation|Investment|Wildlife|Parks|Cooperatives|Gender|Budget|Livestock|Irrigation|Telecommunications|Highways|Ports|Shipping|Agriculture|Defen[cs]e|Justice|Interior|Energy|Environment|Tourism|Labou?r|Trade|Industry|Fisheries|Culture|Economy|Planning|Works|Development|Foreign|Affairs|Home|Security|Water|Mines|Mining|Communications|Sports?|Youth|Lands|Forestry|Sanitation|Commerce|Public|Social|Welfare|Employment|Immigration|Science|Technology|Innovation|Resources|Natural|Climate|Digital|Local|Government|Family|Women|Children|Heritage|Arts|Information|Rural|Urban|Regional|Maritime|Aviation|Roads|Railways|Petroleum|Power|Electricity)\s+)+/u;
const CAP_RUN = /(?:\b(?:President|Prime Minister|Minister|Gen\.|General|Dr\.|Mr\.|Mrs\.|Ms\.|Sen\.|Gov\.|Rep\.|Prof\.|Col\.|Lt\.|Capt\.)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:al|el|binti|bin|ibn|anak|de|del|da|do|dos|das|van|von|der|le|la|abu)[-\s])?\p{Lu}[\p{L}’'-]+)*/gu;
const DEMONYM_I = /^(?:Iraqi|Israeli|Pakistani|Saudi|Kuwaiti|Qatari|Yemeni|Omani|Emirati|Bahraini|Somali|Bangladeshi|Nepali|Afghani|Azerbaijani|Uzbeki|Tajiki|Punjabi|Bengali|Thai|Malawi|Burundi|Sindhi|Pashtuni|Hindi|Gujarati|Marathi|Kashmiri|Yazidi|Zaidi)$/u;
const PLACE_NOUN = /^(?:district|districts|province|county|region|village|town|city|state|river|valley|island|islands|prefecture|municipality|commune|township|neighbourhood|neighborhood|suburb|area|delta|basin|peninsula|lake|mountains?|port|harbou?r|airport|station|canal|coast|bay)$/u;
const NOT_PERSON_WORD = /^(?:Region|State|States|Republic|Kingdom|Province|City|Island|Islands|Sea|River|Gulf|Mountains|Street|Square|Airport|Port|Bay|County|District|Valley|Council|Union|Nations|Forces|Organization|Organisation|Department|Ministry|Government|Center|Centre|Party|Alliance|Group|Front|Army|Police|Court|Courts|University|Bank|Company|Agency|Office|Committee|Assembly|Parliament|Coalition|Movement|Corporation|Club|League|Federation|Association|Institute|Hospital|School|Service|Authority|Board|Commission|Council|Stadium|Arena|Museum|Station|Road|Avenue|Boulevard|Tower|Palace|Cathedral|Mosque|Temple|Hotel|Theatre|Theater|Mall|Highway|Motorway|Prison|Reserve)$/u;

/** Plural nouns for people, to find the group behind "Many said" or "some saying". */
const GROUP_NOUN = new RegExp(
  `\\b(?:${'residents fans officials workers protesters parents voters analysts experts critics supporters witnesses members lawmakers students teachers farmers drivers doctors nurses researchers scientists families people locals villagers shoppers passengers employees staff neighbours neighbors activists diplomats investors traders economists survivors relatives mourners demonstrators campaigners leaders managers players owners customers users citizens soldiers troops'
    .split(' ')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\b(?:\\s+(?:outside|from|in|at|of|near)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*(?:\\s+|$))+)?`,
  'gu',
);

/** A speech verb's object that is only a noun for what it answers: "the delays", "that account" (not a clause, "the
 * difference mattered"; and "denied any wrongdoing" says something). */
const BARE_OBJECT = /^(?:that|this|it|so)$|^(?:the|that|this|these|those|such|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?<!ed)$/u;

const SUBORDINATE_START = /^(?:Asked|After|When|While|Although|Though|If|As|In|On|Speaking|Before|Despite|Since|Because|Following|At|During|Earlier|Later)\b[^,]*,\s*/u;

/** A one-word name after a business's kind in lower case: "the public transport operator Liemobil". */
const BUSINESS_THEN_NAME = new RegExp(String.raw`\b(?:the|a|an|its)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${BUSINESS_KINDS})\s+(\p{Lu}[\p{Ll}’'-]+)\b(?![^\S\n]+\p{Lu})`, 'gu');

/** Organisations the article names in full ("Hanbit Heavy Industries"), by their first word. */
function organisationsByFirstWord(text: string): Map<string, ParsedSpeaker> {
  const out = new Map<string, ParsedSpeaker>();
  for (const m of text.matchAll(CAP_RUN)) {
    const first = m[0].split(/\s+/u)[0]!;
    if (first === m[0] || out.has(first) || /^(?:The|A|An)$/u.test(first)) continue;
    const parsed = parseSpeakerPhrase(m[0], false);
    if (parsed?.kind === 'organization' && parsed.name) out.set(first, parsed);
  }
  // ("the public transport operator Liemobil": a one-word name that a business's kind, in lower case, introduces.)
  for (const m of text.matchAll(BUSINESS_THEN_NAME)) {
    const name = m[1]!;
    if (!out.has(name)) out.set(name, { name, role: null, kind: 'organization', plural: false, gender: null, phrase: name });
  }
  return out;
}

/** Whether a phrase set off beside a name holds a title or a word for a person: "the parish priest", "its chairman". */
function namesRole(phrase: string): boolean {
  return words(phrase).some((w) => TITLE_WORDS.has(normalizeWord(w.text)) || PERSON_NOUNS.has(normalizeWord(w.text)));
}

/** Words that end a title before a name rather than belong to it. */
const NOT_TITLE_WORD = /^(?:the|a|an|and|or|but|of|by|with|to|for|from|as|at|in|on|said|says|told|tells|added|his|her|their|its|our|who|when|while|after|before)$/iu;

/**
 * The title in lower case just before a name ("outgoing chairman ", "club chairman "), with up to three words before it
 * ("retired High Court judge ").
 */
function leadingTitle(before: string): string | null {
  const tail = before.trimEnd().split(/\s+/u).slice(-4);
  if (!/\s$/u.test(before) || !TITLE_WORDS.has(tail[tail.length - 1] ?? '')) return null;
  let k = tail.length - 1;
  while (k > 0 && /^[\p{L}’'-]+$/u.test(tail[k - 1]!) && !NOT_TITLE_WORD.test(tail[k - 1]!)) k--;
  return tail.slice(k).join(' ');
}

export function extractStatements(article: Article): Attribution {
  const text = article.text;
  const quotesByParagraph = paragraphQuotes(article);
  const registry = new Registry();
  const organisations = organisationsByFirstWord(text);
  const statements: Statement[] = [];
  /** Per sentence, the people most likely to be "he" or "she" next: speakers, then the main subject, then others. */
  const salient = new Map<number, Speaker[]>();
  const people = new Map<number, Speaker[]>();

  const addSalient = (sentence: number, sp: Speaker, front = false): void => {
    const list = salient.get(sentence) ?? [];
    if (list.includes(sp)) list.splice(list.indexOf(sp), 1);
    if (front) list.unshift(sp);
    else list.push(sp);
    salient.set(sentence, list);
  };

  const resolvePronoun = (s: Sentence, p: ParsedSpeaker): Speaker | null => {
    for (let i = s.index; i >= 0 && i >= s.index - 6; i--) {
      const sentence = article.sentences[i]!;
      if (sentence.paragraph === 0 && s.paragraph !== 0) break;
      if (s.paragraph - sentence.paragraph > 2) break;
      for (const sp of salient.get(i) ?? []) {
        if (p.plural !== sp.plural) continue;
        if (p.gender && sp.gender && p.gender !== sp.gender) continue;
        if (!p.plural && sp.kind === 'organization') continue;
        // "he" is not "the museum" or "the ministry" (but may be "a spokesman").
        if (p.gender && sp.kind === 'description' && ORG_WORDS.has(normalizeWord(sp.name.replace(/^(?:the|a|an)\s+/iu, '').split(/\s+/u)[0] ?? ''))) continue;
        if (p.gender && !sp.gender && sp.kind === 'person') sp.gender = p.gender;
        return sp;
      }
    }
    return null;
  };

  /** "it said": the organisation (or other non-person speaker) in view; "the organisers said ... It said" too. */
  const resolveIt = (s: Sentence): Speaker | null => {
    // ("The company, Sandhill Forage LLC, grows alfalfa ... It had argued in court that", "The audit firm, Weber &
    // Associés, which signed off Nexora's 2022 accounts, is not on trial. In a statement, it said": the body the
    // sentence before opens with, named after what it is.)
    const prior = article.sentences[s.index - 1];
    const before = prior?.paragraph === s.paragraph ? prior : undefined;
    const opened = before ? IT_OPENER.exec(before.text) : null;
    if (opened) return registry.named(opened[2]!, { name: opened[2]!, role: opened[1]!, kind: 'organization', plural: false, gender: null, phrase: opened[2]! });
    // ("The council expects the charge to raise about £24 million a year. It said the money would be spent on ...": the
    // body the sentence before is about, by its kind, as "the council said" would be.)
    const subject = before ? /^The\s+(\p{Ll}+)\s+(?!said\b|says\b)\p{Ll}+/u.exec(before.text)?.[1] : undefined;
    if (subject && ORG_WORDS.has(subject)) {
      const described = parseSpeakerPhrase(`the ${subject}`, false);
      if (described) return registry.described(described);
    }
    for (let i = s.index; i >= 0 && i >= s.index - 4; i--) {
      const found = (salient.get(i) ?? []).find(
        (sp) =>
          sp.kind === 'organization' ||
          // ("Kalahari Crown Diamonds said in a statement that it had halted ... It said", "Adif said other buckles were
          // found ... It said crews had repaired two of the sites": a name read as a person's until all is read, never
          // called "he" or "she", which has just spoken.)
          (sp.kind === 'person' && sp.gender === null && i >= s.index - 1 && statements.some((st) => st.speaker === sp && st.sentence === i)) ||
          (sp.kind === 'description' && !sp.plural && !/^(?:a|an)\s/iu.test(sp.name)) ||
          (sp.kind === 'group' && i === s.index - 1 && /^the\s+(?:organi[sz]ers|authorities|police|government|ministry|company|union)$/iu.test(sp.name)),
      );
      if (found) return found;
    }
    return null;
  };

  /** "Many said ...": the group named just before (in this sentence or the one before). */
  const resolveQuantifier = (s: Sentence, before: number): Speaker | null => {
    const places = [text.slice(s.start, before), article.sentences[s.index - 1]?.paragraph === s.paragraph ? article.sentences[s.index - 1]!.text : ''];
    for (const place of places) {
      const matches = [...place.matchAll(GROUP_NOUN)];
      const m = matches[matches.length - 1];
      if (!m) continue;
      const phrase = m[0].replace(/\s+$/u, '');
      const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
      return registry.described({ name: null, role: null, kind: 'group', plural: true, gender: null, phrase: name });
    }
    return null;
  };

  const registerNamesIn = (s: Sentence, quotes: TextRange[]): void => {
    const found: Array<{ sp: Speaker; at: number; owner: boolean }> = [];
    const main = SUBORDINATE_START.exec(s.text)?.[0].length ?? 0;
    let mainSubject: Speaker | null = null;
    for (const match of s.text.matchAll(CAP_RUN)) {
      // "For Sørensen, the biggest change ...": a capitalised word opening the sentence is not part of the name.
      // (Or after a dateline's dash: "La Ceiba (AFP) - When Rosa Amador brought her husband".)
      const opener = match.index === 0 || /\s[—–-]\s+$/u.test(s.text.slice(0, match.index)) ? /^(?:For|In|At|On|With|By|From|To|After|Before|As|But|And|Yet|So|When|While|If|Since|Despite|Unlike|Like|Under|Without|Near|Outside|Inside|Across|Along|Around|Beyond|Behind|Beside|Past|Off)\s+(?=\p{Lu}|(?:al|el)-\p{Lu})/u.exec(match[0]) : null;
      // ("Minister for Housing and Infrastructure Paninnguaq Berthelsen": the end of a minister's portfolio is not part
      // of the name.)
      // (Or any portfolio before a name of two: "Minister of National Mobilisation Lennox Dasent", "Secretary of State
      // for Territory Luca Venturini".)
      const office = PORTFOLIO_BEFORE.exec(s.text.slice(0, match.index))?.[1];
      const portfolio = office && (office === 'Ministry' || TITLE_WORDS.has(office.toLowerCase()))
        ? (PORTFOLIO_WORDS.exec(match[0].slice(opener?.[0].length ?? 0)) ?? PORTFOLIO_NAMED.exec(match[0].slice(opener?.[0].length ?? 0)))
        : null;
      const skip = (opener?.[0].length ?? 0) + (portfolio && words(match[0].slice((opener?.[0].length ?? 0) + portfolio[0].length)).length >= 2 ? portfolio[0].length : 0);
      const m = { index: match.index + skip, text: match[0].slice(skip) };
      const abs = s.start + m.index;
      if (quotes.some((r) => abs > r.start && abs < r.end)) continue;
      const run = m.text.replace(/['’]s$/u, '');
      const parts = run.split(/\s+/u);
      if (parts.some((w) => NOT_PERSON_WORD.test(w))) continue;
      // "Iranian-backed Iraqi militias", "Kurdish officials": adjectives, not a name.
      // (Only named demonyms end in "i": "Kenji Sasaki" is a name.)
      // (Unless it is the surname of someone named before: "Darwish disagreed" after "Fatima Darwish, 52, said".)
      if (parts.every((w) => /(?:ian|ish|ese|ean|ic|-backed|-based|-led|-born)$/u.test(w) || DEMONYM_I.test(w) || /^(?:US|UN|EU|UK)$/u.test(w)) && !(parts.length === 1 && registry.byOneName(run)?.kind === 'person')) continue;
      // ("the capital of Portuguese Guinea", "Iraqi Kurdistan": a nation's adjective before one name is a land.)
      if (parts.length === 2 && /(?:ian|ish|ese|ean|an|ch|i)$/u.test(parts[0]!) && nationOf(stem(normalizeWord(parts[0]!))) !== undefined && !registry.byOneName(parts[1]!)) continue;
      // "Australian Competition and Consumer Commission": the first half of an organisation's name.
      const joined = /^\s+(?:and|of|for|&)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(\p{Lu}[\p{L}’'-]*)/u.exec(s.text.slice(m.index + m.text.length))?.[1];
      if (joined && NOT_PERSON_WORD.test(joined)) continue;
      const next = /^\s+([\p{Ll}]+)/u.exec(s.text.slice(m.index + m.text.length))?.[1];
      // ("In Chau Thanh district": a place.)
      // (Not after a possessive: "Rajendran's family has lived on the estate" is about her.)
      if (next && !/['’]s$/u.test(m.text) && (PERSON_NOUNS.has(next) || ORG_WORDS.has(next) || PLACE_NOUN.test(next))) continue;
      // ("outside the town of San Rafael del Norte": a place too.)
      const ofWhat = /(\p{Ll}+)\s+of\s+$/u.exec(s.text.slice(0, m.index))?.[1] ?? '';
      if (PLACE_NOUN.test(ofWhat)) continue;
      // ("owner of Tabacalera Arróliga", "founder of Grupo Herrera": what someone owns or heads is a body, whatever its
      // words; "Arróliga said" later is the owner, Marcelo Arróliga.)
      if (parts.length >= 2 && (TITLE_WORDS.has(ofWhat) || /^(?:co-)?owners?$/u.test(ofWhat)) && registry.byOneName(run)?.name !== run) continue;
      const plain = parseSpeakerPhrase(run, m.index === 0);
      if (!plain || plain.kind !== 'person' || !plain.name) continue;
      // ("In San Pedro, on Ambergris Caye, Luis Gongora has run a dive shop": a name just after "in", "on", "at" or
      // another preposition of place is a place, unless a title says otherwise; "He said" in the next sentence is Gongora.)
      // (So is one after "out of" or "via": "to work on a trawler out of Ezbet El Borg". But not someone already named,
      // whose thing it is: "to rule on Hallgrímsdóttir's complaint".)
      const theirs = /['’]s$/u.test(m.text) && registry.byOneName(run)?.kind === 'person';
      if (!plain.role && !theirs && /(?:^|\s)(?:[Ii]n|[Oo]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hroughout|[Ii]nto|out\s+of|via)\s+$/u.test(s.text.slice(0, m.index))) continue;
      // "Outgoing chairman Graham Telfer, 68, wiped away tears": a title in lower case before the name is a role.
      const lead = plain.role ? null : leadingTitle(s.text.slice(0, m.index));
      const titled = lead ? parseSpeakerPhrase(`${lead} ${run}`, m.index === lead.length + 1) : null;
      const parsed = { ...plain, name: plain.name, role: titled?.kind === 'person' && titled.name === plain.name ? titled.role : plain.role };
      const single = words(parsed.name).length === 1;
      // A lone capitalised word is a person only if we already know the surname ("Amiri") or it has a title.
      const known = registry.byOneName(parsed.name);
      if (single && !known && !parsed.role) continue;
      if (!single && !parsed.role && !known && /^(?:United|Islamic|New|North|South|East|West|Saudi|Middle|European|Popular|National)$/u.test(parts[0]!)) continue;
      const sp = known && single ? known : registry.named(parsed.name, parsed);
      // "The company's chairman, Fang Deming, appeared in a video": a role set off before the name, whatever the verb,
      // finds them (as an alias: a role question describes them from the text itself).
      if (!sp.role && /^,/u.test(s.text.slice(m.index + m.text.length))) {
        const role = /(?:^|[,;:]\s+)((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}’'-]*['’]s)\s+[^,;:“”"]{2,60}),\s+$/u.exec(s.text.slice(0, m.index))?.[1];
        if (role && namesRole(role)) registry.addAlias(sp, `${role}, ${m.text}`);
      }
      // ("Father Gregory Shillingford, the parish priest, blessed the building": a role set off after the name, whatever
      // the verb and whatever title came before it; "the parish priest" is him.)
      // (Or "a" one, which is their role if they have none yet: "Marisol Ábrego, a hotel receptionist on Carenero, was
      // aboard a taxi"; "the hotel receptionist" is her.)
      // (Its "who" clause may run long: "Dzmitry Lukashevich, a 34-year-old schoolteacher from Pinsk who has volunteered at
      // the station every summer since 2011, reaches the nests".)
      const after = /^,\s+((?:the|its|his|her|their|a|an)\s+(?:[^,;:“”"]{2,60}|[^,;:“”"]{2,60}?\s(?:who|whose)\s[^,;:“”"]{2,120})),/u.exec(s.text.slice(m.index + m.text.length))?.[1];
      const indefinite = after !== undefined && /^an?\s/u.test(after);
      const described = indefinite && !sp.role ? parseSpeakerPhrase(`${m.text}, ${after}`, false) : null;
      if (after && !indefinite && namesRole(after)) registry.addAlias(sp, `${m.text}, ${after}`);
      if (described?.kind === 'person' && described.role) {
        registry.addAlias(sp, `${m.text}, ${after}`);
        sp.role = described.role;
      }
      // ("Rashid Al-Nuaimi, who owns three dhows in Al Khor, rejected that argument": what the clause says he is, whatever
      // the verb; "the dhow owner" is him.)
      if (!sp.role) {
        const clause = ROLE_CLAUSE.exec(s.text.slice(m.index + m.text.length));
        if (clause?.index === 0 && !/[“”"]/u.test(clause[1]!)) sp.role = clause[1]!.replace(/[\s.;:!?]+$/u, '');
      }
      found.push({ sp, at: m.index, owner: /['’]s$/u.test(m.text) });
      if (!mainSubject && m.index >= main && /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.test(s.text.slice(main, m.index))) mainSubject = sp;
      // The words after the name, outside quotations: "he" inside a quote is someone the speaker talks about.
      // (Up to a speech verb: "Dobos, who coached her, said she had always been ..." speaks of someone else; and
      // "her" after a verb is often someone else too, so only "she" or a possessive "her" counts.)
      // (Nor inside a "whose" clause, about someone else: "Mirela Kasa, whose 16-year-old son Arben was on the minibus on
      // his way to school".)
      const rest = outsideQuotes(text, s.start + m.index + m.text.length, s.end, quotes).split(/\b(?:said|says|told|tells|added|adds|according)\b/u)[0]!.replace(/,\s+whose\b[^,;.]*/gu, '');
      if (!sp.gender && !/\b\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest)) {
        const male = /\b(?:his|him|he)\b/u.test(rest);
        const female = /\bshe\b|\bher\s+(?:own|husband|son|sons|daughter|daughters|children|family|mother|father|home|house|partner|wife|career|team|plot|farm|shop)\b/u.test(rest);
        if (male && !female && !/\bher\b/u.test(rest)) sp.gender = 'm';
        else if (female && !male) sp.gender = 'f';
      }
    }
    people.set(s.index, found.map((f) => f.sp));
    const speakersHere = salient.get(s.index) ?? [];
    // (Someone named only as an owner comes after the others: "At Traoré's workshop, apprentice Mariam Sanou, 24, shows
    // off a balafon", then "she said" is Sanou.)
    const ordered = [...speakersHere, ...(mainSubject ? [mainSubject] : []), ...found.filter((f) => !f.owner).map((f) => f.sp), ...found.filter((f) => f.owner).map((f) => f.sp)];
    salient.set(s.index, [...new Set(ordered)]);
  };

  // Pass 1: statements and speakers, in reading order.
  let lastOfParagraph: { paragraph: number; statement: Statement | null; unclosed: boolean } | null = null;
  let paragraphStatements: Statement[] = [];
  for (const s of article.sentences) {
    const quotes = quotesByParagraph.get(s.paragraph) ?? [];
    for (const c of candidatesIn(article, s, quotes)) {
      let speaker: Speaker | null = null;
      const p = c.parsed;
      if (p?.name) {
        // "Hanbit said" after "the union at Hanbit Heavy Industries": the company, not a person called Hanbit.
        const org = p.kind === 'person' && !p.role && words(p.name).length === 1 && !registry.byOneName(p.name) ? organisations.get(p.name) : undefined;
        speaker = org ? registry.named(org.name!, org) : registry.named(p.name, p);
        if (org) registry.addAlias(speaker, p.name);
        // The phrase as written ("A spokesperson for X, which operates the terminal") helps questions find them.
        if (c.phrase && c.phrase.length > p.phrase.length && c.phrase.length < 160) registry.addAlias(speaker, c.phrase);
        // (So does what a body is, set off before its name at the start: "The Portuguese partner, the Fundação Casa do
        // Atlântico, said".)
        const at = speaker.kind === 'organization' && c.phrase ? s.text.indexOf(c.phrase) : -1;
        const what = at > 0 ? /^((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[^,;:“”"]{2,60}),\s+$/u.exec(s.text.slice(0, at))?.[1] : undefined;
        if (what) registry.addAlias(speaker, `${what}, ${c.phrase}`);
      }
      else if (p?.quantifier) speaker = resolveQuantifier(s, c.contentStart);
      else if (p && /^it$/iu.test(p.phrase)) speaker = resolveIt(s);
      else if (p && pronounOf(p.phrase)) speaker = resolvePronoun(s, p);
      else if (p) {
        // ("Sheikh said" after "Nadia Sheikh": a title word that is a known speaker's surname is that speaker.)
        const surnamed = /^\p{Lu}\p{Ll}+$/u.test(p.phrase) ? registry.bySurname(surnameKey(p.phrase)) : undefined;
        // ("“…,” the statement said" after "Kaindi Gold Limited, which operates the mine, said in a statement": the one
        // who issued it, named in this paragraph or the one before.)
        // (Or named by who issued it: "“…,” the police statement said" after "The Liberia National Police said in a
        // statement".)
        const [, by, document] = /^(?:the|that|its|their)\s+(?:(\p{Ll}+)\s+)?(statement|release|letter|notice|communiqu[ée])$/iu.exec(p.phrase) ?? [];
        const issued = document ? new RegExp(`\\b${document}\\b`, 'iu') : null;
        const issuer = issued
          ? [...statements].reverse().find((x) => x.paragraph >= s.paragraph - 2 && (x.speaker?.kind === 'person' || x.speaker?.kind === 'organization' || (x.speaker?.kind === 'description' && !x.speaker.plural)) && issued.test(article.sentences[x.sentence]!.text) && (!by || new RegExp(`\\b${by}\\b`, 'iu').test(`${x.speaker.name} ${x.speaker.role ?? ''}`)))?.speaker ?? undefined
          : undefined;
        speaker = surnamed ?? issuer ?? registry.described(p);
        if (!surnamed && c.phrase && c.phrase.length > p.phrase.length && c.phrase.length < 160) registry.addAlias(speaker, c.phrase);
      }
      const st: Statement = {
        id: statements.length,
        speaker,
        speakerPhrase: c.phrase,
        text: text.slice(c.contentStart, c.contentEnd),
        start: c.contentStart,
        end: c.contentEnd,
        paragraph: s.paragraph,
        sentence: s.index,
        direct: c.direct,
        cue: c.cue,
      };
      if (c.bare) {
        // A quotation that runs on from the one before it ("“A,” he said. “B.”") is the same statement.
        const prev = paragraphStatements[paragraphStatements.length - 1];
        if (prev && prev.direct && prev.sentence >= s.index - 1 && prev.end <= st.start) {
          prev.end = st.end;
          prev.text = text.slice(prev.start, prev.end);
          continue;
        }
        if (prev?.speaker) st.speaker = prev.speaker;
        else if (!prev && lastOfParagraph && lastOfParagraph.paragraph === s.paragraph - 1 && lastOfParagraph.statement?.direct && lastOfParagraph.unclosed) {
          st.speaker = lastOfParagraph.statement.speaker;
        }
      }
      if (st.text.trim().length === 0) continue;
      // ("acknowledged the delays", "disputed that account": what was answered, named by a noun, says nothing of its own.)
      if (!st.direct && BARE_OBJECT.test(st.text.trim())) continue;
      st.id = statements.length;
      statements.push(st);
      paragraphStatements.push(st);
      if (st.speaker) addSalient(s.index, st.speaker, true);
    }
    registerNamesIn(s, quotes);
    const paragraphEnd = article.sentences[s.index + 1]?.paragraph !== s.paragraph;
    if (paragraphEnd) {
      // A quotation that opens before its attribution ("“…” … she said.") takes that speaker.
      const para = s.paragraph === 0 ? article.headline : article.paragraphs[s.paragraph - 1];
      const pEnd = para?.end ?? s.end;
      // A paragraph that is a quotation and nothing else, or that goes on with "He"/"She", after one that quotes or
      // reports someone, goes on with them.
      const paraText = text.slice(para?.start ?? s.start, pEnd).trim();
      const goesOn = /^[“"][^“”"]+[”"]$/u.test(paraText) || /^(?:He|She)\s+\p{Ll}/u.test(paraText);
      const previousSpeaker = goesOn && lastOfParagraph?.paragraph === s.paragraph - 1 ? lastOfParagraph.statement?.speaker ?? null : null;
      const known = paragraphStatements.find((x) => x.speaker)?.speaker ?? previousSpeaker;
      for (const x of paragraphStatements) if (!x.speaker && !x.cue && known) x.speaker = known;
      lastOfParagraph = {
        paragraph: s.paragraph,
        statement: paragraphStatements[paragraphStatements.length - 1] ?? null,
        unclosed: quotes.some((r) => r.end === pEnd && !/[”"]$/u.test(text.slice(r.start, r.end))),
      };
      paragraphStatements = [];
    }
  }

  // Pass 2: roles from copulas ("Amiri is head of ...").
  for (const s of article.sentences) {
    const cop = /^((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:is|was|has been|serves as)\s+(?:the\s+|a\s+|an\s+)?((?:head|leader|chief|director|president|minister|secretary|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|member|founder|commander|ceo|mayor|governor|deputy|general|manager|coach|captain|professor|author|editor|owner)\b[^.;]*)/u.exec(s.text);
    if (cop) {
      const sp = registry.bySurname(surnameKey(cop[1]!));
      if (sp && (!sp.role || sp.role.split(/\s+/u).length <= 2)) sp.role = sp.role ? `${sp.role}; ${cop[2]!.trim()}` : cop[2]!.trim();
    }
  }

  linkDescriptions(article, statements, registry, people);

  // Sentences each statement touches (a quotation can run over several).
  const bySentence = new Map<number, Statement[]>();
  const sentencesOf = new Map<number, Sentence[]>();
  for (const s of article.sentences) sentencesOf.set(s.paragraph, [...(sentencesOf.get(s.paragraph) ?? []), s]);
  for (const st of statements) {
    for (const s of sentencesOf.get(st.paragraph) ?? []) {
      if (s.end > st.start && s.start < st.end) bySentence.set(s.index, [...(bySentence.get(s.index) ?? []), st]);
    }
  }
  const speaking = new Set(statements.map((st) => st.speaker));
  const speakers = registry.speakers.filter((sp) => speaking.has(sp));
  const allEntities = registry.speakers;
  ownersOfIts(article, allEntities);
  ownersByKind(allEntities);
  const expansion = articleExpansion(article.sentences.map((s) => s.text));
  let profiles: SpeakerIndex | null = null;

  return {
    speakers,
    statements,
    statementsIn: (sentence) => bySentence.get(sentence) ?? [],
    peopleIn: (sentence) => {
      const list = [...(bySentence.get(sentence) ?? []).map((st) => st.speaker).filter((x): x is Speaker => !!x), ...(people.get(sentence) ?? [])];
      return [...new Set(list)];
    },
    findSpeakers: (phrase) => findSpeakers((profiles ??= speakerIndex(allEntities, statements, article)), phrase, expansion),
  };
}

/** Capitalised names with an organisation's word in them: "The Association of Public Transport Users", "Seehof Resorts AG". */
const ORGANISATION_NAME = /\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}’'&.-]*)*/gu;

/** A body's name that takes "the" ("the Federal Association of German Inland Navigation"; not "Seehof Resorts AG"). */
const BODY_NAMED_WITH_THE = /\b(?:Association|Federation|Commission|Council|Union|Agency|Authority|Ministry|Department|Centre|Center|Institute|Committee|Office|Bureau|Board|Court|University|Society|Alliance|Coalition|Movement|Network|Foundation|Trust|Service|Organi[sz]ation|Collective|Chamber|League)\b/u;

/** The words for a business abroad as they open its name, capitalised: "Constructora", "Astilleros". */
const COMPANY_WORDS_ABROAD_NAMED = COMPANY_WORDS_ABROAD.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');

/** The legal forms that end a business's name: "Corvina Shipping GmbH", "Seehof Resorts AG". */
const LEGAL_FORMS = 'Co|Corp|Corporation|Inc|Ltd|Limited|Holdings|plc|AG|GmbH|SA|SpA|Srl|SL|NV|BV|ASA|AB|LLC|Sdn Bhd|Pty';
/** A business named abroad by its kind first: "Astilleros del Nervión", "Minera Loma Roja". */
const COMPANY_ABROAD = new RegExp(String.raw`\b(?:${COMPANY_WORDS_ABROAD_NAMED})(?:\s+(?:(?:de|del|do|da|dos|das|la|las|los|el|y|e)\s+)?\p{Lu}[\p{L}’'&-]*){1,4}`, 'gu');
const LEGAL_FORM = new RegExp(`\\s(?:${LEGAL_FORMS})\\.?$`, 'u');
/** A body named after its kind: "the Danish charity Nordisk Skills Partnership". */
const BODY_BY_KIND = /\b(?:charity|organi[sz]ation|group|foundation|NGO|non-profit|nonprofit)\s+((?:\p{Lu}[\p{L}’'&-]*\s+){0,4}\p{Lu}[\p{L}’'&-]*)/gu;
/**
 * A business told by what it does as it is named: "Hhohho Timber Processors, which employs about 740 people". (Or has
 * done: "Erenik Trans, which has run buses between the city and the surrounding villages since 2009".)
 */
const BUSINESS_WHICH = /(?<![\p{L}’'&.-])((?:\p{Lu}[\p{L}’'&-]*\s+){1,4}\p{Lu}[\p{L}’'&-]*),\s+which\s+(?:(?:has|had)\s+)?(?:employs|employed|operates|operated|owns|owned|manufactures|produces|exports|processes|runs|ran|run)\b/gu;

/** The first organisation a sentence names: one quoted in the article, or a name with an organisation's word. */
function firstOrganisation(sentence: string, known: readonly string[]): string | null {
  const found: Array<{ at: number; name: string }> = [];
  for (const name of known) {
    const m = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').exec(sentence);
    if (m) found.push({ at: m.index, name });
  }
  for (const m of sentence.matchAll(ORGANISATION_NAME)) {
    // (Its full stop is the sentence's, unless it ends an abbreviation: "Varden Chemical Co.".)
    const name = m[0].replace(/^The\s+/u, '').replace(/(?<!\b(?:Co|Inc|Ltd|Corp|Bros))\.$/u, '');
    if (LEGAL_FORM.test(name) || words(name).some((w) => ORG_WORDS.has(w.text.toLowerCase().replace(/[’'.]+$/u, '')) && isCap(w.text))) found.push({ at: m.index + m[0].length - name.length, name });
  }
  return found.sort((a, b) => a.at - b.at || b.name.length - a.name.length)[0]?.name ?? null;
}

/**
 * "The Association of Public Transport Users ... said ... Its president, Ibrahima Faye, said": the president is the
 * association's, which the sentence before names first. The role says whose ("president of the Association of Public
 * Transport Users"), so that "the head of the passengers association" finds him and "Senegal's president" does not.
 */
function ownersOfIts(article: Article, all: Speaker[]): void {
  // Where the article sets a role off with "its", by the role (one pass over the text, whatever the speaker count).
  const itsRoles = new Map<string, number[]>();
  for (const m of article.text.matchAll(/(?<![\p{L}])[Ii]ts\s+([^,.;:“”"\n]{1,80}),\s/gu)) listIn(itsRoles, m[1]!).push(m.index + m[0].length);
  if (itsRoles.size === 0) return;
  const known = all.filter((sp) => sp.kind === 'organization').map((sp) => sp.name);
  for (const sp of all) {
    if (sp.kind !== 'person' || !sp.role) continue;
    const surname = new RegExp(`^(?:[\\p{L}’'.-]+\\s+){0,3}${escapeRegExp(sp.name.split(/\s+/u).at(-1)!)}\\b`, 'u');
    const after = itsRoles.get(sp.role)?.find((at) => surname.test(article.text.slice(at, at + 80)));
    if (after === undefined) continue;
    const i = sentenceAt(article.sentences, after);
    const before = article.sentences[i - 1];
    // (Not when that sentence's own "its" points further back: "The Aegean Wren sank. Its owner then appealed to the
    // Court of Arbitration for Sport. Its captain, ..." is the ship's.)
    if (i < 0 || !before || article.sentences[i]!.paragraph - before.paragraph > 1 || /^(?:its|their)\s/iu.test(before.text.replace(DATELINE, ''))) continue;
    const org = firstOrganisation(before.text, known);
    if (!org) continue;
    sp.role = `${sp.role} of ${BODY_NAMED_WITH_THE.test(org) ? 'the ' : ''}${org}`;
  }
}

/**
 * "the corporation's chief executive, Tuilagi Faamanu Seumalo" after "the state-owned Samoa Shipping Corporation": the
 * one organisation whose name ends in that word is whose the office is ("chief executive of Samoa Shipping
 * Corporation"), so that "the head of Samoa Shipping Corporation" finds him.
 */
function ownersByKind(all: Speaker[]): void {
  for (const sp of all) {
    // (One office that heads it, not one of several: "the union's branch secretary" is no one Kenya's health cabinet
    // secretary could be; "the union's president and a mathematics teacher" is two things.)
    const role = sp.kind === 'person' ? /^(?:the\s+)?(\p{Ll}+)['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}(?:chief|executive|president|chair(?:man|woman|person)?|director|manager|head|leader|boss|founder|owner|secretary-general|general secretary|ceo)(?:\s+[\p{Ll}-]+)?)$/u.exec(sp.role ?? '') : null;
    if (!role || !ORG_WORDS.has(role[1]!) || /\band\b/u.test(role[2]!)) continue;
    const endsInKind = new RegExp(`\\s${escapeRegExp(role[1]!)}$`, 'iu');
    const owners = all.filter((o) => o.kind === 'organization' && endsInKind.test(o.name));
    const owner = owners.length === 1 ? owners[0]!.name : null;
    // (As another name for them: the role stays as the article writes it.)
    if (owner) sp.aliases.push(`${role[2]} of ${BODY_NAMED_WITH_THE.test(owner) && !/^\p{Lu}[\p{L}-]*['’]s\s/u.test(owner) ? 'the ' : ''}${owner}`);
  }
}

/** The index of the sentence holding a text position (sentences are in text order), or -1. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function setIn<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

/** Role words of a description: "the French president" -> president; "Brighton boss" -> boss. */
function roleStems(description: string): string[] {
  return words(description)
    .filter((w) => !isCap(w.text) || TITLE_WORDS.has(w.text.toLowerCase()))
    .map((w) => normalizeWord(w.text))
    .filter((w) => !/^(?:the|a|an|of|for|and|in|at|to|top|senior|state|local|former|new|one|two|three)$/u.test(w) && w.length > 1)
    .map((w) => stem(w));
}

/**
 * Pass 3: descriptions that name someone introduced elsewhere: the lede's "An
 * Iraqi Shiite ... leader" is the headline's Hadi al-Amiri; "the president of
 * France" is President Macron; the headline's "Brighton boss" is head coach
 * Marco Lindholm; "The minister" is the office holder quoted just before.
 */
function linkDescriptions(article: Article, statements: Statement[], registry: Registry, people: Map<number, Speaker[]>): void {
  const expansion = articleExpansion(article.sentences.map((s) => s.text));
  const expand = (stems: Iterable<string>): Set<string> => {
    const out = new Set(stems);
    for (const x of [...out]) for (const r of expansion.related(x)) out.add(r);
    return out;
  };
  // Indexes, so that each description costs time in its own statements, not the article's size.
  // merge() keeps the first two up to date (a merged speaker's list is not in article order: only its
  // membership is used).
  /** Statements by speaker. */
  const statementsOf = new Map<Speaker, Statement[]>();
  for (const st of statements) if (st.speaker) listIn(statementsOf, st.speaker).push(st);
  /** Sentences whose people list holds a speaker. */
  const mentionsOf = new Map<Speaker, Set<number>>();
  for (const [sentence, list] of people) for (const sp of list) setIn(mentionsOf, sp).add(sentence);
  /** Statements by paragraph, in article order. */
  const inParagraph = new Map<number, Statement[]>();
  for (const st of statements) listIn(inParagraph, st.paragraph).push(st);
  const inParagraphs = (...ps: number[]): Statement[] => ps.flatMap((p) => inParagraph.get(p) ?? []).sort((a, b) => a.id - b.id);
  const sentenceStems = new Map<number, string[]>();
  const stemsOfSentence = (i: number): string[] => {
    let stems = sentenceStems.get(i);
    if (!stems) sentenceStems.set(i, (stems = phraseStems(article.sentences[i]!.text)));
    return stems;
  };
  /** Stems of a person's role and aliases, recomputed when either changes (aliases only grow). */
  const roleTexts = new Map<Speaker, { role: string | null; aliases: number; stems: string[]; set: Set<string> }>();
  const roleTextOf = (sp: Speaker): { stems: string[]; set: Set<string> } => {
    let entry = roleTexts.get(sp);
    if (!entry || entry.role !== sp.role || entry.aliases !== sp.aliases.length) {
      const stems = phraseStems([sp.role ?? '', ...sp.aliases].join(' '));
      entry = { role: sp.role, aliases: sp.aliases.length, stems, set: new Set(stems) };
      roleTexts.set(sp, entry);
    }
    return entry;
  };
  /**
   * People by the stems of their role and aliases (built on first use; merge() adds the new
   * stems of the person merged into). Stems only grow, so a person's current stems are all here.
   */
  let peopleByRoleStem: Map<string, Set<Speaker>> | null = null;
  const indexRoles = (sp: Speaker): void => {
    for (const x of roleTextOf(sp).stems) setIn(peopleByRoleStem!, x).add(sp);
  };
  const peopleWithRoleStem = (stem: string): Iterable<Speaker> => {
    if (!peopleByRoleStem) {
      peopleByRoleStem = new Map();
      for (const sp of registry.speakers) if (sp.kind === 'person') indexRoles(sp);
    }
    return peopleByRoleStem.get(stem) ?? [];
  };
  /** First match of the organisation pattern for a head noun ("union"): the same for every description. */
  const orgByHead = new Map<string, string | null>();

  const merge = (from: Speaker, into: Speaker): void => {
    if (from === into) return;
    const moved = statementsOf.get(from) ?? [];
    if (moved.length) {
      const intoList = listIn(statementsOf, into);
      for (const st of moved) {
        st.speaker = into;
        intoList.push(st);
      }
    }
    statementsOf.delete(from);
    registry.addAlias(into, from.name);
    for (const a of from.aliases) registry.addAlias(into, a);
    if (!into.gender) into.gender = from.gender;
    if (peopleByRoleStem && into.kind === 'person') indexRoles(into);
    const where = mentionsOf.get(from);
    if (where) {
      for (const sentence of where) {
        const list = people.get(sentence)!;
        list[list.indexOf(from)] = into;
        setIn(mentionsOf, into).add(sentence);
        if (!list.includes(from)) where.delete(sentence);
      }
    }
    registry.remove(from);
  };
  /** Of these speakers, the people with statements, in registry order (as registry.speakers.filter would give them). */
  const namedPeople = (among: Iterable<Speaker>): Speaker[] =>
    [...among]
      .filter((sp) => sp.kind === 'person' && (statementsOf.get(sp)?.length ?? 0) > 0 && registry.order(sp) !== undefined)
      .sort((a, b) => registry.order(a)! - registry.order(b)!);
  const contentOverlap = (a: string, b: string): number => {
    const sa = new Set(phraseStems(a).filter((x) => x.length > 2));
    const sb = expand(phraseStems(b));
    if (sa.size === 0) return 0;
    return [...sa].filter((x) => sb.has(x)).length / sa.size;
  };
  /** Whether a sentence that names sp, or holds one of its statements, has one of these stems. */
  const mentionedWith = (sp: Speaker, stems: Set<string>): boolean => {
    const words = wordsAround(sp);
    for (const x of stems) if (words.has(x)) return true;
    return false;
  };
  /** All stems of the sentences that name sp or hold its statements; rebuilt when those grow (by merges). */
  const around = new Map<Speaker, { mentions: number; statements: number; words: Set<string> }>();
  const wordsAround = (sp: Speaker): Set<string> => {
    const mentions = mentionsOf.get(sp)?.size ?? 0;
    const statements = statementsOf.get(sp)?.length ?? 0;
    let entry = around.get(sp);
    if (!entry || entry.mentions !== mentions || entry.statements !== statements) {
      const words = new Set<string>();
      for (const i of mentionsOf.get(sp) ?? []) for (const x of stemsOfSentence(i)) words.add(x);
      for (const st of statementsOf.get(sp) ?? []) for (const x of stemsOfSentence(st.sentence)) words.add(x);
      around.set(sp, (entry = { mentions, statements, words }));
    }
    return entry.words;
  };

  // Acronyms the article spells out elsewhere: "the W.H.O." is the World Health Organization.
  // Capitalised runs of the article with their initials, found once (on the first acronym).
  let capitalRuns: Array<{ text: string; initials: string }> | null = null;
  // (Or written as a word, "according to Senasica", after "The National Service for Agro-Alimentary Health, Safety and
  // Quality (Senasica) said": the words organisations are named by in brackets, gathered once.)
  const bracketedWords = new Set(registry.speakers.filter((o) => o.kind === 'organization').flatMap((o) => o.aliases.map((a) => /\((\p{Lu}\p{Ll}{3,9})\)$/u.exec(a)?.[1]).filter((w) => w !== undefined)));
  for (const sp of [...registry.speakers]) {
    const letters = sp.name.replace(/^the\s+/iu, '').replace(/\./gu, '');
    const wordAcronym = sp.kind === 'person' && bracketedWords.has(letters);
    if (!/^\p{Lu}{2,6}$/u.test(letters) && !wordAcronym) continue;
    capitalRuns ??= [...article.text.matchAll(/(?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}’'-]*){1,6}/gu)].map((m) => ({
      text: m[0],
      initials: m[0].split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''),
    }));
    // (Or spelled out before it in brackets whatever the initials: "the International Cycling Union (UCI)".)
    // (Not the words of the sentence's start before it: "On Tuesday the Independent Electoral Commission (CEI)".)
    // (With the small words of other languages: "the Azienda Autonoma di Stato per i Servizi Pubblici (AASS)".)
    const defined = new RegExp(`(\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:${NAME_JOINER}\\s+)*\\p{Lu}[\\p{L}’'-]*){1,6})\\s+\\(${letters}\\)`, 'u').exec(article.text)?.[1];
    const named = defined?.replace(/^(?:[\s\S]*\b(?:On|In|At|By|For|From|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:the\s+|The\s+)?/u, '');
    // (Or a speaker already named with it, who is then the one speaker: "the Institute of Hydrology, Meteorology and
    // Environmental Studies (IDEAM)", "The Tunisian Union for Industry, Trade and Handicrafts (UTICA), the employers'
    // federation".)
    const owner = registry.speakers.find((o) => o !== sp && o.kind === 'organization' && o.aliases.some((a) => a.endsWith(`(${letters})`) || a.includes(`(${letters}),`)));
    if (owner) {
      merge(sp, owner);
      continue;
    }
    const spelled = capitalRuns.find((run) => run.initials === letters)?.text ?? named;
    if (spelled) registry.rename(sp, spelled, 'organization');
  }

  // "NMFS, also known as NOAA Fisheries, said": the other name is the speaker's too.
  const initials = (name: string): string => name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase();
  for (const m of article.text.matchAll(KNOWN_AS)) {
    const names = [m[1]!, m[2]].filter((x) => x !== undefined).map((x) => x.replace(/^the\s+/iu, '').toLowerCase());
    const sp = registry.speakers.find((o) => o.kind === 'organization' && ([o.name, ...o.aliases].some((a) => names.includes(a.replace(/^the\s+/iu, '').toLowerCase())) || names.includes(initials(o.name))));
    if (sp) registry.addAlias(sp, m[3]!.trim());
  }

  // ("... in their depots, operator Dublin Bus said." and "Dublin Bus said in a statement that it regretted ...": a name
  // after a business's kind, which reports what "it" did, is that business, not a person titled "operator".)
  // (Or which speaks in a statement: "Lift operator Žičnice Karavanke said in a statement that". A name with no title
  // at all that reports in a statement what "it" did is one too: "Serindit Air said in a statement that it had offered".)
  const inStatement = (st: Statement): boolean => IN_A_STATEMENT.test(article.sentences[st.sentence]!.text);
  const itDid = (st: Statement): boolean => !st.direct && /^(?:it|its)\s/u.test(st.text);
  for (const sp of registry.speakers) {
    if (sp.kind !== 'person' || sp.gender !== null) continue;
    const own = statementsOf.get(sp) ?? [];
    // (With where it is based: "Maison Terrebrune, a roaster based in Lyon".)
    // (Or a body's, with a statement: "The farmers' association Bolanha Viva ... said in a statement".)
    if (BUSINESS_TITLE.test((sp.role ?? '').replace(/\s+(?:based|headquartered)\s+in\s[\s\S]*$/u, '')) ? own.some((st) => itDid(st) || inStatement(st)) : BODY_TITLE.test(sp.role ?? '') ? own.some(inStatement) : !sp.role && own.some((st) => itDid(st) && inStatement(st))) sp.kind = 'organization';
  }

  for (const d of [...registry.speakers]) {
    if (d.kind !== 'description' && d.kind !== 'group') continue;
    const own = statementsOf.get(d) ?? [];
    if (own.length === 0) continue;
    const firstParagraph = Math.min(...own.map((st) => st.paragraph));
    const firstId = Math.min(...own.map((st) => st.id));
    const firstStart = Math.min(...own.map((st) => st.start));
    let target: Speaker | null = null;

    // An organisation: "Union says" -> the Dock and Harbour Workers’ Union.
    // The head noun comes before any prepositional phrase: "A senior doctor at the Alfred hospital" is a doctor.
    const head = words(d.name.split(/\s+(?:at|of|for|from|in|with|on)\s+/u)[0]!).pop()?.text.toLowerCase() ?? '';
    // "The federation said", "the company said": a bare organisation word stands for an organisation.
    // ("The residents' association said": so does one named for whom it is of, when its name says so too, "the
    // Fontvieille Residents' Association".)
    const possessor = /^the\s+(\p{Ll}+)['’]\s+\p{Ll}+$/iu.exec(d.name)?.[1];
    // (Or with what it does or serves before it, never then a person's title: "the lift company", "the agriculture
    // ministry", not its "director of plant protection at the agriculture ministry".)
    const oneWord = /^the\s+\p{Ll}+$/iu.test(d.name) || possessor !== undefined;
    // (A business by its kind is one too, "the airline", "the operator", though not by a name with that word in it, "the
    // Malaysian Airline Pilots Guild"; nor a worker's noun, "the miner".)
    const byKind = isBusinessKind(head);
    // (Or any body by what it is: "the charity", "the organisation"; see below.)
    const anyBody = /^(?:organi[sz]ation|charity|society|ngo)$/u.test(head);
    const bareOrg = !d.plural && (oneWord || /^[Tt]he\s+\p{Ll}+\s+\p{Ll}+$/u.test(d.name)) && (ORG_WORDS.has(head) || byKind || anyBody);
    if (!d.plural && ORG_WORDS.has(head) && (!PERSON_NOUNS.has(head) || bareOrg)) {
      // ("The National Institute of Plant Protection (INPV) said ... The institute added": the one of that kind quoted
      // just before, not the first of that kind the article names.)
      const kind = new RegExp(`\\b${head}\\b`, 'iu');
      // (Not one whose kind its owner says: "The nurses' association" is theirs.)
      const quoted = bareOrg && possessor === undefined ? statements.filter((st) => st.id < firstId && st.paragraph >= firstParagraph - 2 && st.speaker?.kind === 'organization' && kind.test(st.speaker.name) && !ANOTHER_OF_KIND.test(st.speaker.name)).at(-1)?.speaker : undefined;
      if (quoted) target = quoted;
      else if (!orgByHead.has(head)) {
        // (With what it is for: "the National Commission for Museums and Monuments".)
        // (Or by its place: "the University of Galway", with a word between, "the Directorate General of Civil
        // Aviation"; or as the end of one word: "Belgium's AfricaMuseum". Not a word inside another name: "the Irish
        // Federation of University Teachers" is no university.) (What it is for may be a list: "the Ministry of
        // Agriculture, Forestry and Fisheries".)
        const Head = `${head.charAt(0).toUpperCase()}${head.slice(1)}`;
        const forWhat = `\\s+(?:for|of)\\s+(?:the\\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)\\p{Lu}[\\p{L}’'-]*(?:(?:,\\s+(?=[^,.;]*\\band\\s+\\p{Lu})|\\s+(?:(?:and|of|for|&)\\s+)?)\\p{Lu}[\\p{L}’'-]*){0,4}`;
        let m = new RegExp(`((?:(?:\\p{Lu}(?:[\\p{L}’'&-]*|(?:\\p{L}{0,2}\\.)+)|\\(\\p{Lu}{2,8}\\))[^\\S\\n]+(?:(?:and|of|for|the|&)[^\\S\\n]+)*){1,6})${Head}\\b(?![^\\S\\n]+\\p{Lu})(?:${forWhat})?|(?<!\\p{L})${Head}(?:[^\\S\\n]+\\p{Lu}\\p{Ll}+)?(?:${forWhat})|\\p{Lu}\\p{Ll}+${Head}\\b`, 'u').exec(article.text);
        // ("The cooperative said" of "Cooperativa Eléctrica de las Sierras": a name in its own language, opening on
        // that word, with the small words of its language inside.)
        const other = OTHER_SPELLINGS[head];
        m ??= other ? new RegExp(`(?<!\\p{L})(?:${other})(?:[^\\S\\n]+(?:(?:de|del|la|las|los|el|do|da|dos|das|des|du|di|della|y|e|et)[^\\S\\n]+)*\\p{Lu}[\\p{L}’'-]*){1,5}`, 'u').exec(article.text) : null;
        // (Read as a speaker's name is: "The International Cycling Union (UCI) Anti-Doping Tribunal" is the UCI's.)
        // (Not the person named with it: "Judge Nurlan Asanov of the At-Bashy District Court" is the court's judge.)
        const parsed = m ? parseSpeakerPhrase(m[0].trim(), false) : null;
        const name = parsed?.kind === 'person' ? m![0].trim().split(/\s+(?:of|at|for)\s+(?:the\s+)?/u).pop()! : (parsed?.name ?? m?.[0].trim());
        // (An organisation already quoted whose name ends in that word and holds that name whole: "the Kenya Medical
        // Practitioners, Pharmacists and Dentists Union", of which the search above finds only "Pharmacists and Dentists
        // Union".)
        const fuller = name ? registry.speakers.find((o) => o.kind === 'organization' && o.name.length > name.length && o.name.endsWith(name.replace(/^The\s+/u, ''))) : undefined;
        orgByHead.set(head, fuller ? fuller.name : name && !ANOTHER_OF_KIND.test(name) ? name.replace(/^The\s+/u, '') : null);
      }
      const org = quoted ? undefined : orgByHead.get(head);
      if (org && (possessor === undefined || new RegExp(`${possessor}['’]`, 'iu').test(org))) target = registry.named(org, { name: org, role: null, kind: 'organization', plural: false, gender: null, phrase: org });
    }
    // None by that name ("the company" for Baltmar Shipping): the organisation quoted just before.
    if (!target && bareOrg && BUSINESS_HEAD.test(head)) {
      // A business, not a public body ("the Port Authority" is no company).
      const business = (name: string): boolean => !/\b(?:Authority|Ministry|Department|Agency|Council|Government|Police|Court|Commission|Union|Federation|Association|Committee|Office|Service|Prefecture|Parliament|Assembly|Guild|Syndicate|Society|Chamber|Party|Institute|University)\b/u.test(name);
      // (Up to the description itself: "In a statement sent to Al Jazeera, the company insisted" names no company "Al
      // Jazeera".)
      const upTo = article.text.slice(Math.max(0, firstStart - 1500), firstStart);
      const own = upTo.toLowerCase().lastIndexOf(d.name.toLowerCase());
      const before = own >= 0 && !/[.!?]/u.test(upTo.slice(own)) ? upTo.slice(0, own) : upTo;
      // The business the text just before calls one of these: "Kyklades Maritime, the company that held state contracts
      // ..., filed for bankruptcy. The company said ...".
      // (Past a possessive: "Conservas Atlântida, the town's largest processor"; or the other way round: "The contractor,
      // Kraków-based Torbud Infrastruktura, rejected that account". Not a day: "In a statement on Thursday, the company".)
      // (Not one the company has: "Martin Hrabovský, the company's managing director".)
      // (A small word may join a name's words abroad: "Algues du Sud-Ouest, a Malagasy-owned exporter".)
      const calledAs = (kinds: string): string | undefined =>
        [
          ...before.matchAll(new RegExp(`(?<![\\p{L}’'&.-])((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH})\\b)(?:\\p{Lu}[\\p{L}’'&.-]*[^\\S\\n]+(?:(?:de|del|des|du|la|le|da|do|dos|das)[^\\S\\n]+)?){0,4}\\p{Lu}[\\p{L}’'&.-]*),\\s+(?:the|a|an)\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:${kinds})\\b(?![’']s\\b)`, 'gu')),
          ...before.matchAll(new RegExp(`\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${kinds}),\\s+(?:\\p{Lu}[\\p{L}’'.-]*-based\\s+)?((?:\\p{Lu}[\\p{L}’'&.-]*[^\\S\\n]+){0,4}\\p{Lu}[\\p{L}’'&.-]*),`, 'gu')),
          // (Or with its kind just before its name: "State power utility Barqi Tojik introduced the limits". Not any kind:
          // "forcing rail operator Renfe to cancel ... trains" is no company said to speak.)
          ...before.matchAll(new RegExp(`(?<=\\p{L}\\s+)(?:company|firm|utility)\\s+((?:\\p{Lu}[\\p{L}’'&.-]*[^\\S\\n]+){0,3}\\p{Lu}[\\p{L}’'&.-]*)(?=\\s+\\p{Ll})`, 'gu')),
        ]
          .sort((a, b) => a.index - b.index)
          .at(-1)?.[1];
      const named = (name: string | undefined, role: string | null = null): Speaker | null => (name && business(name) ? registry.named(name, { name, role, kind: 'organization', plural: false, gender: null, phrase: name }) : null);
      // A kind more telling than "company" is what the text called it ("Sport Andino TV, a cable broadcaster ... The
      // broadcaster alleges"), before whichever business spoke last.
      if (!/^(?:company|firm|group)$/u.test(head)) target = named(calledAs(head));
      // (Or a name with no title or pronoun of a person's that gave a statement just before: "Tabacalera Costa Caribe said
      // in a statement ...", then "The company said".)
      const bodyLike = (sp: Speaker): boolean => sp.kind === 'organization' || (sp.kind !== 'group' && !sp.role && sp.gender === null && !sp.plural);
      const earlier = inParagraphs(firstParagraph - 1, firstParagraph).filter((st) => st.id < firstId && st.speaker !== null && bodyLike(st.speaker) && (st.speaker.kind === 'organization' || inStatement(st)) && business(st.speaker.name));
      target ??= earlier[earlier.length - 1]?.speaker ?? null;
      // ... or, quoted nowhere before, the one the text just before calls a business ("operated by Deltaris Energy, a
      // Nigerian independent producer"), or names by its legal form ("the ship's owner, Corvina Shipping GmbH", its
      // role what the text calls it there).
      if (!target) {
        // ("Aral Balyk, a processing plant in Aralsk that freezes and exports pike-perch fillets": a business by what it is.)
        const called = calledAs(`${head}|company|firm|utility|producer|operator|carrier|miner|supplier|contractor|developer|manufacturer|maker|broadcaster|publisher|plant|processor|factory|mill|refinery|exporter|importer|distributor|wholesaler|retailer|brewery`);
        const incorporated = [...before.matchAll(new RegExp(String.raw`(?:\b(the\s+[^,.;“”"]{1,50}),\s+)?\b((?:\p{Lu}[\p{L}’'&-]*\s+){1,4}(?:${LEGAL_FORMS}))\b`, 'gu'))].at(-1);
        // (Or by a word for a business that opens its name abroad: "employees of Astilleros del Nervión".)
        const abroad = [...before.matchAll(COMPANY_ABROAD)].at(-1)?.[0];
        // (Or by what it does: "Hhohho Timber Processors, which employs about 740 people at its mill ..., stopped the
        // service", then "In a statement, the company said".)
        const doing = [...before.matchAll(BUSINESS_WHICH)].at(-1)?.[1];
        target = called ? named(called) : incorporated ? named(incorporated[2], incorporated[1]?.replace(/^the\s+/u, '') ?? null) : named(abroad ?? doing);
      }
      // ... or, named nowhere near, the one business the article quotes before ("Lift operator Žičnice Karavanke said in a
      // statement" ... fifteen paragraphs on, "The lift company said").
      if (!target) {
        const quotedBusinesses = new Set(statements.filter((st) => st.id < firstId && st.speaker?.kind === 'organization' && business(st.speaker.name)).map((st) => st.speaker));
        if (quotedBusinesses.size === 1) target = [...quotedBusinesses][0]!;
      }
    }

    // "complained to the Financial Markets Authority ... The agency said": a public body named just before. (A service
    // or institute is one too: "The National Health Service ... said in a statement ... The agency said".)
    // ("Volunteers from the Magway branch of the Myanmar Red Cross Society pulled 61 people from the water ..., the
    // organisation said": an organisation, or a charity, is any such body named just before.)
    // (Not one described by what it serves: "the district administration" is no "District Police Office".)
    if (!target && bareOrg && oneWord && (anyBody || /^(?:agency|authority|regulator|watchdog|body|commission|office|administration|bureau|board|inspectorate)$/u.test(head))) {
      // (The body may be named in what it said: "Volunteers from the ... Red Cross Society pulled 61 people ...".)
      const before = article.text.slice(Math.max(0, firstStart - 600), anyBody ? own.find((st) => st.start === firstStart)!.end : firstStart);
      const kinds = `Authority|Agency|Commission|Office|Administration|Bureau|Board|Inspectorate|Directorate|Regulator|Service|Institute${anyBody ? '|Society|Organi[sz]ation|Foundation|Trust|Fund|Association|Federation|Union|Council|Committee|Cross|Crescent' : ''}`;
      const bodies = [...before.matchAll(new RegExp(String.raw`(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|on)\s+)?){1,5}(?:${kinds})\b`, 'gu'))];
      const body = bodies[bodies.length - 1]?.[0].replace(/^The\s+/u, '');
      if (body) target = registry.named(body, { name: body, role: null, kind: 'organization', plural: false, gender: null, phrase: body });
      // ("Clear Vision Africa, a Netherlands-based charity ..., said", then "The charity said"; "The national roads agency
      // AGEROUTE said", then "the agency said": else the body quoted last by words that call it so, whatever its name.)
      // (Or by the word just before its name: "financed by the charity Sahel Water Partnership, which said".)
      const calledSo = new RegExp(`\\b${head}\\b`, 'iu');
      const calledBefore = (st: Statement): boolean => new RegExp(`\\b${head}\\s+${escapeRegExp(st.speaker!.name)}\\b`, 'iu').test(article.sentences[st.sentence]!.text);
      target ??= statements.filter((st) => st.id < firstId && st.speaker?.kind === 'organization' && (calledSo.test(st.speakerPhrase ?? '') || calledBefore(st))).at(-1)?.speaker ?? null;
      // (And an organisation is any body: "The Interprofession du Gruyère ... said in a statement ...", then "..., the
      // organisation said": the body quoted just before, whatever the article calls it.)
      if (/^organi[sz]ation$/u.test(head)) target ??= statements.filter((st) => st.id < firstId && st.paragraph >= firstParagraph - 2 && st.speaker?.kind === 'organization').at(-1)?.speaker ?? null;
    }
    // (So is "the group": "The Association of Mohéli Tourism Operators ... said in a statement ...", then "The group also
    // said", in the paragraph after.)
    if (!target && bareOrg && oneWord && head === 'group') target = statements.filter((st) => st.id < firstId && st.paragraph >= firstParagraph - 1 && st.speaker?.kind === 'organization').at(-1)?.speaker ?? null;
    // (Or, quoted nowhere before, the body its paragraph names by its kind: "The programme, run by the Danish charity
    // Nordisk Skills Partnership, funded ... In a statement, the group said".)
    if (!target && bareOrg && oneWord && head === 'group') {
      const paragraph = article.paragraphs.find((p) => p.start <= firstStart && firstStart <= p.end);
      const kindNamed = paragraph ? [...article.text.slice(paragraph.start, firstStart).matchAll(BODY_BY_KIND)].at(-1)?.[1] : undefined;
      if (kindNamed) target = registry.named(kindNamed, { name: kindNamed, role: null, kind: 'organization', plural: false, gender: null, phrase: kindNamed });
    }

    // ("The Pingtung County Government said in a statement ... The county also said": a place's government, the one the
    // article quotes, speaks as the place; never then someone of "the county's Water Resources Department".)
    if (!target && !d.plural && /^the\s+(?:county|city|municipality|province|region|district|state|town|canton|prefecture)$/iu.test(d.name)) {
      const place = new RegExp(`\\b${head}\\b(?=.*\\b(?:Government|Council|Administration|Municipality|Authority|Office|Hall|Assembly)\\b)`, 'iu');
      const governments = new Set(statements.filter((st) => st.speaker?.kind === 'organization' && place.test(st.speaker.name)).map((st) => st.speaker!));
      if (governments.size === 1) target = [...governments][0]!;
    }

    // The lede restates the headline's claim ("X says ..."), or the headline's speaker is described.
    if (!target && !d.plural) {
      for (const h of inParagraphs(0).filter((st) => st.speaker?.kind === 'person')) {
        if (own.some((st) => st.paragraph <= 2 && contentOverlap(h.text, st.text) >= 0.5)) target = h.speaker;
      }
    }

    // ("In a statement on Wednesday, the operator, Cable Aéreo de Caldas, said ..." and, twelve paragraphs on, "The
    // operator said": the one body the article gave that title, whatever else the word may name.)
    if (!target && !d.plural && oneWord && possessor === undefined) {
      const titled = registry.speakers.filter((o) => o.kind === 'organization' && (o.role ?? '').toLowerCase() === head);
      if (titled.length === 1) target = titled[0]!;
    }

    // "the president of France", "the French president", "Brighton boss", "Mayor": a named person with that title (and place).
    // (Not an organisation: "the provincial health directorate" is no "provincial director of health", nor is "the
    // company" its "head of quality", though a company's people may be called "the company".)
    if (!target && !d.plural && !(ORG_WORDS.has(head) && (!PERSON_NOUNS.has(head) || bareOrg))) {
      // ("the country's auditor general": the country the story is in says nothing of the office.)
      const roles = roleStems(d.name.replace(/^(?:the\s+)?(?:country|nation|city|town|island|islands|state|province|region|district)['’]s?\s+/iu, ''));
      const place = expand(phraseStems(words(d.name).filter((w) => isCap(w.text) && !TITLE_WORDS.has(w.text.toLowerCase())).map((w) => w.text).join(' ')));
      const roleSet = expand(roles);
      // Only people whose role text has the first role word (or a related one) can match.
      const candidates = new Set<Speaker>();
      if (roles.length > 0) for (const x of [roles[0]!, ...expansion.related(roles[0]!)]) for (const sp of peopleWithRoleStem(x)) candidates.add(sp);
      const matches = namedPeople(candidates).filter((sp) => {
        const { stems: roleText, set } = roleTextOf(sp);
        return roles.length > 0 && roles.every((r) => set.has(r) || [...expansion.related(r)].some((x) => set.has(x))) && roleText.some((x) => roleSet.has(x));
      });
      // (Not one whose role has that word only as whose they are: "Luisa Fernanda Ocampo, the operator's technical
      // manager" is not "The operator", which is Cable Aéreo de Caldas.)
      const whose = new RegExp(`\\b${escapeRegExp(head)}['’]s?\\s`, 'iu');
      const itself = new RegExp(`\\b${escapeRegExp(head)}s?\\b(?!['’])`, 'iu');
      const ownerOnly = (sp: Speaker): boolean => whose.test(sp.role ?? '') && !itself.test(sp.role ?? '');
      const withPlace = (place.size ? matches.filter((sp) => mentionedWith(sp, place)) : matches).filter((sp) => !ownerOnly(sp));
      if (withPlace.length === 1) target = withPlace[0]!;
      else if (withPlace.length > 1 && firstParagraph === 0) target = withPlace[0]!;
    }

    // A lede description ("A senior union official") named in the next paragraphs, sharing a word with the role.
    if (!target && !d.plural && firstParagraph <= 1 && /^(?:a|an)\s/iu.test(d.name)) {
      // ("A regional administrative court in Piedmont" is the Regional Administrative Tribunal named next: a body is
      // described by its name.)
      const body = ORG_WORDS.has(head) && !PERSON_NOUNS.has(head);
      const introduced = inParagraphs(2, 3).filter((st) => st.speaker?.kind === 'person' || (body && st.speaker?.kind === 'organization')).map((st) => st.speaker!);
      const candidates = [...new Set(introduced)].filter((sp) => contentOverlap(d.name.replace(/^(?:a|an)\s+/iu, ''), sp.kind === 'organization' ? sp.name : (sp.role ?? '')) > 0);
      if (candidates.length === 1) target = candidates[0]!;
    }

    // ("A family-owned maker of precision dental drills in Eschen said ...", then "Rheintal Dentaltechnik AG, founded in
    // 1974 ...,": a lede's business, named where the next paragraph opens.)
    if (!target && !d.plural && firstParagraph === 1 && /^(?:a|an)\s/iu.test(d.name) && /^(?:company|firm|maker|manufacturer|producer|operator|supplier|exporter|importer|processor|retailer|chain|group|developer|builder|contractor|miner|carrier|airline|lender|bank|insurer|brewer|distiller|mill|plant|factory)$/u.test(headNoun(d.name))) {
      const opening = new RegExp(String.raw`^((?:\p{Lu}[\p{L}’'&.-]*\s+){0,4}\p{Lu}[\p{L}’'&.-]*),\s+(?:founded|which|based|established|set up|a\s|an\s|the\s)`, 'u').exec(article.paragraphs[1]?.text ?? '')?.[1];
      // (Or by what it does: "Erenik Trans, which has run buses between the city and the surrounding villages since 2009".)
      const doing = [...(article.paragraphs[1]?.text ?? '').matchAll(BUSINESS_WHICH)][0];
      const business = opening && (LEGAL_FORM.test(opening) || words(opening).some((w) => ORG_WORDS.has(w.text.toLowerCase())) || (doing?.index === 0 && doing[1] === opening)) ? opening : null;
      if (business) target = registry.named(business, { name: business, role: null, kind: 'organization', plural: false, gender: null, phrase: business });
    }

    // "A person familiar with the matter said ... “...,” the person said": the description of that noun just before.
    if (!target && !d.plural && /^the\s+\p{Ll}+$/u.test(d.name)) {
      const earlier = inParagraphs(firstParagraph - 1, firstParagraph).filter((st) => st.id < firstId && st.speaker !== d && st.speaker?.kind === 'description' && /^(?:a|an|one)\s/iu.test(st.speaker.name));
      const described = earlier.reverse().find((st) => headNoun(st.speaker!.name) === head);
      if (described) target = described.speaker;
    }

    // ("... Mabrouka Ben Salah pulls another knot tight ...", then "“...,” said the 54-year-old, who has woven carpets since
    // she was 13": someone told by age alone is the one person the paragraph before names.)
    if (!target && !d.plural && /^the\s+\d+-year-old$/u.test(d.name)) {
      const named = [...mentionsOf].filter(([sp, at]) => sp !== d && sp.kind === 'person' && registry.order(sp) !== undefined && [...at].some((i) => article.sentences[i]!.paragraph === firstParagraph - 1));
      if (named.length === 1) target = named[0]![0];
    }

    // "The minister said ...": the office holder quoted just before.
    if (!target && !d.plural && /^the\s+\p{Ll}+$/u.test(d.name) && TITLE_WORDS.has(d.name.split(/\s+/u)[1]!)) {
      const earlier = inParagraphs(firstParagraph - 2, firstParagraph - 1).filter((st) => st.speaker?.kind === 'person' && st.speaker.role);
      const holder = earlier.reverse().find((st) => words(st.speaker!.role!).some((w) => TITLE_WORDS.has(w.text.toLowerCase())));
      if (holder) target = holder.speaker;
    }

    // A plural group restating the headline's group ("Researchers say" / "the researchers who led the study said").
    if (target) merge(d, target);
  }

  // ("..., the Red Cross added" after "the Myanmar Red Cross Society ... said": an organisation by a shorter form of the
  // name of one quoted, when just one holds it.)
  const quotedBodies = registry.speakers.filter((sp) => sp.kind === 'organization' && (statementsOf.get(sp)?.length ?? 0) > 0);
  // (Each body by every run of words inside its name, so that a shorter name looks up what holds it: an article may
  // quote thousands of bodies. A name, all of it: not "Ulster County Board of Elections on Nov. 21".)
  const holders = new Map<string, Speaker[]>();
  for (const o of quotedBodies) {
    if (!/^(?:(?:\p{Lu}[\p{L}’'.&-]*|of|for|and|the|de|du|des|del|la|le)(?:\s+|$))+$/u.test(o.name)) continue;
    const ws = o.name.split(/\s+/u);
    for (let i = 0; i < ws.length; i++) for (let j = i + 1; j <= ws.length; j++) if (j - i < ws.length) listIn(holders, ws.slice(i, j).join(' ')).push(o);
  }
  for (const short of quotedBodies) {
    const fuller = [...new Set(holders.get(short.name.split(/\s+/u).join(' ')) ?? [])].filter((o) => o !== short);
    if (fuller.length === 1 && registry.order(short) !== undefined) merge(short, fuller[0]!);
  }
}

/** What findSpeakers compares a question with, per speaker: computed once, on the first question. */
interface SpeakerProfile {
  sp: Speaker;
  nameStems: Set<string>;
  /** Stems of the name alone, without aliases. */
  ownStems: Set<string>;
  roleStems: Set<string>;
  /** Initials of the name and of each alias. */
  initials: string[];
  /** The surname, normalised (not stemmed: "manager" does not name a "Management"). */
  surname: string;
  /** Statements attributed to the speaker. */
  count: number;
  /** Whether the role names a science's trade ("Marine biologist"): asked for as "the scientist". */
  scientist: boolean;
  /** The nations the name, aliases and role name ("The Embassy of Nepal in Kuwait": Nepal and Kuwait). */
  nations: Set<number>;
  /** Stems of what the article calls the body the role names ("the regional water company" for "Sedapar's ..."). */
  bodyStems: Set<string>;
}

/** A phrase with its titles in one form ("CEO" and "chief executive", "spokesman" and "spokeswoman"). */
export function titleForms(phrase: string): string {
  return TITLE_VARIANTS.reduce((text, [variant, title]) => text.replace(variant, title), phrase);
}

/** The stems of a phrase, and of its hyphenated words' parts. */
function stemsAndParts(phrase: string): string[] {
  return [...phraseStems(phrase), ...phraseStems(phrase.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '))];
}

/** What news calls the best-known international bodies, by their acronyms or names: "the UN children's agency" is UNICEF. */
const KNOWN_BODIES: Array<[RegExp, string]> = [
  [/^(?:UNICEF|United Nations Children['’]s Fund)$/u, "UN children's agency"],
  [/^(?:UNHCR|United Nations High Commissioner for Refugees|UN High Commissioner for Refugees)$/u, 'UN refugee agency'],
  [/^(?:WHO|World Health Organi[sz]ation)$/u, 'UN health agency'],
  [/^(?:WFP|World Food Programme|World Food Program)$/u, 'UN food agency'],
  [/^(?:FAO|Food and Agriculture Organi[sz]ation)$/u, 'UN food and agriculture agency'],
  [/^(?:IAEA|International Atomic Energy Agency)$/u, 'UN nuclear watchdog'],
  [/^(?:ILO|International Labour Organi[sz]ation|International Labor Organi[sz]ation)$/u, 'UN labour agency'],
  [/^(?:UNESCO)$/u, 'UN cultural agency'],
  [/^(?:OCHA|Office for the Coordination of Humanitarian Affairs)$/u, 'UN humanitarian office'],
  [/^(?:IMF|International Monetary Fund)$/u, 'global lender'],
];

function knownBody(sp: Speaker): string {
  if (sp.kind !== 'organization') return '';
  const names = [sp.name, ...sp.aliases].map((n) => n.replace(/^the\s+/iu, '').trim());
  return KNOWN_BODIES.find(([re]) => names.some((n) => re.test(n)))?.[1] ?? '';
}

/** Speaker profiles, and where to find them by a word of their name or role: most share no word with a question. */
interface SpeakerIndex {
  profiles: SpeakerProfile[];
  /** Positions in `profiles`, by a stem of the name, an alias or the role, and by surname. */
  byWord: Map<string, number[]>;
  organizations: number[];
  /** Every stem the article uses. */
  articleStems: Set<string>;
}

function speakerIndex(all: Speaker[], statements: Statement[], article: Article): SpeakerIndex {
  const profiles = speakerProfiles(all, statements, article);
  const byWord = new Map<string, number[]>();
  const add = (word: string, i: number): void => {
    const list = byWord.get(word);
    if (!list) byWord.set(word, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  profiles.forEach((p, i) => {
    for (const x of p.nameStems) add(x, i);
    for (const x of p.roleStems) add(x, i);
    add(p.surname, i);
  });
  const organizations = profiles.flatMap((p, i) => (p.sp.kind === 'organization' ? [i] : []));
  return { profiles, byWord, organizations, articleStems: new Set(tokenize(article.text).map((t) => t.stem)) };
}

/** Profiles of every speaker; the attribution no longer changes once extracted. */
function speakerProfiles(all: Speaker[], statements: Statement[], article: Article): SpeakerProfile[] {
  const counts = new Map<Speaker, number>();
  for (const st of statements) if (st.speaker) counts.set(st.speaker, (counts.get(st.speaker) ?? 0) + 1);
  const described = bodiesDescribed(article.text);
  return all.map((sp) => {
    // (Titles are read as questions' are: "CEO Jane Roe" is the chief executive, "a ministry spokeswoman" its
    // spokesperson.)
    // (And a hyphenated word by its parts too: "long-distance operator" is asked for as "the long distance operator".)
    const nameStems = new Set([sp.name, ...sp.aliases].map(titleForms).flatMap(stemsAndParts));
    const body = bodyDescribed(sp.role, described);
    const roleStems = new Set(stemsAndParts(titleForms(`${sp.role ?? ''} ${knownBody(sp)} ${body}`)));
    // ("who has taught Year 4 at the school" is asked for as "the Year 4 teacher".)
    for (const w of words(sp.role ?? '')) {
      const agent = AGENT_OF_ROLE_VERB.get(w.text.toLowerCase());
      if (agent) roleStems.add(stem(agent));
    }
    return {
      sp,
      nameStems,
      ownStems: new Set(phraseStems(titleForms(sp.name))),
      roleStems,
      initials: [sp.name, ...sp.aliases].map((n) => n.replace(/^(?:the|an?)\s+/iu, '').split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')),
      surname: normalizeWord(surnameKey(sp.name)),
      count: counts.get(sp) ?? 0,
      scientist: [...roleStems].some((x) => SCIENCE_TRADE.test(x)),
      nations: new Set([...nameStems, ...roleStems].map(nationOf).filter((n) => n !== undefined)),
      bodyStems: new Set(stemsAndParts(body)),
    };
  });
}

/** A body's capitalised name, its small joining words included: "Vlašić Ski Centre", "Ministry of Agriculture". */
const BODY_NAME_SOURCE = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?\p{Lu}[\p{L}’'-]*)+`;
const BODY_NAME = new RegExp(BODY_NAME_SOURCE, 'u');
/** Such a name with a description in lower case set off after it: "Vlašić Ski Centre, the company that operates the resort,". */
const BODY_DESCRIBED = new RegExp(String.raw`(${BODY_NAME_SOURCE}),\s+((?:the|a|an)\s+\p{Ll}[^,.;“”"]{2,60})[,.]`, 'gu');

/**
 * What the article calls the body a role names, set off after its name: "the company that operates the resort" for
 * "director of Vlašić Ski Centre" ("Vlašić Ski Centre, the company that operates the resort,"), so that "the resort
 * director" is theirs.
 */
function bodyDescribed(role: string | null, described: BodiesDescribed): string {
  const body = role ? BODY_NAME.exec(role)?.[0] : undefined;
  // (Or a one-word name the article describes first: "Sedapar's general manager" after "the regional water company,
  // Sedapar,".)
  const word = role && !body ? described.oneWord.find(([, whole]) => whole.test(role))?.[0] : undefined;
  return body ? (described.names.get(body) ?? '') : word ? described.names.get(word)! : '';
}

/** A body's description in lower case, then its name set off: "the regional water company, Sedapar,". */
const DESCRIBED_BODY = new RegExp(String.raw`\b((?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|utility|firm|operator|regulator|agency|authority|carrier|airline|bank|lender|insurer|charity|union|cooperative|co-operative|developer|contractor|producer|manufacturer|maker|group|organi[sz]ation|association|federation|institute|service)),\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}),`, 'gu');

/**
 * Every name the article sets a description in lower case after ("Vlašić Ski Centre, the company that ...") or before
 * ("the regional water company, Sedapar,"), read once.
 */
interface BodiesDescribed {
  names: Map<string, string>;
  /** The one-word names, each with a pattern for it as a whole word, in the order found. */
  oneWord: Array<[string, RegExp]>;
}

function bodiesDescribed(text: string): BodiesDescribed {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DESCRIBED_BODY)) if (!out.has(m[2]!)) out.set(m[2]!, m[1]!);
  for (const m of text.matchAll(BODY_DESCRIBED)) {
    // (The name's later words name it too: "Big Vlašić Ski Centre" holds "Vlašić Ski Centre".)
    const ws = m[1]!.split(/\s+/u);
    for (let i = 0; i < ws.length - 1; i++) {
      const name = ws.slice(i).join(' ');
      if (/^\p{Lu}/u.test(name) && !out.has(name)) out.set(name, m[2]!);
    }
  }
  return { names: out, oneWord: [...out.keys()].filter((name) => !/\s/u.test(name)).map((name) => [name, new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u')]) };
}

/** Whether a role is an office of a body ("the union's president", "president of the farmers' association"). */
function roleOfBody(role: string | null): boolean {
  if (!role) return false;
  const owner = /(?:^|\s)(\p{L}+)['’]s?\s/u.exec(role)?.[1];
  if (owner && ORG_WORDS.has(owner.toLowerCase())) return true;
  const of = /\b(?:of|at|for)\s+(.+)$/u.exec(role)?.[1];
  return of !== undefined && words(of).some((w) => ORG_WORDS.has(normalizeWord(w.text)));
}

/** Titles in one form: abbreviations people type for what articles spell out, and one word for each gender's. */
const TITLE_VARIANTS: Array<[RegExp, string]> = [
  [/\bspokes(?:man|woman|person|people|men|women)\b/giu, 'spokesperson'],
  [/\bchair(?:man|woman|person)\b/giu, 'chair'],
  [/\bceo\b/giu, 'chief executive'],
  [/\bcfo\b/giu, 'chief financial officer'],
  [/\bcoo\b/giu, 'chief operating officer'],
  [/\bcto\b/giu, 'chief technology officer'],
  // ("the HR director": of human resources.)
  [/\bhr\b/giu, 'human resources'],
  [/\bpm\b/giu, 'prime minister'],
  // ("Dr. Ricardo Solórzano, a pulmonologist at the hospital" is asked for as "the doctor".)
  [/\bdr\b\.?/giu, 'doctor'],
  // ("Veterinarian Youssef Bensaid" is asked for as "the vet".)
  [/\bvets?\b/giu, 'veterinarian'],
  // ("Justice Sandra Persaud-King" is the judge; not the Ministry of Justice nor "the Justice Ministry".)
  [/(?<!\b(?:of|for)\s+)\bjustice\b(?!\s+(?:ministry|minister|department|secretary|system|of)\b)/giu, 'judge'],
  [/\bfm\b/giu, 'foreign minister'],
  // ("Coun. Martin Delisle" and "Cllr Jane Roe" are councillors, as are a councilor, councilman or councilwoman.)
  [/\b(?:coun\.|cllr\b\.?|council(?:or|man|woman|member)\b)/giu, 'councillor'],
  // (Clipped words people type for what articles spell out: "the exams council", "the lab", "the health dept".)
  [/\bexams?\b/giu, 'examination'],
  [/\blabs?\b/giu, 'laboratory'],
  [/\bdept\b/giu, 'department'],
  [/\bgovt\b/giu, 'government'],
  [/\bco-?op\b/giu, 'cooperative'],
  [/\bco-?ops\b/giu, 'cooperatives'],
  // ("the union rep": the union's representative.)
  [/\breps?\b/giu, 'representative'],
  // ("who represents the Jonquière district on Saguenay city council" is the city councillor for Jonquière; "who
  // represents Mugu in the Karnali provincial assembly" its member for Mugu.)
  [/\brepresents\b(?=[^.;]*\bcouncil\b)/giu, 'represents as councillor'],
  [/\brepresents\b(?=[^.;]*\b(?:assembly|parliament|legislature|senate|congress|house)\b)/giu, 'represents as member'],
  // ("the man who runs the plant", "the man in charge of the plant": "who has managed the plant since 2012".)
  // (A person's: not "the company that runs the cave", its operator.)
  [/(?<=\bwho\s+(?:(?:has|had|now)\s+)?)(?:runs|ran|run)\b(?=\s+(?:the|a|an|its|his|her|their)\s)|\bin\s+charge\s+of\b/giu, 'manages'],
];

/** A company's name or description: "Varden Chemical Co", "PT Segara Biru Lines", "Minera Loma Roja", "the operator". */
const COMPANY_NAMED = new RegExp(
  String.raw`\b(?:Co|Company|Corp|Corporation|Inc|Ltd|Limited|Group|Holdings|Industries|plc|AG|SA|GmbH|ASA|AB|NV|LLC|PT|Tbk|Bhd|Lines|Ferries|Shipping|Airlines|Airways|Logistics|${COMPANY_WORDS_ABROAD_NAMED}|operators?|carriers?|firms?|compan(?:y|ies))\b\.?`,
  'u',
);

/** The words that open a body's name in other spellings or languages: "Fundação Casa do Atlântico" is a foundation. */
const OTHER_SPELLINGS: Readonly<Record<string, string>> = {
  foundation: 'Fundação|Fundacao|Fundación|Fundacion|Fondation|Fondazione|Stiftung',
  institute: 'Instituto|Institut|Istituto',
  association: 'Associação|Associacao|Asociación|Asociacion|Associazione',
  cooperative: 'Co-operative|Cooperativa|Coopérative',
};

/** What kind of organisation a common noun asks for, by the words of its name. */
const ORG_KINDS = new Map<string, RegExp>([
  ...['regulator', 'watchdog'].map((w): [string, RegExp] => [stem(w), /\b(?:Authority|Commission|Regulator|Regulatory|Agency|Office|Inspectorate|Board|Ombudsman|Directorate)\b/u]),
  // ("The Infrastructure Ministry said": what the government said.)
  [stem('government'), /\b(?:Ministry|Ministries|Department|Government|Cabinet|Treasury|Presidency)\b/u],
  // ("the central bank": the National Reserve Bank of Tonga, the Bank of Ghana.)
  [stem('central'), /\b(?:Central|Reserve|National|State|People['’]s)\s+Bank\b|\bBank\s+of\s+(?!America\b)\p{Lu}/u],
  // (Or by what it is: "PT Segara Biru Lines, the largest of the three operators".)
  ...['company', 'firm', 'business', 'maker', 'manufacturer'].map((w): [string, RegExp] => [stem(w), COMPANY_NAMED]),
  // ("the lender": "The Asian Development Bank, which is lending $700 million towards the project".)
  [stem('lender'), /\b(?:Bank|Fund|Lenders?|Finance|Credit)\b/u],
  // ("the Portuguese foundation": "the Fundação Casa do Atlântico", a body named in its own language.)
  ...Object.entries(OTHER_SPELLINGS).map(([w, other]): [string, RegExp] => [stem(w), new RegExp(`\\b(?:${w.charAt(0).toUpperCase()}${w.slice(1)}|${other})\\b`, 'u')]),
]);

const GOVERNMENT = stem('government');

/** Offices named in two words, neither of which alone is the office (their abbreviations are spelled out first). */
const OFFICES = /\b(?:prime minister|chief executive|attorney general|secretary general|director general|chief justice|chief minister|first minister|governor general|surgeon general|auditor general|solicitor general|chief of staff)\b/iu;

/**
 * A word for whoever leads a group, and the offices that do. (Only for a leader asked about: related everywhere,
 * "president" would make "the president of Zambia" a farmers' association's chairperson.)
 */
const LEADER = /^(?:leader|boss|head)$/u;
/** A science by its trade's word (as stemmed): biologist, seismologist, oceanographer, chemist, physicist. */
const SCIENCE_TRADE = /^\p{L}{2,}(?:ologist|ographer)$|^(?:\p{L}*chemist|physicist|scientist)$/u;
const TOP_OFFICES = ['chairman', 'chairwoman', 'chairperson', 'chair', 'president', 'leader', 'head', 'boss', 'secretary-general'].map(stem);

/**
 * The words of a role that say where it is held: after "of", "at", "for" ..., before a possessive ("station’s
 * director"), or the name before a title ("Samoa Tourism Authority Chief Executive").
 */
function settingStems(role: string | null): Set<string> {
  if (!role) return new Set();
  const ws = words(role);
  const at = ws.findIndex((w) => /^(?:of|at|for|in|with|from|on)$/iu.test(w.text));
  const possessive = ws.findLastIndex((w) => /['’]s?$/u.test(w.text));
  const title = ws.findIndex((w, i) => i > 0 && TITLE_WORDS.has(normalizeWord(w.text)));
  const named = title > 0 && ws.slice(0, title).every((w) => isCap(w.text)) ? title : 0;
  return new Set(ws.filter((_, i) => (at >= 0 && i > at) || i <= possessive || i < named).map((w) => stem(normalizeWord(w.text.replace(/['’]s?$/u, '')))));
}

/** A party named by what it is to the story, not by name: "the owner's lawyer", "the operator's spokesman". */
const PARTY = /^(?:owners?|operators?|employers?|landlords?|famil(?:y|ies)|victims?|defendants?|accused|builders?|contractors?|manufacturers?|makers?|buyers?|sellers?|developers?|insurers?|charterers?|shipowners?|tenants?|residents?|plaintiffs?|claimants?)$/iu;

/** Words of grammar a phrase asking for a speaker holds, which say nothing of who: "the", "of", "their". */
const GRAMMAR_WORD = /^(?:the|a|an|of|and|in|on|for|at|to|with|by|his|her|their|its)$/iu;

/**
 * Speakers a question's phrase refers to ("Macron", "the French president",
 * "the utility company"), best first. Words count by how informative they are,
 * so "the Prime Minister" does not match a mere "minister".
 */
function findSpeakers(index: SpeakerIndex, phrase: string, expansion: Expansion): Speaker[] {
  phrase = titleForms(phrase);
  // "the mining company's general manager": the words before the possessive are the role's setting.
  const owner = /^(.*?)['’]s?(?=\s)/u.exec(phrase);
  // ("the central bank governor": the words before a role in lower case are its setting too, as "the bank's governor".)
  const modifiers = !owner ? /^(?:the\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){1,3})(\p{Ll}+)$/u.exec(phrase.trim()) : null;
  const ownerWords = owner ? words(owner[1]!).length : modifiers && (TITLE_WORDS.has(modifiers[2]!) || PERSON_NOUNS.has(modifiers[2]!)) && !words(modifiers[1]!).some((w) => TITLE_WORDS.has(w.text)) ? words(phrase).length - 1 : 0;
  const raw = words(phrase.replace(/['’]s\b/gu, ''));
  // ("the WHO", "the US": an acronym that spells a common word is matched by initials only, below, never by the word
  // "who" in "a nurse who has worked".)
  const queryWords = raw
    .filter((w) => !spellsCommonWord(w.text))
    .map((w) => normalizeWord(w.text))
    .filter((w) => w.length > 1 && !GRAMMAR_WORD.test(w));
  if (queryWords.length === 0 && !raw.some((w) => spellsCommonWord(w.text))) return [];
  // "the Faroe Islands" ~ "A Faroese government spokesperson": the generic part of a place name says little.
  const specific = queryWords.filter((w) => !/^(?:islands?|republic|kingdom|state|states|country|nation|government|people)$/u.test(w));
  if (specific.length > 0 && specific.length < queryWords.length) queryWords.splice(0, queryWords.length, ...specific);
  // The role a phrase asks about ("Veltrix's chairman", "the archbishop of Lima") must match, not only its setting.
  const headIndex = raw.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|in)$/iu.test(w.text));
  const head = normalizeWord((headIndex > 0 ? raw[headIndex - 1] : raw[raw.length - 1])!.text);
  // (Or a profession named by its ending: "the weather agency's meteorologist", "the bank's economist".)
  const headIsRole = TITLE_WORDS.has(head) || (PERSON_NOUNS.has(head) && !ORG_WORDS.has(head)) || (/\p{L}{3}(?:ist|ician)$/u.test(head) && !PLACES.has(head));
  // "the OAS observers": an acronym of a speaker's capitalised words.
  const acronyms = raw.map((w) => w.text.replace(/\./gu, '')).filter((w) => /^\p{Lu}{2,6}$/u.test(w));
  const headStem = stem(head);
  // "the matatu owners' leader", "the union boss": whoever chairs or presides over it.
  const headRelated = [...expansion.related(headStem), ...(LEADER.test(head) ? TOP_OFFICES : [])];
  // "the marine scientist": any scientist by trade ("Marine biologist Antia Vilarino", a seismologist, a chemist).
  const anyScientist = /^(?:scientists?|researchers?)$/u.test(head);
  // "the union official": anyone holding an office there ("national secretary of the ... Fishing Crews Union").
  const anyOffice = /^officials?$/u.test(head);
  const orgKindHead = ORG_KINDS.has(headStem) && raw.length <= 4 && raw.every((w) => !isCap(w.text) && index.articleStems.has(stem(normalizeWord(w.text))));
  const deputy = new RegExp(`\\b(?:vice|deputy|assistant|associate)[\\s-]+${head}\\b`, 'iu');
  const officeName = OFFICES.exec(phrase)?.[0].toLowerCase();
  const office = officeName ? officeName.split(/\s+/u).map(stem) : null;
  // Capitalised words of a person's name in the phrase (two or more, not titles, organisation words or places).
  // (Nor a name's word that is a word of grammar too: "An" of "the Hoi An Lantern Craft Association".)
  const personWords = new Set(raw.filter((w) => isCap(w.text) && !TITLE_WORDS.has(normalizeWord(w.text)) && !ORG_WORDS.has(normalizeWord(w.text)) && !PLACES.has(normalizeWord(w.text)) && !GRAMMAR_WORD.test(w.text)).map((w) => normalizeWord(w.text)));
  // (Not the setting of a role in lower case after them: "the IG Milch chairman" is whoever "chairs IG Milch".)
  const roleAfter = headIsRole && headIndex <= 0 && ownerWords === 0 && !isCap(raw[raw.length - 1]!.text);
  const personAsked = personWords.size >= 2 && !roleAfter && !raw.some((w) => ORG_WORDS.has(normalizeWord(w.text)));
  // An organisation asked for by its capitalised name ("the British Museum") is one whose own name has those words, not
  // another museum ("the Ghana Museums and Monuments Board"). (Not where it only sets a role: "the head of the Badr
  // Organization" is Hadi al-Amiri, "head of the political Fatih alliance and the armed Badr Organization".)
  const orgNamed = !(headIsRole && (headIndex > 0 || ownerWords > 0)) && raw.some((w) => isCap(w.text) && ORG_WORDS.has(normalizeWord(w.text))) ? [...personWords].map((w) => stem(w)) : [];
  const askedNations = new Set(queryWords.map((w) => nationOf(stem(w))).filter((n) => n !== undefined));
  const query = queryWords.map((w) => {
    const st = stem(w);
    return { w, st, weight: informativeness(w), related: st === headStem ? headRelated : [...expansion.related(st)] };
  });
  // Only those scoring at least 0.5 are kept: the others are not scored in full.
  const kept: Array<{ sp: Speaker; ownStems: Set<string>; score: number; count: number }> = [];
  // Speakers whose own initials are an acronym asked about: "the HSE" is the Health Service Executive itself.
  const spelledOut = new Set<Speaker>();
  // Only a profile that shares a word with the phrase (or a related one, or its surname), an acronym's letters, or an
  // organisation's kind can score: the others are not looked at (an article with thousands of speakers has many).
  const candidates = new Set<number>();
  const look = (word: string): void => {
    for (const i of index.byWord.get(word) ?? []) candidates.add(i);
  };
  for (const { w, st, related } of query) {
    look(st);
    look(w);
    look(w.replace(/s$/u, ''));
    for (const r of related) look(r);
  }
  if (acronyms.length || query.some(({ st }) => ORG_KINDS.has(st))) for (const i of index.organizations) candidates.add(i);
  if (acronyms.length) index.profiles.forEach((p, i) => p.initials.some((x) => acronyms.some((a) => x.startsWith(a))) && candidates.add(i));
  if (anyScientist) index.profiles.forEach((p, i) => p.scientist && candidates.add(i));
  if (query.some(({ st }) => st === GOVERNMENT)) index.profiles.forEach((p, i) => p.sp.kind === 'person' && ORG_KINDS.get(GOVERNMENT)!.test(p.sp.role ?? '') && candidates.add(i));
  const profiles = [...candidates].sort((a, b) => a - b).map((i) => index.profiles[i]!);
  for (const { sp, nameStems, ownStems, roleStems, initials, surname, count, nations, ...profile } of profiles) {
    const byTrade = (anyScientist && profile.scientist) || (anyOffice && sp.kind === 'person' && sp.role !== null);
    const known = (x: string): boolean => nameStems.has(x) || roleStems.has(x) || (byTrade && x === headStem);
    // (An acronym spells the speaker's name: "the HSE public health specialist" may be the HSE itself, below. Not "IG"
    // of "the IG Milch chairman", a name's word.)
    const spells = acronyms.some((a) => initials.some((i) => i.startsWith(a)));
    if (headIsRole && !spells && !(known(headStem) || headRelated.some(known))) continue;
    // (A person's title is not a body whose name holds only a longer word of its stem: "the provincial health director"
    // is no "Western Provincial Health Directorate".)
    if (headIsRole && !spells && sp.kind === 'organization' && !ORG_WORDS.has(head) && !roleStems.has(headStem) && !headRelated.some(known) && !words(sp.name).some((w) => normalizeWord(w.text) === head)) continue;
    // "the Iraqi government" is a government, whoever else is Iraqi: the speaker must be one (by its words, its name's,
    // or for a person, the government body they speak for).
    if (headStem === GOVERNMENT && !acronyms.length && !(known(headStem) || headRelated.some(known) || ORG_KINDS.get(headStem)!.test(`${sp.kind === 'organization' ? sp.name : ''} ${sp.role ?? ''}`))) continue;
    if (spells) {
      // ("the HSE public health specialist": the HSE is where the specialist works; its own name gives no role.)
      const roleToo = acronyms.some((a) => a.toLowerCase() === head) || known(headStem) || headRelated.some(known);
      kept.push({ sp, ownStems, score: roleToo ? 1 : 0.6, count: 1 });
      spelledOut.add(sp);
      continue;
    }
    if (orgNamed.length && !orgNamed.every((x) => nameStems.has(x) || [...expansion.related(x)].some((r) => nameStems.has(r)))) continue;
    // "the Indian embassy" is not "The Embassy of Nepal in Kuwait": one described by other nations only is not asked for.
    if (askedNations.size && nations.size > 0 && ![...nations].some((n) => askedNations.has(n))) continue;
    // Nor is an office of a body a nation's: "Liberia's president" is not "the union's president".
    if (askedNations.size && nations.size === 0 && sp.kind === 'person' && roleOfBody(sp.role)) continue;
    let score = 0;
    let total = 0;
    // "the mayor of Krnov" for "Lukáš Dvořák, the town's mayor": once the role matches, the setting ("of Krnov")
    // may go unsaid. (A setting the article never names is refused before speakers are looked up.)
    // (Before a possessive only the role itself will do: "Sahyadri's chairman" is not a research house's head.)
    const roleMatched = headIsRole && ((headIndex > 0 && (known(headStem) || headRelated.some(known))) || (headIndex <= 0 && ownerWords > 0 && known(headStem)));
    const setting = headIndex > 0 ? raw.slice(headIndex) : raw.slice(0, ownerWords);
    const settingFrom = roleMatched ? setting.map((w) => stem(normalizeWord(w.text))) : [];
    // ... but not when the role names another setting: "Colombia's president" is not the "FECODE president", nor
    // "president of the National Association of Parents".
    const ownSetting = words(sp.role ?? '').some((w) => isCap(w.text) && !TITLE_WORDS.has(normalizeWord(w.text)));
    // (Or by its initials: "the chair of the ACCC" for the "chair of the Australian Competition and Consumer Commission".)
    const roleInitials = acronyms.length ? words(sp.role ?? '').filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]).join('') : '';
    const settingSaid = settingFrom.some((st) => !/^(?:the|a|an|of)$/u.test(st) && (nameStems.has(st) || roleStems.has(st))) || acronyms.some((a) => roleInitials.includes(a));
    // (Only a named setting: "the company's lawyer" may well be the "lawyer for Sandhill".)
    // (Nor a party named by what it is to the story: "the owner's lawyer" may be the "lawyer for Golden Lotus Nile
    // Cruises, which owns the vessel".)
    const namedSetting = setting.some((w) => !/^(?:the|a|an|of)$/iu.test(w.text)) && !setting.some((w) => ORG_WORDS.has(normalizeWord(w.text)) || PLACE_NOUN.test(normalizeWord(w.text)) || PARTY.test(w.text));
    if (roleMatched && namedSetting && ownSetting && !settingSaid) continue;
    // A deputy is not the office itself: "Panama's president" is no "vice president for finance".
    if (roleMatched && deputy.test(`${sp.role ?? ''} ${sp.kind === 'description' ? sp.name : ''}`) && !/\b(?:vice|deputy|assistant|associate)\b/iu.test(phrase)) continue;
    // Nor is an office named in two words another that shares one: "Vanuatu's prime minister" is no "minister of
    // internal affairs", a "chief executive" no "executive director".
    // (Abbreviations are spelled out on both sides: "CEO Jane Roe" is the chief executive.)
    if (office && !office.every((x) => nameStems.has(x) || roleStems.has(x))) continue;
    // "the ferry company": what kind of company is said of it in passing, if at all (a company found by its kind).
    // (Only in the article's own words: "the mining company" of an article with no mining is another company.)
    // (Or which the article itself calls by that kind: "the bus company" for Xinning Huanan Passenger Transport, of
    // which "the company said".)
    const kindOnly = sp.kind === 'organization' && orgKindHead && (ORG_KINDS.get(headStem)!.test(`${sp.name} ${sp.role ?? ''}`) || sp.aliases.some((a) => a.toLowerCase() === `the ${head}`));
    // (What the article calls that body is where the role is held too: "the head of the water company" is "Sedapar's
    // general manager" after "the regional water company, Sedapar".)
    const roleSetting = settingFrom.length && headIndex > 0 ? new Set([...settingStems(sp.role), ...profile.bodyStems]) : new Set<string>();
    for (const { w, st, weight, related } of query) {
      if (kindOnly && st !== headStem && !nameStems.has(st) && !roleStems.has(st)) {
        total += 0.25 * weight;
        continue;
      }
      // An unsaid setting costs nothing; a matching one tells two office holders apart ("the head of the
      // manufacturers association": the association's chief executive, not a bank's chief economist).
      // (Only where the role is held, not what it is: "the director of the marine science station" is not the "marine
      // biologist at the station", whose "marine" says what he does.)
      if (settingFrom.includes(st)) {
        const roleHead = headIndex > 0 && roleStems.has(st) && !roleSetting.has(st);
        if ((nameStems.has(st) && !roleHead) || (headIndex > 0 ? roleSetting : roleStems).has(st)) score += 0.5 * weight;
        continue;
      }
      total += weight;
      if ((w === surname || w === `${surname}s`) && sp.kind === 'person') score += 2 * weight;
      // (A person's name asked for is matched by a name only, not by where someone works: "President Alassane
      // Ouattara" is no political scientist at Alassane Ouattara University.)
      // (An organisation's other names are its own: "NOAA Fisheries" for the "National Marine Fisheries Service".)
      else if (personAsked && personWords.has(w) && !(sp.kind === 'organization' ? nameStems : ownStems).has(st)) continue;
      else if (nameStems.has(st)) score += weight;
      else if (roleStems.has(st) || (byTrade && st === headStem)) score += 0.8 * weight;
      else if (related.some(known)) score += 0.6 * weight;
      // "the financial regulator": the Financial Markets Authority; "the company": Varden Chemical Co.
      // (Or its description does: "Minera Cerro Blanco, a unit of Toronto-listed Andes Copper Corp".)
      else if (sp.kind === 'organization' && ORG_KINDS.get(st)?.test(`${sp.name} ${sp.role ?? ''}`)) score += 0.8 * weight;
      // ("the government": "a spokeswoman for the federal Employment Ministry" speaks for it.)
      else if (sp.kind === 'person' && st === GOVERNMENT && /\b(?:spokes(?:man|woman|person)|official|minister|secretary)\b/iu.test(sp.role ?? '') && ORG_KINDS.get(st)!.test(sp.role ?? '')) score += 0.6 * weight;
    }
    if (score / total >= 0.5) kept.push({ sp, ownStems, score: score / total, count });
  }
  // "the tourist from Munich": when no one the role fits is from the place named ("who has taken tourists out from the
  // Mahébourg waterfront"), the one speaker whose role says they are ("a 34-year-old teacher from Munich").
  const origin = headIsRole && headIndex > 0 && /^from$/iu.test(raw[headIndex]!.text) ? raw.slice(headIndex + 1).filter((w) => isCap(w.text)).map((w) => stem(normalizeWord(w.text))) : [];
  if (origin.length) {
    const fromThere = (p: SpeakerProfile): boolean => origin.every((st) => p.roleStems.has(st));
    const there = [...new Set(index.byWord.get(origin[0]!) ?? [])].map((i) => index.profiles[i]!).filter(fromThere);
    if (there.length === 1 && !kept.some((k) => k.sp === there[0]!.sp)) return [there[0]!.sp];
  }
  // On a tie, the one whose own name holds the words ("the federation": the Australian Nursing and Midwifery
  // Federation, not its state secretary, whose alias "Maria Kostopoulos, the federation's state secretary" holds
  // them too); then someone named ("Daniel Reyes", Chief Executive) before a description ("its chief executive").
  const inName = (sp: Speaker, own: Set<string>): number => {
    // (A description's name is only a role: "its chief executive" is not named by "the chief executive".)
    if (sp.kind === 'description' || sp.kind === 'group') return 0;
    // (Its name is what the acronym spells: "the HSE" is not the doctor "with the Health Service Executive (HSE)".)
    return query.filter((q) => own.has(q.st) || (spelledOut.has(sp) && acronyms.some((a) => a.toLowerCase() === q.w))).length;
  };
  const named = (sp: Speaker): number => (sp.name && sp.kind === 'person' ? 1 : 0);
  return kept
    .map((x) => ({ ...x, inName: inName(x.sp, x.ownStems) }))
    .sort((a, b) => b.score - a.score || b.inName - a.inName || named(b.sp) - named(a.sp) || b.count - a.count)
    .map((x) => x.sp);
}
