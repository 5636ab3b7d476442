/**
 * Speaker phrases: splitting "The head of the KRG’s Foreign Relations
 * Department Safeen Dizayee" into a name ("Safeen Dizayee") and a role, telling
 * names from descriptions ("Kurdish officials", "A member of the French
 * delegation") and pronouns, and keeping one entity per speaker.
 */
import { COUNTRIES } from '../retrieval/countries.js';
import { COUNTRY_NAMES } from '../retrieval/expansion.js';
import { wordRank } from '../retrieval/lexicon.js';
import { normalizeWord, stem } from '../retrieval/text.js';

export type SpeakerKind = 'person' | 'group' | 'organization' | 'description';

export interface Speaker {
  id: number;
  /** Canonical name: the fullest form of a person's name, or the description as written. */
  name: string;
  role: string | null;
  /** Every way the article refers to this speaker (name forms, titles, descriptions). */
  aliases: string[];
  kind: SpeakerKind;
  plural: boolean;
  gender: 'm' | 'f' | null;
}

/** A name of two words after a title: "Lennox Dasent", "Khalid al-Hinai", "Fatmata Kamara-Sesay". */
export const TWO_WORD_NAME = String.raw`\p{Lu}\p{Ll}+\s+(?:(?:al|el)-)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;

/** A title of what it is of, then a name of two: "Minister of National Mobilisation Lennox Dasent". */
const TITLE_OF_NAME = new RegExp(String.raw`^((?:the\s+)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+){1,3}(?:of\s+State\s+)?(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:and|&)\s+(?=\p{Lu}))?){1,4})(${TWO_WORD_NAME})$`, 'u');

/** Titles that stand before a name. */
const TITLE_WORDS = new Set(
  `president vice prime minister secretary chancellor premier king queen prince princess sheikh emir sultan general gen
  gen. colonel col col. lieutenant lt lt. major maj maj. captain capt capt. sergeant sgt sgt. admiral adm commander cmdr
  brigadier brig brig. corporal cpl cpl. constable
  dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms. miss sir dame lord lady judge justice senator sen sen. representative
  rep rep. governor gov gov. mayor ambassador envoy commissioner chief director spokesman spokeswoman spokesperson undersecretary
  coach manager chairman chairwoman chair ceo cfo inspector superintendent sheriff officer detective bishop pope imam rabbi
  wali ayatollah mullah pastor archbishop patriarch priest father sister brother deputy acting former speaker mp president-elect mufti cardinal founder
  striker midfielder defender goalkeeper player analyst economist scientist researcher lawyer attorney executive
  financial operating technology technical information marketing affairs foreign interior defence defense finance health
  transport economy economic justice education energy trade labour labor environment home state public treasury
  agriculture culture housing industry development security intelligence communications police army navy air
  prosecutor auditor controller treasurer head principal dean provost warden registrar ombudsman
  councilmember councilmembers councillor councilor councilman councilwoman coun coun. cllr cllr. alderman alderwoman selectman supervisor
  opener bowler batsman batter wicketkeeper skipper winger forward quarterback pitcher veterinarian vet nurse
  trustee regent comptroller magistrate member marshal commodore rev rev. reverend revd adviser advisor delegate prefect
  sub-prefect subprefect administrator coordinator curator counsellor counselor schools mmc mec mla mep msp mpp`
    .split(/\s+/u)
    .filter(Boolean),
);

/** The small words inside an organisation's name, English and others: "Institute of", "Azienda Autonoma di Stato per i". */
export const NAME_JOINER = '(?:of|and|for|the|&|di|per|i|de|del|della|dei|des|du|la|le|el|y|e|et|da|do|dos|das|für|van|von|voor|pour)';
/** A short name in brackets after a body's name: "(PNO)", "(U.S.)", or in mixed case, "(NamCoast)". */
export const ACRONYM_IN_BRACKETS = String.raw`\(\p{Lu}(?:[\p{Lu}&.-]{1,9}|\p{Ll}{1,6}\p{Lu}\p{L}{1,8})\)`;
/** A body's name before its acronym, after what it is in small letters: "airport operator Airports of Thailand (AOT)". */
const ACRONYMED = new RegExp(String.raw`^((?:[Tt]he\s+(?=\p{Ll}))?(?:\p{Ll}[\p{Ll}-]*\s+){0,3})((?:[Tt]he\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:${NAME_JOINER}\s+)*\p{Lu}[\p{L}’'-]*)*)\s*\(\p{Lu}(?:[\p{Lu}&.-]{1,9}|\p{Lu}{2,5}\p{Ll}{1,3})\)$`, 'u');
/** "The Congress of South African Trade Unions (COSATU), the country's biggest labour federation". */
const ACRONYM_ROLE = new RegExp(String.raw`^(.*?${ACRONYM_IN_BRACKETS}),\s+(?:the|a|an|its)\s+([^,]+)$`, 'u');
/** "The Bavarian State Office for Health and Food Safety (LGL)": the name, then its acronym. */
const NAME_AND_ACRONYM = new RegExp(String.raw`^([^,]*?)\s*${ACRONYM_IN_BRACKETS}$`, 'u');

/** A title that stands before a name ("governor", "mayor", "councillor"): an office, whoever holds it. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

/** A title or organisation word ("President", "Ministry"): capitalised in names, but not itself a name. */
export function isTitleOrOrgWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || ORG_WORDS.has(w);
}

/** Words that name a company in Spanish, Portuguese or Italian ("Constructora Lagos del Sur", "Minera Loma Roja"). */
const COMPANY_WORDS_ABROAD = ['constructora', 'construtora', 'costruzioni', 'minera', 'empresa', 'compañía', 'companhia', 'inversiones', 'industrias', 'astilleros', 'estaleiros'];

/** A business by the noun that stands for it alone: "the company said", "the airline added". */
export const BUSINESS_HEAD = /^(?:company|firm|operator|carrier|airline|group|lender|bank|retailer|maker|manufacturer|insurer|developer|broadcaster|publisher|producer|miner|supplier|contractor)$/u;

/** Whether a word is such a noun and no worker's: "the airline", not "the miner". */
export function isBusinessKind(word: string): boolean {
  return BUSINESS_HEAD.test(word) && !PERSON_NOUNS.has(word);
}

/** Words that end the name of an organisation (so a person's name can follow). */
const ORG_WORDS = new Set(
  `department ministry organization organisation government council party forces force union agency committee office
  alliance bank company corp corporation inc ltd limited university association group commission institute center centre court
  army corps police service services authority board federation league club fc united city foundation fund network times post
  news press agency television tv radio hospital school college movement front coalition brigade brigades militia
  parliament assembly senate congress house cabinet administration commission program programme project trust lab
  laboratory laboratories institute society guard unit bureau directorate inspectorate commissariat secretariat tribunal
  pharma pharmaceuticals shipping airlines airways motors energy holdings technologies logistics industries petroleum
  telecom museum museums library gallery securities railways railway co plc llc gmbh entertainment media studios
  productions records pictures films games ventures capital partners consulting solutions systems foods brands resources
  mining minerals metals chemicals labs biologics therapeutics insurance investments properties construction engineering
  utilities cargo societe société compagnie compañía compania companhia empresa grupo groupe gesellschaft sociedad banco
  banque fundación fundacion instituto corporación corporacion carriers lines freight marine offshore brewery breweries
  brewing distillery distilleries mills textiles steel cement electric electronics aviation forum chamber confederation
  consortium partnership cooperative co-operative syndicate collective initiative observatory monitor watchdog academy
  caucus sindicato federación broadcaster publisher platform campaign enterprise enterprises bouw petróleos transportes naviera
  aerolíneas agrícola inmobiliaria fundação fundacao fondation fondazione stiftung associação associacao asociación
  asociacion associazione cooperativa universidade universidad université università guild municipality plant`
    .split(/\s+/u)
    .filter(Boolean)
    .concat(COMPANY_WORDS_ABROAD),
);

/** What a government body is named for, before its country: "Statistics Canada", "Fisheries and Oceans Canada". */
const BODY_WORDS = new Set(
  `statistics parks fisheries oceans climate change heritage tourism sport water infrastructure revenue customs immigration
  employment social safety natural resources global veterans indigenous innovation science public national transport
  environment health energy food`.split(/\s+/u),
);
/** Countries PLACES lacks (the country list leaves them to the expansion groups, or has no line for them). */
const MORE_COUNTRIES = new Set(['canada', 'malta', 'england', 'france', 'britain', 'italy', 'spain', 'germany', 'japan', 'india']);

/** Countries, their peoples and capitals, one word each ("australia", "baghdad"). */
export const PLACES = new Set(COUNTRIES.split(/[\n|]/u).map((w) => w.trim()).filter((w) => /^[a-z]+$/u.test(w)));
/** Countries of two words ("new zealand", "south africa"). */
const PLACE_PAIRS = new Set([...COUNTRY_NAMES].filter((w) => /^[a-z]+ [a-z]+$/u.test(w)));

/** The verbs of a "who" clause that says what someone is, or has been for years ("has run the hut since 2009"). */
const ROLE_VERBS = String.raw`(?:represents|chairs|heads|leads|runs|owns|manages|directs|commands|coaches|teaches|advises|serves as|works (?:for|at)|(?:has|have)\s+(?:represented|chaired|headed|led|run|owned|managed|directed|commanded|coached|taught|advised|served as|worked (?:for|at)))\b`;
/** The one a role clause's verb makes someone: "who has taught Year 4" is a teacher, "who owns the mill" its owner. */
export const AGENT_OF_ROLE_VERB: ReadonlyMap<string, string> = new Map(
  Object.entries({ teacher: 'teaches taught', coach: 'coaches coached', owner: 'owns owned', manager: 'manages managed', director: 'directs directed', chair: 'chairs chaired', head: 'heads headed', leader: 'leads led', adviser: 'advises advised', representative: 'represents represented' }).flatMap(([agent, verbs]) => verbs.split(' ').map((v) => [v, agent] as const)),
);
/** A "who" clause that says what someone is: ", who represents Groveland on the County Board of Supervisors" (or "who
 * manages 1,200 hectares": a figure's comma is no end). */
export const ROLE_CLAUSE = new RegExp(String.raw`,\s+who\s+(${ROLE_VERBS}(?:[^,]|(?<=\d),(?=\d{3}))*)`, 'u');
const NAME_ROLE_CLAUSE = new RegExp(`^([^,]+)${ROLE_CLAUSE.source}$`, 'u');
const ROLE_FROM_CLAUSE = new RegExp(`^${ROLE_VERBS}`, 'u');

/** A role as a reply describes someone: one that a "who" clause gave is a "who" clause again ("who has run the hut"). */
export function describedRole(role: string): string {
  return ROLE_FROM_CLAUSE.test(role) ? `who ${role}` : role;
}

/** A place's possessive with its kind in lower case: "Bayelsa state's commissioner for environment". */
export const PLACE_KIND_POSSESSIVE = String.raw`(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:state|province|county|region|district|city|municipality)['’]s`;
/** What a role in lower case may open with: "the", "its", or a place's possessive ("West New Britain’s"). */
export const ROLE_OPENER = String.raw`(?:the|its|his|her|their|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s|${PLACE_KIND_POSSESSIVE})`;
const PLACE_POSSESSIVE_START = new RegExp(String.raw`^${ROLE_OPENER.replace('the|its|his|her|their|', '')}\s`, 'u');
/**
 * "the hospital’s director, Marleen Claeys": a role, then the name (at a sentence's start too, "The inquiry’s
 * chairman, retired Supreme Court judge Ouk Sarin", with what else the person is before the name).
 * (And where it is based after the name: "Its owner, Pacific Bulk Carriers, based in Suva".)
 */
const ROLE_THEN_NAME = new RegExp(String.raw`^((?:The|Its|His|Her|Their|${ROLE_OPENER})\s+[^,]*\p{Ll}[^,]*),\s+((?:[\p{Ll}-]+\s+)*(?:\p{Lu}[\p{L}’'.-]*\s+|[\p{Ll}-]+\s+){0,6}\p{Lu}[\p{L}’'.-]*)(?:,\s+\d{1,3})?(?:,\s+(?:based|headquartered)\s+in\s+[^,]+)?$`, 'u');

/** Particles inside names: al-Amiri, bin Salman, de Gaulle, van der Berg. */
export const PARTICLES: ReadonlySet<string> = new Set(
  'al el bin binti ibn bint anak de da di du van von der den le la abu abd ul dos del do das pour'.split(' '),
);

const PRONOUNS: Record<string, { plural: boolean; gender: 'm' | 'f' | null }> = {
  he: { plural: false, gender: 'm' },
  she: { plural: false, gender: 'f' },
  they: { plural: true, gender: null },
  i: { plural: false, gender: null },
  we: { plural: true, gender: null },
  // (After "according to": "According to him, about 30 percent of the bottles ... are chipped".)
  him: { plural: false, gender: 'm' },
  her: { plural: false, gender: 'f' },
  them: { plural: true, gender: null },
};

export function pronounOf(phrase: string): { plural: boolean; gender: 'm' | 'f' | null } | null {
  return PRONOUNS[phrase.trim().toLowerCase()] ?? null;
}

/** Occupations written before a name as a title ("Archaeologist Mette Holm"). */
const OCCUPATIONS = new Set(
  `archaeologist historian economist epidemiologist biologist geologist virologist scientist researcher professor engineer
  architect pilot author writer novelist journalist reporter photographer artist designer farmer fisherman teacher analyst
  lawyer doctor nurse surgeon paramedic firefighter detective constable priest pastor shopkeeper trader miner welder
  plumber electrician mechanic entrepreneur investor banker accountant consultant curator librarian conservationist ranger
  climber midfielder striker goalkeeper defender winger bowler batsman opener cyclist runner swimmer activist campaigner
  volunteer resident student dockworker docker stevedore driver trucker porter vendor cook chef waiter baker butcher
  carpenter builder labourer laborer worker fisher herder shepherd rancher grower beekeeper vet veterinarian pharmacist
  midwife dentist therapist psychologist psychiatrist ecologist zoologist botanist astronomer physicist chemist
  meteorologist hydrologist seismologist volcanologist glaciologist oceanographer mathematician statistician
  sociologist anthropologist demographer criminologist coach manager player captain referee jockey boxer wrestler
  skier sprinter marathoner rower sailor diver guide translator interpreter activist organiser organizer protester
  commuter passenger pensioner retiree landlord tenant homeowner parent mother father grandmother grandfather`
    .split(/\s+/u)
    .filter(Boolean),
);

/** An organisation named for a list, as regular-expression source: "Ministry of Food, Agriculture and Fisheries". */
// (Or with the word for what it is last: "the Latvian Environment, Geology and Meteorology Centre", "the Kenya Medical
// Practitioners, Pharmacists and Dentists Union".)
const ORG_HEAD = 'Ministry|Department|Office|Institute|Agency|Commission|Council|Federation|Association|Union|Committee|Bureau|Authority|Board|Centre|Center|Faculty|Secretariat|Service|Chamber|Organisation|Organization|Foundation|Society';
const CAP_WORDS = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*`;
export const ORG_LIST = String.raw`(?:(?:${ORG_HEAD})\s+(?:of|for)\s+(?:the\s+)?${CAP_WORDS}(?:,\s+${CAP_WORDS})+,?\s+(?:and|&)\s+${CAP_WORDS}|${CAP_WORDS}(?:,\s+${CAP_WORDS})+,?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}’'-]*\s+)*(?:${ORG_HEAD})\b)`;

/** An adjective before a body's name, which is no role: "the federal", "the state-owned", "the provincial". */
const MODIFIER_ADJECTIVE = String.raw`[\p{Ll}-]+(?:al|ed|ic|owned|run|based)`;
/** ... as the whole of what stands before the name. */
const ONLY_ADJECTIVE = new RegExp(`^${MODIFIER_ADJECTIVE}$`, 'u');

/** A whole phrase that is such an organisation, maybe after a few capitalised words ("The ...") or an adjective ("The
 * provincial Cultural Heritage, Tourism and Handicrafts Department"). */
/** (With its acronym: "the Institute of Hydrology, Meteorology and Environmental Studies (IDEAM)", or one written as a
 * word, "(Senasica)".) */
// (Case matters: with "i", \p{Lu} would match any letter, and "Morag Henderson, chair of the Dufftown and District
// Community Council" would be a list.)
const LISTED_ORG = new RegExp(`^(?:[Tt]he\\s+)?(?:${MODIFIER_ADJECTIVE}\\s+)?((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}${ORG_LIST})(?:\\s*\\((?:\\p{Lu}[\\p{Lu}&.-]{1,9}|\\p{Lu}\\p{Ll}{3,9})\\))?$`, 'u');

/** A phrase that ends "of the Ministry of Education, Science and Culture": what comes before, and the body's name. */
const OF_LISTED = new RegExp(String.raw`^(.*?\p{Lu}[\p{L}’'.-]*\s+(?:of|at|from|with)\s+(?:the\s+)?)(${ORG_LIST})$`, 'u');

/** An occupation by the list, or by a trade's ending ("hydrogeologist", "glaciologist", "statistician", "pianist"). */
function isOccupation(word: string): boolean {
  // (Or one by its trade's ending: "Master Cheesemaker Nicolas Jaquet", a goldsmith.)
  return OCCUPATIONS.has(word) || /^\p{Ll}{4,}(?:ologist|ographer|ician|ist)$|^\p{Ll}{3,}(?:maker|smith)$/u.test(word);
}

/** Nouns that make a description a person or group of people. */
const PERSON_NOUNS = new Set(
  `official officials leader leaders member members spokesman spokeswoman spokesperson spokespeople representative
  representatives source sources resident residents analyst analysts expert experts minister ministers president head chief
  director diplomat diplomats officer officers commander commanders witness witnesses activist activists lawmaker lawmakers
  politician politicians scientist scientists researcher researchers doctor doctors worker workers employee employees
  manager managers executive executives owner owners player players coach fan fans teacher teachers student students
  parent parents protester protesters organizer organizers organiser organisers neighbor neighbors neighbour neighbours
  farmer farmers driver drivers voter voters critic critics supporter supporters opponent opponents aide aides adviser
  advisers advisor advisors secretary chairman chairwoman chair governor mayor envoy ambassador delegation delegate
  delegates negotiator negotiators investigator investigators police military army government ministry authorities
  company firm union party group groups broadcaster publisher campaigners campaigner survivor survivors victim victims family families
  lawyer lawyers attorney prosecutor prosecutors judge nurse nurses staff crew mother father son daughter wife husband
  statement report study survey people man woman men women officials spokesperson administration club council
  militia militias forces federation association committee boss agent captain holder operators operator carriers
  airlines firms businesses shippers traders economists unions insiders managers sources chief fire official`
    .split(/\s+/u)
    .filter(Boolean),
);

const FUNCTION_WORDS = /^(?:in|on|at|after|before|when|while|as|but|and|so|then|also|for|from|with|by|of|to|if|though|although|because|since)$/iu;

const DETERMINERS = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|two|three|four|five|several|some|many|other|another|both|all)$/iu;

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function words(phrase: string): Word[] {
  return [...phrase.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Capitalised, or a name with a particle prefix: "al-Amiri", "bin-Salman". */
export function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|abu|abd|ul)-\p{Lu}/u.test(w);
}

