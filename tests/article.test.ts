import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError, loadArticle, paragraphLabel, parseArticle, splitSentences } from '../src/article/index.js';

const sentences = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('the Rudaw article', () => {
  it('recognises the outlet line and the headline and numbers paragraphs as a reader counts them', async () => {
    const a = await loadArticle('data/article.txt');
    expect(a.outlet).toBe('Rudaw');
    expect(a.headline?.text).toBe('Hadi al-Amiri says all foreign troops must leave Iraq by year’s end');
    expect(a.paragraphs).toHaveLength(9);
    expect(a.paragraphs[0]!.text.startsWith('An Iraqi Shiite political and militia leader')).toBe(true);
    expect(a.paragraphs[3]!.text.startsWith('“No matter the choice')).toBe(true);
    expect(a.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps exact character offsets: every sentence and paragraph is a substring of the article at its offsets', async () => {
    const a = await loadArticle('data/article.txt');
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
    expect(a.sentences).toHaveLength(15);
  });

  it('keeps a multi-sentence quotation with its attribution, and survives "Gen." and numbers', async () => {
    const a = await loadArticle('data/article.txt');
    const p2 = a.paragraphs[1]!.sentences.map((s) => s.text);
    expect(p2).toHaveLength(2);
    expect(p2[0]).toMatch(/^By December 31, 2021, “no foreign forces\. Not Turkish forces.*Hadi al-Amiri told reporters .* in Baghdad\.$/u);
    const p8 = a.paragraphs[7]!.sentences.map((s) => s.text);
    expect(p8[1]).toContain('Iranian Gen. Qasem Soleimani');
  });
});

describe('sentence splitting', () => {
  it('does not split at abbreviations, initials, decimals or thousands', () => {
    expect(sentences('Gen. Smith met Dr. Jones on Dec. 31, 2021. They talked.')).toEqual(['Gen. Smith met Dr. Jones on Dec. 31, 2021.', 'They talked.']);
    expect(sentences('About 2,500 U.S. troops and 3.5 percent of J. R. Smith’s budget remain. Then he left.')).toHaveLength(2);
    expect(sentences('The decision came from the U.S. The next day it changed.')).toEqual(['The decision came from the U.S.', 'The next day it changed.']);
  });

  it('does not split at a currency abbreviation before a sum ("Rs. 34 million", "Ksh. 200")', () => {
    // Was three sentences, the first ending "still owed Rs.".
    expect(sentences('He said his company was still owed Rs. 34 million. Fares rose to Ksh. 200 on Monday.')).toEqual(['He said his company was still owed Rs. 34 million.', 'Fares rose to Ksh. 200 on Monday.']);
  });

  it('splits after quotations that end a sentence, and keeps straight-quoted quotations whole', () => {
    expect(sentences('“We will stay,” he said. “Always.” She left.')).toEqual(['“We will stay,” he said.', '“Always.”', 'She left.']);
    expect(sentences('"One. Two. Three," she said. Done.')).toEqual(['"One. Two. Three," she said.', 'Done.']);
  });

  it('splits inside a quotation that never closes (it continues in the next paragraph)', () => {
    expect(sentences('He said: “We will fight. We will win.')).toEqual(['He said: “We will fight.', 'We will win.']);
  });
});

describe('other formats', () => {
  it('works without an outlet line or headline, with Windows line endings and a byte-order mark', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aq-article-'));
    const file = path.join(dir, 'a.txt');
    await writeFile(file, '\uFEFFCouncil backs new bridge\r\n\r\nThe council voted on Monday.\r\n\r\nThe mayor said it was good news.\r\n');
    const a = await loadArticle(file);
    expect(a.outlet).toBeNull();
    expect(a.headline?.text).toBe('Council backs new bridge');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['The council voted on Monday.', 'The mayor said it was good news.']);
    const plain = parseArticle('Just one paragraph. With two sentences.');
    expect(plain.headline).toBeNull();
    expect(plain.paragraphs).toHaveLength(1);
    expect(paragraphLabel(0)).toBe('headline');
    expect(paragraphLabel(3)).toBe('¶3');
  });

  it('rejects unreadable, empty and binary files with one clear line naming the file and the fix', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aq-article-'));
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '  \n\n ');
    const binary = path.join(dir, 'bin.txt');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]));
    const furniture = path.join(dir, 'furniture.txt');
    await writeFile(furniture, 'Advertisement\n\nRead more: Kenya shilling hits one-year high\n');
    const folder = path.join(dir, 'folder');
    await mkdir(folder);
    const cases: Array<[string, RegExp]> = [
      [path.join(dir, 'missing.txt'), /missing\.txt does not exist: set ARTICLE_PATH/u],
      [empty, /empty\.txt is empty/u],
      [binary, /bin\.txt is not UTF-8 text/u],
      [folder, /folder is not a file/u],
      [furniture, /furniture\.txt has no story text, only page furniture .*: put the article text in it\./u],
    ];
    for (const [file, message] of cases) {
      const err = await loadArticle(file).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(ArticleError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain('\n');
    }
  });
  it('reads an article pasted with its page furniture: outlet and headline on two lines, a byline, adverts and credits', () => {
    const text = [
      'Reuters\nKenya holds rates as inflation eases',
      'By Duncan Miriri and Hereward Holland',
      'NAIROBI, Jan 14 (Reuters) - Kenya kept its benchmark lending rate at 10.75% on Tuesday.',
      'Advertisement',
      '"We see inflation staying within the target range," Governor Kamau Thugge said.',
      'Read more: Kenya\'s shilling hits one-year high',
      '(Reporting by Duncan Miriri; Editing by Alison Williams)',
    ].join('\n\n');
    const a = parseArticle(text);
    expect(a.outlet).toBe('Reuters');
    expect(a.headline?.text).toBe('Kenya holds rates as inflation eases');
    expect(a.byline).toBe('Duncan Miriri and Hereward Holland');
    // Paragraphs as a reader counts them: the story's own, every excerpt still the article's text.
    expect(a.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(a.paragraphs[1]!.text).toMatch(/^"We see inflation/u);
    for (const sentence of a.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    // At the very top, "Watch: ..." is the headline; an advert before the outlet is skipped.
    const top = parseArticle('Advertisement\n\nReuters\n\nWatch: Moment bridge collapses in Lisbon\n\nA bridge collapsed on Monday.\n\nNo one was hurt.');
    expect([top.outlet, top.headline?.text, top.paragraphs.length]).toEqual(['Reuters', 'Watch: Moment bridge collapses in Lisbon', 2]);
    // A paragraph that starts like a byline but is a sentence stays a paragraph.
    expect(parseArticle('Headline here\n\nBy the end of the year, prices had doubled.\n\nMore followed.').byline).toBeNull();
  });
  it('reads one paragraph per line when a story is pasted without blank lines, but not a hard-wrapped paragraph', () => {
    const text = [
      'Reuters',
      'Kenya holds rates as inflation eases',
      'By Duncan Miriri and Hereward Holland',
      'NAIROBI, Jan 14 (Reuters) - Kenya kept its benchmark lending rate at 10.75% on Tuesday, saying inflation was easing.',
      'Advertisement',
      '"We see inflation staying within the target range for the rest of the year," Governor Kamau Thugge told a news conference.',
      'Analyst Churchill Ogutu of IC Group said the decision was widely expected by the market and by most economists.',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.outlet).toBe('Reuters');
    expect(a.headline?.text).toBe('Kenya holds rates as inflation eases');
    expect(a.byline).toBe('Duncan Miriri and Hereward Holland');
    expect(a.paragraphs).toHaveLength(3);
    for (const sentence of a.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    const wrapped = parseArticle('Kenya kept its benchmark lending rate at 10.75% on Tuesday, saying that\ninflation was easing and that the shilling had stabilised against the dollar\nover the past three months, the governor told reporters in Nairobi.');
    expect(wrapped.paragraphs).toHaveLength(1);
  });
});
