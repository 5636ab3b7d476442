/**
 * Query expansion that holds for any article: country names and their
 * adjectives ("French" ~ "France"), common abbreviations ("US" ~ "United
 * States" ~ "America"), and acronyms the article itself defines
 * ("Popular Mobilization Forces (PMF)").
 */
import { COUNTRIES } from './countries.js';
import { NUMBER_WORD } from '../passages/index.js';
import { stem, tokenize } from './text.js';

/** Nations by their names, peoples and capitals (with the country list below). */
const NATION_GROUPS: string[][] = [
  ['france', 'french', 'paris'],
  ['us', 'usa', 'america', 'american', 'americans', 'united states', 'washington'],
  ['uk', 'britain', 'british', 'united kingdom', 'london'],
  ['iraq', 'iraqi', 'iraqis', 'baghdad'],
  ['iran', 'iranian', 'iranians', 'tehran'],
  ['turkey', 'turkish', 'turks', 'ankara', 'turkiye'],
  ['kurdistan', 'kurdish', 'kurds', 'kurd', 'krg'],
  ['syria', 'syrian', 'syrians', 'damascus'],
  ['germany', 'german', 'germans', 'berlin'],
  ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  ['china', 'chinese', 'beijing'],
  ['israel', 'israeli', 'israelis'],
  ['egypt', 'egyptian', 'egyptians', 'cairo'],
  ['saudi', 'saudis', 'saudi arabia', 'riyadh'],
  ['japan', 'japanese', 'tokyo'],
  ['india', 'indian', 'indians', 'delhi'],
  ['canada', 'canadian', 'canadians', 'ottawa'],
  ['spain', 'spanish', 'madrid'],
  ['italy', 'italian', 'italians', 'rome'],
  ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  ...COUNTRIES.split('\n').filter((line) => line.trim()).map((line) => line.trim().split('|')),
];