function bare(w: string): string {
  return w.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/u, '');
}

/** A word that can be part of a person's name: no organisation, title or place word. */
function nameWord(w: string): boolean {
  const b = bare(w);
  return !ORG_WORDS.has(b) && !TITLE_WORDS.has(b) && !PLACES.has(b);
}

function isParticle(w: string): boolean {
  const lower = w.toLowerCase();
  if (PARTICLES.has(lower)) return true;
  const prefix = /^(al|el|bin|ibn|abu|abd|ul)-/iu.exec(w);
  return !!prefix && !isCap(w.slice(prefix[0].length));
}

/** A common English word (so a capitalised one at sentence start is not a name). */
function isCommonWord(w: string): boolean {
  const r = wordRank(normalizeWord(w));
  return r !== null && r < 12_000;
}

export interface ParsedSpeaker {
  /** The person's (or organisation's) name within the phrase, if any. */
  name: string | null;
  /** Title or description around the name, or the whole description. */
  role: string | null;
  kind: SpeakerKind;
  plural: boolean;
  gender: 'm' | 'f' | null;
  /** The phrase, tidied (relative clause dropped). */
  phrase: string;
  /** "Many said", "some saying": a part of a group named nearby. */
  quantifier?: boolean;
}

// (Not "her" or "his": "Her solicitor, Ciarán Doherty" is his client's.)
const FEMALE = /\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|spokeswoman|chairwoman|businesswoman|congresswoman|woman|mother|wife|daughter|sister)\b/iu;
const MALE = /\b(?:mr|sir|lord|king|prince|spokesman|chairman|businessman|congressman|man|father|husband|son|brother)\b/iu;
/** A royal title in the name of a place or body ("at King Faisal University"), which says nothing of the speaker. */
const TITLED_PLACE = /\b(?:King|Queen|Prince|Princess|Lady|Sir|Lord|Dame)(?:\s+\p{Lu}[\p{L}’'.-]*)*?\s+(?:University|College|Hospital|School|Airport|Street|Road|Avenue|Bridge|Park|Hall|Cent(?:re|er)|Institute|Foundation|Fund|Trust|Port|Stadium|Museum|Library|Academy|Medical|Memorial|Infirmary|Square|Harbou?r|Island|Highway|Dam|Mosque|Cathedral|Barracks)\b/gu;

/** Whether what is said of a speaker says a woman or a man ("spokeswoman", "Mr."). */
function genderIn(own: string): 'm' | 'f' | null {
  const plain = own.replace(TITLED_PLACE, '');
  return FEMALE.test(plain) ? 'f' : MALE.test(plain) ? 'm' : null;
}
const QUANTIFIER = /^(?:many|some|others|most|several|few|both|all|many of them|some of them|most of them)$/iu;
/** Finite verbs that show a phrase is a clause, not a speaker. */
// (Whole words only, letters with accents included: "Hadžić" holds no "had".)
const CLAUSE_VERB = /(?<![\p{L}\p{N}])(?:is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|did|does)(?![\p{L}\p{N}])/iu;

interface Run {
  from: number;
  to: number;
}

/** The phrase as a government body's name ("Transport for Wales"), or null. */
function governmentBody(head: string): string | null {
  const body = head.replace(/^the\s+/iu, '').replace(/['’]s$/u, '');
  const bodyWords = words(body);
  // (A country of two words too: "Health New Zealand".)
  const last2 = bodyWords.length >= 3 ? `${bare(bodyWords[bodyWords.length - 2]!.text)} ${bare(bodyWords[bodyWords.length - 1]!.text)}` : '';
  const countryWords = PLACE_PAIRS.has(last2) ? 2 : 1;
  const country = countryWords === 2 ? last2 : bare(bodyWords[bodyWords.length - 1]!.text);
  // (Or before them: "New Zealand Food Safety".)
  const first2 = bodyWords.length >= 3 ? `${bare(bodyWords[0]!.text)} ${bare(bodyWords[1]!.text)}` : '';
  const leading = PLACE_PAIRS.has(first2) ? 2 : bodyWords.length >= 2 && PLACES.has(bare(bodyWords[0]!.text)) ? 1 : 0;
  if (leading && bodyWords.slice(leading).every((w) => isCap(w.text) && BODY_WORDS.has(bare(w.text)))) return body;
  const named = bodyWords.length > countryWords && (countryWords === 2 || PLACES.has(country) || MORE_COUNTRIES.has(country)) && bodyWords.slice(0, -countryWords).every((w) => (!isCap(w.text) ? /^(?:and|of|for|&)$/u.test(w.text) : ORG_WORDS.has(bare(w.text)) || BODY_WORDS.has(bare(w.text))));
  return named ? body : null;
}

/** Capitalised runs that can be names (not modifiers like "Kurdish officials", not complements like "of France"). */
function nameRuns(ws: Word[], phrase: string, atSentenceStart: boolean): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.text;
    if (!isCap(w)) continue;
    if (i === 0 && atSentenceStart && (DETERMINERS.test(w) || FUNCTION_WORDS.test(w))) continue;
    if (i === 0 && atSentenceStart && ws.length === 1 && PERSON_NOUNS.has(bare(w))) continue;
    let j = i;
    // (Past up to two particles: "al-Amiri", "Marieke van den Berg".)
    for (;;) {
      let k = j + 1;
      while (k < ws.length && isParticle(ws[k]!.text) && !isCap(ws[k]!.text)) k++;
      if (k < ws.length && isCap(ws[k]!.text) && k - j - 1 <= 2) j = k;
      else break;
    }
    const prev = ws[i - 1]?.text.toLowerCase();
    // "the president of France", "at the University": a place or body, not the speaker's name.
    // (But "the Rev. Semisi Vakaloloma", "the Very Rev. ...": a cleric's title after "the" starts a name.)
    const complement = prev !== undefined && /^(?:of|for|from|in|at|to|with|on|by|the)$/u.test(prev) && !(prev === 'the' && /^(?:rev|reverend|revd|very)$/u.test(bare(w)));
    const after = ws[j + 1];
    const gap = after ? phrase.slice(ws[j]!.end, after.start) : '';
    const modifier = after !== undefined && !isCap(after.text) && !/[,(]/u.test(gap) && !/^(?:of|and|for|at|in)$/iu.test(after.text);
    const sentenceInitialCommon = i === 0 && atSentenceStart && j === i && isCommonWord(w) && after !== undefined;
    if (complement) {
      // "the Kurdistan Regional Government’s Foreign Relations Department Safeen Dizayee": a name may follow the body.
      let k = j;
      while (k >= i && !ORG_WORDS.has(bare(ws[k]!.text)) && !/['’]s$/u.test(ws[k]!.text)) k--;
      // (Not a lone common word that ends the body's name: "the Medford School District".)
      const tail = k + 1 === j && isCommonWord(ws[j]!.text);
      if (k >= i && k < j && !modifier && !tail) runs.push({ from: k + 1, to: j });
    } else if (!modifier && !sentenceInitialCommon) runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** "the Organization of American States observer mission" -> "Organization of American States observer mission". */
function organisationIn(ws: Word[], phrase: string): string | null {
  for (let i = ws.length - 1; i >= 0; i--) {
    if (!isCap(ws[i]!.text) || !ORG_WORDS.has(bare(ws[i]!.text))) continue;
    let k = i;
    while (k > 0 && (isCap(ws[k - 1]!.text) || /^(?:of|and|for|&)$/u.test(ws[k - 1]!.text))) k--;
    while (k < i && !isCap(ws[k]!.text)) k++;
    let j = i;
    while (j + 2 < ws.length + 1 && j + 1 < ws.length && (isCap(ws[j + 1]!.text) || (/^(?:of|for|and|&)$/u.test(ws[j + 1]!.text) && j + 2 < ws.length && isCap(ws[j + 2]!.text)))) j++;
    // Trailing lowercase nouns ("observer mission") belong to the name of the body that speaks.
    return phrase.slice(ws[k]!.start, ws[ws.length - 1]!.end).length - phrase.slice(ws[k]!.start, ws[j]!.end).length < 30
      ? phrase.slice(ws[k]!.start, ws[ws.length - 1]!.end)
      : phrase.slice(ws[k]!.start, ws[j]!.end);
  }
  return null;
}

/**
 * A name of a capitalised word and words in lower case, then what kind of body it is: "Hrvatska pošta, the state-owned
 * postal operator".
 */
const BODY_IN_OWN_LANGUAGE = /^(\p{Lu}\p{Ll}+\s+(\p{Ll}+(?:\s+\p{Ll}+)?)),\s+(?:the|a|an)\s+([^,]*\b(?:operator|company|firm|utility|carrier|airline|agency|authority|bank|insurer|cooperative|co-operative|producer|manufacturer|maker|broadcaster|supplier|service|railway|railways|network))$/u;

/**
 * Parses a speaker phrase (the subject of "said" and the like). Returns null if
 * it does not look like a speaker at all ("it", "this", a clause fragment).
 * With `loose`, any short noun phrase counts (for strong verbs: "Freight operators warned").
 */
export function parseSpeakerPhrase(raw: string, atSentenceStart: boolean, loose = false): ParsedSpeaker | null {
  let phrase = raw
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
    .replace(/^(?:and|but|so|then|also|while|as|with)\s+/iu, '')
    // ("Aral District akim, or governor, Yerlan Tulegenov": a gloss of a title before the name is no appositive.)
    .replace(/(\p{Ll}),\s+or\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2},\s+(?=\p{Lu}[\p{L}’'.-]*\s+\p{Lu})/u, '$1 ')
    // (Or the local word for it, cut off with the gloss: "The head of the island's council, or Kaupule, Semu Penitusi",
    // read from "or Kaupule, Semu Penitusi".)
    .replace(/^or\s+\p{Lu}\p{Ll}+,\s+(?=\p{Lu}[\p{L}’'.-]*\s+\p{Lu})/u, '')
    // ("the consortium, Anatolia-Sahel Construction, had walked off the site in October after claiming ...": what it
    // did, its verb after a comma, is no appositive.)
    .replace(/(?<=\p{L}),\s+(?:had|has|have|was|were|is|are|will|would|could|can)\s[\s\S]*$/u, '')
    // ("Downtown, Derek Olsen, who owns a bicycle rental shop": where or when, set off before the speaker.)
    .replace(/^(?:Downtown|Uptown|Meanwhile|Elsewhere|Nearby|Separately|Earlier|Later|Outside|Overseas|Abroad|However|Still|Instead|Locally|Nationally|Afterwards|Afterward|Again|Now|Today|Yesterday|Tonight|Inside|Upstairs|Downstairs|Offshore|Inland),\s+(?=\p{Lu})/u, '');
  if (!phrase || /^(?:and|but|or|so|yet|then|also|while|as|with|though|although)$/iu.test(phrase)) return null;
  // ("'Ana Kaufusi, who runs a 12-room guesthouse": a Polynesian name's glottal stop, written as an apostrophe, is part
  // of the name, not a role.)
  const okina = /^['‘ʻ](?=\p{Lu}\p{Ll}+\s+\p{Lu})/u.exec(phrase)?.[0];
  if (okina) {
    const named = parseSpeakerPhrase(phrase.slice(okina.length), atSentenceStart, loose);
    if (named?.kind === 'person' && named.name && phrase.startsWith(named.name, okina.length)) return { ...named, name: `${okina}${named.name}`, phrase };
  }
  // ("Awa Diarra, a 46-year-old grower who has farmed 12 hectares ... near Kadiolo, about 100 km south of Sikasso, for 20
  // years, said": a span or a distance set off before the verb is no one.)
  if (/^(?:for|since|during|over|in|after|before|until|about|some|nearly|almost|roughly|around)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?\d[\d,.]*\s+(?:years?|months?|weeks?|days?|decades?|hours?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b/iu.test(phrase)) return null;
  // "Claeys said staff had warned ...": "said staff" is the end of a clause, not who warned.
  if (/^(?:said|says|told|tells|added|warned|noted|argued|claimed|stated)\s/u.test(phrase)) return null;
  // "... a year, far less than the farmers claimed": a comparison with what others say, not who says this.
  if (/\bthan\s+(?:the|its|their|his|her|what|we|they|he|she|you)\b/iu.test(phrase)) return null;
  // ("... 300,000 crowns, an offer the farmers rejected.": what was rejected, with a clause of its own, not who.)
  if (/^(?:a|an|the|this|that)\s+\p{Ll}+\s+(?:the|a|an|its|their|his|her)\s+\p{Ll}/u.test(phrase)) return null;
  const pronoun = pronounOf(phrase);
  if (pronoun) return { name: null, role: null, kind: pronoun.plural ? 'group' : 'person', ...pronoun, phrase };
  if (QUANTIFIER.test(phrase)) return { name: null, role: null, kind: 'group', plural: true, gender: null, phrase, quantifier: true };
  // Drop a relative clause ("A member of the delegation that accompanied Macron") and trailing adjuncts.
  // "The Ministry of Food, Agriculture and Fisheries": an organisation named for a list.
  // (A branch of one speaks for it: "The Mombasa branch of the Kenya Medical Practitioners, Pharmacists and Dentists Union".)
  const listed = LISTED_ORG.exec(phrase.trim().replace(/^(?:[Tt]he\s+)?(?:[\p{L}’'-]+\s+){0,2}(?:branch|chapter|arm|wing|division|section)\s+of\s+/u, ''));
  if (listed) return { name: listed[1]!, role: null, kind: 'organization', plural: false, gender: null, phrase };
  // ("Heritage Director Lydia Pinas of the Ministry of Education, Science and Culture": a person of a body named for a
  // list; she is read as of its first part, and the whole name is her role's.)
  const ofListed = OF_LISTED.exec(phrase.trim());
  const cut = ofListed?.[2]!.split(',')[0]!;
  const ofList = ofListed ? parseSpeakerPhrase(`${ofListed[1]}${cut}`, atSentenceStart, loose) : null;
  if (ofList?.kind === 'person' && ofList.name) return { ...ofList, role: ofList.role?.replace(cut!, ofListed![2]!) ?? null, phrase };
  // "Carbones del Valle de Ubate S.A.S.", "Astilleros Vulcano S.L.": a company by its legal form, with its full stop.
  const incorporated = /^(?:the\s+)?((?:\p{Lu}[\p{L}’'&-]*\s+(?:(?:de|del|della|di|da|do|dos|la|las|los|y|e|et|&|and|of|für|und)\s+)*)+(?:S\.A\.S\.|S\.A\.(?:\s+de\s+C\.V\.)?|S\.L\.|S\.p\.A\.|S\.r\.l\.|SpA|Srl|N\.V\.|B\.V\.|A\.S\.|A\/S|Oyj?|AB|ASA|AS|AG|GmbH|SAS|SARL|SA|SE|AD|EAD|OOD|EOOD|JSC|OJSC|PJSC|d\.o\.o\.|d\.d\.|a\.s\.|s\.r\.o\.|Kft\.?|Zrt\.?|LLP|Ltda\.?|Pty\s+Ltd\.?|Ltd\.?|PLC|plc|LLC|Inc\.?|Co\.|Corp\.?|K\.K\.|Tbk|Bhd|Sdn\s+Bhd))$/u.exec(phrase.trim().split(/,\s+/u)[0]!);
  if (incorporated) {
    // (With what it is after the comma: "Carbones del Valle de Ubate S.A.S., the mine's operator".)
    const role = phrase.trim().split(/,\s+/u).slice(1).join(', ').replace(/^(?:the|a|an|its)\s+/iu, '') || null;
    return { name: incorporated[1]!, role, kind: 'organization', plural: false, gender: null, phrase };
  }
  // ("Hrvatska pošta, the state-owned postal operator": a body's name in its own language, its later words in lower case
  // and no English, set off by what kind of body it is.)
  const ownLanguage = BODY_IN_OWN_LANGUAGE.exec(phrase.trim());
  if (ownLanguage && ownLanguage[2]!.split(/\s+/u).every((w) => wordRank(w) === null)) return { name: ownLanguage[1]!, role: ownLanguage[3]!, kind: 'organization', plural: false, gender: null, phrase };
  // "airport operator Airports of Thailand (AOT)": a name with its acronym is an organisation's (people have none).
  // ("The federal Chico Mendes Institute for Biodiversity Conservation (ICMBio)": a modifier after "the", and an acronym
  // with small letters.)
  const acronymed = ACRONYMED.exec(phrase.trim());
  if (acronymed && acronymed[2]!.split(/\s+/u).length >= 2) {
    // (An adjective is no role: "the federal", "the state-owned"; "airport operator" is.)
    const modifier = acronymed[1]!.replace(/^the\s+/iu, '').trim();
    return { name: acronymed[2]!.replace(/^the\s+/iu, ''), role: ONLY_ADJECTIVE.test(modifier) ? null : modifier || null, kind: 'organization', plural: false, gender: null, phrase };
  }
  // "The Congress of South African Trade Unions (COSATU), the country's biggest labour federation": so with a role.
  const acronymRole = ACRONYM_ROLE.exec(phrase.trim());
  const acronymOrg = acronymRole ? parseSpeakerPhrase(acronymRole[1]!, atSentenceStart, loose) : null;
  // (Without a clause that says more of it: "the employers' federation to which the bakers' chamber belongs".)
  if (acronymOrg?.kind === 'organization' && acronymOrg.name) return { ...acronymOrg, role: acronymOrg.role ?? acronymRole![2]!.replace(/\s+(?:(?:to|of|in|for|with|from|at|on|by)\s+)?(?:which|whom|whose|that|who)\s[\s\S]*$/u, ''), phrase };
  // "The International Cycling Union (UCI) Anti-Doping Tribunal": a body of the one the acronym stands for, by its
  // short name.
  const part = /^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}’'-]*)+\s*\((\p{Lu}[\p{Lu}&.-]{1,9})\)\s+((?:\p{Lu}[\p{L}’'-]*\s+)*(\p{Lu}[\p{L}’'-]*))$/u.exec(phrase.trim());
  if (part && ORG_WORDS.has(bare(part[3]!))) return { name: `${part[1]} ${part[2]}`, role: null, kind: 'organization', plural: false, gender: null, phrase };
  // "Dieter Krahl from Stuttgart": a person, and where they are from.
  // ("passenger Dieter Krahl from Stuttgart": with what they are before the name.)
  const from = /^((?:\p{Ll}[\p{Ll}-]*\s+){0,2})((?:\p{Lu}[\p{L}’'-]*\s+){1,2}\p{Lu}[\p{L}’'-]*)\s+(from\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)$/u.exec(phrase.trim());
  if (from && !/^(?:the|a|an)\s/iu.test(from[1]!) && words(from[2]!).every((w) => nameWord(w.text) && !isCommonWord(w.text))) {
    return { name: from[2]!, role: `${from[1]}${from[3]}`, kind: 'person', plural: false, gender: null, phrase };
  }
  // "Ana Morales, who represents Groveland on the County Board of Supervisors": the clause says what she is.
  const roleClause = NAME_ROLE_CLAUSE.exec(phrase.trim());
  const described = roleClause ? parseSpeakerPhrase(roleClause[1]!, atSentenceStart, loose) : null;
  if (described?.kind === 'person' && described.name && !described.role) return { ...described, role: roleClause![2]!, phrase };
  // "Phnom Penh-based Bright Stage Entertainment": where it is based describes the name, and is no part of it.
  // (So does who runs or owns it: "The state-run Egyptian Electricity Holding Company".)
  const based = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*-based|(?:[Ss]tate|[Gg]overnment|[Pp]rivately|[Ff]amily|[Pp]ublicly|[Ff]oreign|[Ll]ocally|[Cc]ity|[Mm]unicipally)-(?:run|owned|listed|controlled|backed|funded))\s+(?=\p{Lu})/u.exec(phrase.trim());
  const basedName = based ? parseSpeakerPhrase(phrase.trim().slice(based[0].length), false, loose) : null;
  if (basedName?.name) return { ...basedName, role: basedName.role ?? based![1]!, phrase };
  // "Air Niugini", "Air New Zealand": an airline, not a person titled "Air" (as "Air Marshal Jane Roe" is).
  const airline = /^(?:the\s+)?(Air\s+(?!(?:Marshal|Vice|Chief|Commodore|Force|Officer)\b)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})$/u.exec(phrase.trim());
  if (airline) return { name: airline[1]!, role: null, kind: 'organization', plural: false, gender: null, phrase };
  // "The Volcanic Ash Advisory Centre in Darwin, Australia": an organisation, and where it is. (Its name ends in an
  // organisation word: "the National Institute for Research and Development in Forestry" is one name.)
  const located = /^(.+?)\s+(?:in|at)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?$/u.exec(phrase.trim());
  // (A place the country list knows, or one with its country: not "the First Collegiate Court in Administrative Matters".)
  const place = located ? phrase.trim().slice(located[1]!.length).split(/[\s,]+/u).pop()!.toLowerCase() : '';
  // (Or a single word: "Spain’s Industry Ministry in Madrid".)
  const oneWord = located !== null && /^\s+(?:in|at)\s+\p{Lu}[\p{L}’'.-]*$/u.test(phrase.trim().slice(located[1]!.length));
  const organisation = located && (PLACES.has(place) || oneWord) && ORG_WORDS.has(bare(located[1]!.split(/\s+/u).pop()!)) ? parseSpeakerPhrase(located[1]!, atSentenceStart, loose) : null;
  if (organisation?.kind === 'organization' && organisation.name) return { ...organisation, phrase };
  // "A 19-year-old nursing student, who gave her name only as Aylar for fear of reprisals": the name she gave, and what
  // she is.
  const given = GIVEN_NAME.exec(phrase);
  if (given && given.index > 0) {
    const role = phrase.slice(0, given.index).replace(/^(?:a|an|the|one)\s+/iu, '').trim();
    const what = parseSpeakerPhrase(phrase.slice(0, given.index), atSentenceStart, true);
    if (role && /\p{Ll}/u.test(role) && (what?.kind === 'description' || what?.kind === 'group')) {
      return { name: given[1]!, role, kind: 'person', plural: false, gender: /\b(?:her|herself)\b/u.test(given[0]) ? 'f' : /\b(?:his|himself)\b/u.test(given[0]) ? 'm' : what.gender, phrase };
    }
  }
  // ("who" is said of people, not of bodies: "Kinley Tenzin, a licensed exporter from Phuentsholing who has bid ...".)
  const who = /\s(?:who|whom)\s/u.test(phrase);
  phrase = phrase
    .replace(/\s*,?\s+(?:that|who|which|whose|whom)\s+[\s\S]*$/u, '')
    .replace(/\s*\([^)]*$/u, '')
    // "The Bavarian State Office for Health and Food Safety (LGL)": the name without its acronym.
    .replace(NAME_AND_ACRONYM, '$1')
    .replace(/\s+(?:in|on|at|during)\s+(?:a|an|the)\s+(?:statement|interview|press conference|news conference|speech|post|tweet|letter|briefing)\b.*$/iu, '')
    .replace(/^(?:figures|data|documents|records|estimates|an estimate|a forecast|a calculation|an analysis|a report|a statement|a letter|a study|a survey)\s+(?:released|published|issued|obtained|seen|compiled|prepared|posted|filed)?\s*(?:by|from)\s+/iu, '')
    // "a state health department report published last year": the report.
    .replace(/(\s(?:report|study|survey|statement|letter|analysis|review|audit|assessment|plan|filing))\s+(?:published|released|issued|obtained|seen|compiled|prepared|filed|submitted)\b[\s\S]*$/iu, '$1')
    // "the tribunal’s decision", "the ministry's own figures": whose they are.
    .replace(/^((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,5})['’]s\s+(?:own\s+|latest\s+|written\s+|final\s+|annual\s+)?(?:decision|ruling|judgment|judgement|verdict|report|statement|letter|findings|filing|figures|data|records|estimates?|analysis|website|submission)$/u, '$1');
  if (/^it$/iu.test(phrase)) return { name: null, role: null, kind: 'organization', plural: false, gender: null, phrase };
  // "51 urged the council ...": a number is no speaker.
  if (!/\p{L}/u.test(phrase)) return null;
  // "Citizens for Fair Elections", "Parents for Safe Streets": a group named for its cause.
  // ("Observers from the monitoring group Citizens for Fair Elections": the group, named after what it is.)
  const cause = /^(?:(.*\b(?:group|organi[sz]ation|movement|campaign|coalition|network|alliance|association|body)\s+)|the\s+)?(\p{Lu}\p{Ll}+s\s+(?:for|against|without)\s+(?:\p{Lu}[\p{L}’'-]*\s*){1,4})$/u.exec(phrase);
  if (cause) return { name: cause[2]!.trim(), role: cause[1]?.trim() || null, kind: 'organization', plural: false, gender: null, phrase };
  if (/^(?:this|that|which|there|these|those|what|one|you|nobody|no one|everyone)$/iu.test(phrase)) return null;

  // "the hospital’s director, Marleen Claeys", "West New Britain’s provincial disaster coordinator, Maria Kapi": a role
  // in lower case (after a place's possessive, if any), then the name.
  const roleFirst = ROLE_THEN_NAME.exec(phrase);
  // ("The mayor of Canillo, Jordi Casals": where the role is held may be named in it.)
  if (roleFirst && !/\p{Lu}/u.test(roleFirst[1]!.replace(PLACE_POSSESSIVE_START, '').replace(/^\p{L}/u, '').replace(/\p{Lu}[\p{L}’'.-]*['’]s\b/gu, '').replace(/\s(?:of|in|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*$/u, ''))) {
    const named = parseSpeakerPhrase(roleFirst[2]!, false);
    // (Words in lower case before the name say what else a person is, "retired Supreme Court judge Ouk Sarin"; not
    // what was done, "headed by retired judge Tariq Mahmood Abbasi", nor where, "filed in Tuolumne County Superior Court".)
    const described = /^\p{Ll}/u.test(roleFirst[2]!);
    const fits = !described || (named?.kind === 'person' && !/\b(?:in|at|on|of|for|by|with|from|to|into)\b/u.test(roleFirst[2]!));
    const role = roleFirst[1]!.replace(/^(?:the|its|his|her|their)\s+/iu, '');
    // ("the island's water utility, Águas do Maio": what a body is makes the name a body's.)
    const body = named?.kind === 'person' && ORG_ROLE.test(role.split(/\s+(?:of|at|for|from|in|on|with)\s+/u)[0]!);
    // ("The patient's daughter, Jigme Choden": what she is says she is a woman; not "Her solicitor, Ciarán Doherty".)
    const own = role.replace(/\b(?:her|his|their|whose|my|our)\s+(?:[\p{L}-]+\s+)?(?:mother|father|wife|husband|daughter|son|sister|brother)\b/giu, '');
    const gender = named?.gender ?? genderIn(own);
    if (fits && (named?.kind === 'person' || named?.kind === 'organization') && named.name) return { ...named, ...(body ? { kind: 'organization' as const, gender: null } : { gender }), role, phrase };
  }
  // "Dr. Peter Hollis, a vaccine researcher at ...": the name before the comma, the role after it.
  // ("The deputy minister for tourism, arts and culture": no comma of a list of what a role is for.)
  const roleList = /\b(?:for|of)\s+[\p{Ll}-]+(?:,\s+[\p{Ll}-]+)+,?\s+and\s+[\p{Ll}-]+$/u.exec(phrase);
  const firstComma = phrase.indexOf(', ');
  const comma = roleList && firstComma > roleList.index ? -1 : firstComma;
  const head = comma > 0 ? phrase.slice(0, comma) : phrase;
  const afterComma = comma > 0 ? phrase.slice(comma + 2) : '';
  // "Mwila Chanda, promised on Sunday to cut taxes": a verb phrase after the comma is what he did, not a role.
  const appositive =
    comma > 0 && !/^(?:\p{Ll}+ed|said|told|says|spoke|went|came|took|gave|made|won|lost|left|began)\b/u.test(afterComma)
      ? afterComma
          .replace(/,\s+(?:outside|at|in|on|during|after|before|speaking|who|which)\b[\s\S]*$/u, '')
          .replace(/^(?:the|a|an|its|his|her|their)\s+/iu, '')
          // "Alemu, 29": an age is not a role.
          .replace(/^\d{1,3}$/u, '')
          .trim() || null
      : null;
  const ws = words(head);
  if (ws.length === 0 || ws.length > 16) return null;
  if (CLAUSE_VERB.test(head)) return null;
  // ("a teacher travelling ... for her father’s birthday": someone else's kin says nothing of the speaker.)
  const own = phrase.replace(/\b(?:her|his|their|whose|my|our)\s+(?:[\p{L}-]+\s+)?(?:mother|father|wife|husband|daughter|son|sister|brother)\b/giu, '');
  const gender = genderIn(own);

  // "Professor Takeshi Ogura of Hokkaido University", "Hydrogeologist Camila Fuentes of the University of Atacama": a
  // titled person from an organisation, not the organisation.
  // ("Fisheries scientist Tawonga Phiri of the Lilongwe University of ...": an occupation with what it is of.)
  const titled = /^((?:\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?\p{L}[\p{L}.]*)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}?)(?:of|at|from)\s+((?:the\s+)?\p{Lu}[\s\S]*)$/u.exec(head);
  const titleWord = titled ? bare(titled[1]!.split(/\s+/u).pop()!) : '';
  if (titled && /^\p{Lu}/u.test(titled[1]!) && (TITLE_WORDS.has(titleWord) || isOccupation(titleWord)) && comma < 0) {
    const named = parseSpeakerPhrase(`${titled[1]} ${titled[2]!.trim()}`, false);
    // (A courtesy title is not a role: "Dr. Jane Roe of the WHO" is "of the WHO".)
    const courtesy = /^(?:dr|mr|mrs|ms|miss|sir|dame)\.?$/iu.test(titled[1]!);
    // (An occupation in two words is role enough: "Energy analyst".)
    const twoWords = /\s/u.test(titled[1]!);
    if (named?.kind === 'person' && named.name) return { ...named, role: courtesy ? `of ${titled[3]}` : twoWords ? (named.role ?? titled[1]!) : `${named.role ?? titled[1]} of ${titled[3]}`, phrase };
  }
  // "Battalion Chief Marisa Delgado of the Unified Fire Authority", "Energy and Mining Minister Fernando Olivera", "Senator
  // Lucía Arrarte of the opposition National Party": a title, then a person's name (two words or more), then where they
  // serve; not an organisation named after its title words.
  // (After the last title word that a name of two words or more follows; "Skills Training Coordinator Marcia Charles, of
  // the Ministry of ...": where they serve may be set off by a comma, and stays so for a party, "Mayor Ingrid Solbakken,
  // of the Labour Party", who is no mayor of it.) (A title may be an acronym: "Transport MMC Thandeka Moeketsi".)
  const servesAt = comma > 0 && /^(?:of|at|from|for)\s+(?:the\s+)?\p{Lu}/u.test(afterComma);
  const titleWords = comma < 0 || servesAt ? [...head.matchAll(/\b(\p{Lu}(?:[\p{Ll}-]+|\p{Lu}{1,3}))\s+(?=\p{Lu})/gu)].filter((m) => TITLE_WORDS.has(bare(m[1]!)) || isOccupation(bare(m[1]!))) : [];
  for (const title of titleWords.reverse()) {
    const rest = /^((?:\p{Lu}[\p{L}’'-]*\s+|(?:al|el|binti|bin|ibn|anak|de|da|del|van|von|der|den|la|le)[-\s])+\p{Lu}[\p{L}’'-]*)(?:\s+((?:of|from|at|for)\s+[\s\S]+))?$/u.exec(head.slice(title.index + title[0].length));
    const nameWords = rest ? words(rest[1]!) : [];
    // (A surname may be a place's name too, "Plant Health Director Osvaldo Lima", but not every word of it, nor a
    // country: "Health New Zealand".)
    if (rest && nameWords.length >= 2 && nameWords.every((w) => !ORG_WORDS.has(bare(w.text)) && !TITLE_WORDS.has(bare(w.text))) && !nameWords.every((w) => PLACES.has(bare(w.text))) && !COUNTRY_NAMES.has(rest[1]!.toLowerCase())) {
      const role = [head.slice(0, title.index + title[1]!.length).replace(/^the\s+/iu, ''), rest[2]].filter(Boolean).join(' ') + (servesAt ? `${/\bParty\b/u.test(afterComma) ? ',' : ''} ${afterComma}` : '');
      return { name: rest[1]!, role, kind: 'person', plural: false, gender, phrase };
    }
  }
  // ("Minister of National Mobilisation Lennox Dasent": a title with what it is of, in two capitalised words or more, then
  // a name of two, neither a particle nor a word of a body's name.)
  // ("Deputy Director of Forestry Noraini Hamdan", "Regional Director of Water and Sanitation Adama Kaboré": a title of
  // more words, and what it is of in one common word, or joined by "and".)
  // ("Secretary of State for Territory Luca Venturini", "Director-General of Fisheries Celestino Bragança" too.)
  const titleOf = comma < 0 ? TITLE_OF_NAME.exec(head) : null;
  const titleOfWords = titleOf ? titleOf[1]!.replace(/^the\s+/iu, '').split(/\s+(?:of|for)\s+/u) : [];
  const titleOfBody = titleOfWords.slice(1).join(' ').replace(/^the\s+/iu, '').split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  // (Or in one proper name after titles alone: "Deputy Wali of Sur Khalid al-Hinai", "Governor of Texas Greg Abbott".)
  const titlesOnly = titleOfWords[0]?.split(/[\s-]+/u).every((w) => TITLE_WORDS.has(bare(w))) ?? false;
  if (titleOf && titleOfWords[0]!.split(/[\s-]+/u).some((w) => TITLE_WORDS.has(bare(w))) && (titleOfBody.length >= 2 || isCommonWord(titleOfBody[0]!) || titlesOnly) && words(titleOf[2]!).every((w) => nameWord(w.text) && !ORG_WORDS.has(bare(w.text)) && !TITLE_WORDS.has(bare(w.text)) && !isParticle(w.text)) && !isParticle(words(titleOf[1]!).pop()!.text)) {
    // ("Councillor for Water and Sanitation Ana Lopes Furtado": what the title is for ends at the word after its "and";
    // the capitalised words past it begin the name.)
    const past = /^(.*\s(?:and|&)\s+\p{Lu}[\p{L}’'-]*\s+)((?:\p{Lu}\p{Ll}+\s+){1,2})$/u.exec(titleOf[1]!);
    const [role, name] = past ? [past[1]!, past[2]! + titleOf[2]!] : [titleOf[1]!, titleOf[2]!];
    return { name, role: role.trim().replace(/^the\s+/iu, ''), kind: 'person', plural: false, gender, phrase };
  }
  // "the Ministry of Environment and Forestry", "Britain's Office for Product Safety and Standards", "Ireland's Air
  // Accident Investigation Unit": an organisation's full name, "and" included. Its words are read past a country's
  // possessive, which stays in the name ("Uzbekistan's Ministry of Water Resources" is not Kyrgyzstan's).
  // (But "The Prosecutor’s Office of Georgia", "the Children’s Hospital": a common noun's possessive is part of the name.)
  const unthe = head.replace(/^the\s+/iu, '');
  const ownerless = unthe.replace(/^(?!(?:Prosecutor|Attorney|Auditor|Ombudsman|Coroner|Sheriff|Governor|Mayor|President|Premier|Minister|Children|Women|Men|People|Veterans|Workers|Farmers|Citizens|Taxpayers|Consumers|Patients|Students|Teachers|Nurses|Doctors|Journalists|Employers|Growers|Fishermen|Pensioners|Owners|Tenants|Drivers|Pilots)['’]s\s)\p{Lu}[\p{L}’'-]*['’]s\s+/u, '');
  const orgWords = ownerless.split(/\s+/u);
  // "The National Coordination of Catholic Schools": "the" and a capitalised name with its "of" name a body, whatever
  // its noun (not "the Archbishop of Canterbury", a title).
  const theBody = /^the\s/iu.test(head) && orgWords.length >= 4 && orgWords.includes('of') && !TITLE_WORDS.has(bare(orgWords[0]!)) && !TITLE_WORDS.has(bare(orgWords[1]!));
  if (
    orgWords.length >= 3 &&
    (ORG_WORDS.has(bare(orgWords[0]!)) ||
      ORG_WORDS.has(bare(orgWords[orgWords.length - 1]!)) ||
      // "The Danish Agency for Culture and Palaces": an organisation word, then what it is for.
      orgWords.some((w, k) => ORG_WORDS.has(bare(w)) && /^(?:of|for)$/u.test(orgWords[k + 1] ?? '')) ||
      // ("Port of Antwerp-Bruges", the port's company; not "Transnet Port Terminals", whose name runs on.)
      // (And "Friends of Lake Assal", a group named for what it stands up for.)
      (/^(?:Port|Ports|Airport|Airports|Friends)$/u.test(orgWords[0]!) && orgWords[1] === 'of') ||
      theBody) &&
    isCap(orgWords[0]!) &&
    orgWords.every((w) => isCap(w) || /^(?:of|for|and|on|the|&|de|du|des|la|le|del|da|do|y|et)$/u.test(w)) &&
    isCap(orgWords[orgWords.length - 1]!) &&
    // (Not "Board President Randall Pruitt", "Union Secretary Jane Roe", "Marine Resources Commissioner Alan Pruitt": an
    // organisation's title, then a name.)
    !(ORG_WORDS.has(bare(orgWords[0]!)) && !ORG_WORDS.has(bare(orgWords[orgWords.length - 1]!)) && orgWords.slice(1, -1).some((w) => TITLE_WORDS.has(bare(w))) && !orgWords.some((w) => /^(?:of|for|and|&)$/u.test(w)))
  ) {
    // (Unless a person's name comes before its "of": "Wu Jia-hui of the Taiwan Wildlife Welfare Association".)
    const person = /^((?:\p{Lu}[\p{L}’'-]*\s+){1,2}\p{Lu}[\p{L}’'-]*)\s+(of\s+[\s\S]+)$/u.exec(unthe);
    if (person && !theBody && words(person[1]!).every((w) => nameWord(w.text) && !BODY_WORDS.has(bare(w.text))) && words(person[1]!).some((w) => !isCommonWord(w.text))) {
      return { name: person[1]!, role: person[2]!, kind: 'person', plural: false, gender, phrase };
    }
    return { name: unthe, role: null, kind: 'organization', plural: false, gender: null, phrase };
  }
  // "The Funafuti Kaupule, the island's traditional council": a name with "the" is no person's, and what it is says it is
  // an organisation.
  const theName = /^[Tt]he\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)$/u.exec(head)?.[1];
  if (theName && appositive && ORG_ROLE.test(appositive.split(/\s+(?:of|at|for|from|in|on|with)\s+/u)[0]!)) return { name: theName, role: appositive, kind: 'organization', plural: false, gender: null, phrase };
  const runs = nameRuns(ws, head, atSentenceStart);
  const run = runs[runs.length - 1];
  // "Transport Scotland", "Environment and Climate Change Canada", "Transport for Wales": a country after common words
  // is a government body's name, not a person's (named or not as a run of capitals).
  const body = governmentBody(head);
  // (Even when the country reads as a name after a title: "Health New Zealand" is no "New Zealand" titled "Health".)
  const runIsCountry = run !== undefined && COUNTRY_NAMES.has(head.slice(ws[run.from]!.start, ws[run.to]!.end).toLowerCase());
  if ((!run || runIsCountry) && body) return { name: body, role: appositive, kind: 'organization', plural: false, gender: null, phrase };
  if (run) {
    // ("Portuguese-Angolan firm Construtora Atlântico Sul": after a company's noun in lower case, the whole run is its name.)
    // ("the monitoring group Belize Reef Watch": so after a group's noun.)
    const companyBefore = /(?:^|\s)(?:firm|company|carrier|airline|insurer|consortium|manufacturer|retailer|shipowner|conglomerate|subsidiary|startup|start-up|group|charity|watchdog|organi[sz]ation|NGO|cooperative|co-operative|collective|coalition|alliance|nonprofit|non-profit)\s+$/u.exec(head.slice(0, ws[run.from]!.start));
    if (companyBefore && run.from < run.to) {
      const before = head.slice(0, ws[run.from]!.start).replace(/^(?:the|a|an|its)\s+/iu, '').trim();
      return { name: head.slice(ws[run.from]!.start, ws[run.to]!.end).replace(/['’]s$/u, ''), role: appositive ?? before, kind: 'organization', plural: false, gender: null, phrase };
    }
    // Inside the run, a name starts after the last title or organisation word ("President Emmanuel Macron").
    let from = run.from;
    for (let k = run.from; k <= run.to; k++) {
      const w = bare(ws[k]!.text);
      // ("Runner-up Dóra Szilágyi", "Seventeen-year-old Lili Várkonyi": a hyphenated description, not a first name
      // like "Eun-ji" in "Park Eun-ji".)
      // ("Nadia Sheikh": a title word that ends a name after a first name is a surname.)
      const surname = k === run.to && k > from && !TITLE_WORDS.has(bare(ws[k - 1]!.text)) && !ORG_WORDS.has(bare(ws[k - 1]!.text));
      if ((TITLE_WORDS.has(w) && !surname) || ORG_WORDS.has(w) || /['’]s$/u.test(ws[k]!.text) || (k === run.from && run.to - k >= 2 && /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(ws[k]!.text))) from = k + 1;
    }
    // ("Minister of Equipment and Water Hassan Ouazzani": the word after the "and" of a title's body ends the body.)
    if (from === run.from && run.to - run.from >= 2 && /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*,?\s+)+and\s+$/u.test(head.slice(0, ws[run.from]!.start)) && TITLE_WORDS.has(bare(ws[0]!.text))) from = run.from + 1;
    // "Archaeologist Mette Holm", "Farmer Henrik Sørensen": an occupation capitalised at the start, then a name.
    if (from === run.from && run.to - run.from >= 2 && isOccupation(bare(ws[run.from]!.text))) from = run.from + 1;
    // "Farmers in western Uganda": a place the people described are in, not a name.
    const placed = /\b(?:in|from|near|across|outside|around|throughout)\s+(?:(?:the|western|eastern|northern|southern|central|rural|coastal|north|south|east|west)\s+)*$/iu.test(head.slice(0, ws[from <= run.to ? from : run.from]!.start)) && /\p{Ll}/u.test(head.slice(0, ws[run.from]!.start));
    if (from <= run.to && !placed) {
      while (from < run.to && isParticle(ws[from]!.text) && !/-/u.test(ws[from]!.text) && !isCap(ws[from]!.text)) from++;
      const name = head.slice(ws[from]!.start, ws[run.to]!.end).replace(/['’]s$/u, '');
      const before = head
        .slice(0, ws[from]!.start)
        .replace(/^(?:the|a|an|its|his|her|their)\s+/iu, '')
        .replace(/[\s,]+$/u, '')
        // "Germany's Lukas Henninger": a possessive name alone is where they are from, not a role.
        .replace(/^\p{Lu}[\p{L}.-]*['’]s$/u, '')
        // ("Former national team goalkeeper Joseph-Désiré Mbarga": capitalised only to open the sentence.)
        .replace(/^(?:Former|Retired|Veteran|Longtime|Long-time|Outgoing|Incoming|Acting|Interim)(?=\s+\p{Ll})/u, (w) => w.toLowerCase());
      // ("Senior meteorologist Priya Raman, of the bureau’s Brisbane office": the title, then where it is held.)
      // (A party is no place of work: "Mayor Ingrid Solbakken, of the Labour Party" is "Mayor, of the Labour Party".)
      const heldAt = appositive !== null && before !== '' && /^(?:of|at|with|for)\s/u.test(appositive) && /^\p{L}[\p{Ll}-]*(?:\s+[\p{Ll}-]+){0,3}$/u.test(before);
      const title = heldAt && /\s/u.test(before) && !TITLE_WORDS.has(bare(before.split(/\s+/u)[0]!)) ? before[0]!.toLowerCase() + before.slice(1) : before;
      const role = heldAt ? (/\b(?:Party|party|Democrats|Republicans|Greens)\b/u.test(appositive) ? `${title}, ${appositive}` : `${title} ${appositive}`) : appositive ?? (before || null);
      // "Baltmar Shipping, the ship's Hamburg-based operator": a name whose role is an organisation's.
      // (Its whole name: "Transport Malta, the islands' maritime authority" has no title.)
      // (Not a person's trade with a title beside it: "Faruque Hossain, a knitwear exporter from Narayanganj and
      // vice-president of the ... Association".)
      // (Nor one with an age: "Nasreen Bibi, a 29-year-old sewing machine operator"; nor one "who" did something: "Kinley
      // Tenzin, a licensed exporter from Phuentsholing who has bid at the Trashigang auction for eight years".)
      const titledToo = appositive !== null && (/\band\s+(?:the\s+)?(?:vice[- ])?(?:president|chairman|chairwoman|chair|director|head|chief executive|ceo|founder|owner|manager|spokesman|spokeswoman|spokesperson|secretary|treasurer)\b/iu.test(appositive) || /\b\d{1,3}-year-old\b/u.test(appositive) || who);
      if (appositive && !titledToo && ORG_ROLE.test(appositive.split(/\s+(?:of|at|for|from|in|on|with)\s+/u)[0]!)) {
        return { name: head.slice(ws[run.from]!.start, ws[run.to]!.end).replace(/['’]s$/u, ''), role, kind: 'organization', plural: false, gender: null, phrase };
      }
      if (body) return { name: body, role: appositive, kind: 'organization', plural: false, gender: null, phrase };
      // "PKP Intercity", "BHP": a name that opens with an acronym is an organisation's.
      if (/^\p{Lu}{3,}\b/u.test(name)) return { name, role, kind: 'organization', plural: false, gender: null, phrase };
      return { name, role, kind: 'person', plural: false, gender, phrase };
    }
  }
  const org = organisationIn(ws, head);
  if (org && (ws.length <= 5 || !ws.some((w) => PERSON_NOUNS.has(bare(w.text))))) {
    // "Baltmar Shipping, the ship's Hamburg-based operator": the appositive is the organisation's role.
    return { name: org, role: appositive, kind: 'organization', plural: false, gender: null, phrase };
  }
  // ("the Red Cross added", "the Kremlin said": a body known by a name with "the", which no person's has.)
  // (So at a sentence's start: "The NEA said in a statement". Or with a small word inside: "The Interprofession du
  // Gruyère".)
  if (THE_NAMED_BODY.test(head) && ws.slice(1).every((w) => !TITLE_WORDS.has(bare(w.text)) && !PERSON_NOUNS.has(bare(w.text)) && !PLACES.has(bare(w.text)))) {
    return { name: head.replace(/^[Tt]he\s+/u, ''), role: null, kind: 'organization', plural: false, gender: null, phrase };
  }

  // A description: people ("officials", "a spokesperson for the company", "residents"), or any short noun phrase with `loose`.
  const lowerWords = ws.map((w) => bare(w.text));
  const isPeople = lowerWords.some((w) => PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/u, '')));
  // (Words and the spaces between them, read one way only: "(?:[…]+\s*)+" tries every split of every word before it fails on
  // "Trade Unions (COSATU)", for minutes.)
  // (A place it is in does not count: "A family-owned maker of precision dental drills in Eschen".)
  const placeWords = words(/\s(?:in|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*$/u.exec(head)?.[0] ?? '').length;
  const nounPhrase = ws.length - placeWords <= 8 && /^[\p{L}\p{N}’'.&-]+(?:\s+[\p{L}\p{N}’'.&-]+)*\s*$/u.test(head) && !/^\p{Ll}+(?:ed|ing)$/u.test(ws[0]!.text);
  // ("The institute added that ...": a body by its kind, whatever the verb.)
  // (A body that speaks: not "The two-year programme admits about 90 students".)
  // (Or a business by its kind: "the airline added"; not a worker, "the miner added".)
  const kindWord = lowerWords[lowerWords.length - 1]!;
  const bodyByKind = /^the\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+$/iu.test(head) && (ORG_WORDS.has(kindWord) || isBusinessKind(kindWord)) && !/^(?:programs?|programmes?|projects?|funds?|trusts?|labs?|house|front|times|post|news|press|tv|radio|television)$/u.test(kindWord);
  if (!isPeople && !(loose && nounPhrase) && !bodyByKind) return null;
  // ("South Australia risked losing staff to other states": a name, its verb, then more: a clause, not a description.)
  if (/^(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)+\p{Ll}{3,}ed\s+\S/u.test(head)) return null;
  // ("at a new, higher rate and local officials warning of lost jobs": of two things joined, only the people speak.)
  const joined = /^(\p{Ll}[^,]*?)\s+and\s+(\p{Ll}[^,]*)$/u.exec(head);
  // (A word that may name people, by its ending too, keeps both: "growers and officials", "fishermen and rice farmers".)
  const mayBePeople = (w: string): boolean => PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/u, '')) || /(?:men|women|folk|people|ers|ors|ists|ians|ees|ants|ents|ives|ies)$/u.test(w);
  if (joined && isPeople && !words(joined[1]!).some((w) => mayBePeople(bare(w.text)))) return parseSpeakerPhrase(joined[2]!, false, loose);
  // The head noun: the last word before a preposition ("Two engineers at the company’s campus" -> engineers).
  const prep = lowerWords.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|in|on|with|near|outside)$/u.test(w));
  const headWords = prep > 0 ? lowerWords.slice(0, prep) : lowerWords;
  const last = headWords[headWords.length - 1] ?? '';
  const plural =
    (/s$/u.test(last) && !/(?:ss|us|is)$/u.test(last)) ||
    /^(?:people|police|staff|crew|men|women|families|authorities|children)$/u.test(last) ||
    /^(?:two|three|four|five|six|several|many|some|dozens|hundreds|thousands|both)$/u.test(lowerWords[0] ?? '') ||
    /\b(?:\p{Lu}[\p{L}’'-]*|[\p{L}]+s)\s+and\s/u.test(roleList ? head.slice(0, roleList.index) : head);
  const description = comma > 0 && !isPeople ? phrase : head;
  return { name: null, role: appositive, kind: plural ? 'group' : 'description', plural, gender, phrase: description };
}

/** ", who gave her name only as Aylar", ", who asked to be identified only by his first name, Tomas": the name given. */
export const GIVEN_NAME = /,?\s+(?:who\s+)?(?:gave|giving|gives|would\s+(?:only\s+)?give|asked\s+to\s+be\s+(?:identified|named|called)|identified\s+(?:only\s+)?as|identifying\s+(?:herself|himself|themselves))\b[^.;,]{0,50}?(?:\bas|\bname,)\s+(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\.?(?=\s|$)|\s+\p{Lu}\p{Ll}[\p{L}’'-]*)?)\b/u;

/** "The Kremlin", "the Red Cross", "The Interprofession du Gruyère": capitalised words after "the", joined or not. */
const THE_NAMED_BODY = new RegExp(String.raw`^[Tt]he\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:${NAME_JOINER}\s+){0,2}\p{Lu}[\p{L}’'-]*){0,2}$`, 'u');

/** Head nouns of a role that only an organisation has. (Not a worker's: "a sewing machine operator".) */
const ORG_ROLE = /\b(?:(?<!\b(?:machine|crane|forklift|camera|radio|switchboard|equipment|excavator|drone|lathe|loom)\s+)operator|company|firm|carrier|airline|manufacturer|maker|developer|insurer|lender|bank|retailer|subsidiary|supplier|distributor|charity|broadcaster|publisher|utility|regulator|agency|organi[sz]ation|union|federation|association|ministry|department|council|committee|authority|service|consortium|conglomerate|startup|start-up|shipowner|shipping line|unit|division|arm|exporter|importer|cooperative|co-operative|chain|group|network|watchdog|lobby|body)$/iu;

/** Lowercase key of a name's last word, without particles or possessive: "Hadi al-Amiri" -> "amiri". */
export function surnameKey(name: string): string {
  const ws = words(name);
  const last = ws[ws.length - 1]?.text ?? name;
  return bare(last).replace(/^(?:al|el|bin|ibn|abu|abd|ul)-/u, '');
}

/** Content stems of a phrase (for matching descriptions and questions). */
export function phraseStems(phrase: string): string[] {
  return words(phrase)
    .map((w) => normalizeWord(w.text))
    .filter((w) => w.length > 1 && !DETERMINERS.test(w) && !/^(?:of|and|in|on|for|at|to|with|by)$/u.test(w))
    .map((w) => stem(w));
}

export { COMPANY_WORDS_ABROAD, ORG_WORDS, PERSON_NOUNS, TITLE_WORDS };
