/**
 * Article ingestion: outlet line, headline, numbered paragraphs and sentences,
 * all with character offsets into the original text, so that every excerpt we
 * quote is `article.text.slice(start, end)`.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { splitSentences } from './sentences.js';

/**
 * A dateline opening a story, with its place: "VEJLE, Denmark (AFP) - ", "ULSAN, South Korea (AP) — ", "NAIROBI, Jan 14
 * (Reuters) - "; or its place in title case before a country, "Porto Novo, Cape Verde (AFP) - ", "Mbeni, Comoros - ".
 */
export const DATELINE = /^(\p{Lu}[\p{Lu}’'. -]+\p{Lu}|\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}(?=,\s+\p{Lu}))(?:,\s+(?:\p{Lu}[\p{L}’'.-]*,?\s*)*(?:\d{1,2},?\s*(?:\d{4}\s*)?)?(?:\([^)]*\))?|\s+\([^)]*\))\s*[—–-]\s+/u;
/** A dateline of its place alone, "ISA TOWN — ", which DATELINE (with a country, date or agency) leaves out. */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu}’'. -]+\p{Lu}\s*[—–-]\s+/u;
/**
 * How long the dateline opening a text is, counting one of its place alone ("ISA TOWN — "), which opens the report
 * without naming where the story was filed from in a form the engine trusts; 0 if none.
 */
export function datelineLength(text: string): number {
  return (DATELINE.exec(text) ?? PLACE_DATELINE.exec(text))?.[0].length ?? 0;
}
export { quotedRanges, splitSentences, type TextRange } from './sentences.js';

export interface Sentence {
  /** Index over the whole article, in reading order (headline first, if any). */
  index: number;
  /** Paragraph number as a reader counts them (1 = first body paragraph; 0 = headline). */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  /** 1-based; 0 is the headline. */
  number: number;
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
}

export interface Article {
  /** Where the text came from (a path or a label), for messages. */
  source: string;
  text: string;
  /** sha256 of the text: keys caches. */
  hash: string;
  outlet: string | null;
  headline: Paragraph | null;
  /** Body paragraphs, numbered from 1. */
  paragraphs: Paragraph[];
  /** Headline sentence (if any) followed by every body sentence, in order. */
  sentences: Sentence[];
  /** The byline's names ("Duncan Miriri and Hereward Holland"), if the article has one; not a paragraph. */
  byline: string | null;
}

export class ArticleError extends Error {
  override name = 'ArticleError';
}

interface Block {
  start: number;
  end: number;
  text: string;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t\u00a0]*\n|\s*$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/u.test(text[end - 1]!)) end--;
    out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  return out;
}

/** The non-empty lines of a block, as blocks with their offsets. */
function lineBlocks(b: Block, text: string): Block[] {
  const out: Block[] = [];
  for (const m of b.text.matchAll(/[^\n]+/gu)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = b.start + m.index + lead;
    out.push({ start, end: start + body.length, text: text.slice(start, start + body.length) });
  }
  return out;
}

const OUTLET_PREFIX = /^(?:in|by|from|via|source:?|published (?:in|by))\s+(.+?)\s*$/iu;

function wordCount(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

function isOneLine(b: Block): boolean {
  return !b.text.includes('\n');
}

/** An outlet line: "In Rudaw", "By Reuters", "Source: BBC News", or a bare name of up to 4 words. */
function outletName(b: Block, next: Block | undefined): string | null {
  if (!isOneLine(b) || /[.!?:]$/u.test(b.text.trim()) || !next) return null;
  const trimmed = b.text.replace(/[\s\u00a0]+/gu, ' ').trim();
  const m = OUTLET_PREFIX.exec(trimmed);
  if (m && wordCount(m[1]!) <= 5) return m[1]!;
  // A bare name ("Reuters", "Associated Press") followed by a headline-like block.
  if (wordCount(trimmed) <= 4 && isHeadlineLike(next) && /^\p{Lu}/u.test(trimmed)) return trimmed;
  return null;
}

/** "By Duncan Miriri and Hereward Holland", "By Jane Roe, Reuters": a byline, with the names. */
const BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+)*)(?:\s*[,|–—-]\s*[^.!?]*)?$/u;

/** An advert's placeholder: never a headline, wherever it stands. */
const ADVERT = /^(?:advertisement|advert|sponsored content|story continues below(?: advertisement)?)$/iu;

/**
 * Page furniture pasted with a story: "Advertisement", "Read more: ...", "Photo: ...", "(Reporting by ...; Editing
 * by ...)", "Updated 14 Jan 2025". Not a paragraph a reader counts, and nothing to answer from.
 */
