/**
 * A deterministic synthetic news corpus for the scale benchmark: ONE article
 * text (outlet line, headline, then many paragraphs) made of many short
 * "stories", each with its own cast (people with titles and roles,
 * organisations), place, topic, numbers, dates and quotations, so attribution,
 * retrieval and answer composition all have real work to do at any size.
 *
 * Same seed and size -> the same text and the same questions, byte for byte.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pick, seeded } from '../lib/rng.js';

/**
 * Everyday English words (GloVe frequency ranks 1,000 to 40,000, from the built-in
 * model's vocabulary), so the corpus vocabulary grows with its size as real news does.
 */
function wordList(): string[] {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/article-qa/glove-sif-100d/tokenizer.json');
  const vocab = (JSON.parse(readFileSync(file, 'utf8')) as { model: { vocab: Record<string, number> } }).model.vocab;
  return Object.entries(vocab)
    .filter(([w, id]) => id >= 1000 && id < 40_000 && /^[a-z]{4,}$/u.test(w))
    .sort((a, b) => a[1] - b[1])
    .map(([w]) => w);
}

let WORDS: string[] | null = null;

const FIRST_M = 'James Omar Luis Ahmed Pierre Kenji Samuel Viktor Daniel Rafael Tomas Ibrahim Marco Felix Arjun Mateo Yusuf Henrik Diego Pablo Karim Anders Lucas Nikolai Hassan Emeka Julian Stefan Mikhail Andres'.split(' ');
const FIRST_F = 'Maria Amina Sofia Elena Fatima Ingrid Priya Claire Yuki Leila Hannah Lucia Nadia Olga Grace Ines Zeynep Mei Carmen Aisha Laura Ana Chiara Rosa Salma Marta Julia Noor Esther Alice'.split(' ');
const LAST = (
  'Okafor Lindqvist Haddad Moreau Tanaka Petrov Castillo Novak Reyes Mensah Kowalski Bauer Rossi Quispe Farouk Nakamura Sandoval ' +
  'Jensen Ivanova Herrera Delgado Brennan Osei Varga Lambert Fischer Costa Yilmaz Sato Alvarez Dubois Nilsen Kaplan Barros Mwangi ' +
  'Horvat Ferreira Romero Ahmadi Lund Navarro Keller Demir Ortega Silva Marchetti Kariuki Weber Sousa Morales Akhtar Vidal Richter ' +
  'Santos Hoffmann Rahman Esposito Nowak Dimitrov Aguilar Ferrari Hansen Ochoa Bianchi Kruger Salazar Popescu Ruiz Mendes Aziz Bergstrom'
).split(' ');
/** Syllables for made-up surnames ("Valmoren", "Tesrakis"): many distinct people, as in real multi-story news. */
const SURNAME_HEAD = 'Al Bar Cor Dal Es Fen Gor Hal Il Jar Kel Lor Mar Nor Or Pal Quin Ros Sal Tor Ul Var Wen Yar Zel Bel Cas Dor Fal Gal'.split(' ');
const SURNAME_MID = 'a e i o u an en ar or el ir'.split(' ');
const SURNAME_TAIL = 'moren vak dis ston berg rakis lani sson ford nez via kov tani ssi mann dez ra lund ovic ek'.split(' ');
/** Share of people with a common real surname, which then recurs across stories (as "Smith" does in real news). */
const COMMON_SURNAME_SHARE = 0.05;

function surname(r: () => number): string {
  if (r() < COMMON_SURNAME_SHARE) return pick(r, LAST);
  return `${pick(r, SURNAME_HEAD)}${pick(r, SURNAME_MID)}${pick(r, SURNAME_TAIL)}`;
}

