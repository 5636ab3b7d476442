/**
 * Question analysis: what kind of answer is wanted (a person, a number, a date,
 * a place, someone's statements...), who the question is about, and which words
 * carry its topic.
 */
import { COUNTRY_NAMES } from './expansion.js';
import { informativeness } from './lexicon.js';
import { contentTokens, singular, SPEECH_STEMS, spellsCommonWord, stem, tokenize, type Token } from './text.js';

export type QuestionKind =
  | 'acronym' // What does RCD stand for?
  | 'yes-no' // Is the US cutting its troops?
  | 'who-said' // Who said X?
  | 'what-said' // What did X say (about Y)?
  | 'role' // Who is X?
  | 'who' // Who did/is ... (a person or group)
  | 'how-many'
  | 'when'
  | 'where'
  | 'why'
  | 'about' // What is the article about?
  | 'other';

export interface Term {
  stem: string;
  norm: string;
  /** Informativeness in (0, 1]. */
  weight: number;
  /** Article words that mean nearly the same (from word embeddings), with their similarity. */
  alternatives?: Array<{ stem: string; similarity: number }>;
}

export interface Question {
  /** What the user sent. */
  raw: string;
  /** Cleaned: no markup or control characters, white space folded, cut to MAX_QUESTION_CHARS. */
  text: string;
  /** True when `text` was cut. */
  truncated: boolean;
  kind: QuestionKind;
  /** For what-said and role questions: who the question is about ("Macron", "the French delegation"). */
  target: string | null;
  /** For what-said questions: the subject asked about ("about ISIS"), if any. */
  topic: string | null;
  tokens: readonly Token[];
  /** Topic words with weights (speech verbs dropped for who/what-said questions). */
  terms: Term[];
  /** Capitalised words past the first one: likely names. */
  names: string[];
  /**
   * For a question that asks which thing ("Which law firm does Doherty work for?", "What's the name of the printing
   * company?"): the thing's words ("law firm"), its head noun in the singular ("firm"), which the answer's paragraph
   * must use, and whether the question asks for its name.
   */
  entity: { phrase: string; head: string; byName: boolean } | null;
}

export const MAX_QUESTION_CHARS = 500;

/** A preposition that opens a question before "what": "To what price did the station cut its payment?". */
export const PREPOSITION_BEFORE_WHAT = /^(?:to|at|by|from)\s+(?=what\b)/iu;
/** A hedge before a question's "what": "Roughly what did Mhango spend on water", asking the sum roughly or not. */
export const HEDGE_BEFORE_WHAT = /^(?:roughly|approximately|about|around)\s+(?=what\b)/iu;

const GENERIC_SPEECH = new Set(['say', 'said', 'tell', 'told', 'state', 'statement', 'comment', 'word', 'quot', 'speak', 'spoke', 'remark'].map(stem));

