/**
 * Telegram HTML output: escaping, rendering answers as blocks, and splitting
 * long output into messages that each stay under Telegram's limit and are each
 * well-formed HTML (a split never falls inside a tag or an entity).
 *
 * Everything that comes from the article or from a user goes through
 * escapeHtml; the only tags we emit are <b>, <i> and <blockquote>.
 */
import { paragraphLabel, type Article } from '../article/index.js';
import type { Answer, Citation } from '../answer/index.js';

/**
 * Telegram allows 4096 characters per message (counted after entity parsing).
 * We keep the HTML source itself under this, which is stricter, with room to spare.
 */
export const MESSAGE_LIMIT = 4000;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => ESCAPES[c]!);
}

export type Wrap = 'b' | 'i' | 'blockquote';

/**
 * One unit of output. `html` is the preferred rendering (escaped, may hold
 * inline tags); `plain` is the same text without markup, used only when the
 * block is too long for one message and must be cut. `after` is short HTML
 * that follows the closing tag (a citation line under a quote).
 */
export interface Block {
  html: string;
  plain: string;
  wrap?: Wrap;
  after?: string;
}

export function textBlock(plain: string, wrap?: Wrap, after?: string): Block {
  return { html: escapeHtml(plain), plain, wrap, after };
}

export function htmlBlock(html: string, plain: string, wrap?: Wrap): Block {
  return { html, plain, wrap };
}

function open(wrap?: Wrap): string {
  return wrap ? `<${wrap}>` : '';
}

function close(wrap?: Wrap): string {
  return wrap ? `</${wrap}>` : '';
}

function render(b: Block): string {
  return `${open(b.wrap)}${b.html}${close(b.wrap)}${b.after ?? ''}`;
}

/** Cuts plain text into pieces whose escaped form is at most `budget` characters, at whitespace where possible. */
export function splitPlain(plain: string, budget: number): string[] {
  // Any single character fits (the longest escape, &quot;, is 6), so every piece makes progress.
  const max = Math.max(budget, 6);
  const pieces: string[] = [];
  let rest = plain;
  while (rest.length > 0) {
    let used = 0;
    let cut = 0;
    let lastSpace = -1;
    // Iterate by code point so a surrogate pair (emoji) is never cut in half.
    for (const ch of rest) {
      const width = ESCAPES[ch]?.length ?? ch.length;
      if (used + width > max) break;
      used += width;
      cut += ch.length;
      if (/\s/u.test(ch)) lastSpace = cut;
    }
    if (cut >= rest.length) {
      pieces.push(rest);
      break;
    }
    const at = lastSpace > cut / 2 ? lastSpace : cut;
    const piece = rest.slice(0, at).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(at).trimStart();
  }
  return pieces;
}

/**
 * Joins blocks (one per line) into as few messages as possible, each at most
 * `limit` characters of HTML. A block that cannot fit in one message is cut
 * into pieces of plain text, each wrapped in the block's own tag.
 */
export function splitBlocks(blocks: readonly Block[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  const push = (html: string): void => {
    if (current && current.length + 1 + html.length <= limit) {
      current += `\n${html}`;
      return;
    }
    if (current) messages.push(current);
    current = html;
  };
  for (const b of blocks) {
    const whole = render(b);
    if (whole.length <= limit) {
      push(whole);
      continue;
    }
    const after = b.after ?? '';
    const budget = limit - open(b.wrap).length - close(b.wrap).length - after.length;
    const pieces = splitPlain(b.plain, budget);
    pieces.forEach((piece, i) => push(`${open(b.wrap)}${escapeHtml(piece)}${close(b.wrap)}${i === pieces.length - 1 ? after : ''}`));
  }
  if (current) messages.push(current);
  return messages;
}

const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** The text of our HTML without markup (tags dropped, entities decoded): the plain-text fallback. */
export function htmlToPlain(html: string): string {
  return html.replace(/<\/?(?:b|i|blockquote)>/gu, '').replace(/&(?:amp|lt|gt|quot);/gu, (e) => UNESCAPES[e]!);
}

/** "¶3 · Rudaw" (or "headline · Rudaw"; without an outlet just "¶3"). */
export function citationLabel(paragraph: number, outlet: string | null): string {
  return outlet ? `${paragraphLabel(paragraph)} · ${outlet}` : paragraphLabel(paragraph);
}

export function quoteBlock(text: string, paragraph: number, outlet: string | null): Block {
  return textBlock(text, 'blockquote', `\n${escapeHtml(citationLabel(paragraph, outlet))}`);
}

/** Shortens text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

export interface AnswerRenderOptions {
  /** Show the question first (for answers to a tapped button or an inline query, where the question is not on screen). */
  echoQuestion?: string | null;
  /** List suggestions as text (where there are no buttons, e.g. inline results). */
  suggestionsAsText?: boolean;
}

/** The answer line, escaped, with the speaker's name in bold where it appears. */
export function answerLineHtml(answer: Pick<Answer, 'answerLine' | 'speaker'>): string {
  const line = escapeHtml(answer.answerLine);
  if (!answer.speaker) return line;
  const name = escapeHtml(answer.speaker);
  const at = line.indexOf(name);
  if (at < 0) return line;
  return `${line.slice(0, at)}<b>${name}</b>${line.slice(at + name.length)}`;
}

export function answerBlocks(answer: Answer, article: Pick<Article, 'outlet'>, options: AnswerRenderOptions = {}): Block[] {
  const blocks: Block[] = [];
  if (options.echoQuestion) {
    const q = truncate(options.echoQuestion.replace(/\s+/gu, ' ').trim(), 300);
    blocks.push(htmlBlock(`❓ <i>${escapeHtml(q)}</i>`, `❓ ${q}`));
  }
  if (answer.notice) blocks.push(textBlock(answer.notice, 'i'));
  blocks.push(htmlBlock(answerLineHtml(answer), answer.answerLine));
  for (const c of answer.citations) blocks.push(quoteBlock(c.text, c.paragraph, article.outlet));
  if (!answer.inScope && answer.suggestions.length > 0) {
    if (options.suggestionsAsText) {
      blocks.push(textBlock('You could ask:'));
      for (const s of answer.suggestions) blocks.push(textBlock(`• ${s}`));
    } else {
      // A who-said question that found nothing offers the speakers; any other (and a who-said question naming
      // something the article never mentions), questions the article answers.
      const speakers = answer.kind === 'who-said' && answer.suggestions.every((q) => /^What did .+ say\?$/u.test(q));
      blocks.push(textBlock(speakers ? 'Tap a speaker to see what they said:' : 'It does cover these — tap one to ask:'));
    }
  }
  return blocks;
}

export function renderAnswer(answer: Answer, article: Pick<Article, 'outlet'>, options: AnswerRenderOptions = {}): string[] {
  return splitBlocks(answerBlocks(answer, article, options));
}

/** A passage on its own (the "More" button): a lead-in, the quote and its citation. */
export function passageBlocks(lead: string, citation: Pick<Citation, 'text' | 'paragraph'>, outlet: string | null): Block[] {
  return [textBlock(lead), quoteBlock(citation.text, citation.paragraph, outlet)];
}