/** Countries by name ("bolivia", "south africa", "united states"): the first word of each nation's group, and long forms. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...NATION_GROUPS.map((group) => group[0]!),
  ...'usa|america|united states|britain|united kingdom|england|saudi arabia|sri lanka|new zealand|south korea|north korea|south africa|south sudan|united arab emirates|czech republic|el salvador|ivory coast|papua new guinea|north macedonia|burkina faso|dominican republic|cape verde|east timor|trinidad and tobago|bosnia and herzegovina|solomon islands|marshall islands|democratic republic of congo|democratic republic of the congo|republic of congo|republic of the congo'.split('|'),
]);

const GROUPS: string[][] = [
  ...NATION_GROUPS,
  ['europe', 'european', 'europeans', 'eu', 'european union', 'brussels'],
  ['un', 'united nations'],
  ['isis', 'islamic state', 'daesh', 'isil'],
  ['troops', 'soldiers', 'forces', 'military', 'army'],
  ['withdraw', 'withdrawal', 'leave', 'exit', 'depart', 'gone', 'expel', 'pullout'],
  ['start', 'begin', 'beginning', 'began', 'launch', 'launched', 'started'],
  ['stop', 'end', 'ending', 'halt', 'cease'],
  ['law', 'legislation', 'bill'],
  // ("When does the rule take effect?": "from Monday, September 1, under a new district bylaw".)
  // (Not "regulation": its stem is the regulator's.)
  ['rule', 'rules', 'bylaw', 'bylaws', 'by-law', 'by-laws', 'ordinance', 'ordinances'],
  // ("How many hours a day will the power cuts last?": "extend daily power cuts to as long as 17 hours".)
  ['day', 'daily'],
  ['hour', 'hourly'],
  ['week', 'weekly'],
  ['month', 'monthly'],
  ['year', 'yearly', 'annual', 'annually'],
  // ("How many MPs voted for the bill?": "passed ... by 61 votes to 23, ... send it back to lawmakers".)
  // ("When are MPs going to question the officials?": "parliament's ... committee would summon education officials".)
  ['mp', 'mps', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'parliamentarian', 'parliamentarians', 'deputies', 'members of parliament', 'parliament', 'parliamentary'],
  ['technology', 'tech', 'automation', 'robots'],
  ['cheap', 'cheaper', 'cost', 'costs', 'price', 'prices', 'expensive'],
  // ("how many kids got free glasses": "free eyeglasses to more than 11,000 schoolchildren".)
  ['children', 'kids', 'child', 'kid', 'schoolchildren'],
  // ("How many trainees will the city's paid scheme take on?": "a paid training programme for 12 apprentices".)
  ['trainee', 'trainees', 'apprentice', 'apprentices'],
  // ("what did the agriculture officer say about how risky the climbing is": "It is dangerous work".)
  ['risky', 'dangerous', 'hazardous', 'unsafe', 'perilous'],
  // ("how many ladies belong to the co-op": "The 63 women of the Tadarte argan cooperative".)
  ['women', 'woman', 'ladies', 'lady', 'female', 'females'],
  ['men', 'man', 'gentlemen', 'gentleman', 'blokes', 'bloke', 'guys', 'guy', 'male', 'males'],
  ['cooperative', 'cooperatives', 'coop', 'coops'],
  ['bike', 'bikes', 'bicycle', 'bicycles', 'biking', 'cycling'],
  // ("how steep does the path get": "The trail ... at a gradient of no more than 6%".)
  ['path', 'paths', 'trail', 'trails', 'footpath', 'footpaths'],
  ['steep', 'steeper', 'steepest', 'gradient', 'gradients', 'incline'],
  ['parents', 'parent', 'mums', 'dads', 'moms', 'mum', 'dad', 'mom'],
  ['serve', 'serves', 'served', 'depend', 'depends', 'rely', 'relies', 'relied'],
  ['born', 'birth', 'births'],
  ['people', 'residents', 'public', 'citizens', 'folks'],
  ['shortfall', 'deficit', 'gap', 'short', 'shortage'],
  ['fight', 'fighting', 'combat', 'battle'],
  ['kill', 'killed', 'assassinate', 'assassinated', 'death', 'deaths', 'dead', 'die', 'died', 'dying', 'fatalities', 'fatal'],
  // What readers ask about casualties, crime and markets, in the words news writes them.
  ['hurt', 'injured', 'injuries', 'injury', 'wounded', 'wounding'],
  // ("how long was the student unconscious after she crashed": "She spent 11 days in a coma".)
  ['unconscious', 'coma', 'comatose'],
  // ("How many crashes involving tour vessels happened near the bridge?": "14 collisions involving tourist boats".)
  ['crash', 'crashes', 'crashed', 'collision', 'collisions', 'collided', 'collide'],
  ['caught', 'arrested', 'arrest', 'arrests', 'detained', 'custody', 'charged'],
  ['cops', 'cop', 'police', 'policemen', 'officers'],
  ['stock', 'shares', 'share'],
  ['fired', 'sacked', 'laid', 'layoffs', 'redundancies', 'dismissed'],
  ['attack', 'attacks', 'strike', 'strikes'],
  // ("When did the cyberattack begin?": "The attack on St. Hedwig Provincial Hospital began ...".)
  ['cyberattack', 'cyberattacks', 'attack', 'attacks'],
  ['money', 'cash', 'cost', 'costs', 'budget', 'fund', 'funding', 'spend', 'spending'],
  ['job', 'role', 'position', 'post', 'head', 'chief', 'leader', 'lead', 'leads', 'boss', 'director', 'manager'],
  // (A chairman is a head, but not a chief executive.)
  ['head', 'chairman', 'chairwoman', 'chairperson', 'chair'],
  ['rise', 'raise', 'increase', 'hike', 'bump', 'jump'],
  ['pay', 'wage', 'wages', 'salary', 'salaries', 'earnings'],
  // ("How much did the museum pay for the stela?": "bought ... for 480,000 Austrian schillings".)
  ['pay', 'paid', 'buy', 'bought', 'purchase', 'purchased'],
  // ("When was the hottest temperature recorded?": "reached 51.8C ..., the highest in the country".)
  ['hottest', 'highest', 'record', 'peak', 'peaked'],
  // ("how high is the peak that the runners have to climb": "the 4,095-metre summit of the volcano".)
  ['summit', 'summits', 'peak', 'peaks'],
  // ("did the minister promise more money": "pledged an extra ...".)
  ['promise', 'promised', 'pledge', 'pledged', 'vow', 'vowed'],
  // ("what was the total value of the deals": "contracts worth 23.6 million euros".)
  ['worth', 'value', 'valued'],
  // ("How many flights were cancelled?": "214 arrivals and departures had been cancelled".)
  ['flight', 'flights', 'arrivals', 'departures'],
  // ("How big is the manufacturer's workforce?": "employs about 340 people".)
  ['workforce', 'employs', 'employ', 'employees', 'staff'],
  // ("What proportion of the factory's staff are female?": "70% of the mill's workers were women".)
  ['staff', 'workers'],
  ['factory', 'factories', 'mill', 'mills'],
  // ("So what was the total price tag for the whole scheme?": "the project cost about 1.9 billion CFA francs".)
  ['scheme', 'schemes', 'project', 'projects'],
  // ("How many folks work at the meat plant in Francistown?": "The commission's Francistown plant, which employs about
  // 420 people, normally slaughters 250 to 300 head a day".)
  ['meat', 'abattoir', 'abattoirs', 'slaughterhouse', 'slaughterhouses', 'slaughter', 'slaughters', 'slaughtered'],
  // ("how much were they charging for the leaked paper": "selling access to the paper for 20 dinars".)
  ['charge', 'charging', 'charged', 'sell', 'selling', 'sold'],
  // ("How heavy was the downpour?": "more than 110 millimetres of rain fell".)
  // ("Roughly how many folks turned up for the opening dispite the rain?": "About 600 people queued in light drizzle".)
  ['downpour', 'downpours', 'rain', 'rainfall', 'drizzle'],
  // ("What will a ride into the CBD cost?": "the fare from Motherwell to the city centre".)
  ['cbd', 'downtown', 'centre', 'center'],
  // ("how much styrene leaked into the sea": "120 to 150 tonnes of styrene had escaped".)
  ['leak', 'leaked', 'leaking', 'leaks', 'spill', 'spilled', 'spilt', 'escaped'],
  // ("where was the first swarm seen": "The first swarm was spotted on September 14 near Nokou".)
  ['spotted', 'sighted', 'seen', 'detected', 'observed'],
  // ("Where did the minister talk to journalists?": "told reporters in Vitoria".)
  ['journalists', 'journalist', 'reporters', 'reporter', 'press', 'newsmen'],
  // ("what share of global sea freight goes through the waterway": "About 5% of world seaborne trade passes through the
  // 80-kilometre (50-mile) canal".)
  ['global', 'world', 'worldwide'],
  ['waterway', 'canal'],
  // ("How many boats were queued up offshore by Tuesday night?": "11 container ships were waiting at anchor".)
  ['boat', 'boats', 'ship', 'ships', 'vessel', 'vessels'],
  // ("how many lorries a day will the factory turn out": "Daily output at the plant ... will drop from 110 trucks".)
  ['lorry', 'lorries', 'truck', 'trucks'],
  // ("how many meters were installed": "fitted about 18,500 meters across the city".)
  ['install', 'installs', 'installed', 'installing', 'fitted'],
  // ("how much does Kola owe": "a reminder showing a debt of 11,200 lekë".)
  ['owe', 'owes', 'owed', 'debt', 'debts'],
  // ("how long is the queue": "the line stretched for about 6 kilometres".)
  ['queue', 'queues', 'line'],
  // ("How much longer would the alternative route make the journey?": "would add about 90 km to the trip".)
  // ("How long does the boat journey between the island and the mainland last?": "The crossing takes about two hours".)
  ['journey', 'journeys', 'trip', 'trips', 'crossing', 'crossings', 'voyage', 'voyages'],
  // ("How many vendors will the roofed market hold?": "a covered market for about 400 traders".)
  ['vendor', 'vendors', 'trader', 'traders', 'seller', 'sellers', 'stallholder', 'stallholders', 'hawker', 'hawkers', 'merchant', 'merchants'],
  // ("When are the next walkouts planned?": "further 48-hour stoppages on Nov. 14 and Nov. 21".)
  ['walkout', 'walkouts', 'stoppage', 'stoppages'],
  // ("How long has Gruber been in charge of the under-14 squad?": "who has coached the club's under-14 team since 2016".)
  ['team', 'teams', 'squad', 'squads'],
  // ("Where are the spare parts being sent from?": "replacement parts were being flown in from Singapore".)
  ['spare', 'spares', 'replacement', 'replacements'],
  // ("What's the yearly limit on the country's lobster harvest?": "a quota system that caps the national catch at 520
  // tonnes of lobster tail a year".)
  ['limit', 'limits', 'cap', 'caps', 'capped', 'ceiling'],
  ['harvest', 'harvests', 'catch', 'catches'],
  // ("how much money are the homeowners asking for": "are seeking at least $23 million in damages".)
  // ("What daily rate are the cutters asking for?": "Workers are demanding ... a daily rate of 3,500 CFA francs".)
  ['asking', 'seeking', 'seek', 'seeks', 'sought', 'demanding', 'demand', 'demands', 'demanded'],
  // ("how much do the growers want": "Farmers are demanding 75 rupees per kilogram of leaf".)
  ['want', 'wants', 'wanted', 'demand', 'demands', 'demanding', 'demanded'],
  // ("how much does the bear weigh": "The 120-kg male".)
  ['weigh', 'weighs', 'weighed', 'weight', 'kg', 'kilogram', 'kilograms', 'kilos'],
  // ("When is the trial due to resume?": "Judge Aygun Karimova adjourned the hearing until 9 June".)
  ['resume', 'resumes', 'adjourned', 'adjourn', 'adjourns'],
  // ("So how much fuel does the loaned genset get through each evening?": "a 60-kilovolt-ampere diesel generator lent by
  // the island council ..., burning about 110 litres a night".)
  ['genset', 'gensets', 'generator', 'generators'],
  // ("when did nexora go bust": "before it went bankrupt in March 2024".)
  ['bust', 'bankrupt', 'bankruptcy', 'insolvent', 'insolvency'],
  // ("How many poorer families are shielded from the increase?": "a social tariff for about 1,900 low-income households".)
  ['family', 'families', 'household', 'households'],
  // ("how many people will have long-term work at the plant": "about 600 permanent jobs once it was running".)
  ['permanent', 'long-term'],
  // ("how much was the cheapest bid for the seawall": "the lowest of three bids ... was for 23.6 million dollars".)
  ['cheapest', 'lowest'],
  // ("How many additional park wardens will the money pay for?": "would pay for 120 new rangers".)
  ['warden', 'wardens', 'ranger', 'rangers'],
  // ("What proportion of the bushes that were checked ...?": "38 percent of plants inspected".)
  ['checked', 'inspected', 'examined'],
  // ("Which organisation wants the boat checks pushed back?": "urged the authority to delay inspections".)
  ['check', 'checks', 'inspection', 'inspections'],
  // ("How many bottles could the unit fill each day?": "normally fills about 40 cylinders a day".)
  ['bottle', 'bottles', 'cylinder', 'cylinders'],
  // ("For how long had the machinery sat unused?": "an olive press that had stood idle for 12 years".)
  ['idle', 'unused', 'disused'],
  // ("how long has the grouper farmer been drawing water up from under his ponds": "has pumped water from deep beneath
  // his grouper ponds".)
  ['pump', 'pumps', 'pumped', 'pumping', 'drawing'],
  // ("How much does a one-way ticket cost these days?": "Fares on the route were raised to 9,000 won each way".)
  ['ticket', 'tickets', 'fare', 'fares'],
  // ("How much cash has the government earmarked ...?": "the government had set aside SRD 4.2 million for the repair".)
  ['earmark', 'earmarked', 'aside', 'allocated', 'allocate'],
  // ("When did the desalination units break down?": "Two of the three reverse-osmosis units ... failed on Aug. 22".)
  ['breakdown', 'breakdowns', 'failed', 'failure', 'failures', 'malfunction', 'malfunctioned'],
  // ("how far have reservations at the finca fallen for march": "bookings for March were down by about 40 percent".)
  ['reservation', 'reservations', 'booking', 'bookings'],
  // ("how big is the herd the farmer near Charmey milks?": "a 54-year-old farmer who milks 38 cows".)
  ['herd', 'herds', 'cow', 'cows', 'cattle'],
  ['flock', 'flocks', 'sheep'],
  // ("How many of the hill station's horses has the vet's team treated?": "had treated 63 ponies".)
  ['horse', 'horses', 'pony', 'ponies'],
  // ("When did Typhoon Kong-rey make landfall?": "The storm, which made landfall on Oct. 31".)
  ['storm', 'storms', 'typhoon', 'typhoons', 'hurricane', 'hurricanes', 'cyclone', 'cyclones'],
  // ("How much higher can the masons build the wall in a week?": "We can only add 40 to 60 centimetres of height a week".)
  ['higher', 'height'],
  // ("outside the admin offices": "outside the administration building".)
  ['admin', 'administration', 'administrative'],
  // ("how big is the membership of the group the queen mother leads": "The association has about 600 members.")
  ['membership', 'members'],
  // ("How much is the new monthly stall fee?": "Rents at the new market have risen from 300 meticais a month to 1,500
  // meticais".)
  ['fee', 'fees', 'rent', 'rents'],
  // ("how much is the fee": "has begun charging visitors €4 to walk around its 2,000-year-old Roman temple".)
  ['fee', 'fees', 'charge', 'charges', 'charging'],
  // ("how much does mutemba fork out each day just to get to work": "she now spends 60 meticais a day on minibus fares".)
  ['fork', 'spend', 'spends', 'spent'],
  // ("How thick is the layer of old tarmac being scraped off?": "crews would mill away 18 centimetres of old asphalt".)
  ['tarmac', 'asphalt'],
  // ("the going rate ... for two yards of the paler cloth": "now sells lighter blue cloth at 7,500 naira for two yards".)
  ['paler', 'lighter'],
  // ("How much is the seawall repair expected to cost?": "most of the estimated 3.8 billion yen ($25 million) repair bill".)
  ['cost', 'bill'],
  // ("So how much cash is the co-op hoping to borrow from the government?": "asked the Ministry ... for a loan of 50
  // million guaraníes".)
  ['borrow', 'borrowed', 'borrowing', 'loan', 'loans', 'lend', 'lending'],
  // ("Roughly how many trips into the Tatra park were logged in 2023?": "recorded about 4.5 million visits in 2023".)
  ['trip', 'trips', 'visit', 'visits'],
  // ("how much does a mokoro trip cost": "mokoro excursions ... at between $60 and $90 a day".)
  ['trip', 'trips', 'excursion', 'excursions', 'outing', 'outings'],
  // ("roughly how long does one cataract op take?": "12 to 15 procedures, each taking about 20 minutes".)
  ['op', 'ops', 'operation', 'operations', 'procedure', 'procedures', 'surgery', 'surgeries'],
  // ("For how long did Abdel-Rahman's dad work with a wood-burning kiln?": "My father fired with wood for 30 years".)
  ['dad', 'dads', 'father', 'fathers'],
  ['mum', 'mom', 'mums', 'moms', 'mother', 'mothers'],
  ['grandpa', 'grandfather'],
  ['grandma', 'granny', 'grandmother'],
  // ("how long is Ferreira's commute": "a trip of about 25 minutes by train".)
  ['commute', 'commutes', 'journey', 'journeys', 'trip', 'trips'],
  // ("Roughly how many finds has the team catalogued so far?": "recorded more than 1,800 objects".)
  ['catalogue', 'catalogued', 'catalog', 'cataloged', 'record', 'recorded'],
  // ("how long has the beer factory been sitting on the waterfront": "The brewery, which has stood on the seafront since
  // 1981".)
  ['waterfront', 'seafront'],
  // ("How long could the grace period for small food firms last?": "a transition period of 12 to 18 months".)
  ['grace', 'transition', 'transitional'],
  // ("Who argued that ex-miners ought to get the jobs filling in the pits?": "the council should hire former miners".)
  ['ex', 'former'],
  // ("how long has hadjiantoniou been doing needlework at that window": "threads a needle by the window of her shop, as
  // she has done for 41 years".)
  ['needlework', 'embroidery', 'needle'],
  // ("Which authority linked particles from wood burning to premature deaths?": "the agency said fine particles ...".)
  ['authority', 'agency'],
];

function stems(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.stem);
}

/**
 * stem -> related stems. Only single-word entries take part: the words of a
 * phrase like "united kingdom" would wrongly relate Britain to the United States.
 */
