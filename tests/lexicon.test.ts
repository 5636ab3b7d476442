/**
 * WordNet stand-ins for question words an article never uses: the table builder
 * (scripts/lexicon/wordnet.ts, run on a tiny WordNet-format dictionary here; the
 * real table is rebuilt with `npm run build:lexicon`), the committed table, and
 * what it changes in answers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QAEngine } from '../src/answer/engine.js';
import { parseArticle } from '../src/article/index.js';
import { loadEmbedder } from '../src/embeddings/index.js';
import { oppositeWords, relatedWords } from '../src/retrieval/lexicon.js';
import { stem } from '../src/retrieval/text.js';
import { oppositeTable, relatedTable } from '../scripts/lexicon/wordnet.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A WordNet dictionary in the real file format: data lines "offset lexfile pos count words... pointers | gloss". */
async function tinyWordNet(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aq-wordnet-'));
  dirs.push(dir);
  const licence = '  1 This software and database is being provided to you, the LICENSEE, by\n';
  const files: Record<string, string> = {
    'data.verb': [
      '00000100 41 v 03 imprison 0 incarcerate 0 jail 0 001 @ 00000200 v 0000 01 + 02 00 | lock up',
      '00000200 41 v 02 confine 0 detain 0 000 01 + 02 00 | deprive of freedom',
      '00000300 41 v 01 jail 0 001 @ 00000400 v 0000 01 + 02 00 | a rarer sense',
      '00000400 41 v 01 act 0 000 01 + 02 00 | something very general',
      '00000500 41 v 01 ridicule 0 000 01 + 02 00 | third sense, beyond the limit',
    ].join('\n'),
    'data.noun': '00000600 06 n 03 factory 0 mill 0 manufacturing_plant 0 000 | a building where things are made',
    // (Antonyms point from one word of a synset to one word of another: "!" with source and target word numbers.)
    'data.adj': [
      '00000700 00 a 02 open 0 unfastened 0 001 ! 00000800 a 0101 | affording passage',
      '00000800 00 a 01 closed 0 001 ! 00000700 a 0101 | not open',
    ].join('\n'),
    'data.adv': '',
    'index.verb': ['imprison v 1 1 @ 1 0 00000100', 'jail v 3 1 @ 3 0 00000100 00000300 00000500', 'confine v 1 0 1 0 00000200'].join('\n'),
    'index.noun': 'factory n 1 0 1 0 00000600',
    'index.adj': ['open a 1 1 ! 1 0 00000700', 'closed a 1 1 ! 1 0 00000800', 'unfastened a 1 0 1 0 00000700'].join('\n'),
    'index.adv': '',
  };
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), licence + body + '\n');
  return dir;
}

describe('WordNet table', () => {
  it('keeps synonyms and the more general word of the commonest sense, not a very common word or a rare sense', async () => {
    const table = relatedTable(await tinyWordNet(), 2, 12);
    const jail = table[stem('jail')]!;
    expect(jail).toEqual([stem('imprison'), stem('confine'), stem('detain')]); // "incarcerate" is not among the 60k commonest words
    expect(jail).not.toContain(stem('act')); // the hypernym of a second sense, and among the commonest words
    expect(jail).not.toContain(stem('ridicule')); // a third sense, beyond --senses 2
    // A phrase ("manufacturing plant") is no stand-in: an article's words are matched one by one.
    expect(table[stem('factory')]).toEqual([stem('mill')]);
  });

  it('gives each word its antonyms, both ways, and no antonym to a synonym of it', async () => {
    const table = oppositeTable(await tinyWordNet());
    expect(table[stem('open')]).toEqual([stem('closed')]);
    expect(table[stem('closed')]).toEqual([stem('open')]);
    expect(table[stem('unfastened')]).toBeUndefined(); // the antonym is of "open", the word, not of its synset
    expect(table[stem('jail')]).toBeUndefined();
  });

  it('ships its antonyms with the repository too', () => {
    expect(oppositeWords(stem('closed')).has(stem('opened'))).toBe(true);
    expect(oppositeWords(stem('rise')).has(stem('fall'))).toBe(true);
    expect(oppositeWords(stem('import')).has(stem('export'))).toBe(true);
    expect(oppositeWords(stem('closed')).has(stem('shut'))).toBe(false);
    expect(oppositeWords('no-such-word').size).toBe(0);
  });

  it('ships with the repository and answers by stem', () => {
    expect(relatedWords(stem('abroad'))).toContain(stem('overseas'));
    expect(relatedWords(stem('factory'))).toContain(stem('plant'));
    expect(relatedWords('no-such-word')).toEqual([]);
  });

  it('joins an irregular past to its base, which the Porter stemmer cannot', () => {
    expect(stem('found')).toBe(stem('finding'));
    expect(stem('stolen')).toBe(stem('steal'));
    expect(stem('stole')).toBe(stem('steals'));
    expect(stem('founded')).not.toBe(stem('found')); // "founded in 1998" is not "found"
    expect(stem('died')).toBe(stem('die')); // so "passed away", which WordNet relates to "die", finds "died"
  });
});

describe('answers that need a synonym', () => {
  it('answers "finished" from the article\'s "completed", which word vectors alone do not offer', async () => {
    const article = parseArticle(`Source: Test Wire

Chipmaker to cut 4,800 jobs

Veltrix will cut about 4,800 jobs, its chief executive said on Tuesday.

Reyes told analysts that the redundancies would fall on manufacturing staff and would be completed by Sept. 30.

The mayor said the budget would be published next week.`);
    const engine = await QAEngine.create(article, await loadEmbedder({ model: 'article-qa/glove-sif-100d' }), { cacheDir: null });
    const trace = await engine.trace('When will the layoffs be finished?');
    expect(trace.question.terms.find((t) => t.norm === 'finished')?.alternatives?.map((a) => a.stem)).toContain(stem('completed'));
    expect(trace.answer.inScope).toBe(true);
    expect(trace.answer.answerLine).toBe('By Sept. 30.');
  });

  it('never takes a word\'s opposite for a stand-in: "shut down" is not the article\'s "opened"', async () => {
    const article = parseArticle(`Source: Test Wire

Coastal town rations water as desalination plant stays offline

The plant, which opened in 2009 and can produce up to 40,000 cubic metres of fresh water a day, shut down on June 3 after a seawater intake pipe ruptured.

The town council said on Monday that water would be rationed.`);
    const engine = await QAEngine.create(article, await loadEmbedder({ model: 'article-qa/glove-sif-100d' }), { cacheDir: null });
    const trace = await engine.trace('When did the plant shut down?');
    // ("shut down" is read as "closed", which the article never uses; word vectors put "opened" next to it.)
    expect(trace.question.terms.find((t) => t.norm === 'closed')?.alternatives?.map((a) => a.stem) ?? []).not.toContain(stem('opened'));
    // Was "In 2009.", when the plant opened.
    expect(trace.answer.answerLine).toBe('On June 3.');
  });
});