const PLACES = (
  'Lisbon Nairobi Lima Krakow Osaka Accra Valencia Bergen Izmir Cordoba Tbilisi Mombasa Porto Daegu Rosario Gdansk Leeds Lyon Turin ' +
  'Aarhus Kumasi Arequipa Sapporo Bilbao Antalya Malmo Graz Brno Cluj Varna Split Riga Tartu Vilnius Kaunas Basel Ghent Utrecht Seville ' +
  'Malaga Bologna Genoa Dresden Leipzig Bremen Tampere Oulu Uppsala Odense Cork Galway Belfast Cardiff Dundee Aberdeen Quito Cusco Recife'
).split(' ');
const REGIONS = 'Northern Province,Coastal District,Eastern Region,Central Valley,Western Highlands,Southern Delta'.split(',');
const ORG_HEADS = 'Harbour,Transport,Health,Energy,Water,Housing,Education,Finance,Agriculture,Labour,Fisheries,Railway,Mining,Tourism'.split(',');
const ORG_KINDS = ['Ministry of', 'Department of', 'Council for', 'Agency for', 'Authority for'];
const UNION_KINDS = ["Workers' Union", 'Employers Federation', 'Residents Association', 'Chamber of Commerce', 'Pilots Association'];
const ROLES = ['minister', 'spokesperson', 'director', 'chief executive', 'general secretary', 'deputy mayor', 'chairwoman', 'chairman', 'senior economist', 'lead engineer'];
const TITLES_M = ['Mr.', 'Dr.', 'Gen.', 'President', 'Minister', 'Mayor', 'Prof.'];
const TITLES_F = ['Ms.', 'Dr.', 'President', 'Minister', 'Mayor', 'Prof.', 'Mrs.'];
const TOPICS: Array<{ noun: string; plural: string; verb: string; issue: string }> = [
  { noun: 'port', plural: 'dockworkers', verb: 'walked off the job', issue: 'wages at the port' },
  { noun: 'budget', plural: 'teachers', verb: 'were laid off', issue: 'the city budget shortfall' },
  { noun: 'wildfire', plural: 'residents', verb: 'were evacuated', issue: 'the wildfire near the hills' },
  { noun: 'vaccine', plural: 'volunteers', verb: 'were enrolled', issue: 'the vaccine trial' },
  { noun: 'railway', plural: 'passengers', verb: 'were stranded', issue: 'delays on the railway' },
  { noun: 'election', plural: 'voters', verb: 'cast ballots', issue: 'the disputed election count' },
  { noun: 'flood', plural: 'families', verb: 'were displaced', issue: 'flooding along the river' },
  { noun: 'factory', plural: 'workers', verb: 'lost their jobs', issue: 'the closure of the factory' },
  { noun: 'hospital', plural: 'nurses', verb: 'went on strike', issue: 'staffing at the hospital' },
  { noun: 'drought', plural: 'farmers', verb: 'sold their cattle', issue: 'the long drought' },
  { noun: 'housing', plural: 'tenants', verb: 'were evicted', issue: 'rising rents in the centre' },
  { noun: 'airport', plural: 'flights', verb: 'were cancelled', issue: 'the new airport runway' },
  { noun: 'mine', plural: 'miners', verb: 'were trapped', issue: 'safety at the mine' },
  { noun: 'bridge', plural: 'commuters', verb: 'were diverted', issue: 'repairs to the old bridge' },
  { noun: 'fishery', plural: 'fishermen', verb: 'stayed ashore', issue: 'new fishing quotas' },
  { noun: 'school', plural: 'students', verb: 'were sent home', issue: 'the school meals programme' },
];
const CLAUSES = [
  'the plan would cost far more than the government had admitted',
  'talks would resume next week if both sides agreed to the terms',
  'the measures were necessary to protect jobs in the region',
  'nobody had been consulted before the decision was announced',
  'the figures showed a clear improvement over last year',
  'the money would be spent on repairs and new equipment',
  'the agreement was fair and should be signed without delay',
  'more inspectors were needed to enforce the new rules',
  'the delays had cost local businesses millions in lost trade',
  'an independent review would be published by the end of the year',
  'the government had ignored repeated warnings from experts',
  'residents deserved a clear answer about what happened',
];
const QUOTES = [
  'We will not accept a deal that leaves our members worse off',
  'This is the most serious crisis the region has faced in a decade',
  'Nobody should have to choose between their job and their safety',
  'We have done everything we can and we will keep working day and night',
  'The numbers speak for themselves and the trend is going in the right direction',
  'Our priority is to get people back into their homes as quickly as possible',
  'It is simply not true that we ignored the warnings',
  'We need a long-term solution, not another emergency patch',
  'Every family affected by this will receive support from the state',
  'I have never seen anything like this in thirty years of service',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

interface Person {
  first: string;
  last: string;
  title: string;
  role: string;
  he: 'He' | 'She';
}

interface Story {
  place: string;
  org: string;
  union: string;
  topic: (typeof TOPICS)[number];
  people: Person[];
  count: number;
  money: number;
  percent: number;
  month: string;
  day: number;
  year: number;
  weekday: string;
  quote: string;
  clause: string;
}

export interface ScaleQuestion {
  question: string;
  /** What the question targets (for reading the results): a speaker, a number, a date ... */
  kind: string;
}

export interface Corpus {
  text: string;
  /** Sentences (passages) generated, headline included. */
  sentences: number;
  paragraphs: number;
  questions: ScaleQuestion[];
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function makeStory(r: () => number): Story {
  const people: Person[] = [];
  for (let i = 0; i < 3; i++) {
    const female = r() < 0.5;
    people.push({
      first: pick(r, female ? FIRST_F : FIRST_M),
      last: surname(r),
      title: pick(r, female ? TITLES_F : TITLES_M),
      role: pick(r, ROLES),
      he: female ? 'She' : 'He',
    });
  }
  const place = pick(r, PLACES);
  return {
    place,
    org: `${pick(r, ORG_KINDS)} ${pick(r, ORG_HEADS)}`,
    union: `${place} ${pick(r, UNION_KINDS)}`,
    topic: pick(r, TOPICS),
    people,
    count: 50 + Math.floor(r() * 9950),
    money: 1 + Math.floor(r() * 900),
    percent: 2 + Math.floor(r() * 60),
    month: pick(r, MONTHS),
    day: 1 + Math.floor(r() * 28),
    year: 2015 + Math.floor(r() * 10),
    weekday: pick(r, DAYS),
    quote: pick(r, QUOTES),
    clause: pick(r, CLAUSES),
  };
}

/** The paragraphs of one story: 2-3 sentences each, about 12 sentences in all. */
function storyParagraphs(s: Story, r: () => number): string[][] {
  const [a, b, c] = s.people as [Person, Person, Person];
  const t = s.topic;
  const paras: string[][] = [
    [
      `More than ${fmt(s.count)} ${t.plural} ${t.verb} in ${s.place} on ${s.weekday}, as the dispute over ${t.issue} deepened.`,
      `The ${s.org} said the situation in the ${pick(r, REGIONS)} was under control.`,
    ],
    [
      `“${s.quote},” ${a.title} ${a.first} ${a.last}, the ${a.role} of the ${s.org}, told reporters in ${s.place}.`,
      `${a.he} said ${s.clause}.`,
      `${a.last} is ${a.role === 'minister' ? 'the minister' : `the ${a.role}`} responsible for the ${t.noun}.`,
    ],
    [
      `The ${s.union} said ${pick(r, CLAUSES)}, and that its members would meet again on ${s.month} ${s.day}.`,
      `${b.first} ${b.last}, a spokesperson for the ${s.union}, said the offer of $${s.money} million was “${pick(r, ['an insult', 'a good start', 'not enough', 'too little, too late'])}.”`,
    ],
    [
      `According to the ${s.org}, the number of ${t.plural} affected rose by ${s.percent} percent in ${s.year}.`,
      `Officials in ${s.place} warned that ${pick(r, CLAUSES)}.`,
      `The ${t.noun} has been a source of tension since ${pick(r, MONTHS)} ${s.year - 1}.`,
      `Witnesses in ${s.place} described ${pick(r, WORDS!)}, ${pick(r, WORDS!)} and ${pick(r, WORDS!)} near the ${t.noun}.`,
    ],
    [
      `${c.title} ${c.first} ${c.last}, who chairs the regional council, urged both sides to return to talks before the end of the month.`,
      `“${pick(r, QUOTES)},” ${c.he.toLowerCase()} said.`,
    ],
  ];
  return paras;
}

/**
 * Generates an article of about `passages` sentences (headline included).
 * `questions` are drawn from stories spread over the whole text.
 */
export function generateCorpus(passages: number, seed = 42, questionCount = 40): Corpus {
  WORDS ??= wordList();
  const r = seeded(seed ^ passages);
  const out: string[] = ['By Bench Wire', 'Regional news digest: strikes, floods, budgets and talks across many cities'];
  let sentences = 1;
  let paragraphs = 0;
  const stories: Story[] = [];
  while (sentences < passages) {
    const s = makeStory(r);
    stories.push(s);
    for (const p of storyParagraphs(s, r)) {
      const take = p.slice(0, Math.max(1, passages - sentences));
      out.push(take.join(' '));
      sentences += take.length;
      paragraphs++;
      if (sentences >= passages) break;
    }
  }
  const qr = seeded(seed * 7 + passages);
  const questions: ScaleQuestion[] = [];
  const forms: Array<(s: Story) => ScaleQuestion> = [
    (s) => ({ question: `What did ${s.people[0]!.first} ${s.people[0]!.last} say?`, kind: 'what-said' }),
    (s) => ({ question: `Who said ${s.quote.charAt(0).toLowerCase()}${s.quote.slice(1, 60).replace(/\s+\S*$/u, '')}?`, kind: 'who-said' }),
    (s) => ({ question: `How many ${s.topic.plural} ${s.topic.verb} in ${s.place}?`, kind: 'how-many' }),
    (s) => ({ question: `When will the ${s.union} meet again?`, kind: 'when' }),
    (s) => ({ question: `Where did ${s.people[0]!.last} speak to reporters?`, kind: 'where' }),
    (s) => ({ question: `Who is ${s.people[2]!.first} ${s.people[2]!.last}?`, kind: 'role' }),
    (s) => ({ question: `What did the ${s.union} say about the offer?`, kind: 'what-said' }),
    (s) => ({ question: `Why are ${s.topic.plural} in ${s.place} angry about ${s.topic.issue}?`, kind: 'why' }),
  ];
  for (let i = 0; i < questionCount; i++) {
    const s = stories[Math.floor(((i + qr()) / questionCount) * stories.length)] ?? stories[0]!;
    questions.push(forms[i % forms.length]!(s));
  }
  questions.push({ question: 'What is the weather like on Mars?', kind: 'out-of-scope' });
  questions.push({ question: 'Who won the football world cup?', kind: 'out-of-scope' });
  return { text: `${out.join('\n\n')}\n`, sentences, paragraphs, questions };
}