const RELATED = new Map<string, Set<string>>();
// A figure in words is the figure in digits: "about ten days" ~ "within 10 days", "12 boats" ~ "twelve boats".
// ("one" is left out: "no one", "one of them" are no figure.)
const FIGURE_WORDS = NUMBER_WORD.split('|').slice(1, 20).map((word, i) => [word, String(i + 2)]);
for (const group of [...GROUPS, ...FIGURE_WORDS]) {
  const all = group.filter((w) => !w.includes(' ')).flatMap(stems);
  for (const s of all) {
    const set = RELATED.get(s) ?? new Set<string>();
    for (const o of all) if (o !== s) set.add(o);
    RELATED.set(s, set);
  }
}

/** stem -> the nation it names ("indian" and "delhi" name India), by its place in NATION_GROUPS. */
const NATION = new Map<string, number>();
NATION_GROUPS.forEach((group, i) => {
  for (const s of group.filter((w) => !w.includes(' ')).flatMap(stems)) NATION.set(s, i);
});

/** Which nation a word's stem names, if any. */
export function nationOf(stem: string): number | undefined {
  return NATION.get(stem);
}

export interface Expansion {
  /** stem -> related stems. */
  related(stem: string): Iterable<string>;
}

/** Acronyms news writes without spelling them out, in the article's own "Long Name (ABC)" form. */
const WELL_KNOWN_ACRONYMS = [
  'International Monetary Fund (IMF)',
  'North Atlantic Treaty Organization (NATO)',
  'World Trade Organization (WTO)',
  'European Central Bank (ECB)',
  'Federal Bureau of Investigation (FBI)',
  'Central Intelligence Agency (CIA)',
  'Federal Aviation Administration (FAA)',
  'Environmental Protection Agency (EPA)',
  'Centers for Disease Control and Prevention (CDC)',
  'Organization of the Petroleum Exporting Countries (OPEC)',
  'National Health Service (NHS)',
  'Organization of American States (OAS)',
  // Hospital words readers type as letters ("trips to the ER").
  'Emergency Room (ER)',
  'Intensive Care Unit (ICU)',
];

