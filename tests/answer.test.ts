import { beforeAll, describe, expect, it } from 'vitest';
import { formatPlain, QAEngine } from '../src/answer/engine.js';
import { CLOSEST_LINE } from '../src/answer/index.js';
import { loadArticle, parseArticle, type Article } from '../src/article/index.js';
import { loadEmbedder, type Embedder } from '../src/embeddings/index.js';
import { extractStatements } from '../src/attribution/index.js';
import { analyzeQuestion } from '../src/retrieval/index.js';

let engine: QAEngine;
/** An engine over one more article, with the built-in model loaded once for the file. */
let builtIn: Promise<Embedder> | null = null;
async function engineOf(article: Article): Promise<QAEngine> {
  builtIn ??= loadEmbedder({ model: 'article-qa/glove-sif-100d' });
  return QAEngine.create(article, await builtIn, { cacheDir: null });
}
/** An engine over a held-out set's article, by set number and slug. */
function heldoutEngine(set: number, slug: string): Promise<QAEngine> {
  return loadArticle(`tests/fixtures/heldout${set}/articles/${slug}.txt`).then(engineOf);
}
beforeAll(async () => {
  engine = await QAEngine.load({ articlePath: 'data/article.txt', model: 'article-qa/glove-sif-100d', offline: true, cacheDir: null });
});

describe('answers about the Rudaw article', () => {
  it('names the speaker of a who-said question and quotes the statement verbatim with its paragraph', async () => {
    const a = await engine.ask('Who said foreign troops must leave Iraq?');
    expect(a.inScope).toBe(true);
    expect(a.speaker).toBe('Hadi al-Amiri');
    expect(a.answerLine).toMatch(/^Hadi al-Amiri, head of the political Fatih alliance/u);
    expect([1, 2]).toContain(a.citations[0]!.paragraph);
    for (const c of a.citations) expect(engine.article.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('names Macron for the quotation that only says "he said"', async () => {
    const a = await engine.ask('Who said “no matter the choice the US makes”?');
    expect(a.speaker).toBe('Emmanuel Macron');
    expect(a.citations[0]!.paragraph).toBe(4);
    expect(a.citations[0]!.text).toMatch(/he said\.$/u);
  });

  it('reads a what-did-X-say question after a greeting, and "tell Rudaw" as who was told, not the topic', async () => {
    const greeted = await engine.ask('hi <script>alert(1)</script> what did Amiri say?');
    expect(greeted.speaker).toBe('Hadi al-Amiri');
    expect(greeted.kind).toBe('what-said');
    const told = await engine.ask('What did the French delegation member tell Rudaw?');
    expect(told.answerLine).toBe('A member of the French delegation said:');
    expect(told.citations[0]!.paragraph).toBe(5);
  });

  it('answers a who-said question put in other words with the closest statement, and says it is not in those words', async () => {
    const a = await engine.ask("who said iraq's own forces can't really cope with terror attacks or a return of isis?");
    expect(a.inScope).toBe(true);
    expect(a.speaker).toBe('Safeen Dizayee');
    expect(a.answerLine).toMatch(/^Not in those words, but the closest is what Safeen Dizayee, head of .+, said:$/u);
    expect(a.citations[0]!.text).toMatch(/national forces are\snot equipped\sto handle terrorist attacks/u);
    expect(a.citations[0]!.paragraph).toBe(9);
    // Nothing any speaker said comes close: still refused.
    expect((await engine.ask('Who said the earth is flat?')).inScope).toBe(false);
  });

  it('writes the topic of "what did X say about ..." in the article\'s own case', async () => {
    expect((await engine.ask('what did macron say about isis')).answerLine).toBe('President Emmanuel Macron on ISIS:');
    expect((await engine.ask('what did the french president say about the americans')).answerLine).toBe('President Emmanuel Macron on the Americans:');
  });

  it('lists everything Macron said, in article order, each cited', async () => {
    const a = await engine.ask('What did Macron say?');
    expect(a.kind).toBe('what-said');
    expect(a.speaker).toBe('Emmanuel Macron');
    expect(a.answerLine).toBe('President Emmanuel Macron is quoted 3 times:');
    expect(a.citations.map((c) => c.paragraph)).toEqual([1, 3, 4]);
  });

  it('answers how many, when and where with the number, date or place', async () => {
    expect((await engine.ask('How many foreign soldiers are in Iraq?')).answerLine).toMatch(/^3,500 foreign soldiers/u);
    expect((await engine.ask('how many american troops are in iraq')).answerLine).toMatch(/^2,500/u);
    expect((await engine.ask('By what date must foreign troops leave?')).answerLine).toMatch(/December 31|end of the year/u);
    expect((await engine.ask('Where did Amiri make his comments?')).answerLine).toMatch(/Rafidain Center|Baghdad/u);
    expect((await engine.ask('what does RCD stand for')).answerLine).toBe('RCD stands for Rafidain Center for Dialogue.');
  });

  it('answers a yes/no question the article puts in other words with the closest passage, and says so', async () => {
    const direct = await engine.ask('does amiri want all foreign troops out of iraq by the end of the year');
    expect(direct.answerLine).toBe('Hadi al-Amiri said:');
    // "Keeping" is "will stay" in the article: the reply must not read as if the passage answered it in so many words.
    const staying = await engine.ask('is france keeping its troops in iraq');
    expect(staying.answerLine).toBe(CLOSEST_LINE);
    expect(staying.speaker).toBeNull();
    expect(staying.citations.length).toBe(1);
    // Nothing says Macron met Amiri, nor uses a word for meeting: the article doesn't say.
    const meeting = await engine.ask('did macron meet amiri in baghdad');
    expect(meeting.inScope).toBe(false);
    expect(meeting.citations).toEqual([]);
  });

  it('does not take a loosely near word for what a yes/no question asks happened: "killed" is not "arrested"', async () => {
    const t = parseArticle(`Source: AP

Inquiry blames worn brakes for bus crash

SHIMLA, India (AP) - A state inquiry has blamed worn brakes and overloading for a bus crash in Himachal Pradesh in October.

The driver, who was among the 27 people killed, had been at the wheel for 14 hours. The report recommends criminal proceedings against the bus owner and two transport officials.`);
    const te = await engineOf(t);
    const arrested = await te.ask('Has the bus owner been arrested?');
    expect(arrested.inScope).toBe(false);
    expect(arrested.citations).toEqual([]);
    expect((await te.ask('Has the report recommended proceedings against the bus owner?')).inScope).toBe(true);
  });

  it('reads "when is the deadline" as about the article\'s own deadline, but a bare "when" as unclear', async () => {
    expect((await engine.ask('when is the deadline')).answerLine).toMatch(/end of the year|December 31/u);
    expect((await engine.ask("what's the deadline for troops to leave")).answerLine).toMatch(/end of the year|December 31/u);
    expect((await engine.ask('when')).kind).toBe('unclear');
    const flight = parseArticle(`Source: Test Wire\n\nFlight diverts to Shannon after smoke fills cabin\n\nSHANNON, Ireland (Test Wire) — A passenger jet bound for Chicago made an emergency landing at Shannon Airport on Tuesday after smoke filled the cabin, the airline and Irish authorities said.`);
    const fe = await engineOf(flight);
    expect((await fe.ask('when did it happen')).answerLine).toBe('On Tuesday.');
    expect((await fe.ask('what did the airline say')).answerLine).toMatch(/^The airline/u);
  });

  it('names the agent of a who-did question and gives a cause whole, abbreviations and all', async () => {
    expect((await engine.ask('who killed soleimani')).answerLine).toBe('The US.');
    expect((await engine.ask('who assassinated soleimani')).answerLine).toBe('The US.');
    expect((await engine.ask('why did the attacks increase')).answerLine).toMatch(/^After the US assassinated Iranian Gen\. Qasem Soleimani and PMF deputy commander/u);
    expect((await engine.ask('who attacked us interests')).answerLine).toMatch(/^\p{Lu}/u);
  });

  it('says plainly when the article does not cover a question, quotes nothing, and suggests what it does cover', async () => {
    for (const q of ['What did Joe Biden say?', 'Who won the 2022 World Cup?', 'What is the capital of Australia?', 'How many British soldiers are stationed in Iraq?']) {
      const a = await engine.ask(q);
      expect(a.inScope, q).toBe(false);
      expect(a.citations, q).toEqual([]);
      expect(a.suggestions.length, q).toBeGreaterThan(0);
    }
    for (const s of engine.examples()) expect((await engine.ask(s)).inScope, s).toBe(true);
  });
});

describe('questions about the article as a whole', () => {
  it('lists who is quoted, most quoted first, each with something they said', async () => {
    for (const q of ['Who is quoted in the article?', 'who are the main people in this story', 'list the speakers', 'who spoke']) {
      const a = await engine.ask(q);
      expect(a.inScope, q).toBe(true);
      expect(a.answerLine, q).toMatch(/^The article quotes .*Emmanuel Macron.*Hadi al-Amiri.* and Safeen Dizayee/u);
      expect(a.citations.length, q).toBe(3);
    }
    // A question about one topic is not a request for the list.
    expect((await engine.ask('who is quoted about the budget')).answerLine).not.toMatch(/^The article quotes/u);
  });

  it('reads "what is this about" as the story\'s summary, and "the company" as the company quoted, named by its description', async () => {
    expect((await engine.ask('what is this about')).answerLine).toBe('Hadi al-Amiri says all foreign troops must leave Iraq by year’s end.');
    const t = parseArticle(`Source: Reuters

Farmers sue copper miner

COPIAPÓ, Chile — Farmers have filed a lawsuit against copper producer Minera Loma Roja.

Minera Loma Roja, a unit of Toronto-listed Andes Metals Corp, said in a statement that it operated within its permits.`);
    const te = await engineOf(t);
    expect((await te.ask('what does the company say')).speaker).toBe('Minera Loma Roja');
  });

  it('answers "what happens next" with what the article says is to come, strongest first, quoted in order', async () => {
    const t = parseArticle(`Source: Reuters

Farmers sue copper miner

COPIAPÓ, Chile — Farmers have filed a lawsuit against a copper miner, accusing it of draining the aquifer.

The company said it would respect whatever the court decides.

Lawyers for the plaintiffs said the court was expected to decide within 60 days. A first hearing has been set for Nov. 20.

“We will keep fighting,” said a farmer.`);
    const te = await engineOf(t);
    const a = await te.ask('what happens next?');
    expect(a.answerLine).toBe('What comes next, as the article tells it:');
    expect(a.citations.map((c) => c.text)).toEqual(['Lawyers for the plaintiffs said the court was expected to decide within 60 days.', 'A first hearing has been set for Nov. 20.']);
    // Reported in the past tense: "growth was expected to reach 5.4% this year".
    const bank = await engineOf(parseArticle("Kenya holds rates\n\nNAIROBI, Jan 14 (Reuters) - Kenya's central bank kept its rate at 10.75%.\n\nThe committee said growth was expected to reach 5.4% this year."));
    expect((await bank.ask('what happens next')).citations[0]?.text).toBe('The committee said growth was expected to reach 5.4% this year.');
    const none = await engineOf(parseArticle('Council backs bridge\n\nThe council voted on Monday to build a new bridge.'));
    expect((await none.ask('what happens next')).answerLine).toMatch(/^The article doesn't say what happens next\./u);
  });

  it('answers where and when "this" happened from the story itself', async () => {
    expect((await engine.ask('where is this happening?')).answerLine).toBe('In Iraq.');
    expect((await engine.ask('when did this happen')).answerLine).toBe('Late on Tuesday.');
  });
});

describe('retrieval prefers the passage that holds all of the question', () => {
  it('reads the place and the date from the sentence with every asked word, not one that repeats a single one', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout16/articles/greece-thessaloniki-bus-strike.txt'));
    const rally = await bus.ask('Where did the drivers hold their rally?');
    expect(rally.answerLine).toBe('In the western district of Stavroupoli.');
    expect(rally.citations[0]!.paragraph).toBe(4);
    const frog = await engineOf(await loadArticle('tests/fixtures/heldout15/articles/tanzania-udzungwa-frog-species.txt'));
    const published = await frog.ask('when was the study published');
    expect(published.answerLine).toBe('On Wednesday, October 15.');
    expect(published.citations[0]!.paragraph).toBe(2);
  });
});

describe('figures and dates read the way news writes them', () => {
  const text = `Source: Test Wire

Regulator halts syrup plant; lower house passes housing bill

DHAKA — A team of six inspectors visited the plant on Oct. 21 and 22 and found 17 deficiencies.

The company had been ordered to recall 11 batches, about 380,000 bottles, of two paracetamol syrups and a cough syrup.

A pharmacy owner said his staff had taken about 60 bottles of syrup off the shelves on Sunday.

The bill passed the 200-seat Chamber of Deputies by 104 votes to 78, with 18 deputies absent.

The club still owed 3.4 billion guaraníes (about $430,000) in unpaid wages to former players.

The ministry said the Al Amal 3 had been carrying 26 life jackets when it was last inspected.

KOŠICE, Slovakia — Eighteen wagons of a freight train derailed near the village of Slanec early on Thursday.

Formosan black bears are listed as endangered, with an estimated 200 to 600 remaining in the wild.

The federation said about 230,000 of the country's 330,000 state teachers had stopped work.

Revenue for the quarter fell 11% to $6.4 billion.

Kremer’s former chief financial officer, Sandra Feller, 45, is being tried alongside him on forgery charges.`;
  let te: QAEngine;
  beforeAll(async () => {
    te = await engineOf(parseArticle(text));
  });

  it('counts what "how many X of Y" counts (the bottles, not the syrups), and not a number that is part of a compound ("200-seat") or a name ("the Al Amal 3")', async () => {
    expect((await te.ask('How many bottles of syrup are being recalled?')).answerLine).toBe('About 380,000 bottles.');
    expect((await te.ask('How many votes did the bill get in the Chamber of Deputies?')).answerLine).toBe('104 votes.');
    // ("the Al Amal 3": a number that is part of a name.)
    expect((await te.ask('how many life jackets did the boat have at its last inspection')).answerLine).toBe('26 life jackets.');
  });

  it('reads number words past twelve, a range as one figure, and a part before its whole', async () => {
    expect((await te.ask('how many wagons derailed')).answerLine).toBe('Eighteen wagons.');
    expect((await te.ask('How many Formosan black bears are left in the wild?')).answerLine).toBe('200 to 600 remaining.');
    expect((await te.ask('how many teachers went on strike according to the federation')).answerLine).toBe("About 230,000 of the country's 330,000 state teachers.");
    // (Not a range: a change to a level.)
    expect((await te.ask('how much did revenue fall')).answerLine).toBe('11%.');
  });

  it('describes someone who never speaks by the role written before their name', async () => {
    expect((await te.ask('who is Sandra Feller')).answerLine).toBe('Sandra Feller: Kremer’s former chief financial officer, 45 years old.');
  });

  it('answers "when did it start" with the date the article gives as a start ("beginning on Jan. 5, 2023")', async () => {
    const trial = await engineOf(await loadArticle('tests/fixtures/articles/vaccine-trial.txt'));
    expect((await trial.ask('When did the trial start?')).answerLine).toBe('On Jan. 5, 2023.');
  });

  it('reads two days as one date, and a currency it does not know by its conversion in brackets', async () => {
    expect((await te.ask('When did inspectors visit the plant?')).answerLine).toBe('On Oct. 21 and 22.');
    const owed = await te.ask('how much does the club owe former players in wages');
    expect(owed.inScope).toBe(true);
    expect(owed.answerLine).toBe('3.4 billion guaraníes.');
  });
});

describe('bad input never throws and always gets a clear answer', () => {
  const bad: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', ' \n\t  '],
    ['10,000 characters', 'Who said foreign troops must leave Iraq? '.repeat(250)],
    ['emoji', '🤔🔥🇮🇶'],
    ['Arabic', 'من قال إن القوات الأجنبية يجب أن تغادر العراق؟'],
    ['Kurdish (Sorani)', 'کێ وتی هێزە بیانییەکان دەبێت عێراق جێبهێڵن؟'],
    ['HTML', '<b>Who</b> said <script>alert(1)</script> troops must leave?'],
    ['Markdown', '**What** did _Macron_ say? [link](http://x)'],
    ['control characters', 'What\u0000 did\u0007 Macron\u001b[31m say?\u200b'],
    ['not a string', undefined as unknown as string],
  ];
  for (const [name, input] of bad) {
    it(name, async () => {
      const a = await engine.ask(input);
      const text = formatPlain(a, engine.article);
      expect(text.length).toBeGreaterThan(10);
      expect(text.length).toBeLessThan(3500);
      for (const c of a.citations) expect(engine.article.text.slice(c.start, c.end)).toBe(c.text);
    });
  }

  it('reads markup and control characters as the words they carry', async () => {
    expect((await engine.ask('**What** did _Macron_ say?')).speaker).toBe('Emmanuel Macron');
    expect((await engine.ask('<b>Who</b> said foreign troops must leave Iraq?')).speaker).toBe('Hadi al-Amiri');
    expect((await engine.ask('What\u0000 did\u0007 Macron say?\u200b')).speaker).toBe('Emmanuel Macron');
  });

  it('cuts a very long question and says so', async () => {
    const a = await engine.ask('Who said foreign troops must leave Iraq? '.repeat(250));
    expect(a.notice).toMatch(/only its first \d+ characters were read/u);
    expect(a.speaker).toBe('Hadi al-Amiri');
    // A question followed by pasted chatter: the question is what is read, not the chatter around it.
    const chatty = await engine.ask(`Who said foreign troops must leave Iraq? ${'I read this story this morning and I keep thinking about it. '.repeat(80)}`);
    expect(chatty.notice).toMatch(/only its first \d+ characters were read/u);
    expect(chatty.speaker).toBe('Hadi al-Amiri');
  });

  it('asks for words when there are none, and greets back', async () => {
    expect((await engine.ask('🤔🔥')).kind).toBe('empty');
    expect((await engine.ask('hello')).kind).toBe('greeting');
    expect((await engine.ask('من قال')).inScope).toBe(false);
  });
});

describe('answers on any article: figures, roles, places and countries written the way chat users write them', () => {
  const text = `Source: Test Wire

Fishing nations agree quota deal as a rare calf is born

BERGEN, Norway (Test Wire) — The calf, weighing about 25 kilograms, was born on Saturday, the Ministry of Environment and Forestry said. The species is thought to number fewer than 50 animals in the wild.

Opener Dinesh Wickramaratne made 167 off 281 balls. Each member of the squad would receive a bonus of 2 million rupees for the series win. Violators face a $100 fine for a first offense and up to $500 for repeat offenses. At a public hearing Monday night, more than 300 residents packed the council chambers.

Arne Tvedt, who fishes out of Alesund, said that he expected to lose about 1.2 million kroner in revenue next year.

Pierre-Antoine Lemaire, the EU’s chief negotiator, said the agreement would give fleets in Ireland, Denmark and the Netherlands “predictability they have not had for a generation.”

Head coach Ruwan Jayasekera, a former wicketkeeper, said the squad trained hard. Councilmember Rachel Ostrander, who sponsored the measure, said the rules were fair.

"You're asking a three-man company to throw out everything it owns," said Miguel Ayala, who runs a lawn care business in the city's South End.

A Faroese government spokesperson said the islands had been offered “a share that ignores where the mackerel actually swim.”`;
  let e: QAEngine;
  beforeAll(async () => {
    e = await engineOf(parseArticle(text, 'test'));
  });

  it('states the figure with its qualifier and unit: weights, money in any currency, fines', async () => {
    expect((await e.ask('how much did the calf weigh')).answerLine).toBe('About 25 kilograms.');
    expect((await e.ask('How many are left in the wild?')).answerLine).toMatch(/^Fewer than 50 animals/u);
    expect((await e.ask('How much money does Arne Tvedt expect to lose?')).answerLine).toMatch(/^About 1\.2 million kroner/u);
    // "whats" without its apostrophe is still "what's".
    expect((await e.ask('whats the fine for a first offense')).answerLine).toMatch(/^\$100 fine/u);
    // What is counted ("runs") may go unsaid: the number is what the subject did. "How big" asks for money here.
    expect((await e.ask('how many runs did Wickramaratne make')).answerLine).toBe('167.');
    expect((await e.ask('How big is the bonus for each player?')).answerLine).toBe('2 million rupees.');
    // "people" counts residents; the counted noun ends at its verb ("showed up"), the figure's tail at "packed".
    expect((await e.ask('how many people showed up to the hearing')).answerLine).toBe('More than 300 residents.');
  });

  it('reads a vote score, a span of time and a fall for what they are, not as counts', async () => {
    const v = parseArticle(`Source: Test Wire\n\nCouncil phases out gas leaf blowers\n\nTACOMA — The City Council voted 6-3 late Tuesday to phase out gas leaf blowers. Running a commercial gas blower for one hour produces as much smog as driving a car 1,000 miles.\n\nRevenue for the three months to Jan. 31 fell 11% to $6.4 billion, the company said.\n\nThe Organization of American States observer mission said it had found no evidence of fraud.`);
    const ve = await engineOf(v);
    const blowers = await ve.ask('how many gas leaf blowers are there in tacoma');
    expect(blowers.answerLine).not.toMatch(/^(?:3|6|One)\b/u);
    expect((await ve.ask('what was the vote')).citations[0]!.text).toMatch(/voted 6-3/u);
    expect((await ve.ask('how much did revenue fall')).answerLine).toBe('11%.');
    expect((await ve.ask('What did the OAS observers say?')).speaker).toBe('The Organization of American States observer mission');
  });

  it('reads when-questions for their tense and where-questions for their direction', async () => {
    const v = parseArticle(`Source: Test Wire\n\nMalaria trial and tenants' march\n\nIn the trial the vaccine was given to 4,800 children, beginning on Jan. 5, 2023.\n\nDr. Wanjiru added that a larger trial in four more countries would begin in March.\n\nThe strike would be the first full stoppage at the port since 2022. Union leader Marsh said on Thursday that the dockworkers would strike from Monday, March 3.\n\nMembers of the tenants' movement said they would march again on Saturday, from Rossio square to the prime minister’s residence.`);
    const ve = await engineOf(v);
    expect((await ve.ask('When did the trial start?')).answerLine).toBe('On Jan. 5, 2023.');
    expect((await ve.ask('When does the strike start?')).answerLine).toBe('From Monday, March 3.');
    expect((await ve.ask('Where will the tenants march to on Saturday?')).answerLine).toBe('To the prime minister’s residence.');
    expect((await ve.ask('where will the tenants march from')).answerLine).toBe('From Rossio square.');
  });

  it('holds a name typed in lower case to the paragraph it answers from, as if capitalised', async () => {
    const v = parseArticle(`Source: Test Wire\n\nPeru runoff too close to call\n\nMariana Ochoa led rural schoolteacher Julio Quispe by just 61,400 votes out of 18.6 million cast.\n\nQuispe told a rally in Cusco that his campaign would not accept any result until every ballot was counted.\n\nOutgoing President Luis Cardenas has not endorsed either candidate.\n\nThe winner is due to be sworn in on July 28.`);
    const ve = await engineOf(v);
    expect((await ve.ask('how many votes did quispe get in cusco')).inScope).toBe(false);
    expect((await ve.ask('How many votes did Quispe get in Cusco?')).inScope).toBe(false);
    expect((await ve.ask('how many votes is ochoa ahead by')).answerLine).toMatch(/^Just 61,400 votes/u);
    // A title the article capitalises ("President Luis Cardenas") is not a name to hold the answer to.
    expect((await ve.ask('when will the new president be sworn in')).answerLine).toBe('On July 28.');
  });

  it('answers ages, a pledged sum, and the date of the event asked about rather than of another', async () => {
    const v = parseArticle(`Source: Test Wire\n\nRare rhino calf born\n\nWAY KAMBAS, Indonesia (Test Wire) — A Sumatran rhinoceros gave birth to a healthy female calf at a sanctuary on Saturday, officials said.\n\nThe calf was born to an 18-year-old female named Sari. It is the fifth calf born at the sanctuary since it opened in 1998.\n\nEnvironment Minister Hendra Saputra said the birth proved that breeding works and pledged an extra 15 billion rupiah for the program.\n\n"They are just pictures on a school wall," said Agus Sutrisno, 31, a motorcycle taxi driver.`);
    const ve = await engineOf(v);
    expect((await ve.ask('how old is sari')).answerLine).toBe('18 years old.');
    expect((await ve.ask('how old is agus sutrisno')).answerLine).toBe('31 years old.');
    // The answer is what he said he would give, not a figure to discount for standing in a statement.
    expect((await ve.ask('how much money did the government pledge')).answerLine).toBe('15 billion rupiah.');
    // "since it opened in 1998" dates another event.
    expect((await ve.ask('when was the calf born')).answerLine).toBe('On Saturday.');
    // A speaker the article writes in lower case still starts the answer line with a capital.
    expect((await ve.ask('is the calf healthy')).answerLine).toMatch(/^\p{Lu}/u);
  });

  it('finds a venue named by its town ("a Fredericton hotel") and a district "of" its name, and takes "according to" for no place', async () => {
    const t = await engineOf(parseArticle(`Source: Test Wire

Teachers ratify deal; police raid federation

FREDERICTON — New Brunswick teachers have reached a deal on pay.

The deal was reached shortly after midnight following a 19-hour bargaining session at a Fredericton hotel, according to the New Brunswick Teachers' Federation.

Police searched the Peruvian Football Federation's offices in the Lima district of San Luis on Tuesday.`));
    expect((await t.ask('Where was the deal negotiated?')).answerLine).toBe('At a Fredericton hotel.');
    expect((await t.ask("where are the federation's offices")).answerLine).toBe('In the Lima district of San Luis.');
  });

  it('reads "five-year deal" as a span and finds a venue in lower case, in the tense asked about', async () => {
    const v = parseArticle(`Source: Test Wire\n\nMackerel deal agreed\n\nUnder the five-year deal, reached after three days of talks at a hotel overlooking Bergen's harbor, Norway will take 32.5% of the catch.\n\nNegotiators will meet again in London in October to set next year's total catch.`);
    const ve = await engineOf(v);
    expect((await ve.ask('how long does the deal last')).answerLine).toBe('Five-year deal.');
    expect((await ve.ask('where were the talks held')).answerLine).toBe("At a hotel overlooking Bergen's harbor.");
    expect((await ve.ask('where will they meet next')).answerLine).toMatch(/^In London/u);
  });

  it('picks the figure whose own clause matches, reads "how far", and dates a start by "since"', async () => {
    const v = parseArticle(`Source: Test Wire\n\nJudge halts new wells\n\nPHOENIX (Test Wire) — A judge on Tuesday blocked an exporter from drilling eight new irrigation wells, ruling that regulators had failed to consider the aquifer.\n\nResidents said that at least 12 domestic wells in the area had failed since 2021, forcing some families to haul water from Quartzsite, about 25 miles away.\n\nThe budget would eliminate 212 vacant city positions and raise the property tax levy by 3.2%.`);
    const ve = await engineOf(v);
    expect((await ve.ask('how many wells have failed')).answerLine).toBe('At least 12 domestic wells.');
    expect((await ve.ask('how far do families haul water')).answerLine).toBe('About 25 miles away.');
    // A speed answers "how fast", not the fire's area.
    const fire = parseArticle(`Source: Test Wire\n\nFire grows\n\nThe blaze has burned 38,600 acres since Sunday.\n\nReyes said wind gusts of up to 60 miles per hour (97 kph) were forecast through Thursday.`);
    const fe = await engineOf(fire);
    expect((await fe.ask('how fast is the wind')).answerLine).toBe('Up to 60 miles per hour.');
    expect((await fe.ask('how big is the fire')).answerLine).toBe('38,600 acres.');
    expect((await ve.ask('when did the wells start failing')).answerLine).toBe('Since 2021.');
    const sold = parseArticle(`Source: Test Wire\n\nChargers recalled\n\nThe recall covers a battery pack that sold for £29.99 between March 2023 and June 2024.`);
    const se = await engineOf(sold);
    expect((await se.ask('when were they sold')).answerLine).toBe('Between March 2023 and June 2024.');
    // A range is one figure, and a forecast ("could fall") does not answer what fell.
    const rain = parseArticle(`Source: Test Wire\n\nFloods swamp towns\n\nAt least 4,300 people have been evacuated across the region, the ministry said.\n\nThe weather institute said a further 40 to 60 millimetres of rain could fall before Tuesday morning.`);
    const re = await engineOf(rain);
    expect((await re.ask('how many people were evacuated')).answerLine).toBe('At least 4,300 people.');
    expect((await re.ask('how much more rain could fall')).answerLine).toBe('40 to 60 millimetres.');
    expect((await re.ask('how much rain fell')).inScope).toBe(false);
    // "and raise the property tax levy" is another clause than 212's.
    expect((await ve.ask('how much are property taxes going up')).answerLine).toBe('3.2%.');
  });

  it('reads title abbreviations and asks a change for the change, not the new level', async () => {
    const v = parseArticle(`Source: Test Wire\n\nChipmaker cuts jobs\n\nVeltrix will cut about 4,800 jobs, its chief executive said on Tuesday, after quarterly profit slumped 38%.\n\nChief Executive Daniel Reyes said: “This is the hardest decision I have made.”\n\nChief Financial Officer Priya Nair said the job cuts would save about $1.3 billion a year. Net profit dropped to $912 million from $1.47 billion a year earlier.`);
    const ve = await engineOf(v);
    expect((await ve.ask('who is the ceo')).answerLine).toBe('Daniel Reyes: Chief Executive.');
    expect((await ve.ask('what did the cfo say')).speaker).toBe('Priya Nair');
    expect((await ve.ask('how much did profit drop')).answerLine).toBe('38%.');
  });

  it('finds "the mayor of Krnov" in "the town\'s mayor", the age of someone described, and the IMF spelled out', async () => {
    const v = parseArticle(`Source: Test Wire\n\nFloods swamp Krnov\n\nKRNOV, Czech Republic (Test Wire) — Floods swamped the town of Krnov on Sunday.\n\n“It came in through the floor first,” said Marie Kociánová, 71, who was lifted from her first-floor balcony by firefighters.\n\nLukáš Dvořák, the town's mayor, said that drinking water had been cut off as a precaution.\n\n“The hard part is explaining this promise to the International Monetary Fund on Monday morning,” said Esther Mulenga.`);
    const ve = await engineOf(v);
    expect((await ve.ask('what did the mayor of krnov say')).speaker).toBe('Lukáš Dvořák');
    expect((await ve.ask('How old is the woman firefighters lifted off her balcony?')).answerLine).toBe('71 years old.');
    expect((await ve.ask('who said the hard bit is explaining the promise to the IMF')).speaker).toBe('Esther Mulenga');
    // "the US" finds "in the United States".
    const us = parseArticle(`Source: Test Wire\n\nChargers recalled\n\nBritain's safety office said it had received 19 reports.\n\nIn the United States, the Consumer Product Safety Commission said it was aware of 26 incidents.`);
    const ue = await engineOf(us);
    expect((await ue.ask('who said they knew of 26 incidents in the US')).speaker).toBe('Consumer Product Safety Commission');
  });

  it('quotes a short lead-in sentence with the one it leads into', async () => {
    const v = parseArticle(`Source: Test Wire\n\nPeru runoff too close to call\n\nPeru's presidential runoff was too close to call on Monday.\n\nInvestors were also watching. Peru's currency, the sol, fell 2.3% against the U.S. dollar on Monday.`);
    const ve = await engineOf(v);
    const a = await ve.ask('did the markets get nervous');
    expect(a.answerLine).toBe(CLOSEST_LINE);
    expect(a.citations[0]!.text).toBe("Investors were also watching. Peru's currency, the sol, fell 2.3% against the U.S. dollar on Monday.");
  });

  it('matches a country to its adjective and a place name to the government that speaks for it', async () => {
    const a = await e.ask('Who said the deal would give Irish and Danish fleets some predictability?');
    expect(a.speaker).toBe('Pierre-Antoine Lemaire');
    const faroes = await e.ask('What did the Faroe Islands say about the deal?');
    expect(faroes.inScope).toBe(true);
    expect(faroes.citations[0]!.text).toMatch(/^A Faroese government spokesperson said/u);
  });

  it('describes a person by the title before the name and the clause after it', async () => {
    expect((await e.ask('who is ruwan jayasekera')).answerLine).toBe('Ruwan Jayasekera: Head coach, a former wicketkeeper.');
    expect((await e.ask('who is rachel ostrander')).answerLine).toBe('Rachel Ostrander: Councilmember, who sponsored the measure.');
    expect((await e.ask('where does miguel ayala run his business')).answerLine).toBe("In the city's South End.");
  });

  it('finds the quoted one among speakers named alike, and suggests a quote by its own words only', async () => {
    const v = parseArticle(`Source: Test Wire\n\nChargers recalled\n\nThe recall follows a warning by Product Safety officials in March.\n\nBritain's Office for Product Safety and Standards said in a statement that it had received 19 reports.\n\n"We got this wrong, and we are sorry," said Lin Haoran, the chief executive. "We will fix it."\n\nLin said that customers would receive a full refund.`);
    const ve = await engineOf(v);
    expect((await ve.ask('what did the safety office say')).speaker).toBe("Britain's Office for Product Safety and Standards");
    for (const q of ve.examples()) expect(q).not.toMatch(/\bsaid\b.*"\?$/u);
  });

  it('suggests questions a reader would type, each of which it can answer', async () => {
    const examples = e.examples();
    expect(examples.length).toBeGreaterThan(1);
    for (const q of examples) {
      expect(q).toMatch(/^(?:What did \p{Lu}[\p{L}’'-]+ say\?|Who said "\p{Lu}[^"]+"\?|Who is \p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)+\?|What is this article about\?)$/u);
      expect((await e.ask(q)).inScope, q).toBe(true);
    }
  });

  it('reads hyphenated and nautical units, counts people not ship lengths, stops the counted noun at any verb, and heads for the destination', async () => {
    const t = parseArticle(`Source: Test Wire

Cargo ship hits trawler in fog

BREST, France (Test Wire) — The 18-metre trawler sank some 22 nautical miles west of the island of Ouessant, below the 3,343-metre summit of nothing in particular. The 190-metre cargo ship, the Nordic Venture, was carrying fertiliser from Rotterdam to Lisbon.

The agency said 38 rescuers and three helicopters had taken part in the operation.

Capt. Yann Le Goff told reporters at the Brest heliport that two of the crew had been flown to Cavale Blanche hospital in Brest.`);
    const te = await engineOf(t);
    expect((await te.ask('how far from Ouessant did the trawler sink')).answerLine).toBe('Some 22 nautical miles west.');
    expect((await te.ask('how high is the summit')).answerLine).toBe('3,343 metres.');
    expect((await te.ask('how many rescuers took part in the operation?')).answerLine).toBe('38 rescuers.');
    // A crew count the article does not give is not the ship's length.
    const crew = await te.ask('how many crew were on board the cargo ship?');
    expect(crew.answerLine).not.toMatch(/190/u);
    expect((await te.ask('where was the Nordic Venture heading?')).answerLine).toBe('To Lisbon.');
    // Where it was said is not where the crew went.
    expect((await te.ask('where were the two crew members taken?')).answerLine).toBe('To Cavale Blanche hospital in Brest.');
  });

  it('answers from the headline through the body sentence that repeats it, and cites the body', async () => {
    const t = parseArticle(`By Test Wire

Union says dockworkers will strike from Monday over automation plans

A senior union official said on Thursday that about 2,100 dockworkers at the port would walk out from Monday, March 3, after talks collapsed late on Wednesday night.

The port handles roughly 4 million containers a year.`);
    const te = await engineOf(t);
    const a = await te.ask('When does the strike start?');
    expect(a.inScope).toBe(true);
    expect(a.answerLine).toBe('From Monday, March 3.');
    expect(a.citations[0]!.paragraph).toBe(1);
    // Nothing in the headline or the body says when it ends.
    expect((await te.ask('When will the strike end?')).inScope).toBe(false);
  });

  it('names the organisation behind "the company said", with its role read as written', async () => {
    const t = parseArticle(`In AP

Trawler sinks after collision

The ship’s Hamburg-based operator, Baltmar Shipping, said in a statement that its crew had raised the alarm at once. “We are deeply saddened and are cooperating fully with the French authorities,” the company said.`);
    const te = await engineOf(t);
    const a = await te.ask('who said they were very sad and working with the french authorities?');
    expect(a.speaker).toBe('Baltmar Shipping');
    expect(a.answerLine).toBe('Baltmar Shipping, the ship’s Hamburg-based operator, said this.');
  });

  it('quotes every sentence of a statement that runs over several, once', async () => {
    const t = parseArticle(`Source: AFP

Kenya's central bank cuts key rate

"The committee concluded that there was room for a further, measured easing of monetary policy," Governor Samuel Otieno Karanja told a news conference in Nairobi. "We are not declaring victory. We are responding to the data."

Karanja denied that the committee had come under political pressure.`);
    const te = await engineOf(t);
    const a = await te.ask('What did the governor say?');
    expect(a.speaker).toBe('Samuel Otieno Karanja');
    expect(a.citations.map((c) => c.paragraph)).toEqual([1, 2]);
    expect(a.citations[0]!.text).toMatch(/^"The committee concluded .* We are responding to the data\."$/u);
    for (const c of a.citations) expect(te.article.text.slice(c.start, c.end)).toBe(c.text);
    expect(a.answerLine).toBe('Governor Samuel Otieno Karanja is quoted 2 times:');
  });

  it('reads "where are they from" as who they are, "where did they set out from" as the place, and a cause next to the question\'s words', async () => {
    const t = parseArticle(`By Reuters

Climbers rescued in the Dolomites

BOLZANO, Italy (Reuters) — The five climbers, four Austrians and a Czech aged between 24 and 51, were lifted off the ridge by helicopter on Tuesday.

The climbers set out on Sunday morning from the Pian dei Fiacconi refuge on the mountain's northern side.

Trentino’s civil protection agency said in a statement that two earlier attempts to reach the group on Monday had been called off because of gusts of more than 100 kilometres per hour and almost zero visibility. It said 38 rescuers and three helicopters had taken part in the operation.`);
    const te = await engineOf(t);
    expect((await te.ask('where are the climbers from')).answerLine).toBe('Four Austrians and a Czech.');
    expect((await te.ask('where did the climbers set out from')).answerLine).toBe('From the Pian dei Fiacconi refuge.');
    // "fail" is nowhere in the article, but the passage about the attempts gives their cause.
    expect((await te.ask('why did the first rescue attempts fail')).answerLine).toMatch(/^Because of gusts/u);
  });

  it('counts by a general noun what the sentence names elsewhere ("fewer than 50 animals" of Sumatran rhinos)', async () => {
    const t = parseArticle(`By Reuters

Rare rhino calf born

A critically endangered Sumatran rhinoceros gave birth to a calf on Saturday, good news for a species thought to number fewer than 50 animals in the wild.

The sanctuary holds nine rhinos.`);
    const te = await engineOf(t);
    expect((await te.ask('How many Sumatran rhinos are left in the wild?')).answerLine).toBe('Fewer than 50 animals.');
    expect((await te.ask('how many rhinos does the sanctuary hold')).answerLine).toBe('Nine rhinos.');
  });

  it('reads "the state official" as a noun phrase, and describes people where the article does, surname or age first', async () => {
    const t = parseArticle(`From dpa

Kiprono wins in Frankfurt

Kiprono crossed the line first, with Germany's Lukas Henninger a surprise third.

Third place was a breakthrough for Henninger, a 27-year-old physiotherapy student from Kassel. "I am a little bit in shock," he said.

Graham Ellery, 72, whose hip replacement was postponed for the second time, said he supported the runners.

A state emergency management official, who spoke on condition of anonymity, warned that the smoke could linger.`);
    const te = await engineOf(t);
    const official = await te.ask('What did the state emergency official say?');
    expect(official.speaker).toBe('A state emergency management official');
    expect((await te.ask('who is lukas henninger')).answerLine).toBe('Lukas Henninger: a 27-year-old physiotherapy student from Kassel.');
    expect((await te.ask('who is graham ellery')).answerLine).toBe('Graham Ellery: 72, whose hip replacement was postponed for the second time.');
  });

  it('dates the event of a since-clause the question asks about, reads "Friday Market" as a name, and places "along" a canal', async () => {
    const t = parseArticle(`By Reuters

Thieves snatch reliquary from Ghent museum

The raid on the museum, near the city's Friday Market, took place early on Tuesday.

The reliquary had been on public display since the museum reopened in 2019 after a renovation.

Police were looking for a dark grey van seen leaving the area along the Lieve canal.`);
    const te = await engineOf(t);
    expect((await te.ask('when did the museum reopen after the renovation')).answerLine).toBe('In 2019.');
    expect((await te.ask('when was the raid')).answerLine).toBe('Early on Tuesday.');
    expect((await te.ask('where was the van spotted?')).answerLine).toBe('Along the Lieve canal.');
  });

  it('reads "the ER" as the emergency room a hospital article writes out', async () => {
    const t = parseArticle(`In AP

Wildfire smoke shuts schools

Dr. Priya Raman, a pulmonologist at the regional medical center, said the hospital had seen a 60% rise in emergency visits for breathing problems since Tuesday.

Superintendent Dana Whitcomb said the schools would stay closed.`);
    const te = await engineOf(t);
    const a = await te.ask('Who said trips to the ER for breathing trouble jumped since Tuesday?');
    expect(a.speaker).toBe('Priya Raman');
    // A name the article never uses is still refused.
    expect((await te.ask('what did the FBI say')).inScope).toBe(false);
  });

  it('orders what X said about a topic by the topic\'s content words, not by "the"', async () => {
    const t = parseArticle(`From dpa

Kiprono wins in Frankfurt

"At 40 kilometres I was sure he had beaten me," Kiprono said.

Kiprono said he would give part of the money from the win to a running camp in the Rift Valley.

Kiprono said the final sprint was the hardest finish of his career.`);
    const te = await engineOf(t);
    expect((await te.ask('What did Kiprono say about the sprint finish?')).citations.map((c) => c.paragraph)).toEqual([3, 1, 2]);
  });

  it('does not take the person a who-said question is about for its speaker', async () => {
    const t = parseArticle(`From Test Wire

Thieves take gold reliquary from museum

Thieves broke into the city museum overnight and took a gold reliquary, police said.

“The alarm worked exactly as it should,” said Marieke Dobbelaere, the museum's director. She said the museum would reopen on Friday.

Koen Verhaegen, a police spokesman, said the burglars had known exactly where to go.

Curator Jan Peeters, 61, whose team catalogued 30,000 objects, wept as he spoke.`);
    const te = await engineOf(t);
    // Her name finds her statements, but what she said is not the claim: no one in the article says it.
    const a = await te.ask('Who said Marieke Dobbelaere had been suspended?');
    expect(a.inScope).toBe(false);
    expect(a.speaker).toBeNull();
    // "Who is" reads through the comma in a number.
    expect((await te.ask('who is Jan Peeters')).answerLine).toBe('Jan Peeters: Curator, 61, whose team catalogued 30,000 objects.');
    // A claim someone makes, about someone else, is still found.
    expect((await te.ask('who said the burglars knew where to go')).speaker).toBe('Koen Verhaegen');
  });

  it('finds the article\'s American spelling from a British one ("labour ministry", "the city centre")', async () => {
    const t = parseArticle(`In AP

Shipyard strike enters second day

The Ministry of Employment and Labor said it had sent a team of mediators to Ulsan on Tuesday morning.

About 4,000 workers marched through the city center on Wednesday.`);
    const te = await engineOf(t);
    expect((await te.ask('what did the labour ministry say')).speaker).toBe('Ministry of Employment and Labor');
    expect((await te.ask('how many workers marched through the centre')).answerLine).toBe('About 4,000 workers.');
  });

  it('knows an acronym for a name the article spells out, and names an organisation whole', async () => {
    const t = parseArticle(`From AAP

Supermarket fined over fake discounts

The case was brought by the Australian Competition and Consumer Commission. Its chair, Rohan Pillai, told reporters that the penalty sent a message to the whole grocery sector.`);
    const te = await engineOf(t);
    const chair = await te.ask('who is the chair of the ACCC');
    expect(chair.inScope).toBe(true);
    expect(chair.answerLine).toContain('Rohan Pillai');
    expect((await te.ask('who brought the case')).answerLine).toBe('Australian Competition and Consumer Commission.');
    // An acronym the article has no name for is still unknown.
    expect((await te.ask('what did the FBI say')).inScope).toBe(false);
    // Two letters will do ("the AP"), but not for words that open a sentence ("In Paris").
    const ap = await engineOf(parseArticle(`Source: Associated Press\n\nVenice juror quits\n\nVENICE, Italy — A member of the Venice Film Festival jury resigned on Monday.\n\n"A jury has to be clean," Hélène Marchetti told The Associated Press in a telephone interview from Paris.`));
    expect((await ap.ask('Who spoke to the AP?')).answerLine).toBe('Hélène Marchetti.');
    expect((await ap.ask('what did the IP say')).inScope).toBe(false);
  });

  it('answers where from the dateline, and not with where a quoted analyst works', async () => {
    const t = parseArticle(`In AP

Shipyard workers strike

ULSAN, South Korea (AP) — About 9,000 workers at one of South Korea's biggest shipyards began a three-day strike on Tuesday.

Lee Sang-woo, a shipbuilding analyst at Hanyang Securities in Seoul, said a long strike could hurt the reputation of Korean shipbuilding.`);
    const te = await engineOf(t);
    const a = await te.ask("where's the shipyard?");
    expect(a.answerLine).toBe('In Ulsan.');
    expect(a.citations[0]!.paragraph).toBe(1);
    expect((await te.ask('where does Lee Sang-woo work')).answerLine).toBe('At Hanyang Securities in Seoul.');
  });

  it('reads zlotys as money, and "how big is the fine for ..." as asking for the fine', async () => {
    const t = parseArticle(`From Reuters

Krakow bans older cars

Under the new rules, diesel cars registered before 2010 can no longer enter an area covering about 80% of the city without risking a fine of 500 zlotys ($125).`);
    const te = await engineOf(t);
    expect((await te.ask('how much is the fine')).answerLine).toBe('500 zlotys.');
    expect((await te.ask('how big is the fine for driving in with an old car')).answerLine).toBe('500 zlotys.');
  });

  it('reads "getting" as the verb "get", not a topic word', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout3/articles/cabin-smoke-diversion.txt'));
    const a = await te.ask('so how did everyone end up getting to chicago');
    expect(a.inScope).toBe(true);
    expect(a.citations.map((c) => c.text).join(' ')).toContain('rebooked on a flight to Chicago');
  });

  it('prefers a precise figure to "hundreds", and ends the figure before an irregular verb ("sold")', async () => {
    const t = parseArticle(`From AAP

Supermarket fined over fake discounts

SYDNEY (AAP) - The Federal Court has ordered supermarket chain FreshWay to pay A$18 million after finding that it raised the prices of hundreds of products and then advertised them as discounted.

Justice Helen Marr ruled that the company had breached consumer law on 266 products sold in its 410 stores.`);
    const te = await engineOf(t);
    expect((await te.ask('how many products were involved')).answerLine).toBe('266 products.');
  });

  it('does not refuse a who-said question over a rare word of the asker\'s own ("conk out")', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout2/articles/leaf-blower-ban.txt'));
    const a = await te.ask('which lawn care guy said the electric ones conk out after 40 minutes?');
    expect(a.speaker).toBe('Miguel Ayala');
    // A name the article never uses is still refused at once.
    expect((await te.ask('who said the FBI is investigating')).answerLine).toMatch(/^The article doesn't mention FBI\./u);
  });

  it('looks for a statement in other words when the closest sentence quotes nobody', async () => {
    // (The headline's "Ethiopian" need not stand in the paragraph that answers: on the real article the coach's
    // statement is now the closest sentence itself, and the answer is plain.)
    const real = await engineOf(await loadArticle('tests/fixtures/heldout5/articles/frankfurt-marathon.txt'));
    const plain = await real.ask("Who said the young Ethiopian won't do another marathon before spring?");
    expect(plain.speaker).toBe('Tadesse Worku');
    expect(plain.citations[0]!.text).toContain('would not race another marathon');
    const te = await engineOf(parseArticle(`From dpa

Ethiopian debutant second in Frankfurt

FRANKFURT (dpa) - Yonas Gebremariam finished second in the Frankfurt Marathon on Sunday, two seconds behind Wilfred Kiprono.

The young Ethiopian will not run another marathon before the spring.

His coach, Tadesse Worku, told reporters the young runner would not race another long event until the spring.`));
    const a = await te.ask("Who said the young Ethiopian won't do another marathon before spring?");
    expect(a.speaker).toBe('Tadesse Worku');
    expect(a.answerLine).toMatch(/^Not in those words, but the closest is what Tadesse Worku/u);
    expect(a.citations[0]!.text).toContain('would not race another long event');
  });

  it('answers an hourly rate with money, the dollar\'s letters and the rate\'s date', async () => {
    const te = await engineOf(parseArticle(`Reuters

Bus drivers win pay rise

WELLINGTON (Reuters) - The authority fixed the base rate for drivers at NZ$31.40 an hour from Dec. 1, rising to NZ$32.90 in December next year, up from NZ$29.50 now.

Driver Mele Tupou said the ruling would mean about NZ$136 extra a week before tax for a full-time driver.`));
    expect((await te.ask('what is the new hourly rate from december 1')).answerLine).toBe('NZ$31.40 an hour.');
    expect((await te.ask('how much extra will a full-time driver take home each week')).answerLine).toBe('About NZ$136 extra a week.');
  });

  it('dates a plan, a deadline and "the end of March"', async () => {
    const te = await engineOf(parseArticle(`Reuters

Cable theft halts trains

WARSAW (Reuters) - Satellite images showed the water had spread over 640 hectares by the end of August.

A spokesman said the company would install cameras along the Koluszki section by the end of March.

The union said it would call off a 24-hour strike planned for Nov. 24.

The families said they would go back to court if the water level had not fallen by Dec. 15.`));
    expect((await te.ask('By when will the cameras be installed on the Koluszki section?')).answerLine).toBe('By the end of March.');
    expect((await te.ask('When was the strike planned for?')).answerLine).toBe('Nov. 24.');
    expect((await te.ask('By what date do the families want the water level to have dropped?')).answerLine).toBe('By Dec. 15.');
  });

  it('answers how warm or cold with a temperature, in its unit', async () => {
    const te = await engineOf(parseArticle(`Reuters

Heat closes Latvian beaches

RIGA (Reuters) - Latvia closed 14 beaches on Tuesday after a toxic algae bloom spread along 60 kilometres of coast.

The meteorology centre said the surface temperature of the Gulf of Riga reached 24.6 degrees Celsius on Monday, the highest reading since 1945.

In January the air in Riga had fallen to -21°C, the centre said.`));
    expect((await te.ask('How warm did the surface of the Gulf of Riga get?')).answerLine).toBe('24.6 degrees Celsius.');
    expect((await te.ask('how cold did it get in Riga in January')).answerLine).toBe('-21°C.');
  });

  it('offers the closest statement for a who-said question that shares only a few words with it', async () => {
    // "Every vacancy you leave unfilled costs you twice": a fifth of the question's words, and no other speaker near.
    const te = await engineOf(await loadArticle('tests/fixtures/heldout35/articles/sri-lanka-kandy-nurses-strike.txt'));
    const a = await te.ask('Who argued that every unfilled job ends up costing the hospital double?');
    expect(a.inScope).toBe(true);
    expect(a.speaker).toBe('Anoma Gunasekara');
    expect(a.answerLine).toMatch(/^Not in those words, but the closest is what Anoma Gunasekara/u);
    // A claim that no statement comes near is still not pinned on anyone.
    expect((await te.ask('Who said the earth is flat?')).answerLine).toMatch(/^I couldn't find who said that/u);
  });

  it('reads "north of Agadir" and "in central Jutland" as places, and "who\'s X" as asking for X\'s role', async () => {
    const t = parseArticle(`By Reuters

Drought in Morocco

A hoard of gold objects has been found in a ploughed field in central Jutland, the museum said.

A senior official at the water ministry said a desalination plant being built north of Agadir would not supply farms before 2027.

Marc-André Thibodeau, a professor of structural engineering at Polytechnique Montréal, said many rail bridges were old.`);
    const te = await engineOf(t);
    expect((await te.ask('Where is the desalination plant being built?')).answerLine).toBe('North of Agadir.');
    expect((await te.ask('where was the hoard found')).answerLine).toBe('In central Jutland.');
    expect((await te.ask("who's Marc-André Thibodeau")).answerLine).toBe('Marc-André Thibodeau: professor of structural engineering at Polytechnique Montréal.');
  });

  it('reads a typing slip as the word one letter away, the article\'s own first', async () => {
    const t = parseArticle(`In AP

Ghana orders exam re-sit

ACCRA, Ghana (AP) — More than 460,000 secondary school students in Ghana will have to re-sit their final mathematics exam.

Education Minister Daniel Kwarteng said the government would cover the full cost of the re-sit.`);
    const te = await engineOf(t);
    expect((await te.ask('what did the educaton minister say')).speaker).toBe('Daniel Kwarteng');
    expect((await te.ask('how many studnets have to resit')).answerLine).toBe('More than 460,000 secondary school students.');
    // A word nothing is one slip away from is still a word the article never uses.
    expect((await te.ask('did the zorblatt leak the paper')).answerLine).toMatch(/^The article doesn't mention zorblatt\./u);
  });

  it('reads "how heavy ... altogether" as asking for a weight, and keeps "just over" whole', async () => {
    const t = parseArticle(`Source: AFP

Danish farmer finds Bronze Age gold hoard

VEJLE, Denmark (AFP) - A hoard of 31 gold objects buried around 3,000 years ago has been found in a ploughed field.

The find, which includes 22 spiral rings and a small gold bowl, weighs just over 1.4 kilograms.`);
    const te = await engineOf(t);
    expect((await te.ask('How heavy is the hoard altogether?')).answerLine).toBe('Just over 1.4 kilograms.');
  });

  it('gives a range of money whole: "between 200 and 500 cedis"', async () => {
    const t = parseArticle(`In AP

Ghana orders exam re-sit

Police said five people had been arrested. Suspects had charged between 200 and 500 cedis ($13 to $33) for a single photo of the paper, he said.`);
    const te = await engineOf(t);
    expect((await te.ask('how much did they charge for a photo of the paper')).answerLine).toBe('Between 200 and 500 cedis.');
  });

  it('reads a size as a length, "how much land" as an area, "how much of the money" as an amount, and "New Zealand dollars" as money', async () => {
    const t = parseArticle(`Source: AFP

Frog found

QUITO, Ecuador (AFP) - Scientists have identified a new species of glass frog.

The frog, named Hyalinobatrachium intagense, measures between 19 and 22 millimetres and has a transparent belly.

Two mining concessions covering about 4,700 hectares overlap with the stream, according to maps included in the study.

A liquidator said only about 2.1 million dollars had been recovered so far, roughly 14 cents for every dollar lost.

The firm's fees came to 3.5 million Hong Kong dollars last year.`);
    const te = await engineOf(t);
    expect((await te.ask('how big is the frog')).answerLine).toBe('Between 19 and 22 millimetres.');
    expect((await te.ask('How much land do the mining concessions cover?')).answerLine).toBe('About 4,700 hectares.');
    expect((await te.ask('How much of the money has been recovered so far?')).answerLine).toBe('About 2.1 million dollars.');
    expect((await te.ask('how much money did the firm charge in fees last year')).answerLine).toBe('3.5 million Hong Kong dollars.');
  });

  it('does not answer "how many X" with a number that counts something else, a measure in another unit, or an old year', async () => {
    const t = parseArticle(`Source: AP

Rural maternity unit to close

CUSTER FALLS, Montana — A rural hospital will close its maternity unit next month.

The hospital said it could no longer keep enough doctors and nurses on call for a unit that delivered 112 babies last year, down from 190 in 2015.

The province expected coffee output to recover to roughly 520,000 tonnes this season.

Thousands of bronzes were looted from the Kingdom of Benin by British troops in 1897.`);
    const te = await engineOf(t);
    const nurses = await te.ask('How many nurses will lose their jobs when the unit closes?');
    expect(nurses.answerLine).not.toMatch(/112|190/u);
    expect((await te.ask('how many babies did the unit deliver last year')).answerLine).toBe('112 babies last year.');
    expect((await te.ask('how many hectares of coffee are planted in the province')).answerLine).not.toMatch(/tonnes/u);
    expect((await te.ask('how many tonnes of coffee will the province produce')).answerLine).toBe('Roughly 520,000 tonnes.');
    expect((await te.ask('how many bronzes are still in the British Museum')).answerLine).not.toMatch(/1897/u);
    // The number's own noun phrase ends at a preposition or a verb; a word near it (GloVe's "buses" for
    // "passengers") is not what it counts.
    const more = await engineOf(parseArticle(`Source: AP

Smoke closes schools

MEDFORD, Ore. (AP) — More than 40 schools were closed on Thursday as smoke from a fast-growing wildfire pushed air quality into the hazardous range, keeping roughly 27,000 students at home.

The fire has burned through dry forest since Monday.

The minister said the province would pay for the repair of the rail bridge and for the 45 extra buses leased to carry passengers while the last train line stays closed.`));
    expect((await more.ask('how many homes has the fire destroyed?')).answerLine).not.toMatch(/27,000/u);
    expect((await more.ask('how many passengers were on the last train across?')).answerLine).not.toMatch(/45/u);
    expect((await more.ask('how many students stayed at home?')).answerLine).toBe('Roughly 27,000 students.');
    // "Head of livestock" counts livestock; "members of the Port Workers' Union" are members.
    const herds = await engineOf(parseArticle(`Source: AFP

Millions of animals die in Mongolia's harshest winter in decades

ULAANBAATAR, Mongolia — More than 5.9 million head of livestock have died across Mongolia since December in one of the harshest winters in half a century, the country’s emergency agency said on Wednesday.

Families who lose their herds often move to the ger districts of the capital, where about 60% of Ulaanbaatar’s 1.6 million people already live.

About 1,100 members of the Port Workers' Union walked off the job, demanding an end to the use of temporary labour.`));
    expect((await herds.ask('How many livestock have died this winter?')).answerLine).toBe('More than 5.9 million head.');
    expect((await herds.ask('how many temporary workers does the port employ')).answerLine).not.toMatch(/1,100/u);
  });

  it('reads "a two-week strike" as a span, "one of the physicians" as no count, and a "combined" sum as a total', async () => {
    const t = parseArticle(`Source: Reuters

Dealers jailed

LAGOS, Nigeria — Dockworkers walked off the job on Monday in a two-week strike over pay.

Dr. Elena Marsh, one of the physicians who deliver babies at Prairie Ridge, said she understood the decision.

The hospital delivered 112 babies at Prairie Ridge last year.

A court jailed two art dealers for selling fake bronzes. The court found that they had sold at least 23 pieces between 2019 and 2023 for a combined $410,000.`);
    const te = await engineOf(t);
    expect((await te.ask('how many dockworkers are on strike')).answerLine).not.toMatch(/^Two/u);
    expect((await te.ask('how long is the strike')).answerLine).toBe('A two-week strike.');
    expect((await te.ask('how many babies were born at Prairie Ridge last year?')).answerLine).toBe('112 babies.');
    expect((await te.ask('how much money did they make from the fakes in total')).answerLine).toBe('$410,000.');
  });

  it('answers "when does the strike end" with the date it runs until, not a past strike, and reads "who sed" as "who said"', async () => {
    const t = parseArticle(`Source: Reuters

Finnish dockworkers strike

KOTKA, Finland — Dockworkers at Finnish ports went on strike on Monday over pay.

The union said the strike would run until midnight on Sept. 28 unless a deal was reached sooner.

The union’s last nationwide port strike, in 2010, lasted nearly two weeks.

“We make new pieces and we sign them,” said Osaro Igbinedion, a sculptor in Benin City.`);
    const te = await engineOf(t);
    // (With its time of day since the thirteenth session: "until midnight on Sept. 28".)
    expect((await te.ask('when does the strike end')).answerLine).toBe('Midnight on Sept. 28.');
    expect((await te.ask('when will the strike end?')).answerLine).toBe('Midnight on Sept. 28.');
    expect((await te.ask('when did the last nationwide strike happen')).answerLine).toBe('In 2010.');
    expect((await te.ask('who sed they make new pieces and sign them')).speaker).toBe('Osaro Igbinedion');
  });

  it('answers "where will patients be sent" with where they are referred, never "according to a plan"', async () => {
    const t = parseArticle(`Source: AP

Rural maternity unit to close

CUSTER FALLS, Montana — A rural hospital will close its maternity unit next month.

The hospital will offer checkups through about the 32nd week of pregnancy, according to a plan filed with the Montana Department of Public Health and Human Services. After that, patients will be referred to hospitals in Billings.`);
    const te = await engineOf(t);
    expect((await te.ask('where will patients be sent after 32 weeks')).answerLine).toBe('To hospitals in Billings.');
  });

  it('answers "how old is the rock" from "formed about 4.5 billion years ago", and "what did the recount cost" with the sum', async () => {
    const t = parseArticle(`Source: AP

Meteorite found

OBIHIRO, Japan — Researchers have recovered 14 fragments of a meteorite in Hokkaido.

Analysis suggests the rock is an ordinary chondrite, formed about 4.5 billion years ago, according to the museum.

The agency estimated the cost of the recount at about $190,000.`);
    const te = await engineOf(t);
    expect((await te.ask('how old is the rock?')).answerLine).toBe('About 4.5 billion years old.');
    expect((await te.ask('what did the recount cost?')).answerLine).toBe('About $190,000.');
  });

  it('reads "how big a stake" as asking for a percentage', async () => {
    const t = parseArticle(`Source: AP

Club sold

CARLISLE, England (AP) — Bluegate Sports Partners, a Boston-based firm that already owns stakes in a Major League Soccer team and a Portuguese club, will buy 85% of the shares from the Telfer family, which has controlled the Harriers since 1983.`);
    const te = await engineOf(t);
    expect((await te.ask('How big a stake is Bluegate buying?')).answerLine).toBe('85%.');
  });

  it('answers "how deep" and "how wide" by the dimension named after the unit, and "how many times" by occasions', async () => {
    const t = parseArticle(`Source: PA Media

Cyclist awarded damages

DUBLIN, Ireland — A cyclist whose bicycle hit a pothole has been awarded €186,000 in damages.

Ms Justice Orla Kinsella said the pothole, which measured about 60 centimetres across and 9 centimetres deep, had been reported to the council by members of the public on three separate occasions before the accident.`);
    const te = await engineOf(t);
    expect((await te.ask('how deep was the pothole')).answerLine).toBe('9 centimetres deep.');
    expect((await te.ask('how wide was the pothole')).answerLine).toBe('About 60 centimetres across.');
    expect((await te.ask('how many times was the pothole reported')).answerLine).toBe('Three separate occasions.');
    // A figure the award "included" is a part of it.
    const award = await engineOf(parseArticle(`Source: PA Media

Cyclist awarded €186,000 after court rules council ignored pothole

DUBLIN, Ireland — A cyclist who fractured her skull and wrist when her bicycle hit a pothole on a north Dublin street has been awarded €186,000 in damages after the High Court found that Dublin City Council had known about the defect for months and failed to repair it.

The award included €41,000 for loss of earnings and medical expenses, with the remainder for pain and suffering, Kinsella said.`));
    expect((await award.ask('how much was she awarded')).answerLine).toBe('€186,000.');
  });

  it('reads "two of the three physicians" as counting physicians, "since 2015" as no cause, and "last year" as no answer to "when does it close"', async () => {
    const t = parseArticle(`Source: AP

Rural Montana hospital to stop delivering babies

CUSTER FALLS, Montana — Prairie Ridge Medical Center said it could no longer staff a maternity unit that delivered 112 babies last year.

Whitfield said that the unit lost about $1.4 million last year and that two of the three family physicians who deliver babies at the hospital plan to retire. The hospital will stop delivering babies on March 31.

The state has lost at least eight labor and delivery units since 2015, according to a state health department report.`);
    const te = await engineOf(t);
    expect((await te.ask('how many babies were delivered last year')).answerLine).toBe('112 babies last year.');
    expect((await te.ask('why is the unit closing')).answerLine).not.toMatch(/2015/u);
    expect((await te.ask('When does the unit close?')).answerLine).not.toMatch(/last year/iu);
  });

  it('finds "what pay rise" in "a 22 percent wage increase"', async () => {
    const t = parseArticle(`Source: AP

Jamaica port strike strands containers

KINGSTON, Jamaica — Hundreds of shipping containers sat idle at Jamaica's main port on Friday as a strike by dockworkers entered its fourth day.

About 1,100 members of the Port Workers' Union walked off the job at the Kingston Harbour Terminal on Tuesday, December 2, demanding a 22 percent wage increase over two years and an end to the use of temporary labour on permanent shifts.

"Patience has not paid a single light bill," said union president Marcia Campbell.`);
    const te = await engineOf(t);
    expect((await te.ask('What pay rise is the union asking for?')).answerLine).toBe('22 percent wage increase.');
  });

  it('answers a span written before its noun as written, and takes no age for a span', async () => {
    const t = parseArticle(`Source: Test Wire

Whooping cough spreads at boarding schools

OUDOMXAY, Laos — Health workers are treating 60 pupils for whooping cough at two boarding schools in northern Laos.

Somphong Inthavong, 41, a rice farmer whose 12-year-old son is among the pupils, said he had taken a bus for nine hours to reach him.

The province declared a 14-day emergency response period on Monday, and trucks must take a 19-mile detour around the closed bridge.`);
    const te = await engineOf(t);
    // ("14 days" is what "a 14-day emergency response period" says, but the article's words name what lasts them.)
    expect((await te.ask('How long will the state of emergency last?')).answerLine).toBe('A 14-day emergency response period.');
    expect((await te.ask('How long is the detour for trucks?')).answerLine).toBe('A 19-mile detour.');
    // "his 12-year-old son" is an age.
    expect((await te.ask("how long did the farmer's son travel")).answerLine).toBe('Nine hours.');
  });

  it('answers "how long is the runway" with the length the article gives it, and "how long was the delay" with a time', async () => {
    const t = parseArticle(`Source: AFP

Plane skids off Nepal runway

KATHMANDU, Nepal — A plane skidded off a mountain runway in Nepal's remote northwest on Sunday.

The Dornier 228 overran the 820-metre runway at Jumla airport at about 10:40 a.m. and came to rest in a barley field.

Passengers waited for three hours before a rescue helicopter arrived, after a delay caused by fog.`);
    const te = await engineOf(t);
    expect((await te.ask('How long is the runway at Jumla?')).answerLine).toBe('820-metre runway.');
    expect((await te.ask('how long did passengers wait for the helicopter')).answerLine).toBe('Three hours.');
  });

  it('answers "how much is the minimum wage" with a sum of money, not a count of workers, and ends a count before the verb after it', async () => {
    const t = parseArticle(`Source: AFP

Bangladesh garment wage talks stall

DHAKA (AFP) - Talks on a new minimum wage for Bangladesh's roughly four million garment workers broke down on Sunday in Dhaka.

Factory owners warned that smaller factories would close if the minimum rose above 16,000 taka.`);
    const te = await engineOf(t);
    expect((await te.ask('How much is the minimum wage?')).answerLine).toBe('16,000 taka.');
    expect((await te.ask('how many garment workers are there in Bangladesh')).answerLine).toBe('Roughly four million garment workers.');
  });

  it('answers "how much is the whole programme going to cost" with the sum the programme is given: the whole of a cost is its sum', async () => {
    const t = parseArticle(`Source: Reuters

Istanbul to rebuild 1,140 school buildings

ISTANBUL (Reuters) - Istanbul will strengthen or rebuild 1,140 school buildings over five years, the governor's office said on Monday.

The 38 billion lira ($960 million) programme, funded by the Education Ministry and a European loan, will start with 212 schools in three districts.`);
    const te = await engineOf(t);
    expect((await te.ask('how much is the whole programme going to cost')).answerLine).toBe('38 billion lira.');
    expect((await te.ask('How much will the programme cost?')).answerLine).toBe('38 billion lira.');
  });

  it('dates "when did the cable go down" by the break, not by the year the cable was laid', async () => {
    const t = parseArticle(`Source: Reuters

Latvia opens probe into damaged Baltic data cable

RIGA (Reuters) - Latvian prosecutors on Wednesday opened a criminal investigation into damage to an undersea data cable linking Ventspils with the Swedish island of Gotland.

The fibre-optic cable, operated by Baltic Fibre Link, stopped carrying traffic at 3:12 a.m. on Sunday, January 11.

The Ventspils-Gotland cable, laid in 2009 at a cost of 34 million euros, was last damaged in 2021.`);
    const te = await engineOf(t);
    expect((await te.ask('When did the cable go down?')).answerLine).toBe('At 3:12 a.m. on Sunday, January 11.');
    expect((await te.ask('when was the cable laid')).answerLine).toBe('In 2009.');
  });

  it('dates "due out" by "in mid-2026", and "when will the results come out" by when they are to be announced', async () => {
    const t = parseArticle(`Source: AFP

Uruguay voters reject raising retirement age

MONTEVIDEO (AFP) - Uruguayans voted on Sunday to repeal a law raising the retirement age, preliminary results showed.

The Electoral Court said official results would be announced on Friday, April 3, once observed ballots have been counted.

The pensions agency said a new study of the system was due to be published in mid-2026.`);
    const te = await engineOf(t);
    expect((await te.ask('When will the official results come out?')).answerLine).toBe('On Friday, April 3.');
    expect((await te.ask('When is the new pensions study due out?')).answerLine).toBe('In mid-2026.');
  });

  it('answers "where" with a street whose name starts with a number, and the part of the city it stands in', async () => {
    const t = parseArticle(`Source: AFP

Uruguay voters reject raising retirement age

MONTEVIDEO (AFP) - Uruguayans voted on Sunday to repeal a law raising the retirement age, preliminary results showed.

Graciela Pintos, a spokeswoman for the campaign for repeal, told thousands of supporters on 18 de Julio Avenue in central Montevideo that workers had won.

The vote was held on 3 March in all 19 departments.`);
    const te = await engineOf(t);
    expect((await te.ask('where did the repeal campaign celebrate')).answerLine).toBe('On 18 de Julio Avenue in central Montevideo.');
    expect((await te.ask('where was the vote held')).answerLine).not.toMatch(/March/u);
  });

  it('quotes "a knitwear exporter ... and vice-president of" the owners\' association as a person, and finds "small factories" in "smaller factories"', async () => {
    const t = parseArticle(`Source: AFP

Bangladesh garment wage talks stall

DHAKA (AFP) - Talks on a new minimum wage for Bangladesh's garment workers broke down on Sunday.

Faruque Hossain, a knitwear exporter from Narayanganj and vice-president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA), said factories could not afford more because Western brands had cut their prices.

"Buyers ask us for higher wages and lower prices. They cannot have both," Hossain told AFP. He warned that smaller factories would close if the minimum rose above 16,000 taka.`);
    const te = await engineOf(t);
    const a = await te.ask('What did the BGMEA vice-president say about small factories?');
    expect(a.speaker).toBe('Faruque Hossain');
    expect(a.citations[0]?.text).toBe('He warned that smaller factories would close if the minimum rose above 16,000 taka.');
    expect(a.citations.length).toBe(3);
  });

  it('reads "what proportion of" as the kind of figure asked, not a word to find', async () => {
    const t = parseArticle(`Source: Reuters

Workers occupy shipyard near Bilbao after closure plan

SESTAO, Spain (Reuters) - Hundreds of workers occupied a shipyard near Bilbao on Monday after its owner announced it would close.

Workers voted on Tuesday evening to continue the occupation indefinitely, with 94% in favor, according to the unions.`);
    const te = await engineOf(t);
    expect((await te.ask('What proportion of the workforce backed keeping up the protest?')).answerLine).toBe('94%.');
  });

  it('answers how long a trip will take with the span a change leads to, not the one it leaves, and never with a rate', async () => {
    const t = parseArticle(`Source: Brno Daily

Brno tram extension runs over budget

BRNO (Brno Daily) - The cost of extending Brno's tram network to Slatina has risen to 2.9 billion crowns, city councillors were told on Tuesday.

Once open, the line is expected to carry about 14,000 passengers a day and cut the journey from Slatina to the city centre from 32 minutes by bus to 19 minutes by tram.`);
    const te = await engineOf(t);
    expect((await te.ask("How long will a trip downtown take once it's running, compared with the bus?")).answerLine).toBe('19 minutes.');
    expect((await te.ask('how long does the trip take now')).answerLine).toBe('32 minutes.');
  });

  it('answers "for how many years" with the span as the article writes it before its noun ("A 40-year lease.")', async () => {
    const t = parseArticle(`Source: AFP

Namibia signs green hydrogen land lease

WINDHOEK (AFP) - Namibia's government on Wednesday signed a 40-year lease handing a European-backed consortium about 1,850 square kilometres of state land for a green hydrogen plant.`);
    const te = await engineOf(t);
    expect((await te.ask('For how many years has the state handed over the land?')).answerLine).toBe('A 40-year lease.');
  });

  it('dates "when did the landslide happen" by the calendar day further down, when the lede dates something else "five days after" it', async () => {
    const t = parseArticle(`Source: AP

Quito moves hillside families after deadly landslide

QUITO, Ecuador (AP) - Authorities in Quito began moving families out of a hillside neighborhood on Thursday, five days after a landslide buried 14 homes and killed three people.

Municipal crews and soldiers helped residents load furniture onto trucks.

The slope gave way shortly before midnight on Saturday, March 14, after 41 millimeters of rain fell in less than three hours.`);
    const te = await engineOf(t);
    expect((await te.ask('When did the landslide happen?')).answerLine).toBe('Shortly before midnight on Saturday, March 14.');
    expect((await te.ask('When did the authorities begin moving families?')).answerLine).toBe('On Thursday.');
  });

  it('answers "where was the freighter headed" with where it was sailing to, not a place the story is about', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout98/articles/latvia-ventspils-gotland-cable-damage-probe.txt'));
    expect((await te.ask('Where was the freighter headed when it crossed the cable?')).answerLine).toBe('To Alexandria in Egypt.');
  });

  it('answers "how many of the fishermen" with the part, never the whole they are "of"', async () => {
    const t = parseArticle(`Source: Reuters

Senegal gas fund faces transparency row

DAKAR (Reuters) - Senegal's government on Tuesday defended its management of a fund holding gas revenues.

Mamadou Gueye, who heads a local association of artisanal fishermen, said that of the 3,200 fishermen registered with his group, fewer than 400 had received the compensation promised.`);
    const te = await engineOf(t);
    expect((await te.ask('how many of the fishermen have been paid what they were promised')).answerLine).toBe('Fewer than 400.');
    expect((await te.ask('how many fishermen are registered with his group')).answerLine).toBe('3,200 fishermen.');
  });

  it('reads "the city of about 4 million people" as how many live there, which answers only a question about that', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout56/articles/nigeria-kano-fuel-subsidy-vote.txt'));
    expect((await te.ask('how many people were getting cheaper petrol through the vouchers')).answerLine).toBe('About 90,000.');
    expect((await te.ask('how many people live in the city')).answerLine).toBe('About 4 million people.');
  });

  it('answers "how big is the workforce" with a count of people, and "how big are the classes" never with a distance', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout76/articles/nz-te-awamutu-infant-formula-recall.txt'));
    expect((await te.ask("How big is the manufacturer's workforce?")).answerLine).toBe('About 340 people.');
    const classes = await engineOf(await loadArticle('tests/fixtures/heldout99/articles/lithuania-teachers-class-size-strike-talks.txt'));
    expect((await classes.ask('how big are the biggest classes in the suburbs around vilnius')).answerLine).not.toMatch(/\bkm\b/u);
  });

  it('reads "how much money" as asking a sum, not for the word "money"', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout10/articles/auckland-adviser-fraud-sentencing.txt'));
    expect((await te.ask('how much money did ashby take')).answerLine).toBe('14.6 million New Zealand dollars.');
  });

  it('does not count "poultry farm workers" by a figure of farms, a word that only says which workers, but does count "crew members" by "14 crew"', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout68/articles/hungary-csongrad-bird-flu-waterfowl-cull.txt'));
    expect((await te.ask('How many poultry farm workers in Hungary have been tested for bird flu?')).inScope).toBe(false);
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout85/articles/tanzania-zanzibar-ferry-engine-fire-evacuation.txt'));
    expect((await ferry.ask('How many crew members were on board?')).answerLine).toBe('14 crew.');
  });

  it('never dates what was built by a weekday alone whose clause builds nothing ("closed its only runway on Wednesday")', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout20/articles/thailand-chiang-mai-runway-closure.txt'));
    expect((await te.ask('When was the runway at Chiang Mai airport originally built?')).inScope).toBe(false);
  });

  it('answers "over what period" with a span of dates, not a single day', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/nz-auckland-manuka-honey-fraud-trial.txt'));
    expect((await te.ask('Over what period were the exports supposed to have taken place?')).answerLine).toBe('Between March 2019 and June 2021.');
  });

  it('answers "how long is the cable" with the length before its noun, past a conversion and other words, not the length of a furrow that crossed it', async () => {
    const t = parseArticle(`Source: Reuters

Baltic data cable cut off Latvia

RIGA (Reuters) - Latvia opened an inquiry on Monday after a data cable to Sweden was cut, the second such break this year.

The 218-kilometre (135-mile) fibre-optic cable, operated by Baltic Fibre Link, stopped carrying traffic on Sunday.

Navy divers found a furrow in the seabed roughly 9 km (5.6 miles) long that crossed the cable's route, the navy said.

The city also opened a 7.8-kilometre flood-drainage tunnel on Monday.`);
    const te = await engineOf(t);
    expect((await te.ask('how long is the cable')).answerLine).toBe('218-kilometre (135-mile) fibre-optic cable.');
    expect((await te.ask('How long is the new tunnel?')).answerLine).toBe('A 7.8-kilometre flood-drainage tunnel.');
  });

  it('reads "from about 2,000 to more than 8,600" as ending at 8,600, "gone up" as a change, pages as a length, and "Valencian" as Valencia', async () => {
    const t = parseArticle(`Source: AFP

Valencia court upholds city’s freeze on new tourist flats

VALENCIA, Spain — A Spanish regional court on Monday upheld Valencia city council’s freeze on new tourist apartment licences.

The High Court of Justice of the Valencian Community ruled that the council had acted within its powers when it halted approvals of new holiday lets in May 2024 in the historic Ciutat Vella district.

In a 62-page ruling, the three judges said the freedom to run a business could not prevail over the right of residents to find a home.

Deputy mayor Lucía Ferrer said the number of registered tourist flats in Valencia had risen from about 2,000 in 2016 to more than 8,600 at the end of 2024.

Average asking rents in Valencia rose by 14.2 percent in the 12 months to June. “My rent went from 650 to 1,100 euros,” said Carmen Soler, a nurse.`);
    const te = await engineOf(t);
    expect((await te.ask('how many tourist flats are registered in Valencia')).answerLine).toBe('More than 8,600.');
    expect((await te.ask('how many tourist flats were there in 2016')).answerLine).toBe('About 2,000.');
    expect((await te.ask('how much have rents gone up in the city')).answerLine).toBe('14.2 percent.');
    expect((await te.ask("How long is the court's ruling?")).answerLine).toBe('A 62-page ruling.');
    expect((await te.ask('when did valencia stop approving new holiday lets')).answerLine).toBe('In May 2024.');
  });

  it('answers "in which states" and "which towns" with every place the sentence names, and never a journal', async () => {
    const t = parseArticle(`Source: Reuters

Listeria outbreak traced to sausage maker

LANDSHUT, Germany — A listeria outbreak has killed three people and sickened 27 others.

Two of the deaths were in Bavaria and one in Hesse, according to the Robert Koch Institute.

The research, published in the Journal of Vector-Borne Disease Research, tracked infections in the neighbouring municipalities of Bello and Itagui between 2017 and 2024.

Quispe, 47, who swept the highland regions of Peru's so-called "red south," told a rally in Cusco that he would not concede.`);
    const te = await engineOf(t);
    expect((await te.ask('In which states did the deaths happen?')).answerLine).toBe('In Bavaria and one in Hesse.');
    expect((await te.ask('which towns were part of the research?')).answerLine).toBe('In the neighbouring municipalities of Bello and Itagui.');
    expect((await te.ask('Where did Quispe hold his rally?')).answerLine).toBe('In Cusco.');
  });

  it('gives a score or a vote whole, the final one unless half-time is asked, a weekday with its date, and counts a crowd as people', async () => {
    const t = parseArticle(`Source: PA Media

Wales hold off Italy 24-19

CARDIFF, Wales — Wales ended an eight-match losing run in the Women’s Six Nations on Saturday, April 12, holding off a late Italian comeback to win 24-19 at Cardiff Arms Park in front of a crowd of 12,480 people.

Wales led 17-5 at half-time after hooker Megan Pritchard scored twice.

The Tucson City Council voted 5-2 on Tuesday to approve the budget. Council member Daniel Okafor, one of the two no votes, said the cut went too far.`);
    const te = await engineOf(t);
    expect((await te.ask('what was the final score')).answerLine).toBe('24-19.');
    expect((await te.ask('what was the half-time score')).answerLine).toBe('17-5.');
    expect((await te.ask('what was the vote')).answerLine).toBe('5-2.');
    expect((await te.ask('what date was the wales v italy match')).answerLine).toBe('On Saturday, April 12.');
    expect((await te.ask('how many people were in the crowd at Cardiff Arms Park')).answerLine).toBe('12,480 people.');
  });

  it('reads "Sixty-three" as no "three", a sports hall as a place, and "the head of the commission" as its chairman', async () => {
    const t = parseArticle(`Source: Reuters

Split mayoral runoff goes to recount after 63-vote margin

SPLIT, Croatia — Preliminary results published by the City Electoral Commission on Monday gave Ivana Perić 31,418 votes against 31,355 for Tomislav Barić.

Zoran Matijević, chairman of the City Electoral Commission, said the recount of all 62,773 valid ballots was taking place in the Gripe sports hall.

“Sixty-three votes is a small number, but it is a number,” Perić said.`);
    const te = await engineOf(t);
    expect((await te.ask('how many votes did Peric get')).answerLine).toBe('31,418 votes.');
    expect((await te.ask('where is the recount taking place')).answerLine).toBe('In the Gripe sports hall.');
    expect((await te.ask('what did the head of the electoral commission say')).speaker).toBe('Zoran Matijević');
  });

  it('finds figures about the headline’s subject in a paragraph that does not repeat its name, and reads crore rupees as money', async () => {
    const t = parseArticle(`Source: Reuters

Sahyadri Motors profit jumps 18% on rural rebound

MUMBAI, India — Sahyadri Motors, India's fourth-largest motorcycle maker, reported an 18% rise in fourth-quarter profit on Thursday.

Net profit for the January-March quarter rose to 1,248 crore rupees ($150 million) from 1,058 crore rupees a year earlier, the Pune-based company said in a filing to stock exchanges.

The company sold 1.27 million vehicles in the quarter, up 11%, with exports rising 27% to 312,000 units.

Rival Bajrang Auto sold 900,000 vehicles in the same period.`);
    const te = await engineOf(t);
    expect((await te.ask("what was sahyadri's net profit for the quarter")).answerLine).toBe('1,248 crore rupees.');
    expect((await te.ask('How many vehicles did Sahyadri sell in the quarter?')).answerLine).toBe('1.27 million vehicles.');
    // A name that is not the headline's must still stand in the paragraph.
    expect((await te.ask('How many vehicles did Bajrang sell in 2019?')).inScope).toBe(false);
  });

  it('does not take a name that modifies a noun ("the Saint-Jérôme line") for a place', async () => {
    const t = parseArticle(`Source: The Canadian Press

Montreal rail bridge closed

MONTREAL — A railway bridge will stay closed for months. Trains on the Saint-Jérôme line now terminate at Sainte-Rose station, with replacement buses carrying passengers the rest of the way.`);
    const te = await engineOf(t);
    expect((await te.ask('Where do the trains stop now?')).answerLine).toBe('At Sainte-Rose station.');
  });

  it('reads "who is adding ..." as asking who does it, not who someone is', async () => {
    const t = parseArticle(`Source: The Canadian Press

Montreal rail bridge closed

MONTREAL — A railway bridge will stay closed for months, the operator said.

The City of Laval said it would add temporary parking for 600 cars near the Montmorency station.`);
    const te = await engineOf(t);
    expect((await te.ask('who is adding temporary parking')).answerLine).toBe('City of Laval.');
  });

  it('answers when with a time from now ("in about six weeks"), also when the question goes on to "how old"', async () => {
    const t = parseArticle(`Source: AFP

Gold hoard found

VEJLE, Denmark (AFP) - A hoard of gold objects has been found in a field.

Fragments of the wooden box had been sent to Aarhus University for radiocarbon dating, with results expected in about six weeks.`);
    const te = await engineOf(t);
    expect((await te.ask('when are the radiocarbon dating results expected')).answerLine).toBe('In about six weeks.');
    expect((await te.ask('when will they know how old the wooden box is')).answerLine).toBe('In about six weeks.');
    // A span in the past ("raised 450,000 pounds in 10 days") is no time from now.
    const club = await engineOf(await loadArticle('tests/fixtures/heldout6/articles/carlisle-harriers-takeover.txt'));
    expect((await club.ask("when's the takeover supposed to be done by?")).answerLine).not.toBe('In 10 days.');
  });

  it('does not answer a who-said question with the person its claim is about, named in any case', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout/articles/peru-runoff.txt'));
    const a = await te.ask("who said she voted ochoa for the economy but doesn't think either candidate gets people like her");
    expect(a.speaker).toBe('Rosa Mamani');
  });

  it('answers who said it from the quotation right after the sentence that sets the scene', async () => {
    const t = parseArticle(`From AP

Club sold

Manager Steve Rennick said the sale would not distract his players. Asked whether he expected to keep his job, Rennick laughed. “Ask me in May,” he said.`);
    const te = await engineOf(t);
    const a = await te.ask('Which manager laughed and said to ask him again in May whether he will keep his job');
    expect(a.speaker).toBe('Steve Rennick');
    expect(a.citations[0]!.text).toBe('“Ask me in May,” he said.');
  });

  it('reads "who rejected claims ..." and "who reckoned ..." as who-said questions, but not a passive "blamed on"', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout6/articles/hospital-ransomware-ghent.txt'));
    expect((await te.ask('who rejected claims that a worker clicked on a poisoned attachment')).speaker).toBe('Ine Peeters');
    // "Who are the attacks blamed on?" asks who did it (the Rudaw test above answers it with the PMF).
    expect((await engine.ask('Who are the rocket and drone attacks on US interests blamed on?')).answerLine).toBe('The Popular Mobilization Forces (PMF).');
  });
  it('finds casualties and arrests asked in chat words ("was anybody hurt", "has anyone been caught")', async () => {
    const t = parseArticle(`Source: dpa

Rocket breaks apart after launch from Norway

ANDENES, Norway — A privately built rocket broke apart seconds after lift-off on Monday, scattering debris over the sea.

Hundreds of residents had gathered on the beach to watch. "Everybody went quiet," said Arvid Hansen, a fisherman.

No one was injured. The police said they were treating the site as an accident, not a crime.

A separate break-in at the launch company's warehouse remains unsolved. No arrests had been made by Tuesday evening.`);
    const te = await engineOf(t);
    expect((await te.ask('was anybody hurt')).citations[0]?.text).toMatch(/^No one was injured\./u);
    expect((await te.ask('has anyone been caught yet')).citations[0]?.text).toContain('No arrests had been made');
    expect((await te.ask('what did the cops say')).citations[0]?.text).toContain('The police said');
  });
  it('reads figures as asked: a number the question gives, volumes, areas, spans with their qualifier, estimates after a comma', async () => {
    const t = parseArticle(`Source: Reuters

Farmers sue copper miner as wells run dry

COPIAPÓ, Chile — The complaint asks judges to suspend the company’s rights at four wells near Tierra Amarilla, where pumping rose to 310 litres per second last year from about 190 litres per second in 2021.

The water directorate said it had opened an inspection of the four wells in August. Mining companies have come under pressure over water use during a drought that meteorologists say has lasted more than 15 years.

The fire, which has burned about 41,000 hectares, was six kilometres from the town on Monday.

The cooperative union is paying members 95 birr ($0.68) per kilogram of red cherry this season, while private collectors offer 130 birr.

The minister said the government would cover the cost of emergency repairs, estimated at 95 million baht ($2.6 million).

The board voted 4-3 to pull 41 books from school libraries, forcing staff to remove 186 titles days before the new term.

The industry employs about 9,000 people, most of them in factories around Santa Maria da Feira, south of Porto.`);
    const te = await engineOf(t);
    expect((await te.ask('How much water was being pumped from the four wells last year?')).answerLine).toBe('310 litres per second.');
    expect((await te.ask('how long has the drought lasted')).answerLine).toBe('More than 15 years.');
    expect((await te.ask('how much ground has the fire burned')).answerLine).toBe('About 41,000 hectares.');
    expect((await te.ask('How much is the cooperative union paying per kilo of red cherry?')).answerLine).toBe('95 birr.');
    expect((await te.ask('how much are the emergency repairs expected to cost')).answerLine).toBe('95 million baht.');
    expect((await te.ask('How many books did the board vote to remove?')).answerLine).toBe('41 books.');
    expect((await te.ask('what was the vote')).answerLine).toBe('4-3.');
    expect((await te.ask('how many titles did staff remove')).answerLine).toBe('186 titles.');
    expect((await te.ask('where are most of the cork factories')).answerLine).toBe('Around Santa Maria da Feira.');
  });
  it('does not count people for buildings or homes ("412 people", "20,000 Manitobans")', async () => {
    const t = parseArticle(`Source: Reuters

Wildfire forces evacuation

THE PAS, Manitoba — More than 20,000 Manitobans have been told to leave their homes as a wildfire closes in on the town.

About 7,500 people were ordered to leave their homes in The Pas on Monday, and 12 people died in the fire.

Police arrested nine people at the harbour after the protest.

Ayesha Malik, who runs a towel factory in Faisalabad employing 650 people, said textile mills in Faisalabad were working half days.`);
    const te = await engineOf(t);
    // (Each fails without its fix.)
    expect((await te.ask('how many textile mills in faisalabad have shut down completely')).answerLine).not.toMatch(/650 people/u);
    expect((await te.ask('how many homes have burned down in the pas')).answerLine).not.toMatch(/Manitobans/u);
    expect((await te.ask('how many homes were lost in the pas')).answerLine).not.toMatch(/people/u);
    expect((await te.ask('how many people work at the towel factory')).answerLine).toBe('650 people.');
    expect((await te.ask('how many deaths were there in the fire')).answerLine).toBe('12 people died.');
    // People by another name: "fishermen", "growers", "pilgrims".
    expect((await te.ask('how many growers were arrested at the harbour')).answerLine).toBe('Nine people.');
  });
  it('reads "has been called off" as a cancellation, not as someone calling', async () => {
    const t = parseArticle(`Source: Reuters

Runway closure hits festival

CHIANG MAI, Thailand — Hotels said about 40% of festival-weekend bookings had already been called off after the airport closed its only runway.

"We ask for patience," a spokeswoman for the airline said.`);
    const te = await engineOf(t);
    const a = await te.ask('What share of festival-weekend hotel bookings has already been called off?');
    expect(a.kind).not.toBe('what-said');
    expect(a.answerLine).toBe('About 40%.');
  });
  it('reads "for households to claim" as a purpose, not as someone claiming', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/uruguay-wind-farm-grid-failure.txt'));
    const a = await te.ask('What is the deadline for households to claim compensation for damaged appliances?');
    expect(a.kind).not.toBe('what-said');
    expect(a.answerLine).toBe('Until Dec. 15.');
    expect(a.citations[0]!.paragraph).toBe(17);
    // A speaker's claim still asks what they said.
    expect((await te.ask('What did UTE claim about the wind farm?')).kind).toBe('what-said');
  });
  it('answers who wrote the article from its byline, and says so when it has none', async () => {
    const t = parseArticle(`Reuters

Kenya holds rates as inflation eases

By Duncan Miriri and Hereward Holland

NAIROBI, Jan 14 (Reuters) - Kenya kept its benchmark lending rate at 10.75% on Tuesday.

The bank's monetary policy committee said growth was expected to reach 5.4% this year, up from 5.0% in 2024.`);
    const te = await engineOf(t);
    expect((await te.ask('Who wrote this article?')).answerLine).toBe('The byline names Duncan Miriri and Hereward Holland.');
    expect((await te.ask('who is Duncan Miriri')).answerLine).toBe('The byline names Duncan Miriri and Hereward Holland.');
    expect((await te.ask('what is the rate')).citations[0]?.paragraph).toBe(1);
    // "How fast will it grow?" asks for a rate of growth, not a speed.
    expect((await te.ask('how fast will the economy grow this year')).answerLine).toBe('5.4% this year.');
    const none = await engine.ask('who is the author');
    expect(none.inScope).toBe(false);
    expect(none.answerLine).toMatch(/^The article doesn't name its author\./u);
  });
  it('reads money words before the substance in "how much", and "before" as the level a change started from', async () => {
    const t = parseArticle(`Source: AP

Tea workers get a raise

COLOMBO, Sri Lanka — Tea companies and unions signed an agreement on Friday raising the basic daily wage on tea estates to 1,550 rupees ($5.20).

The deal lifts the basic wage from 1,350 rupees and takes effect on Nov. 1.

Many households pay up to 15 soles to fill a 200-litre drum from water trucks.`);
    const te = await engineOf(t);
    expect((await te.ask('What was the basic daily wage before the agreement?')).answerLine).toBe('1,350 rupees.');
    expect((await te.ask('What is the new basic daily wage?')).answerLine).toBe('1,550 rupees.');
    expect((await te.ask('how much are people paying for water from trucks')).answerLine).toBe('Up to 15 soles.');
  });
  it('dates the story\'s event from its opening paragraph, and tells where it happened from where someone is from', async () => {
    const t = parseArticle(`Source: AP

Balloon hits light pole while landing, injuring four

ALBUQUERQUE, N.M. — A hot-air balloon struck a light pole and tipped over as it tried to land on Albuquerque's north side on Saturday morning, injuring all four people on board.

Fire crews said a 71-year-old woman from Ohio had been taken to hospital in critical condition.

"It was a terrible crash," said Ray Sandoval, a witness who was walking to a coffee shop today.`);
    const te = await engineOf(t);
    expect((await te.ask('When did the crash happen?')).answerLine).toBe('On Saturday morning.');
    expect((await te.ask('where did the balloon come down')).answerLine).toBe("On Albuquerque's north side.");
    expect((await te.ask('where does the injured woman come from')).answerLine).toBe('From Ohio.');
  });
  it('answers "what caused the crash" with the cause the article names, before a clause that only says when', async () => {
    const t = parseArticle(`Source: AP

Bus crash kills two

LIMA, Peru — A bus plunged into a ravine on Monday, killing two passengers, police said.

Investigators said the crash was caused by brake failure on a steep bend, after the driver had been at the wheel for 14 hours.

The company said it would cooperate with the inquiry.`);
    const te = await engineOf(t);
    expect((await te.ask('what caused the crash')).answerLine).toBe('Brake failure on a steep bend.');
    expect((await te.ask('what led to the crash?')).answerLine).toBe('Brake failure on a steep bend.');
    expect((await te.ask('why did the bus crash')).answerLine).toBe('Brake failure on a steep bend.');
  });
  it('reads cubic measures and flows, takes "taken to" as the destination, and "from" as a source, not where a thing is', async () => {
    const t = parseArticle(`Source: AFP

Dam leak forces evacuation

OSH, Kyrgyzstan — The reservoir, completed in 1981, holds up to 260 million cubic metres of water and irrigates about 30,000 hectares of cotton and wheat fields.

An engineer said the reservoir was being drawn down by releasing 85 cubic metres of water per second through the spillway.

Evacuees from Papan and Kerme-Too were taken by bus to schools and a sports hall in Osh, about 20 km to the north.

In Gamarra, Lima’s sprawling garment district, Lucía Mamani, who imports fabric from China for a small clothing workshop, said prices had risen.`);
    const te = await engineOf(t);
    expect((await te.ask('How much water can the reservoir hold?')).answerLine).toBe('Up to 260 million cubic metres.');
    expect((await te.ask('How fast are they letting water out of the reservoir?')).answerLine).toBe('85 cubic metres of water per second.');
    expect((await te.ask('where were the evacuees taken')).answerLine).toBe('To schools and a sports hall in Osh.');
    expect((await te.ask("where is lucia mamani's workshop")).answerLine).toBe('In Gamarra.');
  });
  it('answers a rate ("a month", "every day") only with a figure for that period, and counts commuters as people', async () => {
    const t = parseArticle(`Source: AP

Nurses strike over unpaid overtime

KANDY, Sri Lanka — The union said overtime payments worth a combined 212 million rupees had not been paid to staff at the hospital.

The bridge carries about 18,000 commuters a day between Montreal and Laval.

The cable car line opened in 2012 and carried about 1.2 million passengers last year, according to City Hall figures.`);
    const te = await engineOf(t);
    expect((await te.ask('How much does a nurse at the hospital earn a month?')).inScope).toBe(false);
    expect((await te.ask('how much are staff at the hospital paid a month')).inScope).toBe(false);
    expect((await te.ask('how much overtime money is owed to the staff')).answerLine).toBe('212 million rupees.');
    expect((await te.ask('how many people use the bridge every day')).answerLine).toBe('About 18,000 commuters a day.');
    expect((await te.ask('how many people ride the cable car in a year')).answerLine).toBe('About 1.2 million passengers last year.');
  });
  it('answers how many died, were hurt or arrested only with a figure that says so', async () => {
    const t = parseArticle(`Source: AFP

Volcano erupts in Papua New Guinea

RABAUL, Papua New Guinea — More than 11,000 people were displaced when Ulawun last erupted in 2019.

Police said 14 people had been arrested after the protest, and three officers were treated for minor injuries.

Thousands of residents marched through the city on Monday.`);
    const te = await engineOf(t);
    expect((await te.ask('how many people died in the 2019 Ulawun eruption')).inScope).toBe(false);
    expect((await te.ask('how many people were displaced in 2019')).answerLine).toBe('More than 11,000 people.');
    expect((await te.ask('How many people were arrested during the march?')).answerLine).toBe('14 people.');
    expect((await te.ask('how many officers were hurt')).answerLine).toBe('Three officers.');
  });
  it('counts historians as people and coups as none, and names every place of a list', async () => {
    const t = parseArticle(`Source: AP

Fiji's new history syllabus on coups divides teachers

SUVA, Fiji — The syllabus includes a 10-week unit on the two coups of 1987 and those of 2000 and 2006.

The minister said the unit had been written over 18 months by a panel of 11 historians and teachers.

The ministry would hold consultations with church education authorities in Suva, Lautoka and Labasa during November.`);
    const te = await engineOf(t);
    expect((await te.ask('How many people were on the panel that wrote the coups unit?')).answerLine).toBe('11 historians.');
    expect((await te.ask('Where will the ministry hold consultations with church education authorities?')).answerLine).toBe('In Suva, Lautoka and Labasa.');
  });
  it('answers where with the town the article names, before a continent, and who someone is from a role after "and"', async () => {
    const t = parseArticle(`Source: Reuters

Namibia signs lithium royalty deal

WINDHOEK, Namibia — The agreement with Kuiseb Lithium, which runs an open-pit mine near the town of Uis in the Erongo region, was signed at State House by Mines and Energy Minister Selma Amakali and the company's chief executive, Grant Whitfield.

A mining analyst said the terms were not out of line with other lithium producers in southern Africa.`);
    const te = await engineOf(t);
    expect((await te.ask('where is the lithium mine')).answerLine).toBe('Near the town of Uis in the Erongo region.');
    // (A role in apposition after "and": "... by the minister and the company's chief executive, Grant Whitfield".)
    expect((await te.ask('who is Grant Whitfield')).answerLine).toMatch(/company's chief executive/u);
  });
  it('answers a figure given right next to the question\'s words even when the passage words the rest differently', async () => {
    const t = parseArticle(`Source: AP

Salvage crews start pumping fuel from cargo ship that sank off Malta's Gozo

MARSALFORN, Malta — Salvage crews on Monday began pumping fuel oil out of a bulk carrier that sank off the Maltese island of Gozo in a storm three weeks ago.

Transport Malta, the islands' maritime authority, said the ship was lying upright on the seabed at a depth of 54 metres with an estimated 420 tonnes of heavy fuel oil still in its tanks.

Salvage master Pieter Hoogland said divers had fitted valves to two of the ship's tanks and had pumped out about 40 tonnes so far.`);
    const te = await engineOf(t);
    expect((await te.ask('How far down is the sunken ship resting?')).answerLine).toBe('54 metres.');
    // (Nothing that close: still no answer.)
    expect((await te.ask('How far is the wreck from the nearest port?')).inScope).toBe(false);
  });
  it('does not give a person asked for by name to someone who works at a place named after them, nor an office of two words to another, and reads a title in any of its forms', async () => {
    const t = parseArticle(`Source: Reuters

Ivory Coast opposition rejects regional vote

BOUAKÉ, Ivory Coast — Jean-Marc Kouadio, the outgoing council president, said the vote had been free and peaceful.

Sylvain N'Dri, a political scientist at Alassane Ouattara University in Bouaké, said the dispute was unlikely to spread beyond the region.`);
    const te = await engineOf(t);
    expect((await te.ask('what did President Alassane Ouattara say about the dispute')).inScope).toBe(false);
    expect((await te.ask("what did Sylvain N'Dri say")).speaker).toBe("Sylvain N'Dri");
    expect((await te.ask('what did the political scientist say')).speaker).toBe("Sylvain N'Dri");
    // (An office of two words is not another that shares one: a minister of internal affairs is no prime minister.)
    const v = await engineOf(parseArticle(`Source: AFP\n\nVanuatu signs deal\n\nPORT VILA, Vanuatu — Vanuatu's minister of internal affairs, Marcel Tabi, said the agreement was fair.`));
    expect((await v.ask("what did Vanuatu's prime minister say about the agreement")).inScope).toBe(false);
    expect((await v.ask("what did Vanuatu's minister say about the agreement")).speaker).toBe('Marcel Tabi');
    // (An abbreviation in a speaker's role is read as in the question: "CEO Jane Roe" is the chief executive.)
    const c = await engineOf(parseArticle(`Source: AP\n\nProfits rise\n\nNEW YORK — CEO Jane Roe said profits rose 12% in the quarter.`));
    expect((await c.ask('what did the chief executive say')).speaker).toBe('Jane Roe');
    // Nor does a title's gender matter: the spokesperson is who a reader calls the spokesman.
    const n = await engineOf(parseArticle(`Source: AP\n\nLandslide in Nepal\n\nKATHMANDU — Home Ministry spokesperson Narayan Bhattarai said the government would pay each family 200,000 rupees.\n\nThe company's chairwoman, Mira Rai, said the road was safe.`));
    expect((await n.ask('what did the home ministry spokesman say')).speaker).toBe('Narayan Bhattarai');
    expect((await n.ask('what did the chairman say')).speaker).toBe('Mira Rai');
    // A hyphenated role is asked for in two words, and a name that opens with an acronym is an organisation's.
    const p = await engineOf(parseArticle(`Source: Reuters\n\nCable theft halts Polish trains\n\nWARSAW — National long-distance operator PKP Intercity said it had diverted 37 of its trains via Lowicz.`));
    const a = await p.ask('what did the long distance train operator say');
    expect(a.speaker).toBe('PKP Intercity');
    expect(a.citations[0]!.text).toContain('diverted 37 of its trains');
    // A ministry speaks for the government.
    const g = await engineOf(parseArticle(`Source: Reuters\n\nCable theft\n\nWARSAW — The Infrastructure Ministry said in a statement that it was preparing legislation that would ban cash payments for scrap metal.`));
    expect((await g.ask('what does the government want to change about how scrap yards buy metal')).speaker).toBe('The Infrastructure Ministry');
    expect(extractStatements(parseArticle(`Source: Reuters\n\nCable theft\n\nWARSAW — National long-distance operator PKP Intercity said it had diverted 37 trains.`)).statements[0]!.speaker).toMatchObject({ name: 'PKP Intercity', kind: 'organization' });
  });
  it('answers "where ... from" with the place the thing came from, not a place that opens another sentence', async () => {
    const t = parseArticle(`Source: AFP

Nepal grounds airline after runway excursion

KATHMANDU, Nepal — The Dornier 228, flying a scheduled service from Nepalgunj, overran the runway at Jumla on Sunday.

In Jumla, flights by state-owned Nepal Airlines, which serves the airport twice a week, were also suspended.`);
    const te = await engineOf(t);
    expect((await te.ask('Where was the flight coming from?')).answerLine).toBe('From Nepalgunj.');
  });

  it('answers "which company" or "the name of the firm" only from a paragraph that speaks of one, and a length never with an area', async () => {
    const t = parseArticle(`Source: Reuters

Court orders Kyrgyz dam operator to lower reservoir

NARYN, Kyrgyzstan — A district court ordered Ak-Tash Energy LLC to lower the reservoir behind its dam, which covers 410 hectares.

"The herders lost their summer pasture," said Ciaran Doherty, a lawyer for the families. He said his firm was handling 12 similar cases.

Tian Shan Hydro, the company that built the dam, said the work met every standard. The dam stands 62 metres tall.

The pilot of the rescue helicopter, who flew in from Bishkek, said the water was still rising.`);
    const te = await engineOf(t);
    const firm = await te.ask('which law firm does ciaran doherty work for');
    expect(firm.inScope).toBe(false);
    // ("his firm" names none.)
    expect(firm.answerLine).toMatch(/^The article doesn't say which law firm\./u);
    expect((await te.ask("what's the name of the printing company in Naryn?")).answerLine).toMatch(/^The article doesn't name the printing company\./u);
    // (A name elsewhere in the sentence names someone else.)
    expect((await te.ask('What is the name of the helicopter pilot?')).answerLine).toMatch(/^The article doesn't name the helicopter pilot\./u);
    // A paragraph that speaks of the company answers, with the name it gives.
    const built = await te.ask('Which company built the dam?');
    expect(built.inScope).toBe(true);
    expect(built.citations[0]!.text).toContain('Tian Shan Hydro');
    // "Who was the ...?" asks for a name too; "arbitration" is no arbitrator, and a speaker with the role answers.
    const ship = await engineOf(parseArticle(`Source: AFP\n\nShip sinks off Malta\n\nVALLETTA — The Aegean Wren sank off Gozo on Sunday. Its owner then appealed to the Court of Arbitration for Sport.\n\nIts captain, Nikos Pappas, said the crew had done everything right.`));
    expect((await ship.ask('Who are the arbitrators hearing the appeal?')).answerLine).toMatch(/^The article doesn't name the arbitrators\./u);
    expect((await ship.ask('Who was the owner of the Aegean Wren?')).answerLine).toMatch(/^The article doesn't name the owner\./u);
    expect((await ship.ask('Who was the captain of the Aegean Wren?')).speaker).toBe('Nikos Pappas');
    // (The thing's words end at its verb, "spoke".)
    expect((await te.ask('Which lawyer spoke for the families?')).citations[0]!.text).toContain('Ciaran Doherty, a lawyer');
    expect((await te.ask('How tall is the dam?')).answerLine).toBe('62 metres tall.');
    // Without the height, an area is no answer.
    const area = await engineOf(parseArticle(`Source: Reuters\n\nDam row\n\nNARYN, Kyrgyzstan — The permit covered a reservoir of 410 hectares behind the Ak-Tash dam.`));
    expect((await area.ask('How tall is the Ak-Tash dam?')).inScope).toBe(false);
    expect((await area.ask('How big is the Ak-Tash reservoir?')).answerLine).toBe('410 hectares.');
  });

  it('dates "when did the accident happen" from the second paragraph when the first gives no date', async () => {
    const t = await engineOf(parseArticle(`Source: RTÉ\n\nCyclist awarded damages over pothole\n\nDUBLIN, Ireland — A cyclist who fractured her skull when her bicycle hit a pothole has been awarded €186,000 in damages.\n\nAoife Brennan, 39, was thrown from her bike on Dorset Street shortly before 8 a.m. on March 14, 2022, while cycling to work.\n\nLocal authorities across Ireland paid out about €32 million in compensation for injuries on roads in 2023.`));
    const a = await t.ask('when did the accident happen?');
    expect(a.answerLine).toBe('Shortly before 8 a.m. on March 14, 2022.');
    expect(a.citations[0]!.paragraph).toBe(2);
  });

  it('reads "late on Saturday, Oct. 18" as one date, and "a 2015 law" as the date of the law only', async () => {
    const t = await engineOf(parseArticle(`Source: News24\n\nCable thieves black out Cape Town townships\n\nCAPE TOWN, South Africa — Thousands of households spent a third night without power on Tuesday.\n\nThe thieves cut and removed roughly 900 metres of cable from the Philippi substation late on Saturday, Oct. 18, according to the city.\n\nPolice warned that dealers caught buying stolen cable could face up to 30 years in prison under a 2015 law.`));
    const a = await t.ask('When was the cable stolen?');
    expect(a.answerLine).toBe('Late on Saturday, Oct. 18.');
    expect(a.citations[0]!.paragraph).toBe(2);
    expect((await t.ask('When was the law on cable theft passed?')).answerLine).toBe('2015.');
  });

  it('dates the clause that "since 2019, when ..." opens by that year', async () => {
    const t = await engineOf(parseArticle(`Source: AP\n\nChemical leak fouls Kentucky creek\n\nASHBY, Ky. — A styrene leak at the Varden Chemical plant fouled Pond Creek on Monday, cutting off tap water for 38,000 people.\n\nIt is the second release at the plant since 2019, when Varden paid a $180,000 fine to state regulators over an ammonia leak.`));
    const a = await t.ask('When was Varden fined the last time?');
    expect(a.answerLine).toBe('In 2019.');
    expect(a.citations[0]!.paragraph).toBe(2);
  });

  it('never answers a question about the past with a deadline', async () => {
    const t = await engineOf(parseArticle(`Source: Kyodo\n\nOkinawa seawall row\n\nMOTOBU, Japan — Six weeks after a typhoon tore a 340-metre gap in the seawall protecting the fishing port of Toguchi, the town and Tokyo have still not agreed on who will pay to repair it.\n\nThe prefecture said a temporary barrier would be built by March.`));
    expect((await t.ask('When will the temporary barrier be built?')).answerLine).toBe('By March.');
    // ("called on the prefecture to reopen Toguchi port ... by March" does not say when the old seawall was built.)
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout46/articles/japan-okinawa-motobu-seawall-dispute.txt'));
    expect((await seawall.ask('When was the original Toguchi seawall built?')).inScope).toBe(false);
  });

  it('names a place with its kind ("the Motobu community centre", "the port of Lavrio")', async () => {
    const t = await engineOf(parseArticle(`Source: Kyodo\n\nOkinawa seawall row\n\nMOTOBU, Japan — The mayor said a public hearing on the seawall designs would be held on Dec. 15 at the Motobu community centre.`));
    expect((await t.ask('Where will the public hearing on the seawall designs take place?')).answerLine).toBe('At the Motobu community centre.');
    // ... and "the port of Lavrio" is a place too, before a quote that names the town alone.
    const f = await engineOf(parseArticle(`Source: AP\n\nBankrupt ferry operator strands islanders\n\nPIRAEUS, Greece — Kyklades Maritime, the ferry company that served the islands, filed for bankruptcy and tied up its four ferries in the port of Lavrio.\n\n“Now we find out from the television that our ships are tied up in Lavrio,” a resident said.`));
    const a = await f.ask('where are the ferries tied up');
    expect(a.answerLine).toBe('In the port of Lavrio.');
    expect(a.citations[0]!.paragraph).toBe(1);
  });

  it('gives a figure whose words stand far from it when the passage plainly matches the question', async () => {
    const t = await engineOf(parseArticle(`Source: AP\n\nBankrupt ferry operator strands islanders\n\nPIRAEUS, Greece — Kyklades Maritime, the ferry company that served 11 small islands, filed for bankruptcy on Wednesday and tied up its four ferries in the port of Lavrio.\n\nThe company said in a filing to an Athens court on Wednesday, Feb. 12, that it owed about 38 million euros to banks, fuel suppliers and crew and could no longer pay for fuel.`));
    const owed = await t.ask('how much does the ferry company owe');
    expect(owed.answerLine).toBe('About 38 million euros.');
    expect(owed.citations[0]!.paragraph).toBe(2);
    // A figure the article does not give stays unanswered.
    expect((await t.ask('how much does a ferry ticket cost')).inScope).toBe(false);
    expect((await t.ask('how many crew members does the company have')).inScope).toBe(false);
    // A related noun is no other thing: "its four ships" counts the ferries.
    const ships = await engineOf(await loadArticle('tests/fixtures/heldout45/articles/greece-cyclades-ferry-bankruptcy.txt'));
    expect((await ships.ask('how many ferries were tied up')).answerLine).toBe('Four ships.');
    // ... also when the question's other words leave the passage's match just short of sure ("cash" for "koruna").
    const floods = await engineOf(await loadArticle('tests/fixtures/heldout3/articles/moravia-floods.txt'));
    expect((await floods.ask('how much cash is the government putting up for the towns')).answerLine).toBe('500 million koruna.');
  });

  it('names the speaker of a reworded claim when the best passage quotes one of the closest speakers', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout6/articles/hospital-ransomware-ghent.txt'));
    // "This group has hit at least nine hospitals in Europe since January, ...," Maes said.
    const a = await te.ask('who said the hackers have already gone after other hospitals in europe this year?');
    expect(a.inScope).toBe(true);
    expect(a.speaker).toBe('Sven Maes');
    expect(a.answerLine).toMatch(/^Not in those words, but the closest is what Sven Maes/u);
    expect(a.citations[0]!.text).toContain('nine hospitals in Europe');
    // A claim nobody makes is still not pinned on anyone.
    expect((await te.ask('who said the earth is flat')).inScope).toBe(false);
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout15/articles/tucson-city-budget-vote.txt'));
    expect((await bus.ask('who said for some riders the bus is literally a matter of survival')).speaker).toBe('Delia Montoya');
  });

  it('finds the speaker of a claim told with a name the article does not use, but not of a claim with a figure it never gives', async () => {
    const peru = await engineOf(await loadArticle('tests/fixtures/heldout36/articles/peru-central-bank-sol-intervention.txt'));
    // "We did not do them in 2008, we did not do them during the pandemic, ...," Huamán told radio station RPP.
    const covid = await peru.ask("Which official insisted the country has never restricted money moving across its borders, not even during COVID?");
    expect(covid.inScope).toBe(true);
    expect(covid.speaker).toMatch(/Huamán/u);
    expect(covid.answerLine).toMatch(/^Not in those words, but the closest is what/u);
    expect(covid.citations[0]!.text).toContain('during the pandemic');
    // Other questions with a name the article never uses are still refused, with the name.
    expect((await peru.ask('What did the IMF say about the sol?')).inScope).toBe(false);
    // A made-up claim with a name the article never uses is not pinned on whoever's words come nearest.
    const rudaw = await engineOf(await loadArticle('data/article.txt'));
    const erbil = await rudaw.ask('Who said Macron will visit Erbil next month?');
    expect(erbil.inScope).toBe(false);
    expect(erbil.answerLine).toMatch(/^The article doesn't mention Erbil\./u);
    const quake = await engineOf(await loadArticle('tests/fixtures/heldout/articles/quake-malatya.txt'));
    expect((await quake.ask('who said the death toll would go above 1,000')).inScope).toBe(false);
    expect((await quake.ask('who said the earth is flat')).inScope).toBe(false);
  });

  it("takes a group's leader or boss to be whoever chairs or presides over it, and no other office", async () => {
    const matatu = await engineOf(await loadArticle('tests/fixtures/heldout21/articles/kenya-kisumu-matatu-fare-strike.txt'));
    // "Joseph Okoth, Kisumu branch chairman of the Matatu Owners Association, said ..."
    for (const q of ['what did the matatu owners leader say', 'what did the boss of the matatu owners say']) {
      const a = await matatu.ask(q);
      expect(a.inScope).toBe(true);
      expect(a.speaker).toBe('Joseph Okoth');
    }
    // A president asked about by name of country is not an association's chairperson.
    const maize = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/zambia-maize-price-subsidy.txt'));
    expect((await maize.ask('What did the president of Zambia say about the maize subsidy?')).inScope).toBe(false);
  });

  it('reads a possessive plural written without its apostrophe ("the UN childrens agency")', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/philippines-typhoon-school-closures.txt'));
    for (const q of ["what did the UN children's agency say", 'what did the UN childrens agency say']) {
      const a = await te.ask(q);
      expect(a.speaker).toBe('UNICEF');
      expect(a.citations[0]!.paragraph).toBe(13);
    }
  });

  it('answers "where ... from" with the origin whatever the verb, and reads Eastern as a place, not Easter', async () => {
    const maize = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/zambia-maize-price-subsidy.txt'));
    // "... started moving grain from its depots in Eastern and Central provinces to Lusaka ..."
    const a = await maize.ask('where is the FRA moving the grain from');
    expect(a.answerLine).toBe('In Eastern and Central provinces.');
    expect(a.citations[0]!.paragraph).toBe(16);
    expect((await maize.ask('where is the FRA moving the grain to')).answerLine).toBe('To Lusaka.');
  });

  it('reads "the department of Durazno" as a place, like a province or a region', async () => {
    const te = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/uruguay-wind-farm-grid-failure.txt'));
    expect((await te.ask('where is the wind farm that failed')).answerLine).toBe('In the central department of Durazno.');
  });

  it('does not read a time of day as a count', async () => {
    const t = await engineOf(parseArticle(`Source: AFP\n\nLandslide buries Nepali village\n\nKATHMANDU, Nepal — The landslide struck Dhanubase village in Syangja district at about 3:40 a.m. on Saturday.\n\nThe army said 40 soldiers had joined the search by 9 a.m.`));
    expect((await t.ask('how many people live in Dhanubase')).inScope).toBe(false);
    expect((await t.ask('How many soldiers joined the search?')).answerLine).toBe('40 soldiers.');
  });

  it('names who died from "the dead were ...", and reads "who was killed" as that, not as who someone is', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Two dead as cable car cabin falls near Bariloche

BARILOCHE, Argentina — Two people were killed and five injured on Saturday when a cabin on a cable car near Bariloche came off its cable and fell about 15 metres onto a slope, provincial officials said.

The accident happened at about 11:40 a.m., according to the security ministry. The dead were a 54-year-old man from Buenos Aires and a 17-year-old girl from Córdoba.

The five injured were taken to the Ramón Carrillo regional hospital in Bariloche.`));
    for (const q of ['who were the two people that died', 'who was killed']) {
      const a = await t.ask(q);
      expect(a.answerLine).toBe('A 54-year-old man from Buenos Aires and a 17-year-old girl from Córdoba.');
      expect(a.citations[0]!.paragraph).toBe(2);
    }
    // A place's name runs on through "regional hospital".
    expect((await t.ask('where were the injured taken')).answerLine).toBe('To the Ramón Carrillo regional hospital in Bariloche.');
  });

  it('reads "by what date must ... it cleared" as a deadline still to come', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Kyrgyz court cancels gold mine licence

BISHKEK, Kyrgyzstan — A court on Thursday cancelled the licence of a gold mine in Talas.

Under the ruling, Altyn Ordo must halt all work at the site within 15 days and restore the cleared land by Sept. 1 next year.`));
    const a = await t.ask('By what date must the company restore the land it cleared?');
    expect(a.answerLine).toBe('By Sept. 1.');
  });

  it('reads pledged, cautioned, conceded, ruled out and compared as speech in a who-said question', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Bankrupt ferry operator strands islanders

PIRAEUS, Greece — Islanders were left without a ferry link on Tuesday after Kyklades Maritime filed for bankruptcy.

Shipping Minister Stavros Kalogeropoulos said that no island would be left isolated and that the navy would carry supplies if needed.

Union leader Maria Papadaki said the crews had not been paid since June.`));
    for (const q of ['who pledged that no island would be left isolated', 'Who cautioned that no island would be left isolated?']) {
      const a = await t.ask(q);
      expect(a.speaker).toBe('Stavros Kalogeropoulos');
      expect(a.answerLine).toBe('Shipping Minister Stavros Kalogeropoulos said this.');
    }
  });

  it('answers "by how much" with the change, "where is X based" from "X of Town", and refuses a speaker named with a word the article never uses', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Moroccan farmers uproot orchards as drought drains dams

AGADIR, Morocco (Reuters) - Farmers have begun tearing out orchards as drought pushes reservoirs to record lows, forcing authorities to cut irrigation water by 60 percent from April 1.

The lot was won by a partnership between a local company and Pesquera Ria Nova of Vigo, Spain, with a bid of 41.5 million pounds.

The Anti-Doping Agency of Kenya said it would study the ruling before deciding whether to appeal.`));
    expect((await t.ask('by how much is irrigation water being cut')).answerLine).toBe('60 percent.');
    expect((await t.ask('where is Pesquera Ria Nova based')).answerLine).toBe('In Vigo, Spain.');
    const wada = await t.ask('what did the World Anti-Doping Agency say about the ruling');
    expect(wada.inScope).toBe(false);
    expect(wada.answerLine).toMatch(/^The article doesn't mention World Anti-Doping Agency\./u);
    // (The agency the article does quote is still found by its own name, and an acronym is not refused this way.)
    expect((await t.ask('what did the Anti-Doping Agency of Kenya say')).speaker).toBe('Anti-Doping Agency of Kenya');
  });

  it('keeps the unit of time a how-many question counts: "almost 60 hours before it was sent"', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Tribunal overturns runner's doping ban

NAIROBI, Kenya — The panel found that the sample had been kept in an unrefrigerated car for almost 60 hours before it was sent to a laboratory.`));
    expect((await t.ask('how many hours was the sample left in the car')).answerLine).toBe('Almost 60 hours.');
  });

  it('dates a verb that shares its "would" with the clause before, and finds places after "bound for" and "between"', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Sake brewery to close

NIIGATA, Japan — Hoshikawa Shuzo said in a notice that it would brew its last batch this winter and close on March 31, with the loss of 14 jobs.

The protest held up dozens of trucks loaded with beans bound for the port of San Pedro, 130 km to the south.

The 587 service runs six times a day on weekdays between Llanidloes, Trefeglwys, Caersws and Newtown.`));
    expect((await t.ask('When will the brewery close?')).answerLine).toBe('On March 31.');
    expect((await t.ask('where were the trucks full of beans heading')).answerLine).toBe('Port of San Pedro.');
    expect((await t.ask('which places does the 587 bus run between')).answerLine).toBe('Between Llanidloes, Trefeglwys, Caersws and Newtown.');
  });

  it('reads "likened" and "asked" as speech in a who-said question', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Airline cancels flights

Kavitha Subramaniam, a teacher, said she had learned of the cancellation by text message.

“I understand the pilots, but why is it always the passengers who pay?” she said.

"The aquifers are a savings account, and the coast has been living off the savings for years," hydrogeologist Ndapewa Iipumbu said.`));
    expect((await t.ask('who asked why its always the passengers who pay')).speaker).toBe('Kavitha Subramaniam');
    expect((await t.ask('Who likened the aquifers to a savings account the coast keeps drawing down?')).speaker).toBe('Ndapewa Iipumbu');
  });

  it('counts "84 domestic and regional flights" as flights, and reads "a nine-year prison sentence" as nine years', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Airline cancels 84 flights

KUALA LUMPUR, Malaysia — Serindit Air cancelled 84 domestic and regional flights on Thursday after hundreds of its pilots refused to work overtime, stranding thousands of passengers.

Prosecutors are seeking a nine-year prison sentence and a 14-year ban from public office.`));
    expect((await t.ask('How many flights did Serindit Air cancel on Thursday?')).answerLine).toBe('84 domestic and regional flights.');
    expect((await t.ask('How many years in prison are prosecutors asking for?')).answerLine).toBe('A nine-year prison sentence.');
  });

  it('reads "meet to explain" as when they meet, not when someone spoke, and "one of Walvis Bay\'s townships" as no count', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Court strikes down mezcal rule

OAXACA, Mexico — A court struck down a mezcal testing rule on Tuesday.

Martínez Cruz said the cooperative would hold an assembly in Santiago Matatlán on Nov. 22 to explain the decision to its members.

In Kuisebmond, one of Walvis Bay's oldest townships, taps regularly run dry in the afternoon.`));
    expect((await t.ask('When will the cooperative meet to explain the ruling to its members?')).answerLine).toBe('On Nov. 22.');
    expect((await t.ask('How many people live in Walvis Bay?')).inScope).toBe(false);
  });

  it('reads "what happened" inside a who-said question, "boasted" as speech, and two questions in one as no what-did-X-say', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Eight killed as fire tears through battery warehouse

CHANGZHOU, China — Eight workers were killed when fire swept through a warehouse on Thursday.

"We will find out the truth and hold those responsible to account, whoever they are," vice mayor Lu Wenjie said.

Deputy Mayor Natalia Lungu said more children had been vaccinated in two days than in the whole of last autumn.

The state has offered each bereaved family 2 million lek, but most have refused it, lawyer Mirela Kasa said.`));
    const lu = await t.ask('Who promised to get to the bottom of what happened and punish whoever was to blame?');
    expect(lu.kind).toBe('who-said');
    expect(lu.speaker).toBe('Lu Wenjie');
    expect((await t.ask('Which official boasted that more children were vaccinated in two days than in the whole of last autumn?')).speaker).toBe('Natalia Lungu');
    const two = await t.ask('What is the state offering the bereaved families, and why are most saying no?');
    expect(two.kind).not.toBe('what-said');
    expect(two.citations[0]?.paragraph).toBe(4);
    // ("What happened?" alone still asks what the story is about.)
    expect((await t.ask('what happened?')).kind).toBe('about');
  });

  it('gives the new level of a change, a time of day with its day, and "27 others" for the injured', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Delta islanders blockade ferry terminal over fare rise

TIGRE, Argentina — The increase raised the price of a single ticket to the furthest stops on the Parana de las Palmas from 6,800 pesos to 12,600 pesos.

Samuel said the airport would stay closed until at least noon on Tuesday, depending on the wind.

A fire at a chlorine plant killed three workers and injured 27 others on Thursday night.`));
    expect((await t.ask('how much is a single ticket now')).answerLine).toBe('12,600 pesos.');
    expect((await t.ask('When is the airport expected to reopen?')).answerLine).toBe('Noon on Tuesday.');
    const dam = await engineOf(parseArticle(`Source: AP\n\nTailings dam breach\n\nLETLHAKANE, Botswana — A wall of a tailings dam at a diamond mine gave way before dawn on Thursday, local officials said.`));
    expect((await dam.ask('When did the dam wall give way?')).answerLine).toBe('Before dawn on Thursday.');
    const metro = await engineOf(parseArticle(`Source: AP\n\nHanoi delays metro line\n\nHANOI, Vietnam — The opening of Hanoi's new Line 5 metro has been pushed back by at least 18 months, to the end of 2027, officials said on Wednesday.`));
    expect((await metro.ask('When is Line 5 now expected to open?')).answerLine).toBe('The end of 2027.');
    expect((await t.ask('how many people were injured in the fire')).answerLine).toBe('27 others.');
  });

  it('does not answer "who said X should ..." with X\'s own words, but does "who said X would ..."', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Smoke shuts Oregon schools

MEDFORD, Oregon — Superintendent Dana Whitcomb said the district's schools would stay closed on Monday because the smoke had made the air hazardous to breathe.

Parents said they had been given too little notice.`));
    for (const q of ['Who said Dana Whitcomb should have closed the schools earlier?', 'who said dana whitcomb should have closed the schools earlier']) {
      const a = await t.ask(q);
      expect(a.speaker).toBeNull();
      expect(a.answerLine).toMatch(/^I couldn't find who said that/u);
    }
    expect((await t.ask('Who said the schools would stay closed on Monday?')).speaker).toBe('Dana Whitcomb');
    // (A claim about what the named person will do may well be their own: she said it.)
    expect((await t.ask('who said Dana Whitcomb would keep the schools closed on Monday')).speaker).toBe('Dana Whitcomb');
  });

  it('gives no question as a cause ("because what else is there?")', async () => {
    const t = await engineOf(await loadArticle('tests/fixtures/heldout56/articles/south-africa-cederberg-wildfire.txt'));
    const a = await t.ask('Why were the water-bombing choppers kept on the ground at the start of the week?');
    expect(a.answerLine).toBe('Because gusts reached 70 km an hour.');
    expect(a.citations[0]!.paragraph).toBe(4);
  });

  it('counts "19 deaths" for who died, reads "registered dockers" as what is counted (not a past verb), and gives a season as a date', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Antwerp dockers strike as cholera spreads in the north

ANTWERP, Belgium — The federal government tabled a bill that would allow terminal operators to hire workers from outside the pool of about 9,000 registered dockers for some logistics tasks.

Health authorities declared an alert after the number of suspected cases rose to 1,342 in five weeks, with 19 deaths, most of them in the coastal districts.

Regula Imfeld said the committee would push for the plot to be turned into a public park, and would launch a petition in the spring.`));
    expect((await t.ask('how many registered dockers are there in antwerp')).answerLine).toBe('About 9,000.');
    expect((await t.ask('how many people have died in the outbreak')).answerLine).toBe('19 deaths.');
    expect((await t.ask('When will the committee launch its petition?')).answerLine).toBe('In the spring.');
  });

  it('reads a label as no count ("level four"), a quarter of a year as a date, a roundabout as a place, and a lede\'s "officials said on Thursday" as no date of the event', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Landslide cuts highway as avalanche danger rises

GAMGADHI, Nepal — A landslide has buried a 300-metre section of the Karnali Highway, stranding hundreds of travellers, local officials said on Thursday.

The slide came down shortly before 4 a.m. on Tuesday, Aug. 12, near Pina village.

A mountain guide said the avalanche danger had been raised to level four on a five-point scale on Monday.

Police fired tear gas to disperse crowds at the Parcelles Assainies roundabout and in Thiaroye.

The company had told investors it planned to start drilling its first well on the block in the first quarter of 2026.

The Federal Association of German Inland Navigation said about 380 vessels were lying idle between Mannheim and Duisburg.`));
    expect((await t.ask('How many avalanches have hit the region so far this winter?')).inScope).toBe(false);
    expect((await t.ask('what level was the avalanche danger raised to')).citations[0]?.text).toMatch(/level four/u);
    expect((await t.ask('When does the company plan to start drilling?')).answerLine).toBe('In the first quarter of 2026.');
    expect((await t.ask('Where did police fire tear gas?')).answerLine).toBe('At the Parcelles Assainies roundabout.');
    expect((await t.ask('When did the landslide happen?')).answerLine).toBe('Shortly before 4 a.m. on Tuesday, Aug. 12.');
    expect((await t.ask('how many ships are stuck between Mannheim and Duisburg')).answerLine).toBe('About 380 vessels.');
  });

  it('gives a weekday its calendar date from elsewhere in the article, a role after an age, a donation as money, a court as a place, and "the central bank governor"', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Gas pipeline blast kills 11 as bank holds rates

LAGHOUAT, Algeria — An explosion on a gas pipeline killed 11 people late on Thursday, officials said.

The blast tore through a section of buried trunk line at around 11:40 p.m. on Thursday, Feb. 12.

Prosecutors said Han Gyeong-su, 61, Dongyeong University’s vice president for admissions, had ordered scores to be altered.

Prosecutors said the parents of 14 of the applicants had made donations to the university totalling 2.3 billion won.

The suit, filed in federal court in Gulfport on behalf of 412 policyholders, seeks at least $96 million.

“We are closer to the end of the easing cycle than to its beginning,” Governor Claudia Errázuriz told a news conference at the central bank.`));
    const blast = await t.ask('When did the pipeline explode?');
    expect(blast.answerLine).toBe('Late on Thursday, Feb. 12.');
    expect(blast.citations.map((c) => c.paragraph)).toEqual([1, 2]);
    expect((await t.ask('who is Han Gyeong-su')).answerLine).toBe('Han Gyeong-su: 61, Dongyeong University’s vice president for admissions.');
    expect((await t.ask("How much did the applicants' parents donate to the university?")).answerLine).toBe('2.3 billion won.');
    expect((await t.ask('where was the lawsuit filed')).answerLine).toBe('In federal court in Gulfport.');
    expect((await t.ask('what did the central bank governor say')).speaker).toBe('Claudia Errázuriz');
  });

  it('takes a street named in another language ("on Rua de São Tomé") or a building\'s office as the exact spot over the lede\'s district', async () => {
    const t = await engineOf(await loadArticle('tests/fixtures/heldout49/articles/portugal-lisbon-alfama-tram-derailment.txt'));
    const a = await t.ask('where exactly did the tram come off the rails');
    expect(a.answerLine).toBe('On Rua de São Tomé.');
    expect(a.citations[0]?.paragraph).toBe(2);
    // (So is a building's office, over a town's surroundings: not "North of Austin.")
    const texas = await engineOf(await loadArticle('tests/fixtures/heldout20/articles/texas-pecan-ridge-library-vote.txt'));
    expect((await texas.ask('where will the books be kept while theyre being reviewed')).answerLine).toBe('In the central office.');
    // (But not a museum where a find is kept now, for where it was dug up.)
    const jutland = await engineOf(await loadArticle('tests/fixtures/heldout8/articles/jutland-gold-hoard.txt'));
    expect((await jutland.ask('Where exactly was the hoard dug up?')).answerLine).toBe('In central Jutland.');
  });

  it('reads a court named by its level and its name as a place ("in state Supreme Court in Kingston")', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Losing candidate sues over rejected ballots

KINGSTON, N.Y. (AP) — A losing mayoral candidate has sued the Ulster County Board of Elections over 31 rejected mail ballots.

The lawsuit, filed in state Supreme Court in Kingston, says 19 of the ballots were rejected because voters signed the envelope in the wrong place.`));
    const a = await t.ask('Where was the lawsuit filed?');
    expect(a.answerLine).toBe('In state Supreme Court in Kingston.');
    expect(a.citations[0]?.paragraph).toBe(2);
  });

  it('takes a lower-case destination only when it names a place, reads one with no article ("to evacuation centres"), a street after a building and a second region in lower case', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Mountain lodge burns as hikers escape into the night

POPRAD, Slovakia — A fire gutted a mountain lodge in the High Tatras early on Sunday, forcing 30 hikers to flee into the freezing darkness, rescuers said.

The hikers were led down a 4-km path to Tatranská Lomnica, the last of them arriving after 6 a.m.

Some 1,500 people from three coastal villages were moved by bus to evacuation centres in schools and churches on the island's north coast.

Several hundred teachers rallied outside the Ministry of Finance on Kingsway.

Officials said the swarms had formed in eastern Chad and western Sudan.`));
    expect((await t.ask('Where were the hikers taken after they were led down the mountain?')).answerLine).toBe('To Tatranská Lomnica.');
    expect((await t.ask('where were the villagers moved to')).answerLine).toBe("To evacuation centres in schools and churches on the island's north coast.");
    expect((await t.ask('where did the teachers rally')).answerLine).toBe('Outside the Ministry of Finance on Kingsway.');
    expect((await t.ask('where did the swarms form')).answerLine).toBe('In eastern Chad and western Sudan.');
  });

  it('dates a thing by a date that qualifies its noun ("in the Oct. 5 election"), not by a weekday in a busier lede', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Defeated mayoral candidate demands recount

AREQUIPA, Peru — Hundreds of supporters of a defeated candidate for mayor of Arequipa blocked the entrance to the city's electoral jury on Wednesday, demanding a recount of the mayoral election after official results showed she had lost by just 212 votes.

With all ballots counted, the national electoral office said that Jorge Salas of the Arequipa Unida movement had won 31.4% of valid votes in the Oct. 5 election, against 31.2% for Ana Quispe.

It is the narrowest margin in an Arequipa mayoral race since at least 1998.`));
    expect((await t.ask('When was the mayoral election held?')).answerLine).toBe('Oct. 5.');
  });

  it('reads "came into force on" as when something started', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Drivers block new toll plaza on expressway

LAGOS, Nigeria — Police fired tear gas on Monday to break up a protest by minibus drivers who blocked a newly opened toll plaza on the Lagos-Badagry Expressway.

The toll, which came into force on Nov. 1, charges 1,500 naira (about $1) for cars and 2,000 naira for minibuses each way. It is collected by a company that signed a 25-year agreement with the state government in 2022.

Musiliu Adeyemi, chairman of the drivers' union, said the union had not been consulted about the charges and threatened a three-day strike by commercial drivers from Nov. 20 if the toll was not suspended.`));
    expect((await t.ask('when did the toll start')).answerLine).toBe('On Nov. 1.');
  });

  it('describes someone by the role that opens the sentence before their name ("The driver, Ronald Kessler, 58, ...")', async () => {
    const t = await engineOf(parseArticle(`Source: AP

School bus slides off icy road

MARLINTON, W.Va. (AP) — A school bus slid off an icy mountain road on Thursday, injuring 22 children, state police said.

Two students remained in critical condition, officials said. The driver, Ronald Kessler, 58, was in serious but stable condition.

The federation's general secretary, Renzo Salaverry, was among those whose homes were searched, according to two people familiar with the case.

The investigation began in 2019 after a complaint by a municipal engineer, Laura Fuentes, who said she had been pressured.`));
    const driver = await t.ask('Who is Ronald Kessler?');
    expect(driver.answerLine).toBe('Ronald Kessler: the driver, 58 years old.');
    expect(driver.citations[0]?.paragraph).toBe(2);
    expect((await t.ask('who is Renzo Salaverry')).answerLine).toBe("Renzo Salaverry: the federation's general secretary.");
    // (Not a whole clause that happens to open with "The": she is the engineer.)
    expect((await t.ask('who is Laura Fuentes')).answerLine).not.toMatch(/investigation/u);
  });

  it('describes someone a "who" clause describes with that clause ("Tom Hadley, who owns a hardware store, said this.")', async () => {
    const t = await engineOf(parseArticle(`Source: ABC

Floodwaters swamp Lismore

LISMORE, Australia — Floodwaters swamped the town centre overnight.

Tom Hadley, who owns a hardware store on Mary Street, said the water was over the top shelf by midnight.

Tesfaye Dangiso, the union's general manager, said no offer had been made.`));
    expect((await t.ask('who is Tesfaye Dangiso')).answerLine).toBe("Tesfaye Dangiso: the union's general manager.");
    expect((await t.ask('who said the water was over the top shelf by midnight')).answerLine).toBe('Tom Hadley, who owns a hardware store on Mary Street, said this.');
    expect((await t.ask('who is Tom Hadley')).answerLine).toBe('Tom Hadley, who owns a hardware store on Mary Street.');
    expect((await t.ask('What did Tom Hadley say?')).answerLine).toBe('Tom Hadley (who owns a hardware store on Mary Street) said:');
  });

  it('writes an organisation the article names with "the" with it ("The Institute of ... said this."), and one it names without, without', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Drought and spill

Rainfall was 68 percent below average, according to the Institute of Hydrology, Meteorology and Environmental Studies (IDEAM). It said the dry spell was linked to El Niño conditions in the Pacific.

IDEAM forecast that the rainy season would begin in the second half of October.

The line is operated by Deltaris Energy, a Nigerian independent producer. Deltaris Energy said in a statement that it had shut down the line.`));
    expect((await t.ask('who blamed the dry spell on El Niño')).answerLine).toBe('The Institute of Hydrology, Meteorology and Environmental Studies (IDEAM) said this.');
    expect((await t.ask('What did IDEAM say?')).answerLine).toBe('The Institute of Hydrology, Meteorology and Environmental Studies (IDEAM) is quoted 3 times:');
    expect((await t.ask('who said the line had been shut down')).answerLine).toBe('Deltaris Energy said this.');
  });

  it('writes a rank that stands between a role and a name with the name ("Cmdr. Nikos Alexiou (coastguard spokesman)")', async () => {
    const t = await engineOf(parseArticle(`Source: Test Wire

Ferry runs aground

ATHENS — A ferry ran aground off Kalymnos on Sunday, coastguard spokesman Cmdr. Nikos Alexiou said.

"Everyone is safe," Alexiou said. "The ship is stable."`));
    expect((await t.ask('What did Nikos Alexiou say?')).answerLine).toBe('Cmdr. Nikos Alexiou (coastguard spokesman) is quoted 2 times:');
    expect((await t.ask('who said everyone is safe')).answerLine).toBe('Cmdr. Nikos Alexiou, coastguard spokesman, said this.');
    expect((await t.ask('who is Nikos Alexiou')).answerLine).toBe('Cmdr. Nikos Alexiou: coastguard spokesman.');
  });

  it('answers "what did the café owner in Gloggnitz say" with the speaker the fitting passage quotes, and says it is the closest; not for an office', async () => {
    const t = await engineOf(await loadArticle('tests/fixtures/heldout44/articles/austria-semmering-tunnel-delay.txt'));
    const cafe = await t.ask('what did the café owner in Gloggnitz say');
    expect(cafe.inScope).toBe(true);
    expect(cafe.speaker).toBe('Brigitte Haas');
    expect(cafe.answerLine).toBe('The closest to “the café owner in Gloggnitz” is Brigitte Haas, quoted 2 times:');
    expect(cafe.citations[0]?.paragraph).toBe(16);
    const durban = await engineOf(await loadArticle('tests/fixtures/heldout34/articles/south-africa-durban-dockworkers-automation.txt'));
    expect((await durban.ask('what did the union leader say')).speaker).toBe('Sibusiso Mkhize');
    // (An office the article does not quote is nobody else; nor is a body it never names.)
    for (const q of ['what did the governor of Niederösterreich say', 'what did the mayor say about the delay']) expect((await t.ask(q)).inScope, q).toBe(false);
    const oman = await engineOf(await loadArticle('tests/fixtures/heldout54/articles/oman-wadi-bani-khalid-flash-flood.txt'));
    expect((await oman.ask('what did the indian embassy in muscat say about the flood')).inScope).toBe(false);
  });

  it('knows "Coun." as a councillor\'s title, and "the union official" as whoever holds an office in the union', async () => {
    const t = await engineOf(parseArticle(`Source: Test Wire

Council moves police money

KINGSTON, Ontario — Council voted 7-6 on Tuesday to move $2.4 million from the police budget to a crisis team.

Coun. Martin Delisle, who voted against the motion, told reporters that council had "rushed a $2.4-million decision through in a single evening."

Rangi Paewai, national secretary of the Ontario Police Workers Union, said officers were already stretched. "Nobody asked us," Paewai said.`));
    for (const q of ['what did the councillor who voted against the motion say', 'What did the councilor say?']) {
      const a = await t.ask(q);
      expect(a.answerLine, q).toBe('Coun. Martin Delisle said:');
      expect(a.citations[0]?.paragraph, q).toBe(2);
    }
    expect((await t.ask('who said the decision was rushed')).answerLine).toBe('Coun. Martin Delisle said this.');
    const union = await t.ask('what did the union official say');
    expect(union.speaker).toBe('Rangi Paewai');
    expect(union.citations.map((c) => c.paragraph)).toEqual([3, 3]);
  });

  it('writes a courtesy title that follows a role with the name ("Dr. Camila Rosero: Climate scientist.")', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Drought and rugby

Climate scientist Dr. Camila Rosero of the University of Nariño said the ideal zone was moving uphill.`));
    expect((await t.ask('who is Camila Rosero')).answerLine).toBe('Dr. Camila Rosero: Climate scientist.');
    expect((await t.ask('what did Camila Rosero say')).answerLine).toBe('Climate scientist Dr. Camila Rosero said:');
  });

  it('writes a speaker\'s name as a sentence would: a courtesy title before the name, "a group calling itself" before it, a capital to start', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Measles outbreak and port hack

ZOMBA, Malawi — Measles has spread through a boarding school, health officials said.

"One case turns into twenty in a week in a dorm," said District Health Officer Dr. Chikondi Nyirenda.

Dr. Kemal Arslan, who heads search and rescue operations in Malatya, said teams were still working.

A group calling itself Black Tern listed the port operator on its leak site late on Tuesday, claiming it had stolen 700 gigabytes of data.

Inflation rose to 4.1 percent in October, the central bank said.`));
    expect((await t.ask('who said one case turns into twenty in a week')).answerLine).toBe('District Health Officer Dr. Chikondi Nyirenda said this.');
    expect((await t.ask('Who is Kemal Arslan?')).answerLine).toBe('Dr. Kemal Arslan, who heads search and rescue operations in Malatya.');
    expect((await t.ask('who claimed they took 700 gigabytes of data')).answerLine).toBe('A group calling itself Black Tern said this.');
    expect((await t.ask('who said inflation went up to 4.1 percent in october')).answerLine).toBe('The central bank said this.');
  });

  it('answers "by how many" with the figure after "by", and ends a figure before "out of"', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Mayor's rival demands recount

AREQUIPA, Peru — Ana Quispe lost the mayoral race by just 212 votes out of more than 180,000 ballots cast, official results showed.

Quispe says she lost only because about 9,000 votes on 40 tally sheets were annulled.`));
    expect((await t.ask('by how many votes did Quispe lose')).answerLine).toBe('Just 212 votes.');
  });

  it('describes someone from the sentence that gives their role by the surname, when it says more than the role', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Mayor's rival demands recount

AREQUIPA, Peru — Jorge Salas of the Arequipa Unida movement won 31.4% of valid votes, official results showed.

Salas, a 58-year-old businessman who owns a chain of hotels in the Colca Valley, said he respected his rival's right to challenge the results.`));
    expect((await t.ask('who is Jorge Salas')).answerLine).toBe('Jorge Salas: a 58-year-old businessman who owns a chain of hotels in the Colca Valley.');
  });

  it('keeps "several" with "hundred" and ends a figure\'s words before "outside" or "near"', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Teachers strike over pay

MASERU, Lesotho — The union's secretary general addressed several hundred striking teachers outside the Ministry of Education on Kingsway.

The company is building a $1.1 billion plant near the village of Ha Ramabanta.`));
    expect((await t.ask('How many teachers gathered at the ministry?')).answerLine).toBe('Several hundred striking teachers.');
    expect((await t.ask('How much does the plant cost?')).answerLine).toBe('$1.1 billion plant.');
  });

  it('reads "14 injured" as people, which no count of warehouses is', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Warehouse roof collapses

AHMEDABAD, India — Nine workers were killed and 14 injured when the roof of a cotton warehouse collapsed in the Changodar industrial area.`));
    expect((await t.ask('How many warehouses in Changodar have failed safety inspections?')).inScope).toBe(false);
    expect((await t.ask('How many workers were injured?')).answerLine).toBe('14.');
  });

  it('answers with the part, not the whole it is of ("214 of the district\'s 260 schools", "five of whom"), reads "how high" as a height where "High" is a name, and an altitude as no depth', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Teachers strike shuts schools

MASERU, Lesotho — The union said 214 of the district's 260 government and church-run schools did not open on Monday.

About 2,900 of the roughly 3,400 drivers employed by the city's bus operators took part in the strike.

Health officials said they had received reports of 14 babies who became unwell after being fed the formula since late August, five of whom were admitted to hospital.

A fire destroyed a mountain hut in the High Tatras on Sunday.

The hut, built in 1927 at an altitude of 1,890 metres, was one of 15 staffed huts in the range.`));
    expect((await t.ask('how many schools didnt open')).answerLine).toBe('214.');
    expect((await t.ask('how many drivers went on strike')).answerLine).toBe('About 2,900 of the roughly 3,400 drivers.');
    expect((await t.ask('How many schools are there in the district?')).answerLine).toBe('260 government and church-run schools.');
    expect((await t.ask('How high up was the hut?')).answerLine).toBe('1,890 metres.');
    // (An altitude, "about 4,400 metres above sea level", is a height: no depth.)
    const bhutan = await engineOf(await loadArticle('tests/fixtures/heldout71/articles/bhutan-lunana-glacial-lake-flood-warning.txt'));
    expect((await bhutan.ask('How deep is Bechung Tsho?')).answerLine).not.toMatch(/4,400/u);
    // (But a toll asked for is the whole toll, not "31 of the injured".)
    const crush = await engineOf(await loadArticle('tests/fixtures/heldout76/articles/cameroon-douala-cup-final-gate-crush.txt'));
    expect((await crush.ask('How many people were injured in the crush?')).answerLine).toBe('At least 47.');
    // ("five of whom": the part, however far its whole stands before it.)
    expect((await t.ask('How many babies were admitted to hospital?')).answerLine).toBe('Five.');
    expect((await t.ask('how many babies became unwell')).answerLine).toBe('14 babies.');
    // (A part with its own noun is what is counted, "are there" or not.)
    const rudaw = await engineOf(await loadArticle('data/article.txt'));
    expect((await rudaw.ask('how many american soldiers are there')).answerLine).toBe('2,500.');
    // ("2,500 of them Americans" are soldiers too: a kind of what the number before counts.)
    expect((await rudaw.ask('how many troops does the US have in Iraq')).answerLine).toBe('2,500.');
    expect((await rudaw.ask('how many foreign soldiers are in iraq')).answerLine).toBe('3,500 foreign soldiers.');
  });

  it('answers "according to X" with the figure of the sentence that names X ("put the number at around 600")', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Protesters block bridge over toll rise

PORTO ALEGRE, Brazil — Protesters blocked the Guaíba river bridge for four hours on Tuesday.

Rafael Bittencourt, a coordinator of the movement that organised the blockade, said about 1,200 people had taken part. The state military police put the number at around 600.`));
    expect((await t.ask('How many people took part in the blockade according to the military police?')).answerLine).toBe('Around 600.');
    expect((await t.ask('How many people took part in the blockade?')).answerLine).toBe('About 1,200 people.');
  });

  it('reads "which agency reported that ..." as who said it', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Refinery blast forces evacuation

The Louisiana Department of Environmental Quality said its mobile laboratory had detected elevated levels of sulfur dioxide near the plant overnight, but that readings in residential areas had stayed below levels considered immediately dangerous.`));
    expect((await t.ask('Which agency reported that pollution in nearby neighborhoods never reached dangerous levels?')).speaker).toBe('Louisiana Department of Environmental Quality');
  });

  it('counts devotees as people, reads a number in a name as no figure the answer must repeat, and ends a place at its beach', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Rocket countdown halted as pilgrims crowd shrine

The three-day urs drew an estimated 1.2 million devotees to the town of Sehwan, according to the district administration. Doctors said they were putting two patients on one bed.

The main payload is the 520-kilogram Haeyang-1 ocean satellite. It cost 148 billion won ($107 million) to build.

Hundreds of spectators who had gathered at an observatory on Namyeol beach began to leave after the postponement was announced.`));
    expect((await t.ask('How many people came to Sehwan for the urs?')).answerLine).toBe('1.2 million devotees.');
    expect((await t.ask('How much did the Haeyang-1 satellite cost to build?')).answerLine).toBe('148 billion won.');
    expect((await t.ask('where were spectators watching the launch from')).answerLine).toBe('On Namyeol beach.');
  });

  it('counts no age, answers no length with a span of time, and finds no other museum for "the British Museum"', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Museum returns gold as motorway deal collapses

Prosecutors said Han Gyeong-su, 61, the university's vice president, had ordered scores to be altered for 23 applicants.

The operator was given a week to respond to the ministry's letter about the Ploiești to Brașov motorway.

The objects were taken by British troops in 1874. The Ghana Museums and Monuments Board said they would go on display in Kumasi.`));
    expect((await t.ask('How many of the 23 applicants were children of professors at the university?')).inScope).toBe(false);
    expect((await t.ask('How long is the whole Ploiești to Brașov motorway in kilometres?')).inScope).toBe(false);
    expect((await t.ask('what did the British Museum say about giving back its own pieces')).inScope).toBe(false);
    expect((await t.ask('what did the Ghana Museums board say')).speaker).toBe('Ghana Museums and Monuments Board');
  });

  it('answers who said it from the statement that says the claim, among passages that match about as well', async () => {
    const t = await engineOf(await loadArticle('tests/fixtures/heldout31/articles/panama-canal-toll-increase.txt'));
    const a = await t.ask('who said a canal with no water is worthless');
    expect(a.speaker).toBe('Gabriela Arosemena');
    expect(a.citations[0]!.paragraph).toBe(3);
  });

  it('answers who said it from the statement that gives the question\'s figure, in digits or in words', async () => {
    const t = await engineOf(await loadArticle('tests/fixtures/heldout73/articles/argentina-cordoba-nurses-staffing-strike.txt'));
    for (const q of ['who said she had 14 paitents by herself on a night shift', 'who said she had fourteen patients']) {
      const a = await t.ask(q);
      expect(a.speaker, q).toBe('Lucia Ferreyra');
      expect(a.citations[0]?.paragraph, q).toBe(4);
    }
    // (Not a word that is no figure: "no one".)
    const tucson = await engineOf(await loadArticle('tests/fixtures/heldout15/articles/tucson-city-budget-vote.txt'));
    expect((await tucson.ask('who said no one got everything they asked for in the budget')).speaker).toBe('Regina Castañeda');
  });

  it('tells which toll a figure is by the verb before it, and keeps a clock time with its weekday', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Pipeline blast kills 11

LAGHOUAT, Algeria — An explosion on a gas pipeline killed 11 people and injured at least 34 late on Thursday, officials said.

St. James Parish President Darnell Theriot issued a mandatory evacuation order at 1:15 a.m. Wednesday and opened a shelter.`));
    expect((await t.ask('how many people were injured in the blast')).answerLine).toBe('At least 34.');
    expect((await t.ask('how many people were killed in the blast')).answerLine).toBe('11 people.');
    expect((await t.ask('When was the evacuation order issued?')).answerLine).toBe('At 1:15 a.m. Wednesday.');
  });

  it('counts the side of a vote a question asks for, and reads a figure\'s tense in its own clause, not a relative clause after it', async () => {
    const t = await engineOf(parseArticle(`Source: SWI

Zug voters reject casino as Uri village is evacuated

According to official results, 54.6 percent of voters rejected an amendment to the cantonal zoning plan that would have allowed the casino to be built next to the Seehof hotel in Cham, while 45.4 percent voted in favour.

ALTDORF, Switzerland — About 240 residents of the mountain village of Fürenegg were ordered to leave their homes on Wednesday after geologists warned that a large part of the glacier above the village could collapse within days.

Annelies Gisler said most families had found places to stay with relatives and that 38 people, many of them elderly, were being housed in a hotel in Andermatt.`));
    expect((await t.ask('what percentage voted against the casino')).answerLine).toBe('54.6 percent.');
    expect((await t.ask('what percentage voted in favour of the casino')).answerLine).toBe('45.4 percent.');
    expect((await t.ask('how many residents were told to leave')).answerLine).toBe('About 240 residents.');
  });

  it('says the article mentions someone it does not quote only when one paragraph names them', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Dakar bus fares rise by a third

DAKAR, Senegal — Commuters blocked roads on Monday after bus fares rose by a third.

The Association of Public Transport Users said it had collected 25,000 signatures. Its president, Ibrahima Faye, said the service should be fixed first.

The finance minister met union leaders on Tuesday but made no statement.`));
    const president = await t.ask("What did Senegal's president say about the bus fare protests?");
    expect(president.inScope).toBe(false);
    expect(president.answerLine).toMatch(/^The article doesn't quote Senegal's president\./u);
    expect((await t.ask('what did the finance minister say')).answerLine).toMatch(/^The article mentions the finance minister but doesn't quote them\./u);
  });
  it('answers "what did the X who ... say" with the one X quoted when the clause is told in other words', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Inquiry blames worn brakes for bus crash

SHIMLA, India — A bus that plunged into a gorge in August had badly worn brakes, a state inquiry found on Monday.

The report was prepared by a three-member committee headed by retired High Court judge Rajinder Thakur.

“This was not an act of God. It was a chain of failures,” Thakur told reporters in Shimla.

Kamla Devi, 58, said passengers had begged the conductor to stop letting people on.`));
    const a = await t.ask('what did the retired judge who led the inquiry say');
    expect(a.answerLine).toBe('Rajinder Thakur (retired High Court judge) said:');
    expect(a.citations[0]?.paragraph).toBe(3);
    // (Two people the words before the clause could be: no guess.)
    expect((await t.ask('what did the woman who led the protest say')).inScope).toBe(false);
  });

  it('takes a place a "where" clause tells the question about, ends a venue\'s place at a word, and never at a clause after it', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Uganda raises rates

KAMPALA — Sweden's food agency on Thursday ordered the recall of formula made at a factory in the south of the country after samples tested positive for a bacterium.

“Our members are the ones who pay,” Kiggundu told Reuters by phone from Jinja, where he runs a plastics factory employing 140 people.

Sofia Alexiou, an economist, said the dispute reflected a shortage of drivers in Greece, where about a third of licensed drivers are over 55.

“Tired drivers are dangerous drivers,” Papadakis told a rally of workers outside the company’s depot in the western district of Stavroupoli.`));
    expect((await t.ask('Where does Kiggundu run his factory?')).answerLine).toBe('In Jinja.');
    expect((await t.ask('where was the formula made')).answerLine).toBe('At a factory in the south of the country.');
    // (A "where" clause that shares one word of three with the question is no answer: "drivers".)
    expect((await t.ask('Where did the drivers hold their rally?')).answerLine).toBe('In the western district of Stavroupoli.');
  });

  it('dates the event a sentence\'s subject names, not the lede\'s "three days after" it, nor the time before, nor when a plan was announced', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Colombia shuts mines after blast

BOGOTA, Colombia (Reuters) - Colombia's mining regulator on Tuesday suspended operations at 14 coal mines, three days after a methane explosion at the El Roble mine killed seven workers, officials said.

The blast ripped through a tunnel about 450 metres below the surface shortly before 11 p.m. on Saturday, Oct. 18, trapping nine men.

The boil-water advisory, issued at 6:40 a.m. on Sept. 18, covers all homes connected to the system.

The town last issued a town-wide boil-water advisory in 2014, when a broken main let groundwater into the system.

The plan, announced by the Ministry of Blue Economy and Fisheries on Aug. 21, would ban commercial fishing in the lagoons from January 2026.`));
    expect((await t.ask('When did the explosion happen?')).answerLine).toBe('Shortly before 11 p.m. on Saturday, Oct. 18.');
    expect((await t.ask('When was the boil-water advisory issued?')).answerLine).toBe('At 6:40 a.m. on Sept. 18.');
    expect((await t.ask('When was the last boil-water advisory issued?')).answerLine).toBe('In 2014.');
    expect((await t.ask('When would the commercial fishing ban take effect?')).answerLine).toBe('From January 2026.');
    expect((await t.ask('When was the fishing plan announced?')).answerLine).toBe('On Aug. 21.');
  });
  it('reads "bought ... for" as what was paid, in any currency, and counts who was on board, not the dead nor what the bus could carry', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Inquiry blames worn brakes for bus crash

SHIMLA, India — A bus that plunged into a gorge in August, killing 27 people, had badly worn brakes, a state inquiry found on Monday.

There were 52 people on board, although the bus was registered to carry 29, according to the report.

The museum's director said the stela had been bought in good faith from a dealer in Zurich in 1971 for 480,000 Austrian schillings.`));
    expect((await t.ask('How much did the museum pay for the stela?')).answerLine).toBe('480,000 Austrian schillings.');
    expect((await t.ask('How many people were on the bus when it crashed?')).answerLine).toBe('52 people.');
    expect((await t.ask('how many people were killed')).answerLine).toBe('27 people.');
    expect((await t.ask('how many people was the bus registered to carry')).answerLine).toBe('29.');
  });
  it('counts "one of 312 residents" as 312, and takes no union\'s president for a nation\'s', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Liberian teachers strike over unpaid salaries

MONROVIA, Liberia — Thousands of teachers stayed away from classrooms on Monday.

“We have not been paid since June,” said Mary B. Kollie, the union's president, and one of 312 teachers named as plaintiffs in a suit against the ministry.`));
    expect((await t.ask('How many teachers were named as plaintiffs?')).answerLine).toBe('312 teachers.');
    expect((await t.ask("What did Liberia's president say about the strike?")).inScope).toBe(false);
    expect((await t.ask('what did the union president say')).speaker).toBe('Mary B. Kollie');
  });
  it('keeps a clock time before "on" a day, reads "almost 30 hours after a magnitude 5.9 earthquake" as another date, and gives the day a later paragraph adds to the lede\'s month', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Girl pulled alive from quake rubble

IVANJICA, Serbia (AFP) — Rescuers on Thursday pulled a nine-year-old girl alive from the ruins of an apartment block, almost 30 hours after a magnitude 5.9 earthquake struck the region.

The quake hit at 3:47 a.m. on Wednesday, May 6, at a depth of about 10 kilometres.

A bus that plunged into a gorge in August had badly worn brakes, an inquiry found.

The bus failed to take a hairpin bend near the village of Chindi on Aug. 14 and fell about 150 metres into a ravine.`));
    expect((await t.ask('When did the earthquake strike?')).answerLine).toBe('At 3:47 a.m. on Wednesday, May 6.');
    expect((await t.ask('When did the bus crash happen?')).answerLine).toBe('On Aug. 14.');
  });
  it('reads no place from an aside about the thing ("The recount, which is automatic in Ohio, ...") unless the aside holds the question\'s words', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Recount flips council race; train derails

FREMONT, Ohio (AP) — A recount has reversed the result of a city council race.

The recount, which is automatic in Ohio when the margin is less than 0.5% of the votes cast, was completed Monday evening after two days of counting at the board's offices in Fremont, the board said.

The four-carriage train, which was travelling from Szolnok to Budapest's Nyugati station, left the tracks at about 7:40 a.m. just outside the town of Abony.`));
    expect((await t.ask('Where was the recount carried out?')).answerLine).toBe('In Fremont.');
    expect((await t.ask('Where did the train come off the tracks?')).answerLine).toBe('Outside the town of Abony.');
    expect((await t.ask('Where was the train travelling to?')).answerLine).toBe("To Budapest's Nyugati station.");
  });
  it('reads an opening that describes its subject ("A Leeds-based payroll software company") as about the name the article uses after', async () => {
    const t = await engineOf(parseArticle(`Source: PA Media

Leeds payroll software firm fined £4.2 million after data breach

A Leeds-based payroll software company has been fined £4.2 million by the UK's data watchdog after hackers stole the personal details of more than 1.6 million workers.

The regulator said Paylinq Ltd had failed to fix a known weakness in its customer portal for almost five months.

Paylinq chief executive Marcus Reid said in a statement that the company "deeply regrets" the incident.

"We have since invested more than £3 million in our security systems," Reid said.

A ransomware group demanded a ransom, which Paylinq said it refused to pay.

People who have not received a letter from Paylinq can check whether their data was involved, the regulator said.`));
    const fine = await t.ask('How much was Paylinq fined?');
    expect(fine.answerLine).toBe('£4.2 million.');
    expect(fine.citations[0]?.paragraph).toBe(1);
    expect((await t.ask('Where is Paylinq based?')).answerLine).toBe('In Leeds.');
    expect((await t.ask('how much did paylinq invest in security')).answerLine).toBe('More than £3 million.');
  });
  it('reads "the hottest" as the highest or a record', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Basra residents block roads in 50C heat

BASRA, Iraq — Hundreds of residents blocked roads in Basra on Sunday after temperatures above 50 degrees Celsius and repeated power cuts.

The temperature in Basra reached 51.8C on Saturday, Aug. 2, the highest in the country, according to the Iraqi Meteorological Organisation.`));
    expect((await t.ask('When was the hottest temperature recorded?')).answerLine).toBe('On Saturday, Aug. 2.');
  });
  it('reads a numbered street and a region named with its people\'s adjective ("the central Mexican state of Puebla")', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Thieves take jade mask from Mexican museum

PUEBLA, Mexico (AP) — Thieves broke into a regional archaeology museum in the central Mexican state of Puebla overnight and stole a jade funerary mask, authorities said Sunday.

Jean-Paul Fortier, 44, a season-ticket holder who runs a restaurant on 2nd Avenue, said the arena would bring thousands of people downtown.`));
    expect((await t.ask('Where is the museum that was robbed?')).answerLine).toBe('In the central Mexican state of Puebla.');
    expect((await t.ask('Where does Jean-Paul Fortier run his restaurant?')).answerLine).toBe('On 2nd Avenue.');
  });
  it('ends a destination where a clause or what came with it begins', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Wildfire in Troodos

LIMASSOL, Cyprus — Two firefighters were taken to hospital in Limassol with burns and smoke inhalation and were in stable condition, the Health Ministry said.`));
    expect((await t.ask('where were the firefighters taken')).answerLine).toBe('To hospital in Limassol.');
  });
  it('gives no figure of other things for a count the paragraph never speaks of', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Legionnaires' cases rise at Chania hospital

CHANIA, Greece — Health officials said on Friday that 11 cases of Legionnaires' disease had been confirmed among patients on the hospital's fourth floor.

The city council voted to install two bus gates on the quays by March.`));
    for (const q of ["How many nurses work on the hospital's fourth floor?", 'How many cameras will be installed at the bus gates?']) {
      expect((await t.ask(q)).inScope, q).toBe(false);
    }
    expect((await t.ask("how many cases were confirmed on the hospital's fourth floor")).answerLine).toBe('11 cases.');
  });
  it('names a person the article names beside the word for them, and says it does not name one it only mentions', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Bus crash kills 12 in Bolivia

POTOSI, Bolivia (AP) — A bus carrying pilgrims plunged into a ravine on Sunday, killing 12 people, police said.

The driver, Juan Mamani, 45, survived with a broken arm, police said.

"The pilot lost control on the curve," Choque told reporters at the scene.

Ana Quispe, a nurse at the Potosi hospital, said the wounded were stable.`));
    const driver = await t.ask('What was the name of the bus driver?');
    expect(driver.answerLine).toBe('Juan Mamani.');
    expect(driver.citations[0]?.paragraph).toBe(2);
    expect((await t.ask('what is the name of the nurse')).answerLine).toBe('Ana Quispe.');
    const pilot = await t.ask('What is the name of the pilot?');
    expect(pilot.inScope).toBe(false);
    expect(pilot.answerLine).toMatch(/^The article doesn't name the pilot\./u);
  });
  it('gives the cause of what a "what caused" question names, and says the article does not say when no sentence gives one', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Fire destroys warehouse; bus crash blamed on brakes

LYON, France (AP) — A fire that destroyed a warehouse in Lyon on Monday was started by a discarded cigarette, officials said.

The bus crash that killed four people last week was caused by brake failure, investigators said.

Kyrgyz authorities evacuated about 6,500 people from villages below the Papan reservoir after engineers found muddy water seeping through the dam.`));
    expect((await t.ask('what caused the fire')).answerLine).toBe('A discarded cigarette, officials said.');
    expect((await t.ask('What caused the bus crash?')).answerLine).toBe('Brake failure, investigators said.');
    for (const q of ['What caused the explosion?', 'What caused the leak in the Papan dam?']) {
      const a = await t.ask(q);
      expect(a.inScope, q).toBe(false);
      expect(a.answerLine, q).toMatch(/^The article doesn't say what caused it\./u);
    }
  });
  it('counts people, not villages, and gives a thing\'s age from "a 92-year-old bridge", never a bystander\'s', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Wildfire empties villages; old bridge closed to trucks

PLATRES, Cyprus — A wildfire forced the evacuation of eight villages in the Troodos mountains on Tuesday, with about 2,300 residents and tourists moved to hotels in Limassol.

MARIETTA, Ohio (AP) — Officials banned heavy trucks from a 92-year-old bridge over the Muskingum River.

Guadalupe Tecuatl, 71, who sells candles near the museum, said the theft of the jade mask broke her heart.

Jackson Chanda, 58, a union leader, spoke at the rally.`));
    expect((await t.ask('how many people were evacuated')).answerLine).toBe('About 2,300 residents.');
    expect((await t.ask('How old is the crossing?')).answerLine).toBe('92 years old.');
    expect((await t.ask('How old is the jade mask?')).inScope).toBe(false);
    expect((await t.ask('how old is chanda')).answerLine).toBe('58 years old.');
  });
  it('gives the calendar date a later paragraph sets for a lede\'s weekday ("on Tuesday morning") or "next week"', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Train derails near Szolnok; rationing to start in Limassol

BUDAPEST (Reuters) - A commuter train derailed in central Hungary on Tuesday morning, injuring 14 people, and Cyprus said water rationing would start in Limassol next week.

The four-carriage train left the tracks at about 7:40 a.m. on Oct. 7 just outside the town of Abony, according to state rail operator MAV.

The rationing will begin on Oct. 27 and apply from 10 p.m. to 8 a.m., the water department said.`));
    expect((await t.ask('When did the train derail?')).answerLine).toBe('At about 7:40 a.m. on Oct. 7.');
    expect((await t.ask('When does the water rationing start?')).answerLine).toBe('On Oct. 27.');
  });
  it('answers "how much is X costing Y" or "what is it worth" with the sum its cost or value verb stands before, whatever else the question names', async () => {
    const t = await engineOf(await loadArticle('tests/fixtures/heldout76/articles/italy-genoa-container-terminal-ransomware.txt'));
    const a = await t.ask('How much is the shutdown costing trucking firms every day?');
    expect(a.answerLine).toBe('About 1.2 million euros.');
    expect(a.citations[0]?.paragraph).toBe(10);
    const speyside = await engineOf(await loadArticle('tests/fixtures/heldout21/articles/scotland-speyside-distillery-expansion.txt'));
    expect((await speyside.ask('how much is the expansion going to cost')).answerLine).toBe('£38 million.');
    // (And a value: "are valued at about 38 million pesos".)
    const puebla = await engineOf(await loadArticle('tests/fixtures/heldout67/articles/mexico-puebla-jade-mask-museum-theft.txt'));
    expect((await puebla.ask('How much are the stolen pieces worth?')).answerLine).toBe('About 38 million pesos.');
  });

  it('looks for a temperature where "how cold" is asked, though the question never says the word', async () => {
    const t = await engineOf(await loadArticle('tests/fixtures/heldout73/articles/west-virginia-pocahontas-school-bus-crash.txt'));
    const a = await t.ask('How cold was it where the bus went off the road?');
    expect(a.answerLine).toBe('29 degrees.');
    expect(a.citations[0]?.paragraph).toBe(10);
  });

  it('relates the words news uses for selling, staff, flights and rain to the ones people ask with ("charging" ~ "selling")', async () => {
    const jordan = await engineOf(await loadArticle('tests/fixtures/heldout75/articles/jordan-tawjihi-maths-paper-leak-resit.txt'));
    const charged = await jordan.ask('how much were they charging for the leaked paper');
    expect(charged.answerLine).toBe('20 dinars.');
    expect(charged.citations[0]?.paragraph).toBe(7);
    const dublin = await engineOf(await loadArticle('tests/fixtures/heldout70/articles/ireland-dublin-edtech-layoffs-union-complaint.txt'));
    expect((await dublin.ask('When were staff told about the job cuts?')).answerLine).toBe('On Tuesday, Feb. 4.');
  });

  it('answers "when does it take effect" with the start the opening paragraph dates ("from March 1"), not a past year further down', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout30/articles/norway-vestland-ferry-fare-rise.txt'));
    const a = await ferry.ask('When do the new ferry prices take effect?');
    expect(a.answerLine).toBe('From March 1.');
    expect(a.citations[0]?.paragraph).toBe(1);
    const canal = await engineOf(await loadArticle('tests/fixtures/heldout31/articles/panama-canal-toll-increase.txt'));
    expect((await canal.ask('when do the new canal tolls start')).answerLine).toBe('From Jan. 1.');
  });

  it('quotes the closest passage with a hedge for a how- or what-question put in other words, but refuses "what is the ...?" it cannot find', async () => {
    const tucson = await engineOf(await loadArticle('tests/fixtures/heldout15/articles/tucson-city-budget-vote.txt'));
    const plug = await tucson.ask('how did the city plug the hole in its finances');
    expect(plug.inScope).toBe(true);
    expect(plug.answerLine).toBe(CLOSEST_LINE);
    expect(plug.citations[0]?.paragraph).toBe(12);
    expect(plug.citations[0]?.text).toContain('drawing $15 million from its reserve fund');
    const kavlinge = await engineOf(await loadArticle('tests/fixtures/heldout62/articles/sweden-kavlinge-baby-formula-cronobacter-recall.txt'));
    expect((await kavlinge.ask('how can I tell whether the tin in my kitchen is one of the bad ones')).citations[0]?.paragraph).toBe(17);
    for (const q of ["What's the weather in Paris?", 'what is the name of the engineering firm they hired']) {
      const a = await engine.ask(q);
      expect(a.inScope, q).toBe(false);
      expect(a.citations, q).toEqual([]);
    }
  });

  it('answers "what time" with a clock time, and "when" with the day', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Exam paper leaks online

AMMAN, Jordan — Jordan cancelled Sunday's mathematics paper after it leaked online this week, the Education Ministry said.

Photos of the paper first appeared on a Telegram channel at around 5:15 a.m., nearly three hours before students were due to open their envelopes.`));
    const a = await t.ask('what time did the photos show up online');
    expect(a.answerLine).toBe('At around 5:15 a.m.');
    expect(a.citations[0]?.paragraph).toBe(2);
    expect((await t.ask('When was the maths paper cancelled?')).answerLine).not.toMatch(/a\.m\./u);
  });

  it('answers "how long" with the date a span runs until, and reads "the second half of October" as a date', async () => {
    const t = await engineOf(parseArticle(`Source: Test Wire

Fire destroys Tatra mountain hut

STARÝ SMOKOVEC, Slovakia — A fire destroyed a mountain hut in the High Tatras on Saturday night, forcing 41 hikers to flee.

The park administration said it had closed the trail above the hut until at least Oct. 31 because of the danger from unstable debris.

Rains in the second half of October could slow the clean-up, forecasters said.`));
    expect((await t.ask('how long will the trail be closed')).answerLine).toBe('Until at least Oct. 31.');
    expect((await t.ask('when could rain slow the clean-up')).answerLine).toBe('In the second half of October.');
  });
  it('answers "how fast was it done" and "how soon" with a span or a date, "how fast was it going" with a speed, and reads "41 C" as a temperature', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Hackers alter chemical settings at Finnish water plant

TAMPERE, Finland — Hackers changed the chemical settings at a water treatment plant in Tampere, the city's utility said on Tuesday.

No treated water left the plant with the wrong chemical balance, because an alarm shut down the dosing pumps within 11 minutes, the utility said.

The first 20 replacement pumps would arrive in March, and the audit's findings would be made public within 60 days.

Temperatures inside the control room had reached 41 C when the cooling failed.

The train was going at about 95 kilometres an hour.`));
    expect((await t.ask('How fast were the dosing pumps shut down?')).answerLine).toBe('Within 11 minutes.');
    expect((await t.ask('how soon will the replacement pumps arrive')).answerLine).toBe('In March.');
    expect((await t.ask('how soon will the audit findings be made public')).answerLine).toBe('Within 60 days.');
    expect((await t.ask('How fast was the train going?')).answerLine).toBe('About 95 kilometres an hour.');
    expect((await t.ask('How hot did it get inside the control room?')).answerLine).toBe('41 C.');
  });

  it('answers "where did they block the highway" with the spot a later paragraph names, not the lede\'s region', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Villagers block Nepal highway after tiger attack

KATHMANDU, Nepal (AFP) — Hundreds of villagers blocked a highway in western Nepal on Monday after a tiger killed a woman collecting grass near Bardiya National Park, police said.

The woman, 42, was attacked on Sunday afternoon, the park's chief warden said.

Protesters sat across the highway near the Ambassa bridge with a framed photograph of the victim, stranding more than 600 trucks and buses.`));
    expect((await t.ask('where did the protesters block the highway')).answerLine).toBe('Near the Ambassa bridge.');
  });

  it('takes "built in 2004" for when a ship was built, not when it sank', async () => {
    const t = await engineOf(parseArticle(`Source: Times of Malta

Salvage of sunken cargo ship to begin off Gozo

VALLETTA, Malta — Salvage crews will begin removing fuel from a sunken cargo ship off Gozo next week, the transport ministry said on Thursday.

The Panama-flagged Aegean Wren went down on Nov. 9 about 2 nautical miles north of Marsalforn Bay after its engine failed in gale-force winds.

The company said the Aegean Wren, built in 2004, had passed its most recent safety inspection.`));
    expect((await t.ask('When did the Aegean Wren sink?')).answerLine).toBe('On Nov. 9.');
    expect((await t.ask('when was the Aegean Wren built')).answerLine).toBe('In 2004.');
  });

  it('reads "value" as "worth"', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Former Spanish mayor goes on trial over kickbacks

GRANADA, Spain (AFP) — A former mayor of the Spanish town of Motril went on trial on Monday accused of taking 1.2 million euros in kickbacks.

Prosecutors say that between 2015 and 2020 the town council awarded contracts worth 23.6 million euros to companies linked to local businessman Julián Peñalver, who is also on trial.`));
    expect((await t.ask('what was the total value of the deals handed to firms tied to Peñalver')).answerLine).toBe('23.6 million euros.');
  });

  it('reads "passed away" as "died"', async () => {
    const t = await engineOf(parseArticle(`Source: BBC

Health board apologises over hidden waiting list

The review found that 4,127 patients were recorded on a separate spreadsheet, so they never appeared in the waiting-time figures.

At least 11 of those patients died while waiting, the review said.

About 21,000 patients in Wales have been waiting more than two years for treatment.`));
    expect((await t.ask('How many of the hidden patients passed away?')).answerLine).toBe('At least 11.');
  });
  it('gives the calendar date another paragraph sets for what the lede says happened "this year"', async () => {
    const t = await engineOf(parseArticle(`Source: Test Wire

Cable theft blacks out Cape Town suburbs

CAPE TOWN, South Africa — About 65,000 households in Khayelitsha were without power on Monday after thieves stole cable from a substation, the fourth time cable has been stolen there this year.

The thieves cut and removed roughly 900 metres of high-voltage cable from the Philippi substation late on Saturday, Oct. 18, according to the City of Cape Town.`));
    expect((await t.ask('When was the cable stolen?')).answerLine).toBe('Late on Saturday, Oct. 18.');
  });
  it('reads "450 metres below the surface" as a depth and "80 metres from the explosion" as a distance', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Mine blast kills seven

The blast ripped through a tunnel about 450 metres below the surface shortly before 11 p.m. on Saturday, trapping nine men.

One of the two survivors, Wilson Ramirez, said he had been about 80 metres from the explosion when it happened, deep underground.`));
    expect((await t.ask('How deep underground did the blast occur?')).answerLine).toBe('About 450 metres below the surface.');
    expect((await t.ask('how far was Ramirez from the explosion')).answerLine).toBe('About 80 metres.');
  });
  it('refuses "what is the capital of France" of an article that names France but no capital, and still answers "what is the name of the French president"', async () => {
    const capital = await engine.ask('what is the capital of france');
    expect(capital.inScope).toBe(false);
    expect(capital.citations).toEqual([]);
    const name = await engine.ask('what is the name of the french president');
    expect(name.inScope).toBe(true);
    expect(name.answerLine).toBe('Emmanuel Macron.');
    expect(name.speaker).toBe('Emmanuel Macron');
  });
  it('keeps a range with its scale words, never a change "from ... to", and finds "the ferry company" by its kind in the article\'s words only', async () => {
    const t = await engineOf(parseArticle(`Source: The Jakarta Post

Ferry crews strike in Batam

BATAM, Indonesia — Crews on ferries run by three ferry operators walked off the job on Friday.

Simanjuntak said crews currently earned between 4.2 million and 6.8 million rupiah a month.

PT Segara Biru Lines, the largest of the three operators, said in a statement that it had offered an 8% increase from January.

The union said the company had cut the number of mechanics from 64 to 38 since 2019.`));
    expect((await t.ask('how much do the crews earn')).answerLine).toBe('Between 4.2 million and 6.8 million rupiah a month.');
    expect((await t.ask('how many mechanics are left')).answerLine).toBe('38.');
    expect((await t.ask('what did the ferry company say')).speaker).toBe('PT Segara Biru Lines');
    expect((await t.ask('what did the mining company say')).inScope).toBe(false);
  });
  it('answers "how much will it cost" with the sum the article gives, when the question names nothing else', async () => {
    const t = await engineOf(parseArticle(`Source: The Irish Times

Galway councillors back bus gates

GALWAY, Ireland — Galway City Council voted 10-8 on Monday night to approve two bus gates.

The €6.4 million scheme will be paid for almost entirely by the National Transport Authority, according to the authority.`));
    expect((await t.ask('how much will it cost')).answerLine).toBe('€6.4 million scheme.');
  });
  it('reads "who called the strike" as who organised it, tells employers from an employment ministry, and ends a place before a date', async () => {
    const t = await engineOf(parseArticle(`Source: Associated Press

Antwerp port grinds to a halt as dockworkers strike

ANTWERP, Belgium — About 40 vessels were waiting at anchor by midday, according to Port of Antwerp-Bruges.

The strike was called by the socialist BTB union and the Christian union ACV-Transcom after the federal government tabled a bill on Oct. 14.

Lies Verbeke, a spokeswoman for the federal Employment Ministry, said the bill did not abolish the registered pool.

CEPA, the employers' association for the port of Antwerp, said each day of the strike cost the port community an estimated 30 million euros.

The unions will hold a public meeting at the Stephen Memorial Hall on Nov. 12, and a march outside the parliament in Brussels on Dec. 3.`));
    expect((await t.ask('who called the strike')).answerLine).toBe('The socialist BTB union and the Christian union ACV-Transcom.');
    // (A count is no agent: "was approved by 10 votes to 8".)
    const vote = await engineOf(parseArticle('Source: Test\n\nCouncil approves plan\n\nThe plan was approved by 10 votes to 8 on Monday night.'));
    expect((await vote.ask('who approved the plan')).answerLine).not.toMatch(/votes/u);
    expect((await t.ask('what did the employers say')).speaker).toBe('CEPA');
    expect((await t.ask('what did the port say')).speaker).toBe('Port of Antwerp-Bruges');
    expect((await t.ask('where is the public meeting')).answerLine).toBe('At the Stephen Memorial Hall.');
    expect((await t.ask('where is the march')).answerLine).toBe('Outside the parliament in Brussels.');
  });
  it('takes "the government" to be a government body or someone who speaks for one, not anyone of that nation', async () => {
    const iraqi = await engine.ask('what did the iraqi government say');
    expect(iraqi.inScope).toBe(false);
    expect(iraqi.answerLine).toContain("doesn't quote");
    const t = await engineOf(parseArticle(`Source: Associated Press

Antwerp dockworkers strike

ANTWERP, Belgium — Thousands of dockworkers began a 48-hour strike on Wednesday.

Lies Verbeke, a spokeswoman for the federal Employment Ministry, said the bill did not abolish the registered pool.

Marc Dewaele, national secretary of the Belgian union BTB, said the strike would go on.`));
    expect((await t.ask('what did the government say')).speaker).toBe('Lies Verbeke');
  });
  it('reads "the WHO" as a name, never the "who" of a relative clause, and counts the whole a part is "of the"', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Mozambique declares cholera alert in Nampula

NAMPULA, Mozambique — Health authorities declared a cholera alert on Thursday after the number of suspected cases rose to 1,342 in five weeks, with 19 deaths.

The provincial health directorate said that 412 of the cases had been recorded in the past seven days alone.

The ward was full on Wednesday, said Amade Issufo, a nurse who has worked at the hospital for nine years.`));
    const who = await t.ask('what did the WHO say');
    expect(who.inScope).toBe(false);
    expect(who.answerLine).toContain("doesn't quote the WHO");
    expect((await engine.ask('what did the US say')).answerLine).toContain('the US ');
    expect((await t.ask('how many cases are there')).answerLine).toBe('1,342.');
    expect((await t.ask('how many cases were recorded in the past seven days')).answerLine).toBe('412.');
  });
  it('keeps a kind of area with its name ("the Cerro Nahuel ski area"), and starts a "who" answer with a capital', async () => {
    const t = await engineOf(parseArticle(`Source: AFP

Two dead as cable car cabin plunges onto ski slope

BARILOCHE, Argentina — Two people were killed on Saturday when a cabin on a cable car at the Cerro Nahuel ski area came off its cable, provincial officials said.`));
    expect((await t.ask('where did it happen')).answerLine).toBe('At the Cerro Nahuel ski area.');
    expect((await t.ask('who runs the cable car')).answerLine).toMatch(/^\p{Lu}/u);
  });
  it('says the article does not say whether something will happen when the closest passage neither says it nor speaks of what is to come', async () => {
    const t = await engineOf(parseArticle(`Source: Reuters

Mine shut after blast kills seven

BOGOTA, Colombia — Colombia's mining regulator suspended operations at the El Roble mine on Tuesday, three days after a methane explosion killed seven workers.

Prosecutors have opened an investigation into the deaths, and the owners of El Roble said they were cooperating.

The Faroese government said it would go on setting its own quota for the fish next year.`));
    const charged = await t.ask('Will the owners of El Roble face criminal charges over the deaths?');
    expect(charged.inScope).toBe(false);
    expect(charged.citations).toEqual([]);
    // (A passage about what is to come may answer it, in other words: the closest passage, hedged.)
    const quota = await t.ask('will the faroes keep setting their own quota');
    expect(quota.inScope).toBe(true);
    expect(quota.citations[0]?.paragraph).toBe(3);
  });
  it('says the article does not say whether something was done, or goes for something else too, when the closest paragraph has no word for it', async () => {
    const t = await engineOf(parseArticle(`Source: AP

Wildfire forces evacuation of villages in Troodos

PLATRES, Cyprus — A wildfire driven by strong winds forced the evacuation of eight villages in the Troodos mountains on Tuesday, the Civil Defence said.

Police said investigators were still working out how the fire started. No arrests had been made by Wednesday.

Environment Minister Maria Panayiotou pledged an extra 2 million euros for replanting the burnt forest.

Tickets for the mountain railway still cost half price for pensioners, the operator said. The count of ballots that had not arrived was slow, officials said.`));
    for (const q of ['Was the forest insured?', 'Were any firefighters hurt in the blaze?', 'Did the fire service pay for the replanting?', 'Is the fire also threatening Nicosia?', 'has anyone died in the troodos fire']) {
      const a = await t.ask(q);
      expect(a.inScope, q).toBe(false);
      expect(a.citations, q).toEqual([]);
    }
    // (The paragraph says it in other words, or the participle is no event: the closest passage, hedged.)
    expect((await t.ask('has anyone been caught for starting the fire')).citations[0]?.paragraph).toBe(2);
    expect((await t.ask('did the minister promise more money for the forest')).citations[0]?.paragraph).toBe(3);
    expect((await t.ask('are there ballots that still have not arrived')).inScope).toBe(true);
    expect((await t.ask('were villages in the troodos mountains evacuated too')).citations[0]?.paragraph).toBe(1);
  });
  it('reads "what was peak demand" and "what share of members said no" as asking for a figure, not for what someone said, and finds a speaker by the role "according to" gives them', async () => {
    const grid = await engineOf(await loadArticle('tests/fixtures/heldout80/articles/philippines-luzon-heatwave-grid-red-alert.txt'));
    // "... said demand on the Luzon grid peaked at 14,016 megawatts at 2:00 pm on Wednesday, ..."
    const peak = await grid.ask('What was peak demand on the Luzon grid?');
    expect(peak.answerLine).toBe('14,016 megawatts.');
    expect(peak.citations[0]?.paragraph).toBe(2);
    const teachers = await engineOf(await loadArticle('tests/fixtures/heldout79/articles/australia-adelaide-teachers-reject-pay-offer.txt'));
    // "The union said 87 per cent of the almost 11,000 members who took part in an online ballot voted against the offer"
    const share = await teachers.ask('what share of members said no to the deal');
    expect(share.answerLine).toBe('87 per cent of the almost 11,000 members.');
    // (Still what someone said: "what was the minister saying".)
    expect((await teachers.ask('what was the education minister saying')).speaker).toBe('Daniel Price');
    const hospital = await engineOf(await loadArticle('tests/fixtures/heldout80/articles/australia-townsville-hospital-cyberattack.txt'));
    // "..., according to Brett Callaghan, a threat analyst at the Brisbane-based security firm Sentinel Ridge."
    const analyst = await hospital.ask('what did the threat analyst say');
    expect(analyst.speaker).toBe('Brett Callaghan');
    expect(analyst.citations.map((c) => c.paragraph)).toEqual([7, 8, 9]);
  });
  it('dates the headline\'s event by the opening paragraph, takes the dateline\'s place as the story\'s own, and reads "how long was the line of lorries" as a length', async () => {
    const teachers = await engineOf(await loadArticle('tests/fixtures/heldout79/articles/australia-adelaide-teachers-reject-pay-offer.txt'));
    // Headline "South Australian teachers reject pay offer, set strike date"; ¶1 "... will walk off the job for 24 hours on
    // Nov. 14, the Australian Education Union said on Monday." (¶9 speaks of strike action and "the state election in March".)
    const strike = await teachers.ask('When is the strike?');
    expect(strike.answerLine).toBe('On Nov. 14.');
    expect(strike.citations[0]?.paragraph).toBe(1);
    const jail = await engineOf(await loadArticle('tests/fixtures/heldout79/articles/philippines-talisay-jail-riot-overcrowding.txt'));
    // "TALISAY, Philippines — ..."; ¶3 "The jail was built in 1998 to hold 650 detainees ..."
    const built = await jail.ask('When was the Talisay jail built?');
    expect(built.answerLine).toBe('In 1998.');
    expect(built.citations[0]?.paragraph).toBe(3);
    // (A place still scopes a figure the article gives only for somewhere else.)
    const library = await engineOf(await loadArticle('tests/fixtures/heldout47/articles/netherlands-library-ebook-licence-dispute.txt'));
    expect((await library.ask('how many people in the Netherlands have a library card')).inScope).toBe(false);
    const port = await engineOf(await loadArticle('tests/fixtures/heldout57/articles/belgium-antwerp-dockworkers-strike.txt'));
    // "At the Deurganck dock ..., trucks queued for more than 3 km on Tuesday evening as hauliers rushed ..."
    const queue = await port.ask('How long was the line of lorries at the Deurganck dock the night before the walkout?');
    expect(queue.answerLine).toBe('More than 3 km.');
    // (A span of time is still how long a thing is done: "for how long were ships unable to get into port".)
    const cod = await engineOf(await loadArticle('tests/fixtures/heldout37/articles/norway-lofoten-cod-quota-protest.txt'));
    expect((await cod.ask('for how long were ships unable to get into port')).answerLine).toBe('About five hours.');
  });
  it('finds a name the article spells out by its initials, even where the article also writes them ("AEU SA branch", "in SA")', async () => {
    const teachers = await engineOf(await loadArticle('tests/fixtures/heldout79/articles/australia-adelaide-teachers-reject-pay-offer.txt'));
    // ¶11 "According to the department, a graduate teacher in South Australia currently earns $78,400 a year, ..."
    const pay = await teachers.ask('how much does a graduate teacher earn in SA');
    expect(pay.answerLine).toBe('$78,400 a year.');
    expect(pay.citations[0]?.paragraph).toBe(11);
  });
  it('keeps the number of a numbered part of a place ("in Pier 5", "at Gate 12")', async () => {
    const bridge = await engineOf(await loadArticle('tests/fixtures/heldout78/articles/washington-longview-cowlitz-bridge-cracks-closure.txt'));
    // ¶2 "A follow-up inspection found smaller cracks in Pier 5 and exposed steel reinforcement ..."
    const cracks = await bridge.ask('where were the smaller cracks');
    expect(cracks.answerLine).toBe('In Pier 5.');
    const gate = await engineOf(parseArticle('Source: AP\n\nFlight diverted\n\nPassengers waited at Gate 12 for six hours on Monday, the airline said.'));
    expect((await gate.ask('where did the passengers wait')).answerLine).toBe('At Gate 12.');
  });
  it('reads "how much rice land" as an area, knows local area units ("180,000 rai"), and answers in the unit asked from a conversion in brackets', async () => {
    const dam = await engineOf(await loadArticle('tests/fixtures/heldout77/articles/thailand-saraburi-pasak-dam-release-flooding.txt'));
    // ¶1 "... has flooded more than 180,000 rai (about 28,800 hectares) of rice fields ..." (¶3: "up to 1.5 metres deep")
    const land = await dam.ask('how much rice land is under water');
    expect(land.answerLine).toBe('More than 180,000 rai.');
    expect(land.citations[0]?.paragraph).toBe(1);
    expect((await dam.ask('how many hectares are flooded')).answerLine).toBe('About 28,800 hectares.');
  });
  it('reads South African rand ("R26") as money, the new level of "from R22 to R26" as the fare after a hike, and the CBD as the city centre', async () => {
    const taxi = await engineOf(await loadArticle('tests/fixtures/heldout80/articles/south-africa-gqeberha-taxi-fare-protest.txt'));
    // ¶3 "... the fare from Motherwell to the city centre would rise from R22 to R26 from March 3, ..."
    const ride = await taxi.ask('What will a ride into the CBD cost after the hike?');
    expect(ride.answerLine).toBe('R26.');
    expect(ride.citations[0]?.paragraph).toBe(3);
    // ¶1 "... R4 a trip, leaving thousands of workers stranded ..."
    expect((await taxi.ask('how much is the fare hike')).answerLine).toMatch(/^R4\b/u);
  });
  it('takes a bounded figure in a who-said question ("more than R200") as met by the article\'s "R208", and not by a figure beyond its reach', async () => {
    const taxi = await engineOf(await loadArticle('tests/fixtures/heldout80/articles/south-africa-gqeberha-taxi-fare-protest.txt'));
    // ¶6 "Nomvula Sithole, 41, a domestic worker ..., said the increase would cost her an extra R208 a month."
    const bounded = await taxi.ask('Who said the hike would leave her more than R200 out of pocket every month?');
    expect(bounded.speaker).toBe('Nomvula Sithole');
    // (Citing the statement that gives the figure, not her "I earn R4,800 a month" in ¶7.)
    expect(bounded.citations[0]?.paragraph).toBe(6);
    expect((await taxi.ask('who said the hike would cost her about R200 a month')).speaker).toBe('Nomvula Sithole');
    expect((await taxi.ask('Who said the hike would leave her more than R500 out of pocket every month?')).inScope).toBe(false);
  });
  it('takes a name the question gives from the paragraph before when the answering one goes on about it ("Its chief executive ...")', async () => {
    const strike = await engineOf(await loadArticle('tests/fixtures/heldout77/articles/france-marseille-air-traffic-controllers-strike.txt'));
    // ¶9 "Alizé Airlines, a regional carrier based in Marseille, said it had cancelled 212 of the 260 flights ..."; ¶10 "Its
    // chief executive, Sophie Lannes, said the strike would cost the company about 3.5 million euros ($3.8 million), ..."
    const cost = await strike.ask('how much will the strike cost Alizé Airlines');
    expect(cost.answerLine).toBe('About 3.5 million euros.');
    expect(cost.citations[0]?.paragraph).toBe(10);
    const drug = await engineOf(await loadArticle('tests/fixtures/heldout65/articles/romania-breast-cancer-drug-shortage.txt'));
    expect((await drug.ask('How many patients depend on Taxelia?')).answerLine).toBe('2,600 patients.');
  });
  it('takes a figure in digits as given by the same figure in words ("1000 years", "for a thousand years"), and no other', async () => {
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout46/articles/japan-okinawa-motobu-seawall-dispute.txt'));
    // ¶11 "“But if you pour concrete over the reef, you lose the thing that protected this coast for a thousand years ...”"
    expect((await seawall.ask('who said pouring concrete over the reef loses what protected the coast for 1000 years')).speaker).toBe('Mariko Oshiro');
    expect((await seawall.ask('who said pouring concrete over the reef loses what protected the coast for 5000 years')).inScope).toBe(false);
  });
  it('gives a past event\'s vague date ("last year") its day from the opening paragraphs, when that day is in the same year', async () => {
    const spill = await engineOf(await loadArticle('tests/fixtures/heldout49/articles/chile-atacama-tailings-spill-fine.txt'));
    // ¶1 "... over a spill of mining waste that contaminated part of the Copiapó river valley ... last year."; ¶2 "... about
    // 14,000 cubic metres of tailings escaped from a cracked pipeline ... on Aug. 3 last year, ..."
    const when = await spill.ask('When did the spill happen?');
    expect(when.answerLine).toBe('On Aug. 3.');
    expect(when.citations[0]?.paragraph).toBe(2);
    // (¶5 "Chata pod Bradavicou, built in 1927 at an altitude of 1,890 metres, ..."; a day further down is of something else.)
    const hut = await engineOf(await loadArticle('tests/fixtures/heldout48/articles/slovakia-tatra-mountain-hut-fire.txt'));
    expect((await hut.ask('when was the hut built')).answerLine).toBe('In 1927.');
  });
  it('reads a leak as what escaped or spilled ("how much styrene leaked": "120 to 150 tonnes of styrene had escaped")', async () => {
    const tanker = await engineOf(await loadArticle('tests/fixtures/heldout79/articles/turkey-bodrum-chemical-tanker-leak.txt'));
    // ¶3 "... an estimated 120 to 150 tonnes of styrene had escaped ..." (¶2: the tanker was "carrying about 6,800 tonnes")
    const leaked = await tanker.ask('how much styrene leaked into the sea');
    expect(leaked.answerLine).toBe('120 to 150 tonnes.');
    expect(leaked.citations[0]?.paragraph).toBe(3);
  });
  it('reads the clause a figure stands in past the comma inside it ("28,000"), and a figure\'s own participle ("ballots declared invalid") for its tense', async () => {
    const airport = await engineOf(await loadArticle('tests/fixtures/heldout20/articles/thailand-chiang-mai-runway-closure.txt'));
    // "He said around 28,000 passengers a day would normally pass through the airport ...": not who was stuck overnight.
    expect((await airport.ask('how many passengers were left stuck at the airport overnight')).inScope).toBe(false);
    const recount = await engineOf(await loadArticle('tests/fixtures/heldout16/articles/croatia-split-mayoral-recount.txt'));
    // "The 1,106 ballots declared invalid on election night will also be re-examined, according to the commission."
    expect((await recount.ask('How many ballots were declared invalid?')).answerLine).toBe('1,106 ballots.');
  });
  it('names an anonymous source by the whole description ("a person familiar with the matter"), and "the person" after it is the same one', async () => {
    const refinery = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/kazakhstan-atyrau-refinery-fire-fuel-shortages.txt'));
    // ¶6 "A person familiar with the matter said preliminary findings pointed to a leak in a heat exchanger ... “Nobody
    // wanted to stop the unit before the summer peak,” the person said, ..."
    const flagged = await refinery.ask('who said the heat exchanger leak had been flagged in an inspection');
    expect(flagged.speaker).toBe('A person familiar with the matter');
    expect(flagged.answerLine).toBe('A person familiar with the matter said this.');
    expect((await refinery.ask('who said nobody wanted to stop the unit before the summer peak')).speaker).toBe('A person familiar with the matter');
    // (Mid-sentence the description keeps its small letter.)
    const hedged = await refinery.ask('Who claimed the fault in the heat exchanger had been spotted months before the fire?');
    expect(hedged.answerLine).toBe('Not in those words, but the closest is what a person familiar with the matter said:');
  });
  it('reads "what time was X declared" and "what date" as asking when, and a day before a bare year for "what date"', async () => {
    const flood = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/yukon-dawson-city-klondike-ice-jam-flood.txt'));
    // ¶5 "Mayor Leanne Kowalchuk declared a local state of emergency at 7:30 a.m. ..."
    expect((await flood.ask('what time was the state of emergency declared')).answerLine).toBe('At 7:30 a.m.');
    const bank = await engineOf(await loadArticle('tests/fixtures/heldout82/articles/japan-fukuoka-bank-outage-atms-salaries.txt'));
    // ¶3 "The outage fell on April 25, ..." (¶17: another bank's outage "in 2021")
    const date = await bank.ask('What date did the outage happen on?');
    expect(date.answerLine).toBe('On April 25.');
    expect(date.citations[0]?.paragraph).toBe(3);
  });
  it('reads "rep" as a representative, and "who wondered ..." as asking who said it', async () => {
    const yard = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/spain-sestao-shipyard-closure-workers-sit-in.txt'));
    // ¶9 "Ane Urkiza, the ELA union’s representative at the yard, said ..."
    expect((await yard.ask('what did the union rep say about why the yard is in the red')).speaker).toBe('Ane Urkiza');
    // ¶8 "“Most of us are over 50. Who is going to hire a 55-year-old welder?” he added." (¶7: Josu Etxebarria)
    expect((await yard.ask('Who wondered aloud who would give a job to a welder in his mid-fifties?')).speaker).toBe('Josu Etxebarria');
  });
  it('finds an organisation by the other name the article says it goes by ("NMFS, also known as NOAA Fisheries"), and reads "Marine Resources Commissioner Alan Pruitt" as a person with a title', async () => {
    const lobster = await engineOf(await loadArticle('tests/fixtures/heldout83/articles/maine-lobster-right-whale-closure-ruling.txt'));
    // ¶9 "NMFS, also known as NOAA Fisheries, said in a statement that it was reviewing the decision and ..."
    const noaa = await lobster.ask("What did NOAA Fisheries say about the judge's decision?");
    expect(noaa.speaker).toBe('National Marine Fisheries Service');
    expect(noaa.citations[0]?.paragraph).toBe(9);
    // ¶10 "Marine Resources Commissioner Alan Pruitt told reporters ..."; ¶11 "“We gave them better data than they used,” he said."
    const pruitt = await lobster.ask('who said they gave federal regulators better data than they used');
    expect(pruitt.speaker).toBe('Alan Pruitt');
    expect(pruitt.citations[0]?.paragraph).toBe(11);
  });
  it('answers a vote\'s result with its tally ("15 votes to 9") but "how many votes did X get" with a count, reads soums and pa\'anga as money, and "how far in advance" as a time', async () => {
    const cruise = await engineOf(await loadArticle('tests/fixtures/heldout82/articles/croatia-dubrovnik-cruise-passenger-cap-vote.txt'));
    // ¶2 "Councillors approved the measure by 15 votes to 9, with one abstention."
    expect((await cruise.ask('what was the final vote count')).answerLine).toBe('15 votes to 9.');
    // ¶8 "... book berths at Gruž port, about 3 km from the Old Town, through an online system at least 12 months in advance."
    expect((await cruise.ask('how far in advance do cruise lines need to book')).answerLine).toBe('At least 12 months.');
    expect((await cruise.ask('how far is the port from the old town')).answerLine).toBe('About 3 km.');
    // ("Peric won 31,418 votes ...": a count, not a tally.)
    const recount = await engineOf(await loadArticle('tests/fixtures/heldout16/articles/croatia-split-mayoral-recount.txt'));
    expect((await recount.ask('how many votes did Peric get')).answerLine).toBe('31,418 votes.');
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/uzbekistan-cotton-harvest-forced-labour-report.txt'));
    // ¶7 "... pickers were paid 1,500 soums per kilogram, ..."
    // (With the unit it is paid by, since the fifty-fourth session.)
    expect((await cotton.ask('how much do pickers get paid per kilo')).answerLine).toBe('1,500 soums per kilogram.');
    const cable = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/tonga-nukualofa-undersea-cable-cut.txt'));
    // ¶4 "Taufa said the repair was expected to cost about 4.5 million pa’anga ($1.9 million), ..."
    expect((await cable.ask('how much is the repair going to cost')).answerLine).toBe('About 4.5 million pa’anga.');
  });
  it('answers "how long has X been ..." only with a span that runs until now ("for 27 years"), not one done within, ago, or still to take', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout82/articles/morocco-tanger-med-car-carrier-fire.txt'));
    // ¶3 "“Our teams were on board within eight minutes ...,” port director Karim Benjelloun told reporters ..."
    expect((await port.ask('how long has Karim Benjelloun been in charge of the port')).inScope).toBe(false);
    const salmon = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/alaska-yukon-king-salmon-fishery-closure.txt'));
    // ¶11 "“We are seeing kings come back smaller and younger than they did 30 years ago. ...,” Brandt said."
    expect((await salmon.ask('How many years has Laura Brandt been studying salmon at the university?')).inScope).toBe(false);
    // ¶7 "... said Josu Etxebarria, 52, a welder who has worked at the yard for 27 years."
    const yard = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/spain-sestao-shipyard-closure-workers-sit-in.txt'));
    expect((await yard.ask('how long has Josu Etxebarria worked at the yard')).answerLine).toBe('27 years.');
    expect((await yard.ask('how many years has Josu Etxebarria worked at the yard')).answerLine).toBe('27 years.');
    // ("... a drought that meteorologists say has lasted more than 15 years"; "has got to" is no span until now.)
    const water = await engineOf(await loadArticle('tests/fixtures/heldout19/articles/chile-copper-mine-water-dispute.txt'));
    expect((await water.ask('how long has northern chile been without proper rain')).answerLine).toBe('More than 15 years.');
    const spill = await engineOf(await loadArticle('tests/fixtures/heldout49/articles/chile-atacama-tailings-spill-fine.txt'));
    expect((await spill.ask('how long has the miner got to clean everything up')).answerLine).toBe('Within 18 months.');
  });
  it('dates the deed a when-question asks in the words WordNet relates to it ("set up" ~ "founded")', async () => {
    const supplier = await engineOf(await loadArticle('tests/fixtures/heldout83/articles/germany-plochingen-car-parts-supplier-insolvency.txt'));
    // ¶17 "Hessler, founded in 1958 as a small machine shop, had revenue of ..." (¶8: a filing "this year")
    const founded = await supplier.ask('In what year was the firm set up?');
    expect(founded.answerLine).toBe('In 1958.');
    expect(founded.citations[0]?.paragraph).toBe(17);
  });
  it('answers a share asked with the share the article gives in words ("roughly a third of"), and no other question with it', async () => {
    const refinery = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/kazakhstan-atyrau-refinery-fire-fuel-shortages.txt'));
    // ¶4 "The Atyrau plant ... supplies roughly a third of the country’s gasoline, according to the Energy Ministry."
    expect((await refinery.ask("how big a share of the nation's petrol comes from the atyrau plant")).answerLine).toBe('Roughly a third.');
    const bonds = await engineOf(await loadArticle('tests/fixtures/heldout41/articles/south-africa-treasury-bond-auction-failure.txt'));
    // ¶5 "... foreign investors, who hold about a quarter of South Africa's local-currency government debt, ..."
    expect((await bonds.ask('how much of the debt do foreign investors hold')).answerLine).toBe('About a quarter.');
    expect((await bonds.ask('How much does South Africa plan to borrow in total this fiscal year?')).inScope).toBe(false);
  });
  it('finds "the central bank" by its name ("National Reserve Bank of Tonga"), and journalists as reporters', async () => {
    const cable = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/tonga-nukualofa-undersea-cable-cut.txt'));
    // ¶7 "The National Reserve Bank of Tonga said on Wednesday that card payments and international transfers had been suspended, ..."
    expect((await cable.ask('What did the central bank say?')).speaker).toBe('National Reserve Bank of Tonga');
    expect((await cable.ask('what did the central government say')).inScope).toBe(false);
    // ¶12 "“We will not write a blank check,” Jauregi told reporters in Vitoria."
    const yard = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/spain-sestao-shipyard-closure-workers-sit-in.txt'));
    expect((await yard.ask('Where did the Basque industry minister talk to journalists?')).answerLine).toBe('In Vitoria.');
  });
  it('answers "in total" or "altogether" only with a figure the article gives as a total, or with the question\'s verb of having', async () => {
    const reindeer = await engineOf(await loadArticle('tests/fixtures/heldout23/articles/finland-lapland-reindeer-railway-dispute.txt'));
    // ¶1: 212 reindeer were killed by trains, which is no count of all Finland's reindeer.
    expect((await reindeer.ask('How many reindeer are there in Finland altogether?')).inScope).toBe(false);
    const fire = await engineOf(await loadArticle('tests/fixtures/heldout34/articles/china-changzhou-battery-warehouse-fire.txt'));
    expect((await fire.ask('How many workers does the Changzhou plant employ in total?')).inScope).toBe(false);
    // "... they had sold at least 23 brass and bronze pieces between 2019 and 2023 for a combined $410,000."
    const bronzes = await engineOf(await loadArticle('tests/fixtures/heldout12/articles/nigeria-fake-bronzes-trial.txt'));
    expect((await bronzes.ask('how much money did they make from the fakes in total')).answerLine).toBe('$410,000.');
    // (A measure is of the whole thing already; "the whole thing" is a way of speaking.)
    const hoard = await engineOf(await loadArticle('tests/fixtures/heldout8/articles/jutland-gold-hoard.txt'));
    expect((await hoard.ask('How heavy is the hoard altogether?')).answerLine).toBe('Just over 1.4 kilograms.');
  });
  it('reads "before the increase" and "after the increase" as dating the level asked, and "supposed to start" as no start of a span', async () => {
    const moto = await engineOf(await loadArticle('tests/fixtures/heldout83/articles/rwanda-kigali-electric-moto-battery-fee-dispute.txt'));
    // ¶2 "... the company had raised the price of a fully charged battery from 1,500 Rwandan francs to 2,100 francs ..."
    expect((await moto.ask('What did a charged battery cost before the increase?')).answerLine).toBe('1,500 Rwandan francs.');
    expect((await moto.ask('what does a charged battery cost after the increase')).answerLine).toBe('2,100 francs.');
    // ¶3 "The new fare was due to take effect on Monday, March 3." (¶5: "the fare had been frozen since 2022")
    const metro = await engineOf(await loadArticle('tests/fixtures/heldout82/articles/brazil-belo-horizonte-metro-fare-injunction.txt'));
    expect((await metro.ask('When was the higher fare supposed to start?')).answerLine).toBe('On Monday, March 3.');
  });
  it('takes a place a "which" clause makes the thing asked ("..., which has been turned into a shelter")', async () => {
    const flood = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/yukon-dawson-city-klondike-ice-jam-flood.txt'));
    // ¶6 "... Kowalchuk told reporters at the recreation centre on Fifth Avenue, which has been turned into a shelter."
    const shelter = await flood.ask('Where is the evacuation shelter?');
    // (The venue with its street, since a centre is a venue: was "On Fifth Avenue.".)
    expect(shelter.answerLine).toBe('At the recreation centre on Fifth Avenue.');
    expect(shelter.citations[0]?.paragraph).toBe(6);
  });
  it('counts people by the noun of what was done to them ("412 interviews" for "how many people did the monitors interview")', async () => {
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/uzbekistan-cotton-harvest-forced-labour-report.txt'));
    // ¶2 "The report by Central Asia Labour Watch (CALW), based on 412 interviews ..." (¶7: "about 1.8 million people had
    // taken part in the harvest")
    const interviewed = await cotton.ask('How many people did the monitors interview?');
    expect(interviewed.answerLine).toBe('412 interviews.');
    expect(interviewed.citations[0]?.paragraph).toBe(2);
    // (Not a noun the question only names: "how many people work at the brewery" is no count of breweries.)
    const brewery = await engineOf(await loadArticle('tests/fixtures/heldout39/articles/czech-brewery-takeover-bid.txt'));
    expect((await brewery.ask('how many people work at the brewery')).answerLine).toBe('212 people.');
  });
  it('names an organisation with the initials the article also calls it by ("The Tanger Med Port Authority (TMPA) said this.")', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout82/articles/morocco-tanger-med-car-carrier-fire.txt'));
    // ¶2 "... the Tanger Med Port Authority (TMPA) ..."; ¶4 "The TMPA said in a statement that firefighters had confined the
    // fire to two decks by late afternoon ..."
    const decks = await port.ask('Who said the blaze had been kept to a couple of decks by the afternoon?');
    expect(decks.answerLine).toBe('The Tanger Med Port Authority (TMPA) said this.');
    // (A person has no initials added: "port director Karim Benjelloun".)
    expect((await port.ask('who said the teams were on board within eight minutes')).answerLine).not.toMatch(/\(/u);
  });
  it('takes no amount of change for a level ("had lost about 4 kg" is no weight), and writes a short unit without a plural "s" ("120 kg")', async () => {
    const bear = await engineOf(await loadArticle('tests/fixtures/heldout31/articles/taiwan-kaohsiung-zoo-bear-escape.txt'));
    // ¶6 "... the bear had lost about 4 kg ..."; ¶2 "The 120-kg male, known to keepers as Hei-tang, ..."
    expect((await bear.ask('how much does the bear weigh')).answerLine).not.toBe('About 4 kg.');
    expect((await bear.ask('how heavy is the male')).answerLine).toBe('120 kg.');
  });
  it('counts what a near-synonym of the asked noun names ("24,000 students" for "how many pupils")', async () => {
    const smoke = await engineOf(await loadArticle('tests/fixtures/heldout86/articles/canada-kelowna-wildfire-smoke-schools-airport-closed.txt'));
    // ¶2 "... its 44 schools, which serve about 24,000 students, would stay closed until at least Wednesday."
    const pupils = await smoke.ask('How many pupils are affected by the shutdown of classrooms?');
    expect(pupils.answerLine).toBe('About 24,000 students.');
    expect(pupils.citations[0]?.paragraph).toBe(2);
    // ¶6 "... would have required rezoning a site earmarked for 340 flats."
    const tromso = await engineOf(await loadArticle('tests/fixtures/heldout85/articles/norway-tromso-cruise-berth-ban-housing-row.txt'));
    expect((await tromso.ask('How many apartments could have been lost to the planned quay?')).answerLine).toBe('340 flats.');
  });
  it('takes "who estimated ..." as a question about who said it, not for the number', async () => {
    const lagos = await engineOf(await loadArticle('tests/fixtures/heldout85/articles/nigeria-lagos-teachers-strike-suspended-pay-deal.txt'));
    // ¶15 "Education economist Chinwe Nnadi ... said repeated strikes had cost Lagos pupils an estimated 47 school days since 2020."
    const estimate = await lagos.ask('Who estimated how many days of class Lagos kids have missed because of walkouts?');
    expect(estimate.kind).toBe('who-said');
    expect(estimate.speaker).toBe('Chinwe Nnadi');
  });
  it('refuses a question that shares only a name with the article ("when is the next general election in nigeria")', async () => {
    const lagos = await engineOf(await loadArticle('tests/fixtures/heldout85/articles/nigeria-lagos-teachers-strike-suspended-pay-deal.txt'));
    // (¶1 "Teachers in public schools across Nigeria’s Lagos state will return to classrooms on Monday ...")
    const election = await lagos.ask('when is the next general election in nigeria');
    expect(election.inScope).toBe(false);
    expect(election.citations).toEqual([]);
    // (The same article's own event is still dated.)
    expect((await lagos.ask('when will teachers go back to class')).answerLine).toMatch(/Monday/u);
  });
  it('gives way from a lede\'s year to a later paragraph\'s day in that year ("on Sept. 21, 2022")', async () => {
    const crane = await engineOf(await loadArticle('tests/fixtures/heldout86/articles/netherlands-rotterdam-terminal-crane-collapse-fine.txt'));
    // ¶1 "... over the 2022 collapse of a ship-to-shore crane ..."; ¶4 "The 65-metre crane buckled at around 2:15 p.m. on Sept. 21, 2022, ..."
    const when = await crane.ask('When did the crane collapse?');
    expect(when.answerLine).toMatch(/Sept\. 21, 2022\.$/u);
    expect(when.citations[0]?.paragraph).toBe(4);
  });
  it('answers "what year" with a year, "which village" with the village, and "how long is the portion of road covered by ..." with a length', async () => {
    const slide = await engineOf(await loadArticle('tests/fixtures/heldout86/articles/pakistan-hunza-karakoram-highway-landslide.txt'));
    // ¶15 "In 2010, a landslide at Attabad, about 20 kilometres from Tuesday’s site, dammed the Hunza River ..."
    expect((await slide.ask('What year did the Attabad landslide happen?')).answerLine).toBe('2010.');
    // ¶1 "A huge landslide buried the Karakoram Highway near the village of Ganish in the Hunza valley on Tuesday, ..."
    expect((await slide.ask('Near which village did the slide hit the highway?')).answerLine).toBe('Near the village of Ganish in the Hunza valley.');
    // ¶2 "... after two days of heavy rain, covering a stretch of road roughly 300 metres (980 feet) long ..."
    expect((await slide.ask('How long is the portion of road covered by the debris?')).answerLine).toBe('Roughly 300 metres.');
  });
  it('holds no answer to a place\'s kind or a month the article never names ("kept of the road", "between January and September")', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/ireland-dublin-bus-drivers-assault-strike.txt'));
    // ¶2 "... kept about 1,150 buses on more than 110 routes in their depots ..." (the article's only "Road" is "Clondalkin Road")
    expect((await bus.ask('how many buses were kept of the road')).answerLine).toBe('About 1,150 buses.');
    // ¶3 "... 147 assaults on staff were recorded in the first nine months of the year, ..."
    const attacks = await bus.ask('How many attacks on staff were logged between January and September?');
    expect(attacks.answerLine).toBe('147 assaults.');
    expect(attacks.citations[0]?.paragraph).toBe(3);
  });
  it('reads "Gudrun Halfdanardottir" as "Guðrún Hálfdanardóttir", answers how long she has fished by "since 2004", and dates an announcement asked about', async () => {
    const cod = await engineOf(await loadArticle('tests/fixtures/heldout88/articles/iceland-isafjordur-cod-quota-blockade.txt'));
    // ¶4 "... said Guðrún Hálfdanardóttir, who owns a 12-metre boat with her husband and has fished out of Ísafjörður since 2004."
    const since = await cod.ask('How long has Gudrun Halfdanardottir been going out to sea from the town?');
    expect(since.answerLine).toBe('Since 2004.');
    expect(since.citations[0]?.paragraph).toBe(4);
    // ¶3 "The fisheries ministry announced on June 13 that the total allowable catch of cod ... would be 196,000 tonnes"
    expect((await cod.ask('When was the quota cut announced?')).answerLine).toBe('On June 13.');
    // (Not a span that only began then: "a second international cable, discussed with the World Bank since 2019".)
    const tonga = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/tonga-nukualofa-undersea-cable-cut.txt'));
    expect((await tonga.ask('How long has Sione Taufa been running the cable company?')).answerLine).not.toBe('Since 2019.');
  });
  it('takes the fine imposed, not the one asked for, and reads "going to be held" as no direction', async () => {
    const crane = await engineOf(await loadArticle('tests/fixtures/heldout86/articles/netherlands-rotterdam-terminal-crane-collapse-fine.txt'));
    // ¶1 "... fined ... Maasvlakte Global Terminals 1.8 million euros ($1.95 million) ..."; ¶7 "The Public Prosecution
    // Service (OM) had asked for a fine of 2.5 million euros."
    expect((await crane.ask('How much was the fine?')).answerLine).toBe('1.8 million euros.');
    expect((await crane.ask('How much was the fine the prosecution asked for?')).answerLine).toBe('2.5 million euros.');
    const lithium = await engineOf(await loadArticle('tests/fixtures/heldout86/articles/bolivia-uyuni-lithium-plant-quinoa-water-dispute.txt'));
    // ¶9 "... it had sent a negotiating team to the area and that a first meeting with community leaders was planned for
    // Tuesday in the village of Río Grande."
    const meeting = await lithium.ask('Where is the first meeting between the ministry and community leaders going to be held?');
    expect(meeting.answerLine).toBe('In the village of Río Grande.');
  });
  it('does not take the city a story was filed from for where it happened ("ULAANBAATAR (AFP) - ... in the western province of Khovd")', async () => {
    const measles = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/mongolia-khovd-measles-vaccination-drive.txt'));
    const capital = await measles.ask('How many measles cases have been found in Ulaanbaatar?');
    expect(capital.inScope).toBe(false);
    expect(capital.citations).toEqual([]);
    // (The province it is about is answered.)
    expect((await measles.ask('How many people has measles infected in Khovd?')).answerLine).toMatch(/300/u);
    // (Nor a dateline with a comma: "KOBE, Japan — ..." for tuition at private universities across Japan.)
    const kobe = await engineOf(await loadArticle('tests/fixtures/heldout17/articles/kobe-university-tuition-hike.txt'));
    expect((await kobe.ask('how much is tuition at private universities in Japan')).inScope).toBe(false);
  });
  it('answers a paraphrased figure question from the passage the search ranks first, when the figure is of the kind asked', async () => {
    const smoke = await engineOf(await loadArticle('tests/fixtures/heldout86/articles/canada-kelowna-wildfire-smoke-schools-airport-closed.txt'));
    // ¶10 "... visits to the emergency department at Kelowna General Hospital for breathing problems had jumped 35 per cent ..."
    const er = await smoke.ask('By how much did ER trips for respiratory trouble go up at the hospital?');
    expect(er.answerLine).toBe('35 per cent.');
    expect(er.citations[0]?.paragraph).toBe(10);
    // (Not a route's number for a fare: ¶7 "The 587 service runs six times a day on weekdays between ... Newtown.")
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout25/articles/wales-powys-rural-bus-cut.txt'));
    expect((await bus.ask('how much is a single ticket from Trefeglwys to Newtown')).inScope).toBe(false);
    // (Nor a distance a day for a speed.)
    const crash = await engineOf(await loadArticle('tests/fixtures/heldout73/articles/west-virginia-pocahontas-school-bus-crash.txt'));
    expect((await crash.ask('How fast was the bus going when it went off the road?')).inScope).toBe(false);
  });
  it('dates an event whose date fits the question well, though the passage holds little else of it ("when did the scheme fall apart?")', async () => {
    const fraud = await engineOf(await loadArticle('tests/fixtures/heldout10/articles/auckland-adviser-fraud-sentencing.txt'));
    const collapse = await fraud.ask('when did the scheme fall apart?');
    expect(collapse.answerLine).toBe('In August 2023.');
  });
  it('answers a when-question nothing else answers from the passage the search ranks first ("how long will the remaining stock hold out")', async () => {
    const drug = await engineOf(await loadArticle('tests/fixtures/heldout65/articles/romania-breast-cancer-drug-shortage.txt'));
    expect((await drug.ask('how long will the remaining stock hold out')).answerLine).toBe('Roughly three weeks.');
    const syrup = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/india-kerala-cough-syrup-ban-child-deaths.txt'));
    // ¶17 "... a six-member expert committee would submit its report within 15 days."
    const panel = await syrup.ask('how long has the panel of experts got to hand in its findings');
    expect(panel.answerLine).toBe('Within 15 days.');
    expect(panel.citations[0]?.paragraph).toBe(17);
    // (Not over a date that answers on its own: the Rudaw article's "late on Tuesday".)
    const rudaw = await engineOf(await loadArticle('data/article.txt'));
    expect((await rudaw.ask('When did Amiri make his comments?')).answerLine).toMatch(/^Late on Tuesday/u);
  });
  it('reads a sum asked "for each bird killed" as a sum, not a death toll, and coins as money ("2 fils", "no more than 450 millimes")', async () => {
    const cull = await engineOf(await loadArticle('tests/fixtures/heldout90/articles/mexico-jalisco-bird-flu-poultry-cull.txt'));
    // ¶11 "Farm owners whose flocks are culled will be compensated at 85 pesos per bird, ..."
    const pay = await cull.ask('How much compensation will farmers get for each bird killed?');
    expect(pay.answerLine).toBe('85 pesos.');
    expect(pay.citations[0]?.paragraph).toBe(11);
    const grid = await engineOf(await loadArticle('tests/fixtures/heldout53/articles/kuwait-city-heatwave-grid-failure.txt'));
    expect((await grid.ask('how much do kuwaiti families pay for a unit of power')).answerLine).toBe('2 fils.');
    const bread = await engineOf(await loadArticle('tests/fixtures/heldout92/articles/tunisia-tunis-bakery-bread-price-cap-rule.txt'));
    expect((await bread.ask('What price must private bakeries sell a standard baguette for?')).answerLine).toBe('No more than 450 millimes.');
  });
  it('reads a common verb with its particle by the phrase\'s meaning ("found out" is "learned", "called off" is "cancelled")', async () => {
    const insolvency = await engineOf(await loadArticle('tests/fixtures/heldout83/articles/germany-plochingen-car-parts-supplier-insolvency.txt'));
    // ¶10 "Ahmet Yilmaz, ... said staff learned of the filing from a notice pinned up in the canteen on Wednesday morning."
    const note = await insolvency.ask('Who said workers found out about the insolvency from a note in the cafeteria?');
    expect(note.speaker).toBe('Ahmet Yilmaz');
    expect(note.citations[0]?.paragraph).toBe(10);
  });
  it('answers a paraphrased question for a sum or a share from the passage the search ranks first, a little more loosely', async () => {
    const urs = await engineOf(await loadArticle('tests/fixtures/heldout39/articles/pakistan-sehwan-urs-heatstroke-deaths.txt'));
    expect((await urs.ask('How much money will relatives of the dead be given?')).answerLine).toBe('1 million rupees.');
    const rhine = await engineOf(await loadArticle('tests/fixtures/heldout45/articles/germany-rhine-low-water-barges.txt'));
    expect((await rhine.ask("What share of the chemical firm's supplies normally arrives by boat?")).answerLine).toBe('About 40 percent.');
    // (Still not a route's number for a fare: "The 587 service" is no sum.)
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout25/articles/wales-powys-rural-bus-cut.txt'));
    expect((await bus.ask('how much is a single ticket from Trefeglwys to Newtown')).inScope).toBe(false);
  });
  it('weighs a long statement a little less when finding the closest to a reworded who-said question', async () => {
    const yards = await engineOf(await loadArticle('tests/fixtures/heldout7/articles/ulsan-shipyard-strike.txt'));
    const schedule = await yards.ask('who said korea gets picked over china because its yards finish ships on schedule');
    expect(schedule.speaker).toBe('Lee Sang-woo');
    expect(schedule.answerLine).toMatch(/^Not in those words/u);
    const smoke = await engineOf(await loadArticle('tests/fixtures/heldout86/articles/canada-kelowna-wildfire-smoke-schools-airport-closed.txt'));
    expect((await smoke.ask('who said planes would stay on the ground until the haze lifts even though the terminal is open')).speaker).toBe('Sam Rahimi');
  });
  it('keeps a range whose low end has its own unit ("by between 7 percent and 12 percent")', async () => {
    const canal = await engineOf(await loadArticle('tests/fixtures/heldout31/articles/panama-canal-toll-increase.txt'));
    expect((await canal.ask('how much are tolls going up')).answerLine).toBe('Between 7 percent and 12 percent.');
  });
  it('reads "what is the new export levy" and "what will the fare be" as asking for a figure', async () => {
    const palm = await engineOf(await loadArticle('tests/fixtures/heldout21/articles/indonesia-palm-oil-export-levy.txt'));
    expect((await palm.ask('what is the new export levy on crude palm oil')).answerLine).toBe('10%.');
    expect(analyzeQuestion('what will the fare be').kind).toBe('how-many');
    expect(analyzeQuestion('what would the union do').kind).toBe('other');
  });
  it('takes "Argentine side Talleres" for a club, and answers with the name', async () => {
    const transfer = await engineOf(await loadArticle('tests/fixtures/articles/football-transfer.txt'));
    const club = await transfer.ask('Which club did Villanueva play for before Brighton?');
    expect(club.answerLine).toBe('Talleres.');
    expect(club.citations[0]?.paragraph).toBe(3);
    // (Not "a Major League Soccer team" for a Portuguese club: another word for the kind needs its name right after.)
    const takeover = await engineOf(await loadArticle('tests/fixtures/heldout6/articles/carlisle-harriers-takeover.txt'));
    expect((await takeover.ask('Which Portuguese club does Bluegate own a stake in?')).inScope).toBe(false);
  });
  it('tells how old a thing is by when it was made ("built in the 1950s", "dating from around A.D. 450"), never a person', async () => {
    const school = await engineOf(await loadArticle('tests/fixtures/heldout90/articles/peru-cusco-school-roof-collapse-inquiry.txt'));
    const built = await school.ask('How old is the school building?');
    expect(built.answerLine).toBe('Built in the 1950s.');
    expect(built.citations[0]?.paragraph).toBe(12);
    expect((await school.ask("How old is the school's director?")).inScope).toBe(false);
    const mask = await engineOf(await loadArticle('tests/fixtures/heldout67/articles/mexico-puebla-jade-mask-museum-theft.txt'));
    expect((await mask.ask('How old is the mask?')).answerLine).toBe('Dates from around A.D. 450.');
  });
  it('answers how much something changed with a percentage, whatever the thing ("how much less water", "how much has the price dropped")', async () => {
    const heat = await engineOf(await loadArticle('tests/fixtures/heldout30/articles/australia-carnarvon-heat-record-water-rationing.txt'));
    expect((await heat.ask('How much less water will the farms get for irrigation?')).answerLine).toBe('30%.');
    const rates = await engineOf(await loadArticle('tests/fixtures/heldout43/articles/chile-central-bank-rate-hold.txt'));
    expect((await rates.ask("How much has the price of the country's biggest export dropped since July?")).answerLine).toBe('About 11%.');
    // (A price's rise is never a length: not "110 metres" for diesel.)
    const rhine = await engineOf(await loadArticle('tests/fixtures/heldout45/articles/germany-rhine-low-water-barges.txt'));
    expect((await rhine.ask('How much has the price of diesel gone up for barge operators this summer?')).answerLine).not.toMatch(/metres/u);
  });
  it('reads "how heavy was the downpour" as rain in millimetres, and "the amount of fuel" as no sum of money', async () => {
    const slide = await engineOf(await loadArticle('tests/fixtures/heldout75/articles/colombia-marmato-landslide-homes-buried.txt'));
    expect((await slide.ask('How heavy was the downpour before the disaster?')).answerLine).toBe('More than 110 millimetres.');
    const fuel = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/kazakhstan-atyrau-refinery-fire-fuel-shortages.txt'));
    expect((await fuel.ask("What's the maximum amount of fuel some stations are letting each driver buy?")).answerLine).toBe('20 litres.');
  });
  it('reads "Gerald Hynes, 58, of Carbonear" and "both of Bay Roberts" as where people are from', async () => {
    const fraud = await engineOf(await loadArticle('tests/fixtures/heldout91/articles/canada-newfoundland-fishing-licence-fraud-charges.txt'));
    expect((await fraud.ask('Where is Gerald Hynes from?')).answerLine).toBe('From Carbonear.');
    expect((await fraud.ask('where are Kevin Dawe and Wayne Snook from')).answerLine).toBe('From Bay Roberts.');
  });
  it('answers where with a distance from places ("within 2 kilometres of Ayr, Home Hill and Brandon"), not one that only places the place before it', async () => {
    const cane = await engineOf(await loadArticle('tests/fixtures/heldout89/articles/australia-burdekin-cane-burning-ban-dispute.txt'));
    expect((await cane.ask('Which towns will the ban apply around?')).answerLine).toBe('Within 2 kilometres of Ayr, Home Hill and Brandon.');
    // ("near Pina village, about 18 km south of Gamgadhi": the village.)
    const slide = await engineOf(await loadArticle('tests/fixtures/heldout57/articles/nepal-mugu-landslide-highway-closure.txt'));
    expect((await slide.ask('near which village did the slide come down')).answerLine).toBe('Near Pina.');
  });
  it('reads "a Boston-based firm" as where the firm is based, when that is asked', async () => {
    const takeover = await engineOf(await loadArticle('tests/fixtures/heldout6/articles/carlisle-harriers-takeover.txt'));
    expect((await takeover.ask("where's bluegate based")).answerLine).toBe('In Boston.');
  });
  it('counts people in other words: "folks" are people, MPs who voted are the votes, a count since Jan. 1 is this year\'s', async () => {
    const spill = await engineOf(await loadArticle('tests/fixtures/heldout96/articles/poland-lodz-freight-train-derailment-spill.txt'));
    expect((await spill.ask('How many folks had to leave their houses?')).answerLine).toBe('About 1,200 people.');
    // ¶2 "The bill passed its third and final reading in the 100-seat Saeima by 61 votes to 23, ..."
    const law = await engineOf(await loadArticle('tests/fixtures/heldout95/articles/latvia-riga-language-law-vote.txt'));
    expect((await law.ask('How many MPs voted in favour of the bill?')).answerLine).toBe('61 votes.');
    // ("How many people have signed the petition?": "a petition ... had gathered 14,600 signatures".)
    const libraries = await engineOf(await loadArticle('tests/fixtures/heldout90/articles/england-leeds-library-closure-protest.txt'));
    expect((await libraries.ask('How many people have signed the petition?')).answerLine).toBe('14,600 signatures.');
    // ¶2 "... 14,860 cases had been reported nationwide since Jan. 1, ... and that 31 people had died."
    const dengue = await engineOf(await loadArticle('tests/fixtures/heldout94/articles/sri-lanka-colombo-dengue-outbreak.txt'));
    expect((await dengue.ask('How many people have died of dengue so far this year?')).answerLine).toBe('31 people.');
  });
  it('reads a present passive ("are being moved") as no question about the past, and ends a count before the question\'s own verb', async () => {
    const smog = await engineOf(await loadArticle('tests/fixtures/heldout96/articles/mongolia-ulaanbaatar-air-pollution-emergency.txt'));
    // ¶5 "Under the order, about 310,000 pupils will switch to lessons on television and online, ..."
    expect((await smog.ask('How many students are being moved to remote classes?')).answerLine).toBe('About 310,000 pupils.');
    // ¶15 "About 30,000 people a year attempt to climb Triglav, ..."
    const rescue = await engineOf(await loadArticle('tests/fixtures/heldout93/articles/slovenia-julian-alps-hikers-rescue.txt'));
    expect((await rescue.ask('How many folks try to get to the top of Triglav every year?')).answerLine).toBe('About 30,000 people a year.');
  });
  it('takes "in its statement" for where a body spoke, not what about', async () => {
    const museum = await engineOf(await loadArticle('tests/fixtures/heldout94/articles/belgium-tervuren-museum-artefacts-return.txt'));
    const said = await museum.ask('what did the AfricaMuseum say in its statement');
    expect(said.answerLine).toBe('AfricaMuseum said:');
    expect(said.citations[0]?.paragraph).toBe(2);
    expect(analyzeQuestion('What did the museum say about the return in a statement?').topic).toBe('the return in a statement');
  });
  it('counts the people asked about: workers over people in general, the named person over another in a "who" clause', async () => {
    const fire = await engineOf(await loadArticle('tests/fixtures/heldout95/articles/pakistan-karachi-textile-factory-fire-inquiry.txt'));
    // ¶1 "... a fire that killed 37 workers ..." over ¶13 "... more than 250 people had died in factory fires ...".
    expect((await fire.ask('How many workers died in the fire?')).answerLine).toBe('37 workers.');
    // ¶2 "Mbarga, 49, ..., defeated Emmanuel Tchoumi, a businessman ..., who received 29 votes."
    const vote = await engineOf(await loadArticle('tests/fixtures/heldout94/articles/cameroon-yaounde-football-federation-election.txt'));
    // (With the whole it is part of: "winning 52 of the 84 votes cast".)
    expect((await vote.ask('How many votes did Mbarga get?')).answerLine).toBe('52 of the 84 votes.');
    expect((await vote.ask('How many votes did Tchoumi get?')).answerLine).toBe('29 votes.');
  });
  it('answers "which city" with a city, not the country ("in Sucre", not "in Bolivia") nor a road\'s name, and reads "yearly" as "a year"', async () => {
    const app = await engineOf(await loadArticle('tests/fixtures/heldout95/articles/bolivia-la-paz-ride-hailing-app-ban.txt'));
    expect((await app.ask('in which city will Andigo fight the ban in court')).answerLine).toBe('In Sucre.');
    // (Nor with a list of countries, "to Indonesia and Sri Lanka", nor a continent's part, "from Central Africa".)
    const museum = await engineOf(await loadArticle('tests/fixtures/heldout94/articles/belgium-tervuren-museum-artefacts-return.txt'));
    expect((await museum.ask('which city are the objects being sent to')).answerLine).toBe('To Kinshasa.');
    // (Nor "which village" with "the island of Eysturoy".)
    const wind = await engineOf(await loadArticle('tests/fixtures/heldout92/articles/faroe-islands-eysturoy-wind-farm-court-challenge.txt'));
    expect((await wind.ask('Which village is the wind farm going to be next to?')).answerLine).toBe('Near the village of Funningur.');
    // ("on a sharp bend of the highway to Oruro near the town of Yocalla": the road's name is not where.)
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout53/articles/bolivia-potosi-pilgrim-bus-crash.txt'));
    expect((await bus.ask('where did the bus go off the road')).answerLine).toBe('Near the town of Yocalla.');
    const library = await engineOf(await loadArticle('tests/fixtures/heldout20/articles/texas-pecan-ridge-library-vote.txt'));
    expect((await library.ask("what's the yearly price tag of the new rules")).answerLine).toBe('About $180,000 a year.');
  });
  it('reads "what does X do exactly" and "who is X in this story" as asking a role, and gives no other person\'s age', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout93/articles/morocco-fes-water-tariff-protest.txt'));
    expect((await water.ask('what does Khadija Bennani do exactly')).answerLine).toMatch(/^Khadija Bennani: spokeswoman\b/u);
    const vote = await engineOf(await loadArticle('tests/fixtures/heldout94/articles/cameroon-yaounde-football-federation-election.txt'));
    expect((await vote.ask('who is Emmanuel Tchoumi in this story')).answerLine).toMatch(/^Emmanuel Tchoumi: a businessman\b/u);
    // ¶2 "Mbarga, 49, who played at two World Cups, defeated Emmanuel Tchoumi, ...": Mbarga's age, not Tchoumi's.
    expect((await vote.ask('How old is Emmanuel Tchoumi?')).inScope).toBe(false);
    expect((await vote.ask('How old is Mbarga?')).answerLine).toBe('49 years old.');
  });
  it('dates the making of a thing only by a clause that makes it ("When was the Kariba dam built?" is not "last week")', async () => {
    const power = await engineOf(await loadArticle('tests/fixtures/heldout95/articles/zambia-kariba-dam-drought-power-cuts.txt'));
    // ¶2 "... the Kariba North Bank plant ... generated an average of just 190 megawatts last week ..."
    expect((await power.ask('When was the Kariba dam built?')).inScope).toBe(false);
    const jail = await engineOf(await loadArticle('tests/fixtures/heldout79/articles/philippines-talisay-jail-riot-overcrowding.txt'));
    expect((await jail.ask('When was the Talisay jail built?')).answerLine).toBe('In 1998.');
  });
  it('reads "until when" as asking when something ends', async () => {
    expect(analyzeQuestion('Until when will the emergency rules last?').kind).toBe('when');
    const smog = await engineOf(await loadArticle('tests/fixtures/heldout96/articles/mongolia-ulaanbaatar-air-pollution-emergency.txt'));
    // ¶3 "... the measures would stay in place until at least Jan. 19 ...", not the lede's "on Sunday".
    expect((await smog.ask('Until when will the emergency rules last?')).answerLine).toBe('Jan. 19.');
    const ash = await engineOf(await loadArticle('tests/fixtures/heldout27/articles/png-ulawun-ash-flight-cancellations.txt'));
    expect((await ash.ask('Until when can Air Niugini passengers rebook for free?')).answerLine).toBe('Until Nov. 30.');
  });
  it('counts the figure the headline gives, repeated in the body, above another that fits as well, and ends a count before "living within"', async () => {
    // Headline "... hands 114 looted objects back to Congo ...": ¶1 "handed 114 objects", not ¶11 "holds about 120,000 ethnographic objects".
    const museum = await engineOf(await loadArticle('tests/fixtures/heldout94/articles/belgium-tervuren-museum-artefacts-return.txt'));
    expect((await museum.ask('How many objects is the museum giving back?')).answerLine).toBe('114 objects.');
    // Headline "... extends power cuts to 17 hours a day ...": ¶1, not Harare's "up to 19 hours a day" in ¶14.
    const power = await engineOf(await loadArticle('tests/fixtures/heldout95/articles/zambia-kariba-dam-drought-power-cuts.txt'));
    expect((await power.ask('How many hours a day will the power cuts last?')).answerLine).toBe('17 hours.');
    const refinery = await engineOf(await loadArticle('tests/fixtures/heldout44/articles/louisiana-convent-refinery-explosion.txt'));
    expect((await refinery.ask('how many people were told to evacuate')).answerLine).toBe('About 2,600 people.');
  });
  it('reads "6 meters (20 feet) deep" as a depth, and gives "hundreds" way to an exact count in another sentence', async () => {
    const avalanche = await engineOf(await loadArticle('tests/fixtures/heldout92/articles/india-himachal-lahaul-avalanche-road-buried.txt'));
    // ¶2 "... covering around 300 meters of the Manali-Leh road under snow up to 6 meters (20 feet) deep ..."
    expect((await avalanche.ask('how deep was the snow on the road')).answerLine).toBe('Up to 6 meters.');
    // ¶1 "... with 1,000 bicycles at 79 docking stations ...", not ¶14 "hundreds of bikes were stolen".
    const bikes = await engineOf(await loadArticle('tests/fixtures/heldout91/articles/vietnam-hanoi-bike-share-launch.txt'));
    expect((await bikes.ask('How many bikes are in the scheme?')).answerLine).toBe('1,000 bicycles.');
    const distillery = await engineOf(await loadArticle('tests/fixtures/heldout21/articles/scotland-speyside-distillery-expansion.txt'));
    expect((await distillery.ask('How many objections were lodged against the plan?')).answerLine).toBe('312 objections.');
  });
  it('takes a cyberattack for an attack ("When did the cyberattack begin?")', async () => {
    const hospital = await engineOf(await loadArticle('tests/fixtures/heldout89/articles/poland-tarnow-hospital-ransomware-attack.txt'));
    // ¶2 "The attack on St. Hedwig Provincial Hospital began at about 3:40 a.m. on Sunday, ..."
    expect((await hospital.ask('When did the cyberattack begin?')).answerLine).toBe('At about 3:40 a.m. on Sunday.');
  });
  it('says what a part is of ("Fourteen of the train\'s 31 wagons"), and ends a count before "aged"', async () => {
    const spill = await engineOf(await loadArticle('tests/fixtures/heldout96/articles/poland-lodz-freight-train-derailment-spill.txt'));
    expect((await spill.ask('How many wagons came off the rails?')).answerLine).toBe('Fourteen of the train’s 31 wagons.');
    const measles = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/mongolia-khovd-measles-vaccination-drive.txt'));
    expect((await measles.ask('How many kids are the nurses trying to vaccinate?')).answerLine).toBe('About 46,000 children.');
    // (Not a whole that ends before its noun: "214 of the district's 260 government and church-run schools".)
    const strike = await engineOf(await loadArticle('tests/fixtures/heldout49/articles/lesotho-maseru-teachers-pay-strike.txt'));
    expect((await strike.ask('how many schools in maseru district didnt open')).answerLine).toBe('214.');
  });
  it('reads what a measure is of past "and", a sentence\'s opening phrase, "died" as a verb, "levs" as money, and where a ship "left"', async () => {
    const landfill = await engineOf(await loadArticle('tests/fixtures/heldout101/articles/angola-luanda-kifangondo-landfill-fire-health.txt'));
    // ¶2 "... which receives about 6,000 tonnes of household and commercial waste a day ..."
    expect((await landfill.ask('how much rubbish does the landfill take in each day')).answerLine).toBe('About 6,000 tonnes.');
    const wolves = await engineOf(await loadArticle('tests/fixtures/heldout101/articles/bulgaria-rhodope-wolf-attacks-sheep-compensation.txt'));
    // ¶2 "In the worst single incident, a pack killed 37 sheep ...", not ¶1 "killed more than 600 animals".
    expect((await wolves.ask('How many sheep died in the single worst attack?')).answerLine).toBe('37 sheep.');
    expect((await wolves.ask('how much money is the pilot scheme worth')).answerLine).toBe('500,000 levs.');
    const cable = await engineOf(await loadArticle('tests/fixtures/heldout101/articles/samoa-manaia-undersea-cable-fault-outage.txt'));
    // ¶3 "... a repair ship had left the Fijian capital Suva ..."
    expect((await cable.ask('where did the repair ship set off from')).answerLine).toBe('From the Fijian capital Suva.');
  });
  it('weighs a crop, counts no "this year\'s", passes over the baseline of a comparison and a place that only locates another, and dates an event past another deed', async () => {
    const plums = await engineOf(await loadArticle('tests/fixtures/heldout102/articles/serbia-osecina-plum-harvest-rakija-prices.txt'));
    // ¶6 "... expected to reach only about 290,000 metric tons, compared with roughly 560,000 tons last year ..."
    expect((await plums.ask("How big is this year's plum crop expected to be?")).answerLine).toBe('About 290,000 metric tons.');
    // ¶15 "In the village of Pecka, 12 kilometers (7 miles) south of Osečina, grower Dušan Ilić said ..."
    expect((await plums.ask('where is Dušan Ilić\'s orchard')).answerLine).toBe('In the village of Pecka.');
    const flood = await engineOf(await loadArticle('tests/fixtures/heldout102/articles/mauritius-port-louis-flash-flood-drains-inquiry.txt'));
    // ¶1 "The Mauritian government on Tuesday ordered an ... inquiry into why storm drains ... failed during a flash flood"
    expect((await flood.ask('When did the flash flood happen?')).answerLine).toBe('On Saturday, April 20.');
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout46/articles/japan-okinawa-motobu-seawall-dispute.txt'));
    expect((await seawall.ask('how much money did local fishermen lose because of the storm')).answerLine).toBe('About 460 million yen.');
    // The baseline still answers when the question names what it is of.
    const vaccine = await engineOf(await loadArticle('tests/fixtures/articles/vaccine-trial.txt'));
    expect((await vaccine.ask('how many malaria cases were there in the control group')).answerLine).toBe('1,076.');
  });
  it('reads "put into" as money and "how far along" as a share done, dates an event past the inquiry into it, and corrects "adress" to a word', async () => {
    const airport = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/albania-vlora-airport-concession-contract-dispute.txt'));
    // ¶6 "... the company had already invested about 110 million euros in the runway and terminal ..."
    expect((await airport.ask('How much has Adriatic Skyport put into the project so far?')).answerLine).toBe('About 110 million euros.');
    // ¶16 "Aydın said work on the 3.2-kilometre runway was 85% complete ..."
    expect((await airport.ask('how far along is work on the landing strip')).answerLine).toBe('85% complete.');
    const prison = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/honduras-la-ceiba-prison-riot-inquiry.txt'));
    // ¶1 "Honduran prosecutors opened a criminal inquiry Wednesday into a riot ..."; ¶2 "The violence broke out shortly after 6 a.m. on Sunday, Sept. 14, ..."
    expect((await prison.ask('When did the riot start?')).answerLine).toBe('Shortly after 6 a.m. on Sunday, Sept. 14.');
    const vanilla = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/madagascar-sava-vanilla-price-collapse-growers.txt'));
    // Not "adness", which the article knows only by the stem of its "adding".
    expect((await vanilla.ask('Where did the minister adress lawmakers?')).answerLine).toBe('In Antananarivo.');
  });
  it('reads a length before its noun past its conversion, a region that only locates the place before it, and the level after a change "once the expansion is done"', async () => {
    const rail = await engineOf(await loadArticle('tests/fixtures/heldout104/articles/laos-boten-rail-freight-backlog.txt'));
    // ¶5 "The 422-kilometre (262-mile) Lao section of the railway ..."
    expect((await rail.ask('How long is the Laotian stretch of the line?')).answerLine).toBe('422 kilometres.');
    // ¶2 "... after Chinese authorities at Mohan, across the border in Yunnan province, introduced new quarantine checks ..."
    expect((await rail.ask('Where did the Chinese bring in the new quarantine cheks?')).answerLine).toBe('At Mohan.');
    const methane = await engineOf(await loadArticle('tests/fixtures/heldout104/articles/rwanda-lake-kivu-methane-plant-expansion.txt'));
    // ¶2 "... will raise its output from 26 megawatts to 56 megawatts by the end of 2027 ..."
    expect((await methane.ask('How many megawatts will the plant produce once the expansion is done?')).answerLine).toBe('56 megawatts.');
  });
  it('reads "who put a figure on ..." as who said it, and takes no word that opens a sentence inside a quotation for a name', async () => {
    const cable = await engineOf(await loadArticle('tests/fixtures/heldout101/articles/samoa-manaia-undersea-cable-fault-outage.txt'));
    // ¶11 "Lemalu Petelo Schuster, ... estimated that the outage was costing the private sector around 2 million tala ... a day";
    // (a quotation's "... a whole economy. Every country ..." makes no name of "Every", which "every day" would then need).
    const answer = await cable.ask('who put a figure on how much the outage is costing businesses every day');
    expect(answer.answerLine).toBe('Lemalu Petelo Schuster, president of the Apia Business Association, said this.');
  });
  it('weighs how much of a substance ("how much ash", "how much honey"), and dates "this year\'s" harvest by no "last year"', async () => {
    const etna = await engineOf(await loadArticle('tests/fixtures/heldout73/articles/italy-catania-etna-ash-airport-closure.txt'));
    // Not "9,000 metres", the height the ash rose to.
    expect((await etna.ask('how much ash has to be cleared up in the city')).answerLine).toBe('About 1,500 tonnes.');
    const honey = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/nz-auckland-manuka-honey-fraud-trial.txt'));
    expect((await honey.ask('how much honey did the compnay allegedly ship abroad')).answerLine).toBe('About 48 tonnes.');
    const vanilla = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/madagascar-sava-vanilla-price-collapse-growers.txt'));
    // ¶11 "... since the harvest opened on May 15 ...", not the lede's "last year".
    expect((await vanilla.ask("When did this year's harvest start?")).answerLine).toBe('On May 15.');
  });
  it('dates an event named past another deed by its stand-ins, and answers "what date" with a calendar day, not "last month"', async () => {
    const plane = await engineOf(await loadArticle('tests/fixtures/heldout13/articles/nepal-jumla-runway-excursion.txt'));
    // ¶1 "Nepal's aviation regulator on Tuesday grounded all five aircraft ... after one of its twin-engine planes skidded off ..."
    expect((await plane.ask('when did the plane crash happen')).answerLine).toBe('At about 10:40 a.m. on Sunday, September 8.');
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout89/articles/bangladesh-bhola-meghna-ferry-capsize-inquiry.txt'));
    // ¶1 "A river ferry that capsized ... last month"; ¶2 "... overturned at about 11:15 p.m. on Aug. 17 ..."
    expect((await ferry.ask('What date did the ferry go down?')).answerLine).toBe('At about 11:15 p.m. on Aug. 17.');
  });
  it('reads "its Plochingen headquarters" as where a company is based', async () => {
    const hessler = await engineOf(await loadArticle('tests/fixtures/heldout83/articles/germany-plochingen-car-parts-supplier-insolvency.txt'));
    // ¶7 "The company employs about 1,200 people at its Plochingen headquarters, 450 at a plant in Göppingen ..."
    expect((await hessler.ask('where is hessler headquarterd')).answerLine).toBe('In Plochingen.');
  });
  it('reads a disaster\'s own verb ("When did the road cave in?") as asking when the story\'s event happened', async () => {
    const sinkhole = await engineOf(await loadArticle('tests/fixtures/heldout88/articles/guatemala-city-avenue-sinkhole-rains.txt'));
    // ¶1 "A sinkhole ... opened beneath a busy avenue ... early on Tuesday", not ¶12's "last year".
    expect((await sinkhole.ask('When did the road cave in?')).answerLine).toBe('Early on Tuesday.');
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout9/articles/chandpur-ferry-capsize.txt'));
    expect((await ferry.ask('when did the ferry go down')).answerLine).toBe('On Saturday evening.');
  });
  it('gives no sum in millions for what one worker earns or one container costs', async () => {
    const mine = await engineOf(await loadArticle('tests/fixtures/heldout68/articles/south-africa-rustenburg-platinum-mine-layoffs.txt'));
    expect((await mine.ask('How much does the average worker at the Kgale shafts earn?')).inScope).toBe(false);
    const rail = await engineOf(await loadArticle('tests/fixtures/heldout104/articles/laos-boten-rail-freight-backlog.txt'));
    // (¶5 "... opened in December 2021 at a cost of about $6 billion": what the line cost, not a container's fare.)
    expect((await rail.ask('How much does it cost to ship one container from Vientiane to Kunming by train?')).inScope).toBe(false);
    // A sum per head still answers: ¶6 of the vineyard story, "up to 250,000 drams (about $645) per hectare".
    const frost = await engineOf(await loadArticle('tests/fixtures/heldout102/articles/armenia-areni-spring-frost-vineyard-exports.txt'));
    expect((await frost.ask('how much compensation will each grower get per hectare')).answerLine).toBe('Up to 250,000 drams.');
  });
  it('dates a collapse by the paragraph after a lede that dates only the inquiry into it', async () => {
    const school = await engineOf(await loadArticle('tests/fixtures/heldout90/articles/peru-cusco-school-roof-collapse-inquiry.txt'));
    // ¶1 "Peruvian prosecutors opened a criminal investigation on Monday into the collapse of a classroom roof ...";
    // ¶2 "The roof ... gave way at about 10:40 a.m. on Friday ..."; not ¶17's "the 2021 roof repair".
    expect((await school.ask('When did the roof come down?')).answerLine).toBe('At about 10:40 a.m. on Friday.');
  });
  it('measures what leaked in litres or tonnes ("how much phenol leaked out of the train")', async () => {
    const spill = await engineOf(await loadArticle('tests/fixtures/heldout96/articles/poland-lodz-freight-train-derailment-spill.txt'));
    // ¶3 "... an estimated 38,000 litres of the chemical had already escaped."
    expect((await spill.ask('how much phenol leaked out of the train')).answerLine).toBe('38,000 litres.');
  });
  it('reads a participle\'s clause as about the subject before it ("Laval told AFP, putting his losses at ...")', async () => {
    const flood = await engineOf(await loadArticle('tests/fixtures/heldout102/articles/mauritius-port-louis-flash-flood-drains-inquiry.txt'));
    expect((await flood.ask('how much money did laval lose in the flood')).answerLine).toBe('Around 400,000 rupees.');
    const rice = await engineOf(await loadArticle('tests/fixtures/heldout33/articles/india-kakinada-rice-export-ban.txt'));
    expect((await rice.ask('how much rice is stuck at the docks')).answerLine).toBe('About 1.2 million tonnes.');
  });
  it('reads "How strong was the quake?" as asking its magnitude', async () => {
    const quake = await engineOf(await loadArticle('tests/fixtures/heldout63/articles/serbia-ivanjica-earthquake-rescue.txt'));
    // ¶1 "... almost 30 hours after a magnitude 5.9 earthquake struck the region ..."
    expect((await quake.ask('How strong was the quake?')).answerLine).toBe('Magnitude 5.9.');
  });
  it('reads "what was the board vote" as asking a score', async () => {
    const kobe = await engineOf(await loadArticle('tests/fixtures/heldout17/articles/kobe-university-tuition-hike.txt'));
    // ¶1 "The board of Hanshin National University in Kobe voted 9-2 on Wednesday ..."
    expect((await kobe.ask('what was the board vote')).answerLine).toBe('9-2.');
  });
  it('keeps a figure\'s own letters, sign and range ("TT$310 million", "minus 14", "$40 to $60", "six to eight hours")', async () => {
    const nepco = await engineOf(await loadArticle('tests/fixtures/heldout106/articles/trinidad-tobago-nepco-energy-job-cuts.txt'));
    // ¶4 "... expected to save around TT$310 million a year ..."
    expect((await nepco.ask('how much does the company expect to save each year')).answerLine).toBe('Around TT$310 million a year.');
    const lift = await engineOf(await loadArticle('tests/fixtures/heldout106/articles/bosnia-vlasic-chairlift-breakdown-inquiry.txt'));
    // ¶3 "... fell to minus 14 degrees Celsius during the afternoon"; ¶9 "... spent 180,000 convertible marks (about 92,000 euros) ..."
    expect((await lift.ask('How cold did it get up on the mountan that afternoon?')).answerLine).toBe('Minus 14 degrees Celsius.');
    expect((await lift.ask('how much did the resort spend on maintenance before the season')).answerLine).toBe('180,000 convertible marks.');
    const oxygen = await engineOf(await loadArticle('tests/fixtures/heldout106/articles/sierra-leone-bo-oxygen-plant-power-doubts.txt'));
    // ¶8 "... power cuts in Bo often last six to eight hours a day ..."
    expect((await oxygen.ask('how long do blackouts in Bo usually go on for')).answerLine).toBe('Six to eight hours.');
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout108/articles/el-salvador-bus-drivers-fare-card-strike.txt'));
    // ¶7 "They rent buses from owners for a fixed daily fee, often $40 to $60 ..."
    expect((await bus.ask('how much do drivers have to hand over to owners every day to hire a bus')).answerLine).toBe('$40 to $60.');
  });
  it('reads "the 25-cent fare" as the fare\'s price, and not the card\'s', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout108/articles/el-salvador-bus-drivers-fare-card-strike.txt'));
    // ¶3 "... have had to pay the 25-cent fare with a rechargeable card, known as Tarjeta Ruta ..."
    expect((await bus.ask('how much is a bus fare')).answerLine).toBe('25 cents.');
    expect((await bus.ask('How much does it cost to buy a Tarjeta Ruta card?')).inScope).toBe(false);
  });
  it('ends what is counted at a verb like "ride" ("How many people ride the Baku metro")', async () => {
    const metro = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/azerbaijan-baku-metro-fare-rise-commuters.txt'));
    // ¶5 "The metro ... carries about 650,000 passengers on an average weekday ..."
    expect((await metro.ask('How many people ride the Baku metro on a normal weekday?')).answerLine).toBe('About 650,000 passengers.');
  });
  it('takes the lede\'s name for the headline\'s subject ("Maldives island": "Thinadhoo, an island ...") as unsaid in later paragraphs', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/maldives-thinadhoo-desalination-breakdown-water-rationing.txt'));
    // ¶9 "... from the capital Male, about 400 kilometres (250 miles) to the north ..."
    expect((await water.ask('How far is Thinadhoo from the capital?')).answerLine).toBe('About 400 kilometres.');
  });
  it('reads "the 2024-25 buying season" as a season\'s label, not the date it opened', async () => {
    const nuts = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/gambia-groundnut-farmers-unpaid-harvest-buyers.txt'));
    // ¶2 "... for nuts collected since the 2024-25 buying season opened on Dec. 2."
    expect((await nuts.ask('When did the buying season start?')).answerLine).toBe('On Dec. 2.');
  });
  it('finds a place after a day ("meet on Thursday in San Fernando")', async () => {
    const nepco = await engineOf(await loadArticle('tests/fixtures/heldout106/articles/trinidad-tobago-nepco-energy-job-cuts.txt'));
    // ¶18 "Charles said the union's executive would meet on Thursday in San Fernando to decide its next steps."
    expect((await nepco.ask('Where will the union meet to decide what to do next?')).answerLine).toBe('In San Fernando.');
  });
  it('names the thing a "which river / port / township" question asks for, beside the word for it', async () => {
    const hail = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/north-macedonia-tikves-hail-grape-harvest.txt'));
    // ¶2 "... on both banks of the Vardar river ..."
    expect((await hail.ask('which river runs through the area')).answerLine).toBe('Vardar.');
    const ship = await engineOf(await loadArticle('tests/fixtures/heldout82/articles/morocco-tanger-med-car-carrier-fire.txt'));
    // ¶9 "... arrived from the Belgian port of Zeebrugge on Sunday ...": not "Belgian".
    expect((await ship.ask('which port did the ship sail from before arriving in Morocco')).answerLine).toBe('Zeebrugge.');
    const kariba = await engineOf(await loadArticle('tests/fixtures/heldout95/articles/zambia-kariba-dam-drought-power-cuts.txt'));
    // ¶9 "In the Chawama township of Lusaka, welder Mwamba Chisenga ...": not Lusaka.
    expect((await kariba.ask('Which township does the welder work in?')).answerLine).toBe('Chawama.');
    // A company the sentence does not call Chinese is not named as "which Chinese company".
    const lithium = await engineOf(await loadArticle('tests/fixtures/heldout17/articles/bolivia-uyuni-lithium-plant.txt'));
    expect((await lithium.ask('which chinese company built the lithium plant')).answerLine).not.toMatch(/Yacimientos/u);
  });
  it('answers "how long will the runway be" with the length it is extended to, and "how long is it" with the length now', async () => {
    const runway = await engineOf(await loadArticle('tests/fixtures/heldout108/articles/greenland-sisimiut-runway-extension-over-budget.txt'));
    // ¶2 "... the project to lengthen the runway from 799 metres to 1,500 metres ..."; not ¶1's "two years" of delay.
    expect((await runway.ask("how long will the runway be once it's extended")).answerLine).toBe('1,500 metres.');
    expect((await runway.ask('how long is the runway')).answerLine).toBe('799 metres.');
  });
  it('counts people by their signatures, and a season\'s length as a span a year', async () => {
    const metro = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/azerbaijan-baku-metro-fare-rise-commuters.txt'));
    // ¶16 "... an online petition ... that had gathered more than 12,000 signatures ..."; not ¶7's "a 29-year-old nurse".
    expect((await metro.ask('how many peple have backed the online call to bring back the old price')).answerLine).toBe('More than 12,000 signatures.');
    const runway = await engineOf(await loadArticle('tests/fixtures/heldout108/articles/greenland-sisimiut-runway-extension-over-budget.txt'));
    // ¶3 "... a construction season that in Sisimiut lasts barely five months."
    expect((await runway.ask('How many months a year can they actually build up there?')).answerLine).toBe('Five months.');
  });
  it('reads "What extra fee ... did the shipping companies add?" as asking a figure, and "what else did X add" as asking what X said', async () => {
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout106/articles/timor-leste-ermera-coffee-farmers-price-protest.txt'));
    // ¶10 "... after shipping lines added a congestion surcharge of $350 per container in June."
    expect((await coffee.ask('What extra fee per box did the shipping companies add at the port?')).answerLine).toBe('$350 per container.');
    const more = await coffee.ask("what else did the farmers' leader add");
    expect(more.kind).toBe('what-said');
    expect(more.speaker).toBe('Agostinho da Costa Soares');
  });
  it('reads "By how much has flour gotten more expensive?" as asking a change, told with or without "by" ("a 35% rise")', async () => {
    const bread = await engineOf(await loadArticle('tests/fixtures/heldout92/articles/tunisia-tunis-bakery-bread-price-cap-rule.txt'));
    // ¶6 "... which he put at about 520 millimes a baguette after a 35% rise in the price of imported soft wheat flour ..."
    expect((await bread.ask('By how much has foreign flour gotten more expensive?')).answerLine).toBe('35% rise.');
  });
  it('reads "What\'s X\'s job?" as asking a role, and describes someone by a "who commands / owns" clause in any sentence', async () => {
    const guides = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/costa-rica-park-entry-fee-guides-protest.txt'));
    expect((await guides.ask("What's Mauricio Alfaro's job?")).answerLine).toBe('Mauricio Alfaro: president of the National Union of Tour Guides.');
    const market = await engineOf(await loadArticle('tests/fixtures/heldout110/articles/togo-lome-market-fire-trader-relocation.txt'));
    // ¶3 "Lieutenant-Colonel Komlan Dogbe, who commands the Lome fire brigade, said ..."
    const brigade = await market.ask('What did the fire brigade commander say about what caused the fire?');
    expect(brigade.speaker).toBe('Komlan Dogbe');
    expect(brigade.citations.map((c) => c.paragraph)).toContain(17);
    // ¶15 "Rashid Al-Nuaimi, who owns three dhows in Al Khor ..., rejected that argument. "They always say overfishing. ..." he said."
    const fish = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/qatar-wakra-desalination-expansion-fishing-grounds.txt'));
    expect((await fish.ask('what did the dhow owner from al khor say about overfishing')).speaker).toBe('Rashid Al-Nuaimi');
    // A figure's comma ends no clause: "who manages 1,200 hectares of cork oak woodland near Coruche".
    const cork = await engineOf(await loadArticle('tests/fixtures/heldout19/articles/portugal-cork-harvest-shortfall.txt'));
    expect((await cork.ask('who is Joaquim Serrano')).answerLine).toMatch(/who manages 1,200 hectares of cork oak woodland near Coruche/u);
  });
  it('counts no one by their age ("a 34-year-old guide"), and reads "overpaid" as asking money', async () => {
    const guides = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/costa-rica-park-entry-fee-guides-protest.txt'));
    // ¶3 "About 400 guides ... stood across the coastal road"; not ¶9's "Daniela Mora, a 34-year-old guide".
    expect((await guides.ask('How many guides took part in the blockade?')).answerLine).toBe('About 400 guides.');
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/bahrain-school-bus-contract-audit.txt'));
    // ¶3 "... overpayments of about 1.8 million dinars ($4.8 million), ... 19% of the buses inspected ...".
    expect((await buses.ask('how much was overpaid acording to the audit')).answerLine).toBe('About 1.8 million dinars.');
  });
  it('finds a place told by what it is before its name ("the regional capital Bokhtar") or by its banks ("on the banks of the Ruvubu river")', async () => {
    const flood = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/tajikistan-vakhsh-reservoir-release-village-flood.txt'));
    expect((await flood.ask('Where were the tents and blankets sent from?')).answerLine).toBe('From the regional capital Bokhtar.');
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/burundi-ngozi-coffee-washing-station-price-dispute.txt'));
    expect((await coffee.ask('Where is the Rugari washing staton located?')).answerLine).toBe('On the banks of the Ruvubu river in Kayanza province.');
  });
  it('reads "the residents\' association" as the Residents\' Association named before, "what X said it wants" as a clause, and MPs as parliament', async () => {
    const noise = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/monaco-fontvieille-reclamation-construction-noise-complaints.txt'));
    // ¶16 "The residents' association said it wanted a complete ban on work between 8 p.m. and 7 a.m. ..."
    const wants = await noise.ask("What did the residents' association say it wants?");
    expect(wants.answerLine).toBe("The Fontvieille Residents' Association on what it wants:");
    expect(wants.citations[0]!.paragraph).toBe(16);
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/bahrain-school-bus-contract-audit.txt'));
    // ¶5 "Fatima Al-Mahmeed, who chairs parliament's financial and economic affairs committee, said ... her committee
    // would summon education officials on Sunday, March 9."
    expect((await buses.ask('When are MPs going to question the education officials?')).answerLine).toBe('On Sunday, March 9.');
  });
  it('answers "by how much has it risen" with a change told as a multiple ("had nearly doubled", "halved")', async () => {
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/burundi-ngozi-coffee-washing-station-price-dispute.txt'));
    // ¶11 "... arguing that the cost of fertiliser had nearly doubled in two years."
    expect((await coffee.ask('by how much have fertiliser costs risen')).answerLine).toBe('Nearly doubled.');
    const catch_ = await engineOf(parseArticle('Source: Reuters\n\nFishermen say catches are falling\n\nSUVA (Reuters) - Fishermen on the coast said on Monday that their catches of reef fish had halved since the new port opened in 2021.'));
    expect((await catch_.ask('How much have catches of reef fish fallen?')).answerLine).toBe('Halved.');
  });
  it('counts occasions by their name for "how many times" ("had held four meetings"), and not for "how much time"', async () => {
    const guides = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/costa-rica-park-entry-fee-guides-protest.txt'));
    // ¶15 "... saying ministry officials had held four meetings with tourism groups between March and June."
    expect((await guides.ask('how many times did officials meet tourism groups')).answerLine).toBe('Four meetings.');
    const court = await engineOf(await loadArticle('tests/fixtures/heldout/articles/lisbon-rentals.txt'));
    expect((await court.ask('how much time do ministers get to replace it')).answerLine).not.toMatch(/votes/u);
  });
  it('reads "how much would a ban delay the project" as asking a span of time, and "how much would a delay cost" as money', async () => {
    const noise = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/monaco-fontvieille-reclamation-construction-noise-complaints.txt'));
    // ¶16 "... such a ban would delay the project by at least eight months and add about 40 million euros to its cost."
    expect((await noise.ask('how much would a night ban delay the project')).answerLine).toBe('At least eight months.');
    const wind = await engineOf(await loadArticle('tests/fixtures/heldout92/articles/faroe-islands-eysturoy-wind-farm-court-challenge.txt'));
    expect((await wind.ask('how much extra would a one year delay cost')).answerLine).toBe('About 85 million crowns.');
  });
  it('refuses "who won / owns / manufactures ..." when the paragraph it would cite tells no such deed, and still names a doer it tells', async () => {
    const block = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/lebanon-tripoli-cracked-pillars-building-evacuation.txt'));
    // (¶11's "The Lebanese Red Cross said its teams had treated four people": teams, but no league won.)
    expect((await block.ask('who won the lebanese basketball league this season')).inScope).toBe(false);
    const slide = await engineOf(await loadArticle('tests/fixtures/heldout109/articles/andorra-ordino-avalanche-control-budget-row.txt'));
    expect((await slide.ask('Who manufactures the gas exploders used at Coma Roja?')).inScope).toBe(false);
    // (After "is going to", "will", "has" or an adverb too.)
    const mill = await engineOf(await loadArticle('tests/fixtures/heldout51/articles/queensland-mackay-owens-creek-sugar-mill-closure.txt'));
    expect((await mill.ask('Who is going to buy the Owens Creek mill site?')).inScope).toBe(false);
    const t = parseArticle('Source: AFP\n\nFerry firm sold\n\nATHENS (AFP) - Kyklades Maritime, which owns four ferries, was sold on Monday to Aegean Lines, a Piraeus company.');
    expect((await (await engineOf(t)).ask('Who bought Kyklades Maritime?')).inScope).toBe(true);
  });
  it('names the river the best passage gives for "which river flows through the damaged area", with few other words shared', async () => {
    const hail = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/north-macedonia-tikves-hail-grape-harvest.txt'));
    // ¶2 "... on both banks of the Vardar river ..."
    expect((await hail.ask('Which river flows through the damaged area?')).answerLine).toBe('Vardar.');
    // (Not a company the sentence does not call overseas.)
    const formula = await engineOf(await loadArticle('tests/fixtures/heldout76/articles/nz-te-awamutu-infant-formula-recall.txt'));
    expect((await formula.ask('Which overseas company supplied the contaminated oil?')).inScope).toBe(false);
  });
  it('ends a role read from a "who" clause before the sentence\'s full stop', async () => {
    const birds = await engineOf(await loadArticle('tests/fixtures/heldout90/articles/mexico-jalisco-bird-flu-poultry-cull.txt'));
    expect((await birds.ask('Who complained that replacing a laying hen now costs close to 120 pesos?')).answerLine).toBe(
      'Lucia Orozco, who manages a 300,000-bird operation in Acatic that was among those culled, said this.',
    );
  });
  it('keeps a place name whole across its small lower-case words ("Dar es Salaam", "Frankfurt am Main", "the Maneaba ni Maungatabu")', async () => {
    const port = await engineOf(parseArticle('Source: Reuters\n\nCargo ship diverted\n\nNAIROBI (Reuters) - A cargo ship carrying fertiliser for Zambia docked in Dar es Salaam on Monday after Mombasa turned it away, its owners said.'));
    expect((await port.ask('Where did the cargo ship dock?')).answerLine).toBe('In Dar es Salaam.');
    const fair = await engineOf(parseArticle('Source: dpa\n\nBook fair opens\n\nBERLIN (dpa) - The world\'s largest book fair opened in Frankfurt am Main on Tuesday with 7,000 exhibitors.'));
    expect((await fair.ask('Where did the book fair open?')).answerLine).toBe('In Frankfurt am Main.');
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout109/articles/kiribati-nonouti-atoll-seawall-funding-row.txt'));
    expect((await seawall.ask('Where did Tekanene make his comments?')).answerLine).toBe('In the Maneaba ni Maungatabu.');
  });
  it('answers a range told with "or" whole ("four or five hectares")', async () => {
    const cane = await engineOf(await loadArticle('tests/fixtures/heldout109/articles/eswatini-big-bend-cane-fire-smallholder-compensation.txt'));
    // ¶6 "These are families farming four or five hectares."
    expect((await cane.ask('How many hectares do the families farm?')).answerLine).toBe('Four or five hectares.');
    const boat = await engineOf(parseArticle('Source: AFP\n\nBoat capsizes\n\nDHAKA (AFP) - A boat carrying 10 or 12 people capsized on the Meghna river on Sunday, police said.'));
    expect((await boat.ask('How many people were on the boat?')).answerLine).toBe('10 or 12 people.');
  });
  it('reads "harvesters in Newfoundland" as where they are, not where they did what is asked ("where did the harvesters rally")', async () => {
    const crab = await engineOf(await loadArticle('tests/fixtures/heldout67/articles/canada-newfoundland-snow-crab-quota-dispute.txt'));
    // ¶4 "... rallied outside the department's regional headquarters in St. John's."
    expect((await crab.ask('where did the harvesters rally')).answerLine).toBe("In St. John's.");
    // (Where they live is where they are: "her parents in Rangpur".)
    const garment = await engineOf(await loadArticle('tests/fixtures/heldout97/articles/bangladesh-dhaka-garment-minimum-wage-talks.txt'));
    expect((await garment.ask("Where do Rokeya Khatun's parents live?")).answerLine).toBe('In Rangpur.');
  });
  it('answers "who owns / runs ..." with the person and the "who" clause as written, past a name\'s particle the question shares ("Al Khor")', async () => {
    const fish = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/qatar-wakra-desalination-expansion-fishing-grounds.txt'));
    expect((await fish.ask('Who owns three dhows in Al Khor?')).answerLine).toBe(
      'Rashid Al-Nuaimi, who owns three dhows in Al Khor and speaks for a group of about 60 boat owners.',
    );
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/burundi-ngozi-coffee-washing-station-price-dispute.txt'));
    expect((await coffee.ask('Who runs the Rugari washing station?')).answerLine).toBe(
      'Emmanuel Hakizimana, who runs the Rugari washing station on the banks of the Ruvubu river in Kayanza province.',
    );
  });
  it('reads a role set off with no article ("X, president of the ... Association, accused"), a weekday before a day-first date, and a level over its distance from the norm', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout113/articles/comoros-moheli-ferry-engine-fire-shortages.txt'));
    expect((await ferry.ask('Who is Hamidou Youssouf?')).answerLine).toBe("Hamidou Youssouf: president of the Moheli Traders' Association.");
    const reef = await engineOf(await loadArticle('tests/fixtures/heldout113/articles/palau-coral-bleaching-dive-permit-cap.txt'));
    expect((await reef.ask('When is the public hearing on the bill?')).answerLine).toBe('Thursday, 24 July 2025.');
    // ¶4 "reached 31.5C in May, roughly 1.5C above the long-term average"
    expect((await reef.ask('How warm did the sea get?')).answerLine).toBe('31.5C.');
    expect((await reef.ask('How much above average was the sea temperature?')).answerLine).toBe('Roughly 1.5C.');
  });
  it('reads a slip whose stem the article knows as the word it writes ("contracter"), "go for" as a price, and "belong" as what is counted doing', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/congo-brazzaville-port-dredging-unpaid-contracts.txt'));
    expect((await port.ask('When did the contracter pull its dredgers out?')).answerLine).toBe('On June 27.');
    // ¶10 "the price of a 50 kg sack of cassava flour ... had risen from 18,000 to 26,000 CFA francs"
    expect((await port.ask('How much does a bag of cassava flour go for now at the market?')).answerLine).toBe('26,000 CFA francs.');
    const locusts = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/chad-kanem-locust-swarm-pesticide-delays.txt'));
    expect((await locusts.ask("How many people belong to the women's farm group?")).answerLine).toBe('230 members.');
  });
  it('answers "what capacity / output / volume" with a measure in a unit of that dimension', async () => {
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout115/articles/dominica-laudat-geothermal-plant-drilling-accident-delay.txt'));
    // ¶2 "the 10-megawatt plant"; not ¶3's "about 1,450 meters" below the surface
    expect((await plant.ask('What output capacity will the plant have?')).answerLine).toBe('10 megawatts.');
    const dam = await engineOf(await loadArticle('tests/fixtures/heldout28/articles/kyrgyzstan-at-bashy-dam-court-ruling.txt'));
    expect((await dam.ask('whats the generating capacity of the power station')).answerLine).toBe('The 48-megawatt plant.');
    const glacier = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/switzerland-uri-glacier-evacuation.txt'));
    expect((await glacier.ask('What volume of material might come crashing down from the mountain?')).answerLine).toBe('3 million cubic metres.');
    const train = await engineOf(await loadArticle('tests/fixtures/heldout31/articles/slovakia-slanec-freight-derailment.txt'));
    expect((await train.ask('What speed was the freight train going when it derailed?')).inScope).toBe(false);
  });
  it('refuses "how long has X been running Y" when the span the passage gives is of another doing', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/yemen-aden-desalination-plant-reopens-water-prices.txt'));
    // ¶3 "... the first piped water in almost a year," Bamatraf told ...
    expect((await water.ask('How long has Khaled Bamatraf been running the water corporation?')).inScope).toBe(false);
    const libraries = await engineOf(await loadArticle('tests/fixtures/heldout90/articles/england-leeds-library-closure-protest.txt'));
    // "a petition ... had gathered 14,600 signatures in three weeks"
    expect((await libraries.ask('How long has Tom Whitaker been running the campaign?')).inScope).toBe(false);
    // (A span of the doing asked still answers.)
    const crab = await engineOf(await loadArticle('tests/fixtures/heldout67/articles/canada-newfoundland-snow-crab-quota-dispute.txt'));
    expect((await crab.ask('how long has the Bonavista fisherman been catching crab')).answerLine).toBe('31 years.');
  });
  it('reads "kilos" as kilograms', async () => {
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout114/articles/turkmenistan-lebap-cotton-quota-students-fields.txt'));
    // ¶6 "students were typically expected to pick 40 to 60 kilograms a day"
    expect((await cotton.ask('How many kilos a day are the students supposed to pick?')).answerLine).toBe('40 to 60 kilograms a day.');
  });
  it('reads a depth or a distance past its conversion ("1,450 meters (4,750 feet) below the surface"), and a sum in a currency written in the singular before its noun', async () => {
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout115/articles/dominica-laudat-geothermal-plant-drilling-accident-delay.txt'));
    // Not ¶6's "a new one drilled about 300 meters (985 feet) away".
    expect((await plant.ask('how deep was the drill when it got stuck')).answerLine).toBe('About 1,450 meters.');
    const port = await engineOf(parseArticle('Source: Reuters\n\nCruise terminal approved\n\nBRIDGETOWN (Reuters) - Barbados approved a cruise terminal expansion on Monday.\n\nThe 420 million Barbados dollar ($210 million) project would add two berths, officials said.'));
    expect((await port.ask('How much will the project cost?')).answerLine).toBe('420 million Barbados dollars.');
  });
  it('ends a count before a span that dates what follows ("19,000 students two weeks before"), and reads "one in five" as a share, no count', async () => {
    const strike = await engineOf(await loadArticle('tests/fixtures/heldout93/articles/ireland-galway-university-lecturers-strike.txt'));
    expect((await strike.ask('how many students had their classes cancelled')).answerLine).toBe('About 19,000 students.');
    // ¶15 "... with around one in five new teachers nationally leaving the profession within five years" (was "Around one.")
    const pay = await engineOf(await loadArticle('tests/fixtures/heldout79/articles/australia-adelaide-teachers-reject-pay-offer.txt'));
    expect((await pay.ask('How many teachers have quit South Australian public schools in the past year?')).inScope).toBe(false);
    // (A year after "in" is no ratio: "booked revenue of €41 million in 2022".)
    const fraud = await engineOf(await loadArticle('tests/fixtures/heldout32/articles/luxembourg-nexora-fintech-fraud-trial.txt'));
    expect((await fraud.ask('How much revenue did Nexora report for 2022?')).answerLine).toBe('€41 million.');
  });
  it('ends a count before a short verb after it ("About 4,800 vehicles a day used the pass")', async () => {
    const pass = await engineOf(await loadArticle('tests/fixtures/heldout89/articles/switzerland-furka-pass-toll-trial.txt'));
    expect((await pass.ask('How many vehicles per day used the pass last summer?')).answerLine).toBe('About 4,800 vehicles a day.');
  });
  it('sets off when or where a speaker said something after a comma ("Markus Frommelt (chief executive), in his apology:"), and keeps "on" for a topic', async () => {
    const bank = await engineOf(await loadArticle('tests/fixtures/heldout114/articles/liechtenstein-vaduz-private-bank-aml-fine.txt'));
    expect((await bank.ask('what did Frommelt say in his apology')).answerLine).toBe('Markus Frommelt (chief executive), in his apology:');
    const hydrogen = await engineOf(await loadArticle('tests/fixtures/heldout99/articles/namibia-arandis-green-hydrogen-land-lease.txt'));
    expect((await hydrogen.ask('What did Markus Rehder say about when exports would begin?')).answerLine).toBe('Markus Rehder (chief executive of Namib Sun Hydrogen) on when exports would begin:');
  });
  it('answers "how soon" with a span or a date, and reads a slip as a word of grammar before a word of the article ("coud" is "could", not "cloud")', async () => {
    const locusts = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/chad-kanem-locust-swarm-pesticide-delays.txt'));
    // ¶10 "... which could produce a second, larger generation within six to eight weeks." (Was "Until October 9.")
    expect((await locusts.ask('how soon could a second generation appear')).answerLine).toBe('Within six to eight weeks.');
    expect((await locusts.ask('how soon coud a new wave of the insects appear')).answerLine).toBe('Within six to eight weeks.');
    const exams = await engineOf(await loadArticle('tests/fixtures/heldout40/articles/south-korea-daegu-medical-admissions-rigging.txt'));
    // ("somthing" is "something"; it was kept as a rare word no statement holds.)
    expect((await exams.ask('who said the cheaters robbed every student of somthing')).speaker).toBe('Kim Da-eun');
  });
  it('reads "who threatened to / that ..." and "which medic credited ..." as who-said questions', async () => {
    const airport = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/albania-vlora-airport-concession-contract-dispute.txt'));
    const threat = await airport.ask('Who threatened to take the row to arbitration if negotiations collapse?');
    expect(threat.kind).toBe('who-said');
    expect(threat.speaker).toBe('Kerem Aydın');
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout108/articles/el-salvador-bus-drivers-fare-card-strike.txt'));
    expect((await buses.ask('who threatened that operators who keep their buses parked would be stripped of their permits')).speaker).toBe('Rolando Menjívar');
    const slide = await engineOf(await loadArticle('tests/fixtures/heldout41/articles/nepal-syangja-landslide-rescue.txt'));
    expect((await slide.ask('Which medic credited a collapsed door with keeping the child alive?')).kind).toBe('who-said');
  });
  it('dates the deed a "when was X approved" question asks past who did it ("approved by the country\'s Tariff Council on Aug. 14"), before a related deed', async () => {
    const metro = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/azerbaijan-baku-metro-fare-rise-commuters.txt'));
    // Not ¶15's "a state transport programme adopted in 2021".
    expect((await metro.ask('When was the new fare approved?')).answerLine).toBe('On Aug. 14.');
  });
  it('never answers "where is X" with X itself ("At the Lavanda." for "Where is the Hotel Lavanda?"), but with where the sentence puts it', async () => {
    const hotel = await engineOf(await loadArticle('tests/fixtures/heldout105/articles/montenegro-becici-hotel-extension-demolition-order.txt'));
    expect((await hotel.ask('Where is the Hotel Lavanda?')).answerLine).not.toMatch(/Lavanda\.$/u);
    // (Where the sentence puts it answers: "near Nokou, about 90 kilometres (56 miles) north of the provincial capital Mao".)
    const locusts = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/chad-kanem-locust-swarm-pesticide-delays.txt'));
    expect((await locusts.ask('Where is Nokou?')).answerLine).toBe('About 90 kilometres (56 miles) north of the provincial capital Mao.');
    const boat = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/egypt-luxor-nile-cruise-boat-fire-inquiry.txt'));
    expect((await boat.ask('Where is El-Bayadiya?')).answerLine).toBe('A village on the east bank of the river about 9 kilometres (6 miles) south of Luxor.');
    // (A distance with no word before it, "3 km from Budva", threw: a where-question on such an article crashed.)
    const fire = await engineOf(parseArticle('Source: Coast Daily\n\nFire at seaside hotel\n\nGuests were evacuated from the Hotel Lavanda, 3 km from Budva, after a fire broke out in its kitchen on Sunday, police said.\n'));
    expect((await fire.ask('Where is the Hotel Lavanda?')).answerLine).toBe('3 km from Budva.');
  });
  it('offers, for "who said her ...", the closest statement of someone who may be her, not a man\'s nor an organisation\'s', async () => {
    const moto = await engineOf(await loadArticle('tests/fixtures/heldout83/articles/rwanda-kigali-electric-moto-battery-fee-dispute.txt'));
    expect((await moto.ask('Who said her food stall lost customers during the strike?')).speaker).toBe('Vestine Mukamana');
    const cable = await engineOf(await loadArticle('tests/fixtures/heldout24/articles/georgia-tbilisi-cable-car-inquiry.txt'));
    expect((await cable.ask('who said her little boy asked if the cable would snap')).speaker).toBe('Ketevan Lomidze');
  });
  it('reads a slip the word list holds as the common word one letter away ("wil" is "will", "goin" is "going")', async () => {
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout117/articles/marshall-islands-majuro-seawall-climate-grant.txt'));
    // ¶6 "He said 220 local workers would be hired"; "wil" was kept as a rare word no passage holds.
    expect((await seawall.ask('How many local workers wil be hired?')).answerLine).toBe('220 local workers.');
    const salt = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/eritrea-massawa-salt-works-export-expansion.txt'));
    // ¶6 "the works would hire about 220 more people, ... taking its workforce to roughly 530"; "goin" is "going" (was "Roughly 530.").
    expect((await salt.ask('how many more people are goin to be hired')).answerLine).toBe('About 220 more people.');
  });
  it('answers "what portion of", "by how much ... dropped" with a fraction ("by about a third"), and "how much is X asking for" with a sum', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout120/articles/equatorial-guinea-bata-fishing-port-delay.txt'));
    // ¶7 "have lost at least a fifth of their catch"
    expect((await port.ask('what portion of their haul have the fishermen been losing')).answerLine).toBe('At least a fifth.');
    const salt = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/eritrea-massawa-salt-works-export-expansion.txt'));
    // ¶9 "shrimp catches ... had fallen by about a third over the past decade"
    expect((await salt.ask('by how much have shrimp hauls dropped near the old ponds')).answerLine).toBe('About a third.');
    const cholera = await engineOf(await loadArticle('tests/fixtures/heldout118/articles/sudan-kassala-cholera-vaccination-camp-drive.txt'));
    // ¶15 "its $2.3 million appeal for water and sanitation in Kassala state is only 18% funded"
    expect((await cholera.ask('how much is unicef asking for for water and sanitation in kassala')).answerLine).toMatch(/^\$2\.3 million/u);
  });
  it('finds who said what in the words of a quote, not in a lede that only says who warned of what, and reads a place named "the University of the West Indies\' Cave Hill campus" whole', async () => {
    const tuna = await engineOf(await loadArticle('tests/fixtures/heldout118/articles/micronesia-pohnpei-tuna-licence-fee-dispute.txt'));
    // ¶9 "Every boat that goes to Tarawa takes our wages with it," Nena said. (Was ¶1's "local officials warning of lost jobs".)
    expect((await tuna.ask('who said each boat that leaves takes the dock workers pay away')).speaker).toBe('Benido Nena');
    const passports = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/st-kitts-nevis-citizenship-price-cut-debate.txt'));
    expect((await passports.ask('Where does Allison Mills-Pemberton teach?')).answerLine).toBe("At the University of the West Indies' Cave Hill campus in Barbados.");
  });
  it('reads a group\'s size as counting the group ("his crew of six had made more than 70 trips")', async () => {
    const volcano = await engineOf(await loadArticle('tests/fixtures/heldout118/articles/saint-vincent-soufriere-volcano-monitoring-station-rebuilt.txt'));
    expect((await volcano.ask('how many trips did the crew make up the mountain')).answerLine).toBe('More than 70 trips up the mountain.');
    expect((await volcano.ask('how big was the crew')).answerLine).toBe('Six.');
  });
  it('names a place by the name before its kind ("in the battered Baba Amr district of Homs"), not the kind alone ("District of Homs.")', async () => {
    const bakery = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/syria-homs-bakery-cooperative-flour-prices.txt'));
    expect((await bakery.ask('Which neighbourhood of Homs is the bakery in?')).answerLine).toBe('In the battered Baba Amr district of Homs.');
    expect((await bakery.ask('where is the bakery')).answerLine).toBe('In the battered Baba Amr district of Homs.');
  });
  it('reads grams as a weight ("cut the weight of a bundle from 1.1 kilograms to 950 grams")', async () => {
    const bakery = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/syria-homs-bakery-cooperative-flour-prices.txt'));
    expect((await bakery.ask("How heavy is a bundle of bread now that they've shrunk it?")).answerLine).toBe('950 grams.');
    expect((await bakery.ask('how heavy was a bundle before')).answerLine).toBe('1.1 kilograms.');
  });
  it('dates what was first planned for "originally" ("originally due for completion in December 2024"), and reads "what did X actually do after its pledge" as a deed asked, not a statement', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout120/articles/equatorial-guinea-bata-fishing-port-delay.txt'));
    // Not ¶1's "will not be finished before the middle of 2026".
    expect((await port.ask('When was the port originally supposed to be finished?')).answerLine).toBe('In December 2024.');
    const dust = await engineOf(await loadArticle('tests/fixtures/heldout120/articles/guinea-boke-bauxite-trucks-dust-protest.txt'));
    // ¶13 "had only laid gravel on a 2-km section"; was "The article doesn't quote the firm actually do after its earlier."
    const deed = await dust.ask('what did the firm actually do after its earlier pledge to surface the road');
    expect(deed.kind).not.toBe('what-said');
    expect(deed.citations[0]?.text).toContain('laid gravel');
  });
  it('answers "how many people work at X" only with a figure among words of work, not "30,000 people passed through the galleries"', async () => {
    const museums = await engineOf(await loadArticle('tests/fixtures/heldout120/articles/vatican-museums-ticket-price-rise-visitor-cap.txt'));
    expect((await museums.ask('How many people work at the Vatican Museums?')).inScope).toBe(false);
    const salt = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/eritrea-massawa-salt-works-export-expansion.txt'));
    // (A figure among words of work still answers: ¶6 "would hire about 220 more people, ... taking its workforce to roughly 530".)
    expect((await salt.ask('how many people work at the salt works')).answerLine).toMatch(/220|530/u);
  });
  it('reads "seen" as "spotted" ("where was the first swarm seen": "The first swarm was spotted on September 14 near Nokou")', async () => {
    const locusts = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/chad-kanem-locust-swarm-pesticide-delays.txt'));
    // Not ¶15's "many farmers in Kanem had never seen a swarm of this size".
    expect((await locusts.ask('where was the first swarm seen')).answerLine).toBe('Near Nokou.');
    const lobster = await engineOf(await loadArticle('tests/fixtures/heldout83/articles/maine-lobster-right-whale-closure-ruling.txt'));
    expect((await lobster.ask("Who said he hasn't spotted a single right whale in all his time fishing?")).speaker).toBe('Kyle Eaton');
  });
  it('counts people hired as the workers a question asks about ("how many extra workers will the works take on": "would hire about 220 more people")', async () => {
    const salt = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/eritrea-massawa-salt-works-export-expansion.txt'));
    expect((await salt.ask('How many extra workers will the salt works take on?')).answerLine).toBe('About 220 more people.');
    // (People not taken on are no workers: "how many nurses work on the fourth floor" was "Two people." when any
    // figure of people counted.)
    const hospital = await engineOf(await loadArticle('tests/fixtures/heldout64/articles/greece-chania-hospital-legionella-outbreak.txt'));
    expect((await hospital.ask("How many nurses work on the hospital's fourth floor?")).inScope).toBe(false);
  });
  it('reads the story\'s place in a paragraph that calls it "the city" ("At least 23 of the city\'s roughly 40 fuel stations" for "how many of Dili\'s ...")', async () => {
    const fuel = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/timor-leste-dili-petrol-station-fuel-shortage.txt'));
    // Was refused: ¶2 never writes "Dili", the dateline's city.
    expect((await fuel.ask("How many of Dili's fuel stations had run out of petrol?")).answerLine).toBe("At least 23 of the city's roughly 40 fuel stations.");
  });
  it('reads "how long is the line between A and B" as a length, not a span of time', async () => {
    const cable = await engineOf(await loadArticle('tests/fixtures/heldout121/articles/tonga-vavau-cable-repair-cost-dispute.txt'));
    // ¶3 "runs about 270 kilometres from the main island of Tongatapu to Vava'u"; was ¶1's "Six weeks.".
    expect((await cable.ask('How long is the line between the main island and the northern group?')).answerLine).toBe('About 270 kilometres.');
  });
  it('reads a sum in a currency with an apostrophe ("2.1 million pa\'anga ($880,000) repair bill"), "ppl" as people and "price tag" as cost', async () => {
    const cable = await engineOf(await loadArticle('tests/fixtures/heldout121/articles/tonga-vavau-cable-repair-cost-dispute.txt'));
    expect((await cable.ask('How much will the repair cost?')).answerLine).toBe("2.1 million pa'anga.");
    expect((await cable.ask('how many ppl were left on the slow satelite link')).answerLine).toBe('About 16,000 people.');
    const resort = await engineOf(await loadArticle('tests/fixtures/heldout121/articles/seychelles-praslin-turtle-beach-hotel-plan.txt'));
    expect((await resort.ask("What's the price tag on the developmnet?")).answerLine).toBe('$85 million.');
  });
  it('does not ask the article for a span the question scopes by ("for its first 12 months" is "in its first year")', async () => {
    const mercury = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/suriname-saramacca-river-fish-mercury-testing.txt'));
    expect((await mercury.ask("What's the price tag of the program for its first 12 months?")).answerLine).toBe('About 2.4 million Surinamese dollars.');
  });
  it('answers "what percentage" with a percentage ("47%") before a fraction in words ("nearly half")', async () => {
    const mercury = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/suriname-saramacca-river-fish-mercury-testing.txt'));
    expect((await mercury.ask('what percentage of predatory fish were over the limit')).answerLine).toBe('47%.');
  });
  it('reads "global" as "world" and "waterway" as "canal"', async () => {
    const canal = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/panama-canal-drought-transit-cuts-shippers.txt'));
    // ¶10 "About 5% of world seaborne trade passes through the 80-kilometre (50-mile) canal"; was refused.
    expect((await canal.ask('what share of global sea freight goes through the waterway')).answerLine).toBe('About 5%.');
  });
  it('dates a plan still to come ("When is the protest planned?": "would hold a protest ... on Friday, May 17"), and a season to come by its day ("next spring", then "from April 1, 2026")', async () => {
    const dam = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/lesotho-polihali-tunnel-compensation-payments-delayed.txt'));
    // Not "if no payments were made this week".
    expect((await dam.ask('When is the protest planned?')).answerLine).toBe('On Friday, May 17.');
    const kotor = await engineOf(await loadArticle('tests/fixtures/heldout123/articles/montenegro-kotor-cruise-cap-shopkeepers-residents.txt'));
    expect((await kotor.ask('when does the cruise cap take effect')).answerLine).toBe('From April 1, 2026.');
  });
  it('reads a season before a noun as a kind of thing, not a date ("after spring frosts destroyed most of the grapes")', async () => {
    const wine = await engineOf(await loadArticle('tests/fixtures/heldout123/articles/moldova-cahul-frost-wine-contract-lost.txt'));
    expect((await wine.ask('When did the frost hit the vineyards?')).answerLine).not.toBe('After spring.');
  });
  it('reads a number of tens and units in words ("Twenty-two of the train\'s 210 wagons"), with the lede\'s day carried into the paragraph after it', async () => {
    const train = await engineOf(await loadArticle('tests/fixtures/heldout124/articles/mauritania-zouerate-iron-ore-train-derailment.txt'));
    // ¶1 "derailed ... on Sunday", ¶2 "Twenty-two of the train's 210 wagons left the track"; was refused.
    expect((await train.ask('How many wagons came off the rails on Sunday?')).answerLine).toBe("Twenty-two of the train's 210 wagons.");
    // (A figure in a quotation that does not name the one asked about gives way: not her "Sixty-three votes is a small number".)
    const recount = await engineOf(await loadArticle('tests/fixtures/heldout16/articles/croatia-split-mayoral-recount.txt'));
    expect((await recount.ask('how many votes did Peric get')).answerLine).toBe('31,418 votes.');
  });
  it('reads boats, ships and vessels as one kind of thing, and a participle before the noun asked as part of it ("About 140 small fishing boats")', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout124/articles/togo-lome-dockworkers-container-scanner-strike.txt'));
    // ¶9 "By Tuesday evening, 11 container ships were waiting at anchor"; was refused.
    expect((await port.ask('How many boats were queued up offshore by Tuesday night?')).answerLine).toBe('11 container ships.');
    const lofoten = await engineOf(await loadArticle('tests/fixtures/heldout37/articles/norway-lofoten-cod-quota-protest.txt'));
    // Not ¶2's "two fish-transport vessels" kept from docking.
    expect((await lofoten.ask('how many boats took part in the blockade')).answerLine).toBe('About 140 small fishing boats.');
  });
  it('reads "voted 19 to 14" as a vote\'s tally, and "now" as asking for the level after a change ("from three euros to eight euros")', async () => {
    const kotor = await engineOf(await loadArticle('tests/fixtures/heldout123/articles/montenegro-kotor-cruise-cap-shopkeepers-residents.txt'));
    // Was refused.
    expect((await kotor.ask('What was the result of the council vote?')).answerLine).toBe('19 to 14.');
    // Was "Three euros.".
    expect((await kotor.ask('How much will the landing fee be per passenger now?')).answerLine).toBe('Eight euros.');
  });
  it('reads "who called the ministry\'s claim ... false" as asking who, not as what the ministry said', async () => {
    const orchestra = await engineOf(await loadArticle('tests/fixtures/heldout124/articles/slovenia-ljubljana-national-orchestra-season-cancelled.txt'));
    // ¶9 "The Union of Orchestral Musicians of Slovenia said in a statement that the minister's claim of an early warning
    // was "simply untrue"". Was "The article doesn't quote who called the ministry.".
    const a = await orchestra.ask("who called the ministry's claim about advance notice false");
    expect(a.kind).toBe('who-said');
    expect(a.speaker).toBe('Union of Orchestral Musicians of Slovenia');
  });
  it('answers where someone sends others with where they go ("send her two youngest children to stay ... in the southern town of Kulob"), and where a thing is built not with where its firm is based', async () => {
    const power = await engineOf(await loadArticle('tests/fixtures/heldout123/articles/tajikistan-dushanbe-nurek-winter-power-rationing.txt'));
    // Not "Back in Firdavsi", where she is.
    expect((await power.ask('Where is Nazarova sending her younger children?')).answerLine).toBe('In the southern town of Kulob.');
    const resort = await engineOf(await loadArticle('tests/fixtures/heldout121/articles/seychelles-praslin-turtle-beach-hotel-plan.txt'));
    // ¶2 "Azure Shores Resorts, based in Dubai, wants to build 64 villas": was "In Dubai.".
    expect((await resort.ask('Where would the resort be built?')).answerLine).not.toMatch(/Dubai/u);
  });
  it('reads "how long will it take" as asking a time, never a length, and "a night" as a rate a project\'s sum does not give', async () => {
    const canal = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/panama-canal-drought-transit-cuts-shippers.txt'));
    // Was "An 8-kilometre (5-mile) tunnel.".
    expect((await canal.ask('How long will it take to build the tunnel from the Indio River reservoir?')).inScope).toBe(false);
    const lake = await engineOf(await loadArticle('tests/fixtures/heldout71/articles/bhutan-lunana-glacial-lake-flood-warning.txt'));
    // Was "90 km.".
    expect((await lake.ask('How long would floodwater take to get to the old fortress downstream?')).answerLine).toBe('Roughly seven hours.');
    const resort = await engineOf(await loadArticle('tests/fixtures/heldout121/articles/seychelles-praslin-turtle-beach-hotel-plan.txt'));
    // Was "$85 million.", the whole resort's cost.
    expect((await resort.ask('How much will a night in one of the villas cost?')).inScope).toBe(false);
  });
  it('reads "how long is the journey ... in distance" as a length, and "journey" as "trip" ("would add about 90 km to the trip")', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout123/articles/trinidad-tobago-ferry-breakdown-charter-review.txt'));
    // Was "At least 12 days.".
    expect((await ferry.ask('How long is the sea journey from Trinidad to Tobago in distance?')).answerLine).toBe('About 145 kilometres.');
    const highway = await engineOf(await loadArticle('tests/fixtures/heldout121/articles/png-eastern-highlands-highway-landslide-coffee-trucks.txt'));
    // Was refused.
    expect((await highway.ask('How much longer would the alternative route make the journey?')).answerLine).toBe('About 90 km.');
  });
  it('does not answer "when will X happen" with a year from a clause told in the past ("since taking out a licence in 2006")', async () => {
    const trainer = await engineOf(await loadArticle('tests/fixtures/heldout47/articles/ireland-kildare-trainer-steroid-ban.txt'));
    // Was "In 2006.".
    expect((await trainer.ask("When will Fitzmaurice's appeal be heard?")).inScope).toBe(false);
    const teachers = await engineOf(await loadArticle('tests/fixtures/heldout49/articles/lesotho-maseru-teachers-pay-strike.txt'));
    // Was "In 2023." (from "had already lost two weeks of teaching during a strike in 2023").
    expect((await teachers.ask("when will the labour court hear the ministry's case against the strike")).inScope).toBe(false);
  });
  it('counts the hurt by what is said of them just after the figure ("14 workers were evacuated and two were taken to hospital with burns")', async () => {
    const refinery = await engineOf(await loadArticle('tests/fixtures/heldout84/articles/kazakhstan-atyrau-refinery-fire-fuel-shortages.txt'));
    // Was refused.
    expect((await refinery.ask('how many workers were hurt')).answerLine).toBe('Two.');
  });
  it('reads "how high is inflation" as asking a rate, not a height', async () => {
    const bank = await engineOf(await loadArticle('tests/fixtures/heldout75/articles/iceland-central-bank-surprise-rate-rise.txt'));
    // Was refused: "how high" asked only a length.
    expect((await bank.ask('how high is inflation in iceland now')).answerLine).toMatch(/^\d[\d.]*%\.$/u);
  });
  it('answers how long someone has been doing something, in other words, with the span they tell of themselves or that describes them', async () => {
    const fishermen = await engineOf(await loadArticle('tests/fixtures/heldout125/articles/dominican-republic-bavaro-sargassum-fishermen-losses.txt'));
    // ¶3 "I have been going out to sea for 27 years ...," said ..., a 51-year-old fisherman from the village of Cabeza de Toro; was refused.
    expect((await fishermen.ask('How long has the fisherman from Cabeza de Toro been heading out on the water?')).answerLine).toBe('27 years.');
    const cane = await engineOf(await loadArticle('tests/fixtures/heldout127/articles/uganda-kamuli-cane-growers-block-sugar-factory.txt'));
    // ¶3 "a 38-year-old mother of five who has grown cane on four acres near Namwendwa for 12 years"; was refused.
    expect((await cane.ask('so how long has the mother of five been farming cane?')).answerLine).toBe('12 years.');
    const milkfish = await engineOf(await loadArticle('tests/fixtures/heldout128/articles/taiwan-chiayi-milkfish-farmers-cold-snap-losses.txt'));
    // ¶4 "who has raised milkfish on 4 hectares of ponds since 1991"; not ¶18's "My father farmed these ponds for 40 years".
    expect((await milkfish.ask('so how long has Lin been in the fish business')).answerLine).toBe('Since 1991.');
    // Someone the question does not describe is no answer: the deed must still be told.
    expect((await cane.ask('how long has the factory manager been farming cane?')).answerLine).not.toBe('12 years.');
  });
  it('reads a slip as a common word before a form only the article\'s stem knows ("caled" is "called", not "cased")', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout126/articles/zimbabwe-bulawayo-water-cuts-as-dams-dry.txt'));
    // ¶5 "a 52-year-old vegetable vendor who has lived in Pumula since 1994"; was refused.
    expect((await water.ask('since when has the vendor caled Pumula home')).answerLine).toBe('Since 1994.');
  });
  it('reads the dateline\'s place as the lede\'s when the lede calls it "this market town"', async () => {
    const milk = await engineOf(await loadArticle('tests/fixtures/heldout128/articles/austria-innviertel-dairy-farmers-milk-price-protest.txt'));
    // "RIED IM INNKREIS, Austria (Reuters) - About 300 dairy farmers parked their tractors ... in this market town"; was refused.
    expect((await milk.ask('How many dairy farmers took part in the blockade at Ried im Innkreis?')).answerLine).toBe('About 300 dairy farmers.');
  });
  it('answers "now" with the level told as now\'s, and a day\'s level before the usual one ("normally costs 12 Kuwaiti dinars")', async () => {
    const bangui = await engineOf(await loadArticle('tests/fixtures/heldout125/articles/central-african-republic-bangui-water-rationing-queues.txt'));
    // ¶11 "A 20-litre container that sold for 25 CFA francs in January now costs 100 to 150 francs in Boy-Rabe."
    expect((await bangui.ask('How much does a 20-litre container of water cost now in Boy-Rabe?')).answerLine).toBe('100 to 150 francs.');
    const jahra = await engineOf(await loadArticle('tests/fixtures/heldout127/articles/kuwait-jahra-water-pipeline-rupture-shortages.txt'));
    // ¶10 "A tanker load of 4,000 gallons that normally costs 12 Kuwaiti dinars ($39) was selling for 25 to 30 dinars on Monday."
    expect((await jahra.ask('How much was a 4,000-gallon tanker load selling for on Monday?')).answerLine).toBe('25 to 30 dinars.');
    // The usual level, when it is asked.
    expect((await jahra.ask('How much does a 4,000-gallon tanker load normally cost?')).answerLine).toBe('12 Kuwaiti dinars.');
  });
  it('counts those who belong to a group by its members ("the 35 members of his cooperative"), and reads "what sum" as asking a sum', async () => {
    const fishermen = await engineOf(await loadArticle('tests/fixtures/heldout125/articles/dominican-republic-bavaro-sargassum-fishermen-losses.txt'));
    // Was refused.
    expect((await fishermen.ask("How many fishermen belong to Peguero's cooperative?")).answerLine).toBe('35 members.');
    const tunnel = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/lesotho-polihali-tunnel-compensation-payments-delayed.txt'));
    // Was read as "what was promised" and refused as a quotation the article lacks.
    expect((await tunnel.ask('What sum was each household promised?')).answerLine).toBe('85,000 maloti.');
  });
  it('does not date what is still to come by the lede\'s day of a deed told in the past ("blocked the main gate ... on Monday")', async () => {
    const cane = await engineOf(await loadArticle('tests/fixtures/heldout127/articles/uganda-kamuli-cane-growers-block-sugar-factory.txt'));
    // ¶11 "said a meeting between factory managers and growers would be held at the district headquarters on Thursday".
    expect((await cane.ask('When will the meeting between factory managers and growers take place?')).answerLine).toBe('On Thursday.');
    // The lede's own event still goes by its day.
    expect((await cane.ask('When did the blockade take place?')).answerLine).toBe('On Monday.');
  });
  it('refuses weather the article never speaks of, however much else of the question it names ("Will it snow in Tallinn this weekend?")', async () => {
    const narva = await engineOf(await loadArticle('tests/fixtures/heldout97/articles/estonia-narva-oil-shale-plant-closure-retraining.txt'));
    // Was "The article doesn't say so in those words; this is the closest it comes:" with ¶12, which names Tallinn.
    const snow = await narva.ask('Will it snow in Tallinn this weekend?');
    expect(snow.inScope).toBe(false);
    expect(snow.answerLine).toMatch(/^The article doesn't say anything about the weather\./u);
    expect(snow.citations).toEqual([]);
    const avalanche = await engineOf(await loadArticle('tests/fixtures/heldout109/articles/andorra-ordino-avalanche-control-budget-row.txt'));
    // The article forecasts snow, but never the weather: refused; its snow is still read.
    expect((await avalanche.ask("what's the weather forecast for Barcelona this weekend")).inScope).toBe(false);
    expect((await avalanche.ask('how much snow fell')).inScope).toBe(true);
    // Weather that only qualifies what is asked is no weather question.
    const station = await engineOf(await loadArticle('tests/fixtures/heldout118/articles/saint-vincent-soufriere-volcano-monitoring-station-rebuilt.txt'));
    expect((await station.ask('How long can the kit keep running without any sunshine?')).answerLine).toBe('Up to 10 days.');
  });
  it('does not take a nation\'s adjective or a town a thing stands in for its name ("a consortium of Italian and Maltese investors")', async () => {
    const casino = await engineOf(await loadArticle('tests/fixtures/heldout118/articles/san-marino-casino-referendum-divides-republic.txt'));
    // Was "The article doesn't say so in those words; this is the closest it comes:" with ¶3.
    const consortium = await casino.ask('What is the name of the consortium behind the casino project?');
    expect(consortium.answerLine).toMatch(/^The article doesn't name the consortium\./u);
    expect(consortium.citations).toEqual([]);
    const hydrogen = await engineOf(await loadArticle('tests/fixtures/heldout99/articles/namibia-arandis-green-hydrogen-land-lease.txt'));
    expect((await hydrogen.ask('What is the name of the Dutch fund that is backing the project?')).inScope).toBe(false);
    const school = await engineOf(await loadArticle('tests/fixtures/heldout115/articles/myanmar-sagaing-monastery-school-teachers-unpaid.txt'));
    // "the school's account at a bank branch in Sagaing town".
    expect((await school.ask("Which bank holds the school's account?")).inScope).toBe(false);
    // A place that is the very kind asked still names it: "at the Kifangondo landfill in Cacuaco municipality".
    const landfill = await engineOf(await loadArticle('tests/fixtures/heldout101/articles/angola-luanda-kifangondo-landfill-fire-health.txt'));
    expect((await landfill.ask('Which municipality is the landfill in?')).inScope).toBe(true);
  });
  it('answers "near which village" with "near the village of X" when the sentence names the place asked about only in the next one', async () => {
    const cliffs = await engineOf(await loadArticle('tests/fixtures/heldout101/articles/malta-mellieha-cliff-hotel-planning-appeal.txt'));
    // ¶2 "... the five-storey hotel above Rdum tal-Madonna, near the village of Mellieħa. The cliffs lie within ..."; was refused.
    expect((await cliffs.ask('Near which village are the cliffs?')).answerLine).toBe('Near the village of Mellieħa.');
  });
  it('answers where with a place further down that the lede does not name, over the lede\'s broad one ("in central Liberia")', async () => {
    const rubber = await engineOf(await loadArticle('tests/fixtures/heldout124/articles/liberia-margibi-rubber-tappers-wage-dispute.txt'));
    // ¶2 "Workers at the Du River Rubber Company estate in Margibi County, ..."; was the lede's "In central Liberia.".
    expect((await rubber.ask('Where is the plantaton?')).answerLine).toMatch(/Margibi County|Kakata/u);
  });
  it('reads a cost asked of "the project" as the story\'s own sum, as a bare "how much will it cost" is', async () => {
    const datacentre = await engineOf(await loadArticle('tests/fixtures/heldout74/articles/mexico-queretaro-data-centre-water-dispute.txt'));
    // Was refused.
    expect((await datacentre.ask('What is the price tag on the project?')).answerLine).toMatch(/^\$1\.2 billion\b/u);
  });
  it('reads "the company" as the one firm the article describes as one ("Dragages Fluviaux du Congo (DFC), the local firm hired in 2023")', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/congo-brazzaville-port-dredging-unpaid-contracts.txt'));
    // ¶3 "... Loemba told Reuters at the company's yard in the Mpila district."; was refused, ¶3 never writing "DFC".
    expect((await port.ask("Where is DFC's yard?")).answerLine).toBe('In the Mpila district.');
  });
  it('answers with a measure as written when it qualifies a noun the question does not name ("The 1.5-kilometer walk."), and with its unit when it does ("3,343 metres")', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout126/articles/zimbabwe-bulawayo-water-cuts-as-dams-dry.txt'));
    // ¶18 "... the 1.5-kilometer walk home"; was "1.5 kilometers.", which hid what the figure measures.
    expect((await water.ask('How far does the vegetable seller have to carry her container back to her house?')).answerLine).toBe('The 1.5-kilometer walk.');
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout115/articles/dominica-laudat-geothermal-plant-drilling-accident-delay.txt'));
    expect((await plant.ask('What output capacity will the plant have?')).answerLine).toBe('10 megawatts.');
  });
  it('reads "break down" as a breakdown, and a breakdown as a failure ("Two of the three reverse-osmosis units ... failed on Aug. 22")', async () => {
    const sal = await engineOf(await loadArticle('tests/fixtures/heldout119/articles/cabo-verde-sal-water-tariff-rise-desalination.txt'));
    // Was ¶11's "In September.".
    expect((await sal.ask('When did the desalination units break down?')).answerLine).toBe('On Aug. 22.');
  });
  it('reads "called off" as cancelled and "shut down" as closed ("Who said his cancer treatment was called off with no notice?")', async () => {
    const hospital = await engineOf(await loadArticle('tests/fixtures/heldout89/articles/poland-tarnow-hospital-ransomware-attack.txt'));
    // Was the hospital director, who speaks of cancelled treatments in other words.
    expect((await hospital.ask('Who said his cancer treatment was called off with no notice?')).speaker).toMatch(/^Marek Zielinski/u);
    // "shut down" is closing: the article counts stations that have not closed, and none that have.
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout111/articles/burundi-ngozi-coffee-washing-station-price-dispute.txt'));
    expect((await coffee.ask('How many washing stations has ARFIC actually shut down so far this season?')).inScope).toBe(false);
  });
  it('reads "go up" as an increase ("by what percentage did the water price go up")', async () => {
    const fes = await engineOf(await loadArticle('tests/fixtures/heldout93/articles/morocco-fes-water-tariff-protest.txt'));
    // Was "Nearly a third." from another paragraph.
    expect((await fes.ask('by what percentage did the water price go up')).answerLine).toBe('About 45%.');
    // A what-said question's topic is echoed in the asker's words, not the word it is read as.
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout94/articles/croatia-hvar-ferry-fare-increase.txt'));
    expect((await ferry.ask('what did Jadrolinija say about why prices are going up')).answerLine).toBe('Jadrolinija (state ferry operator) on why prices are going up:');
  });
  it('reads "how much was it fined" as a sum of money: a count of workers does not answer it', async () => {
    const factory = await engineOf(await loadArticle('tests/fixtures/heldout131/articles/cambodia-kampong-speu-garment-workers-faint.txt'));
    // Was "37 workers." (¶10 "37 workers were taken to hospital"): the article never says the factory was fined.
    const fined = await factory.ask('How much was the factory fined after the September incident?');
    expect(fined.inScope).toBe(false);
    expect(fined.answerLine).toMatch(/^The article doesn't give that number\./u);
  });
  it('keeps the particles of a place named after its kind ("outside the town of San Rafael del Norte")', async () => {
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout129/articles/nicaragua-jinotega-coffee-harvest-picker-shortage.txt'));
    // Was "Outside the town of San Rafael.".
    expect((await coffee.ask('Where is the farm where Rugama and her sons are working this season?')).answerLine).toBe('Outside the town of San Rafael del Norte.');
  });
  it('gives the day a vague date in the lede stands for when the next paragraph writes it day first ("early on Tuesday, 11 March")', async () => {
    const spill = await engineOf(await loadArticle('tests/fixtures/heldout129/articles/papua-new-guinea-mine-spill-compensation-claims.txt'));
    // Was the lede's "Last week.": "11 March" was not read as a calendar day, nor "early on Tuesday, 11 March" as one date.
    const burst = await spill.ask('When did the pipeline burst?');
    expect(burst.answerLine).toBe('Early on Tuesday, 11 March.');
    expect(burst.citations[0]!.paragraph).toBe(2);
  });
  it('reads a place "below" a named one as a place ("on the slopes below Mount Yasur")', async () => {
    const tanna = await engineOf(await loadArticle('tests/fixtures/heldout130/articles/vanuatu-tanna-schools-still-in-tents-after-cyclone.txt'));
    // Was refused: "below" was not read as placing anything.
    expect((await tanna.ask('Where is Ienaula Primary School?')).answerLine).toBe('Below Mount Yasur.');
  });
  it('finds "the head of Samoa Shipping Corporation" in "the corporation\'s chief executive", the one corporation the article names', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout130/articles/samoa-interisland-ferry-pulled-for-hull-repairs.txt'));
    // Was "The article doesn't quote the head of Samoa Shipping Corporation."
    const head = await ferry.ask('What did the head of Samoa Shipping Corporation say about the repairs?');
    expect(head.speaker).toBe('Tuilagi Faamanu Seumalo');
    // The role stays as the article writes it.
    expect((await ferry.ask('Who is Seumalo?')).answerLine).toMatch(/the corporation's chief executive/u);
  });
  it('reads "where does X travel from on her daily commute" as asking where from ("From Helwan.")', async () => {
    const metro = await engineOf(await loadArticle('tests/fixtures/heldout131/articles/egypt-cairo-metro-fare-rise-commuters.txt'));
    // Was "To Shubra.": "from" was read as asked only at the question's end.
    expect((await metro.ask('Where does Mona Fawzy travel from on her daily commute?')).answerLine).toBe('From Helwan.');
  });
  it('finds the span of the person a how-long question describes by their name ("For 27 years, Tatjana Smirnova has climbed ...")', async () => {
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout132/articles/estonia-narva-oil-shale-plant-retraining.txt'));
    // Was refused: "operater" was read as "operated", and the lede names her without her role, in other words.
    const operator = await plant.ask('how long has the turbine operater been working at that power station');
    expect(operator.answerLine).toBe('27 years.');
    expect(operator.citations[0]!.paragraph).toBe(1);
    expect((await plant.ask('how long has Smirnova been working at the power station')).answerLine).toBe('27 years.');
    // (Written with a capital too.)
    expect((await plant.ask('How long has the turbine operator been working at that power station?')).answerLine).toBe('27 years.');
  });
  it('does not date an event by the day a statement about it was made ("said in a statement on Saturday that ... until a delayed fuel shipment reaches")', async () => {
    const tripoli = await engineOf(await loadArticle('tests/fixtures/heldout129/articles/lebanon-tripoli-generator-owners-raise-prices.txt'));
    // Was "On Saturday.", the day of the utility's statement.
    expect((await tripoli.ask('On what date is the delayed fuel shipment expected to reach Deir Ammar?')).inScope).toBe(false);
    const bank = await engineOf(await loadArticle('tests/fixtures/heldout9/articles/karoo-mutual-data-breach.txt'));
    // Was "On Monday.": "said in a statement on Monday that it detected 'unusual activity' ... on Oct. 14".
    expect((await bank.ask('When did the bank spot the hack?')).answerLine).toBe('On Oct. 14.');
  });
  it('answers "in what year" only with a year and "what time of day" only with a time of day', async () => {
    const dairy = await engineOf(await loadArticle('tests/fixtures/heldout128/articles/austria-innviertel-dairy-farmers-milk-price-protest.txt'));
    // Was "In November.": the article never says when the dairy was founded.
    expect((await dairy.ask('In what year was Innviertler Milchverband founded?')).inScope).toBe(false);
    const exam = await engineOf(await loadArticle('tests/fixtures/heldout108/articles/brunei-primary-exam-paper-leak-resit.txt'));
    // Was "On November 10.", the day, which the question does not ask.
    expect((await exam.ask('What time of day will the resit paper start?')).inScope).toBe(false);
  });
  it('takes neither a body ("from the Emergency Management Service") nor a nation\'s adjective ("in the Georgian") for a place', async () => {
    const gondola = await engineOf(await loadArticle('tests/fixtures/heldout132/articles/georgia-bakuriani-gondola-breakdown-court-case.txt'));
    // Was "From the Emergency Management Service."; without it, "In the Georgian.".
    // (The resort is where the breakdown was; the court, in Borjomi, would be better still.)
    expect((await gondola.ask('where is the trial being heard')).answerLine).toMatch(/^In the Georgian resort of Bakuriani\.$|Borjomi/u);
  });
  it('gives the level "now" when the sentence tells what it was before it ("cost 3.20 euros ... last spring now sells for 3.90 euros")', async () => {
    const halloumi = await engineOf(await loadArticle('tests/fixtures/heldout131/articles/cyprus-halloumi-makers-goat-milk-shortage.txt'));
    // Was "3.20 euros.", last spring's price.
    expect((await halloumi.ask('What does a 250-gram pack of halloumi cost now in Nicosia supermarkets?')).answerLine).toBe('3.90 euros.');
  });
  it('reads "on the payroll" as employed ("employs about 2,400 people")', async () => {
    const factory = await engineOf(await loadArticle('tests/fixtures/heldout131/articles/cambodia-kampong-speu-garment-workers-faint.txt'));
    // Was "More than 100 garment workers.", those who collapsed.
    expect((await factory.ask('How many people are on the payroll at the plant?')).answerLine).toBe('About 2,400 people.');
  });
  it('dates what is now expected by the date told as now\'s, not the one it was due before nor a span something else takes', async () => {
    const dili = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/timor-leste-dili-petrol-station-fuel-shortage.txt'));
    // Was "Within three days." ("Once the ship arrives, supply will return to normal within three days"); in its own
    // paragraph, "which had been due on October 28, ... would now dock at Dili port on Sunday, November 10".
    expect((await dili.ask('When is the tanker now expected to arrive?')).answerLine).toBe('On Sunday, November 10.');
  });
  it('refuses a recipe plainly when the article gives none ("how do I make plov")', async () => {
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout114/articles/turkmenistan-lebap-cotton-quota-students-fields.txt'));
    // Was the closest passage with a hedge.
    const plov = await cotton.ask('how do I make plov');
    expect(plov.inScope).toBe(false);
    expect(plov.answerLine).toMatch(/^The article doesn't say how to make that\./u);
    // A how-question about the story itself is still answered.
    expect((await cotton.ask('how many students were sent to the fields')).inScope).toBe(true);
  });
  it('counts a lede name whose description uses the headline\'s noun as the headline\'s ("Pearling Path, the 3.5-kilometre heritage trail")', async () => {
    const pearling = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/bahrain-pearling-path-entry-fees-anger-traders.txt'));
    // Both were refused: "Path" stands only in the lede, whose "3.5" ended the description at its point.
    expect((await pearling.ask('How many visitors did the Pearling Path receive in 2024?')).answerLine).toBe('About 210,000 visitors.');
    expect((await pearling.ask("When was the Pearling Path added to UNESCO's World Heritage List?")).answerLine).toBe('In 2012.');
  });
  it('answers how old someone was when something happened by "at the age of", and how long something lasts by a time', async () => {
    const pearling = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/bahrain-pearling-path-entry-fees-anger-traders.txt'));
    // Was "81 years old.", his age now.
    expect((await pearling.ask('how old was the former diver when he first went out to sea')).answerLine).toBe('At the age of 11.');
    // Was "3.5-kilometre heritage trail.", a length; "two and a half hours" was not read as a span.
    expect((await pearling.ask('How long do the guided walks around the trail last?')).answerLine).toBe('About two and a half hours.');
  });
  it('answers a distance by a way gone, not by the size of a thing ("his own 22-foot skiff to Long Island, about 70 miles away")', async () => {
    const mailBoat = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/bahamas-mail-boat-cuts-leave-shelves-bare.txt'));
    // Was "22-foot skiff.".
    expect((await mailBoat.ask('What distance does the Spring Point fisherman now travel by his own boat to get food and fuel?')).answerLine).toBe('About 70 miles away.');
  });
  it('takes the whole a first part is of as a total ("120 electric buses ..., the first of 350 ordered")', async () => {
    const baku = await engineOf(await loadArticle('tests/fixtures/heldout133/articles/azerbaijan-baku-electric-buses-driver-training.txt'));
    // Was refused: no figure was told as a total.
    expect((await baku.ask('How many electric buses have been ordered in total?')).answerLine).toBe('350.');
    expect((await baku.ask('How many electric buses were delivered in April?')).answerLine).toBe('120 electric buses.');
  });
  it('gives the price now, not what it was "before the breakdown"', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout136/articles/comoros-anjouan-ferry-repairs-ticket-prices.txt'));
    // Was "25,000 Comorian francs.", the ferry's fare before it broke down.
    expect((await ferry.ask('How much does a speedboat ticket cost now?')).answerLine).toBe('35,000 francs.');
    expect((await ferry.ask('How much did a ferry ticket cost before the breakdown?')).answerLine).toBe('25,000 Comorian francs.');
  });
  it('answers how many people live somewhere only with a figure told of living there, not of some who did something', async () => {
    const oran = await engineOf(await loadArticle('tests/fixtures/heldout133/articles/algeria-oran-desalination-plant-water-rationing.txt'));
    // Was "Hundreds." ("Hundreds of residents of Oran queued beside water tankers").
    expect((await oran.ask('How many people live in Oran?')).inScope).toBe(false);
    const mailBoat = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/bahamas-mail-boat-cuts-leave-shelves-bare.txt'));
    // "... Acklins and Long Cay, where roughly 2,400 people rely on the boats": the people of those places.
    expect((await mailBoat.ask('How many people live on the islands hit by the cut?')).answerLine).toMatch(/2,400 people/u);
  });
  it('takes "employs" for "work" when a total of those working somewhere is asked', async () => {
    const mine = await engineOf(await loadArticle('tests/fixtures/heldout135/articles/bosnia-breza-coal-miners-sit-in-wage-arrears.txt'));
    // Was refused: "The mine, which employs about 1,100 people" told no total in the question's own verb.
    expect((await mine.ask('how many people work at the mine altogether')).answerLine).toBe('About 1,100 people.');
    expect((await mine.ask('How many people does the mine employ in total?')).answerLine).toBe('About 1,100 people.');
  });
  it('counts what "bits of" something are of ("How many bits of coral" for "some 2,500 coral fragments hung on ropes")', async () => {
    const reef = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/belize-barrier-reef-bleaching-survey-dive-operators.txt'));
    // Was refused ("bits" are not "fragments"); the figure's noun now ends before "hung".
    expect((await reef.ask('How many bits of coral is Cayetano looking after in her nursery?')).answerLine).toBe('Some 2,500 coral fragments.');
    // ("a unit of electricity" is a price per unit, which the Zambia story never gives: not "About $45 million.".)
    const kariba = await engineOf(await loadArticle('tests/fixtures/heldout95/articles/zambia-kariba-dam-drought-power-cuts.txt'));
    expect((await kariba.ask('how much does a unit of electricity cost in Zambia right now')).inScope).toBe(false);
  });
  it('answers where inside a place something is by a spot in it, and since when by a start', async () => {
    const ripas = await engineOf(await loadArticle('tests/fixtures/heldout135/articles/brunei-ripas-hospital-dialysis-unit-waiting-list.txt'));
    // Was "At Raja Isteri Pengiran Anak Saleha (RIPAS) Hospital.", the hospital itself.
    expect((await ripas.ask('Where in the hospital is the new dialysis unit?')).answerLine).toBe("On the fourth floor of the hospital's new east wing.");
    expect((await ripas.ask('Where is the new dialysis unit?')).answerLine).toBe('At Raja Isteri Pengiran Anak Saleha (RIPAS) Hospital.');
    // Was "Next month." ("who has been on dialysis since 2019").
    expect((await ripas.ask('Since when has Ismail needed a machine to clean his blood?')).answerLine).toBe('Since 2019.');
  });
  it('answers where someone lives by where their home is, and what something cost at the start of the year by the level then', async () => {
    const luanda = await engineOf(await loadArticle('tests/fixtures/heldout133/articles/angola-luanda-fish-market-relocation-traders-losses.txt'));
    // Was "At Praia do Bispo.", where she worked ("from her home in Samba").
    expect((await luanda.ask('Where does Maria da Conceição Neto live?')).answerLine).toBe('In Samba.');
    expect((await luanda.ask('where does Neto work')).answerLine).toBe('At Praia do Bispo.');
    // Was "1,800 kwanzas." ("that sold for 1,500 kwanzas in January now costs 1,800 kwanzas").
    expect((await luanda.ask('What did a kilo of horse mackerel cost at the start of the year?')).answerLine).toBe('1,500 kwanzas.');
    expect((await luanda.ask('how much does a kilo of horse mackerel cost now')).answerLine).toBe('1,800 kwanzas.');
  });
  it('dates when construction began only by a clause about building', async () => {
    const luanda = await engineOf(await loadArticle('tests/fixtures/heldout133/articles/angola-luanda-fish-market-relocation-traders-losses.txt'));
    // Was "At midday on Friday." ("Back at Mulenvos, Neto was packing unsold fish into a cooler at midday on Friday").
    expect((await luanda.ask('When did construction of the Mulenvos market begin?')).inScope).toBe(false);
    const bridge = await engineOf(
      parseArticle(
        [
          'Source: AFP',
          'New bridge opens in Tete',
          'TETE, Mozambique (AFP) - A new road bridge over the Zambezi opened in Tete on Monday, ending years of queues at the old crossing.',
          'Construction of the 700-metre bridge began in March 2021 and cost about $120 million, the roads agency said.',
          'Traders said the queues at the old bridge had cost them business on most days since 2019.',
        ].join('\n\n'),
      ),
    );
    expect((await bridge.ask('When did construction of the bridge begin?')).answerLine).toBe('In March 2021.');
  });
  it('reads a loss as the size of a change ("By how much had the turbine blades worn down" for "had lost between 8 and 12 millimetres")', async () => {
    const dangchhu = await engineOf(await loadArticle('tests/fixtures/heldout135/articles/bhutan-dangchhu-hydropower-silt-damage-exports.txt'));
    // Was refused.
    expect((await dangchhu.ask('By how much had the turbine blades worn down at the edges?')).answerLine).toBe('Between 8 and 12 millimetres.');
  });
  it('does not answer how many people will have work somewhere with how many live in the country', async () => {
    const arandis = await engineOf(await loadArticle('tests/fixtures/heldout99/articles/namibia-arandis-green-hydrogen-land-lease.txt'));
    // Was "About 3 million people hopes." ("The southern African country of about 3 million people hopes to ...").
    expect((await arandis.ask('how many people will have long-term work at the plant once its operating')).answerLine).not.toMatch(/3 million/u);
  });
  it('does not take the far end of a stretch for where something is taken ("from Crane Beach to Bathsheba"), but does a route\'s', async () => {
    const sargassum = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/barbados-sargassum-seaweed-hotel-cleanup-costs.txt'));
    // Was "To Bathsheba." ("piles up on the sand from Crane Beach to Bathsheba").
    expect((await sargassum.ask('Where is the seaweed taken once it has been removed from the beach?')).answerLine).toBe('To a landfill site at Mangrove.');
    const trawler = await engineOf(await loadArticle('tests/fixtures/heldout4/articles/brittany-trawler-collision.txt'));
    // ("was carrying fertiliser from Rotterdam to Lisbon".)
    expect((await trawler.ask('where was the Nordic Venture heading?')).answerLine).toBe('To Lisbon.');
  });
  it('gives the spot the paragraph after the lede names, when the lede gives only a town or region', async () => {
    const nile = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/egypt-luxor-nile-cruise-boat-fire-inquiry.txt'));
    // Was "Near Luxor." (the lede); "as it lay docked at El-Bayadiya, a village ..." goes on with its event.
    expect((await nile.ask('where was the boat tied up when the fire started')).answerLine).toBe('At El-Bayadiya.');
    const train = await engineOf(await loadArticle('tests/fixtures/heldout124/articles/mauritania-zouerate-iron-ore-train-derailment.txt'));
    // Was "In the Sahara desert in northern Mauritania.": "exactly" asks the most precise spot, with how far from the town.
    expect((await train.ask('Where exactly did the train derail?')).answerLine).toBe('About 40 kilometres (25 miles) east of the town of Choum.');
    expect((await train.ask('Where did the train derail?')).answerLine).toBe('In the Sahara desert in northern Mauritania.');
  });
  it('answers where someone\'s thing is by the place the text says it stands, in lower case ("a shop in the souq")', async () => {
    const pearling = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/bahrain-pearling-path-entry-fees-anger-traders.txt'));
    // Was refused.
    expect((await pearling.ask("Where is Ahmed Janahi's shop?")).answerLine).toBe('In the souq.');
  });
  it('reads an age opening a sentence as that of the person the sentence before named ("For Yousif Al-Doseri, ... The 81-year-old")', async () => {
    const pearling = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/bahrain-pearling-path-entry-fees-anger-traders.txt'));
    // Was refused.
    expect((await pearling.ask('How old is Yousif Al-Doseri?')).answerLine).toBe('81 years old.');
    // ("said Ahmed Janahi, 57,": his own age, as before.)
    expect((await pearling.ask('how old is Janahi')).answerLine).toBe('57 years old.');
  });
  it('prefers, among close statements, the one told with the asker\'s own verb of speech ("Who argued ...", "Who warned ...")', async () => {
    const pearling = await engineOf(await loadArticle('tests/fixtures/heldout134/articles/bahrain-pearling-path-entry-fees-anger-traders.txt'));
    // Was "Ahmed Janahi said this." ("Buali ... argued that modest fees rarely deter visitors").
    const argued = await pearling.ask('Who argued that small entry charges seldom put tourists off?');
    expect(argued.speaker).toBe('Hanan Buali');
    const chobe = await engineOf(await loadArticle('tests/fixtures/heldout104/articles/botswana-chobe-elephant-crop-raids-compensation.txt'));
    // Was "Kgosi Mathews Sinvula, chief of Parakarungu village, said this.".
    expect((await chobe.ask('Who warned that unpaid farmers could lose patience with the elephants?')).speaker).toBe('Kabo Masule');
    // (Not a participle inside another's statement: "had walked off the site in October after claiming it was owed".)
    const misrata = await engineOf(await loadArticle('tests/fixtures/heldout117/articles/libya-misrata-desalination-plant-contractor-dispute.txt'));
    expect((await misrata.ask("Who claimed the contractor has only been able to prove about half of what it says it's owed?")).speaker).toBe('Mustafa al-Ghariani');
  });
  it('takes advising and recommending for speech in a who-said question ("Which body advised ...")', async () => {
    const kaur = await engineOf(await loadArticle('tests/fixtures/heldout140/articles/gambia-kaur-groundnut-depots-underpay-farmers.txt'));
    // Was refused: "The article doesn't say which body."
    expect((await kaur.ask('Which body advised underpaid farmers to report the depot to their district agricultural officer?')).speaker).toBe('Ministry of Agriculture');
  });
  it('answers where by a place named by its kind with an adjective ("in the provincial capital of Holguín")', async () => {
    const banes = await engineOf(await loadArticle('tests/fixtures/heldout138/articles/cuba-banes-bakery-flour-shortage-bread-rationing.txt'));
    // Was refused.
    expect((await banes.ask('Where did Almaguer speak to reporters?')).answerLine).toBe('In the provincial capital of Holguín.');
  });
  it('gives the level a figure fell from when the earlier one is asked ("600 books, down from more than 2,500 before the storm")', async () => {
    const marigot = await engineOf(await loadArticle('tests/fixtures/heldout138/articles/dominica-marigot-storm-damaged-school-reopens.txt'));
    // Was "Around 600 books.".
    expect((await marigot.ask('how many books did the school library hold before the storm')).answerLine).toBe('More than 2,500.');
    expect((await marigot.ask('How many books does the library have now?')).answerLine).toBe('Around 600 books.');
  });
  it('reads "last August" as a date, and not for what is still to come ("when are the power cuts supposed to end")', async () => {
    const marigot = await engineOf(await loadArticle('tests/fixtures/heldout138/articles/dominica-marigot-storm-damaged-school-reopens.txt'));
    // Was "On Monday.", the day the pupils returned ("since Tropical Storm Lorenzo ripped the roof ... last August").
    expect((await marigot.ask('When did Tropical Storm Lorenzo hit Dominica?')).answerLine).toBe('Last August.');
    const egypt = await engineOf(await loadArticle('tests/fixtures/heldout10/articles/egypt-heatwave-power-cuts.txt'));
    // ("ended a previous round of scheduled power cuts last July" is past.)
    expect((await egypt.ask('when are the power cuts supposed to end')).answerLine).toBe('By mid-August.');
    expect((await egypt.ask('When did the government end the previous round of power cuts?')).answerLine).toBe('Last July.');
  });
  it('fixes a lede\'s "at the start of the month" by the calendar day that opens the next paragraph', async () => {
    const ouesso = await engineOf(await loadArticle('tests/fixtures/heldout137/articles/congo-ouesso-sangha-river-ferry-fare-rise.txt'));
    // Was "At the start of the month." ("Since Saturday, February 1, a single crossing ... has cost 1,000 CFA francs").
    const fares = await ouesso.ask('When did the new fares come into force?');
    expect(fares.answerLine).toBe('Saturday, February 1.');
    expect(fares.citations[0]?.paragraph).toBe(2);
  });
  it('answers where things are stored by the place of a warehouse or depot ("sitting in our warehouse in Asmara")', async () => {
    const eritrea = await engineOf(await loadArticle('tests/fixtures/heldout139/articles/eritrea-gash-barka-textbook-delivery-delays.txt'));
    // Was "Port of Massawa." (the paper "imported through the port of Massawa").
    const stored = await eritrea.ask('Where are the printed textbooks being stored?');
    expect(stored.answerLine).toBe('In Asmara.');
    expect(stored.citations[0]?.paragraph).toBe(7);
  });
  it('does not give someone\'s own age for their relative\'s ("How old is Julio Mercedes\'s father?")', async () => {
    const macoris = await engineOf(await loadArticle('tests/fixtures/heldout138/articles/dominican-republic-macoris-hospital-dialysis-machines-broken.txt'));
    // Was "44 years old." ("Julio Mercedes, a 44-year-old construction worker, ... to take his father to Santiago").
    const father = await macoris.ask("How old is Julio Mercedes's father?");
    expect(father.inScope).toBe(false);
    expect(father.answerLine).toMatch(/^The article doesn't say how old\./u);
    expect((await macoris.ask('How old is Julio Mercedes?')).answerLine).toBe('44 years old.');
  });
  it('takes "children under five" for an age bracket, not a count, and a change told with "grown by" for how much it rose', async () => {
    const smoke = await engineOf(parseArticle(['Source: Times of Eswatini', '', 'Cane smoke', '', 'Children under five are most at risk, according to Dr. Nomsa Shongwe, who said the hospital in Siteki sees more children with wheezing during the harvest.', ''].join('\n')));
    // Was "Under five.".
    expect((await smoke.ask('How many children does the hospital in Siteki see during the harvest?')).inScope).toBe(false);
    const bata = await engineOf(await loadArticle('tests/fixtures/heldout139/articles/equatorial-guinea-bata-power-cuts-hydro-plant.txt'));
    // Was "About 120 kilometres east." ("the Djibloho hydroelectric plant ..., about 120 kilometres east of the city").
    const grown = await bata.ask('By how much has demand in Bata grown since 2015?');
    expect(grown.answerLine).toBe('Nearly 40 percent.');
    expect((await bata.ask("by how much has the city's appetite for electricity risen over the past decade")).answerLine).not.toMatch(/kilometres/u);
  });
  it('reads a compound written apart, or together, the way the article writes it ("rain water" for "rainwater")', async () => {
    const school = await engineOf(
      parseArticle(
        [
          'Source: AP',
          '',
          'School reopens after storm',
          '',
          'MARIGOT, Dominica (AP) — Pupils at Marigot Primary School returned to their classrooms on Monday, seven months after a storm tore off the roof.',
          '',
          'The Caribbean Schools Recovery Fund said the building now had a 10,000-gallon rainwater tank and solar panels so it could serve as a shelter.',
          '',
          'Parents said the flower pots by the gate had been replanted by the pupils themselves.',
          '',
        ].join('\n'),
      ),
    );
    // Was refused: "rain water storage" shared no word with "rainwater tank".
    const tank = await school.ask('What is the capacity of the new rain water storage at the school?');
    expect(tank.inScope).toBe(true);
    expect(tank.answerLine).toMatch(/^10,000/u);
    expect(tank.citations[0]?.paragraph).toBe(2);
    // ("flowerpots" for the article's "flower pots".)
    expect((await school.ask('Who replanted the flowerpots?')).citations[0]?.paragraph).toBe(3);
    // (A possessive is no compound: "the ship's owner" stays two words, not the article's "shipowner".)
    const tonga = await engineOf(await loadArticle('tests/fixtures/heldout121/articles/tonga-vavau-cable-repair-cost-dispute.txt'));
    expect((await tonga.ask("What did the ship's owner say about the cable damage?")).speaker).toBe('Pacific Bulk Carriers');
  });
  it('does not answer what is still to come with the date of a clause told plainly in the past ("When will investigators publish their report?")', async () => {
    const train = await engineOf(await loadArticle('tests/fixtures/heldout124/articles/mauritania-zouerate-iron-ore-train-derailment.txt'));
    // Was "On Monday, February 10.", the day the train derailed.
    expect((await train.ask('When will investigators publish their report on the cause of the crash?')).inScope).toBe(false);
    const cargo = await engineOf(await loadArticle('tests/fixtures/heldout14/articles/brazil-sao-paulo-cargo-theft.txt'));
    // Was "Today.".
    expect((await cargo.ask('When will the suspects go on trial?')).inScope).toBe(false);
    // (A plan's date in the past tense still answers: "was scheduled to start on Feb. 2".)
    const dike = await engineOf(await loadArticle('tests/fixtures/heldout20/articles/netherlands-ameide-dike-lawsuit.txt'));
    expect((await dike.ask('When was demolition supposed to start?')).answerLine).toBe('On Feb. 2.');
  });
  it('answers where a trial or an inquiry is held by its court ("opened at Aberdeen Sheriff Court", "told Borjomi District Court")', async () => {
    const inquiry = await engineOf(await loadArticle('tests/fixtures/heldout81/articles/scotland-aberdeen-offshore-helicopter-ditching-inquiry.txt'));
    // Was "In the North Sea.", where the helicopter came down.
    expect((await inquiry.ask('where is the fatal accident inquiry being held')).answerLine).toBe('At Aberdeen Sheriff Court.');
    const court = await engineOf(
      parseArticle(['Source: Reuters', '', 'Gondola trial', '', 'Two engineers are on trial over a gondola breakdown.', '', '"The defendants knew it," Prosecutor Nino Beridze told Borjomi District Court.', ''].join('\n')),
    );
    // Was refused.
    expect((await court.ask('Where is the trial being heard?')).answerLine).toBe('At Borjomi District Court.');
  });
  it('counts who lives in a place by the words for living beside the figure, not elsewhere in its sentence', async () => {
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout141/articles/greenland-sisimiut-shrimp-plant-night-shift-cuts.txt'));
    // Was "About 210 people.", the plant's staff at its peak, in the sentence that gives "a town of roughly 5,500 inhabitants".
    expect((await plant.ask('roughly how many peple live in the town?')).answerLine).toBe('Roughly 5,500 inhabitants.');
    expect((await plant.ask('How many people did the plant employ at its peak?')).answerLine).toBe('About 210 people.');
  });
  it('reads pounds of something as a weight, and a currency\'s prefix as no place ("EC$2.60 a pound", "14,000 pounds of green nutmegs")', async () => {
    const nutmeg = await engineOf(await loadArticle('tests/fixtures/heldout141/articles/grenada-nutmeg-growers-cooperative-price-dispute.txt'));
    // Was "Just 14,000 pounds.", a weight read as a sum.
    expect((await nutmeg.ask('how much does the coperative now pay for a pound of green nutmegs')).answerLine).toBe('EC$2.60 a pound.');
    // Was "Hundreds.", the farmers.
    expect((await nutmeg.ask('how many pounds of nutmegs did the stations take in last week?')).answerLine).toBe('Just 14,000 pounds.');
    // Was "To EC.", from "to EC$2.60 a pound".
    expect((await nutmeg.ask('Where will the talks between the farmers and the cooperative take place?')).answerLine).not.toMatch(/\bEC\b/u);
  });
  it('reads an everyday abbreviation the article spells out ("the UV unit" for its "ultraviolet treatment unit")', async () => {
    const kiosks = await engineOf(await loadArticle('tests/fixtures/heldout141/articles/haiti-cap-haitien-solar-water-kiosks.txt'));
    // Was "The article doesn't mention UV."
    expect((await kiosks.ask('How many litres an hour can the UV unit clean?')).answerLine).toBe('Up to 2,000 litres an hour.');
  });
  it('does not count people with a bare figure that follows one of another kind ("which once ran 18 hours a day, now work for about nine")', async () => {
    const bakery = await engineOf(await loadArticle('tests/fixtures/heldout142/articles/libya-misrata-bakery-flour-prices-bread-queues.txt'));
    // Was "About nine.", hours read as employees.
    expect((await bakery.ask('How many employees work at the Al-Nour bakery?')).inScope).toBe(false);
  });
  it('answers a lede\'s plan for the business the next paragraph names ("How many workers does Rheintal Dentaltechnik plan to hire?")', async () => {
    const hiring = await engineOf(await loadArticle('tests/fixtures/heldout142/articles/liechtenstein-dental-drill-maker-cross-border-hiring.txt'));
    // Was "310 people.", whom it employs now.
    expect((await hiring.ask('How many workers does Rheintal Dentaltechnik plan to hire?')).answerLine).toBe('80 production workers.');
  });
  it('answers what was done with the part, not the planned whole ("Only about 11,000 of the planned 42,000 tonnes had been loaded")', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout144/articles/nauru-aiwo-phosphate-cantilever-breakdown-delays-exports.txt'));
    // Was "42,000 tonnes.". (Since the sixty-first session the whole, "of the planned 42,000", is read as the part's whole,
    // as "230,000 of the country's 330,000 state teachers" was before.)
    expect((await port.ask('How many tonnes had been loaded onto the ship before the shaft snapped?')).answerLine).toBe('About 11,000 of the planned 42,000 tonnes.');
  });
  it('answers where a business is run from with what it is run "out of" ("out of Malakal harbour")', async () => {
    const permits = await engineOf(await loadArticle('tests/fixtures/heldout144/articles/palau-koror-rock-islands-permit-fee-lawsuit.txt'));
    // Was "From Taichung.", where her customers come from.
    expect((await permits.ask('Where does Kathy Tellames run her snorkelling business from?')).answerLine).toBe('Out of Malakal harbour.');
  });
  it('still gives no lump sum for a price per pound once the statement it is in has a speaker ("an advance of $1.5 million"), and reads a share "in dollars" as a share', async () => {
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout129/articles/nicaragua-jinotega-coffee-harvest-picker-shortage.txt'));
    expect((await coffee.ask('What price per pound are exporters paying for Jinotega coffee this season?')).inScope).toBe(false);
    // (A share of what is in dollars is still a share.)
    const sol = await engineOf(await loadArticle('tests/fixtures/heldout36/articles/peru-central-bank-sol-intervention.txt'));
    expect((await sol.ask("What share of loans in Peru's banks are in dollars?")).answerLine).toBe('About 28%.');
  });
  it('answers a monthly rate lenders charge with interest, not only a sum ("charging us 10 percent a month")', async () => {
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout143/articles/mali-koutiala-cotton-gin-late-payments.txt'));
    // Was "The article doesn't give that number.": a monthly rate was read as pay.
    expect((await cotton.ask('What monthly rate are the lenders charging the womens group?')).answerLine).toBe('10 percent a month.');
  });
  it("finds a speaker by what the article calls the body their role names (\"the resort director\" for the director of Vlašić Ski Centre, \"the company that operates the resort\"), and reads what they told reporters on a day as about that day", async () => {
    const lift = await engineOf(await loadArticle('tests/fixtures/heldout106/articles/bosnia-vlasic-chairlift-breakdown-inquiry.txt'));
    const a = await lift.ask('What did the resort director tell reporters on Sunday?');
    // Was "The article mentions the resort director but doesn't quote them."
    expect(a.speaker).toBe('Edin Hadžić');
    // (Not "... on reporters on Sunday:".)
    expect(a.answerLine).toBe('Edin Hadžić (director of Vlašić Ski Centre) on Sunday:');
    expect(a.citations[0]?.paragraph).toBe(8);
  });
  it('answers "Which organisation said ...?" with a body, never a person whose words come close', async () => {
    const hiring = await engineOf(await loadArticle('tests/fixtures/heldout142/articles/liechtenstein-dental-drill-maker-cross-border-hiring.txt'));
    // Was "Not in those words, but the closest is what Manuela Frick, head of Eschen’s municipal council, said:".
    expect((await hiring.ask("Which organisation said it didn't have enough drivers?")).speaker).toBe('Liemobil');
    const glacier = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/switzerland-uri-glacier-evacuation.txt'));
    // Was "I couldn't find who said that".
    expect((await glacier.ask("Which agency says readings of the ice's movement are being passed to local officials live?")).speaker).toBe('Federal Office for the Environment');
  });
  it('reads "every Monday" as once a week, and gives no yearly total for what one session costs', async () => {
    const dialysis = await engineOf(await loadArticle('tests/fixtures/heldout143/articles/marshall-islands-majuro-dialysis-waiting-list.txt'));
    // Was "The article doesn't give that number.": "each week" was asked, "every Monday" not read as weekly.
    expect((await dialysis.ask('so how far does the teacher drive her mom to get to the hospital each week?')).answerLine).toBe('About 48 kilometres.');
    // Was "$2.6 million.", a year's spending on referrals.
    expect((await dialysis.ask('How much does a single dialysis session cost the hospital?')).inScope).toBe(false);
  });
  it('answers what is expected with the expected figure, not the one before it ("had harvested 61 tonnes in 2023 but expected no more than 40 to 45 tonnes this season")', async () => {
    const cocoa = await engineOf(await loadArticle('tests/fixtures/heldout147/articles/sao-tome-and-principe-cocoa-drying-sheds-fungus.txt'));
    // Was "61 tonnes.", last year's harvest.
    expect((await cocoa.ask('how much cocoa does the estate expect to harvest this season')).answerLine).toBe('No more than 40 to 45 tonnes.');
    // (What was harvested is still the harvest before.)
    expect((await cocoa.ask('how much cocoa did the estate harvest in 2023')).answerLine).toBe('61 tonnes.');
  });
  it('answers "By what date were farms ordered to ...?" with the deadline, not the day the order was given', async () => {
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout146/articles/turkmenistan-mary-cotton-pickers-unpaid-wages.txt'));
    // Was "On Wednesday.", the day of the meeting.
    expect((await cotton.ask('By what date were farms in Sakarchage ordered to clear their wage arrears?')).answerLine).toBe('By October 15.');
  });
  it('finds the body that "put" a figure "at" a sum, and the one that "thinks" something, as the body that said it', async () => {
    const carpets = await engineOf(await loadArticle('tests/fixtures/heldout148/articles/iran-tabriz-carpet-cooperative-wool-prices.txt'));
    // Was "The article doesn't say which body.".
    expect((await carpets.ask("Which body put Iran's handmade carpet exports at $57 million last year?")).speaker).toBe('National Carpet Center');
    const fish = await engineOf(await loadArticle('tests/fixtures/heldout146/articles/yemen-mukalla-fishing-port-cold-storage-reopens.txt'));
    // Was "The article doesn't say.".
    expect((await fish.ask('Which organisation thinks the storage charges are too steep for small boat owners?')).speaker).toBe("Hadramout Fishermen's Cooperative");
    // (What the man who runs the plant said: "Faisal Baras, who has managed the plant since 2012"; was "The article doesn't quote the man who runs the plant.")
    expect((await fish.ask('what did the man who runs the plant say')).speaker).toBe('Faisal Baras');
  });
  it('dates a deed still to come that the question names otherwise, and reads an opening as the start asked', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout148/articles/israel-hadera-desalination-shutdown-or-akiva-rationing.txt'));
    // Was "Between June 9 and June 19.", the repairs: "full output ... would be restored by June 20".
    expect((await water.ask('When is the plant expected to be back at full output?')).answerLine).toBe('By June 20.');
    // Was "The article doesn't say when.": "The plant, which opened in 2009".
    expect((await water.ask('what year did the Hadera facility start producing water')).answerLine).toBe('In 2009.');
  });
  it('reads a sum after a currency written in letters ("Rs. 34 million"), a month with its year after it ("in March next year"), and no count in "a mother of four"', async () => {
    const homes = await engineOf(await loadArticle('tests/fixtures/heldout145/articles/sri-lanka-glenmore-estate-housing-project-delayed.txt'));
    // Was "The article doesn't give that number.".
    expect((await homes.ask('How much money is the contractor still owed?')).answerLine).toBe('Rs. 34 million.');
    // ("from Rs. 1.9 million to Rs. 2.6 million": a change, not a range.)
    expect((await homes.ask('How much does each house cost now?')).answerLine).toBe('Rs. 2.6 million.');
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout146/articles/tuvalu-funafuti-seawall-land-reclamation-opens.txt'));
    // Was "In March.".
    expect((await seawall.ask('When is work on the second phase supposed to start?')).answerLine).toBe('In March next year.');
    const water = await engineOf(await loadArticle('tests/fixtures/heldout145/articles/sudan-atbara-burst-water-main-repair.txt'));
    // Was "Four.", from "a 39-year-old mother of four who sells tea".
    expect((await water.ask('How many donkey-cart water vendors are working in Atbara?')).inScope).toBe(false);
  });
  it('gives no interest rate from a share whose clause says nothing of interest or lending ("with the government contributing 15 percent")', async () => {
    const rice = await engineOf(await loadArticle('tests/fixtures/heldout145/articles/sierra-leone-kambia-rice-mill-reopens-prices.txt'));
    // Was "15 percent.".
    expect((await rice.ask('What interest rate is the Agro-Finance Trust charging on its loan for the mill?')).inScope).toBe(false);
    // (A rate lenders charge is still one: "charging us 10 percent a month".)
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout143/articles/mali-koutiala-cotton-gin-late-payments.txt'));
    expect((await cotton.ask('What interest rate are the lenders charging the womens group?')).answerLine).toBe('10 percent a month.');
  });
  it('gives both ends of a span "from October 1 to December 15" when both are asked, one when one is, both dates the article hedges between, and passes over what is "normally" so', async () => {
    const saiga = await engineOf(await loadArticle('tests/fixtures/heldout13/articles/kazakhstan-saiga-cull.txt'));
    // Was "From October 1.".
    expect((await saiga.ask('When does the hunting season start and end?')).answerLine).toBe('From October 1 to December 15.');
    expect((await saiga.ask('When does the hunting season end?')).answerLine).toBe('December 15.');
    const chambo = await engineOf(await loadArticle('tests/fixtures/heldout18/articles/malawi-lake-chambo-fishing-ban.txt'));
    // Was "Dec. 31.": "which normally runs from Nov. 1 to Dec. 31, would this year last until Feb. 28".
    expect((await chambo.ask('When does the extended closed season end?')).answerLine).toBe('Until Feb. 28.');
    expect((await chambo.ask('When does the closed season normally end?')).answerLine).toBe('Dec. 31.');
    // ("late Tuesday or early Wednesday": both, as the article hedges; was "Late Tuesday.".)
    const typhoon = await engineOf(await loadArticle('tests/fixtures/heldout22/articles/philippines-typhoon-school-closures.txt'));
    expect((await typhoon.ask('When is Tamaraw expected to make landfall?')).answerLine).toBe('Late Tuesday or early Wednesday.');
  });
  it('gives a population told as "a village of about 2,300 people", a first estimate that "stood at" a sum, a level in micrograms, and "to what price" a cut took it', async () => {
    const sturgeon = await engineOf(await loadArticle('tests/fixtures/heldout150/articles/azerbaijan-neftchala-sturgeon-poaching-court-case.txt'));
    // Was "The article doesn't give that number.".
    expect((await sturgeon.ask('What is the population of Banka?')).answerLine).toBe('About 2,300 people.');
    const gin = await engineOf(await loadArticle('tests/fixtures/heldout151/articles/benin-kandi-cotton-ginning-factory-fire.txt'));
    // Was "The article doesn't give that number.": "stood at" is no level a change reached.
    expect((await gin.ask('How much did the company initially estimate its losses at?')).answerLine).toBe('3.1 billion CFA francs.');
    const smog = await engineOf(await loadArticle('tests/fixtures/heldout151/articles/bosnia-herzegovina-kakanj-coal-smog-alert.txt'));
    // Was "The article doesn't give that number.".
    expect((await smog.ask('How high did PM2.5 levels climb on Monday night?')).answerLine).toBe('187 micrograms.');
    // ("To what price ...": the level a cut reached; was "2,000 francs.", the price before it.)
    const coffee = await engineOf(parseArticle('Source: Test Wire\n\nCoffee growers protest\n\nThe washing station had paid 2,000 francs a kilogram in March but in late April cut the price to 1,700 francs.\n'));
    expect((await coffee.ask('To what price did the station cut its payment?')).answerLine).toBe('1,700 francs.');
  });
  it('reads "CEO" and "HR" as the titles an article spells out', async () => {
    const firm = await engineOf(parseArticle('Source: Test Wire\n\nFirm cuts jobs\n\nThe company will cut 200 jobs, its chief executive, Jane Roe, said on Monday.\n\n"We have no choice," said Roe. The company\'s human resources director, Tom Bell, said staff would be told this week.\n'));
    // Were "The article doesn't mention CEO." and "... HR.".
    const ceo = await firm.ask('Who is the CEO?');
    expect([ceo.speaker, ceo.answerLine]).toEqual(['Jane Roe', 'Jane Roe: its chief executive.']);
    expect((await firm.ask('who is the HR director')).speaker).toBe('Tom Bell');
    // Was "The article doesn't quote the HR director.".
    expect((await firm.ask('What did the HR director say?')).speaker).toBe('Tom Bell');
    // (A title the article does not hold stays unknown.)
    expect((await firm.ask('Who is the CFO?')).inScope).toBe(false);
  });
  it('answers "over what period" with the span the sentence gives, however far from the question\'s words', async () => {
    const court = await engineOf(await loadArticle('tests/fixtures/heldout7/articles/freshway-discount-penalty.txt'));
    // Was "On Wednesday.", the day of the ruling.
    expect((await court.ask('over what period did the fake discounts happen')).answerLine).toBe('Between February 2022 and June 2023.');
    expect((await court.ask('When did the judge rule?')).answerLine).toBe('On Wednesday.');
  });
  it('counts traders for "how many vendors", and stallholders for "how many hawkers"', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout120/articles/equatorial-guinea-bata-fishing-port-delay.txt'));
    // Was "The article doesn't give that number.".
    expect((await port.ask('How many vendors will the roofed market hold?')).answerLine).toBe('About 400 traders.');
    const hawkers = await engineOf(await loadArticle('tests/fixtures/heldout145/articles/singapore-kallang-bahru-hawker-centre-rents.txt'));
    expect((await hawkers.ask('Roughly how many hawkers have written in to contest the new rents?')).answerLine).toBe('About 15 stallholders.');
  });
  it('finds who said a phrase quoted back ("a graveyard of machines") over a sentence that holds the same words apart', async () => {
    const mill = await engineOf(await loadArticle('tests/fixtures/heldout153/articles/chad-kelo-cotton-ginning-mill-reopens.txt'));
    // Was Ngarlem Beral, "a 52-year-old mechanic who worked at the mill", whose "I know every machine here" held "old",
    // "mill" and "machine" apart.
    expect((await mill.ask('Who described the old mill as a graveyard of machines?')).speaker).toBe('Idriss Mahamat Abakar');
  });
  it('lets a number that labels a name ("route 9") go unsaid in the answer when it says "the route"', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout153/articles/china-hunan-rail-station-bus-link-cut.txt'));
    // Was "The article doesn't give that number.": ¶4 says "which ran the route", ¶3 names "Route 9".
    expect((await bus.ask('what was the yearly county subsidy for route 9')).answerLine).toBe('1.8 million yuan.');
    // (A label the answer does not bring back stays required: no figure for "Year 12" from a paragraph about neither.)
    const fiji = await engineOf(await loadArticle('tests/fixtures/heldout36/articles/fiji-coups-history-syllabus-row.txt'));
    expect((await fiji.ask('How many students take history in Year 12 in Fiji?')).inScope).toBe(false);
  });
  it('reads any currency sign as money ("₡312 million"), not only the few it knew', async () => {
    const fine = await engineOf(parseArticle('Source: Test Wire\n\nPacker fined\n\nA court on Monday upheld a ₡312 million fine against a pineapple packer. A second company was ordered to pay ₦4 billion.\n'));
    // Was "The article doesn't give that number.": only $, £, €, ¥, ₹, ₩, ₺ and ₦ were currency signs.
    expect((await fine.ask('How big is the fine?')).answerLine).toBe('₡312 million fine.');
  });
  it('answers where someone did something with the place of the deed, not of the role set off after their name', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout153/articles/china-hunan-rail-station-bus-link-cut.txt'));
    // Was "In Huangqiao.", where she "taught ... for 31 years".
    expect((await bus.ask('Where did Yang Shufen miss a hospital appointment?')).answerLine).toBe('In Shaoyang.');
  });
  it('answers "where exactly is X" with where the sentence puts X, named with no place preposition ("of the Doraleh plant, on the coast ...")', async () => {
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout154/articles/djibouti-doraleh-desalination-plant-expansion-delayed.txt'));
    // Was "The article doesn't say where.".
    expect((await plant.ask('Where exactly is the Doraleh plant?')).answerLine).toBe('On the coast about 10 kilometres west of the city centre.');
  });
  it('takes "the workshop" for the one the paragraph before brought in ("a corrugated-iron workshop off Godaif Road")', async () => {
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout156/articles/eritrea-asmara-workshop-restores-old-city-buses.txt'));
    // Was "The article doesn't give that number.": ¶2 never names Godaif Road.
    expect((await buses.ask('How many buses has the Godaif Road workshop put back into service?')).answerLine).toBe('22 buses.');
  });
  it('answers "how much will X go up to" with where the change ends, not a range or a figure of no change', async () => {
    const rent = await engineOf(await loadArticle('tests/fixtures/heldout156/articles/gabon-lastoursville-timber-mill-housing-rent-dispute.txt'));
    // Was "More than a fifth." (¶3), and then ¶9's "60,000 to 80,000 CFA francs a month" for comparable houses.
    expect((await rent.ask('How much will the monthly rent go up to?')).answerLine).toBe('45,000 CFA francs.');
  });
  it('leaves when out of what a figure counts ("2,000 farmers next season"), unless a period is asked', async () => {
    const gin = await engineOf(parseArticle('Source: Test Wire\n\nCotton gin reopens\n\nThe company would pre-finance fertiliser for 2,000 farmers next season, its director said.\n'));
    // Was "2,000 farmers next season.".
    expect((await gin.ask('How many farmers will get fertiliser?')).answerLine).toBe('2,000 farmers.');
  });
  it('finds "the Year 4 teacher" in "who has taught Year 4 at the school", not the head teacher', async () => {
    const school = await engineOf(await loadArticle('tests/fixtures/heldout156/articles/fiji-suva-school-cyclone-roof-classes-in-tents.txt'));
    // Was Head Teacher Mereani Vunisea: Litia Cama had no role, and "taught" was not "teacher".
    expect((await school.ask('what did the Year 4 teacher say about teaching outside')).speaker).toBe('Litia Cama');
    expect((await school.ask('what did the head teacher say')).speaker).toBe('Mereani Vunisea');
  });
  it('reads "mums and dads" as parents and "cash" as money', async () => {
    const school = await engineOf(await loadArticle('tests/fixtures/heldout156/articles/fiji-suva-school-cyclone-roof-classes-in-tents.txt'));
    // Was "The article doesn't say.": ¶15 says "the school's parents' committee had raised FJ$9,400".
    expect((await school.ask('how much cash did the mums and dads pull together for fans and a generator')).answerLine).toBe('FJ$9,400.');
  });
  it('reads "depend on" and "rely on" a place as what it serves', async () => {
    const hospital = await engineOf(await loadArticle('tests/fixtures/heldout155/articles/dominican-republic-santiago-hospital-nurses-overtime-dispute.txt'));
    // Was "The article doesn't give that number.": ¶2 says "The hospital serves about 1.2 million people".
    expect((await hospital.ask('How many people depend on the hospital for care?')).answerLine).toBe('About 1.2 million people.');
  });
  it('takes "The spa" for the story\'s subject, which the lede brings in as "A family-run hot-spring spa" and the next paragraph names', async () => {
    const spa = await engineOf(await loadArticle('tests/fixtures/heldout155/articles/dominica-wotten-waven-hot-spring-spa-reopens.txt'));
    // Was "The article doesn't say when.": ¶4 never names Papillon Sulphur Springs.
    expect((await spa.ask('When did Papillon Sulphur Springs close?')).answerLine).toBe('On September 14, 2022.');
  });
  it('never answers a when-question with a date the question itself gives ("the quota for 2025")', async () => {
    const quota = await engineOf(parseArticle('Source: Test Wire\n\nHalibut quota cut\n\nThe quota for 2025, published by the Ministry of Fisheries on 3 December, was set at 7,800 tonnes, down from 9,500 tonnes this year.\n'));
    // Was "2025.".
    expect((await quota.ask('When did the ministry publish the quota for 2025?')).answerLine).toBe('On 3 December.');
  });
  it('reads past a courtesy title ("Mrs Pybus") and "called X home" as lived in X', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout160/articles/england-north-yorkshire-village-bus-route-cut.txt'));
    // Was "The article doesn't mention Mrs Pybus.": the article calls her Margaret Pybus and Pybus.
    expect((await bus.ask('How long has Mrs Pybus called Kirkby Malzeard home?')).answerLine).toBe('52 years.');
    expect((await bus.ask('How long has Mrs Pybus lived in Kirkby Malzeard?')).answerLine).toBe('52 years.');
    // (A title before a name the article never gives still finds no one.)
    expect((await bus.ask('What did Mrs Smith say?')).answerLine).toMatch(/^The article doesn't mention (?:Mrs )?Smith\./u);
  });
  it('answers where someone lives with where the article says they are from, and never reads "in" inside a name ("Heðin")', async () => {
    const farm = await engineOf(parseArticle("Source: Test Wire\n\nTunnel toll rises\n\nHeðin Poulsen, a 63-year-old sheep farmer from Húsavík on the island's east coast, said he had cut his trips to Tórshavn, where he sells lamb to two restaurants.\n"));
    // Were "To Tórshavn." and "In Poulsen." (the "in" at the end of "Heðin").
    expect((await farm.ask('Where does Heðin Poulsen live?')).answerLine).toBe('In Húsavík.');
    expect((await farm.ask('where does the sheep farmer live')).answerLine).toBe('In Húsavík.');
    // (Where he is from is still asked as such.)
    expect((await farm.ask('Where is Heðin Poulsen from?')).answerLine).toBe('From Húsavík.');
  });
  it('gives a measure asked without a unit, not a count of things in general ("two units") in the same sentence', async () => {
    const grid = await engineOf(parseArticle('Source: Test Wire\n\nPower cuts\n\nDemand on the national grid peaked at 17,680 megawatts on Monday evening, against available capacity of roughly 17,100 megawatts after two units at the Az-Zour South power station were taken offline.\n'));
    // Was "Two units.".
    expect((await grid.ask('what was peak demand on the national grid on monday evening')).answerLine).toBe('17,680 megawatts.');
  });
  it('answers when something began with the clock time the sentence gives it, not a year of earlier events', async () => {
    const lava = await engineOf(await loadArticle('tests/fixtures/heldout159/articles/iceland-vogar-eruption-forces-town-evacuation.txt'));
    // Was "Since 2021." (¶13, "the eighth eruption on the peninsula since 2021"): ¶2 gives no date, only "at 4:17 a.m.".
    expect((await lava.ask('When did the eruption begin?')).answerLine).toBe('At 4:17 a.m.');
    // (A time something lasted from is no time it began: "from about 6 a.m." dates no toll.)
    const toll = await engineOf(await loadArticle('tests/fixtures/heldout48/articles/nigeria-lagos-badagry-toll-protest.txt'));
    expect((await toll.ask('when did the toll start')).answerLine).toBe('On Nov. 1.');
  });
  it('reads "clear out" as evacuated, and a year the question gives as a date of what it counts when the figure has no rate', async () => {
    const lava = await engineOf(await loadArticle('tests/fixtures/heldout159/articles/iceland-vogar-eruption-forces-town-evacuation.txt'));
    // Was "The article doesn't give that number.": "back in 2023" asked a year's total, which "whose 3,700 residents were
    // moved out in November 2023" did not seem to give.
    expect((await lava.ask('Roughly how many folks had to clear out of Grindavík back in 2023?')).answerLine).toBe('3,700 residents.');
  });
  it('answers when something was stopped with the start of the stop ("had cancelled all non-emergency surgery since June 2")', async () => {
    const hospital = await engineOf(parseArticle('Source: Test Wire\n\nHospital runs out of diesel\n\nBaptiste said the hospital had cancelled all non-emergency surgery since June 2 and had moved its three dialysis patients to a clinic in Marigot.\n'));
    // Was "The article doesn't say when.": a "since" date was only ever a start, and a stop asks an end.
    expect((await hospital.ask('when did the hospital stop non-emergency surgery')).answerLine).toBe('Since June 2.');
    // (What is still to come is not answered by it.)
    expect((await hospital.ask('when will the hospital stop surgery')).inScope).toBe(false);
  });
  it('reads "earning a living" as working', async () => {
    const heat = await engineOf(parseArticle('Source: Test Wire\n\nHeat record\n\n"By ten the steel is too hot to touch," said Rajesh Kumar, a 44-year-old scaffolder from Kerala who has worked in Kuwait for 19 years.\n'));
    // Was "The article doesn't say.".
    expect((await heat.ask('How long has Rajesh Kumar been earning his living in Kuwait?')).answerLine).toBe('19 years.');
  });
  it('answers "which person said" with a person and "which body said" with an organisation, and reads "asked its opinion" as consulted', async () => {
    const school = await engineOf(await loadArticle('tests/fixtures/heldout158/articles/guyana-linden-oil-fund-school-stalled.txt'));
    // Was the advocacy group Citizens' Budget Watch (¶14), whose sentence shares more words.
    const person = await school.ask('Which person argued that spending from the fund ought to be linked to publicly released schedules for each project?');
    expect(person.speaker).toBe('Alicia Ramdin');
    const tunnel = await engineOf(await loadArticle('tests/fixtures/heldout158/articles/faroe-islands-sandoy-tunnel-toll-rise.txt'));
    // Was "I couldn't find who said that, at least not in those words.": ¶11 says "it had not been consulted".
    const body = await tunnel.ask('Which body complained that nobody asked its opinion before the fares were raised?');
    expect(body.speaker).toBe('Sandoy Municipal Council');
  });
  it('answers who said something with the statement a little below a sentence that only shares its words', async () => {
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout116/articles/kosovo-obiliq-lignite-plant-strike-blackouts.txt'));
    // Was "The article does not attribute this to anyone." (the lede, which holds no statement, ranked first).
    expect((await plant.ask('Who said Kosovo will buy electricity from neighbouring countries to make the outages shorter?')).speaker).toBe('Arjeta Gashi');
  });
  it('counts someone\'s own children only by a figure the sentence makes theirs', async () => {
    const village = await engineOf(await loadArticle('tests/fixtures/heldout159/articles/kiribati-abaiang-village-flooded-seawall-funding.txt'));
    // Was "Two children." from "Ioane said no one was killed but that two children were treated for cuts".
    expect((await village.ask('How many children does Taake Ioane have?')).inScope).toBe(false);
    const family = await engineOf(parseArticle('Source: Test Wire\n\nFlood\n\nIoane, who has four children, said the water rose within minutes.\n'));
    expect((await family.ask('How many children does Ioane have?')).answerLine).toBe('Four children.');
    // (Children counted for what befell them are still counted: "How many children have been admitted to hospital?")
    const ward = await engineOf(parseArticle('Source: Test Wire\n\nMeasles\n\nThree children have been admitted to hospital, health officials said on Monday.\n'));
    expect((await ward.ask('How many children have been admitted to hospital?')).answerLine).toBe('Three children.');
  });
  it('reads "the nation\'s" as the story\'s country, "foreign sales" as exports and "make up" as account for', async () => {
    const cashew = await engineOf(await loadArticle('tests/fixtures/heldout160/articles/guinea-bissau-cashew-farmgate-price-dispute.txt'));
    // Was "The article doesn't give that number.": "nation" found only the National Union of Cashew Producers.
    expect((await cashew.ask("what share of the nation's foreign sales do cashews make up")).answerLine).toBe('About 90 percent.');
  });
  it('reads a bare level a change reaches in the unit it changed from ("from about 45,000 cubic metres a day to 28,000")', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout153/articles/central-african-republic-bangui-water-rationing.txt'));
    // Was "The article doesn't give that number." (the 45,000, a level it fell from, answers no "now").
    expect((await water.ask("How much water does SODECA's main plant produce per day now?")).answerLine).toBe('28,000.');
  });
  it('counts who lives in a place by the bare figure it is home to, not the city a plant was designed for', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout153/articles/central-african-republic-bangui-water-rationing.txt'));
    // Was "About 400,000 people." ("was designed for a city of about 400,000 people").
    expect((await water.ask('roughly how many folks live in the capital and its outskirts these days')).answerLine).toBe('1.4 million.');
  });
  it('drops a courtesy title before a name, in any case, but keeps a unit written like one ("ms")', () => {
    expect(analyzeQuestion('what did mrs pybus say').terms.map((t) => t.norm)).toEqual(['pybus']);
    expect(analyzeQuestion('What did Ms. Pybus say?').terms.map((t) => t.norm)).toEqual(['pybus']);
    // (The first courtesy-title rule, of session 40, read "how many ms of delay" as "how many of delay".)
    expect(analyzeQuestion('how many ms of delay did the new cable cut').terms.map((t) => t.norm)).toContain('ms');
  });
  it('reads a question past its opener ("So what was ...") and past a slip in its question word ("Waht", "hwo")', async () => {
    const ice = await engineOf(await loadArticle('tests/fixtures/heldout164/articles/mauritania-nouadhibou-ice-plant-fish-prices.txt'));
    // Was "120 tonnes.": the opener hid "what was the cost" from every rule that reads the question from its start,
    // and "putting up the plant" was not "was built".
    expect((await ice.ask('So what was the price tag for putting up the plant?')).answerLine).toBe('480 million ouguiya.');
    const pension = await engineOf(await loadArticle('tests/fixtures/heldout162/articles/luxembourg-cross-border-commuter-pension-court-ruling.txt'));
    // Was "The article doesn't mention Waht.".
    expect((await pension.ask('Waht has the retiree shelled out on lawyers so far?')).answerLine).toBe('About 6,500 euros.');
    expect(analyzeQuestion('hwo many people died').kind).toBe('how-many');
    expect(analyzeQuestion('so hwo said that').kind).toBe('who-said');
    expect(analyzeQuestion('Wehre is the plant?').kind).toBe('where');
    // (An opener goes, a word that only looks like one stays: "Well water" is what is asked about.)
    expect(analyzeQuestion('so what did Macron say').text).toBe('what did Macron say');
    expect(analyzeQuestion('Well water: how deep is it?').text).toBe('Well water: how deep is it?');
    // ("put up prices" is raising them, not building.)
    expect(analyzeQuestion('Why did the bakery put up the price of bread?').terms.map((t) => t.norm)).not.toContain('build');
  });
  it('answers "how fast ... each year" with the rate, not with how long something took', async () => {
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout164/articles/marshall-islands-majuro-seawall-king-tide-repair.txt'));
    // Was "7 millimetres.", read as a span of time.
    expect((await seawall.ask('How fast has the ocean been creeping up around Majuro each year?')).answerLine).toBe('Roughly 7 millimetres a year.');
    expect(analyzeQuestion('How fast were the pumps shut down?').kind).toBe('when');
  });
  it('reads a place name joined by a lower-case Arabic article ("Bab al-Tabbaneh"), and never answers "which village" with "the village"', async () => {
    const bread = await engineOf(await loadArticle('tests/fixtures/heldout161/articles/lebanon-tripoli-bakery-cooperative-flour-price.txt'));
    // Was "In the Bab.".
    expect((await bread.ask('In which district did queues form before dawn?')).answerLine).toBe('In the Bab al-Tabbaneh district.');
    const mill = await engineOf(await loadArticle('tests/fixtures/heldout163/articles/malaysia-kinabatangan-palm-oil-mill-pollution-fine.txt'));
    // Was "In the village.".
    expect((await mill.ask('Which village is the fisherman from?')).answerLine).toBe('From Kampung Bilit.');
  });
  it('answers how long someone has been somewhere with "since it opened in 2011", and "how long is Sabah\'s river" with its length', async () => {
    const mill = await engineOf(await loadArticle('tests/fixtures/heldout163/articles/malawi-kasungu-maize-mill-fire-school-meals.txt'));
    // Was "The article doesn't say how long.".
    expect((await mill.ask('so how long has chikondi banda been with the mill')).answerLine).toBe('Since it opened in 2011.');
    const river = await engineOf(await loadArticle('tests/fixtures/heldout163/articles/malaysia-kinabatangan-palm-oil-mill-pollution-fine.txt'));
    // Was "Three to five years.".
    expect((await river.ask("How long is Sabah's biggest river?")).answerLine).toBe('560 kilometres.');
  });
  it('counts homes by households and households by families, but no homes by "a family of five"', async () => {
    const bread = await engineOf(await loadArticle('tests/fixtures/heldout161/articles/lebanon-tripoli-bakery-cooperative-flour-price.txt'));
    // Was "The article doesn't give that number.".
    expect((await bread.ask('so how many homes get their bread from the co-op')).answerLine).toBe('Around 40,000 households.');
    const grant = await engineOf(await loadArticle('tests/fixtures/heldout117/articles/marshall-islands-majuro-seawall-climate-grant.txt'));
    expect((await grant.ask('how many households could lose their boat landing spots because of the works')).answerLine).toBe('About 60 families.');
    const flood = await engineOf(parseArticle('Source: Test Wire\n\nFlood payments\n\nThe minister said hardship payments of $180 a person, up to $900 for a family of five or more, would be available from Friday.\n'));
    expect((await flood.ask('how many homes were flooded in the town')).inScope).toBe(false);
  });
  it('answers what something costs now with the level told as now\'s ("was 6,000 rufiyaa a month last year is now 8,400"), and a past year\'s with that year\'s', async () => {
    const rent = await engineOf(await loadArticle('tests/fixtures/heldout163/articles/maldives-baa-atoll-resort-staff-housing-dispute.txt'));
    // Was "6,000 rufiyaa a month.".
    expect((await rent.ask('How much does a two-room house on the island rent for now?')).answerLine).toBe('8,400.');
    const milk = await engineOf(parseArticle('Source: Test Wire\n\nMilk price\n\nGrünbacher said a litre of fresh whole milk now costs about 1.59 euros in Austrian supermarkets, up from 1.09 euros in early 2021.\n'));
    // Was "About 1.59 euros.".
    expect((await milk.ask('How much did a litre of milk cost in 2021?')).answerLine).toBe('1.09 euros.');
    expect((await milk.ask('How much does a litre of milk cost now?')).answerLine).toBe('About 1.59 euros.');
    // (A year that dates the whole sentence favours none of its figures.)
    const loss = await engineOf(parseArticle('Source: Test Wire\n\nSupplier insolvent\n\nHessler, founded in 1958 as a small machine shop, had revenue of 310 million euros ($335 million) in 2023 and made a loss of 27 million euros.\n'));
    expect((await loss.ask("How big was Hessler's loss in 2023?")).answerLine).toBe('27 million euros.');
  });
  it('answers how many there are after a change with the level it reached, not what was cut ("cutting 11 routes")', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout164/articles/malta-bus-route-overhaul-commuter-complaints.txt'));
    // Was "11 routes.".
    expect((await bus.ask('How many bus routes are there after the overhaul?')).answerLine).toBe('71.');
    // (What was cut is still what "how many were cut" asks.)
    expect((await bus.ask('How many routes were cut?')).answerLine).toBe('11 routes.');
  });
  it('answers how big a group is by its members ("a volunteer group with about 1,400 members")', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout164/articles/malta-bus-route-overhaul-commuter-complaints.txt'));
    // Was "The article doesn't give that number.".
    expect((await bus.ask("so how big is that commuters' group, roughly?")).answerLine).toBe('About 1,400 members.');
  });
  it('answers when something happened with its own date, not one something else is "expected in"', async () => {
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout164/articles/marshall-islands-majuro-seawall-king-tide-repair.txt'));
    // Was "In late October.", when the next king tides are expected.
    expect((await seawall.ask('When did the king tides peak?')).answerLine).toBe('28 February.');
  });
  it('requires only the surname of a person the article names in full, and no decade as a figure ("mid-2000s")', async () => {
    const pension = await engineOf(await loadArticle('tests/fixtures/heldout162/articles/luxembourg-cross-border-commuter-pension-court-ruling.txt'));
    // Was "Outside the courthouse in Luxembourg City.": ¶3 says "Lemaire, 64, who lives in Thionville", not "Patrick".
    expect((await pension.ask('Where does Patrick Lemaire live?')).answerLine).toBe('In Thionville.');
    const kilns = await engineOf(await loadArticle('tests/fixtures/heldout161/articles/latvia-livani-sawmill-shift-cuts-after-storm.txt'));
    // Was "The article doesn't say.": no paragraph has "2000".
    expect((await kilns.ask("Who claimed that most mills haven't upgraded their kilns since the mid-2000s boom?")).speaker).toBe('Jānis Ozols');
  });
  it('refuses "what brand of" of an article that names no brand', async () => {
    const clinic = await engineOf(await loadArticle('tests/fixtures/heldout161/articles/lesotho-mokhotlong-clinic-solar-vaccine-fridge-failure.txt'));
    // Was the closest passage, hedged.
    expect((await clinic.ask('What brand of solar fridge does the Ha Molapo clinic use?')).inScope).toBe(false);
  });
  it('answers where a complaint was filed with the body it was filed with, and where that is', async () => {
    const resort = await engineOf(await loadArticle('tests/fixtures/heldout163/articles/maldives-baa-atoll-resort-staff-housing-dispute.txt'));
    // Was "In Male.".
    expect((await resort.ask('Where did the union file its complaint?')).answerLine).toBe('With the Labour Relations Authority in Male.');
  });
  it('reads a name one slip away from one the article writes as that name ("Pacfic"), but keeps a name it does not write', async () => {
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout146/articles/tuvalu-funafuti-seawall-land-reclamation-opens.txt'));
    // Was "The article doesn't mention Pacfic.".
    expect((await seawall.ask('how long has the Auckland academic been studying Pacfic atolls')).answerLine).toBe('27 years.');
    expect((await seawall.ask('What did Lemiare say?')).answerLine).toMatch(/^The article doesn't mention Lemiare\./u);
  });
  it('reads "behind the wheel" as driving and "earning his keep" as working', async () => {
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout144/articles/niger-niamey-minibus-drivers-fare-strike.txt'));
    // Was "The article doesn't say.".
    expect((await buses.ask('so how long has Idrissa been behind the wheel?')).answerLine).toBe('Since 1998.');
    expect(analyzeQuestion('How long has he been earning his keep on the water?').terms.map((t) => t.norm)).toContain('working');
  });
  it('answers "by how much did X climb" with a change told by its verb alone ("rose 14 percent"), the way the question says', async () => {
    const rents = await engineOf(await loadArticle('tests/fixtures/heldout85/articles/norway-tromso-cruise-berth-ban-housing-row.txt'));
    // Was "The article doesn't give that number.": only "rose by 14 percent" was a change told.
    expect((await rents.ask('By how much did housing costs for tenants climb in the city over the past year?')).answerLine).toBe('14 percent.');
    const water = await engineOf(await loadArticle('tests/fixtures/heldout67/articles/cyprus-limassol-drought-water-rationing.txt'));
    // (Since the sixty-ninth session without "this year" after it: no noun, only when.)
    expect((await water.ask("By how much has the farmer's water for her fields been reduced?")).answerLine).toBe('40%.');
  });
  it('reads "go on for" as last', async () => {
    const trial = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/nz-auckland-manuka-honey-fraud-trial.txt'));
    // Was "The article doesn't say.".
    expect((await trial.ask('How long is the hearing meant to go on for?')).answerLine).toBe('Six weeks.');
  });
  it('takes a percentage for a question that asks one in so many words ("what share", "in percentage terms")', async () => {
    const coal = await engineOf(await loadArticle('tests/fixtures/heldout142/articles/kosovo-obilic-lignite-plant-maintenance-outage.txt'));
    // Was "The article doesn't give that number.".
    expect((await coal.ask("What share of the country's power is generated by burning brown coal?")).answerLine).toBe('More than 90 percent.');
    const wages = await engineOf(await loadArticle('tests/fixtures/heldout97/articles/bangladesh-dhaka-garment-minimum-wage-talks.txt'));
    expect((await wages.ask('what pay rise in percentage terms did the bosses put on the table')).answerLine).toBe('About 18 percent.');
  });
  it('reads "take home" as earn and "fixing up" as repairing', async () => {
    const lecturers = await engineOf(await loadArticle('tests/fixtures/heldout93/articles/ireland-galway-university-lecturers-strike.txt'));
    // Was "The article doesn't give that number.".
    expect((await lecturers.ask('How much does a brand new lecturer there take home in a year?')).answerLine).toBe('About €46,000 a year.');
    const dam = await engineOf(await loadArticle('tests/fixtures/heldout35/articles/kyrgyzstan-papan-dam-leak.txt'));
    expect((await dam.ask('how much has gone into fixing up the dam over the last few years')).answerLine).toBe('48 million soms.');
  });
  it('counts things that share a unit name ("how many of the new meters") and reads a range with its percent ("10 to 25%")', async () => {
    const meters = await engineOf(await loadArticle('tests/fixtures/heldout165/articles/mexico-irapuato-water-meter-billing-complaints.txt'));
    // Was "The article doesn't give that number.": meters were asked as a length.
    expect((await meters.ask('How many of the new digital meters have been installed so far?')).answerLine).toBe('About 68,000.');
    // Was "The article doesn't give that number.": "get water" asked a volume, "a few hours a day" a daily rate, "can
    // trapped air" the past, and "10" stood apart from "25%".
    expect((await meters.ask('so how much extra can trapped air tack onto a reading in places that only get water a few hours a day')).answerLine).toBe('10 to 25%.');
    // (A length is still a length.)
    const runway = await engineOf(parseArticle('Source: Test Wire\n\nRunway\n\nThe new runway at Port Vila is 2,600 metres long, the airport said.\n'));
    expect((await runway.ask('How many metres long is the new runway?')).answerLine).toBe('2,600 metres long.');
  });
  it('reads a machine that "died" as no death, and "missing out on" as losing', async () => {
    const ice = await engineOf(await loadArticle('tests/fixtures/heldout165/articles/micronesia-kosrae-fishing-coop-ice-plant-breakdown.txt'));
    // Was "The article doesn't give that number.": a figure that says nothing of dying was held down.
    expect((await ice.ask('how much business is the cooperative missing out on every week since the machine died')).answerLine).toBe('About US$1,200 a week.');
  });
  it('counts kids at a school by its pupils, and children as kids before pupils', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout165/articles/moldova-orhei-village-bus-route-cut-commute.txt'));
    // Was "The article doesn't say.": "86 pupils" were people, kids were things.
    expect((await bus.ask('How many kids atend the village school these days?')).answerLine).toBe('86 pupils.');
    const measles = await engineOf(await loadArticle('tests/fixtures/heldout57/articles/malawi-zomba-boarding-school-measles.txt'));
    expect((await measles.ask('how many kids will get vaccinated in the villages')).answerLine).toBe('About 12,000 children.');
  });
  it('never answers how long with how often ("running twice a day")', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout165/articles/moldova-orhei-village-bus-route-cut-commute.txt'));
    // Was "A day.".
    expect((await bus.ask('how long had that early-morning coach been running from the village')).answerLine).not.toMatch(/^A day\./u);
  });
  it('keeps a numbered name whole ("School No. 3") and names no place of another one ("a second plant near Walvis Bay")', async () => {
    const smog = await engineOf(await loadArticle('tests/fixtures/heldout166/articles/mongolia-murun-coal-smog-clinic-caseload.txt'));
    // Was "At the town's School No.".
    expect((await smog.ask('Where is the air quality monitoring station in Murun?')).answerLine).toBe("At the town's School No. 3.");
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout167/articles/namibia-erongo-desalination-shutdown-water-rationing.txt'));
    // Was "Near Walvis Bay.", where a second plant is planned.
    expect((await plant.ask('Where is the desalination plant?')).answerLine).toBe('About 35 kilometres north of Swakopmund.');
  });
  it('takes "the cooperative" for the named one the lede brought in, and ladies for women in a co-op', async () => {
    const argan = await engineOf(await loadArticle('tests/fixtures/heldout166/articles/morocco-tamanar-argan-cooperative-drought.txt'));
    // Was "The article doesn't say when.": ¶2 says "The cooperative, founded in 2002", ¶1 "the Tadarte argan cooperative".
    expect((await argan.ask('When was the Tadarte cooperative founded?')).answerLine).toBe('In 2002.');
    // Was "At least 70 of its 320 member cooperatives.", cooperatives that are members, not members.
    expect((await argan.ask('how many ladies belong to the co-op')).answerLine).toBe('63 women.');
  });
  it('reads a title with "of" before a name ("Director of Schools Harriet Jeremiah"), "counsellor" as a title and "(NamCoast)" as a short name', async () => {
    const library = await engineOf(await loadArticle('tests/fixtures/heldout167/articles/nauru-anabar-school-solar-powered-library-opens.txt'));
    // Was "Harriet Jeremiah: Schools.".
    expect((await library.ask('Who is Harriet Jeremiah?')).answerLine).toBe('Harriet Jeremiah: Director of Schools.');
    const speakers = extractStatements(await loadArticle('tests/fixtures/heldout166/articles/monaco-hotel-school-kitchen-apprenticeship.txt')).statements.map((s) => s.speaker?.name);
    expect(speakers).toContain('Anne-Marie Lorenzi');
    expect(speakers).not.toContain('Counsellor Anne-Marie Lorenzi');
    // (A short name in mixed case in brackets, then what the body is: was "buys water from the plant".)
    const water = extractStatements(await loadArticle('tests/fixtures/heldout167/articles/namibia-erongo-desalination-shutdown-water-rationing.txt')).statements.find((s) => /reverse-osmosis membranes/u.test(s.text));
    expect(water?.speaker?.name).toBe('Namibia Coastal Water Corporation');
  });
  it('reads "put the panels up" as installing them and "carted off" as removed', async () => {
    const library = await engineOf(await loadArticle('tests/fixtures/heldout167/articles/nauru-anabar-school-solar-powered-library-opens.txt'));
    // Was "About 10 hours.".
    expect((await library.ask('How long did it take to put the solar panels up?')).answerLine).toBe('Over six weeks.');
    const bikes = await engineOf(await loadArticle('tests/fixtures/heldout168/articles/netherlands-zwolle-station-bicycle-garage-overcrowding.txt'));
    // Was "The article doesn't give that number.": "wrongly parked bicycles" were no bikes.
    expect((await bikes.ask('How many bikes got carted off from around the station in 2023?')).answerLine).toBe('2,350.');
  });
  it('needs no common word the question writes in lower case for a name the article writes otherwise ("based", "Base Camp")', async () => {
    const porters = await engineOf(await loadArticle('tests/fixtures/heldout168/articles/nepal-dudh-koshi-bridge-porters-wages.txt'));
    // Was "The article doesn't say.": "based" was required as the name in "Everest Base Camp".
    expect((await porters.ask("where is dawa tamang's agency based")).answerLine).toBe('In Namche Bazaar.');
    const kotor = await engineOf(await loadArticle('tests/fixtures/heldout123/articles/montenegro-kotor-cruise-cap-shopkeepers-residents.txt'));
    // Was "The article doesn't say.": "old" was required as the name in "the Old Town".
    expect((await kotor.ask('How many inhabitants are left within the old fortifications?')).answerLine).toBe('Fewer than 1,000 people.');
    // (A name written in lower case beside the word the article's name has next to it is still required: the article has
    // no "Via Guaíba" contract's length, nor a date for the Supreme Court.)
    const toll = await engineOf(await loadArticle('tests/fixtures/heldout50/articles/brazil-porto-alegre-bridge-toll-protest.txt'));
    expect((await toll.ask("how long does via guaiba's concession contract run for")).inScope).toBe(false);
    const mine = await engineOf(await loadArticle('tests/fixtures/heldout53/articles/kyrgyzstan-talas-gold-mine-ruling.txt'));
    expect((await mine.ask("when will the supreme court hear altyn ordo's appeal")).inScope).toBe(false);
  });
  it('answers how big a crop is in whatever it is packed in ("180 million trays")', async () => {
    const kiwi = await engineOf(await loadArticle('tests/fixtures/heldout168/articles/new-zealand-te-puke-kiwifruit-packhouse-labour-shortage.txt'));
    // Was "12 hectares.", the size of a farm.
    expect((await kiwi.ask("How big is this season's kiwifruit crop expected to be?")).answerLine).toBe('About 180 million trays.');
  });
  it('refuses the cost of each of some things with what all of them cost, and a name of a thing from where it stands', async () => {
    const smog = await engineOf(await loadArticle('tests/fixtures/heldout166/articles/mongolia-murun-coal-smog-clinic-caseload.txt'));
    // Was "450 million tugriks.", what the department asked for to buy them all.
    expect((await smog.ask('How much does each of the portable air purifiers cost?')).inScope).toBe(false);
    const hotel = await engineOf(await loadArticle('tests/fixtures/heldout166/articles/monaco-hotel-school-kitchen-apprenticeship.txt'));
    // Was the closest passage, hedged: "a hotel on Avenue Princesse Grace" names no hotel.
    expect((await hotel.ask('What is the name of the hotel where Lucas Ferrand is doing his apprenticeship?')).answerLine).toMatch(/^The article doesn't name the hotel\./u);
    const cashew = await engineOf(await loadArticle('tests/fixtures/heldout167/articles/mozambique-nampula-cashew-plant-reopens-after-cyclone.txt'));
    expect((await cashew.ask('Which bank lent the company money for the repairs?')).inScope).toBe(false);
    const tuna = await engineOf(await loadArticle('tests/fixtures/heldout48/articles/philippines-general-santos-port-congestion.txt'));
    expect((await tuna.ask('Which European buyers cancelled their tuna orders?')).inScope).toBe(false);
    // (But "airports in Surabaya and Malang" are named by their towns.)
    const semeru = await engineOf(await loadArticle('tests/fixtures/heldout6/articles/semeru-eruption.txt'));
    expect((await semeru.ask('Which airports stayed open?')).inScope).toBe(true);
  });
  it('echoes a what-said topic in the asker\'s case, not a quotation\'s opening capital ("on small restaurants")', async () => {
    const hotel = await engineOf(await loadArticle('tests/fixtures/heldout166/articles/monaco-hotel-school-kitchen-apprenticeship.txt'));
    // Was "... Anne-Marie Lorenzi on Small restaurants:", from "\"Small family restaurants cannot compete ...\"".
    expect((await hotel.ask('so what did the social affairs counsellor have to say about small restaurants?')).answerLine).toBe('Social Affairs Counsellor Anne-Marie Lorenzi on small restaurants:');
    expect(analyzeQuestion('so what did the social affairs counsellor have to say about small restaurants?').target).toBe('the social affairs counsellor');
    // (A name the article only ever writes first in a sentence is still written as a name.)
    const dam = await engineOf(parseArticle('Source: Test Wire\n\nDam row\n\nEngineer Ana Ruiz said the dam was safe. "Kessa will not flood," Ruiz said.\n'));
    expect((await dam.ask('what did Ruiz say about kessa?')).answerLine).toMatch(/ on Kessa:$/u);
  });
  it('reads all the residents of a place as who lives there, and "could" as asking what there is room for', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout162/articles/lithuania-klaipeda-ferry-timetable-cut-commuters.txt'));
    // Was "Hundreds.".
    expect((await ferry.ask('Roughly how many people live in the resort municipality on the far side of the crossing?')).answerLine).toBe('Roughly 3,800 residents.');
    // (Not some of its residents: "one of 312 residents named as plaintiffs", "Hundreds of residents of Oran queued".)
    const river = await engineOf(await loadArticle('tests/fixtures/heldout61/articles/armenia-arpa-river-hydropower-court-ruling.txt'));
    expect((await river.ask('How many people live in Gndevaz?')).inScope).toBe(false);
    const oran = await engineOf(await loadArticle('tests/fixtures/heldout133/articles/algeria-oran-desalination-plant-water-rationing.txt'));
    expect((await oran.ask('How many people live in Oran?')).inScope).toBe(false);
    const implants = await engineOf(await loadArticle('tests/fixtures/heldout162/articles/liechtenstein-triesen-implant-factory-expansion-housing.txt'));
    // Was "40 to 50 units.": "room for about 60 staff apartments" was held down as a capacity no one asked.
    expect((await implants.ask('how many staff flats could the implant maker put up in the neighbouring vilage')).answerLine).toBe('About 60 staff apartments.');
  });
  it('reads "the Gulf state" as the story\'s country, "a 1,200-place building" as room for so many, and mechanics as people', async () => {
    const heat = await engineOf(await loadArticle('tests/fixtures/heldout160/articles/kuwait-jahra-heat-record-power-cuts.txt'));
    // Was "The article doesn't say.": "Gulf" was a name the answering paragraph lacked.
    expect((await heat.ask('How long has the man from Kerala been earning his living in the Gulf state?')).answerLine).toBe('19 years.');
    // (Not "the island state", which may be a state of a country; nor "the Co-op Group", a name.)
    expect(analyzeQuestion('How long has he lived in the island state?').text).toBe('How long has he lived in the island state?');
    expect(analyzeQuestion('What did the Co-op Group say?').text).toBe('What did the Co-op Group say?');
    const school = await engineOf(await loadArticle('tests/fixtures/heldout158/articles/guyana-linden-oil-fund-school-stalled.txt'));
    // Was "The article doesn't give that number.".
    expect((await school.ask('how many kids is the new buidling meant to hold')).answerLine).toBe('1,200.');
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout156/articles/eritrea-asmara-workshop-restores-old-city-buses.txt'));
    // Was "The article doesn't give that number.": "38 mechanics" were things.
    expect((await buses.ask('How many folks earn a living fixing buses at the shop off Godaif Road?')).answerLine).toBe('38 mechanics.');
  });
  it('keeps a name that looks like a slip of "said" ("Al Sayed")', () => {
    // Was target "Al", topic "say about how ...": "Sayed" was mended to "said".
    const q = analyzeQuestion('What did Al Sayed say about how the inspections are carried out?');
    expect([q.target, q.topic]).toEqual(['Al Sayed', 'how the inspections are carried out']);
    expect(analyzeQuestion('what did Ruiz siad about it').text).toBe('what did Ruiz said about it');
  });
  it('reads where a place lies past how many live there, and a distance never as a depth', async () => {
    const wells = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/niger-filingue-well-drilling-programme-stalls.txt'));
    // Was "A village of about 1.": the population's figure cut at its comma.
    expect((await wells.ask('Where is Tondikiwindi located?')).answerLine).toBe('45 kilometres north of Filingue.');
    // Was "45 kilometres north.", then "6 kilometres." (a round trip's).
    expect((await wells.ask('How deep are the boreholes being drilled in Filingue?')).inScope).toBe(false);
    const water = await engineOf(await loadArticle('tests/fixtures/heldout170/articles/panama-arraijan-dry-season-water-rationing.txt'));
    // Was "About 30 kilometres.", of "about 30 kilometres to the west".
    expect((await water.ask('How deep is the community well near Vista Alegre?')).inScope).toBe(false);
    // Was "On Saturdays.", a weekday in the plural; then "In Vista Alegre.", where she is, not where she takes it.
    expect((await water.ask('Where does Batista now take her laundry?')).answerLine).toBe("To her sister's house in Capira.");
  });
  it('places a named thing by what stands right after it, and reads "from" before a clause as where from', async () => {
    const hotels = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/north-macedonia-struga-hotels-lake-water-warning.txt'));
    // Was "In Ohrid.", where some guests asked to move.
    expect((await hotels.ask('where is the Hotel Biser')).answerLine).toBe('On the lakefront promenade.');
    expect((await hotels.ask('Where is Hotel Biser located?')).answerLine).toBe('On the lakefront promenade.');
    const oxygen = await engineOf(await loadArticle('tests/fixtures/heldout171/articles/peru-lircay-hospital-oxygen-plant-repair.txt'));
    // Was "At the only hospital in the Peruvian Andean town of Lircay.".
    expect((await oxygen.ask('Where were the oxygen cylinders trucked in from while the plant was broken?')).answerLine).toBe('From Huancayo.');
    const sardines = await engineOf(await loadArticle('tests/fixtures/heldout172/articles/portugal-peniche-sardine-quota-cannery-jobs.txt'));
    // Was "The article doesn't say where.": "from nearby Atouguia da Baleia" was no place.
    expect((await sardines.ask('where do most of the seasonal cannery workers come from')).answerLine).toBe('From nearby Atouguia da Baleia.');
  });
  it('counts by the noun a part names, and reads a line of trucks\' length, a range\'s change and "year-round" workers', async () => {
    const dive = await engineOf(await loadArticle('tests/fixtures/heldout170/articles/palau-koror-dive-permit-fee-increase.txt'));
    // Was "Two.", of "Two of those boats are older than some of the rangers".
    expect((await dive.ask('How many rangers does Koror State employ?')).inScope).toBe(false);
    const port = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/nigeria-apapa-truckers-protest-terminal-gridlock.txt'));
    // Was "22 hours.", a when-question's span.
    expect((await port.ask('How long was the queue of trucks on Monday evening?')).answerLine).toBe('About 12 kilometres.');
    const tram = await engineOf(await loadArticle('tests/fixtures/heldout172/articles/poland-wroclaw-tram-extension-contractor-dispute.txt'));
    // Was "The article doesn't give that number.": "by 20 to 25 percent" read as a level fallen to.
    expect((await tram.ask('By what percentage have takings at the bakery on Vivaldiego Street fallen?')).answerLine).toBe('20 to 25 percent.');
    // Was "At least four other Polish cities.": "budgeted" asks a sum.
    expect((await tram.ask('How much is the tram extension budgeted at?')).answerLine).toBe('312 million zlotys.');
    // Was "The article doesn't give that number."; and "About 35,000 people now." kept the verb's adverb.
    expect((await tram.ask('roughly how many folks call the Jagodno estate home these days')).answerLine).toBe('About 35,000 people.');
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/norway-traena-ferry-timetable-cut-islanders-protest.txt'));
    // Was "The article doesn't give that number.": "42 year-round" was a span of 42 years.
    expect((await ferry.ask('how many ppl work at the fish factory all year round')).answerLine).toBe('42 year-round workers.');
  });
  it('reads "QR 96 million" as a sum, "since May" as no future, and "UN" as opening "UNESCO"', async () => {
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout172/articles/qatar-al-wakrah-school-bus-contract-parents.txt'));
    // Was "The article doesn't give that number.".
    expect((await buses.ask('How much is the new school bus contract worth?')).answerLine).toBe('QR 96 million.');
    const mills = await engineOf(await loadArticle('tests/fixtures/heldout170/articles/pakistan-kamalia-power-cuts-mill-shifts.txt'));
    // Was "The article doesn't give that number.": "since May" was read as "may", what is yet to come.
    expect((await mills.ask("How much was the penalty Bhatti's unit had to pay?")).answerLine).toBe('850,000 rupees.');
    const dive = await engineOf(await loadArticle('tests/fixtures/heldout170/articles/palau-koror-dive-permit-fee-increase.txt'));
    // Was "The article doesn't mention UN.".
    expect((await dive.ask('Since when has the lagoon been on the UN heritage lsit?')).answerLine).toBe('Since 2012.');
    // (A name the article does not use at all is still not in it.)
    expect((await dive.ask('Since when has the lagoon been on the EU heritage list?')).answerLine).toMatch(/^The article doesn't mention EU\./u);
  });
  it('names a portfolio of one word after "Commissioner for", and a company by what the text called it', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/nigeria-apapa-truckers-protest-terminal-gridlock.txt'));
    // Was "Transportation Adebayo Ogunleye said this.".
    const a = await port.ask("who said the port isn't a parking lot");
    expect([a.speaker, a.answerLine]).toEqual(['Adebayo Ogunleye', 'Adebayo Ogunleye, Lagos State Commissioner for Transportation, said this.']);
    const tram = await engineOf(await loadArticle('tests/fixtures/heldout172/articles/poland-wroclaw-tram-extension-contractor-dispute.txt'));
    // Was "The company said this.": "The contractor, Kraków-based Torbud Infrastruktura, rejected that account."
    expect((await tram.ask('who claimed the track layout near the Jagodno loop was changed three times once building had started')).speaker).toBe('Torbud Infrastruktura');
    const sardines = await engineOf(await loadArticle('tests/fixtures/heldout172/articles/portugal-peniche-sardine-quota-cannery-jobs.txt'));
    // Was "The article mentions Conservas Atlântida but doesn't quote them.": "In a statement on Thursday, the company
    // said" had made "Thursday" the company.
    const b = await sardines.ask('what did Conservas Atlântida say about its workers');
    expect([b.speaker, b.citations[0]?.paragraph]).toEqual(['Conservas Atlântida', 10]);
  });
  it('finds a named place by its kind, a lede\'s thing brought back later, and a span of hours and minutes', async () => {
    const oxygen = await engineOf(await loadArticle('tests/fixtures/heldout171/articles/peru-lircay-hospital-oxygen-plant-repair.txt'));
    // Was "The article doesn't give that number.": "supply the hospital's 62 beds" never wrote the hospital's name.
    expect((await oxygen.ask('How many beds does Lircay Provincial Hospital have?')).answerLine).toBe('62 beds.');
    // (Only for the whole name: the town's beds are not the hospital's.)
    expect((await oxygen.ask('How many beds does Lircay have?')).inScope).toBe(false);
    const wells = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/niger-filingue-well-drilling-programme-stalls.txt'));
    // Was "The article doesn't say when.": "a programme to sink 120 boreholes" in the lede, "The programme, launched in
    // March 2023" five paragraphs on.
    expect((await wells.ask('When was the borehole programme launched?')).answerLine).toBe('In March 2023.');
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/norway-traena-ferry-timetable-cut-islanders-protest.txt'));
    // Was "About two hours.", and "45 minutes." (a meeting's) for the journey.
    expect((await ferry.ask('How long does the crossing take?')).answerLine).toBe('About two hours and 45 minutes.');
    expect((await ferry.ask('How long does the boat journey between the island and the mainland last?')).answerLine).toBe('About two hours and 45 minutes.');
    // Was the closest passage, hedged: "the car ferry between Husøy ... and Stokkvågen", "the ferry quay at Stokkvågen"
    // and "ferry cuts leave Træna" name places, not the ferry.
    expect((await ferry.ask('What is the name of the ferry that serves the Træna route?')).answerLine).toMatch(/^The article doesn't name the ferry\./u);
  });
  it('refuses a brand or a named kind the article never names, and figures of another time or kind', async () => {
    const mangoes = await engineOf(await loadArticle('tests/fixtures/heldout164/articles/mali-sikasso-mango-cold-storage-breakdown.txt'));
    // Was the closest passage, hedged.
    expect((await mangoes.ask('What brand of compressors does the Sikasso depot use?')).answerLine).toMatch(/^The article doesn't name the brand of the compressors\./u);
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout146/articles/venezuela-maracaibo-buses-idle-spare-parts-shortage.txt'));
    // Was "Associated Press reports:".
    expect((await buses.ask('what make of buses does Transmara run')).inScope).toBe(false);
    const water = await engineOf(await loadArticle('tests/fixtures/heldout152/articles/cabo-verde-maio-desalination-plant-outage-water-trucks.txt'));
    // Was the closest passage, hedged: "what company" asks as "which company" does.
    expect((await water.ask('What company manufactured the pump that failed at the Maio plant?')).inScope).toBe(false);
    expect(analyzeQuestion('What company manufactured the pump?').entity).toEqual({ phrase: 'company', head: 'company', byName: false });
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout162/articles/lithuania-klaipeda-ferry-timetable-cut-commuters.txt'));
    // Was "30.", of "every 60 minutes instead of every 30".
    expect((await ferry.ask('How many ferries does Kopų Keltai operate?')).inScope).toBe(false);
    const implants = await engineOf(await loadArticle('tests/fixtures/heldout162/articles/liechtenstein-triesen-implant-factory-expansion-housing.txt'));
    // Was "12 employees.", of "founded it in 1994 with 12 employees".
    expect((await implants.ask("How many of Alpadent's current employees commute from Austria?")).inScope).toBe(false);
    const rubber = await engineOf(await loadArticle('tests/fixtures/heldout161/articles/liberia-bong-county-rubber-tappers-wage-dispute.txt'));
    // Was "45 percent increase.": a profit is a sum.
    expect((await rubber.ask('How much annual profit does the Sanoyea Rubber Company make?')).inScope).toBe(false);
    // (A figure of now, beside another year's, is still now's.)
    const tram = await engineOf(await loadArticle('tests/fixtures/heldout49/articles/portugal-lisbon-alfama-tram-derailment.txt'));
    expect((await tram.ask('How much is Carris now spending on keeping its trams in shape?')).answerLine).toBe('11.2 million euros.');
  });
  it('never counts one side of a dealing for the other, and ends a figure\'s noun before a verb with a count of its own', async () => {
    const tents = await engineOf(await loadArticle('tests/fixtures/heldout130/articles/vanuatu-tanna-schools-still-in-tents-after-cyclone.txt'));
    // Was "About 180 pupils share four canvas.", for teachers.
    expect((await tents.ask('How many teachers work at Ienaula Primary School?')).inScope).toBe(false);
    expect((await tents.ask('How many pupils are at Ienaula Primary School?')).answerLine).toBe('About 180 pupils.');
    const wau = await engineOf(await loadArticle('tests/fixtures/heldout125/articles/south-sudan-wau-teachers-unpaid-salaries-strike.txt'));
    // Was "About 6,500 students.".
    expect((await wau.ask('How many teachers are taking part in the strike in Wau?')).inScope).toBe(false);
    const cotton = await engineOf(await loadArticle('tests/fixtures/heldout153/articles/chad-kelo-cotton-ginning-mill-reopens.txt'));
    // Was "2,000 farmers.": "payed" asks a sum as "paid" does.
    expect((await cotton.ask('How much will the seasonal workers at the Kelo mill be payed?')).inScope).toBe(false);
    const galway = await engineOf(await loadArticle('tests/fixtures/heldout93/articles/ireland-galway-university-lecturers-strike.txt'));
    // (A plural noun before a span stays: "for about 19,000 students two weeks before end-of-year exams".)
    expect((await galway.ask('how many students had their classes cancelled')).answerLine).toBe('About 19,000 students.');
  });
  it('places what someone runs by the spot after it, and a capital by its name', async () => {
    const wash = await engineOf(await loadArticle('tests/fixtures/heldout148/articles/israel-hadera-desalination-shutdown-or-akiva-rationing.txt'));
    // Was "The article doesn't say where.": "who has run a car wash on the town's industrial edge".
    expect((await wash.ask('Where does Avi Dahan run his car wash?')).answerLine).toBe("On the town's industrial edge.");
    const fish = await engineOf(await loadArticle('tests/fixtures/heldout155/articles/equatorial-guinea-malabo-fish-market-relocation.txt'));
    // Was "In Equatorial Guinea.", of "in Equatorial Guinea's capital Malabo".
    expect((await fish.ask('Where were the fish sellers ordered to leave?')).answerLine).toBe("In Equatorial Guinea's capital Malabo.");
  });
  it('reads a participle before the thing named as describing it, and "a bottle of" as asking a unit\'s price', async () => {
    // Was the entity "two" (named "two"): "injured" ended the thing's words as a verb would.
    expect(analyzeQuestion('What are the names of the two injured workers?').entity).toEqual({ phrase: 'two injured workers', head: 'worker', byName: true });
    const drilling = await engineOf(await loadArticle('tests/fixtures/heldout115/articles/dominica-laudat-geothermal-plant-drilling-accident-delay.txt'));
    // Was the closest passage, hedged.
    expect((await drilling.ask('What are the names of the two injured workers?')).answerLine).toMatch(/^The article doesn't name the two injured workers\./u);
    const wine = await engineOf(await loadArticle('tests/fixtures/heldout123/articles/moldova-cahul-frost-wine-contract-lost.txt'));
    // Was "About 9.5 million euros.", what all the exports fetched.
    expect((await wine.ask('How much does a bottle of Moldovan wine sell for in Polish shops?')).inScope).toBe(false);
  });
  it('dates the clause that does the asked deed, and ranges no change by an amount to a level', async () => {
    const library = await engineOf(await loadArticle('tests/fixtures/heldout175/articles/seychelles-victoria-library-reopens-after-termite-damage.txt'));
    // Was "In 1979.", of "converted into a library in 1979, was closed in February 2023".
    expect((await library.ask('When was the library closed?')).answerLine).toBe('In February 2023.');
    const refinery = await engineOf(await loadArticle('tests/fixtures/heldout159/articles/jamaica-clarendon-bauxite-refinery-reopens-after-shutdown.txt'));
    // Was "By September 30.": the lede's Monday, when the first trainload rolled in, gave way to another day.
    expect((await refinery.ask('When was the Mocho refinery shut down?')).answerLine).toBe('In March 2019.');
    // (A deed still to come is not one done: "will not be finished before the middle of 2026".)
    const port = await engineOf(await loadArticle('tests/fixtures/heldout120/articles/equatorial-guinea-bata-fishing-port-delay.txt'));
    expect((await port.ask('When was the port originally supposed to be finished?')).answerLine).toBe('In December 2024.');
    const hawkers = await engineOf(await loadArticle('tests/fixtures/heldout175/articles/singapore-toa-payoh-hawker-centre-stallholders-return.txt'));
    // Was "$150 to $1,230.", of "her monthly rent had risen by $150 to $1,230 after the renovation".
    expect((await hawkers.ask('How much did the renovation cost?')).answerLine).toBe('$9.4 million.');
    // (A ride's cost is its fare; not what a minibus costs to buy.)
    const taxis = await engineOf(await loadArticle('tests/fixtures/heldout80/articles/south-africa-gqeberha-taxi-fare-protest.txt'));
    expect((await taxis.ask('What will a ride into the CBD cost after the hike?')).answerLine).toBe('R26.');
    // (Nor is a ticket's price a job's: "How much will replacing the cable cost?" was "1.50 euros.", of a bus ticket; but a
    // ticket is what it costs a grown-up to get in.)
    const funicularJob = await engineOf(await loadArticle('tests/fixtures/heldout174/articles/san-marino-funicular-closes-for-cable-replacement.txt'));
    expect((await funicularJob.ask('How much will replacing the cable cost?')).answerLine).toBe('2.3 million euros.');
    const cave = await engineOf(await loadArticle('tests/fixtures/heldout59/articles/slovenia-postojna-cave-flood-closure.txt'));
    expect((await cave.ask('How much does it cost a grown-up to get in?')).answerLine).toBe('35.90 euros.');
    const minibuses = await engineOf(await loadArticle('tests/fixtures/heldout144/articles/niger-niamey-minibus-drivers-fare-strike.txt'));
    expect((await minibuses.ask('How much does a new faba-faba minibus cost to buy?')).inScope).toBe(false);
    // (A change the question names goes one way: "what pay rise", not "had cut the prices ... by around 6 percent".)
    const wages = await engineOf(await loadArticle('tests/fixtures/heldout97/articles/bangladesh-dhaka-garment-minimum-wage-talks.txt'));
    expect((await wages.ask('what pay rise in percentage terms did the bosses put on the table')).answerLine).toBe('About 18 percent.');
    const dates = await engineOf(await loadArticle('tests/fixtures/heldout174/articles/saudi-arabia-al-ahsa-date-cooperative-water-cut.txt'));
    // Was refused: "is preparing to leave some orchards unwatered next summer after its allowance was cut by 20 percent"
    // read as one clause about next summer.
    expect((await dates.ask("By what percentage was the cooperative's groundwater allowance reduced?")).answerLine).toBe('20 percent.');
    const parts = await engineOf(await loadArticle('tests/fixtures/heldout176/articles/slovakia-zilina-car-parts-four-day-week.txt'));
    // Was refused: "set the firm back" is what it costs.
    expect((await parts.ask('how much does it set the firm back every time a skilled worker quits')).answerLine).toBe('Between 5,000 and 7,000 euros.');
    const fish = await engineOf(await loadArticle('tests/fixtures/heldout174/articles/sao-tome-neves-fish-market-cold-storage.txt'));
    // Was refused: a span told by the age it began at.
    expect((await fish.ask('How long has Adelino Costa been heading out to sea in the family boat?')).answerLine).toBe('Since he was 14.');
    // (Or in summers, was "Two weeks."; or by the perfect of the one asked about, whatever the verb, was refused: "Lurdes
    // Pires, 49, has worked on the filleting line at Atlântida for 27 years".)
    const raspberries = await engineOf(await loadArticle('tests/fixtures/heldout175/articles/serbia-arilje-raspberry-cold-store-fined.txt'));
    expect((await raspberries.ask('how long has radovic been sorting raspbery')).answerLine).toBe('14 summers.');
    const lift = await engineOf(await loadArticle('tests/fixtures/heldout176/articles/slovenia-kranjska-gora-ski-lift-mountain-bikes.txt'));
    // Was "Since 2009.", of the man who runs the lifts: "A chairlift that has carried skiers ... since 1987" tells of it.
    expect((await lift.ask('so how long has that chairlift been taking people up the mountain')).answerLine).toBe('Since 1987.');
    const cannery = await engineOf(await loadArticle('tests/fixtures/heldout172/articles/portugal-peniche-sardine-quota-cannery-jobs.txt'));
    expect((await cannery.ask('so how long has Lurdes Pires been gutting fish at the plant?')).answerLine).toBe('27 years.');
  });
  it('places where a thing goes, where someone moved, a named spot set beside a lower-case one, and a thing named with how far it is', async () => {
    const clinic = await engineOf(await loadArticle('tests/fixtures/heldout176/articles/solomon-islands-malaita-clinic-boat-ambulance.txt'));
    // Was "In the Solomon Islands and Vanuatu.".
    expect((await clinic.ask('where is the closest hospital to the clinic')).answerLine).toBe('Atoifi Adventist Hospital, about 42 kilometres away by sea.');
    // Was "About 300 people.": "The centre serves roughly 9,000 people" is the Sinalagu Area Health Centre's.
    expect((await clinic.ask('How many people does the Sinalagu health centre serve?')).answerLine).toBe('Roughly 9,000 people.');
    const livestock = await engineOf(await loadArticle('tests/fixtures/heldout176/articles/somalia-berbera-livestock-port-quarantine-station.txt'));
    // Was "To the quay.".
    expect((await livestock.ask('where is the first shipment from the station going')).answerLine).toBe('To Jeddah.');
    const dialysis = await engineOf(await loadArticle('tests/fixtures/heldout173/articles/samoa-apia-hospital-dialysis-unit-extends-hours.txt'));
    // Was "In Palauli.", where he is from.
    expect((await dialysis.ask('Where is Siaosi Tuimavave living with his daughter?')).answerLine).toBe('In Vaitele.');
    const grid = await engineOf(await loadArticle('tests/fixtures/heldout91/articles/uzbekistan-tashkent-heatwave-power-rationing.txt'));
    // Was "At the Syrdarya.": a name's kind, told after it in lower case, is part of the place.
    expect((await grid.ask('where is the power plant that broke down')).answerLine).toBe('At the Syrdarya thermal power plant.');
    const gondola = await engineOf(await loadArticle('tests/fixtures/heldout132/articles/georgia-bakuriani-gondola-breakdown-court-case.txt'));
    // Was "In the Georgian resort of Bakuriani.": a court told something is where the trial is heard.
    expect((await gondola.ask('where is the trial being heard')).answerLine).toBe('At Borjomi District Court.');
    const camp = await engineOf(await loadArticle('tests/fixtures/heldout118/articles/sudan-kassala-cholera-vaccination-camp-drive.txt'));
    // Was "The article doesn't say where.": "The camp, about 15 km (9 miles) east of Kassala" is the Wad Sharifay camp.
    // (Since the fifty-second session, the camp found by its noun alone, all of where the sentence puts it.)
    expect((await camp.ask('Where exactly is the Wad Sharifay camp?')).answerLine).toBe('About 15 km (9 miles) east of Kassala near the Gash River.');
    const flats = await engineOf(await loadArticle('tests/fixtures/heldout27/articles/czech-affordable-housing-bill-vote.txt'));
    // Was "The article doesn't say where.": "to build 600 flats on former railway land near the city centre".
    expect((await flats.ask('Where does Brno want to build its 600 flats?')).answerLine).toBe('On former railway land near the city centre.');
    const funicular = await engineOf(await loadArticle('tests/fixtures/heldout174/articles/san-marino-funicular-closes-for-cable-replacement.txt'));
    // Was "Town of San Marino.", from the lede.
    expect((await funicular.ask('where will the replacement shuttle bus stop near the old town')).answerLine).toBe('Between the lower station and Piazzale Calcigni.');
  });
  it('finds a body by the kind the article calls it, an expert by trade, and a role set off after "According to"', async () => {
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout153/articles/china-hunan-rail-station-bus-link-cut.txt'));
    // Was Chen Lan, a professor of transport planning.
    expect((await bus.ask("What did the bus company say about the route's finances?")).speaker).toBe('Xinning Huanan Passenger Transport');
    const fares = await engineOf(await loadArticle('tests/fixtures/heldout173/articles/saint-lucia-vieux-fort-minibus-fare-card-protest.txt'));
    // Was Marcia Charles, Director of Transport.
    expect((await fares.ask('which expert reckons the card fee could eat a big chunk of what drivers take home')).speaker).toBe('Ronald Baptiste');
    const rice = await engineOf(await loadArticle('tests/fixtures/heldout175/articles/sierra-leone-bo-district-rice-mill-undercuts-imports.txt'));
    // Was "The article doesn't quote the economist from Njala University.".
    expect((await rice.ask('What did the economist from Njala University say?')).speaker).toBe('Ibrahim Bangura');
  });
  it('reads "going to set back" as a cost, a currency\'s ISO letters, ranges in them, a premium as a percentage, and a count\'s two-word pair', async () => {
    const pumps = await engineOf(await loadArticle('tests/fixtures/heldout177/articles/south-africa-knysna-oyster-growers-sewage-spill.txt'));
    // Was "Ayanda Dlamini said:", a who-said answer.
    expect((await pumps.ask('So what are the replacement pumps going to set the town back?')).answerLine).toBe('R18.5 million.');
    const pump = await engineOf(await loadArticle('tests/fixtures/heldout178/articles/suriname-nickerie-rice-farmers-broken-pump-station.txt'));
    // Was refused: "SRD 4.2 million" was no sum, and "earmarked" no "set aside".
    expect((await pump.ask('How much cash has the government earmarked to get the station working again?')).answerLine).toBe('SRD 4.2 million.');
    const dagaa = await engineOf(await loadArticle('tests/fixtures/heldout179/articles/tanzania-mwanza-fishers-lake-victoria-net-ban.txt'));
    // Was "TSh35,000.", the low end alone.
    expect((await dagaa.ask('How much does a 20-litre bucket of dagaa cost now?')).answerLine).toBe('TSh35,000 to TSh40,000.');
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout180/articles/togo-kpalime-coffee-cooperative-organic-certification.txt'));
    // Was refused: a premium was asked as a sum only.
    expect((await coffee.ask('what premium is Maison Terrebrune willing to pay for certified beans')).answerLine).toBe('20 to 30 percent.');
    const schools = await engineOf(await loadArticle('tests/fixtures/heldout177/articles/south-sudan-yambio-teachers-unpaid-salaries-strike.txt'));
    // Was "Hundreds.", of teachers: "62 government primary and secondary schools" counts schools.
    expect((await schools.ask('How many schools has the strike shut?')).answerLine).toBe('62 government primary and secondary schools.');
  });
  it('finds a ticket by its fare, idle for unused, pumping for drawing, and a town "in" a country\'s province', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout177/articles/south-korea-tongyeong-island-ferry-route-protest.txt'));
    // Was refused.
    expect((await ferry.ask('How much does a one-way ticket cost these days?')).answerLine).toBe('9,000 won.');
    const press = await engineOf(await loadArticle('tests/fixtures/heldout179/articles/syria-daraa-tafas-olive-press-reopens.txt'));
    // Was refused.
    expect((await press.ask('For how long had the machinery sat unused before it started up agian?')).answerLine).toBe('12 years.');
    // Was "In Syria.", from "the town of Tafas in Syria's southern Daraa province".
    expect((await press.ask('Where is the reopened olive press located?')).answerLine).toBe('In the town of Tafas.');
    const ponds = await engineOf(await loadArticle('tests/fixtures/heldout179/articles/taiwan-pingtung-fish-farms-subsidence-groundwater-limits.txt'));
    // Was refused.
    expect((await ponds.ask('how long has the grouper farmer been drawing water up from under his ponds')).answerLine).toBe('31 years.');
  });
  it('finds wardens as rangers, checked as inspected, bottles as cylinders and the cheapest as the lowest', async () => {
    // All four were refused.
    const park = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/costa-rica-park-entry-fee-guides-protest.txt'));
    expect((await park.ask('How many additional park wardens will the money pay for?')).answerLine).toBe('120 new rangers.');
    const rust = await engineOf(await loadArticle('tests/fixtures/heldout113/articles/nicaragua-jinotega-coffee-rust-fungicide-subsidies.txt'));
    expect((await rust.ask('What proportion of the bushes that were checked turned out to carry the disease?')).answerLine).toBe('38 percent.');
    const oxygen = await engineOf(await loadArticle('tests/fixtures/heldout110/articles/benin-djougou-hospital-oxygen-plant-breakdown.txt'));
    expect((await oxygen.ask('How many bottles could the unit fill each day when it was running normally?')).answerLine).toBe('About 40 cylinders a day.');
    const seawall = await engineOf(await loadArticle('tests/fixtures/heldout109/articles/kiribati-nonouti-atoll-seawall-funding-row.txt'));
    expect((await seawall.ask('how much was the cheapest bid for the seawall')).answerLine).toBe('23.6 million dollars.');
  });
  it('finds households as families and permanent posts for long-term work', async () => {
    const cane = await engineOf(await loadArticle('tests/fixtures/heldout140/articles/eswatini-big-bend-cane-burning-court-case.txt'));
    // Was "Not in those words, but the closest is what Sipho Gamedze said:": "Half the families here have somebody
    // working on those fields".
    expect((await cane.ask('So who pointed out that lots of households there have a relative employed in the cane fields?')).answerLine).toBe('Sipho Gamedze said this.');
    const nurses = await engineOf(await loadArticle('tests/fixtures/heldout73/articles/argentina-cordoba-nurses-staffing-strike.txt'));
    // Was ¶8: "a 14 percent pay rise from January, 500 new permanent posts" is what the ministry offered.
    expect((await nurses.ask('What is the government offering the strikers in terms of wages?')).citations[0]?.paragraph).toBe(9);
  });
  it('reads a catch cap as a level, a year "for the year" goes on from, a dalasi\'s "D30,500", and a new fare past the rise', async () => {
    const sardines = await engineOf(await loadArticle('tests/fixtures/heldout172/articles/portugal-peniche-sardine-quota-cannery-jobs.txt'));
    // Was the closest passage, the lede's "cut by 12 percent": "cap the joint catch at 45,000 tonnes for the year" is 2025's.
    expect((await sardines.ask('What is the joint sardine catch cap for 2025?')).answerLine).toBe('45,000 tonnes.');
    const lobster = await engineOf(await loadArticle('tests/fixtures/heldout105/articles/belize-placencia-lobster-licence-dispute.txt'));
    // A cap asks no sum of money: not "About 28 million Belize dollars.".
    expect((await lobster.ask("What's the yearly limit on the country's lobster harvset?")).answerLine).not.toMatch(/dollars/u);
    const groundnuts = await engineOf(await loadArticle('tests/fixtures/heldout140/articles/gambia-kaur-groundnut-depots-underpay-farmers.txt'));
    // Was the closest passage: "D30,500" was no sum.
    expect((await groundnuts.ask('What is the official farm-gate price for a tonne of groundnuts?')).answerLine).toBe('D30,500 per tonne.');
    const bus = await engineOf(await loadArticle('tests/fixtures/heldout128/articles/south-korea-busan-city-bus-fare-increase.txt'));
    // Not "350 won.", by how much it rises.
    expect((await bus.ask('What will the new adult bus fare be?')).answerLine).toBe('1,900 won.');
  });
  it('dates a resumed trial by its adjournment, walkouts by stoppages, going bust by bankruptcy, and places a regency before how far it lies', async () => {
    const sturgeon = await engineOf(await loadArticle('tests/fixtures/heldout150/articles/azerbaijan-neftchala-sturgeon-poaching-court-case.txt'));
    // Was refused: "adjourned the hearing until 9 June".
    expect((await sturgeon.ask('When is the trial due to resume?')).answerLine).toBe('On 9 June.');
    const olive = await engineOf(await loadArticle('tests/fixtures/heldout59/articles/tunisia-sfax-olive-oil-fraud-trial.txt'));
    // Was "On Tuesday.", when it opened.
    expect((await olive.ask('when does the trial resume')).answerLine).toBe('On Dec. 9.');
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout87/articles/ireland-dublin-bus-drivers-assault-strike.txt'));
    // Was refused: "further 48-hour stoppages on Nov. 14 and Nov. 21".
    expect((await buses.ask('When are the next walkouts planned?')).answerLine).toBe('On Nov. 14.');
    const fintech = await engineOf(await loadArticle('tests/fixtures/heldout32/articles/luxembourg-nexora-fintech-fraud-trial.txt'));
    // Was "2022.": "before it went bankrupt in March 2024".
    expect((await fintech.ask('when did nexora go bust')).answerLine).toBe('In March 2024.');
    const palm = await engineOf(await loadArticle('tests/fixtures/heldout21/articles/indonesia-palm-oil-export-levy.txt'));
    // Was "West of Pekanbaru.": "In Kampar regency, about 60 km west of Pekanbaru" only says where Kampar is.
    expect((await palm.ask('where does Siti Aminah grow her oil palm')).answerLine).toBe('In Kampar.');
  });
  it('finds asking for as seeking, and a weight by its kilograms', async () => {
    const smoke = await engineOf(await loadArticle('tests/fixtures/heldout28/articles/california-groveland-wildfire-smoke-claims.txt'));
    // Was refused: "are seeking at least $23 million in damages".
    expect((await smoke.ask('how much money are the homeowners asking for')).answerLine).toBe('At least $23 million.');
    const bear = await engineOf(await loadArticle('tests/fixtures/heldout31/articles/taiwan-kaohsiung-zoo-bear-escape.txt'));
    // Was refused: "The 120-kg male, known to keepers as Hei-tang".
    expect((await bear.ask('how much does the bear weigh')).answerLine).toBe('120 kg.');
  });
  it('reads the lede\'s "fishing community of Okordia" as the headline\'s "fishing town", which later paragraphs need not name', async () => {
    const spill = await engineOf(await loadArticle('tests/fixtures/heldout72/articles/nigeria-bayelsa-okordia-pipeline-spill.txt'));
    // Was "An environmental group said this.", from the lede: "our children are drinking water that smells of petrol".
    expect((await spill.ask('who said the children in okordia are drinking water that smells of petrol')).speaker).toBe('Ebikeme Tari');
    const flood = await engineOf(await loadArticle('tests/fixtures/heldout159/articles/kiribati-abaiang-village-flooded-seawall-funding.txt'));
    // Was "In 2009.", when the seawall was built.
    expect((await flood.ask('When did the flooding hit Koinawa?')).answerLine).toBe('Late on Saturday, February 14.');
  });
  it('finds a yearly limit on a harvest in a quota that caps the catch', async () => {
    const lobster = await engineOf(await loadArticle('tests/fixtures/heldout105/articles/belize-placencia-lobster-licence-dispute.txt'));
    // Was refused: "a quota system that caps the national catch at 520 tonnes of lobster tail a year".
    expect((await lobster.ask("What's the yearly limit on the country's lobster harvset?")).answerLine).toBe('520 tonnes.');
  });
  it('gives the age someone started at from "since he was 12", and his age now otherwise', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout146/articles/yemen-mukalla-fishing-port-cold-storage-reopens.txt'));
    // Was "47 years old.", his age now: "a 47-year-old fisherman who has gone out to sea from Mukalla since he was 12".
    expect((await port.ask('how old was Bawazir when he first started fishing')).answerLine).toBe('At the age of 12.');
    expect((await port.ask('how old is Bawazir')).answerLine).toBe('47 years old.');
  });
  it('finds "the lender" in a bank that speaks', async () => {
    const metro = await engineOf(await loadArticle('tests/fixtures/heldout55/articles/vietnam-hanoi-metro-line-delay.txt'));
    // Was "The article doesn't quote the lender.": "The Asian Development Bank, which is lending $700 million".
    expect((await metro.ask('what did the lender say')).speaker).toBe('Asian Development Bank');
  });
  it('reads a span in the clause that describes someone past a decimal point', async () => {
    const coffee = await engineOf(await loadArticle('tests/fixtures/heldout180/articles/togo-kpalime-coffee-cooperative-organic-certification.txt'));
    // Was "Since 2008.", an economist's: "Afi Kpodar, a 61-year-old widow who has tended 1.5 hectares of robusta ...
    // for 27 years".
    expect((await coffee.ask('For how long has the widow been looking after her coffee bushes?')).answerLine).toBe('27 years.');
  });
  it('reads a hyphened area, a part after its whole, a new level in a foreign dollar, and a whole by what describes it', async () => {
    const library = await engineOf(await loadArticle('tests/fixtures/heldout182/articles/us-bozeman-library-expansion-bond-vote.txt'));
    // Was "22,000 squares.": "a 22,000-square-foot addition".
    expect((await library.ask('how big would the new addition be')).answerLine).toBe('22,000 square feet.');
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout183/articles/venezuela-barquisimeto-municipal-bus-breakdowns-fare-rise.txt'));
    // Was "120 Yutong buses Barquisimeto.": "Of the 120 Yutong buses Barquisimeto received from China in 2015, only 38
    // were running on Friday".
    expect((await buses.ask('How many buses were actually running on Friday?')).answerLine).toBe('Only 38.');
    expect((await buses.ask('How many buses did the city receive from China?')).answerLine).toBe('120 Yutong buses.');
    const dam = await engineOf(await loadArticle('tests/fixtures/heldout184/articles/zimbabwe-masvingo-chivake-dam-irrigation-water-fees.txt'));
    // Was "US$5.": "raised the monthly fee from US$5 to US$12 per plot".
    expect((await dam.ask('How much is the new monthly fee per plot?')).answerLine).toBe('US$12 per plot.');
    expect((await dam.ask('What was the monthly fee before the rise?')).answerLine).toBe('US$5.');
    const mine = await engineOf(await loadArticle('tests/fixtures/heldout114/articles/nauru-topside-mine-rehabilitation-topsoil-row.txt'));
    // Not "A$6.1 million a year earlier.": "set aside A$4.6 million ... in the 2024-25 budget, down from A$6.1 million a
    // year earlier".
    expect((await mine.ask("how much has the govt earmarked in this year's budget for restoring the land")).answerLine).toBe('A$4.6 million.');
    const mill = await engineOf(await loadArticle('tests/fixtures/heldout181/articles/turkey-ayvalik-olive-mill-pressing-fees-rise.txt'));
    // Was "1,150.": "1,150 of its roughly 2,600 registered olive growers had sent fruit to Çamlık last season".
    expect((await mill.ask('how many olive growers are registered with the chamber')).answerLine).toBe('Roughly 2,600.');
    expect((await mill.ask('how many growers sent fruit to the mill last season')).answerLine).toBe('1,150.');
  });
  it('never reads a lower-case slip as a name the article only writes capitalised', async () => {
    const mill = await engineOf(await loadArticle('tests/fixtures/heldout181/articles/turkey-ayvalik-olive-mill-pressing-fees-rise.txt'));
    // Was refused: "takin" read as the district environment officer "Tekin".
    expect((await mill.ask('how long has the widow been takin her olives to Çamlık')).answerLine).toBe('27 years.');
  });
  it('reads a span past "No. 2", people by the deed asked of them, an overall cost, and a genset as a generator', async () => {
    const carpets = await engineOf(await loadArticle('tests/fixtures/heldout181/articles/turkmenistan-dashoguz-carpet-school-weavers-wages.txt'));
    // Was refused: "Ogulbibi Rejepova, a 44-year-old weaver who has worked at the city's No. 2 workshop since 1998".
    expect((await carpets.ask('How long has the 44-year-old been making carpets for a living?')).answerLine).toBe('Since 1998.');
    // (Not "About 1,300 weavers.": weaving is what the school teaches, not what its teachers do.)
    expect((await carpets.ask('How many teachers work at the carpet-weaving school?')).inScope).toBe(false);
    const dam = await engineOf(await loadArticle('tests/fixtures/heldout184/articles/zimbabwe-masvingo-chivake-dam-irrigation-water-fees.txt'));
    // Was refused: "The scheme's 86 plot holders share 40 hectares of irrigated land".
    expect((await dam.ask('How many farmers hold plots on the scheme?')).answerLine).toBe('86 plot holders.');
    // (Was "86 plot holders share.")
    expect((await dam.ask('How many plot holders are there?')).answerLine).toBe('86 plot holders.');
    const coral = await engineOf(await loadArticle('tests/fixtures/heldout182/articles/uae-fujairah-coral-nursery-bleaching-recovery.txt'));
    // Was refused: "the project would cost Dh3.2 million over three years".
    expect((await coral.ask("What's the overall price tag of the scheme?")).answerLine).toBe('Dh3.2 million.');
    const school = await engineOf(await loadArticle('tests/fixtures/heldout181/articles/tuvalu-vaitupu-school-solar-battery-failure.txt'));
    // Was "The article doesn't mention genset.": "a 60-kilovolt-ampere diesel generator ..., burning about 110 litres a
    // night".
    expect((await school.ask('So how much fuel does the loaned genset get through each evening?')).answerLine).toBe('About 110 litres.');
    const tweed = await engineOf(await loadArticle('tests/fixtures/heldout182/articles/uk-stornoway-harris-tweed-apprentices-loom-shortage.txt'));
    // Was "The article mentions the Skills Partnership but doesn't quote them.": "The partnership said in a statement".
    expect((await tweed.ask('What did the skills partnership say about the future of the industry?')).speaker).toBe('Hebridean Textile Skills Partnership');
  });
  it('finds a body whose name holds a word of grammar, and where someone sells things from', async () => {
    const lanterns = await engineOf(await loadArticle('tests/fixtures/heldout184/articles/vietnam-hoi-an-lantern-workshops-flood-recovery.txt'));
    // Was "The article doesn't quote the Hoi An Lantern Craft Association.": "An" read as a word of grammar.
    expect((await lanterns.ask('What did the Hoi An Lantern Craft Association say?')).speaker).toBe('Hoi An Lantern Craft Association');
    // Was refused: "said Vo Thi Mai, 34, who sells lanterns from a boat on the river".
    expect((await lanterns.ask('Where does Vo Thi Mai sell her lanterns from?')).answerLine).toBe('From a boat on the river.');
  });
  it('reads "according to whom" and "who talked about" as asking who said it', async () => {
    const carpets = await engineOf(await loadArticle('tests/fixtures/heldout181/articles/turkmenistan-dashoguz-carpet-school-weavers-wages.txt'));
    // Was the closest passage, ¶17, naming no one: "weavers received a 10 percent bonus for carpets delivered ahead of
    // schedule", the enterprise said.
    expect((await carpets.ask('According to whom do weavers get extra money for finishing carpets early?')).speaker).toBe('Dashoguz Carpet Enterprise');
    const shea = await engineOf(await loadArticle('tests/fixtures/heldout181/articles/uganda-gulu-shea-butter-cooperative-export-order.txt'));
    // Was "The article doesn't say.": "Today our butter will be on shelves in Europe with the names of our women on the
    // label."
    expect((await shea.ask("who talked about european shoppers seeing the members' names on the packaging")).speaker).toBe('Grace Akello');
  });
  it('never gives what a delay would add to a cost as the cost', async () => {
    const land = await engineOf(await loadArticle('tests/fixtures/heldout112/articles/monaco-fontvieille-reclamation-construction-noise-complaints.txt'));
    // Was "About 40 million euros.": "such a ban would delay the project by at least eight months and add about 40 million
    // euros to its cost".
    expect((await land.ask('how much is the project going to cost')).answerLine).toBe('1.6 billion euros.');
    // (What it adds, when that is asked.)
    expect((await land.ask('how much extra would a ban on night work add to the cost')).answerLine).toBe('About 40 million euros.');
  });
  it('finds the far end of a route set "between" two places, past an appositive', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout169/articles/norway-traena-ferry-timetable-cut-islanders-protest.txt'));
    // Was "Between Husøy.": "the car ferry between Husøy, Træna's main island, and Stokkvågen on the mainland".
    expect((await ferry.ask('Where does the ferry from Husøy dock on the mainland?')).answerLine).toBe('Stokkvågen.');
  });
  it('counts things of the general kind a question asks by the kind the article names', async () => {
    const tweed = await engineOf(await loadArticle('tests/fixtures/heldout182/articles/uk-stornoway-harris-tweed-apprentices-loom-shortage.txt'));
    // Was "The article doesn't say.": "I've got 30 to 40 looms on my list waiting for a visit," Smith told the BBC.
    expect((await tweed.ask('So how many machines are queued up waiting for Smith to come and fix them?')).answerLine).toBe('30 to 40 looms.');
  });
  it('prices the kind of ticket asked, one way or return', async () => {
    const coach = await engineOf(await loadArticle('tests/fixtures/heldout182/articles/ukraine-uzhhorod-kosice-coach-route-reopens.txt'));
    // Was "1,400 hryvnias.": "A return ticket costs 1,400 hryvnias", over the lede's "the one-way fare of 780 hryvnias".
    expect((await coach.ask('How much dose a one-way ticket cost now?')).answerLine).toBe('780 hryvnias.');
    expect((await coach.ask('How much is a return ticket?')).answerLine).toBe('1,400 hryvnias.');
  });
  it('keeps a currency whose name ends in a letter outside ASCII whole', async () => {
    const planetarium = await engineOf(await loadArticle('tests/fixtures/heldout185/articles/albania-korce-planetarium-roof-repairs-trips-cancelled.txt'));
    // Was "About 38 million lek.": "the repairs would cost about 38 million lekë, roughly 350,000 euros".
    expect((await planetarium.ask('How much are the roof repairs going to cost?')).answerLine).toBe('About 38 million lekë.');
  });
  it('counts the whole that a part is of as a total', async () => {
    const incubators = await engineOf(await loadArticle('tests/fixtures/heldout185/articles/angola-huambo-maternity-hospital-incubator-shortage.txt'));
    // Was "The article doesn't give that number.": "Only four of the 22 incubators in the neonatal unit ... were working".
    expect((await incubators.ask('How many incubators does the neonatal unit have in total?')).answerLine).toBe('22 incubators.');
    // (The part, when the part is asked.)
    expect((await incubators.ask('How many incubators were working?')).answerLine).toMatch(/^Four\b/u);
  });
  it('reads "how close" as a distance, and a people "who" tells of as no place', async () => {
    const birds = await engineOf(await loadArticle('tests/fixtures/heldout185/articles/antigua-barbuda-codrington-frigate-bird-tour-boat-licences.txt'));
    // Was the closest passage: "boats must stay at least 15 metres from the nesting mangroves".
    expect((await birds.ask('how close are boats allowed to get to the trees where the birds nest')).answerLine).toBe('At least 15 metres.');
    // Was "To Barbudans.": "priority would go to Barbudans, who had depended on the lagoon for generations".
    expect((await birds.ask('Where can boat operators hand in their applications?')).answerLine).toBe('At the council office in Codrington.');
  });
  it('reads a squad as a team and being unconscious as a coma', async () => {
    const rink = await engineOf(await loadArticle('tests/fixtures/heldout186/articles/austria-leoben-ammonia-leak-closes-ice-rink.txt'));
    // Was "The article doesn't say.": "Thomas Gruber, who has coached the club's under-14 team since 2016".
    expect((await rink.ask('How long has Gruber been in charge of the under-14 squad?')).answerLine).toBe('Since 2016.');
    const path = await engineOf(await loadArticle('tests/fixtures/heldout188/articles/belgium-hasselt-lit-cycling-path-opens-after-crashes.txt'));
    // Was "The article doesn't say how long.": "She spent 11 days in a coma".
    expect((await path.ask('how long was the student unconscious after she crashed')).answerLine).toBe('11 days.');
  });
  it('holds no word after a dateline of its place alone to be a name', async () => {
    const schools = await engineOf(await loadArticle('tests/fixtures/heldout187/articles/bahrain-isa-town-school-air-conditioning-failures.txt'));
    // Was the ministry's closest statement: "ISA TOWN — Pupils at ..." made "pupils" a name that the teacher's "Two of
    // them fainted before the second break" lacks.
    expect((await schools.ask('Who said two pupils fainted before the second break?')).speaker).toBe('Maryam Al Sayed');
  });
  it('names no one for a post nobody in the article holds', async () => {
    const dairy = await engineOf(await loadArticle('tests/fixtures/heldout188/articles/belarus-hrodna-dairy-plant-fined-river-wastewater.txt'));
    // Was "Dzmitry Lis: the plant's chief engineer.", found by the plant's name.
    const director = await dairy.ask('Who is the director of Neman Dairy Works?');
    expect(director.inScope).toBe(false);
    expect(director.answerLine).toMatch(/^The article doesn't name the director\./u);
    // (One who holds the post asked is still found.)
    expect((await dairy.ask('Who is the chief engineer?')).speaker).toBe('Dzmitry Lis');
  });
  it('gives no number added as the number there is', async () => {
    const palau = await engineOf(await loadArticle('tests/fixtures/heldout144/articles/palau-koror-rock-islands-permit-fee-lawsuit.txt'));
    // Was "12 new rangers.": "the extra revenue ... would pay for 12 new rangers".
    expect((await palau.ask('How many rangers does Koror State employ at the moment?')).inScope).toBe(false);
    // (What is added, when that is asked.)
    expect((await palau.ask('How many new rangers would the extra revenue pay for?')).answerLine).toBe('12 new rangers.');
    const teachers = await engineOf(await loadArticle('tests/fixtures/heldout70/articles/canada-new-brunswick-teachers-pay-deal.txt'));
    // Was "120 new resource teacher positions.", over the lede's "roughly 8,300 public school teachers".
    expect((await teachers.ask('how many teachers are covered by the deal')).answerLine).toBe('Roughly 8,300 public school teachers.');
    // ("14.6 million New Zealand dollars" is no addition.)
    const adviser = await engineOf(await loadArticle('tests/fixtures/heldout10/articles/auckland-adviser-fraud-sentencing.txt'));
    expect((await adviser.ask('how much money did ashby take')).answerLine).toBe('14.6 million New Zealand dollars.');
  });
  it('reads spare parts as replacement parts', async () => {
    const water = await engineOf(await loadArticle('tests/fixtures/heldout107/articles/maldives-thinadhoo-desalination-breakdown-water-rationing.txt'));
    // Was "The article doesn't say.": "replacement parts were being flown in from Singapore".
    expect((await water.ask('Where are the spare parts being sent from?')).answerLine).toBe('From Singapore.');
  });
  it('dates going out of service by the start of the time out of it', async () => {
    const ferry = await engineOf(await loadArticle('tests/fixtures/heldout136/articles/comoros-anjouan-ferry-repairs-ticket-prices.txt'));
    // Was "The article doesn't say when.": "has been tied up in the port of Mutsamudu since Friday, May 3".
    expect((await ferry.ask('When was the Karthala Express taken out of service?')).answerLine).toBe('Since Friday, May 3.');
  });
  it('counts for the day asked, not from a sentence dated by another day', async () => {
    const factory = await engineOf(await loadArticle('tests/fixtures/heldout131/articles/cambodia-kampong-speu-garment-workers-faint.txt'));
    // Was "37 workers.": "In the earlier incident, on September 18, 37 workers were taken to hospital."
    expect((await factory.ask('How many workers were taken to hospital on Thursday?')).answerLine).toBe('112 workers.');
    // (The other day's, when that day is asked.)
    expect((await factory.ask('How many workers were taken to hospital on September 18?')).answerLine).toBe('37 workers.');
  });
  it('weighs only the material asked', async () => {
    const rail = await engineOf(await loadArticle('tests/fixtures/heldout104/articles/laos-boten-rail-freight-backlog.txt'));
    // Was "4.3 million tonnes.": "The railway carried 4.3 million tonnes of cross-border freight in 2024, ... a key route
    // for Lao exports of cassava, rubber, bananas and potash."
    expect((await rail.ask('How many tonnes of bananas have been thrown away so far?')).inScope).toBe(false);
    // (The material it weighs, when that is asked.)
    expect((await rail.ask('How many tonnes of freight did the railway carry in 2024?')).answerLine).toBe('4.3 million tonnes.');
  });
  it('dates when something ends by the start of what ends it', async () => {
    const plant = await engineOf(await loadArticle('tests/fixtures/heldout141/articles/greenland-sisimiut-shrimp-plant-night-shift-cuts.txt'));
    // Was "This year.": "is to scrap its night shift from March 4".
    expect((await plant.ask('When does the night shift end?')).answerLine).toBe('From March 4.');
  });
  it('reads "left" before a place as a verb, not as what remains', async () => {
    const buses = await engineOf(await loadArticle('tests/fixtures/heldout146/articles/venezuela-maracaibo-buses-idle-spare-parts-shortage.txt'));
    // Was "Only 56.": "Of the 240 buses that the city-owned company Transmara operated ..., only 56 left the depot on
    // Monday morning", as if "56 left" were what remains, of anything.
    expect((await buses.ask('How many employees does Transmara have?')).inScope).toBe(false);
    // (The buses, when they are asked.)
    expect((await buses.ask('How many buses left the depot on Monday morning?')).answerLine).toBe('Only 56.');
  });
  it('gives no figure set against the thing asked as its value', async () => {
    const power = await engineOf(await loadArticle('tests/fixtures/heldout126/articles/venezuela-maracaibo-power-rationing-hits-clinics-shops.txt'));
    // Was "About $25.": "she had lost meat and cheese worth about $25 during a similar round of cuts in 2022, more than her
    // monthly pension".
    expect((await power.ask('How much does Yelitza Fernandez get as a monthly pension?')).inScope).toBe(false);
    // (What the figure is the value of, when that is asked.)
    expect((await power.ask('How much meat and cheese did Fernandez lose in 2022?')).answerLine).toBe('About $25.');
  });
  it('gives no threshold of a condition as the number expected', async () => {
    const airport = await engineOf(await loadArticle('tests/fixtures/heldout103/articles/albania-vlora-airport-concession-contract-dispute.txt'));
    // Was "1.2 million a year.": "the state must compensate the operator ... whenever passenger numbers fall below 1.2
    // million a year".
    expect((await airport.ask('How many passengers does Adriatic Skyport expect in its first year?')).inScope).toBe(false);
    // (The threshold, when it is asked.)
    expect((await airport.ask('Below how many passengers a year must the state compensate the operator?')).answerLine).toBe('1.2 million a year.');
  });
});

describe('forty-eighth session: held-out 189 to 192', () => {
  const at = heldoutEngine;
  it('reads someone "who" did something as a person, whom "he" then names', async () => {
    const cordyceps = await at(189, 'bhutan-trashigang-cordyceps-price-collection-dispute');
    // Was "The article quotes this without saying who said it.": "Kinley Tenzin, a licensed exporter from Phuentsholing
    // who has bid at the Trashigang auction for eight years" was read as a company, which is never "he".
    const a = await cordyceps.ask("Who said almost a third of last year's purchases were broken or mouldy?");
    expect(a.speaker).toBe('Kinley Tenzin');
    expect(a.citations[0]!.paragraph).toBe(12);
  });
  it('keeps a place\'s kind after a name in words it does not know', async () => {
    const cordyceps = await at(189, 'bhutan-trashigang-cordyceps-price-collection-dispute');
    // Was "At the Merak.": "about 60 herders met at the Merak gewog office".
    expect((await cordyceps.ask('Where did the herders meet on Saturday?')).answerLine).toBe('At the Merak gewog office.');
  });
  it('ranks first, for "who warned", a speaker who warned', async () => {
    const mercury = await engineOf(await loadArticle('tests/fixtures/heldout122/articles/suriname-saramacca-river-fish-mercury-testing.txt'));
    // Was Ravi Mahabier, whose words come about as close: Sharda Ramdin "warned" it.
    expect((await mercury.ask('Who warned that outlawing mercury would just drive the trade into the shadows?')).speaker).toBe('Sharda Ramdin');
  });
  it('reads "What did X ask farmers to do?" as what X said, about farmers', async () => {
    const cattle = await at(190, 'botswana-francistown-cattle-quarantine-abattoir-sales');
    // Was "Onalenna Sebego said:" with her ¶4 statement only.
    const a = await cattle.ask('What did the veterinary officer Onalenna Sebego ask farmers to do?');
    expect(a.kind).toBe('what-said');
    expect(a.answerLine).toBe('Principal Veterinary Officer Onalenna Sebego on farmers:');
    expect(a.citations.map((c) => c.paragraph)).toContain(6);
  });
  it('finds a meat plant in an abattoir that slaughters', async () => {
    const cattle = await at(190, 'botswana-francistown-cattle-quarantine-abattoir-sales');
    // Was refused: "The commission's Francistown plant, which employs about 420 people, normally slaughters 250 to 300
    // head a day".
    expect((await cattle.ask('How many folks work at the meat plant in Francistown?')).answerLine).toBe('About 420 people.');
  });
  it('prices a one-way ticket by a fare told "each way" after it', async () => {
    const taxis = await at(190, 'brunei-bangar-water-taxi-operators-bridge-passengers');
    // Was "About B$180 a week per boat.": "the fare of 6 Brunei dollars ($4.40) each way ..., but that fuel and engine
    // repairs now cost operators about B$180 a week per boat".
    expect((await taxis.ask('How much does a one-way boat tikcet cost?')).answerLine).toBe('6 Brunei dollars.');
  });
  it('gives the level before a change when "before" is asked, not the one set against it', async () => {
    const taxis = await at(190, 'brunei-bangar-water-taxi-operators-bridge-passengers');
    // Was "Fewer than 300 passengers a day.": "fewer than 300 passengers a day in May, compared with about 1,400 a day
    // before the bridge opened".
    expect((await taxis.ask('Roughly how many people used to ride the water taxis each day before the bridge?')).answerLine).toBe('About 1,400 a day.');
  });
  it('prices what is asked, not another thing that costs, and keeps both ends of a range in dollars with letters', async () => {
    const taxis = await at(190, 'brunei-bangar-water-taxi-operators-bridge-passengers');
    // Was "B$40.": "a taxi to the capital can cost B$40 to B$50" is no price of the bridge.
    expect((await taxis.ask('How much did the Temburong Bridge cost to build?')).inScope).toBe(false);
    // (The taxi's, when it is asked: both ends, each with its "B$".)
    expect((await taxis.ask('How much does a taxi to the capital cost?')).answerLine).toBe('B$40 to B$50.');
  });
  it('reads "AD" after a name as a company, which "the company" then is', async () => {
    const mill = await at(190, 'bulgaria-gabrovo-paper-mill-shutdown-workers');
    // Was "The company on why it shut the mill:" citing ¶3 only: "Yantra Paper AD" was read as a person.
    const a = await mill.ask('What did the company say about why it shut the mill?');
    expect(a.speaker).toBe('Yantra Paper AD');
    expect(a.citations[0]!.paragraph).toBe(2);
  });
  it('asks how much notice as a span of time', async () => {
    const mill = await at(190, 'bulgaria-gabrovo-paper-mill-shutdown-workers');
    // Was refused: "workers had been given only 30 days' notice of the closure".
    expect((await mill.ask('how much notice did staff get before the closure')).answerLine).toBe("Only 30 days' notice.");
  });
  it('reads "worth up to" as a bound, not as a level a change went to', async () => {
    const fishing = await at(191, 'burundi-rumonge-night-fishing-ban-protest');
    // Was refused: "worth up to 600,000 Burundian francs ($210)", read as a level reached, for a question about before.
    expect((await fishing.ask("how much was a night's catch from his boats worth before the ban")).answerLine).toBe('Up to 600,000 Burundian francs.');
  });
  it('gives the part, not the whole it is of, for a unit followed by "of the"', async () => {
    const salt = await at(191, 'cambodia-kampot-salt-fields-storm-surge');
    // Was "Roughly 4,700 hectares.": "some 420 hectares of the province's roughly 4,700 hectares of salt fields had been
    // flooded".
    expect((await salt.ask('How many hectares of salt fields were flooded?')).answerLine).toBe('Some 420 hectares.');
  });
  it('reads what someone makes as money', async () => {
    const salt = await at(191, 'cambodia-kampot-salt-fields-storm-surge');
    // Was refused: "she normally earns 25,000 to 30,000 riel a day during the harvest".
    expect((await salt.ask('so how much does someone carrying salt usually make per day in the harvest season?')).answerLine).toBe('25,000 to 30,000 riel a day.');
  });
  it('answers "What does X charge?" only with a sum', async () => {
    const chilies = await at(191, 'cameroon-kribi-chili-growers-plant-prices');
    // Was "About 12 kilometres east.": a distance for a price.
    expect((await chilies.ask('What does Océan Épices charge for its hot sauce in Europe?')).inScope).toBe(false);
  });
  it('reads "Ste." as an abbreviation and dates closing by the date after "close"', async () => {
    const grain = await at(192, 'canada-thunder-bay-grain-ship-backlog');
    // Was "Until late March.": "He said the Soo Locks at Sault Ste. Marie, Michigan, are scheduled to close on January 15,
    // and that any ship that has not cleared them by then would be trapped on the upper lakes until late March."
    const a = await grain.ask('When are the Soo Locks scheduled to close?');
    expect(a.answerLine).toBe('On January 15.');
    expect(a.citations[0]!.text).toMatch(/^He said the Soo Locks at Sault Ste\. Marie/u);
  });
  it('splits a title for something and something from the name that follows', async () => {
    const tank = await at(192, 'cape-verde-assomada-water-tank-fees');
    // Was "Lopes Furtado, Councillor for Water and Sanitation Ana, said this.".
    const a = await tank.ask('who told reporters that water levels in some wells had fallen by a few metres');
    expect(a.speaker).toBe('Ana Lopes Furtado');
    expect(a.answerLine).toBe('Ana Lopes Furtado, Councillor for Water and Sanitation, said this.');
  });
  it('dates construction by when work began', async () => {
    const tank = await at(192, 'cape-verde-assomada-water-tank-fees');
    // Was "By March.": "Work began in June 2022".
    expect((await tank.ask('When did construction of the tank start?')).answerLine).toBe('In June 2022.');
  });
  it('reads a scheme as a project', async () => {
    const grid = await at(192, 'central-african-republic-berberati-solar-mini-grid');
    // Was "Around 1,000 CFA francs." (a litre of petrol): "the project cost about 1.9 billion CFA francs".
    expect((await grid.ask('So what was the total price tag for the whole scheme?')).answerLine).toBe('About 1.9 billion CFA francs.');
  });
  it('finds a country\'s chief port by its people\'s adjective', async () => {
    const gum = await at(192, 'chad-abeche-gum-arabic-price-fall');
    // Was "The article doesn't mention Cameroonian.": "freight from Abéché to Douala, a distance of about 1,900 kilometres".
    expect((await gum.ask('How far do lorries have to go from Abéché to reach the Cameroonian port?')).answerLine).toBe('About 1,900 kilometres.');
  });
});

describe('forty-eighth session: dates in older examined sets', () => {
  it('dates a breakdown by the start of the time out of service', async () => {
    const port = await engineOf(await loadArticle('tests/fixtures/heldout48/articles/philippines-general-santos-port-congestion.txt'));
    // Was "Until the second week of December.": "had been out of service since Oct. 14 after a hydraulic failure" ("break
    // down" reaches the rules as "breakdown").
    expect((await port.ask('When did the crane break down?')).answerLine).toBe('Since Oct. 14.');
    // (Not events counted since a date: "two others had reported breakdowns since January".)
    const clinic = await engineOf(await loadArticle('tests/fixtures/heldout161/articles/lesotho-mokhotlong-clinic-solar-vaccine-fridge-failure.txt'));
    expect((await clinic.ask('When did the fridge break down?')).answerLine).toBe('On April 3.');
  });
  it('reads "its first cut since 2017" as when the last one was', async () => {
    const nutmeg = await engineOf(await loadArticle('tests/fixtures/heldout141/articles/grenada-nutmeg-growers-cooperative-price-dispute.txt'));
    // Was "2024.".
    expect((await nutmeg.ask('When did the cooperative last cut its price before this week?')).answerLine).toBe('In 2017.');
  });
  it('asks "how much time" for a span, not for a count of times', async () => {
    const jumla = await engineOf(await loadArticle('tests/fixtures/heldout13/articles/nepal-jumla-runway-excursion.txt'));
    // Was "More than 200 times.": "had flown into Jumla more than 200 times between them".
    expect((await jumla.ask('how much time has the investigation panel been given')).answerLine).toBe('45 days.');
  });
  it('passes over a date in a "who" clause about something else', async () => {
    const cyclist = await engineOf(await loadArticle('tests/fixtures/heldout35/articles/portugal-cyclist-cas-doping-appeal.txt'));
    // Was "In 2023.": "Ferreira, 29, who finished third in the Volta a Portugal in 2023, tested positive ... on Feb. 14
    // last year".
    expect((await cyclist.ask('When did Ferreira test positive?')).answerLine).toBe('On Feb. 14.');
  });
});

describe('forty-ninth session: held-out 193 to 196', () => {
  const at = heldoutEngine;
  it('knows someone by a role set off after the name in any sentence, whatever title came before', async () => {
    const school = await at(196, 'dominica-grand-bay-primary-school-rebuilt');
    // Was "The article mentions the parish priest but doesn't quote them.": "Father Gregory Shillingford, the parish
    // priest, whose hall housed four classes ..., blessed the building", then "“The church was glad to help,” he told the
    // crowd".
    const a = await school.ask('What did the parish priest say at the ceremony?');
    expect(a.speaker).toBe('Gregory Shillingford');
    expect(a.citations[0]!.text).toMatch(/^“The church was glad to help,” he told the crowd/u);
  });
  it('names the one a post is told beside, for who holds it', async () => {
    const school = await at(196, 'dominica-grand-bay-primary-school-rebuilt');
    // Was "the parish priest: whose hall housed four classes between 2017 and 2019." (found while using the bot): the
    // post stands beside the name ("Father Gregory Shillingford, the parish priest,"), not as his role.
    const a = await school.ask('Who is the parish priest?');
    expect(a.speaker).toBe('Gregory Shillingford');
    expect(a.answerLine).toMatch(/^Gregory Shillingford: .*the parish priest\.$/u);
  });
  it('gives a span until now, not a length, for how long someone has been at something', async () => {
    const road = await at(195, 'denmark-skagen-drifting-sand-lighthouse-road');
    // Was "2.8-kilometre Fyrvej road.": "the 2.8-kilometre Fyrvej road" for a question that names the road.
    expect((await road.ask('so how long has the bike rental guy been in business on that road?')).answerLine).toBe('Since 1998.');
  });
  it('answers where with a spot in lower case that the article names after it', async () => {
    const rafting = await at(196, 'dominican-republic-jarabacoa-rafting-guides-licences');
    // Was "The article doesn't say where.": "his raft overturned near the rapid known locally as El Rodeo".
    expect((await rafting.ask("where did the Canadian tourist's raft overturn")).answerLine).toBe('Near the rapid known locally as El Rodeo.');
  });
  it('reads "come into force" as taking effect, and "call a place home" as living there', async () => {
    const carts = await at(195, 'cuba-baracoa-horse-taxi-licence-fees');
    // Was "In January 2026." (when the fee will be reviewed): "rises ... and takes effect on May 1".
    expect((await carts.ask('When does the new fee come into force?')).answerLine).toBe('On May 1.');
    // Was "Five drivers.": "in a municipality of some 82,000 people".
    expect((await carts.ask('Roughly how many people call the municipality home?')).answerLine).toBe('Some 82,000 people.');
  });
  it('answers where with the seafront the lede names, and where someone heads to', async () => {
    const carts = await at(195, 'cuba-baracoa-horse-taxi-licence-fees');
    // Was "At the municipal offices." (where five drivers met an official): "parked their carts along the seafront Malecón".
    expect((await carts.ask('Where did the drivers line up their carts in protest?')).answerLine).toBe('Along the seafront Malecón.');
    const dockers = await at(194, 'cote-divoire-san-pedro-dockers-night-shift-pay');
    // Was "At San Pedro.": "waits more than an hour for a shared taxi back to the Bardot district".
    expect((await dockers.ask('Where does Yao Kouassi head home to after a night shift?')).answerLine).toBe('To the Bardot district.');
    // (Not "the head of" someone: still where the panel's head works.)
    const fraud = await at(38, 'denmark-aarhus-research-fraud');
    expect((await fraud.ask('where does the head of the investigating panel work')).answerLine).toBe('In Sweden.');
  });
  it('reads "how far" something has fallen as by how much', async () => {
    const finca = await at(193, 'colombia-salento-water-rationing-coffee-homestays');
    // Was "The article doesn't give that number.": "bookings for March were down by about 40 percent" (a distance was
    // sought, and reservations are bookings).
    expect((await finca.ask('how far have reservations at the finca fallen for march')).answerLine).toBe('About 40 percent.');
    // (A fall in metres is still a distance.)
    const bus = await at(53, 'bolivia-potosi-pilgrim-bus-crash');
    expect((await bus.ask('how far did the bus fall')).answerLine).toBe('About 150 metres.');
  });
  it('gives the figure of the year asked, not this year\'s set against it', async () => {
    const dhows = await at(196, 'djibouti-tadjourah-obock-road-dhow-builders');
    // Was "Only two dhows.": "he had built only two dhows so far this year, compared with nine in 2022".
    expect((await dhows.ask('How many dhows did Dini build in 2022?')).answerLine).toBe('Nine.');
  });
});

describe('fiftieth session: held-out 197 to 200', () => {
  const at = heldoutEngine;
  it('reads a pronoun quote as going on from the paragraph that names its speaker, and a place after "out of" as no one', async () => {
    const mill = await at(197, 'eritrea-dekemhare-grain-mill-power-cuts-flour-queues');
    // Was "The article doesn't give that number.": "“... At 10 at night I have 80 sacks waiting ...,” he said." lacks
    // "Selam", which the paragraph before gives with its speaker ("who has operated the Selam mill since 1998").
    expect((await mill.ask('How many sacks are waiting at the Selam mill at 10 at night?')).answerLine).toMatch(/^80 sacks/u);
    const workshops = await at(197, 'egypt-damietta-furniture-workshops-timber-prices');
    // Was "Ezbet El Borg said this.": "to work on a trawler out of Ezbet El Borg. “... If I were 17, I would go too,” he said."
    expect((await workshops.ask('so who said "If I were 17, I would go too"?')).speaker).toBe('Sayed Abu Zeid');
  });
  it('reads prices and losses of a thing named, in whatever currency letter', async () => {
    const mill = await at(197, 'eritrea-dekemhare-grain-mill-power-cuts-flour-queues');
    // Was "The article doesn't give that number.": "ready-made" read as the past, and "when she could afford it" as a maybe.
    // (With the unit it is sold by, since the fifty-fourth session.)
    expect((await mill.ask('How much does ready-made flour cost at the market?')).answerLine).toBe('60 nakfa a kilogram.');
    const cane = await at(198, 'fiji-rakiraki-cane-trucks-queue-mill-breakdown');
    // Was "The article doesn't give that number.": a loss asked of sugar, not of money.
    expect((await cane.ask('how much recoverable sugar can cut cane lose per day')).answerLine).toBe('1 to 2 percent.');
    const rank = await at(198, 'eswatini-manzini-bus-rank-relocation-kombi-strike');
    // Was "The article doesn't give that number.": "at a cost of E48 million", emalangeni.
    expect((await rank.ask('how much did the new rank cost to bulid')).answerLine).toBe('E48 million.');
    // Was "Over E900 a day.": "must hand over E900 a day", no "more than".
    expect((await rank.ask("so what's the daily fee a driver pays to the person who owns the minibus?")).answerLine).toBe('E900 a day.');
  });
  it('answers by how much something shrank, roughly or from where to where', async () => {
    const ferry = await at(198, 'ethiopia-bahir-dar-papyrus-boat-builders-ferry');
    // Was "The article doesn't give that number.": "papyrus cover along the shore had fallen by about 40 percent".
    expect((await ferry.ask("By roughly how much has the lake's reed cover shrunk?")).answerLine).toBe('About 40 percent.');
    const tea = await at(50, 'kenya-mombasa-tea-auction-price-slump');
    // "her monthly payment for green leaf had dropped from about 9,000 shillings to 5,200 shillings": both ends (was
    // refused once "shrunk" read as a change; "dropped" was refused before).
    expect((await tea.ask("How much has the Nyamira grower's monthly income from leaf shrunk this year?")).answerLine).toBe('From about 9,000 shillings to 5,200 shillings.');
    expect((await tea.ask("How much has the Nyamira grower's monthly income from leaf dropped?")).answerLine).toBe('From about 9,000 shillings to 5,200 shillings.');
  });
  it('counts a membership by its members, a waiting list by its names and what a store holds by its size', async () => {
    const store = await at(200, 'ghana-techiman-traders-cold-store-sits-unused');
    // Was "The article doesn't give that number.": "The association has about 600 members."
    expect((await store.ask('roughly how big is the membership of the group the queen mother leads?')).answerLine).toBe('About 600 members.');
    // Was "The article doesn't give that number.": "The 120-tonne facility".
    expect((await store.ask("How much produce can the facility hold when it's full?")).answerLine).toBe('120 tonnes.');
    const hall = await at(197, 'equatorial-guinea-ebebiyin-market-hall-stall-fees');
    // Was "About 430 vendors.": "people on a waiting list of about 150 names".
    expect((await hall.ask('How many folks are waiting in line to get a stall if one frees up?')).answerLine).toBe('About 150 names.');
  });
  it('gives what a thing cost once, the sum its sentence calls what is asked, and each sum a verb of costing gives', async () => {
    const store = await at(200, 'ghana-techiman-traders-cold-store-sits-unused');
    // Was "10 cedis a week.": "had agreed to pay 10 cedis a week each towards running costs".
    expect((await store.ask('How much did the cold store cost?')).answerLine).toBe('2.4 million cedis.');
    const promenade = await at(198, 'estonia-haapsalu-promenade-storm-repair-tender-delayed');
    // Was "600,000 euros." (set aside for the repairs): "submitted a bid ..., and its price of 1.9 million euros".
    expect((await promenade.ask('How much was the only bid for the repair?')).answerLine).toBe('1.9 million euros.');
    const ferry = await at(198, 'ethiopia-bahir-dar-papyrus-boat-builders-ferry');
    // Was "150 birr.": "Tickets cost 150 birr for Ethiopians and 900 birr for foreign visitors."
    expect((await ferry.ask('How much does a ferry ticket cost for foreign visitors?')).answerLine).toBe('900 birr.');
    expect((await ferry.ask('How much does a ferry ticket cost for Ethiopians?')).answerLine).toBe('150 birr.');
    // Was "150 birr.": what tickets cost is not what the ferry cost to build, which the article never says.
    expect((await ferry.ask('how much did the new ferry cost to build')).inScope).toBe(false);
    const hospital = await at(199, 'gabon-lambarene-hospital-generator-fuel-shortage');
    // Was "280 million CFA francs.": "a proposal for a 150-kilowatt solar installation, costing an estimated 280 million".
    expect((await hospital.ask("How much did the hospital's main generator cost when it was installed?")).inScope).toBe(false);
    // (A clause set off before the verb is no coster: "The refurbishment, which included ... a covered drying floor, cost
    // $3.2 million.")
    const rice = await at(145, 'sierra-leone-kambia-rice-mill-reopens-prices');
    expect((await rice.ask('How much did the refurbishment of the mill cost?')).answerLine).toBe('$3.2 million.');
  });
  it('gives spans with their low end, and how long someone has run a place the lede names', async () => {
    const hospital = await at(199, 'gabon-lambarene-hospital-generator-fuel-shortage');
    // Was "90 minutes.": "backup batteries that last between 40 and 90 minutes".
    expect((await hospital.ask('how long do the backup batteries on the incubators keep going')).answerLine).toBe('Between 40 and 90 minutes.');
    const clinic = await at(197, 'el-salvador-sonsonate-cane-burning-breathing-complaints');
    // Was "The article doesn't say how long.": the lede's "community health unit in Nahulingo", then "who has run the
    // clinic for nine years".
    expect((await clinic.ask('how long has the doctor been in charge at the Nahulingo clinic?')).answerLine).toBe('Nine years.');
    const hall = await at(197, 'equatorial-guinea-ebebiyin-market-hall-stall-fees');
    // Was "The article doesn't say.": "was built over 22 months".
    expect((await hall.ask('so how long did it take to put the building up')).answerLine).toBe('Over 22 months.');
  });
  it('dates what the question asks by the paragraph that brings its subject back by a more general word', async () => {
    const hazelnuts = await at(200, 'georgia-zugdidi-hazelnut-prices-stink-bug-slump');
    // Was "This autumn." ("this autumn's harvest"): "The insect, native to East Asia, was first recorded in Georgia in 2015".
    expect((await hazelnuts.ask('When was the brown marmorated stink bug first recorded in Georgia?')).answerLine).toBe('In 2015.');
    const bridge = await at(200, 'germany-bamberg-footbridge-closure-hits-shopkeepers');
    // Was "The article doesn't say when.": "the Sandsteg, a 19th-century iron footbridge", then "The 42-metre bridge ...
    // has been shut since Aug. 5".
    expect((await bridge.ask('When was the Sandsteg closed?')).answerLine).toBe('Since Aug. 5.');
    const heatPumps = await at(72, 'denmark-heat-pump-subsidy-runs-dry');
    // Was "This year." ("this year's pool"), then refused once that possessive no longer dated anything: "had been fully
    // committed by Friday, Aug. 8" says when it was done, no deadline still ahead.
    expect((await heatPumps.ask('When was the money fully committed?')).answerLine).toBe('By Friday, Aug. 8.');
  });
  it('answers where with the place a sentence adds, the new one asked and the plant its name stands before', async () => {
    const heating = await at(199, 'finland-kuopio-district-heating-price-rise-cooperatives');
    // Was "In the eastern Finnish.": "the wood chips and peat it burns at its Haapaniemi plant".
    expect((await heating.ask('Where does Kallavesi Energia burn its wood chips and peat?')).answerLine).toBe('At its Haapaniemi plant.');
    const hospital = await at(199, 'gabon-lambarene-hospital-generator-fuel-shortage');
    // Was "At the regional hospital in Lambaréné postponed at least 14 operations.": "diesel tankers from Libreville".
    expect((await hospital.ask('so where does the diesel for lambarene actually come from?')).answerLine).toBe('From Libreville.');
    const rank = await at(198, 'eswatini-manzini-bus-rank-relocation-kombi-strike');
    // Was "Near the Manzini Market." ("outside the old rank near the Manzini Market"): "to a new site at Mnyeni".
    expect((await rank.ask('Where is the new bus rank located?')).answerLine).toBe('At Mnyeni.');
    // (Not where the new line leaves "the existing track": that is where it branches off.)
    const tram = await at(100, 'czech-brno-slatina-tram-extension-overrun');
    expect((await tram.ask('where does the new line split off from the existing track')).answerLine).toBe('At Juliánov.');
  });
  it('tells who someone is by the group they are one of, past their age', async () => {
    const gloves = await at(199, 'france-millau-glove-workshop-cutters-shortage');
    // Was "Inès Bouzid: 19 years old.": "Inès Bouzid, 19, one of the two apprentices, who began her training".
    expect((await gloves.ask('Who is Inès Bouzid?')).answerLine).toBe('Inès Bouzid: 19, one of the two apprentices.');
  });
  it('reads "what is X called" as asking its name, which an article that gives none does not answer', async () => {
    const ferry = await at(198, 'ethiopia-bahir-dar-papyrus-boat-builders-ferry');
    // Was "Lake Tana Transport Enterprise said:" with a sentence about the ferry's passengers.
    const a = await ferry.ask('What is the new Lake Tana ferry called?');
    expect(a.inScope).toBe(false);
    expect(a.answerLine).toMatch(/^The article doesn't name the new Lake Tana ferry\./u);
    // Was "Getachew Mulu said:" (found while using the bot): "Before the ferry, I sold two or three boats a month", where
    // "I" stood beside the ferry as if it were its name.
    expect((await ferry.ask("what's the ferry called")).answerLine).toMatch(/^The article doesn't name the ferry\./u);
  });
  it('never gives a rate for a size, nor a measure in another unit than the one asked', async () => {
    const glacier = await at(22, 'switzerland-uri-glacier-evacuation');
    // Was "Up to 1.8 metres a day." (how fast the glacier's tongue moves) for questions the article does not answer.
    expect((await glacier.ask('how big is the glacier in square kilometres')).inScope).toBe(false);
    expect((await glacier.ask('How big is the Chälenfirn glacier in square kilometres?')).inScope).toBe(false);
  });
});

describe('fifty-first session: held-out 201 to 204', () => {
  const at = heldoutEngine;
  it('finds the speaker an office is asked for, a titled name and a body named in its own language', async () => {
    const cardamom = await at(201, 'guatemala-coban-cardamom-growers-hold-harvest');
    // Was "Mario Xol said this." (a buyer): "Which official" went unread for a capitalised "Which".
    expect((await cardamom.ask('Which official said the state will not buy up the crop?')).speaker).toBe('Héctor Tiul');
    const sloops = await at(201, 'grenada-carriacou-sloop-yard-apprentice-shortage');
    // Was "Charles on recruiting apprentices:" with her quotes given to the regatta festival.
    const charles = await sloops.ask('What did Charles say about recruiting apprentices?');
    expect(charles.speaker).toBe('Marcia Charles');
    expect(charles.citations.map((c) => c.text).join(' ')).toMatch(/pick up an adze/u);
    const palace = await at(201, 'guinea-bissau-bolama-governors-palace-restoration-stalls');
    // Was "The article mentions the Portuguese foundation but doesn't quote them.".
    expect((await palace.ask('What did the Portuguese foundation say in its statement?')).speaker).toBe('Fundação Casa do Atlântico');
  });
  it('reads figures of what is had done, of now in other words, of a change told by its noun and of this week by its days', async () => {
    const cattle = await at(201, 'guinea-kankan-anthrax-cattle-vaccination-drive');
    // Was "The article doesn't give that number.": "to have each animal vaccinated" read as the past, against "would pay".
    expect((await cattle.ask('how much do owners pay to have each animal vaccinated')).answerLine).toBe('5,000 Guinean francs.');
    const violins = await at(204, 'italy-cremona-violin-school-loses-wood-supplier');
    // Was "€40.": "a good spruce top that cost €40 in 2019 now sells for €90 to €120".
    expect((await violins.ask('How much does a good spruce top sell for these days?')).answerLine).toBe('€90 to €120.');
    const cardamom = await at(201, 'guatemala-coban-cardamom-growers-hold-harvest');
    // Was "5 percent interest.": "That is a fall of nearly 59 percent".
    expect((await cardamom.ask('by what percentage have cardamom prices dropped')).answerLine).toBe('Nearly 59 percent.');
    const batik = await at(203, 'indonesia-pekalongan-batik-river-dye-crackdown');
    // Was "12 dyeing workshops this week." (sealed): "visited 47 workshops ... between Monday and Thursday".
    expect((await batik.ask('How many workshps did inspectors visit this week?')).answerLine).toBe('47 workshops.');
    // Was "Between five and 30 people." (what each workshop employs): "The industry supports around 40,000 jobs".
    expect((await batik.ask('roughly how many people make a living from the batik trade in and around the city')).answerLine).toBe('Around 40,000 jobs.');
    const lake = await at(204, 'iraq-samawah-sawa-lake-highway-plan');
    // Was "At least 60 other bird species stop.": "Flamingos and at least 60 other bird species" counts no flamingos.
    expect((await lake.ask('How many flamingos were counted at Sawa Lake last winter?')).inScope).toBe(false);
    const crafts = await at(202, 'haiti-les-cayes-artisans-lose-export-orders');
    // Was "The article doesn't mention craftspeople.": the headline's "craftsmen".
    expect((await crafts.ask('How far do the craftspeople have to haul their goods by road to get them to the capital?')).answerLine).toBe('About 195 kilometres.');
  });
  it('answers where with a numbered road, a shore in lower case and where the others went', async () => {
    const solar = await at(204, 'israel-mitzpe-ramon-dark-sky-solar-farm');
    // Was "Along Route.".
    expect((await solar.ask('Where would the solar farm be built?')).answerLine).toBe('Along Route 40.');
    const lake = await at(204, 'iraq-samawah-sawa-lake-highway-plan');
    // Was "The article doesn't say where.": "who grazes about 200 sheep on the lake's northern shore".
    expect((await lake.ask('Where does Abbas Hamid graze his sheep?')).answerLine).toBe("On the lake's northern shore.");
    const melons = await at(202, 'honduras-choluteca-melon-export-inspection-backlog');
    // Was "To the Empacadora Pacífico Sur plant." (where the three left are): "after the rest were moved to a new
    // checkpoint at El Guasaule".
    expect((await melons.ask('Where were the other inspectors sent?')).answerLine).toBe('To a new checkpoint at El Guasaule.');
  });
  it('refuses a name the article does not give, however the question asks it', async () => {
    const sloops = await at(201, 'grenada-carriacou-sloop-yard-apprentice-shortage');
    // Was "Associated Press reports:" with the lede.
    expect((await sloops.ask('What name will the new racing sloop be given?')).answerLine).toMatch(/^The article doesn't name the new racing sloop\./u);
    const power = await at(203, 'iceland-hveragerdi-greenhouse-power-bill-dispute');
    // Was the closest passage ("ask the Ministry of Industry to intervene"): the thing asked was read as "industry".
    expect((await power.ask('What is the name of the industry minister the town council wants to step in?')).answerLine).toMatch(/^The article doesn't name the industry minister\./u);
  });
});

describe('fifty-first session: names the article does not give', () => {
  const at = heldoutEngine;
  it('refuses a name question the closest passage does not answer, rather than offering that passage', async () => {
    const fire = await at(187, 'bangladesh-rajshahi-electric-rickshaw-charging-yard-fire');
    // Was "The article doesn’t say so in those words; this is the closest it comes:" with the lede.
    const names = await fire.ask('What are the names of the three people injured in the fire?');
    expect(names.inScope).toBe(false);
    expect(names.answerLine).toMatch(/^The article doesn't give their names\./u);
    const bridge = await at(168, 'nepal-dudh-koshi-bridge-porters-wages');
    expect((await bridge.ask('What is the name of the Swiss organisation that provided the grant for the new bridge?')).answerLine).toMatch(/^The article doesn't give that name\./u);
  });
  it('takes no word the vectors only put beside the deed asked for that deed', async () => {
    const palace = await at(201, 'guinea-bissau-bolama-governors-palace-restoration-stalls');
    // Was "Fátima Nhaga." (found while using the bot): "who sells cashew juice from a stall by the palace steps", own and
    // sell standing close in the word vectors.
    expect((await palace.ask('who owns the palace?')).inScope).toBe(false);
    const chili = await at(191, 'cameroon-kribi-chili-growers-plant-prices');
    // Was "Associated Press reports:".
    expect((await chili.ask('Who owns Océan Épices SA?')).inScope).toBe(false);
    // (The same deed from its other side still counts, "Who bought ...?" for "was sold ... to", unless the question says
    // that side itself: the bank "has to sell" its branches, which tells no buyer.)
    const banks = await at(54, 'lithuania-vilnius-bank-merger-approval');
    expect((await banks.ask('Who will buy the 23 branches Gintaras Neris has to sell?')).inScope).toBe(false);
  });
});

describe('fifty-second session: held-out 205 to 208', () => {
  const at = heldoutEngine;
  it('finds speakers by a body named before, a report after "telling" and a sum in other words', async () => {
    const filigree = await at(206, 'kosovo-prizren-filigree-silversmiths-lack-apprentices');
    // Was "The guild said this.".
    expect((await filigree.ask('Who said the craft could vanish from Prizren within 15 years?')).speaker).toBe('Prizren Filigree Guild');
    const batteries = await at(208, 'liberia-voinjama-hospital-solar-batteries-stolen');
    // Was "The police statement said this.".
    expect((await batteries.ask('Who said the suspects would go before the Voinjama Magisterial Court?')).speaker).toBe('Liberia National Police');
    const rafts = await at(205, 'jamaica-port-antonio-rafters-river-levy-protest');
    // Was "The article mentions the Mayor but doesn't quote them.": "defended the measure, telling reporters ... that".
    const mayor = await rafts.ask('What did the mayor say about the levy?');
    expect(mayor.speaker).toBe('Claudette Rhone');
    expect(mayor.citations.map((c) => c.text).join(' ')).toMatch(/riverbank clean-ups/u);
    const harbour = await at(207, 'lebanon-batroun-fishing-harbour-silts-up-boats-stranded');
    // Was "Deputy Mayor Rita Nasr said this.": "a sum the fishermen could not raise on their own".
    expect((await harbour.ask("Who said the fishermen couldn't come up with the money for dredging by themselves?")).speaker).toBe('Elie Khoury');
  });
  it('counts jobs lost by the layoffs, visitors of a season gone by, and a span past a list', async () => {
    const mosaics = await at(205, 'jordan-madaba-mosaic-workshops-road-diversion');
    // Was "More than 400 people." (whom the workshops employ).
    expect((await mosaics.ask("how many people lost their jobs at the cooperative's workshops")).answerLine).toBe('At least 45 workers.');
    const lift = await at(207, 'kyrgyzstan-karakol-ski-lift-fails-inspection');
    // Was "The article doesn't give that number.": "could still beat last season's total of 62,000 visitors".
    expect((await lift.ask('How many visitors did the Karakol resort get last season?')).answerLine).toBe('62,000 visitors.');
    // Was "Eight hours." (the drive from Almaty): "wiat" read as "what", not "wait".
    expect((await lift.ask('how long did folks have to wiat in line for the old lifts')).answerLine).toBe('40 to 60 minutes.');
    const market = await at(206, 'kuwait-fahaheel-fish-market-relocation-order');
    // Was "The article doesn't say how long.": "who has sold dried shrimp, salted fish and spices from a stall ... for 27
    // years".
    expect((await market.ask('How long has the Al-Shammari woman been running her stall?')).answerLine).toBe('27 years.');
    const snow = await at(208, 'liechtenstein-malbun-ski-resort-snowmaking-water-dispute');
    // Was "The article doesn't give that number.": "to be allowed" read as the past.
    expect((await snow.ask('How much water does the resort want to be allowed to take each season?')).answerLine).toBe('80,000 cubic metres.');
    const oasis = await at(208, 'libya-ghadames-old-town-restoration-stalls');
    // Was "The article doesn't give that number.": "the oasis of about 11,000 people".
    expect((await oasis.ask('roughly how many folks live in the oasis')).answerLine).toBe('About 11,000 people.');
  });
  it('dates a stop in the active, a month at a sentence\'s start and a year before 1900, and nothing only supposed', async () => {
    const maize = await at(206, 'kenya-kitale-maize-drying-plant-shut');
    // Was "Last week." (what dry grain fetched): "It has been shut since March 2023".
    expect((await maize.ask('When did the Kitale drying facility shut down?')).answerLine).toBe('Since March 2023.');
    const flights = await at(206, 'kiribati-kiritimati-bonefish-guides-flight-cuts');
    // Was "In 2023.": "In June, the only scheduled flight ... was cut" (a capital "In" was no date's).
    expect((await flights.ask('When was the flight to Kiritimati cut back to once every two weeks?')).answerLine).toBe('In June.');
    const bridge = await at(207, 'latvia-kuldiga-brick-bridge-closure-splits-town');
    // Was "In 2023.": "The 164-metre bridge, built in 1874" (no year before 1900 was a date).
    expect((await bridge.ask('What year was the old bridge put up?')).answerLine).toBe('In 1874.');
    const harbour = await at(207, 'lebanon-batroun-fishing-harbour-silts-up-boats-stranded');
    // Was "This spring.": "even if the channel were dredged this spring".
    expect((await harbour.ask('When was the Batroun fishing harbour last dredged?')).answerLine).not.toMatch(/spring/u);
  });
  it('answers where a thing stands, where auctions are held and a place named before a kind in lower case', async () => {
    const maize = await at(206, 'kenya-kitale-maize-drying-plant-shut');
    // Was "At the NCPB depot in Kitale.": "The plant he means stands 12 kilometres away on the Kitale-Endebess road".
    expect((await maize.ask("Where exactly is the county's grain-drying plant?")).answerLine).toBe('On the Kitale-Endebess road.');
    const mohair = await at(208, 'lesotho-semonkong-mohair-farmers-wait-for-payments');
    // Was "To the Semonkong.": "send it to auctions in Gqeberha".
    expect((await mohair.ask('Where are the mohair auctions held?')).answerLine).toBe('In Gqeberha.');
    const snow = await at(208, 'liechtenstein-malbun-ski-resort-snowmaking-water-dispute');
    // Was "The article doesn't say where.": "near the Täli lift", whose "-i" was read as a people's ending.
    expect((await snow.ask('Where will the new storage pond be built?')).answerLine).toBe('Near the Täli lift.');
  });
  it('answers where with the place a "there" points back to, and cites the sentence that names it', async () => {
    const boats = await at(207, 'laos-luang-prabang-slow-boats-lose-passengers-railway');
    // Was "The article doesn't say where.": "In Pakbeng, ... the pain is sharper." then "... said Noy Keomany, who has run
    // the Mekong View guesthouse there since 2009".
    const inn = await boats.ask('Where does Noy Keomany run her guesthouse?');
    expect(inn.answerLine).toBe('In Pakbeng.');
    expect(inn.citations.map((c) => c.text)).toEqual([expect.stringMatching(/guesthouse there since 2009/u), 'In Pakbeng, halfway along the route, the pain is sharper.']);
  });
  it('reads an age asked as "the age of" and told by the superlative, a span told of "He", and what a sum "at a cost of" is of', async () => {
    const filigree = await at(206, 'kosovo-prizren-filigree-silversmiths-lack-apprentices');
    // Was "The article doesn’t say so in those words; this is the closest it comes:" with Kabashi's age.
    expect((await filigree.ask('What is the age of the youngest craftsman still working?')).answerLine).toBe('46 years old.');
    // Was "Eight months." (his apprentice's): "He has done this almost every working day for 51 years", just after the
    // sentence naming him.
    expect((await filigree.ask('so how long has kabashi been at this job')).answerLine).toBe('51 years.');
    const maize = await at(206, 'kenya-kitale-maize-drying-plant-shut');
    // Was "84 million shillings.": "Built ... at a cost of 84 million shillings, the grain-drying and storage facility" is
    // what the plant cost, not a replacement burner.
    expect((await maize.ask('How much does the replacement diesel burner cost?')).answerLine).not.toBe('84 million shillings.');
  });
});

describe('fifty-second session: found while using the bot', () => {
  it('gives a range of sums whose low end carries its magnitude whole', async () => {
    const rafts = await heldoutEngine(205, 'jamaica-port-antonio-rafters-river-levy-protest');
    // Was "J$18 million.": "expected to raise J$18 million to J$22 million in the first year".
    expect((await rafts.ask('how much will the levy raise')).answerLine).toBe('J$18 million to J$22 million.');
  });
  it('tells how old a thing is by when it was built, past who built it and a capital at the sentence\'s start', async () => {
    const bridge = await engineOf(parseArticle('Source: Test Wire\n\nOld bridge to close for repairs\n\nBuilt by Austrian engineers in 1897, the Drina bridge will close on Monday for six months of repairs.'));
    // Was "The article doesn't say how old.": the "by" phrase and the capital "Built" hid the year.
    expect((await bridge.ask('how old is the bridge')).answerLine).toBe('Built in 1897.');
  });
});

describe('fifty-third session: held-out 209 to 212', () => {
  const at = heldoutEngine;
  it('reads "what is it worth" as asking a sum', async () => {
    const medicines = await at(132, 'honduras-la-ceiba-hospital-medicine-shortage');
    // Was "The Health Ministry said:", the statement of the sentence that gives the sum.
    expect((await medicines.ask("what's the national medicines tender worth")).answerLine).toBe('1.2 billion lempiras.');
    const crosses = await at(75, 'ethiopia-maqdala-crosses-edinburgh-return');
    // Was the "closest it comes" hedge: the article puts no value on them.
    expect((await crosses.ask('What are the returned crosses and manuscript worth?')).inScope).toBe(false);
  });
  it('takes a figure a who-said question gives as said only in the same span of time', async () => {
    const boats = await engineOf(
      parseArticle(
        "Source: Test Wire\n\nBoatyards close\n\nBuilding a boat the island's way takes eight to 10 months, said Zulkifli Awang, who runs a yard on the island.\n\nNoraini Ismail, a historian, warned that the island's way of building boats could vanish within a decade.",
      ),
    );
    // Was Zulkifli Awang, whose "10 months" was taken for the question's "ten years".
    expect((await boats.ask("who warned that the island's way of building boats could die out within ten years")).answerLine).toBe('Noraini Ismail, historian, said this.');
  });
  it('reads the words before a figure past the comma inside another figure', async () => {
    const dyers = await at(210, 'mali-segou-mud-cloth-dyers-indigo-cotton-prices');
    // Was "10,000 CFA francs." (a strip of cotton's price): "a kilogram of indigo powder has risen from 6,000 to 11,000 CFA
    // francs", whose words were cut at the comma of "6,000".
    expect((await dyers.ask('How much does a kilogram of indigo powder cost now')).answerLine).toBe('11,000 CFA francs.');
  });
  it('reads "when it is working properly" as asking the usual level, and a "who" clause as about the name before an age', async () => {
    const ebeye = await at(211, 'marshall-islands-ebeye-desalination-unit-breakdown');
    // Was refused: "which normally produces about 200,000 gallons of fresh water a day" was marked down as the usual level.
    expect((await ebeye.ask('how much drinkable water does the plant turn out daily when its working properly?')).answerLine).toBe('About 200,000 gallons.');
    const dyers = await engineOf(
      parseArticle('Source: Test Wire\n\nDyers squeezed\n\n"Before, I bought the cloth on Monday and sold the finished pieces on Saturday, and there was money left for school fees," said Awa Coulibaly, 45, who employs 12 women and girls.'),
    );
    // Was refused: the clause before the name opens with "and", read as an article, so "who employs" was Saturday's.
    expect((await dyers.ask('how many women and girls does Coulibaly employ')).answerLine).toBe('12 women.');
  });
  it('refuses a when-question whose deed of record the cited paragraph never tells', async () => {
    const harbour = await at(210, 'maldives-fuvahmulah-harbour-delay-tuna-beach-landings');
    // Was "In October 2023.", when "work on its harbour expansion came to a halt".
    expect((await harbour.ask('When was the contract for the harbour expansion signed?')).inScope).toBe(false);
    // ("Sign off on" is approving, which "the Federal Assembly approved an exception for the Furka in March" tells.)
    const furka = await at(89, 'switzerland-furka-pass-toll-trial');
    expect((await furka.ask('When did parliament sign off on the exception to the toll-free rule?')).answerLine).toBe('In March.');
  });
  it('takes a figure from the paragraph after a matching lede that holds the question\'s words, when nothing else answers', async () => {
    const rickshaws = await at(209, 'madagascar-antsirabe-pousse-pousse-licence-fee-protest');
    // Was refused: the lede tells of "a fourfold rise in the annual licence fee", the next paragraph "the yearly permit
    // ... rose from 30,000 ariary to 120,000 ariary".
    expect((await rickshaws.ask('How much is the new annual licence fee?')).answerLine).toBe('120,000 ariary.');
    const mezcal = await at(25, 'mexico-oaxaca-mezcal-appellation-ruling');
    // Not "800 litres a year." (a small distiller's): the lede and the paragraph after it never speak of exports.
    expect((await mezcal.ask('How many litres of mezcal did Mexico export last year?')).inScope).toBe(false);
  });
  it('finds "the tourist from Munich" by where the speaker is from when no tourist is', async () => {
    const lagoon = await at(211, 'mauritius-mahebourg-lagoon-pirogue-marine-park-fee');
    // Was Jean-Claude Ramdhony, "who has taken tourists out from the Mahébourg waterfront since 1989".
    expect((await lagoon.ask('what did the tourist from Munich say about the charge')).speaker).toBe('Anna Kessler');
  });
  it('gives a range after a "from" that starts no change whole', async () => {
    const meters = await at(209, 'malawi-mzuzu-prepaid-water-meters-overcharging-complaints');
    // Was "60 households.": "had collected statements from 40 to 60 households in Luwinga", read as a change from 40.
    expect((await meters.ask('how many homes did the consumer group gather accounts from in luwinga')).answerLine).toBe('40 to 60 households.');
  });
});

describe('fifty-third session: found while using the bot', () => {
  it('marks down a level someone asked another to set', async () => {
    const lagoon = await heldoutEngine(211, 'mauritius-mahebourg-lagoon-pirogue-marine-park-fee');
    // Was "Rs 100.": "had asked the authority to cut the fee for pirogue passengers to Rs 100", a level wanted, not the
    // fee every visitor "has had to pay Rs 200".
    expect((await lagoon.ask('how much is the new fee')).answerLine).toBe('Rs 200.');
  });
});

describe('fifty-fourth session: held-out 213 to 216', () => {
  const at = heldoutEngine;
  it('names the person a surname stands for, and a titled name after what the title is of', async () => {
    const cigars = await at(215, 'nicaragua-esteli-cigar-workers-tobacco-shortage');
    // Was "Tabacalera Arróliga said this.": the business he owns, taken for a person of that surname.
    expect((await cigars.ask('Who said it takes a couple of years to train a decent cigar roller?')).speaker).toBe('Marcelo Arróliga');
    const sur = await at(216, 'oman-sur-road-widening-fishing-quarter-beach');
    // Was "Wali, Deputy of Sur Khalid al-Hinai, said this.".
    expect((await sur.ask('which official said crossings with boat ramps would be looked at')).answerLine).toBe('Khalid al-Hinai, Deputy Wali of Sur, said this.');
    const market = await at(213, 'mozambique-chimoio-market-vendors-protest-stall-fees');
    // Was "Markets Armando Macuácua said this.".
    expect((await market.ask('who warned that traders selling on the pavements would be fined')).answerLine).toBe('Armando Macuácua, Municipal Councillor for Markets, said this.');
  });
  it('reads a sum written before its noun with its magnitude, a whole undertaking\'s sum as a total, and no rate for one', async () => {
    const sur = await at(216, 'oman-sur-road-widening-fishing-quarter-beach');
    // Was "15 Omani rials.", the mooring fee "a month per boat": "the 18-million-rial project" was read as no sum.
    expect((await sur.ask("What's the total price tag on the road job?")).answerLine).toBe('18 million rials.');
  });
  it('gives a rate by weight with its period, a place named with a slash whole, and "until what date" as a deadline', async () => {
    const strumica = await at(215, 'north-macedonia-strumica-wholesale-market-opens-late');
    // Was "1.5 denars.".
    expect((await strumica.ask('What will it set a farmer back to keep produce chilled there?')).answerLine).toBe('1.5 denars per kilogram per week.');
    const bodo = await at(216, 'norway-bodo-airport-runway-resurfacing-closure');
    // Was "To Harstad.".
    expect((await bodo.ask('Where is Polarfly moving its daily flights to during the closure?')).answerLine).toBe('To Harstad/Narvik Airport.');
    const cigars = await at(215, 'nicaragua-esteli-cigar-workers-tobacco-shortage');
    // Was "On Tuesday.", the day it was told.
    expect((await cigars.ask('Until what date have chamber members agreed not to lay anyone off?')).answerLine).toBe('Before July 15.');
  });
  it('finds where a thing is located: after a body\'s name, along a road, or opening the sentence it is the subject of', async () => {
    const tea = await at(214, 'nepal-ilam-tea-growers-factory-price-dispute');
    // Was "Across Suryodaya." (where its growers are): "the Mai Valley Tea Processing Company in Fikkal" was one place.
    expect((await tea.ask('Where is the Mai Valley tea factory located?')).answerLine).toBe('In Fikkal.');
    const market = await at(213, 'mozambique-chimoio-market-vendors-protest-stall-fees');
    // Was "In the central Mozambican city of Chimoio.": "to a new site on the road to Manica" was the road's end.
    expect((await market.ask('Where is the new market located?')).answerLine).toBe('On the road to Manica.');
    const stitching = await at(216, 'pakistan-sialkot-football-stitching-export-order');
    // Was "Around Sialkot.": "In Ugoki, a village about 12 kilometres from the city, the women's stitching centre was full".
    expect((await stitching.ask("where is the women's stitching centre located")).answerLine).toBe('In Ugoki.');
  });
  it('answers figures asked in other words: a stall fee as rent, forking out as spending, tarmac as asphalt, a going rate as a price', async () => {
    const market = await at(213, 'mozambique-chimoio-market-vendors-protest-stall-fees');
    // Both were refused.
    expect((await market.ask('How much is the new monthly stall fee?')).answerLine).toBe('1,500 meticais.');
    expect((await market.ask('how much does mutemba fork out each day just to get to work')).answerLine).toBe('60 meticais a day.');
    const bodo = await at(216, 'norway-bodo-airport-runway-resurfacing-closure');
    // Was refused: "how thick" asked no figure, and "tarmac" was not "asphalt".
    expect((await bodo.ask('How thick is the layer of old tarmac being scraped off?')).answerLine).toBe('18 centimetres.');
    const nauru = await at(114, 'nauru-topside-mine-rehabilitation-topsoil-row');
    // (A layer's thickness, told as its depth.)
    expect((await nauru.ask('How thick does the earth covering on each flattened site need to be?')).answerLine).toBe('At least 30 centimetres deep.');
    const adire = await at(215, 'nigeria-abeokuta-adire-makers-dye-prices');
    // Was refused: "rate" asked a percentage.
    expect((await adire.ask("What's the going rate these days for two yards of the paler cloth?")).answerLine).toBe('7,500 naira.');
  });
  it('reads a month told only as "earlier this month" as vague, and a sum people want as no sum they are paid', async () => {
    const market = await at(213, 'mozambique-chimoio-market-vendors-protest-stall-fees');
    // Was "Earlier this month." (the lede's), when the next paragraph says "were transferred on Monday, July 1".
    expect((await market.ask('When were the traders moved to the new market?')).answerLine).toBe('On Monday, July 1.');
    const extras = await at(213, 'morocco-ouarzazate-film-extras-pay-dispute');
    // Was "400 dirhams.": "The workers want a minimum of 400 dirhams (about $40) a day for extras".
    expect((await extras.ask('How much are extras paid per day at the moment?')).answerLine).toBe('250 dirhams.');
    // Was "The article doesn't mention Marrakesh.": the article writes "Marrakech".
    expect((await extras.ask("What's the distance between Ouarzazate and Marrakesh?")).answerLine).toBe('About 200 kilometres southeast.');
  });
  it('finds where a thing comes from in lower case, and how long someone has done a thing in their own words or past a decimal', async () => {
    const scanner = await at(213, 'montenegro-pljevlja-hospital-ct-scanner-breakdown');
    // Was "From Pljevlja.": "lend Pljevlja a used scanner from the general hospital in Nikšić".
    expect((await scanner.ask('Where is the loaned scanner coming from?')).answerLine).toBe('From the general hospital in Nikšić.');
    const eels = await at(214, 'netherlands-den-helder-eel-fishing-cooperative-rules');
    // Was refused: "I have been going out since 1983," said by "Jan Kuiper, 58, the cooperative's chairman".
    expect((await eels.ask('how long has the chairman been heading out to sea')).answerLine).toBe('Since 1983.');
    const strumica = await at(215, 'north-macedonia-strumica-wholesale-market-opens-late');
    // Was refused: "who has farmed 1.5 hectares under plastic since 1994" read as no perfect past the "1.5".
    expect((await strumica.ask('so how long has petrushev been growing stuff under plastic')).answerLine).toBe('Since 1994.');
    const library = await at(214, 'new-zealand-westport-library-reopens-after-flood');
    // Was refused: "About 600 people queued in light drizzle".
    expect((await library.ask('Roughly how many folks turned up for the opening dispite the rain?')).answerLine).toBe('About 600 people.');
  });
  it('counts a place\'s residents in digits as the people who live there', async () => {
    const peleliu = await at(216, 'palau-peleliu-supply-boat-breakdown-rationing');
    // Was refused: "leaving about 480 residents without a regular delivery" has no word for living.
    expect((await peleliu.ask('How many people live on Peleliu?')).answerLine).toBe('About 480 residents.');
  });
});

describe('fifty-fourth session: found while using the bot', () => {
  it('answers "what is the name of" a role the article gives someone, and cites where the role stands with the name', async () => {
    // Was "The article doesn't name the Fatih alliance leader.": he is "head of the political Fatih alliance".
    const leader = await engine.ask("what's the name of the Fatih alliance leader");
    expect([leader.answerLine, leader.speaker]).toEqual(['Hadi al-Amiri.', 'Hadi al-Amiri']);
    // Was "Emmanuel Macron: not President.", citing "and not President Macron’s decision".
    const president = await engine.ask('who is the French president');
    expect([president.answerLine, president.citations[0]?.paragraph]).toEqual(['Emmanuel Macron: President.', 3]);
    // (As before, a role told beside the name: "Jan Kuiper, 58, the cooperative's chairman".)
    const eels = await heldoutEngine(214, 'netherlands-den-helder-eel-fishing-cooperative-rules');
    expect((await eels.ask('What is the name of the cooperative\'s chairman?')).answerLine).toBe('Jan Kuiper.');
    // (Never the one the question names, whose partner is asked; and no "the" before a name's possessive.)
    const village = await heldoutEngine(177, 'spain-teruel-village-pays-remote-workers-to-settle');
    expect((await village.ask("What is the name of Marta Sancho's partner?")).answerLine).toMatch(/^The article doesn't name Marta Sancho's partner\./u);
  });
  it('says a figure is only a vague part of the whole asked about', async () => {
    const market = await heldoutEngine(213, 'mozambique-chimoio-market-vendors-protest-stall-fees');
    // Was "1,400 concrete stalls.": "many of the 1,400 concrete stalls built by the municipality remain empty".
    expect((await market.ask('how many stalls are empty')).answerLine).toBe('Many of the 1,400 concrete stalls.');
    // (The whole, when the whole is asked.)
    expect((await market.ask('how many stalls did the municipality build')).answerLine).toBe('1,400 concrete stalls.');
  });
});

describe('fifty-fifth session: held-out 217 to 220', () => {
  const at = heldoutEngine;
  it('names who spoke past a place and how far it lies, and which guide, by the name beside the word', async () => {
    const evora = await at(218, 'portugal-evora-roman-temple-fee-guides-crowding');
    // Was "About 135km to the west said this." ("Sofia Quintas, a 34-year-old guide who leads day trips from Lisbon, about
    // 135km to the west, argued that ...").
    expect((await evora.ask('who thinks the city should stagger coach arrivals')).speaker).toBe('Sofia Quintas');
    // Were "The article doesn't say which guide ...": a figure stood between the name and "guide".
    expect((await evora.ask('Which guide thinks coach arrivals should be staggered?')).speaker).toBe('Sofia Quintas');
    expect((await evora.ask('Which guide leads day trips from Lisbon?')).answerLine).toBe('Sofia Quintas.');
  });
  it('gives "the charity said" and "the agency said" to the body quoted before by those words', async () => {
    const eyes = await at(219, 'rwanda-huye-hospital-eye-clinic-cataract-waiting-list');
    // Was "The charity.": "Clear Vision Africa, a Netherlands-based charity ..., said", then "The charity said".
    expect((await eyes.ask('Who is going to pay for transport for patients from remote sectors?')).answerLine).toMatch(/^Clear Vision Africa\b/u);
    const bridge = await at(220, 'senegal-saint-louis-bridge-repair-market-traders');
    // Was "The agency said this.": "The national roads agency AGEROUTE said", then "the agency said".
    expect((await bridge.ask('who said the safety of users comes first')).speaker).toBe('AGEROUTE');
  });
  it('reads who informed someone of something, and who put a number on it however long the thing', async () => {
    const jeans = await at(220, 'serbia-novi-pazar-jeans-workshops-order-cancelled');
    // Was "The article does not attribute this to anyone.": "Moda Lario, informed the workshops by email on Tuesday,
    // October 7, that it was withdrawing the order because of weak sales in Europe".
    expect((await jeans.ask('who said the order was withdrawn because of weak sales in Europe')).speaker).toBe('Moda Lario');
    // Was "The article doesn't give that number.", a count asked.
    expect((await jeans.ask('Which body put the number of workers affected by the cancellation at around 600?')).speaker).toBe('Association of Textile Producers of Novi Pazar');
  });
  it('finds figures asked in other words: a loan, visits, an operation, the headline\'s slaughterhouse', async () => {
    const lace = await at(217, 'paraguay-itaugua-nanduti-cooperative-loses-export-order');
    // Were all refused.
    expect((await lace.ask('how much does the cooperative want to borrow')).answerLine).toBe('50 million guaraníes.');
    const tatra = await at(218, 'poland-zakopane-tatra-rescue-helicopter-pilot-shortage');
    expect((await tatra.ask('how many trips to the Tatra park were there in 2023')).answerLine).toBe('About 4.5 million visits.');
    const eyes = await at(219, 'rwanda-huye-hospital-eye-clinic-cataract-waiting-list');
    expect((await eyes.ask('how long does a cataract op take')).answerLine).toBe('About 20 minutes.');
    // ("abattoir" need not stand in the paragraph: the headline's "slaughterhouse" is the story's subject.)
    const chitre = await at(217, 'panama-chitre-slaughterhouse-closure-butchers-protest');
    expect((await chitre.ask('how far away is the nearest other abattoir')).answerLine).toBe('About 65 kilometers.');
    // (Not a nation by its people's word: the "Mexican court" of a headline is no answer to what Mexico exports.)
    const mezcal = await at(25, 'mexico-oaxaca-mezcal-appellation-ruling');
    expect((await mezcal.ask('How many litres of mezcal did Mexico export last year?')).inScope).toBe(false);
  });
  it('dates a cut by the day its state began, and counts more of a thing as more', async () => {
    const bridge = await at(220, 'senegal-saint-louis-bridge-repair-market-traders');
    // Was "In 1897.", when the bridge opened: it "has carried only one lane ... since Monday, June 2".
    expect((await bridge.ask('When was the bridge reduced to one lane?')).answerLine).toBe('Since Monday, June 2.');
    const copra = await at(220, 'samoa-salelologa-copra-price-cut-growers');
    // Was "18 solar drying sheds." ("had been handed over ..., with six more due before December").
    expect((await copra.ask('How many more solar drying sheds are due?')).answerLine).toBe('Six more.');
    // (All of them, when all are asked.)
    expect((await copra.ask('How many solar drying sheds have been handed over?')).answerLine).toBe('18 solar drying sheds.');
  });
});

describe('fifty-fifth session: dates, spans and causes found while looking into held-out 217 to 220', () => {
  const at = heldoutEngine;
  it('reads a weekday before a day-first date as one date', async () => {
    const copra = await at(220, 'samoa-salelologa-copra-price-cut-growers');
    // Was "This week." (the lede's): "on Monday, 11 August" was read as "on Monday".
    expect((await copra.ask('When did the mill lower its copra price?')).answerLine).toBe('On Monday, 11 August.');
    expect((await copra.ask("When did the mill's new copra price take effect?")).answerLine).toBe('On Monday, 11 August.');
  });
  it('answers how long something will take, or takes now, with neither what it used to take nor the reverse', async () => {
    const bridge = await at(220, 'senegal-saint-louis-bridge-repair-market-traders');
    // Were "Five minutes." ("Crossing used to take five minutes. Now ... it can take 45 minutes").
    expect((await bridge.ask('how long will the repairs take')).answerLine).toBe('About four months.');
    expect((await bridge.ask('how long does the crossing take now')).answerLine).toBe('45 minutes.');
    // (What it used to take, when that is asked.)
    expect((await bridge.ask('how long did crossing use to take')).answerLine).toBe('Five minutes.');
  });
  it('counts what the question\'s own verb stands before, hours of a kind, and an age in thousands of years', async () => {
    const tatra = await at(218, 'poland-zakopane-tatra-rescue-helicopter-pilot-shortage');
    // Was "Four pilots." ("We currently have four pilots ... We need at least seven to cover the season safely").
    expect((await tatra.ask('how many pilots does TOPR need')).answerLine).toBe('At least seven.');
    expect((await tatra.ask('how many pilots does TOPR have')).answerLine).toBe('Four pilots.');
    // Was "18 to 24 months.": "at least 1,500 flying hours" was a count of no time.
    expect((await tatra.ask('how many flying hours do new pilots need')).answerLine).toBe('At least 1,500 flying hours.');
    // (Not a participle that ends the question: "had hired 240 drivers" is not what the union wants.)
    const buses = await at(16, 'greece-thessaloniki-bus-strike');
    expect((await buses.ask('how many drivers does the union want hired')).answerLine).toBe('At least 450 drivers.');
    const evora = await at(218, 'portugal-evora-roman-temple-fee-guides-crowding');
    // Was "000 years old." ("its 2,000-year-old Roman temple").
    expect((await evora.ask('how old is the temple')).answerLine).toBe('2,000 years old.');
  });
  it('answers a fee with the sum charged, and a rise from a rate to a rate with both', async () => {
    const evora = await at(218, 'portugal-evora-roman-temple-fee-guides-crowding');
    // Was refused: "has begun charging visitors €4 to walk around its 2,000-year-old Roman temple" never says "fee".
    expect((await evora.ask('how much is the fee')).answerLine).toBe('€4.');
    const market = await at(213, 'mozambique-chimoio-market-vendors-protest-stall-fees');
    // Were refused: "Rents ... have risen from 300 meticais a month to 1,500 meticais", a rate between the two.
    expect((await market.ask('how much did rents go up')).answerLine).toBe('From 300 meticais a month to 1,500 meticais.');
    expect((await market.ask('how much did the stall fee go up by')).answerLine).toBe('From 300 meticais a month to 1,500 meticais.');
    // (The new level alone, when that is asked, as before.)
    expect((await market.ask('How much is the new monthly stall fee?')).answerLine).toBe('1,500 meticais.');
  });
  it('answers how much people want with a sum, and how long a thing stays shut with a span', async () => {
    const tea = await at(214, 'nepal-ilam-tea-growers-factory-price-dispute');
    // Was "About 1,400 growers.": a count of those who want, not what they want.
    expect((await tea.ask('how much do the growers want')).answerLine).toBe('75 rupees per kilogram.');
    const runway = await at(216, 'norway-bodo-airport-runway-resurfacing-closure');
    // Was "2,794-metre runway.": how long it stays closed is a span ("a five-week runway resurfacing").
    expect((await runway.ask('how long will the runway be closed')).answerLine).toMatch(/five-week/u);
    // (Its length, when that is asked.)
    expect((await runway.ask('how long is the runway')).answerLine).toBe('2,794-metre runway.');
  });
  it('answers a sum per thing with its rate, asked by a word of the headline\'s family', async () => {
    const balls = await at(216, 'pakistan-sialkot-football-stitching-export-order');
    // Was refused: "stitcher" stood nowhere near the piece rate, and the headline's "stitching" did not count for it.
    expect((await balls.ask('how much is a stitcher paid per ball')).answerLine).toBe('210 rupees a ball.');
  });
  it('does not date a past event by what "should last until" a day to come', async () => {
    const peleliu = await at(216, 'palau-peleliu-supply-boat-breakdown-rationing');
    // Was "Until the end of the month." ("should last until the end of the month if households cut their use").
    expect((await peleliu.ask('when did the boat break down')).answerLine).not.toMatch(/until/iu);
  });
  it('does not answer how long something has been out of service with how long it has been in service', async () => {
    const ferry = await at(211, 'mauritania-rosso-senegal-river-ferry-breakdown');
    // Was "Since 1995." ("has been in service since 1995").
    expect((await ferry.ask('how long has the ferry been out of service')).answerLine).not.toMatch(/1995/u);
    expect((await ferry.ask('how long has the ferry been in service')).answerLine).toBe('Since 1995.');
  });
  it('ends a count before what the things are worth, and gives why a thing is shut from what happened when it began', async () => {
    const voinjama = await at(208, 'liberia-voinjama-hospital-solar-batteries-stolen');
    // Was "24 lithium batteries worth an." ("carried away 24 lithium batteries worth an estimated ...").
    expect((await voinjama.ask('how many batteries were stolen')).answerLine).toBe('24 lithium batteries.');
    const kitale = await at(206, 'kenya-kitale-maize-drying-plant-shut');
    // Was "Daily Nation reports:" ("It has been shut since March 2023, when its diesel burner failed and ...").
    expect((await kitale.ask('why was the plant shut')).answerLine).toMatch(/^Its diesel burner failed\b/u);
  });
});

describe('fifty-sixth session: held-out 221 to 224', () => {
  const at = heldoutEngine;
  it('reads a month written short, a trade\'s word for a thing the article names, a slip of spelling, and a herd\'s size as a count', async () => {
    const cheese = await at(224, 'switzerland-fribourg-gruyere-dairies-milk-price-cut');
    // Was refused: "from Jan. 1" did not name January.
    expect((await cheese.ask('how much will the dairies pay per kilogram of milk from January')).answerLine).toBe('Between 78 and 82 centimes per kilogram.');
    // Was refused: "how big" asked an area or a length.
    expect((await cheese.ask('how big is the herd the farmer near Charmey milks?')).answerLine).toBe('38 cows.');
    // Was "The article doesn't mention dairyman.": the article's "village dairy"; and "chese" was read as "these".
    expect((await cheese.ask('How long has the Vuadens dairyman been turning milk into chese?')).answerLine).toBe('Since 1996.');
    // Was "The organisation said this."
    expect((await cheese.ask('Who said there is more cheese sitting in the cellars than the market can take?')).speaker).toBe('Interprofession du Gruyère');
    const taxis = await at(222, 'south-africa-kimberley-taxi-rank-relocation-dispute');
    // Was refused: "dissapear" is "disappear" with its doubled letter moved.
    expect((await taxis.ask("by how much would drivers' pay shrink if the short hops dissapear")).answerLine).toBe('30 to 40 percent less.');
  });
  it('names a person by a title, not a body whose name shares its stem, and a title in capitals', async () => {
    const gizo = await at(222, 'solomon-islands-gizo-clinic-vaccine-fridge-broken');
    // Was the Western Provincial Health Directorate.
    expect((await gizo.ask('What did the provincial health director say about the replacement part?')).speaker).toBe('Alfred Tanito');
    const taxis = await at(222, 'south-africa-kimberley-taxi-rank-relocation-dispute');
    // Was "MMC Thandeka Moeketsi".
    expect((await taxis.ask('What did the transport MMC say about the new rank?')).speaker).toBe('Thandeka Moeketsi');
    const makeni = await at(221, 'sierra-leone-makeni-university-hostel-bed-shortage');
    // Was "Fatmata Kamara-Sesay: Students."
    expect((await makeni.ask('Who is Fatmata Kamara-Sesay?')).answerLine).toMatch(/Dean of Students/u);
    // Was "Five other boys.": "outside the administration building".
    expect((await makeni.ask('roughly how many young people turned up outside the admin offices to protest?')).answerLine).toBe('Around 200 students.');
  });
  it('finds where a thing is and where it comes from: past a road to a name, an appositive that says what it is, a village asked from', async () => {
    const kiosks = await at(222, 'somalia-kismayo-water-kiosk-prices-rise');
    // Was "On the road to."
    expect((await kiosks.ask("where is Farah's borehole")).answerLine).toBe('On the road to Kismayo airport.');
    // Was "12 U.S. cents." ("that cost 12 U.S. cents in early March was selling this week for 20 to 25 cents").
    expect((await kiosks.ask('How much does a 20-litre jerrycan cost at the kiosks this week?')).answerLine).toBe('20 to 25 cents.');
    const taxis = await at(222, 'south-africa-kimberley-taxi-rank-relocation-dispute');
    // Was "On Jones Street.", the old rank ("a new rank built by the Sol Plaatje Municipality, a R38-million facility on
    // Phakamile Mabija Road").
    expect((await taxis.ask("where's the new taxi rank")).answerLine).toBe('On Phakamile Mabija Road.');
    // Was "R38."
    expect((await taxis.ask('How much did the new rank cost?')).answerLine).toMatch(/^R38-million\b/u);
    const gizo = await at(222, 'solomon-islands-gizo-clinic-vaccine-fridge-broken');
    // Was "At the Gizo market." ("the canoe from Vorivori costs me 40 dollars each way").
    expect((await gizo.ask('From which village does Janet Pitakaka take the canoe to the clinic?')).answerLine).toBe('From Vorivori.');
    const wall = await at(224, 'sweden-visby-medieval-city-wall-collapse-repair');
    // Was "From Visby." ("would come from a quarry near Slite, ..., about 35 kilometres from Visby").
    expect((await wall.ask('Where will the replacement stone come from?')).answerLine).toBe('From a quarry near Slite.');
    // (A journey's start is where one comes from: "had driven 250 km from Nellore".)
    const rice = await at(33, 'india-kakinada-rice-export-ban');
    expect((await rice.ask('Where had the truck driver come from with his load?')).answerLine).toBe('From Nellore.');
  });
  it('dates an event the story does not open on by its own sentence, and reads "how shallow" and "how much higher" as measures', async () => {
    const ferry = await at(224, 'suriname-albina-river-ferry-fare-rise');
    // Was "On Monday.", the fare rise the story opens on.
    expect((await ferry.ask('When did the canoe accident in which two passengers drowned happen?')).answerLine).toBe('In October 2023.');
    const harbour = await at(223, 'sri-lanka-trincomalee-fishing-harbour-dredging-silt');
    // Was refused.
    expect((await harbour.ask('How shallow has the entrance become at its worst point?')).answerLine).toBe('Less than 1.5 metres.');
    const wall = await at(224, 'sweden-visby-medieval-city-wall-collapse-repair');
    // Was refused ("We can only add 40 to 60 centimetres of height a week").
    expect((await wall.ask('How much higher can the masons build the wall in a week?')).answerLine).toBe('40 to 60 centimetres.');
  });
  it('does not count those a place serves as those who work there, nor a whole for the part asked of it', async () => {
    const gizo = await at(222, 'solomon-islands-gizo-clinic-vaccine-fridge-broken');
    // Was "About 4,200 people." ("which serves about 4,200 people").
    expect((await gizo.ask('How many nurses work at the Titiana Area Health Centre?')).inScope).toBe(false);
    const mine = await at(221, 'slovakia-banska-stiavnica-show-mine-tunnel-repair-closure');
    // Was "14 guides.", the whole the question asks a part of.
    expect((await mine.ask("How many of the mine's guides are women?")).inScope).toBe(false);
    expect((await mine.ask('How many guides does the mine have?')).answerLine).toBe('14 guides.');
  });
  it('refuses a figure of another kind than the one asked: a distance for a discount, a primary teacher\'s pay for a secondary one\'s', async () => {
    const ferry = await at(224, 'suriname-albina-river-ferry-fare-rise');
    // Was "A few hundred metres downstream."
    expect((await ferry.ask('How big a discount will schoolchildren get on the ferry ticket?')).inScope).toBe(false);
    expect((await ferry.ask('how big is the fare rise')).answerLine).toBe('40 percent.');
    const torit = await at(223, 'south-sudan-torit-teachers-strike-unpaid-salaries');
    // Was "About 28,000 South Sudanese pounds a month." ("A primary teacher in Torit earns about 28,000 ...").
    expect((await torit.ask('How much does a secondary school teacher in Torit get paid?')).inScope).toBe(false);
    expect((await torit.ask('How much does a primary teacher earn?')).answerLine).toBe('About 28,000 South Sudanese pounds a month.');
  });
});

describe('fifty-sixth session: found while asking the looked-into articles as a user', () => {
  const at = heldoutEngine;
  it('ends a count before the verb the question puts after what it counts', async () => {
    const taxis = await at(222, 'south-africa-kimberley-taxi-rank-relocation-dispute');
    // Was "About 300 taxis use the Jones." ("About 300 taxis use the Jones Street rank each day").
    expect((await taxis.ask('how many taxis use Jones Street')).answerLine).toBe('About 300 taxis.');
  });
  it('asks a sum with "what was the old fare", and names no dateline\'s agency for who runs a thing', async () => {
    const ferry = await at(224, 'suriname-albina-river-ferry-fare-rise');
    // Was "Two ageing vessels." (the sentence that speaks of "the old fares").
    expect((await ferry.ask('what was the old fare')).answerLine).not.toMatch(/vessels/u);
    expect((await ferry.ask('what is the new fare')).answerLine).toBe('140 Surinamese dollars.');
    // Was "Suriname (AFP)." ("ALBINA, Suriname (AFP) - Fares on the state-run ferry ...").
    expect((await ferry.ask('who runs the ferry')).answerLine).not.toMatch(/\(AFP\)/u);
  });
  it('reads "where will it go" as where to, and a cause told as the likely one', async () => {
    const idrija = await at(221, 'slovenia-idrija-mercury-riverbank-cleanup');
    // Was "Village of Spodnja Idrija." ("will be taken by lorry to a sealed disposal cell at the former Marof tailings site").
    expect((await idrija.ask('where will the soil go')).answerLine).toBe('To a sealed disposal cell at the former Marof tailings site.');
    const market = await at(224, 'sierra-leone-kenema-market-fire-traders-relocated');
    // Was refused ("said in a statement that an illegal electrical connection in one of the shops was the most likely cause").
    expect((await market.ask('what caused the fire')).answerLine).toBe('An illegal electrical connection in one of the shops.');
    expect((await market.ask('why did the fire start')).answerLine).toBe('An illegal electrical connection in one of the shops.');
    const mine = await at(221, 'slovakia-banska-stiavnica-show-mine-tunnel-repair-closure');
    // Was "Due to open on 1 April and will cost the mine ..." ("the season was due to open on 1 April"), a plan, no cause.
    expect((await mine.ask('why is the mine closed')).answerLine).not.toMatch(/due to open/iu);
  });
  it('answers how much a price changed with both levels: the old one told after the new, and a change told in the present', async () => {
    const sorghum = await at(223, 'sudan-gedaref-sorghum-warehouses-grain-prices-fall');
    // Was "Between 35,000 and 40,000 Sudanese pounds." ("sold for between 35,000 and 40,000 Sudanese pounds ..., down
    // from about 62,000 pounds in early January"), the new level alone.
    expect((await sorghum.ask('how much has the sorghum price fallen')).answerLine).toBe('From about 62,000 pounds to between 35,000 and 40,000 Sudanese pounds.');
    const mototaxis = await at(217, 'peru-iquitos-mototaxi-drivers-strike-registration-fees');
    // Was refused: "rises from 45 soles to 180 soles" (a change's verb in the present was no change).
    expect((await mototaxis.ask('how much did the fee go up')).answerLine).toBe('From 45 soles to 180 soles.');
  });
  it('counts those on a waiting list for how long it is, and names a doer described, not named', async () => {
    const eyes = await at(219, 'rwanda-huye-hospital-eye-clinic-cataract-waiting-list');
    // Was "Three months." ("More than 1,400 people are on a waiting list ..., three months after the hospital opened").
    expect((await eyes.ask('how long is the waiting list')).answerLine).toBe('More than 1,400 people.');
    const jeans = await at(220, 'serbia-novi-pazar-jeans-workshops-order-cancelled');
    // Was "Novi Pazar." ("after an Italian clothing company cancelled an order for 85,000 pairs of jeans").
    expect((await jeans.ask('who cancelled the order')).answerLine).toBe('An Italian clothing company.');
  });
});

describe('fifty-sixth session: who wants whom to do what', () => {
  it('answers "who wants the troops to leave" with the statement in which the troops leave', async () => {
    // Were "President Emmanuel Macron said this." ("said French troops will stay in Iraq even if the Americans leave").
    expect((await engine.ask('who wants the troops to leave')).speaker).toBe('Hadi al-Amiri');
    expect((await engine.ask('who wants the troops out')).speaker).toBe('Hadi al-Amiri');
    // (Staying is Macron's.)
    expect((await engine.ask('who wants the troops to stay')).speaker).toBe('Emmanuel Macron');
  });
});

describe('fifty-seventh session: held-out 225 to 228', () => {
  const at = heldoutEngine;
  it('dates the deed asked by the clause that does it, not the lede\'s other deed nor a figure\'s year', async () => {
    const sawmill = await at(225, 'tonga-eua-sawmill-reopens-timber-prices');
    // Was "On Monday." ("cut its first logs in more than three years on Monday, ... since the mill closed").
    expect((await sawmill.ask("When did the 'Eua sawmill shut down?")).answerLine).toBe('In August 2021.');
    expect((await sawmill.ask('When did the mill close?')).answerLine).toBe('In August 2021.');
    const tea = await at(226, 'turkey-rize-tea-pickers-new-leaf-price');
    // Was "In 2023." ("expected to buy 1.4 million tonnes of fresh leaf this year, up from 1.3 million tonnes in 2023").
    expect((await tea.ask('In what year was Çaykur founded?')).inScope).toBe(false);
    const harbor = await at(228, 'taiwan-yilan-nanfangao-harbor-typhoon-repairs');
    // Was refused: the lede names "Typhoon Kong-rey", the paragraph that dates it calls it "The storm".
    expect((await harbor.ask('When did Typhoon Kong-rey make landfall?')).answerLine).toBe('On Oct. 31.');
  });
  it('counts things by a word for their kind, one person\'s share as no answer for all, and a figure whose time is the months of a year', async () => {
    const silk = await at(225, 'tajikistan-khujand-silk-workshops-winter-power-cuts');
    // Was refused ("the roughly 140 workshops in Khujand's old quarter").
    expect((await silk.ask('roughly how many weaving businesses are there in the old part of Khujand')).answerLine).toBe('Roughly 140 workshops.');
    const sawmill = await at(225, 'tonga-eua-sawmill-reopens-timber-prices');
    // Was refused ("with 20,000 seedlings due to go into the ground").
    expect((await sawmill.ask('How many young trees are supposed to be planted before the rainy months are over?')).answerLine).toBe('20,000 seedlings.');
    const mri = await at(225, 'trinidad-tobago-chaguanas-hospital-mri-waiting-list');
    // Was "At least 40." ("at least 40 of her patients ... were waiting for scans").
    expect((await mri.ask('How many patients are waiting for an MRI scan at the hospital?')).answerLine).toBe('More than 1,100.');
    const maize = await at(228, 'zambia-chipata-maize-depot-payment-delays');
    // Was "Hundreds." (the lede's), as "between July and October 2023" told no year's figure.
    expect((await maize.ask('How many farmers sold grian to the Chipata depot last year?')).answerLine).toBe('About 1,400 farmers.');
    const bread = await at(228, 'zimbabwe-gweru-bakery-closures-bread-price');
    // Was refused ("putting about 180 people out of work").
    expect((await bread.ask('How many people lost their jobs because of the bakery closures in Gweru?')).answerLine).toBe('About 180 people.');
  });
  it('tells a sum from a price per unit and from a difference, and answers a difference asked, and a slice as a share', async () => {
    const wool = await at(225, 'tunisia-kairouan-carpet-weavers-wool-prices');
    // Was "24 dinars a kilo." ("at a subsidised price of 24 dinars a kilo").
    expect((await wool.ask('How much money has the government set aside to subsidise the wool depot?')).inScope).toBe(false);
    const tea = await at(226, 'turkey-rize-tea-pickers-new-leaf-price');
    // Was "1 to 2 lira." ("often pay 1 to 2 lira less per kilogram").
    expect((await tea.ask('How much will Çaykur pay per kilogram of fresh leaf this season?')).answerLine).toBe('24.5 lira.');
    const border = await at(227, 'uruguay-rivera-duty-free-shops-lose-shoppers');
    // Was refused ("that cost 20 to 40 percent less than in Rivera").
    expect((await border.ask('How much cheaper are groceries on the Brazilian side of the line?')).answerLine).toBe('20 to 40 percent less.');
    const bread = await at(228, 'zimbabwe-gweru-bakery-closures-bread-price');
    // Was refused, read as no figure at all.
    expect((await bread.ask("what slice of a poor household's budget goes on bread, according to the consumer watchdog")).answerLine).toBe('6 to 8%.');
  });
  it('finds a place named with an article in lower case, where a thing empties, and where a new thing is, not where it was moved from', async () => {
    const wool = await at(225, 'tunisia-kairouan-carpet-weavers-wool-prices');
    // Was "Near Bab." ("near Bab ech-Chouhada, the main gate of the medina").
    expect((await wool.ask("where's Lotfi Mejri's shop")).answerLine).toBe('Near Bab ech-Chouhada.');
    const sauce = await at(227, 'vietnam-quy-nhon-fish-sauce-wastewater-complaints');
    // Was refused ("flowing into a drainage canal that empties onto the beach about 300 metres from their homes").
    expect((await sauce.ask('Where does the drainage canal empty out?')).answerLine).toMatch(/^Onto the beach\b/u);
    const market = await at(228, 'thailand-hat-yai-night-market-relocation');
    // Was "Off Niphat Uthit." ("after the municipality moved the market off Niphat Uthit 3 Road").
    expect((await market.ask('Where is the new night market located?')).answerLine).toBe('At the former Hat Yai bus depot on Kanchanawanit Road.');
  });
  it('answers from a paragraph that calls the story\'s subject by its kind, and names no bakery by its owner', async () => {
    const bazaar = await at(227, 'uzbekistan-samarkand-bazaar-renovation-stall-rents');
    // Was "A three-year lease." (the paragraph that answers says "sold here", not "Siyob", which the lede names "Siyob Bazaar").
    expect((await bazaar.ask('so how long has the dried-fruit woman been selling at Siyob?')).answerLine).toBe('27 years.');
    const bread = await at(228, 'zimbabwe-gweru-bakery-closures-bread-price');
    // Was "Farai Chikowore said:" (read as asking the name of "the bakery Chikowore").
    expect((await bread.ask('What was the name of the bakery Chikowore ran in Mkoba?')).answerLine).toMatch(/^The article doesn't name the bakery\./u);
  });
  it('answers who said a decade\'s change asked in years, and who "pointed to" something', async () => {
    const tea = await at(226, 'turkey-rize-tea-pickers-new-leaf-price');
    // Was Elif Aksoy ("in ten years you will see wild tea"), not "the biggest increase in percentage terms in a decade".
    expect((await tea.ask('so who claimed this was the largest rise in ten years?')).speaker).toBe('Serkan Yavuz');
    const buses = await at(226, 'turkmenistan-balkanabat-new-bus-station-outside-town');
    // Was refused, "pointed to" read as no verb of saying.
    expect((await buses.ask("Who pointed to the capital's experience in 2016 as a warning about relocating the terminal?")).speaker).toBe('Rustam Jumayev');
  });
});

describe('fifty-seventh session: found while asking the looked-into articles as a user', () => {
  const at = heldoutEngine;
  it('finds who did a thing by a passive\'s "by" in a sentence that calls it "It", and how long it took there', async () => {
    const station = await at(226, 'turkmenistan-balkanabat-new-bus-station-outside-town');
    // Was "Batyr Hudaykuliyev, Deputy Mayor." ("The old station was built for a town of 50,000 people," he said), not "It
    // cost 48 million manat ... and was built in 26 months by a local firm, Balkan Gurlushyk."
    expect((await station.ask('who built the station')).answerLine).toBe('A local firm, Balkan Gurlushyk.');
    // Was "40 to 60 minutes." ("it runs every 40 to 60 minutes", how often).
    expect((await station.ask('how long did it take to build the station')).answerLine).toBe('26 months.');
    // (The passive's doer only, in the passages after the first: not "an investigation into" of "as part of an
    // investigation into alleged bribery", for "Who alleged ...?"; since the sixtieth session "alleged" asks who said it.)
    const raids = await at(72, 'peru-football-federation-bribery-raids');
    expect((await raids.ask('Who alleged that the broadcasting tender was rigged?')).answerLine).toBe('Sport Andino TV said this.');
  });
  it('gives a thing\'s level told as what it is, what one thing costs, and the whole someone has', async () => {
    const station = await at(226, 'turkmenistan-balkanabat-new-bus-station-outside-town');
    // Was "120 to 150 manat." (a shared taxi's seat, "instead of the 35-manat bus fare"), not "The fare is 2 manat."
    expect((await station.ask('how much is the bus fare to the new station')).answerLine).toBe('2 manat.');
    const silk = await at(225, 'tajikistan-khujand-silk-workshops-winter-power-cuts');
    // Was "Four electric looms costs." ("a generator big enough to run four electric looms costs around 9,000 somoni").
    expect((await silk.ask('how much is a generator')).answerLine).toBe('Around 9,000 somoni.');
    // Was "Two." ("two of her six employees had stopped coming to work").
    expect((await silk.ask('how many employees does Rahimova have')).answerLine).toBe('Six employees.');
    const atoll = await at(226, 'tuvalu-nukulaelae-solar-battery-failure-diesel-rationing');
    // Was "Three instead." ("taking out three instead of eight each morning").
    expect((await atoll.ask('how many boats go out each morning now')).answerLine).toBe('Three.');
  });
  it('cites what happened to a thing the question names, not the headline', async () => {
    const clinic = await at(227, 'vanuatu-lakatoro-health-centre-nurse-shortage');
    // Was the headline, "Lakatoro health centre down to two nurses as patients wait for hours." (read as "what happened?").
    const a = await clinic.ask('what happened to the staff houses');
    expect(a.citations[0]?.text).toMatch(/staff houses at Lakatoro had been condemned/u);
    expect((await clinic.ask('what happened')).answerLine).toMatch(/^Lakatoro health centre down to two nurses/u);
  });
});

describe('fifty-seventh session: more found while asking as a user', () => {
  const at = heldoutEngine;
  it('reads a material cut as an amount, a gap a first time ends as how long a thing was shut, and a rise driven by its cause', async () => {
    const sawmill = await at(225, 'tonga-eua-sawmill-reopens-timber-prices');
    // Was refused, "cut" read as a cut in something ("cutting 10 to 12 cubic metres of Caribbean pine a day").
    expect((await sawmill.ask('how much timber will the mill cut a day')).answerLine).toBe('10 to 12 cubic metres.');
    // Was "10 years." ("the mill will be closed again in 10 years"), not "cut its first logs in more than three years".
    expect((await sawmill.ask('how long was the mill shut')).answerLine).toBe('More than three years.');
    const wool = await at(225, 'tunisia-kairouan-carpet-weavers-wool-prices');
    // Was "Since she was 13." ("who has woven carpets since she was 13"), not "Wool prices have been driven up by years of
    // drought".
    expect((await wool.ask('why have wool prices gone up')).answerLine).toBe('Years of drought.');
    // Was "24 dinars a kilo." (the depot's price, which its clause tells no change of), not "has tripled since 2021".
    expect((await wool.ask('how much has the price of feed risen')).answerLine).toBe('Tripled.');
  });
  it('reads a place\'s name through its "of"', async () => {
    const mri = await at(225, 'trinidad-tobago-chaguanas-hospital-mri-waiting-list');
    // Was "To the Ministry of Health in Port." ("to the Ministry of Health in Port of Spain on Monday").
    expect((await mri.ask('where will the petition be delivered')).answerLine).toBe('To the Ministry of Health in Port of Spain.');
  });
  it('reads "so far" as no distance, a bill set against another by its own words, a population by its own words, and what people blame as a cause', async () => {
    const maize = await at(228, 'zambia-chipata-maize-depot-payment-delays');
    // Was "50 kilograms." ("so far" read as a distance asked; "So far she has received 5,000 kwacha.").
    expect((await maize.ask('how much has Mwale received so far')).answerLine).toBe('5,000 kwacha.');
    const bread = await at(228, 'zimbabwe-gweru-bakery-closures-bread-price');
    // Was "42 workers." ("his monthly diesel bill had reached US$4,500, more than the entire wage bill for his 42 workers").
    expect((await bread.ask('how much was his diesel bill')).answerLine).toBe('US$4,500.');
    // Was "About 180 people." ("in the Zimbabwean city of Gweru since July, putting about 180 people out of work").
    expect((await bread.ask('how many people live in Gweru')).answerLine).toBe('Roughly 160,000 people.');
    // Was "A 50-kilogram bag." ("the price of a 50-kilogram bag of flour had risen by 18% since April").
    expect((await bread.ask('how much has flour gone up')).answerLine).toBe('18%.');
    // Was "AFP reports:" with the lede, not "Bakers blame a mix of rising flour costs, ...".
    expect((await bread.ask('why are bakeries closing')).answerLine).toMatch(/^A mix of rising flour costs\b/u);
  });
});

describe('fifty-eighth session: held-out 229 to 232', () => {
  const at = heldoutEngine;
  it('reads a number that labels the story\'s subject, a level after any event, and where someone is from "originally"', async () => {
    const school = await at(230, 'armenia-vanadzor-school-heating-boiler-replacement');
    // Was refused: "9" of "School No. 9" was a figure the answer's sentence had to give ("The school, which has 640 pupils").
    expect((await school.ask('How many pupils attend School No. 9?')).answerLine).toBe('640 pupils.');
    const mailBoat = await at(231, 'bahamas-eleuthera-mail-boat-breakdown-shop-shortages');
    // Was "$5.50." ("A dozen eggs that sold for $5.50 before the breakdown was going for as much as $8").
    expect((await mailBoat.ask('How much was a dozen eggs selling for after the breakdown?')).answerLine).toBe('$8.');
    expect((await mailBoat.ask('How much was a dozen eggs selling for before the breakdown?')).answerLine).toBe('$5.50.');
    const marina = await at(230, 'antigua-falmouth-marina-dredging-delays-yacht-season');
    // Was "4.5 metres." ("to lower the channel from 4.5 metres to 6 metres").
    expect((await marina.ask('how deep is the chanel supposed to be once the work is done')).answerLine).toBe('6 metres.');
    // (Not what it is "now", before an event yet to come: "the fare for a short trip, now 200 naira, would rise to at least
    // 300 naira once the subsidy ends".)
    const fuel = await at(56, 'nigeria-kano-fuel-subsidy-vote');
    expect((await fuel.ask('What will a short hop by tricycle cost once the discount is gone?')).answerLine).toBe('At least 300 naira.');
    const heat = await at(232, 'bahrain-hamad-town-midday-work-ban-construction');
    // Was "On Bahrain." ("a 44-year-old site foreman from Kerala who has worked on Bahrain building sites since 2009").
    expect((await heat.ask("Where's the foreman Rajesh Kumar from orignally?")).answerLine).toBe('From Kerala.');
    // Was "From July 1 to Aug. 31." (when the ban applies), not "the rule, first introduced in 2007".
    expect((await heat.ask('When was the midday work ban first brought in?')).answerLine).toBe('In 2007.');
    const scaffolding = await at(232, 'belgium-tournai-cathedral-scaffolding-shopkeepers');
    // Was refused: "give up" read as a change "up", which "waived terrace fees ..., worth about 40,000 euros" tells none of.
    expect((await scaffolding.ask('how much did the city give up in terrace fees')).answerLine).toBe('About 40,000 euros.');
  });
  it('reads lorries as trucks, what a plant "turns out" as what it produces, and a change yet to come as starting now', async () => {
    const trucks = await at(231, 'austria-steyr-truck-plant-apprentices-shift-cuts');
    // Was refused ("Daily output at the plant ... will drop from 110 trucks to between 75 and 80").
    expect((await trucks.ask('how many lorries a day will the factory turn out once the change kicks in')).answerLine).toBe('Between 75 and 80.');
    // (A change yet to come starts where things are now, and ends at what the plant will produce: was "110 trucks.".)
    expect((await trucks.ask('how many lorries a day does the factory turn out now')).answerLine).toBe('110 trucks.');
    expect((await trucks.ask('how many trucks a day will the factory produce')).answerLine).toBe('Between 75 and 80.');
  });
  it('names a speaker past a place set off after their description, and a body by its name in its own language', async () => {
    const cedars = await at(229, 'algeria-batna-aures-cedar-dieback-replanting');
    // Was "On the southern edge of the massif said this.".
    expect((await cedars.ask('who complained that herders were given nowhere else to graze their goats')).speaker).toBe('Mohamed Laib');
    const tariff = await at(230, 'argentina-tandil-cheese-salami-makers-electricity-tariff');
    // Was "The cooperative said this." ("The local distributor, Cooperativa Eléctrica de las Sierras, ...").
    expect((await tariff.ask('Which organisation put the size of the bills down to wholesale prices it has no say over?')).speaker).toBe('Cooperativa Eléctrica de las Sierras');
  });
});

describe('fifty-eighth session: more found while asking as a user', () => {
  const at = heldoutEngine;
  it('keeps a figure to its own clause, a passive\'s doer to its own "by", and a level a change only dates', async () => {
    const quay = await at(229, 'angola-lobito-fishermen-landing-quay-delay');
    // Was "900 million kwanzas." ("unpaid invoices worth 900 million kwanzas and because steel prices had risen by more
    // than 40 percent": the clause after "and because" was read as the first figure's).
    expect((await quay.ask('how much have steel prices gone up')).answerLine).toBe('More than 40 percent.');
    // Was "Ministry of Fisheries and Marine Resources and awarded to a Luanda-based builder, Construtora Atlântico Sul.".
    expect((await quay.ask('who finances the project')).answerLine).toBe('Ministry of Fisheries and Marine Resources.');
    const doi = await at(231, 'bangladesh-bogra-sweet-yogurt-makers-milk-prices');
    // Was refused: "before the price rise" read as asking a price and a change ("used about 500 litres of milk a day
    // before the price rise").
    expect((await doi.ask('how much milk did halim use before the price rise')).answerLine).toBe('About 500 litres.');
  });
  it('dates the deed asked in its own sentence, gives no cause by "over" alone, and reads a run of months', async () => {
    const doi = await at(231, 'bangladesh-bogra-sweet-yogurt-makers-milk-prices');
    // Was "Since 1981." (a quote holding two sentences: "My father started this business in 1962 ... I have been making
    // doi since 1981").
    expect((await doi.ask("when did Halim's father start the business")).answerLine).toBe('In 1962.');
    // (Not "Over a wood fire.": "stirred a huge pan of boiling milk over a wood fire" gives no cause.)
    expect((await doi.ask('why is milk more expensive')).answerLine).not.toMatch(/wood fire/u);
    const cane = await at(232, 'belize-orange-walk-cane-trucks-mill-breakdown');
    // Was "From December.".
    expect((await cane.ask('when does the harvest normally run')).answerLine).toBe('From December to June.');
    // Was refused ("the line stretched for about 6 kilometres").
    expect((await cane.ask('how long is the queue')).answerLine).toBe('About 6 kilometres.');
  });
  it('finds a name typed without its accents, and reads fitting meters as installing them and a debt as what is owed', async () => {
    const meters = await at(229, 'albania-elbasan-water-meter-bills-dispute');
    // Was "Here is what the article says:" ("said Gentian Muça, who coordinates the committee").
    expect((await meters.ask('who is Muca')).answerLine).toBe("Gentian Muça: coordinates the committee and works as an electrician at the city's steelworks.");
    // Was "300 meters." (a sample to be tested), not "fitted about 18,500 meters across the city".
    expect((await meters.ask('how many meters were installed')).answerLine).toBe('About 18,500 meters.');
    // Was refused ("a reminder showing a debt of 11,200 lekë").
    expect((await meters.ask('how much does Kola owe')).answerLine).toBe('11,200 lekë.');
  });
  it('ends what a figure counts at the thing counted, before where it is and what it does', async () => {
    const tournai = await at(232, 'belgium-tournai-cathedral-scaffolding-shopkeepers');
    // Was "About 69,000 people close." ("this city of about 69,000 people close to the French border").
    expect((await tournai.ask('how many people live in Tournai')).answerLine).toBe('About 69,000 people.');
    // Was "Five bell towers dominate the." ("whose five bell towers dominate the skyline").
    expect((await tournai.ask('how many bell towers does the cathedral have')).answerLine).toBe('Five bell towers.');
  });
  it('dates what "goes back to" an old year, and names no one for a deed their sentence does not do', async () => {
    const mildura = await at(230, 'australia-mildura-hostel-closure-citrus-picker-shortage');
    // Was "On 14 June." (the hostel's closing): "Irrigated farming in the Sunraysia district ... dates back to 1887".
    expect((await mildura.ask('when did irrigated farming start in Sunraysia')).answerLine).toBe('1887.');
    const quay = await at(229, 'angola-lobito-fishermen-landing-quay-delay');
    // Was "Domingos Cassoma." ("Cassoma pointed to the half-built pier").
    expect((await quay.ask('who built the quay')).answerLine).not.toMatch(/Cassoma/u);
    const school = await at(230, 'armenia-vanadzor-school-heating-boiler-replacement');
    // Was "Levon Sargsyan, energy-efficiency engineer." (who "warned that new boilers alone would not solve the problem").
    expect((await school.ask('who is paying for the boilers')).answerLine).not.toMatch(/^Levon Sargsyan, energy-efficiency engineer\.$/u);
  });
});

describe('fifty-ninth session: held-out 233 to 236', () => {
  const at = heldoutEngine;
  it('names a place with its lower-case kind after a name or a possessive, and a route asked "between which points"', async () => {
    const ash = await at(233, 'botswana-palapye-coal-ash-dust-complaints');
    // Was "At the Palapye." ("who sells vegetables at the Palapye bus rank").
    expect((await ash.ask('Where does Onkemetse Dikgang sell vegetables?')).answerLine).toBe('At the Palapye bus rank.');
    const cable = await at(236, 'colombia-manizales-cable-car-maintenance-shutdown');
    // Was "Luisa Fernanda Ocampo said:" (read as no place question), then "... and Villamaría's.".
    expect((await cable.ask('Between which points will the replacement buses run?')).answerLine).toBe("Between the Cámbulos station and Villamaría's main square.");
  });
  it('dates a deed still to come by its verb, and a setting up as a deed of its own', async () => {
    const cable = await at(236, 'colombia-manizales-cable-car-maintenance-shutdown');
    // Was "Monday, 16 June." (the lede's closing: "will close for six weeks from Monday, 16 June").
    expect((await cable.ask('When is the cable car line due to reopen?')).answerLine).toBe('On Monday, 28 July.');
    expect((await cable.ask('When is the cable car expected to close?')).answerLine).toBe('Monday, 16 June.');
    const mill = await at(233, 'bhutan-bumthang-buckwheat-cooperative-water-mill-broken');
    // Was "In 2011." ("For the first time since it was set up in 2011, ... after a flash flood smashed the wooden water
    // wheel").
    expect((await mill.ask('when did the flash flood wreck the mill wheel')).answerLine).toBe('July 23.');
    expect((await mill.ask('when was the cooperative set up')).answerLine).toBe('In 2011.');
  });
  it('reads pay, a price "going for", a share given towards a cost, and "asking for" as demanding', async () => {
    const press = await at(234, 'burkina-faso-fada-shea-butter-cooperative-press');
    // Was "9 million CFA francs." ("had contributed 9 million CFA francs toward the press").
    expect((await press.ask('How much did the new press cost?')).answerLine).toBe('14.5 million CFA francs.');
    const cane = await at(236, 'chad-sarh-sugar-cane-cutters-seasonal-contracts');
    // Was "Just 2,520 CFA francs." ("Workers are demanding ... a daily rate of 3,500 CFA francs").
    expect((await cane.ask('What daily rate are the cutters asking for?')).answerLine).toBe('3,500 CFA francs.');
    const wages = await at(234, 'bulgaria-sliven-textile-workers-unpaid-wages');
    // Was the closest-statement hedge ("The average monthly salary at the plant is 1,050 leva").
    expect((await wages.ask('What does a typical worker there earn in a month?')).answerLine).toBe('1,050 leva.');
    const oil = await at(235, 'burundi-rumonge-palm-oil-pressers-diesel-price');
    // Were the closest-statement hedge and "20 litres." ("A 20-litre jerrycan of palm oil sold for about 150,000 francs").
    expect((await oil.ask("So what's a big container of palm oil going for at the market these days?")).answerLine).toBe('About 150,000 francs.');
    expect((await oil.ask('How much is a jerrycan of palm oil at the market?')).answerLine).toBe('About 150,000 francs.');
  });
});

describe('fifty-ninth session: found while asking as a user', () => {
  const at = heldoutEngine;
  it("finds a kin's age by that word, not the age of the one the question names", async () => {
    const kiln = await at(235, 'cambodia-battambang-brick-kiln-workers-debts');
    // Was "38 years old." ("The 38-year-old father of three"), then refused for his wife.
    expect((await kiln.ask("how old is Sophal's daughter")).answerLine).toBe('14 years old.');
    expect((await kiln.ask("how old is Sophal's wife")).answerLine).toBe('34 years old.');
    expect((await kiln.ask('how old is Sophal')).answerLine).toBe('38 years old.');
    const dentist = await at(235, 'canada-yellowknife-dental-clinic-closure-patients');
    // Was refused ("My mother is 81," said Raymond Lafferty).
    expect((await dentist.ask("how old is Lafferty's mother")).answerLine).toBe('81 years old.');
    const ash = await at(233, 'botswana-palapye-coal-ash-dust-complaints');
    // Was refused ("her seven-year-old grandson").
    expect((await ash.ask("how old is Motsumi's grandson")).answerLine).toBe('Seven years old.');
  });
  it('answers how often, by "every" or "times a", and says so when the article does not', async () => {
    const cable = await at(236, 'colombia-manizales-cable-car-maintenance-shutdown');
    // Were "Juan Camilo Arango said:" and "Santiago Restrepo said:".
    expect((await cable.ask('how often will the buses run')).answerLine).toBe('Every four minutes.');
    expect((await cable.ask('how often are haul ropes replaced')).answerLine).toBe('Every eight to 12 years.');
    const ash = await at(233, 'botswana-palapye-coal-ash-dust-complaints');
    // Was "Botswana Power Corporation said:" ("spraying water on the ash dam twice a day").
    expect((await ash.ask('how often does the utility spray the dam')).answerLine).toBe('Twice a day.');
    expect((await ash.ask('how often do the residents march')).inScope).toBe(false);
    const cork = await at(19, 'portugal-cork-harvest-shortfall');
    // Was "Agence France-Presse reports:" ("Cork can only be stripped from a tree once every nine years").
    expect((await cork.ask('how often can you take the bark off the same tree')).answerLine).toBe('Once every nine years.');
  });
  it('names no one for a deed done to something else, and a room things are kept in', async () => {
    const cable = await at(236, 'colombia-manizales-cable-car-maintenance-shutdown');
    // Was "Hernán Giraldo, who has run a bakery beside the Villamaría station since 2014.".
    expect((await cable.ask('who runs the cable car')).answerLine).not.toMatch(/^Hernán Giraldo, who has run a bakery/u);
    const cocoa = await at(235, 'cameroon-ebolowa-cocoa-buyers-bean-quality-rule');
    // Was "Near the village of Nkoemvone." ("has moved her remaining sacks into her kitchen").
    expect((await cocoa.ask('where did Mengue store her sacks')).answerLine).toBe('In her kitchen.');
  });
  it('reads a range of sums whose high end has no sign, a fund set aside as no cost, a day told "on a full working day", and how long a thing must be', async () => {
    const mill = await at(233, 'bhutan-bumthang-buckwheat-cooperative-water-mill-broken');
    // Was "Sonam Choden said:" ("sold ... at Nu 110 to 130 a kilogram": "130" was no sum).
    expect((await mill.ask('what does the flour sell for')).answerLine).toBe('Nu 110 to 130 a kilogram.');
    // Was "Nu 60,000." ("had set aside Nu 60,000 from its annual budget for the repair, but that the full cost was
    // estimated at Nu 280,000").
    expect((await mill.ask('how much will the repair cost')).answerLine).toBe('Nu 280,000.');
    expect((await mill.ask('how much money has the gewog set aside')).answerLine).toBe('Nu 60,000.');
    // Was "31 years." ("a single blue pine trunk at least 5 metres long").
    expect((await mill.ask('how long must the new shaft be')).answerLine).toBe('At least 5 metres.');
    const oil = await at(235, 'burundi-rumonge-palm-oil-pressers-diesel-price');
    // Was refused ("a single press burns 20 to 25 litres on a full working day").
    expect((await oil.ask('how much diesel does a press burn a day')).answerLine).toBe('20 to 25 litres.');
    const cable = await at(236, 'colombia-manizales-cable-car-maintenance-shutdown');
    // Was refused ("carries about 9,500 passengers on a normal weekday").
    expect((await cable.ask('how many passengers does it carry a day')).answerLine).toBe('About 9,500 passengers.');
  });
  it('gives the level of the earlier period asked in a change from one to another', async () => {
    const nuts = await at(233, 'bolivia-riberalta-brazil-nut-gatherers-box-pay-dispute');
    // Was "160 bolivianos." ("from 200 bolivianos last season to 160 bolivianos ($23) this year").
    expect((await nuts.ask('how much did they pay last season')).answerLine).toBe('200 bolivianos.');
    expect((await nuts.ask('how much do exporters pay per box now')).answerLine).toBe('160 bolivianos.');
    const jeepney = await at(171, 'philippines-iloilo-jeepney-fare-increase-commuters');
    // Was "Iloilo Federation of Jeepney Operators and Drivers said:" ("from about 54 pesos a litre in July to more than 62
    // pesos this week").
    expect((await jeepney.ask('What did a litre of diesel go for back in July?')).answerLine).toBe('About 54 pesos a litre.');
    const melon = await at(202, 'honduras-choluteca-melon-export-inspection-backlog');
    // Was "35 lempiras." ("a melon that cost 35 lempiras in January was selling for 15 to 20 lempiras on Friday").
    expect((await melon.ask('what does a melon go for at the choluteca market these days')).answerLine).toBe('15 to 20 lempiras.');
    expect((await melon.ask('what did a melon cost in January')).answerLine).toBe('35 lempiras.');
  });
  it('reads a rough run of months, interest as a rate, a span of the deed asked, and how fast a thing spoils', async () => {
    const kiln = await at(235, 'cambodia-battambang-brick-kiln-workers-debts');
    // Was refused ("during the rainy season, from about June to October").
    expect((await kiln.ask('when is the rainy season')).answerLine).toBe('From about June to October.');
    // Was the closest-statement hedge ("rates of 3 to 5 percent a month were common").
    expect((await kiln.ask('what interest do owners charge')).answerLine).toBe('3 to 5 percent a month.');
    const ice = await at(234, 'brunei-muara-jetty-ice-plant-breakdown');
    // Was "On Sunday." ("In a statement on Sunday, ... was expected to arrive within two to three weeks").
    expect((await ice.ask('when will the new compressor arrive')).answerLine).toBe('Within two to three weeks.');
    // Was "30 degrees Celsius." ("could begin to spoil in as little as four to six hours").
    expect((await ice.ask('how fast does fish spoil')).answerLine).toBe('Four to six hours.');
  });
  it('keeps the weekday of the deed asked, and a figure to the setting asked', async () => {
    const dock = await at(236, 'cape-verde-mindelo-shipyard-dry-dock-reopens');
    // Was "On Friday, May 16." (when the first vessel is due to leave the dock).
    expect((await dock.ask('when did the dry dock reopen')).answerLine).toBe('On Tuesday.');
    expect((await dock.ask('when will the first vessel leave the dock')).answerLine).toBe('On Friday, May 16.');
    // Was "A 42-metre Spanish tuna.".
    expect((await dock.ask('how long is the tuna seiner')).answerLine).toBe('A 42-metre Spanish tuna seiner.');
    const hips = await at(236, 'chile-chillan-hospital-hip-surgery-waiting-list');
    // Was "Roughly 4.8 million pesos." ("costs the public system roughly 4.8 million pesos, ... compared with between 6
    // million and 7 million pesos at a private clinic").
    expect((await hips.ask('how much does a hip replacement cost in a private clinic')).answerLine).toBe('Between 6 million and 7 million pesos.');
    expect((await hips.ask('how much does a hip replacement cost the public system')).answerLine).toBe('Roughly 4.8 million pesos.');
  });
  it('reads a raise asked with "what", a waiting list in months, a season as no length, and a count before "last season"', async () => {
    const cane = await at(236, 'chad-sarh-sugar-cane-cutters-seasonal-contracts');
    // Was "Hawa Mahamat Abakar said:" ("the company had offered a 12 percent increase in the daily rate").
    expect((await cane.ask('what raise did the company offer')).answerLine).toBe('12 percent increase.');
    // Was "Between 40 and 60 cutters a month last.".
    expect((await cane.ask('how many cutters did the hospital treat')).answerLine).toBe('Between 40 and 60 cutters a month.');
    // Was "Some 25 kilometres." ("some 25 kilometres east of the city, ... for a season that usually runs from November
    // to February").
    expect((await cane.ask('how long is the season')).answerLine).not.toMatch(/kilometres/u);
    const dentist = await at(235, 'canada-yellowknife-dental-clinic-closure-patients');
    // Was refused ("the waiting list for a cleaning had grown to nearly eight months").
    expect((await dentist.ask('how long is the waiting list for a cleaning')).answerLine).toBe('Nearly eight months.');
  });
});

describe('sixtieth session: held-out 237 to 240', () => {
  const at = heldoutEngine;
  it('reads a distance asked as no depth, a price asked with "were", a speaker who "maintains", and a slip in a word the article writes only in a name', async () => {
    const pit = await at(237, 'congo-dolisie-brick-makers-clay-pit-closure');
    // Was "15 metres." ("dug out to a depth of 15 metres in places").
    expect((await pit.ask('How far is the clay site from downtown Dolisie?')).answerLine).toBe('About 6 kilometres east.');
    const cotton = await at(237, 'cote-divoire-korhogo-cotton-growers-late-payments');
    // Was refused as a what-said question ("The article doesn't quote price per kilo were farmers").
    expect((await cotton.ask('What price per kilo were farmers promised for top-quality cotton?')).answerLine).toBe('300 CFA francs per kilogram.');
    const springs = await at(239, 'dominica-soufriere-hot-springs-water-rights-dispute');
    // Was refused ("The article doesn't say which person maintains").
    expect((await springs.ask("Which person maintains that the guesthouse's pipe only takes a little of the stream?")).speaker).toBe('Clement Laville');
    const halt = await at(239, 'djibouti-ali-sabieh-railway-halt-closure-traders');
    // Was "The article doesn't mention infrastucture." (the article writes the word only in "Ministry of Infrastructure").
    expect((await halt.ask('When did the prefect write to the infrastucture ministry?')).answerLine).toBe('On February 12.');
  });
  it('reads the whole a share is of, someone\'s dad as their father, a grace period as a transition, a village by its name, and a raise as a share', async () => {
    const broccoli = await at(240, 'ecuador-latacunga-broccoli-growers-frost-losses');
    // Was refused: "the whole country's" was read as asking for a total.
    expect((await broccoli.ask("So roughly what share of the whole country's broccoli comes out of this province?")).answerLine).toBe('Roughly 60%.');
    const kilns = await at(240, 'egypt-fayoum-tunis-potters-gas-kilns');
    // Was "Over eight to ten hours." (Abdel-Rahman's own firing).
    expect((await kilns.ask("For how long did Abdel-Rahman's dad work with a wood-burning kiln?")).answerLine).toBe('30 years.');
    // Was "Village of Nazla." ("the nearby village of Nazla").
    expect((await kilns.ask('Where is the village of Tunis?')).answerLine).toMatch(/Fayoum oasis/u);
    // Was "In December." ("switching over" read as asking when it is over).
    expect((await kilns.ask('Since when have the workshops in Tunis been switching over to gas kilns?')).answerLine).toBe('Since October 2023.');
    const dairy = await at(238, 'czechia-olomouc-cheese-maker-wastewater-charge');
    // Was refused ("a transition period of 12 to 18 months for small food producers").
    expect((await dairy.ask('How long could the grace period for small food firms last?')).answerLine).toBe('12 to 18 months.');
    const laundry = await at(238, 'cyprus-paralimni-hotel-laundry-workers-pay-dispute');
    // Was refused ("We have offered a 4 percent increase": "how big ... offer" asked a sum only).
    expect((await laundry.ask('how big a raise did the company offer')).answerLine).toBe('4 percent increase.');
  });
  it('names the business behind "the company" and "the group" in a who-said answer', async () => {
    const cigars = await at(239, 'dominican-republic-la-romana-cigar-factory-shift-cuts');
    // Was "The company said this." ("Tabacalera Costa Caribe said in a statement ...", then "The company said").
    expect((await cigars.ask('Who claimed that U.S. orders had dropped while wrapper leaf got a lot pricier?')).answerLine).toBe('Tabacalera Costa Caribe said this.');
    const dairy = await at(238, 'czechia-olomouc-cheese-maker-wastewater-charge');
    expect((await dairy.ask("Who said it would be unfair to spread the cost over every household's water bill?")).answerLine).toBe('Olomoucká voda said this.');
    const dive = await at(237, 'comoros-moheli-dive-operators-mooring-fee');
    // Was "The group said this.".
    expect((await dive.ask('so who thinks the fee is way too much for such a short season?')).speaker).toBe('Association of Mohéli Tourism Operators');
  });
});

describe('sixtieth session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('counts "foot passengers" and runs told as "three times a day", and names the body a "which" clause or a "run by" gives', async () => {
    const pier = await at(237, 'costa-rica-puntarenas-ferry-pier-repairs');
    // Was refused ("60 to 80 foot" was read as a length).
    expect((await pier.ask('how many passengers could the floating platform carry')).answerLine).toBe('60 to 80 foot passengers per trip.');
    // Was refused ("the route to Playa Naranjo now runs three times a day instead of five").
    expect((await pier.ask('how many crossings to Playa Naranjo are there a day')).answerLine).toBe('Three times a day.');
    // Was "Rodrigo Vargas Solís, head of engineering at the Pacific ports authority." ("..., which owns the pier").
    expect((await pier.ask('who owns the pier')).answerLine).toBe('The Pacific ports authority.');
    const cotton = await at(237, 'cote-divoire-korhogo-cotton-growers-late-payments');
    // Was refused ("The mill, run by the Société Cotonnière du Poro, or SCP, owes").
    expect((await cotton.ask('who runs the ginning mill')).answerLine).toBe('Société Cotonnière du Poro.');
    // Was "48,000 the." ("61,000 tons against 48,000 the year before").
    expect((await cotton.ask('how much did it buy the year before')).answerLine).toBe('48,000.');
  });
  it('reads "take over" as a verb, and the level a change reached or came from as fitting as well as the other', async () => {
    const post = await at(238, 'croatia-zadar-old-town-post-office-closure');
    // Was "Over 60 to 80 percent." ("was expected to take over 60 to 80 percent of the parcels").
    expect((await post.ask('what share of parcels will the locker take over')).answerLine).toBe('60 to 80 percent.');
    // Was "Fewer than 90 transactions a day." ("... last year, down from about 310 in 2015").
    expect((await post.ask('how many transactions did the branch handle in 2015')).answerLine).toBe('About 310.');
    expect((await post.ask('how many transactions did the branch handle last year')).answerLine).toBe('Fewer than 90 transactions a day.');
    const taxis = await at(238, 'cuba-bayamo-bicycle-taxi-licence-fee');
    // Was "42." ("from 42 in 2019 to fewer than 15 this year"). (Since the sixty-ninth session without "this year".)
    expect((await taxis.ask('how many state buses are running')).answerLine).toBe('Fewer than 15.');
    expect((await taxis.ask('how many buses were there in 2019')).answerLine).toBe('42.');
  });
});

describe('sixtieth session: found while asking as a user, at the fish auction', () => {
  const at = heldoutEngine;
  it('counts a crew of five, weighs "how much fish", and reads a routine\'s clock time by its own verb', async () => {
    const auction = await at(239, 'denmark-hirtshals-fish-auction-online-bidding');
    // Was refused ("the 24-metre trawler Nordstjernen with a crew of five": five was read as metres).
    expect((await auction.ask('how many crew does Thomsen have')).answerLine).toBe('Five.');
    // Was refused ("bid on roughly 180 tonnes of fish": "sold" made it a price).
    expect((await auction.ask('how much fish was sold')).answerLine).toBe('Roughly 180 tonnes.');
    // Was "On Monday." ("a falling-price "Dutch" auction that opens at 5 a.m. and usually closes by 7:30 a.m.").
    expect((await auction.ask('when does bidding usually close')).answerLine).toBe('By 7:30 a.m.');
    expect((await auction.ask('when does the auction open')).answerLine).toBe('At 5 a.m.');
    // Was "By 7:30 a.m." ("Buyers may still inspect the catch in person from 3 a.m.").
    expect((await auction.ask('from what time can buyers inspect the fish')).answerLine).toBe('From 3 a.m.');
  });
});

describe('sixtieth session: found while asking as a user, in a town on rationed water', () => {
  it('reads "two days a week" as how often, and an end told by the event something lasts until', async () => {
    const indigo = await heldoutEngine(240, 'el-salvador-suchitoto-indigo-workshop-water-shortage');
    // Was "The article doesn't say how often." ("Water reaches the town's pipes only two days a week").
    expect((await indigo.ask('how often does water reach the town')).answerLine).toBe('Two days a week.');
    // Were "In 2023." and "On Feb. 5." ("rationing would continue until the rainy season was well under way").
    expect((await indigo.ask('until when will rationing continue')).answerLine).toBe('Until the rainy season was well under way.');
    expect((await indigo.ask('when will rationing end')).answerLine).toBe('Until the rainy season was well under way.');
  });
});

describe('sixtieth session: found while asking as a user, in orchards and a river dispute', () => {
  it('gives an earlier price asked by its month, a flow asked with "what was", a sum claimed, and a cause up to the next reported clause', async () => {
    const citrus = await heldoutEngine(240, 'eritrea-ghinda-citrus-cooperative-irrigation-pump-breakdown');
    // Was "45 nakfa." ("sold for 45 nakfa, up from about 30 nakfa in January").
    expect((await citrus.ask('what did oranges cost in January')).answerLine).toBe('About 30 nakfa.');
    expect((await citrus.ask('how much do oranges cost in Asmara')).answerLine).toBe('45 nakfa.');
    const ravine = await heldoutEngine(239, 'dominica-soufriere-hot-springs-water-rights-dispute');
    // Was "Nigel Fontaine said:" ("recorded a flow of about 4 litres a second").
    expect((await ravine.ask('what was the flow on March 3')).answerLine).toBe('About 4 litres a second.');
    // Was "Fourteen farmers." ("The claim seeks EC$85,000 in damages").
    expect((await ravine.ask('how much are the farmers claiming')).answerLine).toBe('EC$85,000.');
    // Went on ", and that the guesthouse employed 11 people from Soufrière and Scotts Head".
    expect((await ravine.ask('what caused the drop in flow')).answerLine).toBe('Two dry years in a row and by fresh land clearing higher up the valley.');
  });
});

describe('sixtieth session: found while asking as a user, among frost-hit growers', () => {
  it('reads a cut asked with "how much could"', async () => {
    const broccoli = await heldoutEngine(240, 'ecuador-latacunga-broccoli-growers-frost-losses');
    // Was refused ("could cut losses by 30 to 50% on small plots": "losses" made it a sum).
    expect((await broccoli.ask('how much could cheap measures cut losses')).answerLine).toBe('30 to 50%.');
  });
});

describe('sixty-first session: held-out 241 to 244', () => {
  const at = heldoutEngine;
  it('reads a range of sums in a currency\'s letter, a rate paid for each thing, people by the trade they live by, and a figure in words as in digits', async () => {
    const bus = await at(241, 'eswatini-piggs-peak-sawmill-staff-bus-withdrawn');
    // Was "Roughly E700." ("roughly E700 to E900 over a month of shifts").
    expect((await bus.ask('What would a month of minibus fares set a worker back?')).answerLine).toBe('Roughly E700 to E900.');
    const grapes = await at(243, 'georgia-telavi-grape-pickers-winery-pay-dispute');
    // Was "25% fall." (a "rate" asked a percentage: "cut the rate it pays for a 20-kilogram crate ... to 2.20 lari").
    expect((await grapes.ask('What is the new rate paid for a crate of Saperavi?')).answerLine).toBe('2.20 lari.');
    // Was refused ("could begin to rot within 10 days if the weather turned wet").
    expect((await grapes.ask('who claimed the grapes still on the vines could start to go bad in about ten days if it rains')).speaker).toBe('Ketevan Lomidze');
    const carvers = await at(242, 'gambia-brikama-woodcarvers-market-rent-increase');
    // Was "Two public toilets." ("About 120 carvers and sellers work at the market").
    expect((await carvers.ask('roughly how many ppl make a living carving or selling at the market?')).answerLine).toBe('About 120 carvers.');
  });
  it('finds a spot beneath what holds a find, a place on one side of a named one, where a thing still is rather than where it was made, and a thing by the local name the article gives it', async () => {
    const prison = await at(243, 'greece-nafplio-prison-hotel-conversion-stalled');
    // Was "In the hotel." ("found the remains of a Venetian-era gunpowder store beneath its courtyard").
    expect((await prison.ask('where exactly did the archaeologists find the remains')).answerLine).toBe('Beneath its courtyard.');
    const smokehouse = await at(242, 'finland-savonlinna-smokehouse-vendace-shortage');
    // Was "On the shore of Lake Saimaa." ("frozen vendace from the Swedish side of the Gulf of Bothnia").
    expect((await smokehouse.ask('Where are some smokehouses now getting frozen vendace from?')).answerLine).toBe('From the Swedish side of the Gulf of Bothnia.');
    // Was refused ("the muikku," Laine said, using the Finnish name for vendace).
    expect((await smokehouse.ask("What's the going rate these days for a kilo of fresh muikku at the harbour?")).answerLine).toBe('14 to 16 euros.');
    const blades = await at(241, 'ethiopia-adama-wind-farm-blade-repairs-delayed');
    // Was "In China." ("had been manufactured in China but were still waiting at the port of Djibouti").
    expect((await blades.ask('Where are the replacement blades stuck at the moment?')).answerLine).toBe('At the port of Djibouti.');
    expect((await blades.ask('Where were the replacement blades made?')).answerLine).toBe('In China.');
  });
  it('tells a span by a participle that says something recurs, and a part of a whole a word describes', async () => {
    const festival = await at(241, 'estonia-viljandi-folk-festival-campsite-moved');
    // Was "Since 2017." ("who has measured noise at the festival since 2017"; "The festival, held every July since 1993").
    expect((await festival.ask('how long has the music festival been going on in viljandi')).answerLine).toBe('Since 1993.');
    const store = await at(243, 'germany-gorlitz-department-store-reopening-delayed');
    // Was refused ("14 of the planned 20 retail tenants had confirmed they would stay on": "planned" was read as the noun).
    expect((await store.ask("how many of the retail tenants have confirmed they're staying")).answerLine).toBe('14 of the planned 20 retail tenants.');
  });
  it('names the business and the body a statement comes from', async () => {
    const bus = await at(241, 'eswatini-piggs-peak-sawmill-staff-bus-withdrawn');
    // Was "The company said this." ("Hhohho Timber Processors, which employs about 740 people ...").
    expect((await bus.ask("Who claimed that the firm's buses had clocked up over 1.2 million kilometres?")).answerLine).toBe('Hhohho Timber Processors said this.');
    const dyke = await at(244, 'guinea-bissau-cacheu-saltwater-breaches-rice-dyke');
    // Was "The article mentions Bolanha Viva but doesn't quote them." (its statement was given to "37 villages along the river").
    expect((await dyke.ask('What did Bolanha Viva say in its statement?')).speaker).toBe('Bolanha Viva');
  });
});

describe('sixty-first session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('reads a cause an event "followed", no date from a question someone asks, and a tank\'s size as what it holds', async () => {
    const fuel = await at(242, 'gabon-franceville-taxi-drivers-fuel-queues');
    // Was "Odile Ngoua said:" ("The latest shortage followed a derailment near Booué on Feb. 27 ...").
    expect((await fuel.ask('why is there a shortage')).answerLine).toBe('A derailment near Booué on Feb. 27 that halted fuel trains for nearly a week.');
    const beach = await at(244, 'grenada-grand-anse-beach-vendor-licence-lottery');
    // Was "In April." ("If my name is not drawn, what do I do in April? Go and beg?" she asked).
    expect((await beach.ask('when is the draw')).answerLine).toBe('On Friday, 14 March.');
    const marina = await at(241, 'fiji-savusavu-marina-fresh-water-shortage');
    // Was "Two storage tanks." ("its two storage tanks, which hold 30,000 litres between them").
    expect((await marina.ask('how big are the storage tanks')).answerLine).toBe('30,000 litres.');
  });
  it('reads a cause past a time inside the clause before it, no year that only describes a thing, and the date something was put off to', async () => {
    const store = await at(243, 'germany-gorlitz-department-store-reopening-delayed');
    // Was "AFP reports:" ("that has stood empty since 2009, has been postponed ... after builders found serious corrosion").
    expect((await store.ask('why was the reopening delayed')).answerLine).toBe('After builders found serious corrosion in the steel frame that holds its glass roof.');
    // Was "1913." ("a 1913 Art Nouveau department store ... has been postponed until at least spring 2027").
    expect((await store.ask('when will the store reopen')).answerLine).toBe('2027.');
    expect((await store.ask('When is the department store now expected to open?')).answerLine).toBe('March 2027.');
  });
  it('gives a place in the centre of a named one whole', async () => {
    const store = await at(243, 'germany-gorlitz-department-store-reopening-delayed');
    // Was "In the centre." ("a 1913 Art Nouveau department store in the centre of Görlitz").
    expect((await store.ask('where is the Warenhaus Strauss')).answerLine).toBe('In the centre of Görlitz.');
  });
  it('reads "how long is each blade" as a length', async () => {
    const blades = await at(241, 'ethiopia-adama-wind-farm-blade-repairs-delayed');
    // Was refused ("Each blade is 40 metres long").
    expect((await blades.ask('how long is each blade')).answerLine).toBe('40 metres.');
  });
});

describe('sixty-second session: held-out 245 to 248', () => {
  const at = heldoutEngine;
  it('reads the size of a change asked "by how much ... pricier", pay asked as earnings, and the figure the question\'s own verb stands before', async () => {
    const paprika = await at(245, 'hungary-kalocsa-paprika-growers-short-of-pickers');
    // Was refused ("prices for ground paprika ..., which rose by about 25 percent between 2022 and 2023").
    expect((await paprika.ask('By how much did ground paprika get pricier in the shops between 2022 and 2023?')).answerLine).toBe('About 25 percent.');
    // Was the closest passage, no figure ("Pickers are paid 15,000 to 18,000 forints (about 38 to 46 euros) a day").
    expect((await paprika.ask("what's a day's earnings for somebody picking peppers")).answerLine).toBe('15,000 to 18,000 forints.');
    // Was "About 1,200 seasonal pickers." ("need about 1,200 seasonal pickers ... but have found only around 700").
    expect((await paprika.ask('How many pickers have the farms managed to find?')).answerLine).toBe('Around 700.');
    expect((await paprika.ask('how many pickers do the farms need')).answerLine).toBe('About 1,200 seasonal pickers.');
  });
  it('reads a total once new hires start, "stay fresh" as keep, school kids as schoolchildren and "went up in flames" as burned', async () => {
    const dairy = await at(248, 'kazakhstan-turkestan-camel-milk-dairy-pasteurising-line');
    // Was "18 more workers." ("would hire 18 more workers, bringing its staff to 64").
    expect((await dairy.ask('So how many people will be on the payroll once the new hires start?')).answerLine).toBe('64.');
    expect((await dairy.ask('how many new workers will the dairy hire')).answerLine).toBe('18 more workers.');
    // Was "A day." ("Now it will keep for three weeks in a fridge").
    expect((await dairy.ask('how long will the milk stay fresh now')).answerLine).toBe('Three weeks.');
    const birds = await at(247, 'israel-eilat-bird-ringing-station-funding-cut');
    // Was refused ("The station also hosts about 8,000 schoolchildren a year").
    expect((await birds.ask('roughly how many school kids visit the place each year?')).answerLine).toBe('About 8,000 schoolchildren a year.');
    const bees = await at(248, 'jordan-ajloun-beekeepers-lose-hives-forest-fire');
    // Was refused: "went up" was read as a rise ("spread across about 450 dunums (45 hectares) of oak and pine forest").
    expect((await bees.ask('so how much woodland actually went up in flames?')).answerLine).toBe('About 450 dunums.');
  });
  it('finds where something was found some way off a thing, a place named from a number, and no height in a distance back from a line', async () => {
    const beach = await at(246, 'iceland-reynisfjara-sneaker-wave-warning-lights');
    // Was "From Hamburg." ("A coast guard helicopter crew found his body two days later, about 2 kilometers east of the beach").
    expect((await beach.ask("Where was the drowned man's body found?")).answerLine).toBe('About 2 kilometers east of the beach.');
    // Was "About 40 meters." ("three steel posts about 40 meters (130 feet) back from the waterline"): the height is not told.
    expect((await beach.ask('how tall are the posts the warning lights are mounted on')).inScope).toBe(false);
    const zoo = await at(31, 'taiwan-kaohsiung-zoo-bear-escape');
    // Was "At Shoushan Zoo." ("was found asleep in a thicket about 800 metres from the zoo’s boundary fence").
    expect((await zoo.ask('where was the bear found')).answerLine).toBe('About 800 metres from the zoo’s boundary fence.');
    const road = await at(245, 'guyana-bartica-log-trucks-damage-new-road');
    // Was refused ("its officers would begin spot checks at the 5-Mile checkpoint").
    expect((await road.ask('where will the forestry officers carry out their spot checks')).answerLine).toBe('At the 5-Mile checkpoint.');
  });
  it('reads "the state" in a who-said question as a thing, not a verb of saying', async () => {
    const lock = await at(247, 'ireland-athlone-shannon-lock-closure-boat-hire');
    // Was Niamh Cassidy ("Athlone is the one that failed first ..."): "state" was dropped as a word of saying ("Furlong
    // argued that the state had been warned about the condition of the lock as far back as 2019").
    expect((await lock.ask('who claimed the state was warned about the lock years before it failed')).speaker).toBe('Declan Furlong');
  });
  it('refuses a count of things destroyed or cancelled the sentence does not destroy or cancel, and a sum asked by a possessive the article never gives', async () => {
    const landing = await at(247, 'jamaica-treasure-beach-erosion-fishermen-landing');
    // Was "About 45 boats." ("Co-operative president Marcia Lindo said about 45 boats worked from Great Bay").
    expect((await landing.ask('How many boats were destroyed when the landing collapsed?')).inScope).toBe(false);
    expect((await landing.ask('how many boats work from great bay')).answerLine).toBe('About 45 boats.');
    const smoke = await at(245, 'honduras-roatan-landfill-fire-smoke-closes-schools');
    // Was "At least two cruise lines." ("at least two cruise lines had asked about air quality").
    expect((await smoke.ask('How many cruise ships cancelled their visits to Roatán because of the smoke?')).inScope).toBe(false);
    const birds = await at(247, 'israel-eilat-bird-ringing-station-funding-cut');
    // Was the closest passage ("its own budget had been reduced for 2025"): now a figure asked, which the article lacks.
    const budget = await birds.ask("What was the Arava fund's total budget for 2025?");
    expect([budget.inScope, budget.answerLine]).toEqual([false, "The article doesn't give that number. It is about: Eilat bird-ringing station faces closure after funding cut at height of migration."]);
  });
});

describe('sixty-second session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('finds a doctor by the title "Dr.", and a dump on the site the sentence says it stands', async () => {
    const fire = await at(245, 'honduras-roatan-landfill-fire-smoke-closes-schools');
    // Were refused ("said Dr. Ricardo Solórzano, a pulmonologist at the hospital").
    expect((await fire.ask('what did the doctor say')).speaker).toBe('Ricardo Solórzano');
    expect((await fire.ask('who is the doctor')).answerLine).toBe('Dr. Ricardo Solórzano, a pulmonologist at the hospital.');
    // Was "At the Mount Pleasant." ("at the Mount Pleasant dump, a hillside site between Coxen Hole and French Harbour").
    expect((await fire.ask('where is the dump')).answerLine).toBe('A hillside site between Coxen Hole and French Harbour.');
  });
  it('reads a cause something "was being driven by" or "has been linked to", or a quote gives, and a deadline', async () => {
    const landing = await at(247, 'jamaica-treasure-beach-erosion-fishermen-landing');
    // Was "The Gleaner reports:" ("erosion at Treasure Beach was being driven by rising sea levels, ...").
    expect((await landing.ask('why is the beach eroding')).answerLine).toBe('Rising sea levels, stronger storms and the loss of sand from rivers that are dammed or mined inland.');
    const lake = await at(248, 'kenya-naivasha-lake-floods-flower-farm-greenhouses');
    // Was "After the rising lake flooded 28 of its greenhouses, ..." ("The rise has been linked to heavier rainfall ...").
    expect((await lake.ask('why is the lake rising')).answerLine).toBe('Heavier rainfall in the Aberdare catchment and to silt washed into the lake from cleared land upstream.');
    const fires = await at(248, 'jordan-ajloun-beekeepers-lose-hives-forest-fire');
    // Was "Because the summers are longer and drier," warned Omar Khasawneh, an ecologist with ...": the quote ends it.
    expect((await fires.ask('why are fires becoming more common')).answerLine).toBe('Because the summers are longer and drier.');
    const brass = await at(246, 'india-moradabad-brass-polishing-units-ordered-shut');
    // Was "Until Nov. 18." ("give owners until Nov. 18 to stop work").
    expect((await brass.ask('when do they have to stop work')).answerLine).toBe('By Nov. 18.');
  });
  it('answers where a named place is past its name, a port by its name, a review after a span, and reads no language as a place', async () => {
    const bendi = await at(246, 'indonesia-bukittinggi-bendi-drivers-protest-electric-shuttle');
    // Was refused ("a tourism researcher at Andalas University in Padang").
    expect((await bendi.ask('where is Andalas University')).answerLine).toBe('In Padang.');
    const marble = await at(247, 'italy-carrara-marble-quarry-truck-hours-limit');
    // Was refused ("to sawmills and to the port of Marina di Carrara, 8 kilometres away").
    expect((await marble.ask('where is the port')).answerLine).toBe('In the port of Marina di Carrara.');
    // Was refused ("and will review the ordinance after six months").
    expect((await marble.ask('when will the ordinance be reviewed')).answerLine).toBe('After six months.');
    const radio = await at(245, 'haiti-hinche-community-radio-transmitter-stolen');
    // Was "In Creole." ("broadcasts market prices, funeral notices and health advice in Creole from a hilltop outside Hinche").
    expect((await radio.ask('where does Radio Vwa Plato broadcast from')).answerLine).toBe("On Haiti's Central Plateau.");
  });
  it('dates a thing asked its age, not a person beside it; a discount asked "what discount"; and a length past a participle', async () => {
    const lock = await at(247, 'ireland-athlone-shannon-lock-closure-boat-hire');
    // Was "48 years old." ("Niamh Cassidy, a 48-year-old heritage engineer"; "the stone chamber, which dates from 1849").
    expect((await lock.ask('how old is the lock')).answerLine).toBe('Dates from 1849.');
    expect((await lock.ask('how old is Niamh Cassidy')).answerLine).toBe('48 years old.');
    // Was "Westmeath Independent reports:" ("shorter trips on Lough Ree alone at a discount of 20 percent").
    expect((await lock.ask('what discount are operators offering')).answerLine).toBe('20 percent.');
    const road = await at(245, 'guyana-bartica-log-trucks-damage-new-road');
    // Was "Less than a year." ("The 11-kilometre paved section was handed over in October 2023").
    expect((await road.ask('how long is the paved section')).answerLine).toBe('11-kilometre paved section.');
  });
  it('gives an amount of the thing named before a sum', async () => {
    const dairy = await at(248, 'kazakhstan-turkestan-camel-milk-dairy-pasteurising-line');
    // Was "310 million tenge." ("cost 310 million tenge ... and can process up to three tonnes of milk a day").
    expect((await dairy.ask('how much milk can it process')).answerLine).toBe('Up to three tonnes.');
    expect((await dairy.ask('how much did the new line cost')).answerLine).toBe('310 million tenge.');
  });
  it('reads "how far ahead" as a span in advance, a price by whoever set it, and a count without the participle or verb after it', async () => {
    const beach = await at(246, 'iceland-reynisfjara-sneaker-wave-warning-lights');
    // Was refused ("the model can flag dangerous days up to 72 hours in advance").
    expect((await beach.ask('how far ahead can the model warn')).answerLine).toBe('Up to 72 hours.');
    const paprika = await at(245, 'hungary-kalocsa-paprika-growers-short-of-pickers');
    // Was "140 farms working." ("which represents 140 farms working roughly 1,500 hectares").
    expect((await paprika.ask('how many farms are in the cooperative')).answerLine).toBe('140 farms.');
    const birds = await at(247, 'israel-eilat-bird-ringing-station-funding-cut');
    // Was "About 500 million birds pass." ("about 500 million birds pass over the Eilat area").
    expect((await birds.ask('how many birds pass over Eilat')).answerLine).toBe('About 500 million birds.');
    const cashew = await at(125, 'guinea-bissau-bafata-cashew-farmers-price-standoff');
    // Was "250 CFA francs per kilogram." ("traders are offering as little as 250 CFA francs per kilogram, well below the
    // minimum farm-gate price of 375 francs set by the government in March").
    expect((await cashew.ask("What is the government's minimum price per kilogram?")).answerLine).toBe('375 francs.');
  });
});

describe('sixty-third session: held-out 249 to 252', () => {
  const at = heldoutEngine;
  it('reads which place someone is from, teenagers at school as pupils, and people counted beside vehicles', async () => {
    const bus = await at(249, 'kosovo-gjakova-bus-company-ends-village-routes');
    // Was "In Gjakova." ("Hysen Morina, a 74-year-old retired teacher from Skivjan, who visits the main family health
    // centre in Gjakova").
    expect((await bus.ask('Which village is Hysen Morina from?')).answerLine).toBe('From Skivjan.');
    // Was refused ("About 420 pupils from the affected villages attend secondary schools in the city").
    expect((await bus.ask('about how many teenagers from those villages travel into town for high school')).answerLine).toBe('About 420 pupils.');
    const border = await at(250, 'lesotho-butha-buthe-border-post-hours-extended');
    // Was "300 vehicles cross." ("About 1,200 people and 300 vehicles cross at Caledonspoort on an ordinary weekday").
    expect((await border.ask('How many people cross at Caledonspoort on a normal weekday?')).answerLine).toBe('About 1,200 people.');
    expect((await border.ask('How many vehicles cross at Caledonspoort on a normal weekday?')).answerLine).toBe('300 vehicles.');
    // Was refused ("more fuel at about M22 a litre": a sum in maloti).
    expect((await border.ask('how much does a litre of fuel cost for the taxi drivers')).answerLine).toBe('About M22 a litre.');
  });
  it('reads where a charity is based, a possessive before what a figure counts, and a total bill as a sum', async () => {
    const grater = await at(252, 'malawi-nkhata-bay-cassava-women-motorised-grater');
    // Was "In the Northern Region." ("the Lakeshore Livelihoods Trust, a Mzuzu-based charity").
    expect((await grater.ask('Where is the charity that donated the machine based?')).answerLine).toBe('In Mzuzu.');
    // Was "Nine women's." ("has equipped nine women's groups in the Northern Region since 2022").
    expect((await grater.ask('how many women are in the group')).answerLine).toBe('32 women.');
    expect((await grater.ask('how many groups has the trust equipped')).answerLine).toBe("Nine women's groups.");
    const chalets = await at(249, 'kuwait-failaka-chalet-owners-dispute-demolition-compensation');
    // Was "Khaled Behbehani said:" ("the total bill at the current rate would be roughly 18 million dinars").
    expect((await chalets.ask('what will the total bill be')).answerLine).toBe('Roughly 18 million dinars.');
  });
  it('reads a temperature in Celsius alone, a size not as a distance from it, an amount sold, and a reopening after a closure', async () => {
    const felt = await at(249, 'kyrgyzstan-naryn-shyrdak-cooperative-export-order');
    // Was "About 320 kilometres." ("winter temperatures there regularly fall to minus 30 Celsius").
    expect((await felt.ask('how cold does it get in Naryn')).answerLine).toBe('Minus 30 Celsius.');
    const esch = await at(252, 'luxembourg-esch-steelworks-housing-soil-delay');
    // Was "Less than 500 metres." ("a bakery on the Rue de Luxembourg, less than 500 metres from the site gate").
    expect((await esch.ask('how big is the site')).answerLine).toBe('61 hectares.');
    const cheese = await at(250, 'lebanon-zahle-dairy-cooperative-cheese-export-delay');
    // Was refused ("who sells about 90 litres of milk a day to the cooperative").
    expect((await cheese.ask('how much milk does Khoury sell a day')).answerLine).toBe('About 90 litres.');
    const pool = await at(251, 'liechtenstein-balzers-swimming-pool-leak-closure');
    // Was "Before 2026." ("no decision on a new pool would be taken before 2026"; "will stay closed until at least the
    // end of October").
    expect((await pool.ask('when will the pool reopen')).answerLine).toBe('Until at least the end of October.');
  });
  it('counts what a subject is one of, and keeps an extended season apart from its usual one', async () => {
    const balloons = await at(24, 'albuquerque-balloon-fiesta-crash');
    // ("The balloon ... was one of 547 that took part in the morning's mass ascension"; not "about 60 balloons were still
    // in the air at the time of the accident".)
    expect((await balloons.ask('how many balloons went up in the mass ascension that morning')).answerLine).toBe('547.');
    const chambo = await at(18, 'malawi-lake-chambo-fishing-ban');
    expect((await chambo.ask('When does the extended closed season end?')).answerLine).toBe('Until Feb. 28.');
  });
});

describe('sixty-third session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('finds "the vet" by the title Veterinarian, a new site by its size, a deed done again, and a parent\'s children', async () => {
    const camels = await at(251, 'libya-sabha-camel-market-moved-traders-complain');
    // Were refused ("Veterinarian Youssef Bensaid, who inspected animals at the old market ..., warned that").
    expect((await camels.ask('what did the vet warn')).speaker).toBe('Youssef Bensaid');
    expect((await camels.ask('who is the vet')).speaker).toBe('Youssef Bensaid');
    // Was "1.2 million dinars." ("had been set aside for the new market site"; "a fenced area of about 6 hectares").
    expect((await camels.ask('how big is the new site')).answerLine).toBe('About 6 hectares.');
    const fort = await at(250, 'latvia-daugavpils-fortress-art-centre-roof-leak');
    // Was "The article doesn't mention rehang." ("we will hang the paintings again by December 14").
    expect((await fort.ask('when do they hope to rehang the paintings')).answerLine).toBe('By December 14.');
    const atoll = await at(249, 'kiribati-tabiteuea-sea-cucumber-ban-splits-families');
    // Was refused ("Baraniko Tong, a 46-year-old father of five").
    expect((await atoll.ask('how many children does Baraniko Tong have')).answerLine).toBe('Five.');
  });
  it('dates an opening by "open since", a span "until at least" its month, a level a price was cut to, and an owner asked by "owns"', async () => {
    const scale = await at(250, 'laos-savannakhet-weighbridge-fines-overloaded-lorries');
    // Was "On Monday, June 3." (when the scale went into operation; "The bridge, open since 2006, links ...").
    expect((await scale.ask('when did the bridge open')).answerLine).toBe('In 2006.');
    const seaweed = await at(252, 'madagascar-toliara-seaweed-farmers-price-protest');
    // Was "On 1 March." ("it would keep buying at 700 ariary until at least June").
    expect((await seaweed.ask('until when will the company keep buying at 700 ariary')).answerLine).toBe('Until at least June.');
    // Was "30 percent cut." ("cut its price on 1 March from 1,000 ariary (about $0.22) to 700 ariary per kilogram").
    expect((await seaweed.ask('how much did the company cut its price to')).answerLine).toBe('700 ariary per kilogram.');
    const bus = await at(249, 'kosovo-gjakova-bus-company-ends-village-routes');
    // Was refused ("Arben Krasniqi, the company's owner, rejected the accusation").
    expect((await bus.ask('who owns the company')).speaker).toBe('Arben Krasniqi');
    // (A closing asked in the past is the deed's date, not how long it is to last: "closed to all traffic on April 15 for
    // repairs expected to last until at least October".)
    const bridge = await at(207, 'latvia-kuldiga-brick-bridge-closure-splits-town');
    expect((await bridge.ask('when did the bridge close')).answerLine).toBe('On April 15.');
  });
  it('reads a participle after its article as a describing word, not a past tense, and a date "normally" so as a rule', async () => {
    const spa = await at(251, 'lithuania-druskininkai-spa-mineral-well-contamination');
    // Was refused ("at a cost of about 1,800 euros a week": a running cost, weighed down while "bottled" read as a past).
    expect((await spa.ask('how much does the bottled water cost')).answerLine).toBe('About 1,800 euros a week.');
    const chambo = await at(18, 'malawi-lake-chambo-fishing-ban');
    // Was "Until Feb. 28." ("which normally runs from Nov. 1 to Dec. 31, would this year last until Feb. 28"), right only
    // when "closed" was read as a past.
    expect((await chambo.ask('When does the season normally end?')).answerLine).toBe('Dec. 31.');
  });
});

describe('sixty-fourth session: held-out 253 to 256', () => {
  const at = heldoutEngine;
  it('counts since the month began for "this month", a sum its own past clause dates, finds of any kind, money taken in as a total, and a compound\'s size', async () => {
    const blood = await at(253, 'mali-kayes-hospital-blood-bank-runs-short');
    // Was refused ("has postponed at least 11 planned operations since the start of May").
    expect((await blood.ask('How many surgeries has the hospital had to put off this month?')).answerLine).toBe('At least 11.');
    const dig = await at(255, 'mongolia-kharkhorin-karakorum-dig-loses-foreign-funding');
    // Was refused ("would not renew a grant of 1.2 million euros ($1.3 million) that had paid for the dig since 2019").
    expect((await dig.ask("How much was the foundation's grant worth?")).answerLine).toBe('1.2 million euros.');
    // Was refused ("recorded more than 1,800 objects").
    expect((await dig.ask('Roughly how many finds has the team catalogued so far?')).answerLine).toBe('More than 1,800 objects.');
    const beach = await at(255, 'montenegro-ulcinj-beach-concession-auction-splits-renters');
    // Was refused ("the auction had brought in 2.6 million euros").
    expect((await beach.ask('how much money did the auction bring in altogether')).answerLine).toBe('2.6 million euros.');
    const hotel = await at(255, 'monaco-monte-carlo-hotel-housekeepers-split-shifts-strike');
    // Was refused ("The strike at the 312-room Hotel Belvedere Riviera").
    expect((await hotel.ask('How many bedrooms does the hotel have in total?')).answerLine).toBe('312.');
  });
  it('reads a bare figure before a verb, doers listed with labourers as people, and "trees" as no people', async () => {
    const macaques = await at(256, 'morocco-azrou-macaque-feeding-fines-vendors');
    // Was refused ("Researchers estimate that between 6,500 and 9,100 remain in Morocco": "remain" read as what is counted).
    expect((await macaques.ask('Roughly how many of these monkeys are still around in Moroccan forests?')).answerLine).toMatch(/^Between 6,500 and 9,100\b/u);
    const marble = await at(256, 'myanmar-mandalay-marble-dust-carving-workshops');
    // Was "About 60 workshops operate." ("employing an estimated 1,500 carvers, polishers and labourers").
    expect((await marble.ask('how many ppl make a living in the carving workshops')).answerLine).toBe('1,500 carvers.');
    const flour = await at(253, 'marshall-islands-arno-breadfruit-flour-plant-idle');
    // Was "About 30 trees." ("It employed nine workers, all from Arno").
    expect((await flour.ask('so how many folks had jobs at the plant before it shut dwon?')).answerLine).toBe('Nine workers.');
  });
  it('finds where things sail from, where people have gone, and where someone did the deed asked rather than where he farms', async () => {
    const rope = await at(253, 'maldives-kulhudhuffushi-coir-rope-makers-lose-buyers');
    // Was refused ("who owns two fishing dhonis that sail from the island's northern harbour").
    expect((await rope.ask("where do Ibrahim Faisal's fishing dhonis sail from")).answerLine).toBe("From the island's northern harbour.");
    const blood = await at(253, 'mali-kayes-hospital-blood-bank-runs-short');
    // Was "In the Kayes region." ("many of the young men have gone to the mines at Sadiola").
    expect((await blood.ask('Where have many of the young men who used to donate gone to work?')).answerLine).toBe('To the mines at Sadiola.');
    const beet = await at(255, 'moldova-ungheni-sugar-beet-campaign-delay');
    // Was "Near Valea Mare." ("I got 150 lei a tonne from a dairy in Sculeni, ..." said Gheorghe Popa, who farms 12 hectares
    // near Valea Mare").
    expect((await beet.ask('so where did Gheorghe Popa end up selling his beet?')).answerLine).toBe('In Sculeni.');
    // (Where he farms is still where the "who" clause puts it, with no other place in the sentence.)
    const saiga = await at(13, 'kazakhstan-saiga-cull');
    expect((await saiga.ask('where does zhumabayev farm')).answerLine).toBe('Near the village of Zhympity.');
  });
  it('dates the day over the weekday of its prayers, a plan that did not hold, a start over a former state, and a deed in the sentence it dates', async () => {
    const blood = await at(253, 'mali-kayes-hospital-blood-bank-runs-short');
    // Was "Friday." ("planned a donation drive at the central mosque after Friday prayers on May 17").
    expect((await blood.ask('When is the blood donation drive at the central mosque planned?')).answerLine).toBe('On May 17.');
    const market = await at(254, 'mauritius-curepipe-market-vendors-temporary-stalls');
    // Was "Before the middle of next year." ("was supposed to open in June 2023").
    expect((await market.ask('When was the new hall originally supposed to open?')).answerLine).toBe('In June 2023.');
    const bank = await at(254, 'micronesia-yap-bank-branch-cuts-opening-days');
    // Was "Since 1982." ("Since September 2, the Colonia branch ..., which had opened every weekday since 1982, has been
    // open only on Tuesdays, Wednesdays and Thursdays").
    expect((await bank.ask('When did the reduced opening days start?')).answerLine).toBe('September 2.');
    const hotel = await at(255, 'monaco-monte-carlo-hotel-housekeepers-split-shifts-strike');
    // Was "In 2006." ("Split shifts were abolished in this house in 2006. Management has brought them back": the deed is
    // the next sentence's; "the schedule introduced on March 3").
    expect((await hotel.ask('When was the new schedule brought in?')).answerLine).toBe('On March 3.');
    // Was refused ("who has worked at the hotel for 17 years", of the Hotel Belvedere Riviera).
    expect((await hotel.ask('so how long has Ferreira been cleaning rooms at the Belvedere?')).answerLine).toBe('17 years.');
    const fireworks = await at(253, 'malta-marsaxlokk-fireworks-factory-licence-renewal-fight');
    // Was refused, read as a rise ("when the factory was built in 1987").
    expect((await fireworks.ask('In what year did the fireworks workshop go up?')).answerLine).toBe('In 1987.');
  });
  it('ends a sum before "but", and counts nothing past "against"', async () => {
    const clinic = await at(256, 'namibia-opuwo-mobile-clinic-vehicle-breakdown');
    // Was "N$85,000 but." ("at a cost of N$85,000 but was not expected before the end of the month").
    expect((await clinic.ask('how much is the replacment gearbox going to cost')).answerLine).toBe('N$85,000.');
    const fireworks = await at(253, 'malta-marsaxlokk-fireworks-factory-licence-renewal-fight');
    // Was "214 objections." ("have filed 214 objections against the renewal of a licence").
    expect((await fireworks.ask('How many fireworks does the club set off during the festa?')).answerLine).not.toMatch(/214/u);
  });
});

describe('sixty-fourth session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('names a thing by what it is "known as", gives a cause done to it by its own verb, and no age for a cause', async () => {
    const dates = await at(254, 'mauritania-atar-date-palm-scale-outbreak');
    // Was "AFP reports:" ("The pest, known as white scale or Parlatoria blanchardi, sucks sap").
    expect((await dates.ask('what is the insect called')).answerLine).toBe('White scale or Parlatoria blanchardi.');
    // Was "Since the outbreak was confirmed on May 14." ("Many palms were weakened by the drought of 2022").
    expect((await dates.ask('why were palms weak this year')).answerLine).toBe('The drought of 2022.');
    // (Not "the midwife was called away to an emergency elsewhere": no name.)
    const midwives = await at(167, 'myanmar-magway-village-health-post-midwife-shortage');
    expect((await midwives.ask('What are the names of the two newly qualified midwives due to arrive?')).inScope).toBe(false);
    const marble = await at(256, 'myanmar-mandalay-marble-dust-carving-workshops');
    // Was "Since the time of King Mindon.", an age, not a cause.
    expect((await marble.ask("why don't the carvers use water")).answerLine).not.toMatch(/Mindon/u);
  });
  it('counts no parts a thing is split into, ends a place at a full stop, and reads a commute as a trip', async () => {
    const hotel = await at(255, 'monaco-monte-carlo-hotel-housekeepers-split-shifts-strike');
    // Was "Two." ("a new rota that splits their working day in two").
    expect((await hotel.ask('how many people work at the hotel')).answerLine).not.toBe('Two.');
    // Was "In Menton. I." ("I live in Menton. I cannot go home").
    expect((await hotel.ask('where does Carla Ferreira live')).answerLine).toBe('In Menton.');
    // Was refused ("a trip of about 25 minutes by train").
    expect((await hotel.ask("how long is Ferreira's commute")).answerLine).toBe('About 25 minutes.');
  });
  it('counts what is left now over what there was, a price a year ago from where a change began, and the places a kind is said to be', async () => {
    const palms = await at(256, 'mozambique-inhambane-lethal-yellowing-coconut-replanting');
    // Was "250 palms." ("I had 250 palms. Now I have 80 standing").
    expect((await palms.ask('how many palms does Chongo have left')).answerLine).toBe('80 standing.');
    // Was "30." ("had doubled in a year, from 15 meticais to 30").
    expect((await palms.ask('what was the price of a coconut a year ago')).answerLine).toBe('15 meticais.');
    // Was refused ("the worst-hit districts were Jangamo, Inharrime and Zavala").
    expect((await palms.ask('which districts are worst hit')).answerLine).toBe('Jangamo, Inharrime and Zavala.');
  });
  it('dates what is to come by when it is expected, a plan by its first date, an old year, and finds a doer with no verb of being', async () => {
    const clinic = await at(256, 'namibia-opuwo-mobile-clinic-vehicle-breakdown');
    // Was "On Monday, June 3.", the day the old one broke ("was not expected before the end of the month").
    expect((await clinic.ask('when will the gearbox arrive')).answerLine).toBe('Not before the end of the month.');
    const dig = await at(255, 'mongolia-kharkhorin-karakorum-dig-loses-foreign-funding');
    // Was "In October." ("The season had been due to open on June 2").
    expect((await dig.ask('when was the season supposed to start')).answerLine).toBe('On June 2.');
    // Were refused and "Associated Press reports:" ("the city founded by Genghis Khan and walled by his son Ogedei in
    // 1235").
    expect((await dig.ask('when was the city walled')).answerLine).toBe('In 1235.');
    expect((await dig.ask('who walled the city')).answerLine).toBe('His son Ogedei.');
  });
  it('dates the state asked by its own start, and gives the span of the verb asked, not one by the name', async () => {
    const bank = await at(254, 'micronesia-yap-bank-branch-cuts-opening-days');
    // ("which had opened every weekday since 1982": the state asked, which the new start does not end.)
    expect((await bank.ask('since when has the branch been open every weekday')).answerLine).toBe('Since 1982.');
    // Was "Four days." ("the bank was closed for four days," said Lucia Yalmad, ... who taught in outer-island schools
    // for 27 years").
    expect((await bank.ask('how long did Lucia Yalmad teach')).answerLine).toBe('27 years.');
    const trial = await at(30, 'spain-motril-mayor-corruption-trial');
    // (Not "A verdict is not expected before February": another thing expected.)
    expect((await trial.ask('When is the trial scheduled to end?')).answerLine).toBe('Until Dec. 19.');
  });
  it('measures a named place by the length set off after it, says where money goes, and gives a fall by a fraction', async () => {
    const beach = await at(255, 'montenegro-ulcinj-beach-concession-auction-splits-renters');
    // Was refused ("Velika Plaza, the 13-kilometre stretch of sand south of Ulcinj").
    expect((await beach.ask('how long is Velika Plaza')).answerLine).toMatch(/^(?:The )?13-kilometre stretch\.$/u);
    // Was "To court." ("I will go to court"; "the money would go to lifeguards, waste collection and new access roads").
    expect((await beach.ask('where will the auction money go')).answerLine).toBe('To lifeguards, waste collection and new access roads.');
    const silver = await at(254, 'mexico-taxco-silversmiths-record-silver-prices');
    // Was refused ("Sales at the Saturday tianguis ... have dropped by about a third").
    expect((await silver.ask('how much have sales at the tianguis fallen')).answerLine).toBe('About a third.');
  });
  it('ends a passive\'s doer before "once", and dates what is held every year by its month', async () => {
    const fireworks = await at(253, 'malta-marsaxlokk-fireworks-factory-licence-renewal-fight');
    // Was "Commissioner of Police once planning permission is." ("which is issued by the Commissioner of Police once
    // planning permission is in place").
    expect((await fireworks.ask('who issues the licence')).answerLine).toBe('Commissioner of Police.');
    // Was refused ("The festa of Our Lady of Pompeii, held every August").
    expect((await fireworks.ask('when is the festa held')).answerLine).toBe('Every August.');
    // (Not a one-off deed asked in the past: "a city that appears every July".)
    const water = await at(149, 'albania-ksamil-water-rationing-tourist-season');
    expect((await water.ask('When did Arben Koci become technical director of the utility?')).inScope).toBe(false);
    const market = await at(254, 'mauritius-curepipe-market-vendors-temporary-stalls');
    // Was "Mauritius Times reports:" ("the delay was caused mainly by a dispute with the first contractor").
    expect((await market.ask('why is the hall late')).answerLine).toMatch(/^A dispute with the first contractor\b/u);
  });
  it('counts those of a group that did the deed asked, dates a stop by when it began, and gives a share told as a ratio', async () => {
    const blood = await at(253, 'mali-kayes-hospital-blood-bank-runs-short');
    // Was "412." ("his group had 412 registered members and that fewer than 60 of them had given blood since February").
    expect((await blood.ask('how many members have given blood since February')).answerLine).toBe('Fewer than 60.');
    const flour = await at(253, 'marshall-islands-arno-breadfruit-flour-plant-idle');
    // Was "On April 30." ("It has not produced a bag since April 22"; the part was ordered on April 30).
    expect((await flour.ask('when did it stop producing')).answerLine).toBe('Since April 22.');
    // Was refused ("diabetes, which affects nearly one in three adults in the country").
    expect((await flour.ask('what share of adults have diabetes')).answerLine).toBe('Nearly one in three.');
  });
  it('ends a count before an adverb or a time left after its noun', async () => {
    const bank = await at(254, 'micronesia-yap-bank-branch-cuts-opening-days');
    // Was "80 to 100 customers regularly." ("80 to 100 customers regularly wait in the sun").
    expect((await bank.ask('how many customers wait outside')).answerLine).toBe('80 to 100 customers.');
    const dates = await at(254, 'mauritania-atar-date-palm-scale-outbreak');
    // Was "120 trees last season." ("the early fruit from his 120 trees last season").
    expect((await dates.ask('how many trees does Mohamed Ould Sidi Brahim have')).answerLine).toBe('120 trees.');
  });
});

describe('sixty-fifth session: held-out 257 to 260', () => {
  const at = heldoutEngine;
  it('reads a kina\'s "K" as money, a sum asked for in the past whatever a later clause promises, ponies as horses, and a crocodile\'s estimated length', async () => {
    const garden = await at(260, 'papua-new-guinea-lae-botanical-garden-closed');
    // Was refused ("an agreement signed in 2019 that promised K1.2 million a year").
    expect((await garden.ask('how much money did the 2019 agreement promise every year')).answerLine).toBe('K1.2 million a year.');
    const market = await at(258, 'nigeria-onitsha-market-demolition-traders-relocated');
    // Was refused ("some had been asked to pay 250,000 naira for spaces the government had promised would be free").
    expect((await market.ask('How much were some traders allegedly asked to pay for a stall?')).answerLine).toBe('250,000 naira.');
    const ponies = await at(259, 'pakistan-murree-pony-operators-mall-road-ban');
    // Was refused ("her team had treated 63 ponies").
    expect((await ponies.ask("How many of the hill station's horses has the vet's team treated for lameness and injuries?")).answerLine).toBe('63 ponies.');
    const crocodile = await at(259, 'palau-melekeok-crocodile-sighting-closes-swimming-spot');
    // Was refused ("A saltwater crocodile estimated at 3.5 meters (11 feet) long").
    expect((await crocodile.ask('How long is the crocodile estimated to be?')).answerLine).toBe('3.5 meters.');
  });

  it('dates a start told after "with" by the tense of the clause before it, and takes no law\'s year as a date', async () => {
    const reeds = await at(260, 'peru-puno-totora-reed-harvest-rules');
    // Was "In May." ("would ... begin registering harvesting families in May, with the first closed season starting on
    // Jan. 1, 2026").
    expect((await reeds.ask('When will the first closed season begin?')).answerLine).toBe('On Jan. 1, 2026.');
    const whales = await at(257, 'new-zealand-kaikoura-whale-watching-operator-fined');
    // Was "1992." ("breaching the Marine Mammals Protection Regulations 1992").
    expect((await whales.ask('When did the incident with the whale and calf happen?')).answerLine).toMatch(/^On 14 February\b/u);
  });

  it('places what a "where" clause tells at the named place before it, unless the clause names its own', async () => {
    const resin = await at(259, 'oman-salalah-frankincense-tapping-restrictions');
    // Was "In Salalah." ("In the Al Haffa souq in Salalah, where most of the region's resin is sold").
    expect((await resin.ask("Where is most of Dhofar's resin sold?")).answerLine).toBe('In the Al Haffa souq in Salalah.');
    // (Not "Into Senegal.": "across the border into Senegal, where buyers in Ziguinchor were paying".)
    const cashew = await at(125, 'guinea-bissau-bafata-cashew-farmers-price-standoff');
    expect((await cashew.ask('Where were buyers paying up to 400 francs per kilogram?')).answerLine).toBe('In Ziguinchor.');
  });

  it('finds "which local" as someone, a "fortnight" as two weeks, and the one quoted as "the hotel receptionist"', async () => {
    const minaret = await at(258, 'niger-agadez-minaret-restoration-funding-delayed');
    // Was "The article doesn't say which local."
    expect((await minaret.ask('Which local fears the city would lose its face if the tower came down?')).speaker).toBe('Fatimata Ghali');
    const market = await at(258, 'nigeria-onitsha-market-demolition-traders-relocated');
    // Was Chinedu Okafor ("had given the traders three months' notice"), not "a written notice only two weeks before".
    expect((await market.ask('Who claimed she got written notice only a fortnight before the demolition?')).speaker).toBe('Ifeoma Nwankwo');
    const taxis = await at(260, 'panama-bocas-del-toro-water-taxi-licence-rules');
    // Was "The article mentions the hotel receptionist but doesn't quote them."
    const said = await taxis.ask('what did the hotel receptionist say about the boat that capsized');
    expect(said.speaker).toBe('Marisol Ábrego');
    expect(said.citations[0]?.paragraph).toBe(12);
  });

  it('reads "pushed back" as delayed, and gives no company\'s profit for what one worker earns', async () => {
    const crush = await engineOf(await loadArticle('tests/fixtures/heldout76/articles/cameroon-douala-cup-final-gate-crush.txt'));
    // Was refused ("kickoff was delayed by 50 minutes").
    expect((await crush.ask('How long was kickoff pushed back?')).answerLine).toBe('50 minutes.');
    const yards = await engineOf(await loadArticle('tests/fixtures/heldout7/articles/ulsan-shipyard-strike.txt'));
    // (Not "1.1 trillion won", "last year's net profit".)
    expect((await yards.ask('how much does a welder at hanbit earn a year')).inScope).toBe(false);
  });
});

describe('sixty-fifth session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('measures a thing by "the" length "of" it, tells how full by a share, and a price by what growers get for a kilo', async () => {
    const rice = await at(258, 'north-macedonia-kocani-rice-irrigation-water-dispute');
    // Was "Two hours." ("blocked the main canal sluice ... for two hours"; "lining the 42 kilometres of main canals").
    expect((await rice.ask('how long are the main canals')).answerLine).toBe('42 kilometres.');
    // Was "Balkan Insight reports:" ("the reservoir held about 38 percent of its capacity").
    expect((await rice.ask('how full is the reservoir')).answerLine).toBe('About 38 percent.');
    // Was "Balkan Insight reports:" ("growers sell unhusked rice for 30 to 35 denars a kilogram").
    expect((await rice.ask('what do growers get for a kilo of rice')).answerLine).toBe('30 to 35 denars a kilogram.');
    // Was refused ("the company had not measured fields since 2016").
    expect((await rice.ask('when were fields last measured')).answerLine).toBe('In 2016.');
    // ("58 percent full": "full" is still a word to find.)
    const dam = await at(184, 'zimbabwe-masvingo-chivake-dam-irrigation-water-fees');
    expect((await dam.ask('how full is the reservoir at the moment')).answerLine).toMatch(/^58 percent\b/u);
  });

  it('gives a bare magnitude the currency its sentence named, counts what blocks hold below a count of it, and no toll for a stock', async () => {
    const minaret = await at(258, 'niger-agadez-minaret-restoration-funding-delayed');
    // Was refused ("repairs which would have cost 40 to 50 million CFA francs last year could now reach 90 million").
    expect((await minaret.ask('how much could repairs cost now')).answerLine).toBe('90 million.');
    const market = await at(258, 'nigeria-onitsha-market-demolition-traders-relocated');
    // Was "Three ageing blocks." ("pulled down three ageing blocks of shops"; "flattened about 640 shops").
    expect((await market.ask('how many shops were knocked down')).answerLine).toBe('About 640 shops.');
    const sheep = await at(257, 'netherlands-texel-wolf-attacks-sheep-compensation-claims');
    // Was "58 sheep dead." ("has left 58 sheep dead"; "The island ... has about 14,000 sheep").
    expect((await sheep.ask('how many sheep are on texel')).answerLine).toBe('About 14,000 sheep.');
    expect((await sheep.ask('how many sheep have been killed')).answerLine).toBe('58 sheep dead.');
  });

  it('reads a sum past a name and its age as that person\'s, a range of sums after "between", and a price for those asked', async () => {
    const whales = await at(257, 'new-zealand-kaikoura-whale-watching-operator-fined');
    // Was "$22,500." ("was fined $18,000 and skipper Dean Harwood, 44, was fined $4,500").
    expect((await whales.ask('how much was the skipper fined')).answerLine).toBe('$4,500.');
    // (Not past "who": "Dragan Nikolov, 58, who farms 4 hectares ... had expected to pick about 50 tonnes".)
    const grapes = await at(107, 'north-macedonia-tikves-hail-grape-harvest');
    expect((await grapes.ask('how much was nikolov hoping to pick')).answerLine).toBe('About 50 tonnes.');
    const ponies = await at(259, 'pakistan-murree-pony-operators-mall-road-ban');
    // Was "Rs1,500." ("earned between Rs1,500 and Rs3,000 a day").
    expect((await ponies.ask('how much does abbas earn a day')).answerLine).toBe('Between Rs1,500 and Rs3,000 a day.');
    const garden = await at(260, 'papua-new-guinea-lae-botanical-garden-closed');
    // Was "K5." ("Entry cost K5 for adults and K2 for children").
    expect((await garden.ask('how much did entry cost for kids')).answerLine).toBe('K2.');
    expect((await garden.ask('how much did entry cost for adults')).answerLine).toBe('K5.');
  });

  it('asks a fine "for" a deed in a place as money, a count on a weekday by the sentence that names it, and a span by the day', async () => {
    const crocodile = await at(259, 'palau-melekeok-crocodile-sighting-closes-swimming-spot');
    // Was refused ("anyone entering the closed area could be fined $250": "area" is no dimension asked).
    expect((await crocodile.ask('whats the fine for entering the closed area')).answerLine).toBe('$250.');
    // Was refused ("On Sunday afternoons there can be 30 or 40 children jumping off that dock").
    expect((await crocodile.ask('how many kids jump off the dock on sundays')).answerLine).toBe('30 or 40 children.');
    const t = await engineOf(parseArticle(`Source: Test Wire

Ponies barred

Pony operators work most of the year in the ten weeks between Eid and the end of the holidays, when the ponies are busy.

"Many of these animals work ten hours a day on tarmac," said a vet.`));
    // (Not "Ten weeks.": the question asks by the day.)
    expect((await t.ask('how long do the ponies work each day')).answerLine).toMatch(/^Ten hours\b/u);
  });

  it('finds who runs a department by its title, a body with what it is of, a place by a kind after its name, and a role after a plural possessive', async () => {
    const gliders = await at(257, 'nepal-pokhara-paragliding-licences-suspended-after-crash');
    // Was refused ("Tourism Department Director Suresh Adhikari").
    expect((await gliders.ask('who runs the tourism department')).speaker).toBe('Suresh Adhikari');
    const boarding = await at(258, 'nicaragua-leon-cerro-negro-volcano-boarding-suspended');
    // Was "Leon Association." ("the Leon Association of Tour Operators, which represents nine of the 14").
    expect((await boarding.ask('who represents the tour operators')).answerLine).toBe('Leon Association of Tour Operators.');
    const birds = await at(257, 'nauru-meneng-noddy-bird-catching-season-limits');
    // Was "On the Meneng." ("who has caught noddies on the Meneng cliffs since 1979").
    expect((await birds.ask('where do people catch noddies')).answerLine).toBe('On the Meneng cliffs.');
    const whales = await at(257, 'new-zealand-kaikoura-whale-watching-operator-fined');
    // Was Mark Pirini, "the department's Kaikōura operations manager" ("Ocean Spirit Charters' director, Craig Donovan,").
    expect((await whales.ask('what did the director say')).speaker).toBe('Craig Donovan');
  });

  it('counts a people by what they "number", things by what they are "registered as", and finds a doer by a "who" clause in a passage ranked below', async () => {
    const reeds = await at(260, 'peru-puno-totora-reed-harvest-rules');
    // Was refused ("The Uros, who number about 2,000 to 2,500 people").
    expect((await reeds.ask('how many uros are there')).answerLine).toBe('About 2,000 to 2,500 people.');
    const taxis = await at(260, 'panama-bocas-del-toro-water-taxi-licence-rules');
    // Was "31." (the injured; "About 140 boats are registered as water taxis").
    expect((await taxis.ask('how many water taxis are there')).answerLine).toBe('About 140 boats.');
    const birds = await at(257, 'nauru-meneng-noddy-bird-catching-season-limits');
    // Was "AFP reports:" ("The birds ... are plucked and cooked at home or sold at roadside stalls", ranked first).
    const seller = await birds.ask('who sells cooked noddy');
    expect(seller.answerLine).toMatch(/^Joylyn Itsimaera\b/u);
    expect(seller.citations[0]?.paragraph).toBe(12);
  });

  it('counts those asked among the members of a body named for them', async () => {
    const market = await at(258, 'nigeria-onitsha-market-demolition-traders-relocated');
    // Was "More than 1,200 traders." ("The Ochanja Market Traders Association said ... at least 150 of its members had not
    // been allocated stalls").
    expect((await market.ask('how many traders didnt get a stall')).answerLine).toBe('At least 150.');
    expect((await market.ask('how many traders are moving')).answerLine).toBe('More than 1,200 traders.');
  });
});

describe('sixty-sixth session: held-out 261 to 264', () => {
  const at = heldoutEngine;
  it('counts who lives in a place told as "a village of about N people", and tells a span by "a ... site since" a year', async () => {
    const walkway = await at(263, 'samoa-falealupo-canopy-walkway-closed');
    // Were refused ("Falealupo, a village of about 550 people").
    expect((await walkway.ask('how many people call falealupo home')).answerLine).toBe('About 550 people.');
    expect((await walkway.ask("what's the population of falealupo")).answerLine).toBe('About 550 people.');
    const stamps = await at(263, 'san-marino-philatelic-office-cuts-staff');
    // Was refused ("San Marino, a republic of about 34,000 people").
    expect((await stamps.ask('how many folks live in san marino')).answerLine).toBe('About 34,000 people.');
    const tower = await at(262, 'romania-sighisoara-clock-tower-museum-closure');
    // Was refused ("Sighișoara, a UNESCO World Heritage site since 1999,").
    expect((await tower.ask("For how long has Sighișoara held its place on UNESCO's world heritage list?")).answerLine).toBe('Since 1999.');
    // Was "4 centimeters." (how far a wall shifted; "five floors of the 64-meter tower").
    expect((await tower.ask('so how tall is that tower exactly')).answerLine).toBe('64 meters.');
  });

  it('reads the part after "Of the district\'s 46 ...", what a container holds, and a sum by the thing it is the value of', async () => {
    const tanks = await at(262, 'rwanda-nyagatare-cattle-tick-disease-dip-tanks');
    // Was "46 public dip tanks." ("Of the district's 46 public dip tanks, only 17 were fully working").
    expect((await tanks.ask("How many of the district's public dip tanks were fully working at the end of May?")).answerLine).toBe('Only 17.');
    expect((await tanks.ask('How many public dip tanks does the district have?')).answerLine).toBe('46 public dip tanks.');
    const beer = await at(264, 'sao-tome-neves-brewery-glass-bottle-shortage');
    // Was refused ("a container holding 300,000 new bottles" read as bottles added).
    expect((await beer.ask('How many botles were in the container stuck in Lisbon?')).answerLine).toBe('300,000 new bottles.');
    const fishFry = await at(263, 'saint-lucia-anse-la-raye-fish-fry-moved');
    // Was "EC$1.2 million." ("an advance of EC$1.2 million on a contract worth EC$3.4 million").
    expect((await fishFry.ask('how much is the contract worth')).answerLine).toBe('EC$3.4 million.');
    expect((await fishFry.ask('how big was the advance')).answerLine).toBe('EC$1.2 million.');
    const lamps = await at(264, 'senegal-kaolack-solar-street-lamps-contractor-dispute');
    // Was "450,000 to 600,000 CFA francs." (one lamp's; "under a 2.4 billion CFA franc (about $3.9m) contract").
    expect((await lamps.ask('so what did the whole lighting deal cost')).answerLine).toBe('2.4 billion CFA franc.');
  });

  it('refuses a price without the subsidy the article gives, and never reads a year as a range\'s low end', async () => {
    const tanks = await at(262, 'rwanda-nyagatare-cattle-tick-disease-dip-tanks');
    // Was "5,000 francs." ("a subsidised price of 5,000 francs per animal").
    expect((await tanks.ask('How much does the East Coast fever vaccine cost without the subsidy?')).inScope).toBe(false);
    expect((await tanks.ask('How much will the East Coast fever vaccine cost?')).answerLine).toBe('5,000 francs.');
    const stamps = await at(263, 'san-marino-philatelic-office-cuts-staff');
    // Was "2024 to 3.1 million euros." ("revenue ... fell 18 percent in 2024 to 3.1 million euros").
    expect((await stamps.ask('How much revenue did stamps and coins bring in last year?')).answerLine).toBe('3.1 million euros.');
  });

  it('finds the head of a body named before a title, and a place by its other word', async () => {
    const walkway = await at(263, 'samoa-falealupo-canopy-walkway-closed');
    // Was Mele Fa'asavalu, "who led the inspection" ("Samoa Tourism Authority Chief Executive Sina Aumua").
    expect((await walkway.ask('what did the head of the tourism authority say')).speaker).toBe('Sina Aumua');
    const beer = await at(264, 'sao-tome-neves-brewery-glass-bottle-shortage');
    // Was "27 years." (the production director's; "The brewery, which has stood on the seafront since 1981").
    expect((await beer.ask('how long has the beer factory been sitting on the waterfront')).answerLine).toBe('Since 1981.');
  });
});

describe('sixty-sixth session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('says what a thing asked for by its one word is, as the article first describes it', async () => {
    const boats = await at(261, 'portugal-aveiro-moliceiro-boat-licence-cap');
    // Was "Joaquim Ribau said:" with a quote that never names them.
    const moliceiros = await boats.ask('what are moliceiros');
    expect(moliceiros.answerLine).toBe('Moliceiros: long, brightly painted boats with upturned prows once used to gather seaweed in the Ria de Aveiro lagoon.');
    expect(moliceiros.citations[0]?.paragraph).toBe(2);
    const falcons = await at(261, 'qatar-doha-falcon-hospital-waiting-times');
    // Was "Fatima Al Sulaiti said:" ("respiratory infections and bumblefoot, a painful foot condition, were ...").
    expect((await falcons.ask('what is bumblefoot')).answerLine).toBe('Bumblefoot: a painful foot condition.');
    // (A thing the article never describes so is left to the search as before.)
    expect((await boats.ask('what is a landing stage')).answerLine).not.toMatch(/^Landing/u);
    // Was "The article doesn't say so in those words" ("outboard engines of 40 horsepower").
    expect((await boats.ask('how powerful are the outboard engines')).answerLine).toBe('40 horsepower.');
  });

  it('measures a railway by length or not at all, counts all who work for it, and ends a span\'s noun before a verb', async () => {
    const railway = await at(262, 'saint-kitts-and-nevis-scenic-railway-suspended');
    // Was "40 to 50 years." (how long new sleepers last).
    expect((await railway.ask('how long is the railway')).inScope).toBe(false);
    expect((await railway.ask('how long is the route')).answerLine).toBe('18-mile route.');
    // Was "Three-hour tour costs." ("The three-hour tour costs US$149").
    expect((await railway.ask('how long is the tour')).answerLine).toBe('Three-hour tour.');
    // Was "38 of the railway's 57 employees."
    expect((await railway.ask('how many people work for the railway')).answerLine).toBe('57 employees.');
    expect((await railway.ask('how many employees are on reduced hours')).answerLine).toBe("38 of the railway's 57 employees.");
  });

  it('reads a paragraph that quotes someone by a pronoun as naming them, answers "when will" with a span from now or the day of the deed asked, and a span never with one the question gives', async () => {
    const lunches = await at(263, 'saint-vincent-union-island-school-lunches-suspended');
    // Was refused ("She said she employed seven cooks and drivers": no "Adams" in the paragraph, and cooks were no people).
    expect((await lunches.ask('how many people does adams employ')).answerLine).toBe('Seven cooks.');
    // Was "Since December." ("We expect the first payment to Mrs. Adams to be released within the next two weeks").
    expect((await lunches.ask('when will adams be paid')).answerLine).toBe('Within the next two weeks.');
    const gingerbread = await at(261, 'poland-torun-gingerbread-factory-overtime-pay-dispute');
    // Was "On Tuesday, November 19." (the union's next stoppage; "would meet union representatives on Friday morning").
    expect((await gingerbread.ask('when will management meet the union')).answerLine).toBe('On Friday morning.');
    // Was "12-hour shifts six days." ("had worked 10- to 12-hour shifts six days a week since early October").
    expect((await gingerbread.ask('how long have people been working 12 hour shifts')).answerLine).toBe('Since early October.');
  });

  it('names what a local name is given to, counts what was done in the perfect asked, and gives no one\'s age for a house\'s', async () => {
    const house = await at(264, 'saudi-arabia-jeddah-al-balad-house-collapse');
    // Was "Reuters reports:" ("carved wooden balconies, known as rawashin").
    expect((await house.ask('what are rawashin')).answerLine).toBe('Rawashin: carved wooden balconies.');
    // Was "412 restoration applications." ("had received 412 restoration applications ... and had approved 265 of them").
    expect((await house.ask('how many restoration applications has the authority approved')).answerLine).toBe('265.');
    expect((await house.ask('how many applications has the authority received')).answerLine).toBe('412 restoration applications.');
    // Was "63 years old." ("Abdulrahman Bakr, a 63-year-old retired schoolteacher who was born two doors away").
    expect((await house.ask('how old was the house')).inScope).toBe(false);
    expect((await house.ask('how old is abdulrahman bakr')).answerLine).toBe('63 years old.');
  });
});

describe('sixty-seventh session: held-out 265 to 268', () => {
  const at = heldoutEngine;
  it('knows the firm a lede brings in by its kind by the name the next paragraph gives, and a society by its name less its nation', async () => {
    const potholes = await at(266, 'south-africa-bloemfontein-pothole-repair-contract-dispute');
    // Was refused ("A contractor hired to fix potholes ...", then "Motheo Civil Works was awarded ..."; "the firm had been
    // forced to lay off 63 of its 140 workers"; "Monday, the company's director" was read as a firm named Monday).
    expect((await potholes.ask('how many workers has Motheo laid off')).answerLine).toBe('63 of its 140 workers.');
    const basel = await at(268, 'switzerland-basel-rhine-swimming-season-safety-measures');
    // Was refused ("the Swiss Lifesaving Society", then "the society had counted 37 rescues").
    expect((await basel.ask('How many rescues did the lifesaving society count last summer?')).answerLine).toBe('37 rescues.');
  });

  it('counts who live in a place by its population told as such, never by those there doing something, and never by a rate per so many', async () => {
    const resin = await at(267, 'spain-cuenca-resin-tappers-return-to-pines');
    // Was refused ("In Beteta, where the population has fallen to about 280").
    expect((await resin.ask('how many people still live in Beteta these days')).answerLine).toBe('About 280.');
    const dykes = await at(267, 'south-sudan-bor-nile-dyke-repairs-before-rains');
    // Was "About 600 men." ("about 600 men and women dug clay from borrow pits on the edge of Bor").
    expect((await dykes.ask('How many people live in Bor town?')).inScope).toBe(false);
    const radiotherapy = await at(265, 'slovakia-presov-hospital-radiotherapy-unit-spares-long-trips');
    // Was refused ("the Prešov region of about 800,000 people"; not "fewer than six linear accelerators per million
    // inhabitants").
    expect((await radiotherapy.ask('Roughly how many inhabitants does the area served by the hospital have?')).answerLine).toBe('About 800,000 people.');
    // Was refused ("the department had hired 11 new staff").
    expect((await radiotherapy.ask('how many extra employees has the cancer department taken on')).answerLine).toBe('11 new staff.');
  });

  it('gives no age now for the age a career began at, and tells how deep by depth, with what an "It" stands for', async () => {
    const resin = await at(267, 'spain-cuenca-resin-tappers-return-to-pines');
    // Was "58 years old." ("Julián Moya Sáez, a 58-year-old resin tapper who learned the trade from his father").
    expect((await resin.ask('How old was Moya when he started tapping resin?')).inScope).toBe(false);
    expect((await resin.ask('how old is Moya')).answerLine).toBe('58 years old.');
    const lake = await at(266, 'slovenia-velenje-subsidence-lake-bathing-area-opens');
    // Were "25 kilometres." (how far off a laboratory is) and "The 300-metre beach." ("The lake began forming ... as land
    // ... sank by as much as 100 metres ...", then "It now covers about 135 hectares and is up to 55 metres deep.").
    expect((await lake.ask('What is the greatest depth of the water?')).answerLine).toBe('Up to 55 metres deep.');
    expect((await lake.ask('how deep is the lake')).answerLine).toBe('Up to 55 metres deep.');
  });

  it('puts first what a speaker said on the rarer word of the topic asked, over a quotation\'s every sentence', async () => {
    const potholes = await at(266, 'south-africa-bloemfontein-pothole-repair-contract-dispute');
    // Was ¶3 first ("said the municipality had paid only four of its last 11 invoices"; ¶9: "Mokoena insisted that the
    // audit had been carried out without his company's engineers present").
    expect((await potholes.ask("What did Mokoena say about the municipality's audit?")).citations[0]?.paragraph).toBe(9);
    const workshops = await at(268, 'sudan-atbara-railway-workshops-resume-locomotive-repairs');
    // Was ¶7 first ("“My hands remember the engines better than the roads,” he said. “The young ones have never opened a
    // traction motor.”" is ¶8).
    expect((await workshops.ask('What did Babiker say about the younger workers?')).citations[0]?.paragraph).toBe(8);
  });

  it('reads "ex-" as former, spacing told "one every 300 metres", no unit\'s price from a refit\'s cost, and a "six-member team" as six', async () => {
    const pits = await at(265, 'sierra-leone-koidu-diamond-pits-become-farmland');
    // Was the Kono District Council ("He argued that the council should hire former miners to do the refilling").
    expect((await pits.ask('Who argued that ex-miners ought to get the jobs filling in the pits?')).speaker).toBe('Abu Bangura');
    const skating = await at(268, 'sweden-ostersund-storsjon-skating-track-ice-safety');
    // Was "About 200 metres." ("40 rescue stations ... had been placed along the track, one every 300 metres").
    expect((await skating.ask('how far apart are the rescue stations')).answerLine).toBe('300 metres.');
    const cinnamon = await at(265, 'seychelles-anse-royale-cinnamon-distillery-harvesters-pay');
    // Was "4.2 million rupees." ("refitted at a cost of 4.2 million rupees ..., and expects to process 30 to 40 tonnes of
    // leaves and bark a month").
    expect((await cinnamon.ask('how much does a litre of oil cost')).inScope).toBe(false);
    expect((await cinnamon.ask('how much did the refit cost')).answerLine).toBe('4.2 million rupees.');
    const bombs = await at(266, 'solomon-islands-munda-wartime-bombs-cleared-gardens');
    // Was "At least three people." ("said his six-member team had searched 112 garden plots").
    expect((await bombs.ask('how many people are in the bomb disposal team')).answerLine).toBe('Six.');
  });
});

describe('sixty-seventh session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('says what a local name is after a figure or in a quoted gloss, and ends a span\'s noun before "each"', async () => {
    const divers = await at(267, 'south-korea-jeju-haenyeo-diving-school-trainees');
    // Was "Reuters reports:" ("one of Jeju's roughly 100 village diving associations, known as eochongye").
    expect((await divers.ask('what are eochongye')).answerLine).toBe('Eochongye: village diving associations.');
    // Was "Jeju Haenyeo Association said:" ("the island's haenyeo, or “sea women,”").
    expect((await divers.ask('what are haenyeo')).answerLine).toBe('Haenyeo: sea women.');
    // Was "11-week course each." ("offers a free 11-week course each spring").
    expect((await divers.ask('how long is the course')).answerLine).toBe('11-week course.');
  });

  it('measures a thing its own noun names past another word, in horsepower, and counts a share of a whole as that share', async () => {
    const dykes = await at(267, 'south-sudan-bor-nile-dyke-repairs-before-rains');
    // Was "A 4-metre earth." ("up a 4-metre earth embankment that is all that stands between ...").
    expect((await dykes.ask('how tall is the embankment')).answerLine).toBe('4 metres.');
    const workshops = await at(268, 'sudan-atbara-railway-workshops-resume-locomotive-repairs');
    // Was "1,200." ("a 1,200-horsepower shunting locomotive built in 1982").
    expect((await workshops.ask('how powerful is the shunting locomotive')).answerLine).toBe('1,200 horsepower.');
    // Was "1,100 workers." ("Only about 35% of the 1,100 workers on the payroll before the closure have come back").
    expect((await workshops.ask('how many workers have come back')).answerLine).toBe('About 35% of the 1,100 workers.');
  });

  it('counts what has been done over what is only hoped for, measures a lake by its own figure, and names a role without when it was said', async () => {
    const pits = await at(265, 'sierra-leone-koidu-diamond-pits-become-farmland');
    // Was "200 pits." ("The district hopes to fill another 200 pits by the end of 2025"; "143 mined-out pits that have been
    // filled in").
    expect((await pits.ask('how many pits have been filled')).answerLine).toBe('143 mined-out pits.');
    const lake = await at(266, 'slovenia-velenje-subsidence-lake-bathing-area-opens');
    // Was "The 300-metre beach." ("The 300-metre beach on the northern bank of Velenje Lake").
    expect((await lake.ask('how big is the lake')).answerLine).toBe('About 135 hectares.');
    const cinnamon = await at(265, 'seychelles-anse-royale-cinnamon-distillery-harvesters-pay');
    // Was "the company's managing director, as the first oil dripped into glass flasks".
    expect((await cinnamon.ask('who is marie-claire hoareau')).answerLine).toBe("Marie-Claire Hoareau: the company's managing director.");
  });

  it('measures ice by its thickness, not how far off an island it broke, a track named with a participle, and who leads a unit with a long owner', async () => {
    const skating = await at(268, 'sweden-ostersund-storsjon-skating-track-ice-safety');
    // Was "About 200 metres." ("broke through the ice about 200 metres off Frösön").
    expect((await skating.ask('how thick is the ice')).answerLine).toBe('22 to 28 centimetres.');
    // Was refused ("a plowed skating track of nearly 12 kilometres").
    expect((await skating.ask('how long is the skating track')).answerLine).toBe('Nearly 12 kilometres.');
    const bombs = await at(266, 'solomon-islands-munda-wartime-bombs-cleared-gardens');
    // Was "Royal Solomon Islands Police." ("Chief Inspector Daniel Maeta, who leads the Royal Solomon Islands Police
    // Force's explosive ordnance disposal unit, said").
    expect((await bombs.ask('who leads the bomb disposal unit')).answerLine).toBe('Daniel Maeta, Chief Inspector.');
  });
});

describe('sixty-eighth session: looked into held-out 269 to 272', () => {
  const at = heldoutEngine;
  it('reads a range by its word, a level a change reached apart from the year it came from, and an age apart from a count', async () => {
    const climbers = await at(269, 'thailand-phetchaburi-palm-sugar-climber-shortage');
    // Was "Over 55." ("from about 2,000 in 2010 to fewer than 500 today, and that their average age was now over 55").
    expect((await climbers.ask('how many active climbers are there today')).answerLine).toBe('Fewer than 500.');
    expect((await climbers.ask('how many climbers were there in 2010')).answerLine).toBe('About 2,000.');
    const scales = await at(270, 'timor-leste-baucau-market-scales-row');
    // Was "$25." ("with penalties ranging from $10 to $25").
    expect((await scales.ask('how much are the fines that inspectors have been handing out')).answerLine).toBe('$10 to $25.');
  });

  it('finds a place after "through" and "as far as", and with its kind after the name', async () => {
    const bridge = await at(269, 'tanzania-bagamoyo-ruvu-bridge-sand-mining');
    // Was refused ("forcing lorries to take a detour of about 65 kilometres through Mlandizi").
    expect((await bridge.ask('Through which town are lorries being detoured?')).answerLine).toBe('Through Mlandizi.');
    const pans = await at(270, 'trinidad-and-tobago-laventille-steelpan-drum-shortage');
    // Was "In Laventille." ("had started driving to scrapyards as far as San Fernando").
    expect((await pans.ask('Where has Marlon Joseph been driving to look for drums?')).answerLine).toBe('As far as San Fernando.');
    const pool = await at(272, 'united-kingdom-margate-tidal-pool-reopens');
    // Was "Near the Palm Bay.".
    expect((await pool.ask('Where was Oduya knocked over by waves during the closure?')).answerLine).toBe('Near the Palm Bay steps.');
  });

  it('counts the living apart from the dead, a compound by its head, trainees as apprentices, and a stipend as money', async () => {
    const seals = await at(271, 'turkmenistan-turkmenbashi-caspian-seals-stranded-beaches');
    // Was "51." ("51 of the seals were already dead when found and 12 were taken alive").
    expect((await seals.ask('How many seals were still alive when they were found?')).answerLine).toBe('12.');
    expect((await seals.ask('how many seals were dead when found')).answerLine).toBe('51.');
    const balloons = await at(271, 'turkey-goreme-balloon-flights-grounded-wind-rule');
    // Was "About 150 balloons.".
    expect((await balloons.ask('How many balloon companies operate in Cappadocia?')).inScope).toBe(false);
    expect((await balloons.ask('How many balloons fly from Goreme?')).answerLine).toBe('About 150 balloons.');
    const tiles = await at(269, 'taiwan-tainan-temple-roof-restoration-artisan-shortage');
    // Was refused ("a paid training programme for 12 apprentices").
    expect((await tiles.ask("How many trainees will the city's paid scheme take on?")).answerLine).toBe('12 apprentices.');
    // Was "12 apprentices." ("with each trainee receiving a monthly stipend for two years", no sum).
    expect((await tiles.ask('how much is the monthly stipend each trainee will recieve')).inScope).toBe(false);
  });

  it('dates a sinking told after "and", and quotes first on a topic word the article only has another word for', async () => {
    const wreck = await at(272, 'vanuatu-santo-coolidge-wreck-mooring-rules');
    // Was "From July 1." ("struck two mines ... in October 1942 and sank within about 90 minutes").
    expect((await wreck.ask('When did the Coolidge sink?')).answerLine).toBe('In October 1942.');
    const climbers = await at(269, 'thailand-phetchaburi-palm-sugar-climber-shortage');
    // Was ¶10 first ("the province had trained 35 new climbers"); ¶11 says "It is dangerous work".
    const risky = await climbers.ask('what did the agriculture officer say about how risky the climbing is');
    expect(risky.citations[0]?.paragraph).toBe(11);
  });
});

describe('sixty-eighth session: found while asking as a user', () => {
  const at = heldoutEngine;
  it('counts what the holder asked has, boats sunk in so many cases, and no clock time or boat length as an answer', async () => {
    const hostel = await at(270, 'togo-kara-university-hostel-closure-protest');
    // Was "87 students." ("counted 87 students still without university housing").
    expect((await hostel.ask('how many students does the university have')).answerLine).toBe('About 17,000 students.');
    const marina = await at(272, 'uruguay-colonia-sea-lions-damage-marina-boats');
    // Was "Two." ("Now I check the marina webcam at two in the morning").
    expect((await marina.ask('how many boats have sunk')).answerLine).toBe('At least two cases.');
    // Was "9-metre sloop." ("whose 9-metre sloop sank at its mooring").
    expect((await marina.ask('how far is buenos aires')).inScope).toBe(false);
    const knives = await at(269, 'tajikistan-istaravshan-knife-makers-bypass-road');
    // Was "Three sons wants this life.".
    expect((await knives.ask('how many sons does rahimov have')).answerLine).toBe('Three sons.');
  });

  it('tells a free permit as free and a fine apart from a price, and the lower fine unless the higher one is asked', async () => {
    const hikers = await at(271, 'united-arab-emirates-jebel-jais-hikers-permit-rule');
    // Was "500 dirhams." ("could face a fine of 500 dirhams"; "Hikers will need a free online permit").
    expect((await hikers.ask('how much does the permit cost')).answerLine).toBe('Free.');
    // Was "1,000 dirhams." ("a fine of 500 dirhams, rising to 1,000 dirhams for a second offence").
    expect((await hikers.ask('what is the fine for hiking without a permit')).answerLine).toBe('500 dirhams.');
    expect((await hikers.ask('how much is the fine for a second offence')).answerLine).toBe('1,000 dirhams.');
    // Was "An air wing crew shortly." ("was found by an air wing crew shortly before 2am").
    expect((await hikers.ask('who found the group')).answerLine).toBe('An air wing crew.');
  });

  it('finds a rule by its word for a bylaw, a lower-case name\'s age, and where a thing is done in lower case', async () => {
    const canoes = await at(272, 'uganda-kabale-lake-bunyonyi-canoe-life-jackets');
    // Was refused ("from Monday, September 1, under a new district bylaw").
    expect((await canoes.ask('when does the rule take effect')).answerLine).toBe('From Monday, September 1.');
    const sponges = await at(271, 'tunisia-djerba-sponge-divers-fewer-licences');
    // Was refused ("Habib Trabelsi, a 58-year-old diver", the name typed in lower case).
    expect((await sponges.ask('how old is habib trabelsi')).answerLine).toBe('58 years old.');
    const squash = await at(270, 'tonga-tongatapu-squash-shipment-pest-hold');
    // Was "From the Ministry of Agriculture, Food and Forests." ("they hide under the stem of the fruit").
    expect((await squash.ask('where do mealybugs hide')).answerLine).toBe('Under the stem of the fruit.');
  });

  it('dates a state begun "since", says what a word set off at a sentence\'s end is, and sizes a place by its area', async () => {
    const tiles = await at(269, 'taiwan-tainan-temple-roof-restoration-artisan-shortage');
    // Was "Last December." ("jiannian had been listed as an important traditional craft since 2009").
    expect((await tiles.ask('when was jiannian listed as a traditional craft')).answerLine).toBe('In 2009.');
    // Was "Ministry of Culture's Bureau of Cultural Heritage said:".
    expect((await tiles.ask('what is jiannian')).answerLine).toBe('Jiannian: the southern Taiwanese art of cutting porcelain into shards and setting them into elaborate roof figures.');
    const pool = await at(272, 'united-kingdom-margate-tidal-pool-reopens');
    // Was "About 40 metres long." ("A section of the northern wall about 40 metres long").
    expect((await pool.ask('how big is the pool')).answerLine).toBe('A roughly 1.6-hectare basin.');
  });

  it('reads a part of a whole a name owns, the level a fee rose from, and a length set off after a name', async () => {
    const wreck = await at(272, 'vanuatu-santo-coolidge-wreck-mooring-rules');
    // Were swapped ("four of Santo's seven dive operators had already signed up").
    expect((await wreck.ask('how many dive operators are there on santo')).answerLine).toBe('Seven dive operators.');
    expect((await wreck.ask('how many operators have signed up')).answerLine).toBe('Four.');
    // Was "2,500 vatu." ("a fee of 2,500 vatu per diver per day, up from 1,000 vatu").
    expect((await wreck.ask('what was the fee before')).answerLine).toBe('1,000 vatu.');
    // Was "A 199-metre American." ("The Coolidge, a 199-metre American liner").
    expect((await wreck.ask('how long is the coolidge')).answerLine).toBe('A 199-metre American liner.');
  });
});

describe('sixty-ninth session: looked into held-out 273 to 276', () => {
  const at = heldoutEngine;
  it('finds a place in a hamlet, a historic district, at a station of a named peak, on a road after a place\'s kind, and past a name\'s "bin"', async () => {
    const hearing = await at(274, 'andorra-la-massana-hearing-aid-subsidy');
    // Was refused ("who has lived in the hamlet of Erts for 58 years").
    expect((await hearing.ask('where does roser vidal live')).answerLine).toBe('In the hamlet of Erts.');
    const theatre = await at(275, 'armenia-gyumri-puppet-theatre-reopens-after-renovation');
    // Was "Across Shirak province." ("The black tufa building in the city's historic Kumayri district").
    expect((await theatre.ask('Where in Gyumri is the theatre building?')).answerLine).toBe("In the city's historic Kumayri district.");
    const trail = await at(275, 'austria-innsbruck-wheelchair-accessible-mountain-trail-opens');
    // Was "At the top station." ("starts at the top station of the Patscherkofel cable car").
    expect((await trail.ask('where does the zirbenblick trail begin')).answerLine).toBe('At the top station of the Patscherkofel.');
    const lighthouse = await at(274, 'albania-vlore-lighthouse-visitor-centre');
    // Was "To the Triport beach." ("A 2.4-kilometre footpath will link the site to the Triport beach road").
    expect((await lighthouse.ask('where will the footpath lead')).answerLine).toBe('To the Triport beach road.');
    // Was "From a." ("will come from a European Union cross-border fund").
    expect((await lighthouse.ask('where does most of the money come from')).answerLine).toBe('From a European Union.');
    const cinema = await at(276, 'bahrain-muharraq-courtyard-open-air-cinema-opens');
    // Was "From a car park near the Sheikh Isa.".
    expect((await cinema.ask('where would the shuttle bus start from')).answerLine).toBe('From a car park near the Sheikh Isa bin Ali House.');
  });

  it('counts by a word news uses for the thing asked, a sum asked for in bolivars, what a plan is worth, and a town\'s population', async () => {
    const market = await at(273, 'vietnam-can-tho-floating-market-vendors-new-wharf');
    // Was refused ("there had been 14 collisions involving tourist boats in the area in 2023").
    expect((await market.ask('how many boat crashes were there in 2023')).answerLine).toBe('14 collisions involving tourist boats.');
    const glasses = await at(273, 'venezuela-barquisimeto-free-eyeglasses-lenses-run-out');
    // Was refused ("emergency funds of 1.2 million bolivars").
    expect((await glasses.ask('how much money did the department ask for')).answerLine).toBe('1.2 million bolivars.');
    // Was "About 2,300 children." ("free eyeglasses to more than 11,000 schoolchildren").
    expect((await glasses.ask('how many kids got free glasses')).answerLine).toBe('More than 11,000 schoolchildren.');
    const chess = await at(273, 'zimbabwe-bulawayo-school-chess-team-travel-money');
    // Was "Only US$1,450." (the school's; "We have done 14 car washes since April. We made US$380," a parent said).
    expect((await chess.ask('how much have the parents made from the car washes')).answerLine).toBe('US$380.');
    const lighthouse = await at(274, 'albania-vlore-lighthouse-visitor-centre');
    // Was refused ("under a plan worth 1.8 million euros").
    expect((await lighthouse.ask('what will the lighthouse project cost')).answerLine).toBe('1.8 million euros.');
    const broome = await at(275, 'australia-broome-crocodile-sighting-closes-cable-beach');
    // Was refused ("when the town's population of about 14,000 roughly doubles").
    expect((await broome.ask('how many people live in broome')).answerLine).toBe('About 14,000.');
    const tiles = await at(276, 'azerbaijan-sheki-roof-tile-works-reopens');
    // Was "Two wood-and-gas kilns." ("rebuilt with a loan of 1.2 million manats").
    expect((await tiles.ask('how much was the loan')).answerLine).toBe('1.2 million manats.');
    // Was "19." ("patching 19th-century roofs"): an ordinal counts nothing.
    expect((await tiles.ask('how many tiles does one of the old houses need')).answerLine).not.toBe('19.');
  });

  it('reads a range of lengths, a gradient, a quantity asked by its word, an area over a radius, and a show\'s run of days', async () => {
    const broome = await at(275, 'australia-broome-crocodile-sighting-closes-cable-beach');
    // Was "3.5 metres." ("a saltwater crocodile estimated at 3 to 3.5 metres long").
    expect((await broome.ask('how long was the crocodile')).answerLine).toBe('3 to 3.5 metres.');
    const trail = await at(275, 'austria-innsbruck-wheelchair-accessible-mountain-trail-opens');
    // Was the closest passage ("at a gradient of no more than 6%").
    expect((await trail.ask('how steep is the trail')).answerLine).toBe('No more than 6%.');
    const shearers = await at(275, 'argentina-trelew-sheep-shearing-crews-short-workers');
    // Was the closest passage ("Chubut shipped about 21,000 tonnes of greasy wool in 2023").
    expect((await shearers.ask('what quantity of wool did chubut ship in 2023')).answerLine).toBe('About 21,000 tonnes.');
    // Was "12 to 18 people travel.".
    expect((await shearers.ask('how big are the crews')).answerLine).toBe('12 to 18 people.');
    const jute = await at(276, 'bangladesh-faridpur-jute-farmers-new-bag-mill');
    // Was "10 kilometres." ("from villages within 10 kilometres of the site"; "built on 6 acres").
    expect((await jute.ask('how big is the mill site')).answerLine).toBe('6 acres.');
    // Was "8 to 10%." ("70% of the mill's workers were women").
    expect((await jute.ask("What proportion of the factory's staff are female?")).answerLine).toBe('70%.');
    const market = await at(273, 'vietnam-can-tho-floating-market-vendors-new-wharf');
    // Was "About 2 kilometres." ("a 320-metre riverside wharf in Ba Lang ward, about 2 kilometres down the Can Tho river").
    expect((await market.ask('how big is the new wharf')).answerLine).toBe('320 metres.');
    const festival = await at(276, 'bahamas-eleuthera-pineapple-festival-returns-after-poor-harvest');
    // Was "Sunday, June 8." ("will run from Friday, June 6, to Sunday, June 8").
    expect((await festival.ask('When is the festival going to be held?')).answerLine).toBe('From Friday, June 6, to Sunday, June 8.');
    // Was "Last year." ("will return to Gregory Town over the first weekend of June after organisers cancelled last year's event").
    expect((await festival.ask('when is the festival')).answerLine).toBe('Over the first weekend of June.');
  });

  it('ends a figure\'s words before how often, a time with no noun and the verb of the people counted, and reads an age by a name\'s own word', async () => {
    const lighthouse = await at(274, 'albania-vlore-lighthouse-visitor-centre');
    // Was "94 steps twice a day.".
    expect((await lighthouse.ask('how many steps does the staircase have')).answerLine).toBe('94 steps.');
    const chess = await at(273, 'zimbabwe-bulawayo-school-chess-team-travel-money');
    // Was "40 percent this year.".
    expect((await chess.ask("by how much was the federation's budget cut")).answerLine).toBe('40 percent.');
    const cinema = await at(276, 'bahrain-muharraq-courtyard-open-air-cinema-opens');
    // Was "Some 120 people sat.".
    expect((await cinema.ask('how many people came to the first screening')).answerLine).toBe('Some 120 people.');
    // Was "34 years old." ("Noor Al-Jowder, 34,": "al" is no part of the name asked; "Ebrahim Al-Sayed, a 78-year-old").
    expect((await cinema.ask('how old is al-sayed')).answerLine).toBe('78 years old.');
  });

  it('dates by a time back from now in any number', async () => {
    const tiles = await at(276, 'azerbaijan-sheki-roof-tile-works-reopens');
    // Was "On Tuesday." ("A clay roof-tile works ... that closed more than a decade ago relit its kilns on Tuesday").
    expect((await tiles.ask('when did the plant close')).answerLine).toBe('More than a decade ago.');
    const mill = await engineOf(
      parseArticle(['Source: Test Wire', '', 'Mill to reopen', '', 'The owner bought the site 10 years ago and cleared it a fortnight ago, she said.', ''].join('\n')),
    );
    // Were refused: no such date was read.
    expect((await mill.ask('When did the owner buy the site?')).answerLine).toBe('10 years ago.');
    expect((await mill.ask('When was the site cleared?')).answerLine).toBe('A fortnight ago.');
  });
});

describe('seventieth session: looked into held-out 277 to 280', () => {
  const at = heldoutEngine;
  it('finds who was asked for by a role set off with a long "who" clause, past a gloss in a clause, and the one a pronoun follows past an owner', async () => {
    const storks = await at(277, 'belarus-pinsk-bird-ringing-station-fewer-storks');
    // Was "The article mentions the schoolteacher ... but doesn't quote them." ("Dzmitry Lukashevich, a 34-year-old
    // schoolteacher from Pinsk who has volunteered at the station every summer since 2011, reaches the nests").
    const teacher = await storks.ask('What did the schoolteacher who volunteers at the station say about the nests?');
    expect(teacher.speaker).toBe('Dzmitry Lukashevich');
    expect(teacher.citations[0]!.paragraph).toBe(7);
    const train = await at(280, 'cambodia-battambang-bamboo-train-line-rebuilt');
    // Was "The article mentions Mao Sreypov but doesn't quote them." ("Mao Sreypov, who sells coconuts and bamboo-tube
    // sticky rice, known as kralan, at the end station, said").
    expect((await train.ask('What did Mao Sreypov say?')).speaker).toBe('Mao Sreypov');
    const balafons = await at(280, 'burkina-faso-bobo-dioulasso-balafon-hardwood-shortage');
    // Was Souleymane Traoré ("At Traoré's workshop, apprentice Mariam Sanou, 24, shows off ...", then "she said").
    expect((await balafons.ask('Who said that a balafon made of néré wood sounds like a cardboard box to a griot?')).speaker).toBe('Mariam Sanou');
    // Was his rosewood prices, from the first of his statements ("If not, I will be the last one in this family" was read
    // as Sanou's).
    expect((await balafons.ask('What did Traoré say about his family?')).citations[0]!.paragraph).toBe(17);
    const polers = await at(279, 'botswana-maun-mokoro-polers-licence-rule');
    // Was Onalenna Seretse: "said Onalenna Seretse, a 47-year-old poler" between his two quotations is no part of what he said.
    expect((await polers.ask('so who said unlicensed polers would just get a warning at first?')).speaker).toBe('Kagiso Mothibi');
    const longhouses = await at(279, 'brunei-temburong-longhouse-homestay-scheme');
    // Was "The article doesn't name the headman." ("the headman, Jalong anak Ugap,": "anak" inside a name).
    expect((await longhouses.ask('who is the headman')).answerLine).toBe('Jalong anak Ugap.');
  });

  it('reads a pula sum, and measures by how far, how long from end to end, how high, how far apart and what lies so far away', async () => {
    const polers = await at(279, 'botswana-maun-mokoro-polers-licence-rule');
    // Were refused and "P1,200." ("The course costs P1,200, ... when some polers earn as little as P80 a day").
    expect((await polers.ask('How much does the licensing course cost?')).answerLine).toBe('P1,200.');
    expect((await polers.ask('how much do polers earn a day')).answerLine).toBe('P80 a day.');
    // Was refused: "got hurt" asked no toll of a distance.
    expect((await polers.ask('How far from town was the spot where that Dutch visitor got hurt?')).answerLine).toBe('About 60 kilometres north.');
    const iguanas = await at(277, 'belize-san-ignacio-iguana-project-releases-lizards');
    // Was "16-year history." ("each animal measured 40 to 50 centimetres from snout to tail").
    expect((await iguanas.ask('so how long are the freed lizards from nose to the tip of the tail')).answerLine).toBe('40 to 50 centimetres.');
    const race = await at(280, 'cameroon-buea-mount-cameroon-race-route-landslides');
    // Was "Roughly 3 kilometres." ("the new route was roughly 3 kilometres longer"; the runners' climb is no change).
    expect((await race.ask('how high is the peak that the runners have to climb')).answerLine).toBe('The 4,095-metre summit.');
    // Was "More than two decades." ("a distance of about 38 kilometres").
    expect((await race.ask('how long is the race')).answerLine).toBe('About 38 kilometres.');
    const archers = await at(278, 'bhutan-paro-archers-bamboo-carbon-fibre-bows');
    // Was "At least 15 metres." ("The targets stand about 140 metres apart").
    expect((await archers.ask("what's the distance between the two boards the players aim at")).answerLine).toBe('About 140 metres.');
    const carillon = await at(277, 'belgium-mechelen-carillon-school-opens-practice-tower');
    // Was "40 metres." ("the carillon of St. Rumbold's Cathedral, 300 metres away,").
    expect((await carillon.ask("How far is the cathedral from the school's new tower?")).answerLine).toBe('300 metres away.');
    // Was "The 18-metre brick." ("The 18-metre brick and steel tower").
    expect((await carillon.ask('how tall is the tower')).answerLine).toBe('18 metres.');
    const mostar = await at(278, 'bosnia-mostar-bridge-diving-safety-rules');
    // Was "21 to 24 metres." ("stands 21 to 24 metres above the Neretva River" is how high).
    expect((await mostar.ask('how deep is the river under the bridge')).answerLine).toBe('5 to 6 metres.');
    const reliefs = await at(278, 'benin-abomey-royal-bas-reliefs-go-on-show');
    // Was "11." ("11 of the panels had arrived with cracks").
    expect((await reliefs.ask('how big are the panels')).answerLine).toBe('About 60 centimetres.');
    const train = await at(280, 'cambodia-battambang-bamboo-train-line-rebuilt');
    // Was "$310,000." ("the new embankment had been raised by 80 centimetres").
    expect((await train.ask('how much was the embankment raised')).answerLine).toBe('80 centimetres.');
    // Was "About 3 metres." ("After five months out of service").
    expect((await train.ask('how long was the bamboo train out of service')).answerLine).toBe('Five months.');
  });

  it('counts attendance, visitors past a rate and a verb, and what was produced; and never a share of one part', async () => {
    const reliefs = await at(278, 'benin-abomey-royal-bas-reliefs-go-on-show');
    // Was refused ("the ministry expected 40,000 to 50,000 visitors in the first year").
    expect((await reliefs.ask('What attendance does the government anticipate over the first twelve months?')).answerLine).toBe('40,000 to 50,000 visitors.');
    const melnik = await at(279, 'bulgaria-melnik-rockfall-shuts-wine-cellars');
    // Was "Around 100,000 visitors a year come." ("Around 100,000 visitors a year come to the town").
    expect((await melnik.ask('how many visitors does melnik get a year')).answerLine).toBe('Around 100,000 visitors a year.');
    const acai = await at(279, 'brazil-belem-acai-prices-soar');
    // Was "Around 300,000 families." ("the state produced over 1.2 million tonnes of the fruit in 2022").
    expect((await acai.ask('how much acai did para produce in 2022')).answerLine).toBe('Over 1.2 million tonnes.');
    const hotels = await at(277, 'barbados-holetown-hotels-dim-lights-turtle-nesting');
    // Was "One part." ("The hotels are one part of it").
    expect((await hotels.ask('how many hotels are affected')).answerLine).not.toBe('One part.');
  });

  it('dates a construction by its project, one of two batches by its order, a state by when it began, a run of years, and a building by its completion', async () => {
    const drums = await at(280, 'burundi-gitega-gishora-royal-drummers-training-ground');
    // Was refused ("said the project began in September").
    expect((await drums.ask('When did construction of the training ground begin?')).answerLine).toBe('In September.');
    const reliefs = await at(278, 'benin-abomey-royal-bas-reliefs-go-on-show');
    // Was "In March." ("handed back in two shipments, in March and September 2024").
    expect((await reliefs.ask('When was the second batch of panels handed back?')).answerLine).toBe('September 2024.');
    expect((await reliefs.ask('When was the first batch of panels handed back?')).answerLine).toBe('In March.');
    // Were refused ("have been a UNESCO World Heritage site since 1985"; "who ruled the Dahomey kingdom from 1858 to 1889").
    expect((await reliefs.ask('when did the palaces become a world heritage site')).answerLine).toBe('In 1985.');
    expect((await reliefs.ask('when did king glele rule')).answerLine).toBe('From 1858 to 1889.');
    const mostar = await at(278, 'bosnia-mostar-bridge-diving-safety-rules');
    // Was "Last August." ("completed by Ottoman builders in 1566").
    expect((await mostar.ask('when was the bridge built')).answerLine).toBe('In 1566.');
  });

  it('answers an age a rule sets, never someone\'s; says no one did a deed no passage does; and gives a cause no "since" of a beginning', async () => {
    const mostar = await at(278, 'bosnia-mostar-bridge-diving-safety-rules');
    // Was "47 years old." ("Hadžić, 47,"; "each competitor must be at least 18").
    expect((await mostar.ask('how old do you have to be to compete')).answerLine).toBe('At least 18.');
    expect((await mostar.ask('how old must divers be')).answerLine).not.toBe('47 years old.');
    const melnik = await at(279, 'bulgaria-melnik-rockfall-shuts-wine-cellars');
    // Was "AFP reports:" and the rockfall ("crushing a parked van"): whose, it never says.
    const van = await melnik.ask('Whose van was crushed by the falling rock?');
    expect(van.inScope).toBe(false);
    expect(van.answerLine).toMatch(/^The article doesn't say whose\./u);
    const storks = await at(277, 'belarus-pinsk-bird-ringing-station-fewer-storks');
    // Was "Since systematic counts began there in 1996." ("the lowest figure since ...").
    expect((await storks.ask('why are there fewer storks')).answerLine).not.toMatch(/^Since/u);
    const race = await at(280, 'cameroon-buea-mount-cameroon-race-route-landslides');
    // Was "... two decades, would be inspected again in March.".
    expect((await race.ask('why is the trail called guinness')).answerLine).toBe('After the brewer that sponsored the race for more than two decades.');
  });
});

describe('seventy-first session: looked into held-out 281 to 284', () => {
  const at = heldoutEngine;
  it('measures a depth asked as a way down, a size a thing can grow to, ice cut by the cubic metre, and a thickness no volume answers', async () => {
    const mongo = await at(281, 'chad-mongo-donkey-cart-water-borehole');
    // Was refused ("The well, drilled to a depth of 120 metres").
    expect((await mongo.ask('how far down did they have to go to hit water')).answerLine).toBe('120 metres.');
    // Was "25 CFA francs." ("a 20-litre jerrycan costs 25 CFA francs"; "the borehole, which cost 85 million CFA francs").
    expect((await mongo.ask('How much did the borehole cost?')).answerLine).toBe('85 million CFA francs.');
    const palms = await at(282, 'colombia-filandia-wax-palm-seedling-nursery');
    // Was refused ("the tallest palm in the world at up to 60 meters"): growing to a size is no change.
    expect((await palms.ask('How tall can wax palms grow?')).answerLine).toBe('Up to 60 meters.');
    const harbin = await at(282, 'china-harbin-songhua-river-ice-cutters');
    // Was "Roughly 15% more." (ice cut is a material, no cut in anything).
    expect((await harbin.ask('How much ice will the crews cut this season?')).answerLine).toBe('About 180,000 cubic meters.');
    expect((await harbin.ask('how thick is the ice')).answerLine).toBe('45 to 55 centimeters.');
  });

  it('reads a level fallen to with a time after it, a job budgeted at a sum, a fee by the word before its payers, a fine for unlabelled goods, and a count that numbers a subject', async () => {
    const vary = await at(284, 'czechia-karlovy-vary-colonnade-spring-pipes-repair');
    // Were refused ("when hotel occupancy in the town drops to around 45 percent"; "The work, budgeted at 86 million crowns").
    expect((await vary.ask('What percentage does hotel occupancy in Karlovy Vary fall to in winter?')).answerLine).toBe('Around 45 percent.');
    expect((await vary.ask('How much is the pipe job going to cost?')).answerLine).toBe('86 million crowns.');
    const bridges = await at(283, 'costa-rica-monteverde-hanging-bridges-visitor-cap');
    // Was "6,000 colones." ("now $35 for foreign adults and 6,000 colones for Costa Rican residents").
    expect((await bridges.ask('how much is the entry fee for foreigners')).answerLine).toBe('$35.');
    // Was "170 metres." ("spans 170 metres and hangs about 50 metres above a ravine").
    expect((await bridges.ask('how high above the ravine is the bridge')).answerLine).toBe('About 50 metres.');
    const grogue = await at(281, 'cape-verde-porto-novo-grogue-labelling-rules');
    // Was "350 escudos." ("unlabelled" read as a past deed, and "could face fines" as what only might be).
    expect((await grogue.ask('what is the fine for unlabelled bottles')).answerLine).toBe('20,000 to 150,000 escudos.');
    const assal = await at(284, 'djibouti-lake-assal-salt-harvesters-lorry-road');
    // Was refused ("Traditional harvesters, ..., number between 400 and 600 depending on the season").
    expect((await assal.ask('how many traditional salt harvesters work around the lake')).answerLine).toBe('Between 400 and 600.');
    const ferry = await at(281, 'central-african-republic-bambari-bridge-ferry-ouaka');
    // Was "One small truck or up." ("can carry one small truck or up to 40 passengers").
    expect((await ferry.ask('how many people can the ferry carry')).answerLine).toBe('Up to 40 passengers.');
  });

  it('finds a part of a town, where someone goes, a place named only in the dateline, and how long a deed took past "over"', async () => {
    const mongo = await at(281, 'chad-mongo-donkey-cart-water-borehole');
    // Was "The article doesn’t say so in those words; ..." ("in the Kataba neighbourhood").
    expect((await mongo.ask('In which part of Mongo was the new borehole drilled?')).answerLine).toBe('In the Kataba neighbourhood.');
    const vary = await at(284, 'czechia-karlovy-vary-colonnade-spring-pipes-repair');
    // Was refused ("said he would take the 15-minute walk to the Market Colonnade instead").
    expect((await vary.ask('Where will Beneš go for his water while the works go on?')).answerLine).toBe('To the Market Colonnade.');
    const mbeni = await at(282, 'comoros-mbeni-fish-market-ice-plant');
    // Was refused: Mbeni stands only in the dateline, "Mbeni, Comoros - ".
    expect((await mbeni.ask('how far is moroni from mbeni')).answerLine).toBe('About 40 kilometres.');
    // Was "Within three years." (another plant "had stopped working within three years"; "The facility, built over 14 months").
    expect((await mbeni.ask('how long did it take to build the market')).answerLine).toBe('Over 14 months.');
  });

  it('reads short forms and a split "co-", a name that ends in another word for the kind asked, names listed after their kind, what something is called, and an age after a name at a sentence\'s end', async () => {
    const bambari = await at(281, 'central-african-republic-bambari-bridge-ferry-ouaka');
    // Was refused ("yrs").
    expect((await bambari.ask('how many yrs has Yakite been selling fuel next to the bridge?')).answerLine).toBe('19 years.');
    const iqaluit = await at(281, 'canada-iqaluit-sealift-delayed-by-sea-ice');
    // Was "The article doesn't name the harbour coordinator." (the article's "co-ordinator").
    expect((await iqaluit.ask('who is the harbour coordinator')).answerLine).toMatch(/^Martha Kilabuk\b/u);
    // Was "The article doesn't give their names." ("its two ships, the Umiak Trader and the Tasiujaq").
    expect((await iqaluit.ask('what are the names of the ships')).answerLine).toBe('The Umiak Trader and the Tasiujaq.');
    const gudhjem = await at(284, 'denmark-gudhjem-herring-smokehouse-chimney-smoke-rules');
    // Was refused ("the Danish Environmental Protection Agency").
    expect((await gudhjem.ask('Which authority linked particles from wood burning to premature deaths?')).answerLine).toBe('Danish Environmental Protection Agency.');
    // Was "100 years old." ("the same as 100 years ago," said Mortensen, 49.).
    expect((await gudhjem.ask('how old is mortensen')).answerLine).toBe('49 years old.');
    const ston = await at(283, 'croatia-mali-ston-oyster-die-off-warm-sea');
    // Was "The article mentions are flat oysters but doesn't quote them." ("known locally as kamenice").
    expect((await ston.ask('what are flat oysters called locally')).answerLine).toBe('Kamenice.');
  });

  it('gives a topic\'s statement first by a word of its family, and the age someone learned a craft in words', async () => {
    const grogue = await at(281, 'cape-verde-porto-novo-grogue-labelling-rules');
    // Was ¶5 first ("inspectors would begin visiting shops" is ¶7).
    const inspections = await grogue.ask('what did the regional agriculture delegate say about inspections');
    expect(inspections.citations[0]?.paragraph).toBe(7);
    const lefkara = await at(284, 'cyprus-lefkara-lace-embroiderers-imported-copies');
    // Was refused ("who learned the stitch from her grandmother at the age of nine").
    expect((await lefkara.ask('how old was hadjiantoniou when she learned the stitch')).answerLine).toBe('At the age of nine.');
    // Was refused ("threads a needle by the window of her shop, as she has done for 41 years").
    expect((await lefkara.ask('how long has hadjiantoniou been doing needlework at that window')).answerLine).toBe('41 years.');
  });
});