/** Removes markup and control characters and folds white space. */
export function cleanText(raw: string): string {
  return raw
    .replace(/<(script|style)\b[^>]{0,200}>[\s\S]{0,2000}?<\/\1\s*>/giu, ' ')
    .replace(/<[^>]{0,200}>/gu, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/gu, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' })[e] ?? ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/[*_`~|#>\\[\]]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const SPEECH_VERB =
  '(?:say|says|said|saying|tell|tells|told|claim|claims|claimed|warn|warns|warned|insist|insists|insisted|state|states|stated|announce|announced|stress|stressed|add|added|argue|argued|deny|denied|demand|demanded|call|called|urge|urged|promise|promised|vow|vowed|suggest|suggested|think|thinks|believe|believes|want|wants|wanted|predict|predicted|describe|described|accuse|accused|comment|commented|mean|meant|explain|explained|admit|admitted|confirm|confirmed|declare|declared|thought|reckon|reckons|reckoned|blame|blames|blamed|reject|rejects|rejected|dismiss|dismissed|joked|criticised|criticized|complained|pledge|pledged|caution|cautioned|concede|conceded|acknowledge|acknowledged|pointed out|pointed to|points to|cited|cites|maintain|maintained|ruled out|compared|assured|reiterated|countered|emphasi[sz]ed|liken|likens|likened|asked|boast|boasts|boasted|bragged|hailed|lamented|slammed|testified|testify|reported|wondered|wonders|recalled|noted|remarked|quipped|mused|recounted|estimate|estimates|estimated|calculated|forecast|projected|threaten|threatens|threatened|credited|advise|advises|advised|recommend|recommends|recommended|talked about|talked of|spoke about|spoke of|mentioned|announces|stresses|adds|argues|denies|demands|urges|promises|vows|suggests|predicts|describes|accuses|comments|explains|admits|confirms|declares|maintains|dismisses|complains|criticises|criticizes|pledges|cautions|concedes|acknowledges|contends|contended|alleges|alleged)';

/** After "the", "a" or a possessive, "state", "call" or "claim" is a noun ("the state emergency official"). */
const NOT_A_NOUN = '(?<!\\b(?:the|a|an|this|that|his|her|its|their|our)\\s+)';

const WHAT_SAID = new RegExp(
  `^(?:so\\s+)?(?:what|wat)\\s+(?:else\\s+|exactly\\s+)?(?:did|does|do|has|have|had|was|is|were)\\s+(.+?)\\s+(?:just\\s+|actually\\s+|really\\s+)?${NOT_A_NOUN}(?:${SPEECH_VERB}|ask|asks)\\b\\s*(?:about|on|regarding|of|to\\s+\\w+\\s+about)?\\s*(.*)$`,
  'iu',
);
const WHAT_SAID_BY = /^what\s+(?:was|has been|is)\s+(?:said|claimed|stated)\s+by\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/iu;
// (Not a question of its own: "who called the ministry's claim about advance notice false" asks who.)
const X_STATEMENTS = /^(?!(?:who|whom|whose|which|when|where|why|how)\b)(?:what\s+(?:are|were|is|was)\s+)?(.+?)['’]s?\s+(?:statements?|comments?|remarks?|words|quotes?|position|view|views|stance|claims?|opinion)(?:\s+(?:about|on|regarding)\s+(.+))?$/iu;
const QUOTES_BY = /^(?:quotes?|statements?|comments?)\s+(?:by|from|of)\s+(.+)$/iu;
const WHAT_X_SAID = new RegExp(`^(?:what|wat)\\s+(.+?)\\s+${NOT_A_NOUN}${SPEECH_VERB}\\b\\s*(?:about|on)?\\s*(.*)$`, 'iu');
const ROLE = /^(?:who|what)(?:\s+(?:is|was)|\s*['’]s)\s+(.+?)$/iu;
const ROLE_OF = /^what(?:\s+(?:is|was)|['’]s)\s+(.+?)['’]s?\s+(?:job|role|position|title|post)$|^what\s+does\s+(.+?)\s+do(?:\s+for\s+a\s+living|\s+for\s+work|\s+exactly)?$/iu;
const ACRONYM = /^what\s+(?:does|do|did)\s+(?:the\s+)?((?:\p{Lu}\.?){2,8})\s+(?:stand\s+for|mean)$|^what(?:'s|’s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?((?:\p{Lu}\.?){2,8})$/u;
/** "How often ...?", "how frequently ...?": a frequency is asked, not a span. */
export const ASKS_FREQUENCY = /\bhow\s+(?:often|frequently)\b/iu;
/**
 * How long something takes or lasts: "how long", "how quickly" or "how fast" of what was or will be done, not of motion
 * or growth ("how fast was the train going") nor a rate ("how quickly do the cranes work", "how fast ... each year"). (But
 * how soon a thing spoils or melts is a span: "how fast does fish spoil", "in as little as four to six hours"; and how often,
 * "every four minutes", is answered as one is.)
 */
export const ASKS_SPAN = new RegExp(String.raw`\bhow long\b|${ASKS_FREQUENCY.source}|\bhow (?:quickly|fast)\s+(?:do|does|can|could|will|would)\b.*\b(?:spoil|spoils|rot|rots|go\s+off|goes\s+off|go\s+bad|goes\s+bad|decay|decays|perish|perishes|melt|melts|thaw|thaws|heal|heals|sell\s+out|sells\s+out)\b|\bhow far (?:ahead|in advance)\b|\bhow (?:quickly|fast)\b(?!\s+(?:do|does|can|is|are)\b)(?!.*\b(?:go|goes|going|went|gone|travel\w*|mov\w*|driv\w*|drove|fl[yi]\w*|flew|speed\w*|winds?|run|runs|running|ran|blow\w*|spin\w*|sail\w*|grow\w*|grew|ris\w*|rose|spread\w*|increas\w*|expand\w*|climb\w*|inflat\w*|fall\w*|fell|drop\w*|shrink\w*|melt\w*|erod\w*|retreat\w*|flow\w*|water|let\w*|creep\w*|(?:each|a|per|every)\s+(?:year|month|week|day|decade)|annually|yearly)\b)`, 'iu');

/** The dimensions a how-question asks of ("how heavy", "how warm"): the kind of answer, not a word to find. */
const DIMENSIONS = 'large|big|far|close|heavy|tall|deep|shallow|high|wide|narrow|thick|fast|hot|warm|cold|powerful|steep';
const DIMENSION = new RegExp(`^(?:${DIMENSIONS})$`, 'u');
// ("How strong was the quake?": its magnitude; "what portion of the population": a share.)
// ("how full is the reservoir" too: "about 38 percent of its capacity"; "full" stays a word to find, "58 percent full".)
const HOW_MUCH = new RegExp(`\\bhow (?:many|much|old|full)\\b|\\bnumber of\\b|\\bhow (?:${DIMENSIONS})\\b|\\bwhat (?:percentage|share|proportion|portion|fraction|amount|sum|quantity)\\b|\\bwhat magnitude\\b|\\bhow (?:strong|powerful|big)\\s+(?:was|is|were)\\s+(?:the|that|this)\\s+(?:\\p{L}+\\s+)?(?:quake|earthquake|tremor|aftershock|winds?|gusts?)\\b`, 'iu');

/**
 * "How long was the queue?": how long a line of things is, in length, not in time. (A bridge, a tunnel, a cable are
 * answered as a span's question is: "a 7.8-kilometre flood-drainage tunnel".) So is what is measured from end to end:
 * "how long are the freed lizards from nose to the tip of the tail".
 */
export const LONG_THING = /^how long (?:is|was|are|were|will be|would be)\s+(?:the|this|that|its|their|a)\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:queue|queues|tailback|tailbacks|traffic jam|line of (?:trucks|lorries|cars|vehicles|buses|people)|convoy|slick)\b|(?:[\p{L}-]+\s+){1,3}?(?:from\s+(?:the\s+)?(?:nose|snout|head|tip|end|top|bow)\s+to\b|in\s+length\b|end\s+to\s+end\b))/iu;
/** "How long is the waiting list?": how many are on it, not for how long. */
export const LONG_LIST = /^how long (?:is|was|are|were|has been|had been)\s+(?:the|this|that|its|their|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:waiting\s+lists?|lists?|backlogs?)\b/iu;

/**
 * "What is the average price ...", "what was the Arava fund's total budget for 2025", "what discount are operators
 * offering": a quantity by its noun. (A bill by what it is for: "what will the total bill be", not "what is the bill".)
 */
const QUANTITY =
  /^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+will|\s+would)?\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|(?:(?:a|an|one)\s+)?[\p{L}-]+['’]s\s+)?(?:(?:average|typical|total|current|new|weekly|monthly|annual|yearly|daily|median|basic|minimum|maximum|starting|base|old|previous)\s+)*(?:(?!(?:to|for|of|the|a|an|on|in|at|with|about|behind|and|or|that|which|who|this|it)\s)[\p{L}-]+(?:['’]s)?\s+){0,3}?(?:(?:average|typical|total|current|new|weekly|monthly|annual|yearly|daily|median|basic|minimum|maximum)\s+)?(?:rate|price|cost|salary|wage|wages|pay|population|budget|revenue|toll|death toll|score|fee|fine|penalty|bonus|reward|prize|compensation|severance|rent|value|amount|size|figure|turnout|attendance|margin|share|weight|height|length|distance|profit|net profit|loss|income|earnings|sales|turnover|debt|deficit|surplus|peak|peak demand|retainer|stipend|allowance|fare|fares|tariff|levy|premium|payout|pension|subsidy|ransom|bail|deposit|fees|capacity|output|depth|width|area|speed|temperature|volume|altitude|elevation|cap|limit|ceiling|quota|flow|flow rate|discount|rebate|surcharge|markup|total bill|final bill|repair bill|clean-up bill|cleanup bill|electricity bill|water bill|fuel bill|energy bill|wage bill|import bill)\b/iu;

/** Who holds a post over a body, asked by its verb: "who owns the company" (not "who owns the land"). */
const POST_HELD = /^who\s+(owns|manages|chairs)\s+(the\s+(?:[\p{L}-]+\s+){0,2}(?:company|firm|business|cooperative|co-op|committee|council|board|club|team|shop|store|restaurant|hotel|bakery|farm|mill|factory|plant|school|association|union|group|bank|agency|operator|centre|center|resort|clinic|hospital|workshop|market))\W*$/iu;
/**
 * ... or heads an office of government, which a title names: "who runs the tourism department" ("Tourism Department
 * Director Suresh Adhikari"). (A mill or a company "run by" someone is a deed asked: "who runs the ginning mill".)
 */
const POST_RUN = /^who\s+(runs|heads|leads|directs)\s+(the\s+(?:[\p{L}-]+\s+){0,2}(?:department|ministry|institute|office|authority|service|agency|directorate|bureau))\W*$/iu;
const HOLDER_NOUN: Readonly<Record<string, string>> = { owns: 'owner', manages: 'manager', chairs: 'chair', runs: 'head', heads: 'head', leads: 'head', directs: 'director' };

/** "What is this article about?", "what happened?" (as the question, not inside one: "who promised to find out what happened"). */
const ABOUT =
  /\b(?:what(?:'s|’s| is| was)? (?:this|the) (?:article|story|news|piece|report)(?: about)?|what(?:'s|’s| is| was) (?:this|it) (?:all )?about$|summar(?:y|ise|ize)|main (?:point|claim|story|news)|^(?:(?:tell me|can you tell me|please tell me)\s+)?what happened(?!\s+(?:to|at|with|in|on)\s+(?:the|a|an|its|their|his|her)\s)|tl;?dr|gist)\b/iu;

function speechVerbFollows(text: string): boolean {
  // "Who are the attacks blamed on?", "what was rejected": a passive is no one's speech.
  // ("Who called the strike?", "who called off the match": to call one is to organise or stop it, not to speak.)
  const active = text
    .replace(/\b(?:is|are|was|were|been|being|be|get|got)\s+(?:[\p{L}'’-]+\s+){0,10}?(?:blamed|rejected|dismissed|thought|criticised|criticized)\b/giu, '')
    .replace(/\b(?:call|calls|called)\s+(?:off\b|(?:the|a|an|this|that|their|its)\s+(?:[\p{L}-]+\s+)?(?:strike|strikes|walkout|stoppage|protest|protests|meeting|election|elections|vote|referendum|halt|boycott|march|rally|shutdown|ceasefire|truce|inquiry|review|recount|match|game)\b)/giu, '');
  // ("who put a figure on how much the outage is costing businesses": whoever estimated it.)
  // (Or put it at a figure: "Which body put Iran's carpet exports at $57 million?", "Which group put the number of workers
  // hit by the cancelled order at around 600?")
  return new RegExp(`\\b${SPEECH_VERB}\\b`, 'iu').test(active) || /\bput\s+(?:a|the)\s+(?:figure|number|price(?:\s+tag)?|value|estimate|cost)\s+on\b/iu.test(active) || /\bput\s+(?:[\p{L}'’-]+\s+){1,10}at\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[\p{Sc}\d]/iu.test(active);
}

/** Words that open a chat question and say nothing ("so what ...", "ok who ..."). */
const OPENERS = 'and|but|so|ok|okay|well|also|hey|please';
/** Openers before a question word, which the text every rule reads goes without ("Well water: how deep is it?" keeps its "Well"). */
const OPENED = new RegExp(`^(?:(?:${OPENERS})[,\\s]+)+(?=(?:what|who|whom|whose|where|when|why|how|which|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|tell)\\b)`, 'iu');

/** Any openers at the start, "then" and "now" too, which say nothing of what kind of question it is. */
const LEADING_OPENERS = new RegExp(`^(?:(?:${OPENERS}|then|now)[,\\s]+)+`, 'iu');

/** "And what did Macron say?", "ok so who said ...": the question without its end marks and conversational openers. */
function withoutOpeners(q: string): string {
  return q
    .replace(/[?!.]+$/u, '')
    .trim()
    .replace(LEADING_OPENERS, '');
}

function classify(q: string): { kind: QuestionKind; target: string | null; topic: string | null } {
  // Conversational openers do not change the question.
  const s = withoutOpeners(q);
  const lower = s.toLowerCase();
  if (ABOUT.test(lower)) return { kind: 'about', target: null, topic: null };
  const acronym = ACRONYM.exec(s);
  if (acronym) return { kind: 'acronym', target: (acronym[1] ?? acronym[2])!.replace(/\./gu, ''), topic: null };
  // "hi, what did Amiri say": the question may follow a greeting or other words.
  const whatAt = s.search(/\bwhat\s+(?:else\s+|exactly\s+)?(?:did|does|do|has|have|had|was|is|were)\b/iu);
  const fromWhat = whatAt > 0 ? s.slice(whatAt) : s;
  const whatSaid = WHAT_SAID.exec(fromWhat);
  const m =
    whatSaid ?? WHAT_SAID_BY.exec(s) ?? X_STATEMENTS.exec(s) ?? QUOTES_BY.exec(s) ?? WHAT_X_SAID.exec(s);
  // (Not a passive or a phrasal verb: "what share of bookings has already been called off"; nor a purpose: "what is
  // the deadline for households to claim compensation".)
  // ("what did the counsellor have to say about small restaurants": the counsellor.)
  const subject = m?.[1]!.trim().replace(/\s+(?:have|has|had)\s+to$/iu, '') ?? '';
  // (Nor two questions in one: "what is the state offering the families, and why are most saying no?".)
  // (Nor "what was peak demand on the grid": after "was", a speech verb would be "saying"; nor "what share of members
  // said no": a count of those who voted.)
  const notSpeech =
    m !== null &&
    ((/^(?:so\s+)?(?:what|wat)\s+(?:exactly\s+)?(?:was|is|were)\b/iu.test(fromWhat) && m === whatSaid && !/^\s+(?:\S+\s+)?\S*ing\b/iu.test(fromWhat.slice(fromWhat.indexOf(subject) + subject.length))) ||
      /^(?:share|percentage|proportion|fraction|number|majority|minority|portion|part)\s+of\b/iu.test(subject) ||
      // ("What sum was each household promised?": a sum asked, not what was promised.)
      /^(?:sum|amount)\s/iu.test(subject) ||
      // ("what did the firm actually do after its earlier pledge": a deed asked, whatever speech word comes later; not
      // "Rio Grande do Sul".)
      /\s(?:do|doing|done|make|get|go|happen)\b(?!\s+\p{Lu})/u.test(subject) ||
      // ("what time was the state of emergency declared", "what day did the council announce it": a time asked.)
      /^(?:what|wat)\s+(?:time|day|date|year|month|hour)\b/iu.test(fromWhat) ||
      // ("what are flat oysters called locally", "what do locals call them": a name asked, not words said.)
      /^(?:what|wat)\s+(?:are|is|was|were)\s+.+\s+called\b/iu.test(fromWhat) ||
      /^(?:what|wat)\s+(?:do|does|did)\s+(?:the\s+)?(?:locals?|people|residents|villagers|islanders|fishermen|fishers|farmers|they|you|we)\s+call\s+(?!(?:for|on|off|up|out|back)\b)/iu.test(fromWhat) ||
      // ("What extra fee per box did the shipping companies add at the port?": a thing asked, which they added; "What price
      // per kilo were farmers promised?", a thing they were promised.)
      (m !== whatSaid && /^\S+(?:\s+\S+)*?\s+(?:did|does|do|has|have|had|will|would|can|could|was|were|is|are)\s/iu.test(subject)));
  const passive = m && (notSpeech || /\b(?:been|be|being)$/iu.test(subject) || /\bfor\b.*\bto$/iu.test(subject) || /^(?:off|up|out|back)\b/iu.test(m[2] ?? '') || /,\s*(?:and\s+)?(?:why|how|when|where|who|what|which)\b/iu.test(subject));
  if (m && !passive && !/^(?:he|she|it|they|you|i|we|this|that|there)$/iu.test(subject)) {
    // "What did X tell Rudaw?": after "tell", a bare name is who was told, not the subject.
    // (Nor the day they were told: "What did the resort director tell reporters on Sunday?")
    const day = /\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|last\s+(?:week|night|month))\W*$/iu;
    const told = /\b(?:tell|tells|told)\s+\S+\s*$/iu.test(fromWhat.replace(day, '')) && !/\b(?:about|on|regarding)\b/iu.test((m[2] ?? '').replace(day, ''));
    // ("What did the museum say in its statement?": where it was said is no topic.)
    // (Nor is what they were asked to do: "What did Onalenna Sebego ask farmers to do?" is about farmers.)
    const topic = m[2]?.replace(/^\s*(?:in|during|at)\s+(?:a|an|the|its|his|her|their)\s+(?:\p{L}+\s+)?(?:statement|interview|speech|remarks|letter|post|address|briefing|conference)\b(?:\s+(?:in|at)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)?/iu, '').replace(/\s+to\s+do$/iu, '').trim();
    // (What they told on a day is about that day: "... on Sunday:".)
    const toldOn = told ? day.exec(m[2] ?? '')?.[0].replace(/^\s*on\s+/iu, '').replace(/\W+$/u, '') : undefined;
    return { kind: 'what-said', target: subject, topic: told ? (toldOn ?? null) : topic || null };
  }
  // "Who said ...", "which official warned ...": a statement's speaker. "Want", "think" and "believe"
  // make a who-said question only after a plain "who" ("which groups want ..." asks for a group).
  if (/^(?:who|whom)\b/iu.test(lower) && speechVerbFollows(lower)) return { kind: 'who-said', target: null, topic: null };
  // ("According to whom do weavers get extra money for finishing carpets early?")
  if (/^according\s+to\s+(?:whom|who)\b/iu.test(lower)) return { kind: 'who-said', target: null, topic: null };
  // (But one that speaks for itself thinks aloud: "Which organisation thinks the storage charges are too steep?",
  // "Which guide thinks the city ought to spread out the bus arrivals ...?"; described or not, "Which local fisherman
  // thinks the restoration ought to get the light shining again?")
  const speaking = /^which\s+(?:[\p{Ll}-]+\s+)?(?:organi[sz]ation|body|agency|official|company|firm|union|ministry|authority|association|cooperative|co-operative|expert|minister|spokesperson|person|man|woman|guide|resident|farmer|trader|vendor|worker|driver|teacher|doctor|nurse|owner|economist|analyst|researcher|scientist|activist|leader|manager|director|mayor|councillor|fisherman)\b/iu.test(lower);
  if (/^which\s+\w+(?:\s+\w+)?\b/iu.test(lower) && speechVerbFollows(lower.replace(speaking ? /\b(?:want|wants|wanted)\b/gu : /\b(?:want|wants|wanted|think|thinks|believe|believes)\b/gu, ''))) {
    return { kind: 'who-said', target: null, topic: null };
  }
  const roleOf = ROLE_OF.exec(s);
  if (roleOf) return { kind: 'role', target: (roleOf[1] ?? roleOf[2])!.trim(), topic: null };
  // ("Who owns the company?": its owner, "Arben Krasniqi, the company's owner".)
  // (Not a body by its name, "Who owns the Sanoyea Rubber Company?", which a story may not say.)
  const holder = POST_HELD.exec(s) ?? POST_RUN.exec(s);
  if (holder && !/\p{Lu}/u.test(holder[2]!.slice(3))) return { kind: 'role', target: `${holder[2]!.trim()}'s ${HOLDER_NOUN[holder[1]!.toLowerCase()]}`, topic: null };
  const role = ROLE.exec(s);
  // "Who is adding extra parking?": who does something, not who someone is; nor is "who was killed" (a passive).
  if (role && /^who/iu.test(lower) && role[1]!.split(/\s+/u).length <= 6 && !/^\p{Ll}+ing\b/u.test(role[1]!) && !/^(?:\p{Ll}+ed|killed|hurt|injured|wounded|arrested|hit|shot|taken|held|born|chosen|elected|appointed|named|fired|sacked|jailed)\b/u.test(role[1]!)) {
    // ("who is Emmanuel Tchoumi in this story": the story is where, not who.)
    return { kind: 'role', target: role[1]!.replace(/\s+(?:(?:in|from)\s+(?:this|the)\s+(?:story|article|piece|report|news)|exactly|again)$/iu, '').trim(), topic: null };
  }
  // "What is the population of ...", "what's Villanueva's weekly salary", "what tax rate ...": a quantity.
  // "What did the whole thing cost taxpayers?" asks how much; so does "what are the pumps going to cost the town".
  // ("What was the vote?", "what was the final score?", "what was the board vote": a score.)
  // ("what did it take in dollars to put up a single kiosk": a sum in a currency; "What has Lemaire spent on lawyers?",
  // a sum spent on something.)
  // ("To what price did the station cut its payment?": so with the preposition first.)
  // ("What's the onion trucker's load worth?": what a thing is worth; "Roughly what did Mhango spend on water": the
  // sum asked, roughly or not.)
  // ("What does a typical worker there earn in a month?": pay; "what's a big container of palm oil going for", "what
  // does the flour sell for", "what do growers get for a kilo of rice": a price; "what raise did the company offer": a
  // rise, by its noun, not "what did Fall raise his fare ... to"; "what are pickers paid a day", "what's a day's earnings
  // for somebody picking peppers": pay.)
  const unhedged = lower.replace(HEDGE_BEFORE_WHAT, '');
  if (QUANTITY.test(lower.replace(PREPOSITION_BEFORE_WHAT, '')) || /^what\s+(?:did|does|do|will|would|could|has|have|had)\b.*\b(?:cost\b|in\s+(?:dollars|euros|pounds)\b)/iu.test(lower) || /^what(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s.*\b(?:going\s+to\s+cost\b|worth\W*$)/iu.test(lower) || /^what\s+(?:did|does|do|will|would|has|have|had)\s+(?:[\p{L}’'-]+\s+){1,5}?(?:spent|spend|paid|pay|earned|earn|owed|owe|charged|charge)\s+(?:on|for)\s+\p{L}/iu.test(unhedged) || /^what(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s.+?\s(?:going|selling|retailing|fetching)\s+for\b|^what\s+(?:does|do|did|will|would)\s.+?\s(?:go|sell|retail|fetch)\s+for\b|^what\s+(?:does|do|did|will|would)\s.+?\s(?:get|earn|receive)\s+(?:for|per)\s+(?:a|an|each|one|every)\s/iu.test(unhedged) || /^what\s+(?:(?:pay|wage|salary|price|fare|rent)\s+)?(?:raise|rise|increase|hike|increment)\s+(?:did|does|do|will|would|has|have|had|is|are|was|were)\b/iu.test(unhedged) || /^what\s+(?:did|does|do|will|would)\s+(?:[\p{L}’'-]+\s+){1,5}?(?:earn|earned|get\s+paid|got\s+paid|take\s+home)(?:\s+(?:in\s+)?(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|shift))?\W*$/iu.test(unhedged) || /^what\s+(?:are|is|were|was)\s+(?:[\p{L}’'-]+\s+){1,4}?(?:paid|earning)(?:\s+(?:in\s+)?(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|shift))?\W*$/iu.test(unhedged) || /^what(?:'s|’s|\s+was|\s+is)\s+the\s+(?:[\p{L}-]+\s+)?(?:final\s+)?(?:vote|score|result|tally)\b/iu.test(lower)) return { kind: 'how-many', target: null, topic: null };
  if (/^(?:is|are|was|were|will|would|does|do|did|can|could|has|have|had|should|shall)\b/iu.test(lower)) {
    return { kind: 'yes-no', target: null, topic: null };
  }
  // ("How long was the queue of trucks on Monday evening?": a length, "about 12 kilometres".)
  if (LONG_THING.test(lower) || LONG_LIST.test(lower)) return { kind: 'how-many', target: null, topic: null };
  // "When will they know how old the box is?": a question that opens with "when" asks when.
  if (/^(?:when|(?:by|until|till|since) when)\b/iu.test(lower)) return { kind: 'when', target: null, topic: null };
  // "How soon will growers be paid?", "how fast were the pumps shut down?": when, or how long it took (not a speed:
  // "how fast was the train going").
  if ((ASKS_SPAN.test(lower) && !/\bhow long\b/iu.test(lower)) || /^how soon\b/iu.test(lower)) return { kind: 'when', target: null, topic: null };
  if (HOW_MUCH.test(lower)) {
    return { kind: 'how-many', target: null, topic: null };
  }
  if (/\b(?:what|which) (?:date|dates|day|days|time|year|years|month|months|deadline|period)\b|\bwhat(?:'s|’s| is| was) the (?:date|deadline)\b|\bhow long\b|\bsince when\b/iu.test(lower)) {
    return { kind: 'when', target: null, topic: null };
  }
  // ("In which part of Mongo was the borehole drilled?": a place within a named one, or within the town.)
  // (One part, of a town: "Which part of Iceland is Ísafjörður in?" asks a region, a direction; "which parts of Hanoi"
  // several.)
  const partOf = /^(?:[Ii]n\s+)?(?:[Ww]hat|[Ww]hich)\s+(?:part|area|corner|end|side|quarter|section)\s+of\s+(?:(?:the|this|that)\s+(?:town|city|capital|village)\b|(\p{Lu}[\p{L}’'-]*))/u.exec(s);
  if (partOf && !(partOf[1] !== undefined && COUNTRY_NAMES.has(partOf[1].toLowerCase()))) {
    return { kind: 'where', target: null, topic: null };
  }
  if (/^where\b|\b(?:what|which|in which|in what) (?:city|cities|country|countries|place|places|location|venue|region|regions|town|towns|state|states|province|provinces|district|districts|county|counties|village|villages|neighbou?rhoods?|island|islands)\b|\b(?:between|from) which (?:points|places|spots|stops|stations|towns|cities|villages|sites|ends)\b/iu.test(lower)) {
    return { kind: 'where', target: null, topic: null };
  }
  // ("Which local fears the city would lose its face ...?": someone, as "who" asks.)
  if (/^(?:who|whom|whose)\b|\bwhich (?:person|people|officials?|leaders?|ministers?|groups?|organi[sz]ations?|countr(?:y|ies)|part(?:y|ies)|militias?|companies|company|clubs?|teams?|locals?|residents?|villagers?|traders?|vendors?|shopkeepers?|workers?|farmers?|fisherm[ae]n|experts?|doctors?|nurses?|teachers?|drivers?|m[ae]n|wom[ae]n)\b/iu.test(lower)) {
    return { kind: 'who', target: null, topic: null };
  }
  if (/^why\b|\bwhat (?:is|was) the reason\b|^what\s+(?:caused|causes|led to|leads to|triggered|sparked|prompted)\b/iu.test(lower)) return { kind: 'why', target: null, topic: null };
  return { kind: 'other', target: null, topic: null };
}

/** A slip in the question word, where it opens the question (past an opener): "Waht has the retiree shelled out ...?". */
const slipOpening = (slips: string, word: string): [RegExp, string] => [new RegExp(`^((?:(?:${OPENERS})[,\\s]+)*)(?:${slips})`, 'iu'), `$1${word}`];

/** Chat spellings without the apostrophe: "whats the fine", "who's", "didnt"; and chat's short words. */
const INFORMAL: Array<[RegExp, string]> = [
  slipOpening(String.raw`(?:waht|whta|hwat|wht)\b`, 'what'),
  slipOpening(String.raw`(?:wehre|whre|whree|hwere|wheer)\b`, 'where'),
  slipOpening(String.raw`(?:wehn|whn|hwen)\b`, 'when'),
  slipOpening(String.raw`(?:hwo|hw|hpw|hiw)(?=\s+(?:many|much|long|old|far|big|often|soon)\b)`, 'how'),
  slipOpening(String.raw`hwo\b`, 'who'),
  [/\b(what|who|where|when|how|that|there)s\b/giu, "$1's"],
  [/\b(did|does|do|is|are|was|were|has|have|had|would|could|should|wo|ca)nt\b/giu, "$1n't"],
  // ("how many ppl were left on the slow satelite link")
  [/\bppl\b/giu, 'people'],
  // ("For how long was the water warmer than 27 C?": a temperature, which news writes in degrees.)
  [/\b(\d+(?:\.\d+)?)\s?°?\s?[CF]\b(?!['’.]\s*\p{Lu})/gu, '$1 degrees'],
  [/\b(\d+(?:\.\d+)?)\s?°/gu, '$1 degrees'],
  // ("What's the price tag on the development?" asks its cost.)
  [/\bprice[- ]tags?\b/giu, 'cost'],
  // Slips in the question's own verb, too short for the typo corrector: "who sed ...", "what did X siad".
  // (In lower case only: "What did Al Sayed say" names Hamad Al Sayed.)
  [/\b([Ww]ho|[Ww]hat did \S+(?: \S+)?)\s+(?:sed|sayed|siad|sayd|sad|saied)\b/gu, '$1 said'],
  [/\b([Ww]hat did \S+(?: \S+)?)\s+(?:sya|sai|sey)\b/gu, '$1 say'],
];

/**
 * "call <a place> home", in one tense, as living there in the same tense: a named place ("Kirkby Malzeard"), or one
 * by its kind ("Roughly how many people call the municipality home?", "a municipality of some 82,000 people").
 */
function callsHome(verbs: string, living: string): [RegExp, string] {
  const kind = 'estate|district|village|town|city|island|area|neighbou?rhood|suburb|valley|region|municipality|county|province|country|commune|parish|capital';
  return [new RegExp(String.raw`\b(?:${verbs})\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:(?:${kind})\s+)?|(?:the|this|that|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:${kind})\s+)home\b`, 'gu'), `${living} $1`];
}

/** A building or structure put up, with its article, when the object stands before "up": "put the building up". */
const BUILT_THING = String.raw`(?:the|a|an|this|that|its|their|new)\s+(?:[\p{L}-]+\s+){0,2}?(?:building|buildings|hall|halls|house|houses|home|homes|wall|walls|fence|fences|tower|towers|bridge|market|school|shelter|shelters|tent|tents|structure|hospital|clinic|stadium|shed|sheds|barn|kiosk|kiosks|stall|stalls|church|mosque|factory|plant|centre|center|terminal|station|warehouse|block|blocks|workshop|workshops|mill|mills|dam|jetty|pier)`;

/**
 * Phrasal verbs and chat's phrases read as the words news writes for them: "when did the units break down" asks of a
 * breakdown, "the nation's" of the country's, "Mrs Pybus" of Pybus.
 */
const PHRASAL: Array<[RegExp, string]> = [
  [/\b(?:break|breaks|breaking|broke|broken)\s+down\b/giu, 'breakdown'],
  [/\b(?:call|calls|calling|called)\s+off\b/giu, 'cancelled'],
  [/\b(?:put|puts|putting)\s+off\b/giu, 'postponed'],
  // ("Which organisation wants the boat checks pushed back ...?": "urged the authority to delay inspections"; not "pushed
  // back against the plan", resisted.)
  [/\b(?:push|pushes|pushing|pushed)\s+back\b(?!\s+(?:against|on)\b)/giu, 'delayed'],
  [/\b(?:step|steps|stepping|stepped)\s+down\b/giu, 'resigned'],
  [/\b(?:turn|turns|turning|turned)\s+down\b/giu, 'rejected'],
  [/\b(?:pull|pulls|pulling|pulled)\s+out\b/giu, 'withdrew'],
  [/\b(?:shut|shuts|shutting)\s+down\b/giu, 'closed'],
  // ("what slice of a poor household's budget goes on bread": a share.)
  [/\bwhat\s+(?:slice|chunk)\s+of\b/giu, 'what share of'],
  // ("how far have reservations at the finca fallen for march": "bookings for March were down by about 40 percent", the
  // size of a change, not a distance.)
  [/\bhow\s+far\s+(?=(?:have|has|had|did|do|does|will|would|could|might|is|are|was|were)\b[^?]*?\b(?:fall|falls|fallen|fell|drop|drops|dropped|decline|declines|declined|rise|rises|risen|rose|climb|climbs|climbed|slip|slips|slipped|sink|sinks|sank|sunk|plunge|plunged|plummet|plummeted|tumble|tumbled|slump|slumped|shrink|shrunk|shrank|increase|increased|decrease|decreased)\b)/giu, 'by how much '],
  // ("What is the new Lake Tana ferry called?": its name.)
  // (Or "What name will the new racing sloop be given?", "what will the new ferry be called?".)
  [/^(what)(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+((?:the|this|that|its|their|his|her)\s+[^?]+?)\s+(?:called|known\s+as)(?=\W*$)/iu, '$1 is the name of $2'],
  [/^(what)\s+(?:name\s+)?(?:will|would|did|does|is|was)\s+((?:the|this|that|its|their|his|her)\s+[^?]+?)\s+(?:be\s+)?(?:given|get|gets|receive|receives|carry|carries|bear|bears|called|named)(?=\W*$)/iu, '$1 is the name of $2'],
  // ("what interest do owners charge", "how much interest do kiln owners charge": a rate, "rates of 3 to 5 percent a
  // month"; not "borrowed $1,200".)
  [/^(?:what|how\s+much)\s+interest\b(?!\s+rates?\b)(?=[^?]*\b(?:charge|charges|charged|charging|ask|asks|asked|demand|demands|take|takes)\b)/iu, 'what interest rate'],
  // ("By roughly how much has the lake's reed cover shrunk?": the size of a change, roughly or not.)
  [/\bby\s+(?:roughly|about|approximately|around|nearly)\s+how\s+(much|many)\b/giu, 'by how $1'],
  // ("When does the new fee come into force?": "takes effect on May 1".)
  [/\b(?:come|comes|coming|came)\s+into\s+(?:force|effect)\b/giu, 'take effect'],
  [/\b(?:look|looks|looking|looked)\s+into\b/giu, 'investigating'],
  [/\b(?:shell|shells|shelling|shelled)\s+out\b/giu, 'spent'],
  // ("how many lorries a day will the factory turn out": what it produces; not "how many people turned out".)
  [/(?<=\bhow\s+(?:many|much)\b[^?]*\b(?:factory|plant|mill|works|line|workshop|yard|site|refinery|mine|farm|bakery|brewery)\b[^?]*)\b(?:turn|turns|turning|turned)\s+out\b/giu, 'produce'],
  // ("how much did the city give up in terrace fees": what it forwent, "waived terrace fees ... worth about 40,000 euros",
  // no change "up". Not a trade or a habit given up: "who warned that young growers might give up cacao".)
  [/(?<=\bhow\s+much\b[^?]*)\b(?:give|gives|giving|gave|given)\s+up\b/giu, 'forgo'],
  // ("What is the age of the youngest craftsman still working?": how old they are.)
  [/^what\s+was\s+the\s+age\s+of\s+/iu, 'how old was '],
  [/^what(?:['’]s|\s+is)\s+the\s+age\s+of\s+/iu, 'how old is '],
  // ("Who said the fishermen couldn't come up with the money for dredging?": "a sum the fishermen could not raise".)
  [/\b(?:come|comes|coming|came)\s+up\s+with\s+(?=(?:(?:the|that|this|such|enough|a|an|its|their|his|her|any)\s+)?(?:[\p{L}-]+\s+)?(?:money|cash|funds|sum|amount|fees?|deposit)\b|\p{Sc}|\d)/giu, 'raise '],
  // ("what was the price tag for putting up the plant": "was built for 480 million ouguiya"; not "put up prices".)
  [/\b(?:put|puts|putting)\s+up\s+(?=(?:the|a|an|its|their|this|that|new)\s+(?!(?:prices?|fares?|rents?|taxes|fees?|rates?|fight|resistance)\b)\p{L})/giu, 'build '],
  // ("so how long did it take to put the building up": "was built over 22 months", as "put up the building" above.)
  [new RegExp(String.raw`\b(?:put|puts|putting)\s+(${BUILT_THING})\s+up\b`, 'giu'), 'build $1'],
  // ("What year was the old bridge put up?": "The 164-metre bridge, built in 1874".)
  [new RegExp(String.raw`\b(was|were)\s+(${BUILT_THING})\s+put\s+up\b`, 'giu'), '$1 $2 built'],
  // ("How long did it take to put the solar panels up?": "installed the panels ... over six weeks".)
  [/\b(?:put|puts|putting)\s+((?:the|its|their|these|those|new)\s+(?:[\p{L}-]+\s+){0,2}?(?!(?:prices?|fares?|rents?|taxes|fees?|rates?)\b)[\p{L}-]+)\s+up\b/giu, 'installing $1'],
  // ("so how much woodland actually went up in flames?": what burned, no rise.)
  [/\b(?:go|goes|going|gone|went)\s+up\s+in\s+(?:flames|smoke)\b/giu, 'burned'],
  // ("why is the hall late": "the delay was caused mainly by a dispute with the first contractor".)
  [/^(why\s+(?:is|are|was|were)\s+.+?)\s+(?:so\s+)?late(?=\W*$)/iu, '$1 delayed'],
  // ("how many school kids visit the place each year": "hosts about 8,000 schoolchildren a year".)
  [/\bschool\s?kids\b/giu, 'schoolchildren'],
  // ("Who claimed she got written notice only a fortnight before the demolition?": "only two weeks before the bulldozers
  // arrived".)
  [/\b(?:a|one)\s+fortnight\b/giu, 'two weeks'],
  // ("how many teenagers travel into town for high school": "About 420 pupils ... attend secondary schools".)
  [/\bhigh\s+schools?\b/giu, 'secondary school'],
  // ("In what year did the fireworks workshop go up?": "when the factory was built in 1987"; no rise.)
  [new RegExp(String.raw`\b(?:did|does|do|will)\s+(${BUILT_THING})\s+go\s+up\b`, 'giu'), 'was $1 built'],
  [new RegExp(String.raw`\b(${BUILT_THING})\s+(?:went|has\s+gone|have\s+gone|had\s+gone)\s+up\b`, 'giu'), '$1 was built'],
  [/\b(?:go|goes|going|gone|went)\s+up\b/giu, 'increase'],
  // ("How many people are on the payroll at the plant?": "employs about 2,400 people"; "how many staff is the firm
  // hanging on to": "would keep a core team of 240".)
  [/\bon\s+(?:the|its|their)\s+payroll\b/giu, 'employed'],
  [/\b(?:hang|hangs|hanging|hung|hold|holds|holding|held)\s+on\s+to\b/giu, 'keeping'],
  // ("what share of the nation's foreign sales do cashews make up": "Cashews account for about 90 percent of
  // Guinea-Bissau's exports".)
  [/\b(?:foreign|overseas|export)\s+sales\b/giu, 'exports'],
  // ("the nation's exports": the story's country, as "the country's" asks it, not a "National Union".)
  [/\b([Tt]he|[Tt]his)\s+nation(['’]s)?\b/gu, '$1 country$2'],
  // ("How long has the man from Kerala been earning his living in the Gulf state?": the story's country, by a region's
  // name for it.)
  // (Not "the island state", which may be a state of a country: Tasmania, Penang.)
  [/\b([Tt]he|[Tt]his)\s+(?:(?:Gulf|Balkan|Baltic|Caribbean|Pacific|Himalayan|Alpine|Andean|Nordic|Arab|African|Asian|European|Central\s+Asian)\s+(?:state|nation|country|kingdom|emirate|republic|monarchy)|island\s+(?:nation|country|republic|kingdom))(['’]s)?\b/gu, '$1 country$2'],
  [/\b(?:make|makes|made|making)\s+up\b(?!\s+for\b)/giu, 'account for'],
  // ("Which body complained that nobody asked its opinion before the fares were raised?": "it had not been consulted".)
  [/\b(?:ask|asks|asking|asked|seek|seeks|seeking|sought)\s+(?:for\s+)?(?:its|their|his|her|our|my|your|the\s+\p{L}+['’]s?)\s+(?:opinions?|views?|advice|input)\b/giu, 'consulted'],
  // ("Roughly how many folks had to clear out of Grindavík?": "forced the evacuation of Grindavík".)
  [/\b(?:clear|clears|clearing|cleared)\s+out\b/giu, 'evacuated'],
  // ("how far ahead can the model warn": "can flag dangerous days up to 72 hours in advance", a span before.)
  [/\bhow\s+far\s+ahead\b/giu, 'how long in advance'],
  // ("How long has the man from Kerala been earning his living in the Gulf state?": "has worked in Kuwait for 19 years".)
  // (Or "earning his keep"; and "behind the wheel" is driving: "how long has Idrissa been behind the wheel".)
  [/\b(?:earn|earns|earning|earned|make|makes|making|made)\s+(?:a|his|her|their|my|your|our)\s+(?:living|keep)\b/giu, 'working'],
  [/\bbehind\s+the\s+wheel\b/giu, 'driving'],
  // ("how long will the milk stay fresh now": "Now it will keep for three weeks in a fridge".)
  [/\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+(?:fresh|good|edible|drinkable)\b/giu, 'keep'],
  // ("How much do the fishermen take home each month?": what they earn; "fixing up the dam" is repairing it.)
  [/\b(?:take|takes|taking|took|taken)\s+home\b/giu, 'earn'],
  [/\b(?:fix|fixes|fixing|fixed)\s+up\b/giu, 'repairing'],
  // ("how much does it set the firm back every time a skilled worker quits": "it costs us between 5,000 and 7,000 euros";
  // not "was set back by two years", a delay.)
  [/(?<!\b(?:was|were|been|be|is|are|being)\s+)\b(?:set|sets|setting)\s+((?:the|a|an|his|her|their|its|my|your|our|them|him|me|us|you)\s+(?:[\p{L}-]+\s+){0,2}?)?back\b/giu, 'cost $1'],
  // ("How much business is the co-op missing out on every week?": "had been losing about US$1,200 a week in sales".)
  [/\b(?:miss|misses|missing|missed)\s+out\s+on\b/giu, 'losing'],
  // ("how big are the storage tanks": what they hold, "which hold 30,000 litres between them", not "its two storage tanks".)
  [/^(?:so\s+)?how\s+(?:big|large)\s+(?:is|are|was|were)\s+((?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:tanks?|reservoirs?|cisterns?|silos?))\b/giu, 'what is the capacity of $1'],
  // ("how much extra can trapped air tack onto a reading": "air could add 10 to 25% to a reading".)
  [/\b(?:tack|tacks|tacking|tacked)\s+on(?:to)?\b/giu, 'add to'],
  // ("how many ladies belong to the co-op": "the Tadarte argan cooperative".)
  // (In lower case only: "the Co-op Group" is a name.)
  [/\bco-op(s?)\b/gu, 'cooperative$1'],
  // ("How many bikes got carted off from around the station?": "Enforcement officers removed 2,350 wrongly parked
  // bicycles".)
  [/\b(?:cart|carts|carting|carted|tow|tows|towing|towed)\s+(?:off|away)\b/giu, 'removed'],
  // ("How long is the hearing meant to go on for?": how long it lasts.)
  [/\b(?:go|goes|going|gone|went)\s+on(?=\s+for\b|\s*[?.!]*$)/giu, 'last'],
  // ("How long has Mrs Pybus called Kirkby Malzeard home?": "who has lived in Kirkby Malzeard for 52 years"; the article
  // calls her Margaret Pybus and Pybus, never with a courtesy title.)
  // (Lower case only where it can be nothing else: "mrs pybus", but not the "ms" of "how many ms of delay".)
  [/\b(?:[Mm]rs?|Ms|Mx|Dr|Prof)\.?\s+(?=\p{L})|\b(?:ms|mx|dr|prof)\.?\s+(?=\p{Lu})/gu, ''],
  // ("roughly how many folks call the Jagodno estate home these days": "About 35,000 people now live on the estate",
  // in the tense asked.)
  callsHome('called', 'lived in'),
  callsHome('call|calls', 'live in'),
  callsHome('calling', 'living in'),
  // ("Where is the village of Tunis?": where Tunis is; "the village of" would find "the nearby village of Nazla".)
  [/^(where\s+(?:is|was|are|were)\s+)the\s+(?:village|town|city|hamlet|island|district|region|province|port|settlement|commune|municipality|neighbou?rhood|suburb)\s+of\s+(?=\p{Lu})/iu, '$1'],
];

const TEMPERATURE: Term = { stem: stem('temperature'), norm: 'temperature', weight: 0.5 };
const DEPTH: Term = { stem: stem('depth'), norm: 'depth', weight: 0.5 };

/** The part of a message that is read: all of it, or up to the limit (a long message: its opening question, if any). */
function readPart(cleaned: string): string {
  if (cleaned.length <= MAX_QUESTION_CHARS) return cleaned;
  // Cut at the last word boundary near the limit (a single giant "word" is cut where it is).
  const cut = cleaned.slice(0, MAX_QUESTION_CHARS);
  const space = cut.search(/\s\S*$/u);
  // A long message that opens with a question and goes on (pasted text, chatter): the question is what is read.
  return /^[^?]{3,}\?/u.exec(cut)?.[0] ?? (space > MAX_QUESTION_CHARS - 60 ? cut.slice(0, space) : cut);
}

export function analyzeQuestion(raw: string): Question {
  let informal = cleanText(raw);
  for (const [from, to] of INFORMAL) informal = informal.replace(from, to);
  const cleaned = PHRASAL.reduce((t, [from, to]) => t.replace(from, to), informal);
  const truncated = cleaned.length > MAX_QUESTION_CHARS;
  // ("So what was the price tag ...?": an opener says nothing, and every rule that reads the question from its start
  // must see "what".)
  // (Only before a question word: "Well water: how deep is it?" asks about well water.)
  const text = readPart(cleaned).replace(OPENED, '');
  const { kind, target, topic } = classify(text);
  // (Who or what a what-said question asks about is echoed in the reply in the asker's words: "on why prices are going
  // up", not "on why prices are increase".)
  const plain = kind === 'what-said' && cleaned !== informal ? classify(readPart(informal)) : null;
  const echoed = plain?.kind === 'what-said' ? plain : { target, topic };
  const tokens = tokenize(text);
  const dropSpeech = kind === 'who-said' || kind === 'what-said' || kind === 'when' || kind === 'where';
  const seen = new Set<string>();
  const terms: Term[] = [];
  // ("What did the WHO say?", "the US": an acronym in capitals is a name, not the word it spells; it is the topic when
  // the question has no other. Elsewhere the word would match every "who" of the text.)
  const acronyms = tokens.filter((t) => spellsCommonWord(t.text) && t !== tokens[0]);
  for (const t of [...contentTokens(tokens), ...acronyms]) {
    if (acronyms.includes(t) && terms.length > 0) break;
    if (seen.has(t.stem)) continue;
    // The frame of a how-many question ("the total number of ...") is not its topic.
    if (kind === 'how-many' && /^(?:total|number|numbers|many|much|amount|sum|overall|roughly|approximately|altogether|exactly|whole|entire)$/u.test(t.norm)) continue;
    // ("How much money did Ashby take?": the kind of figure asked, as "how much" alone would be; so is a share,
    // "What share of the inspected buildings ...", as "percentage" is.)
    if (kind === 'how-many' && t.norm === 'money' && /\bhow much money\b/iu.test(text)) continue;
    if (kind === 'how-many' && /^(?:share|proportion|fraction|portion)$/u.test(t.norm) && new RegExp(`\\bwhat ${t.norm} of\\b`, 'iu').test(text)) continue;
    // "How much is the programme going to cost?": "going to" says when, as "will" does.
    if (t.norm === 'going' && /^\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your)\b)\p{Ll}/u.test(text.slice(t.end))) continue;
    // "How heavy is the hoard?": the dimension asked is the kind of answer, not a word to find.
    if (kind === 'how-many' && DIMENSION.test(t.norm) && new RegExp(`\\bhow ${t.norm}\\b`, 'iu').test(text)) continue;
    if (kind === 'how-many' && t.norm === 'old' && /\bhow old\b/iu.test(text)) continue;
    // "When is the deadline?": the kind of answer, not its topic.
    if (kind === 'when' && /^(?:deadline|date|dates|period|happen|happened|happens|occur|occurred)$/u.test(t.norm)) continue;
    seen.add(t.stem);
    let weight = informativeness(t.norm);
    // ("who claimed the state was warned about the lock": "the state" is the government, no verb of saying.)
    const stateNoun = kind === 'who-said' && /^states?$/u.test(t.norm) && /\b(?:the|a|this|that|its|their|our|each|every)\s+$/iu.test(text.slice(0, t.start));
    if (dropSpeech && SPEECH_STEMS.has(t.stem) && !stateNoun) {
      // "Who argued ...": a specific verb still helps find the statement; "said" does not.
      if (kind !== 'who-said' || GENERIC_SPEECH.has(t.stem)) continue;
      weight *= 0.3;
    }
    terms.push({ stem: t.stem, norm: t.norm, weight });
  }
  // ("How cold was it where the bus went off the road?": a temperature, which the article names as one.)
  if (kind === 'how-many' && /\bhow (?:hot|warm|cold)\b/iu.test(text) && !seen.has(TEMPERATURE.stem)) terms.push({ ...TEMPERATURE });
  // ("how far down did they have to go to hit water": a depth, "drilled to a depth of 120 metres".)
  if (kind === 'how-many' && /\bhow (?:deep|far (?:down|below|beneath|underground))\b/iu.test(text) && !seen.has(DEPTH.stem)) terms.push({ ...DEPTH });
  const names = tokens.filter((t, i) => i > 0 && t.capitalized && !t.isNumber).map((t) => t.text);
  const entity = kind === 'who' || kind === 'other' || kind === 'role' ? entityAsked(text) : null;
  return { raw, text, truncated, kind, target: echoed.target, topic: echoed.topic, tokens, terms, names, entity };
}

/** Where the words of a thing asked for end: a verb, an auxiliary, a relative pronoun or a preposition. */
const ENTITY_END =
  /^(?:is|are|was|were|be|been|did|does|do|has|have|had|will|would|can|could|should|may|might|must|that|who|whom|which|whose|where|when|in|on|at|for|to|from|by|with|of|about|after|before|during|over|under|into|got|built|made|won|lost|took|sent|gave|ran|sold|paid|held|went|came|said|told|spoke|wrote|broke|chose|drove|rose|fell|began|became|led|met|put|set|cut|hit|shut|struck|stood|saw|knew|thought|caught|fought|flew|grew|threw|drew|left|kept|brought|bought|found|owns|runs|makes|flows|lies|sits|stands|borders|serves|covers|houses|employs|operates|controls|manages|leads|holds|supplies|provides|produces|represents|belongs|crosses|connects|links|feeds|drains|\p{L}{3,}ed)$/u;
/**
 * Heads that a paragraph names in other words ("which official": "Transport Minister X"; "which local": "Fatimata
 * Ghali, 45, who runs a leather workshop near the mosque"), or that ask a place or way.
 */
const GENERIC_ENTITY = /^(?:person|people|persons|one|ones|official|officials|local|locals|group|groups|organi[sz]ations?|side|sides|kind|kinds|type|types|sort|sorts|way|ways|part|parts|area|areas|bit|bits)$/u;

/** An office, which no verb is: "the name of the industry minister the town council wants". */
const OFFICE_ASKED = /^(?:minister|mayor|governor|director|chief|head|president|secretary|commissioner|official|spokes(?:man|woman|person)|manager|chair(?:man|woman|person)?|ceo|officer|inspector|judge|prosecutor)$/iu;

/** "which law firm" -> law firm / firm; "the name of the gang's leader" -> gang's leader / leader. */
function entityAsked(text: string): Question['entity'] {
  const s = withoutOpeners(text);
  // ("What brand of compressors does the depot use?", "what make is the broken compressor": a name, the maker's.)
  const brand = /^what\s+(brand|make|model)\s+(?:of\s+(?:the\s+)?|(?:is|are|was|were)\s+(?:the\s+|its\s+|their\s+)?)(.+)$/iu.exec(s);
  // ("Who was the captain of the Aegean Wren?" asks for the captain's name; not "who are the attacks blamed on?".)
  // ("What company manufactured the pump?", "what dish does he sell": "what" before a kind of named thing is "which".)
  const what = /^what\s+((?:[\p{L}-]+\s+)?(?:company|firm|contractor|manufacturer|maker|laboratory|lab|bank|airline|hotel|restaurant|dish|hurricane|storm|cyclone|typhoon|ship|boat|vessel|ferry|newspaper|club|team|charity|insurer|hospital|university|supermarket|chain|brand|product|song|film|book|festival)\s+.+)$/iu.exec(s);
  const m = brand || what ? null : /^which\s+(.+)$|^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?names?\s+of\s+(?:the\s+|a\s+|an\s+)?(.+)$|^who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an)\s+(?!.*\b(?:on|for|by|to|with|at|from|of|about)$)(.+)$/iu.exec(s);
  // ("What are flat oysters called locally?", "what do locals call flat oysters": the thing whose name is asked.)
  const called = brand || what || m ? null : /^what\s+(?:are|is|was|were)\s+(?:the\s+)?(.+?)\s+called\b|^what\s+(?:do|does|did)\s+(?:the\s+)?(?:locals?|people|residents|villagers|islanders|fishermen|fishers|farmers|they|you|we)\s+call\s+(?:the\s+)?(.+?)\W*$/iu.exec(s);
  const asked = brand ? brand[2] : what ? what[1] : m ? (m[1] ?? m[2] ?? m[3]) : called ? (called[1] ?? called[2]) : undefined;
  if (!asked) return null;
  const words: string[] = [];
  for (const w of asked.split(/\s+/u)) {
    // (A participle before the thing, past only a count or an adverb, describes it: "the names of the two injured
    // workers", "the two newly qualified midwives".)
    if (/^\p{L}{3,}ed$/iu.test(w) && words.every((x) => /^(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+|\p{L}+ly)$/iu.test(x)) && words.length < 4) {
      words.push(w);
      continue;
    }
    // (A name just before the verb is who does it, after the thing: "the bakery Chikowore ran in Mkoba".)
    if (ENTITY_END.test(w.toLowerCase())) while (words.length > 1 && /^\p{Lu}/u.test(words.at(-1)!) && /^\p{Ll}/u.test(words[0]!)) words.pop();
    if (ENTITY_END.test(w.toLowerCase()) || words.length === 4) break;
    // ("which insurance company covers the museum": a determiner follows a verb, which ends the thing's words; not "the
    // name of the industry minister the town council wants", a thing and who says so.)
    if (/^(?:the|a|an|its|their|his|her|this|these|those|our)$/iu.test(w)) {
      if (words.length === 1 || !OFFICE_ASKED.test(words.at(-1)!)) words.pop();
      break;
    }
    words.push(w);
  }
  const last = words.at(-1)?.toLowerCase().replace(/['’]s$/u, '');
  if (!last || GENERIC_ENTITY.test(last)) return null;
  const head = tokenize(last).at(-1);
  return head ? { phrase: brand ? `${brand[1]!.toLowerCase()} of the ${words.join(' ')}` : words.join(' '), head: singular(head.norm), byName: brand !== null || (what === null && m?.[1] === undefined) } : null;
}