/**
 * A thing and its local name of one word: "carts, known locally as bendi," (thing, then name), or "the muikku," Laine
 * said, using the Finnish name for vendace" (name, then thing). (Not "ash, known locally as black snow".)
 */
const LOCAL_NAME = /(\p{L}[\p{L}-]*),?\s+(?:known\s+locally|locally\s+known|known\s+here)\s+as\s+(?:the\s+|an?\s+)?["“]?(?!(?:la|las|le|les|el|los|al)\s)(\p{L}[\p{L}-]*)(?=["”]?(?:[,.;:)]|\s+(?:or|and)\s))|(\p{L}[\p{L}-]*)[,.]?["”]?,?\s+(?:[^.“”"]{0,40}?\s)?the\s+(?:\p{Lu}\p{Ll}+|local)\s+(?:name|word|term)\s+for\s+(?:the\s+)?(\p{L}[\p{L}-]*)/gu;

/**
 * Acronyms defined in the text, and well-known ones: "Long Name (ABC)" makes abc ~ long, name
 * ("the IMF" ~ "the International Monetary Fund").
 */
export function articleExpansion(articleTexts: readonly string[]): Expansion {
  const texts = [...articleTexts, ...(articleTexts.length ? WELL_KNOWN_ACRONYMS : [])];
  const local = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    const set = local.get(a) ?? new Set<string>();
    set.add(b);
    local.set(a, set);
  };
  for (const text of texts) {
    // A thing's local name, which readers may ask by: "the minibuses known locally as faba-faba", "the muikku," Laine
    // said, using the Finnish name for vendace". (Not the other way: the article's own word for it stays as telling as
    // it was, "How much will a short hop by tricycle cost?" of "Tricycles, known locally as keke".)
    for (const m of text.matchAll(LOCAL_NAME)) {
      const [thing, local] = (m[1] !== undefined ? [m[1], m[2]!] : [m[4]!, m[3]!]).map((w) => stem(w.toLowerCase())) as [string, string];
      add(local, thing);
    }
    for (const m of text.matchAll(/((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|the|for|and)\s+)*){1,6})\((\p{Lu}{2,8})\)/gu)) {
      const acr = stem(m[2]!.toLowerCase());
      const words = stems(m[1]!).filter((s) => s.length > 2);
      const initials = m[2]!.length;
      for (const w of words.slice(-Math.max(initials, 2))) {
        add(acr, w);
        add(w, acr);
      }
    }
  }
  return {
    *related(s: string) {
      yield* RELATED.get(s) ?? [];
      yield* local.get(s) ?? [];
    },
  };
}

export const NO_EXPANSION: Expansion = { related: () => [] };
export { stem };