function isFurniture(b: Block): boolean {
  if (!isOneLine(b) || wordCount(b.text) > 25) return false;
  const t = b.text.trim();
  return (
    ADVERT.test(t) ||
    /^(?:read more|read also|also read|related|related stories|see also|more on this story|sign up|subscribe|share this (?:article|story)|follow us|image caption|image source|photo|picture|video|watch|listen)\s*[:|–—-]/iu.test(t) ||
    /^\(?(?:reporting|writing|editing|additional reporting|compiled)\s+by\b[^)]*\)?\.?$/iu.test(t) ||
    /^(?:updated|published|posted|last updated)\b[^.!?]{0,60}\d/iu.test(t)
  );
}

function isHeadlineLike(b: Block): boolean {
  return isOneLine(b) && wordCount(b.text) <= 30 && !/\.\s*$/u.test(b.text);
}

/** Parses article text. Throws ArticleError when there is nothing to answer from. */
export function parseArticle(text: string, source = 'article'): Article {
  let all = blocks(text);
  if (all.length === 0) throw new ArticleError(`${source} is empty`);
  // Pasted with one line per paragraph and no blank lines between them: each line is a block. (Not a hard-wrapped
  // paragraph, whose lines end mid-sentence.)
  if (all.length === 1) {
    const lines = lineBlocks(all[0]!, text);
    const long = lines.filter((b) => wordCount(b.text) > 12);
    if (lines.length >= 3 && long.length > 0 && long.filter((b) => /[.!?:"”’)]$/u.test(b.text)).length >= 0.8 * long.length) all = lines;
  }
  // "Reuters\nKenya's central bank holds rates": the outlet and the headline on the first two lines of one block.
  const top = lineBlocks(all[0]!, text);
  if (all.length > 1 && top.length === 2 && outletName(top[0]!, top[1]) && isHeadlineLike(top[1]!)) all.splice(0, 1, ...top);
  // Page furniture is neither outlet, headline nor paragraph. (At the very top a "Video: ..." or "Watch: ..." line may
  // be the headline itself; an "Advertisement" never is.)
  all = all.filter((b) => !(isFurniture(b) && ADVERT.test(b.text.trim())));
  all = all.filter((b, k) => !isFurniture(b) || (k <= 1 && all.length > 2));
  if (all.length === 0) throw new ArticleError(`${source} has no story text, only page furniture (adverts, links, credits): put the article text in it.`);
  let i = 0;
  let outlet: string | null = null;
  const first = all[0]!;
  const outletGuess = outletName(first, all[1]);
  if (outletGuess && all.length > 2) {
    outlet = outletGuess;
    i = 1;
  }
  let headlineBlock: Block | null = null;
  if (all.length - i > 1 && isHeadlineLike(all[i]!)) {
    headlineBlock = all[i]!;
    i++;
  }

  const sentences: Sentence[] = [];
  const makeParagraph = (b: Block, number: number): Paragraph => {
    const ranges = number === 0 ? [{ start: 0, end: b.text.length }] : splitSentences(b.text);
    const ps: Sentence[] = ranges.map((r) => {
      const s: Sentence = {
        index: sentences.length,
        paragraph: number,
        start: b.start + r.start,
        end: b.start + r.end,
        text: b.text.slice(r.start, r.end),
      };
      sentences.push(s);
      return s;
    });
    return { number, start: b.start, end: b.end, text: b.text, sentences: ps };
  };

  const headline = headlineBlock ? makeParagraph(headlineBlock, 0) : null;
  const body = all.slice(i);
  // A byline opens the body: who wrote the story, not a paragraph of it.
  const byline = body.length > 1 && isOneLine(body[0]!) && wordCount(body[0]!.text) <= 15 ? (BYLINE.exec(body[0]!.text.trim())?.[1] ?? null) : null;
  if (byline) body.shift();
  const paragraphs = body.map((b, k) => makeParagraph(b, k + 1));
  if (paragraphs.length === 0) throw new ArticleError(`${source} has a headline but no paragraphs: put the story under it, paragraphs separated by blank lines.`);
  return {
    source,
    text,
    hash: createHash('sha256').update(text).digest('hex'),
    outlet,
    headline,
    paragraphs,
    sentences,
    byline,
  };
}

/** Reads and parses an article file; every failure is an ArticleError naming the file and the fix. */
export async function loadArticle(path: string): Promise<Article> {
  let raw: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ArticleError(`Article ${path} is not a file: set ARTICLE_PATH (or --article) to a plain-text article.`);
    raw = await readFile(path);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable (permission denied)' : `cannot be read (${code ?? String(err)})`;
    throw new ArticleError(`Article ${path} ${why}: set ARTICLE_PATH (or --article) to a readable plain-text article.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ArticleError(`Article ${path} is not UTF-8 text: save it as plain UTF-8 text.`);
  }
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (text.trim() === '') throw new ArticleError(`Article ${path} is empty: put the article text in it (paragraphs separated by blank lines).`);
  if (text.includes('\u0000')) throw new ArticleError(`Article ${path} looks binary: use a plain-text article.`);
  return parseArticle(text, path);
}

/** Citation label for a paragraph number: "¶3" or "headline". */
export function paragraphLabel(n: number): string {
  return n === 0 ? 'headline' : `¶${n}`;
}
