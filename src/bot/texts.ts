/**
 * The bot's own messages (/start, /help, /article, /quotes, notices), as
 * blocks for splitBlocks. Article text is escaped like everything else.
 */
import type { Article } from '../article/index.js';
import type { Statement } from '../attribution/index.js';
import { citationLabel, escapeHtml, htmlBlock, quoteBlock, textBlock, truncate, type Block } from './format.js';

export const HINT = 'I only read text. Send me a question about the article in words, for example “What did they say?”, or /help.';
export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
export const REFUSAL = 'Sorry, this bot is private and not available in this chat.';
export const BUTTON_STALE = 'This button belongs to an older version of the article. Please ask again.';
export const BUTTON_INVALID = 'This button no longer works. Please send your question as a message.';
export const BUTTON_NO_CHAT = 'Open a chat with me to see this.';
export const ASK_USAGE = 'Send your question after the command, for example: /ask What did they say?';

export function rateNotice(retryAfterS: number): string {
  return `You're asking faster than I can keep up. Please wait about ${retryAfterS} s and ask again.`;
}

function headlineBlocks(article: Article): Block[] {
  const out: Block[] = [];
  if (article.headline) out.push(htmlBlock(`📰 <b>${escapeHtml(article.headline.text)}</b>`, `📰 ${article.headline.text}`));
  if (article.outlet) out.push(htmlBlock(`<i>${escapeHtml(article.outlet)}</i>`, article.outlet));
  return out;
}

export function startBlocks(article: Article, opts: { group: boolean; username: string; examples: number }): Block[] {
  const blocks: Block[] = [
    textBlock('Hi! I answer questions about one news article, quoting it word for word and citing the paragraph each quote comes from.'),
    textBlock(''),
    ...headlineBlocks(article),
    textBlock(''),
  ];
  blocks.push(
    textBlock(
      opts.group
        ? `In this group, ask with /ask followed by your question, mention @${opts.username}, or reply to one of my messages.`
        : 'Just send me a question.',
    ),
  );
  if (opts.examples > 0) blocks.push(textBlock('Or tap one of these:'));
  return blocks;
}

export function helpBlocks(username: string): Block[] {
  const lines = [
    'Send a question about the article and I reply with a short answer and the exact sentences it comes from, with their paragraph (¶) numbers.',
    'Ask who said something, what someone said, how many, when, where or why — or “Who is quoted?”, “What happens next?”, “Who wrote this?”.',
    '',
    '/ask QUESTION — ask (in groups; in a private chat just send the question)',
    '/article — the headline, the source and how the article starts',
    '/quotes — everyone the article quotes, and what they said',
    '/start — introduction and example questions',
    '',
    `In groups I answer /ask, messages that mention @${username}, and replies to my messages.`,
    `In any chat, type @${username} followed by a question to share an answer.`,
    '',
    'Under an answer, “Full paragraph” shows the whole paragraph, and “More” shows the next passage that also answers.',
  ];
  return lines.map((l) => textBlock(l));
}

/** The article's opening lines: up to two sentences of the first paragraph. */
export function openingOf(article: Article): { paragraph: number; text: string } | null {
  const first = article.paragraphs[0];
  if (!first) return null;
  const opening = first.sentences.slice(0, 2);
  const text = opening.length ? article.text.slice(opening[0]!.start, opening[opening.length - 1]!.end) : first.text;
  return { paragraph: first.number, text };
}

export function articleBlocks(article: Article): Block[] {
  const blocks = headlineBlocks(article);
  const count = article.paragraphs.length;
  blocks.push(textBlock(`${count} paragraph${count === 1 ? '' : 's'}. It begins:`));
  const opening = openingOf(article);
  if (opening) blocks.push(quoteBlock(opening.text, opening.paragraph, article.outlet));
  return blocks;
}

const UNATTRIBUTED = 'Unattributed';

export function quotesBlocks(statements: readonly Statement[], outlet: string | null): Block[] {
  if (statements.length === 0) return [textBlock('The article quotes nobody.')];
  const groups = new Map<string, Statement[]>();
  for (const st of statements) {
    const key = st.speaker?.name ?? UNATTRIBUTED;
    groups.set(key, [...(groups.get(key) ?? []), st]);
  }
  const speakers = groups.size;
  const blocks: Block[] = [
    htmlBlock(
      `<b>Who is quoted</b> — ${statements.length} statement${statements.length === 1 ? '' : 's'} by ${speakers} speaker${speakers === 1 ? '' : 's'}${outlet ? ` (${escapeHtml(outlet)})` : ''}`,
      'Who is quoted',
    ),
  ];
  for (const [name, list] of groups) {
    const role = list[0]!.speaker?.role;
    blocks.push(textBlock(''));
    blocks.push(
      htmlBlock(
        `<b>${escapeHtml(name)}</b>${role ? ` — ${escapeHtml(truncate(role, 200))}` : ''}`,
        `${name}${role ? ` — ${role}` : ''}`,
      ),
    );
    for (const st of list) {
      const text = st.direct ? `“${st.text}”` : st.text;
      blocks.push(textBlock(`• ${text} (${citationLabel(st.paragraph, null)})`));
    }
  }
  return blocks;
}

/** A whole paragraph (the "Full paragraph" button). */
export function paragraphBlocks(article: Article, paragraph: number): Block[] {
  const p = paragraph === 0 ? article.headline : article.paragraphs[paragraph - 1];
  if (!p) return [textBlock(BUTTON_INVALID)];
  return [quoteBlock(p.text, paragraph, article.outlet)];
}
