/**
 * The Telegram bot: every handler, on top of the answer engine.
 *
 * createBot returns a Telegraf instance (ArticleBot) that is not started;
 * run.ts starts it with long polling or a webhook. Tests drive it the same way.
 *
 * Routing (messages and edited messages alike):
 * - private chats: every text is a question; commands /start /help /article /quotes /ask;
 * - groups: /ask and the other commands (also as /cmd@botname), messages that
 *   mention @botname, and replies to the bot's messages; everything else is ignored;
 * - non-text messages (stickers, photos, ...) get a short hint, in groups only when addressed;
 * - callback queries: the stateless buttons of callback-data.ts;
 * - inline queries: the answer as an InlineQueryResultArticle.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Telegraf, type Context } from 'telegraf';
import type { InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle, Message, MessageEntity } from 'telegraf/types';
import type { QAEngine } from '../answer/engine.js';
import { escapeRegExp } from '../retrieval/text.js';
import type { Answer } from '../answer/index.js';
import type { Config } from '../config/index.js';
import { articleTag, decodeAction, encodeAction, rangeForCitation, type Action, type SentenceRange } from './callback-data.js';
import { escapeHtml, htmlToPlain, passageBlocks, renderAnswer, splitBlocks, truncate, type Block } from './format.js';
import type { Logger } from './logger.js';
import { RateLimiter } from './rate-limit.js';
import { DEFAULT_RETRY_POLICY, installRetry, type RetryPolicy } from './retry.js';
import {
  APOLOGY,
  articleBlocks,
  ASK_USAGE,
  BUTTON_INVALID,
  BUTTON_NO_CHAT,
  BUTTON_STALE,
  HINT,
  helpBlocks,
  openingOf,
  paragraphBlocks,
  quotesBlocks,
  rateNotice,
  REFUSAL,
  startBlocks,
} from './texts.js';

/** The update types the bot asks Telegram for. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query'] as const;

/** Messages that are not text and earn the "I only read text" hint. */
const MEDIA_KEYS = [
  'sticker',
  'photo',
  'voice',
  'video',
  'video_note',
  'document',
  'audio',
  'animation',
  'location',
  'venue',
  'contact',
  'poll',
  'dice',
  'story',
] as const;

export interface BotOptions {
  retry?: Partial<RetryPolicy>;
  /** Clock for the rate limiter (tests). */
  now?: () => number;
  /** Longest wait for the "typing…" action before answering anyway. */
  typingWaitMs?: number;
}

/** Counts handlers in progress, so shutdown can wait for them. */
export class InFlight {
  private active = 0;
  private waiters: Array<() => void> = [];

  get count(): number {
    return this.active;
  }

  async track<T>(work: Promise<T>): Promise<T> {
    this.active++;
    try {
      return await work;
    } finally {
      this.active--;
      if (this.active === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** Remembers recent update ids, so a redelivered update is not answered twice. */
class RecentIds {
  private readonly ids = new Set<number>();
  constructor(private readonly max = 5000) {}
  /** True the first time an id is seen. */
  add(id: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

export class ArticleBot extends Telegraf<Context> {
  readonly inFlight = new InFlight();
  constructor(
    token: string,
    apiRoot: string,
    readonly engine: QAEngine,
  ) {
    super(token, {
      telegram: { apiRoot, webhookReply: false },
      // Handlers are bounded by the retry policy; telegraf's timeout would report an error
      // (and an apology) while the handler carries on and still answers.
      handlerTimeout: Infinity,
    });
  }
}

interface Target {
  chatId: number;
  /** Message to thread the reply to. */
  replyTo?: number;
  /** Forum topic. */
  threadId?: number;
}

type IncomingMessage = Message;

function textOf(msg: IncomingMessage): { text: string; entities: MessageEntity[] } | null {
  if ('text' in msg && typeof msg.text === 'string') return { text: msg.text, entities: msg.entities ?? [] };
  return null;
}

function isMedia(msg: IncomingMessage): boolean {
  return MEDIA_KEYS.some((k) => k in msg);
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?=\s|$)/u;

export function parseCommand(text: string): { name: string; target: string | null; args: string } | null {
  const m = COMMAND.exec(text);
  if (!m) return null;
  return { name: m[1]!.toLowerCase(), target: m[2] ?? null, args: text.slice(m[0].length).trim() };
}

function mentionPattern(username: string): RegExp {
  return new RegExp(`(^|[^\\w@])@${escapeRegExp(username)}(?![\\w])`, 'giu');
}

export function mentionsBot(text: string, entities: readonly MessageEntity[], me: { id: number; username: string }): boolean {
  for (const e of entities) {
    if (e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username.toLowerCase()}`) return true;
    if (e.type === 'text_mention' && e.user.id === me.id) return true;
  }
  return mentionPattern(me.username).test(text);
}

export function stripMention(text: string, username: string): string {
  return text.replace(mentionPattern(username), '$1').replace(/\s+/gu, ' ').trim();
}

/** Telegram's 400 for markup it cannot parse ("can't parse entities"). */
function isEntityError(err: unknown): boolean {
  const r = (err as { response?: { error_code?: unknown; description?: unknown } } | null)?.response;
  return r?.error_code === 400 && typeof r.description === 'string' && /parse entities|unsupported start tag|can't find end tag/iu.test(r.description);
}

function inlineKeyboard(rows: InlineKeyboardButton[][]): InlineKeyboardMarkup | undefined {
  const kept = rows.filter((r) => r.length > 0);
  return kept.length ? { inline_keyboard: kept } : undefined;
}

function flag(ctx: Context): { addressed: boolean } {
  // ctx.state is telegraf's per-update scratch space (typed as any there).
  const state = ctx.state as { article?: { addressed: boolean } };
  return (state.article ??= { addressed: false });
}

export function createBot(engine: QAEngine, config: Config, logger: Logger, options: BotOptions = {}): ArticleBot {
  if (!config.botToken) throw new Error('createBot needs config.botToken');
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const bot = new ArticleBot(config.botToken, config.telegramApiRoot, engine);
  const article = engine.article;
  const tag = articleTag(article);
  const examples = engine.examples();
  // What a suggestion button may ask: the examples first (their indices are /start's buttons), then the rest.
  const suggestions = engine.suggestionQuestions();
  const limiter = new RateLimiter(config.rateLimitPerMinute, 60_000, options.now);
  const refusedAt = new Map<number, number>();
  const now = options.now ?? Date.now;
  const typingWaitMs = options.typingWaitMs ?? 1_500;
  const recent = new RecentIds();

  installRetry(bot.telegram, policy, logger);

  const me = (ctx: Context): { id: number; username: string } => ({ id: ctx.botInfo.id, username: ctx.botInfo.username });

  // --- sending ---------------------------------------------------------------

  async function send(ctx: Context, target: Target, blocksOrChunks: Block[] | string[], keyboard?: InlineKeyboardMarkup): Promise<void> {
    const chunks = typeof blocksOrChunks[0] === 'string' ? (blocksOrChunks as string[]) : splitBlocks(blocksOrChunks as Block[]);
    for (const [i, chunk] of chunks.entries()) {
      const extra = {
        link_preview_options: { is_disabled: true },
        ...(i === 0 && target.replyTo !== undefined ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } } : {}),
        ...(target.threadId !== undefined ? { message_thread_id: target.threadId } : {}),
        ...(i === chunks.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
      };
      try {
        await ctx.telegram.sendMessage(target.chatId, chunk, { parse_mode: 'HTML', ...extra });
      } catch (err) {
        // Should our HTML ever be refused, the words still matter more than the formatting.
        if (!isEntityError(err)) throw err;
        logger.warn({ err, updateId: ctx.update.update_id }, 'Telegram refused the HTML; sending plain text');
        await ctx.telegram.sendMessage(target.chatId, htmlToPlain(chunk), extra);
      }
    }
  }

  async function sendPlain(ctx: Context, target: Target, text: string): Promise<void> {
    await send(ctx, target, [escapeHtml(text)]);
  }

  // --- keyboards -------------------------------------------------------------

  function exampleButtons(questions: readonly string[]): InlineKeyboardButton[][] {
    const rows: InlineKeyboardButton[][] = [];
    for (const q of questions) {
      const index = suggestions.indexOf(q);
      const data = index >= 0 ? encodeAction({ kind: 'example', index }, tag) : null;
      if (data) rows.push([{ text: truncate(q, 60), callback_data: data }]);
    }
    return rows;
  }

  function paragraphButtons(cited: readonly { paragraph: number; text: string }[]): InlineKeyboardButton[] {
    const wanted: number[] = [];
    for (const c of cited) {
      const p = c.paragraph > 0 ? article.paragraphs[c.paragraph - 1] : undefined;
      // No button when the quote already is the whole paragraph.
      if (p && p.text.trim() !== c.text.trim() && !wanted.includes(c.paragraph)) wanted.push(c.paragraph);
    }
    return wanted.slice(0, 4).map((n) => ({
      text: wanted.length === 1 ? '📄 Full paragraph' : `📄 ¶${n} in full`,
      callback_data: encodeAction({ kind: 'paragraph', paragraph: n }, tag)!,
    }));
  }

  function moreButton(items: SentenceRange[]): InlineKeyboardButton[] {
    const data = items.length ? encodeAction({ kind: 'more', items }, tag) : null;
    return data ? [{ text: '➕ More', callback_data: data }] : [];
  }

  function answerKeyboard(answer: Answer): InlineKeyboardMarkup | undefined {
    if (!answer.inScope) return inlineKeyboard(exampleButtons(answer.suggestions));
    const more = answer.more.map((c) => rangeForCitation(article, c)).filter((r): r is SentenceRange => r !== null);
    return inlineKeyboard([paragraphButtons(answer.citations), moreButton(more)]);
  }

  // --- gates -----------------------------------------------------------------

  function chatAllowed(chatId: number): boolean {
    return config.allowedChatIds === null || config.allowedChatIds.has(chatId);
  }

  /** Allow-list and rate limit for an addressed request; sends the refusal or notice itself. Returns false to stop. */
  async function admit(ctx: Context, target: Target, userId: number | undefined): Promise<boolean> {
    if (!chatAllowed(target.chatId)) {
      const last = refusedAt.get(target.chatId) ?? -Infinity;
      // One refusal per chat per 10 minutes: polite, not noisy.
      if (now() - last > 10 * 60_000) {
        if (refusedAt.size > 10_000) refusedAt.clear();
        refusedAt.set(target.chatId, now());
        await sendPlain(ctx, target, REFUSAL);
      }
      logger.info({ updateId: ctx.update.update_id, chatId: target.chatId }, 'refused: chat not in ALLOWED_CHAT_IDS');
      return false;
    }
    if (userId === undefined) return true;
    const decision = limiter.check(userId);
    if (decision.ok) return true;
    logger.info({ updateId: ctx.update.update_id, notify: decision.notify }, 'rate limited');
    if (decision.notify) await sendPlain(ctx, target, rateNotice(decision.retryAfterS));
    return false;
  }

  // --- answering -------------------------------------------------------------

  async function typing(ctx: Context, target: Target): Promise<void> {
    const action = ctx.telegram
      .sendChatAction(target.chatId, 'typing', target.threadId !== undefined ? { message_thread_id: target.threadId } : {})
      .catch((err: unknown) => logger.debug({ err }, 'sendChatAction failed'));
    // Show "typing…" before the answer, but never hold the answer back for long.
    await Promise.race([action, sleep(typingWaitMs, undefined, { ref: false })]);
  }

  async function answerQuestion(ctx: Context, target: Target, question: string, opts: { echo: boolean; via: string }): Promise<void> {
    await typing(ctx, target);
    const t0 = performance.now();
    const answer = await engine.ask(question);
    const ms = Math.round(performance.now() - t0);
    logger.info(
      { updateId: ctx.update.update_id, via: opts.via, kind: answer.kind, inScope: answer.inScope, citations: answer.citations.length, chars: question.length, ms },
      'answered',
    );
    logger.debug({ updateId: ctx.update.update_id, question: truncate(question, 200) }, 'question text');
    // Suggestions become buttons when they are among the engine's suggestion questions; otherwise they are listed.
    const asButtons = answer.suggestions.every((s) => suggestions.includes(s));
    const chunks = renderAnswer(answer, article, { echoQuestion: opts.echo ? question : null, suggestionsAsText: !asButtons });
    await send(ctx, target, chunks, asButtons ? answerKeyboard(answer) : undefined);
  }

  // --- messages --------------------------------------------------------------

  async function onMessage(ctx: Context, msg: IncomingMessage, edited: boolean): Promise<void> {
    const self = me(ctx);
    if (msg.from?.is_bot || ('via_bot' in msg && msg.via_bot?.id === self.id)) return;
    const chat = msg.chat;
    if (chat.type === 'channel') return;
    const isPrivate = chat.type === 'private';
    const repliesToMe = 'reply_to_message' in msg && msg.reply_to_message?.from?.id === self.id;
    const target: Target = {
      chatId: chat.id,
      replyTo: msg.message_id,
      ...('is_topic_message' in msg && msg.is_topic_message && msg.message_thread_id !== undefined ? { threadId: msg.message_thread_id } : {}),
    };
    const userId = msg.from?.id;
    const content = textOf(msg);

    if (!content) {
      if (!edited && isMedia(msg) && (isPrivate || repliesToMe)) {
        flag(ctx).addressed = true;
        if (await admit(ctx, target, userId)) await sendPlain(ctx, target, HINT);
      }
      return;
    }

    const command = parseCommand(content.text);
    if (command) {
      if (command.target && command.target.toLowerCase() !== self.username.toLowerCase()) return; // for another bot
      const known = ['start', 'help', 'article', 'quotes', 'ask'].includes(command.name);
      if (!known && !isPrivate && !command.target) return; // someone else's command in a group
      flag(ctx).addressed = true;
      if (!(await admit(ctx, target, userId))) return;
      logger.info({ updateId: ctx.update.update_id, command: known ? command.name : 'unknown', chatType: chat.type }, 'command');
      switch (command.name) {
        case 'start':
          await send(ctx, target, startBlocks(article, { group: !isPrivate, username: self.username, examples: examples.length }), inlineKeyboard(exampleButtons(examples)));
          return;
        case 'help':
          await send(ctx, target, helpBlocks(self.username));
          return;
        case 'article':
          await send(ctx, target, articleBlocks(article), inlineKeyboard([paragraphButtons(openingOf(article) ? [openingOf(article)!] : [])]));
          return;
        case 'quotes':
          await send(ctx, target, quotesBlocks(engine.statements(), article.outlet));
          return;
        case 'ask': {
          const question = stripMention(command.args, self.username);
          if (!question) await sendPlain(ctx, target, ASK_USAGE);
          else await answerQuestion(ctx, target, question, { echo: false, via: edited ? 'edited /ask' : '/ask' });
          return;
        }
        default:
          await sendPlain(ctx, target, `I don't know /${command.name}. Send me a question, or /help.`);
          return;
      }
    }

    const addressed = isPrivate || repliesToMe || mentionsBot(content.text, content.entities, self);
    if (!addressed) return;
    flag(ctx).addressed = true;
    if (!(await admit(ctx, target, userId))) return;
    const question = isPrivate ? content.text : stripMention(content.text, self.username);
    await answerQuestion(ctx, target, question, { echo: false, via: edited ? 'edited message' : 'message' });
  }

  // --- buttons ---------------------------------------------------------------

  async function onAction(ctx: Context, action: Action, target: Target): Promise<void> {
    switch (action.kind) {
      case 'example':
        await answerQuestion(ctx, target, suggestions[action.index]!, { echo: true, via: 'button' });
        return;
      case 'paragraph':
        await send(ctx, target, paragraphBlocks(article, action.paragraph));
        return;
      case 'more': {
        const [first, ...rest] = action.items;
        const from = article.sentences[first!.first]!;
        const to = article.sentences[first!.last]!;
        const citation = { paragraph: from.paragraph, text: article.text.slice(from.start, to.end) };
        await send(ctx, target, passageBlocks('The article also says:', citation, article.outlet), inlineKeyboard([paragraphButtons([citation]), moreButton(rest)]));
        return;
      }
    }
  }

  async function onCallback(ctx: Context): Promise<void> {
    const query = ctx.callbackQuery;
    if (!query) return;
    const data = 'data' in query ? query.data : undefined;
    const decoded = decodeAction(data, article, suggestions.length);
    if (!decoded.ok) {
      logger.info({ updateId: ctx.update.update_id, reason: decoded.reason }, 'rejected button');
      await ctx.answerCbQuery(decoded.reason === 'stale' ? BUTTON_STALE : BUTTON_INVALID);
      return;
    }
    const message = query.message;
    if (!message) {
      await ctx.answerCbQuery(BUTTON_NO_CHAT);
      return;
    }
    flag(ctx).addressed = true;
    const target: Target = { chatId: message.chat.id, ...(message.date !== 0 ? { replyTo: message.message_id } : {}) };
    if (!chatAllowed(target.chatId)) {
      await ctx.answerCbQuery(REFUSAL);
      return;
    }
    const decision = limiter.check(query.from.id);
    if (!decision.ok) {
      // A toast on the button, never a message: it cannot flood the chat.
      await ctx.answerCbQuery(rateNotice(decision.retryAfterS));
      return;
    }
    await ctx.answerCbQuery();
    logger.info({ updateId: ctx.update.update_id, button: decoded.action.kind }, 'button');
    await onAction(ctx, decoded.action, target);
  }

  // --- inline mode -----------------------------------------------------------

  function inlineResult(answer: Answer, question: string): InlineQueryResultArticle {
    const [first] = renderAnswer(answer, article, { echoQuestion: question, suggestionsAsText: true });
    const title = answer.inScope ? answer.answerLine : 'Not covered by the article';
    const description = answer.citations[0]?.text ?? answer.answerLine;
    return {
      type: 'article',
      id: createHash('sha256').update(question).digest('hex').slice(0, 32),
      title: truncate(title, 120),
      description: truncate(description, 200),
      input_message_content: { message_text: first ?? escapeHtml(answer.answerLine), parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    };
  }

  async function onInlineQuery(ctx: Context): Promise<void> {
    const query = ctx.inlineQuery;
    if (!query) return;
    // A user's private chat with the bot has the user's id, so the allow-list applies to users here.
    if (!chatAllowed(query.from.id)) {
      await ctx.answerInlineQuery(
        [{ type: 'article', id: 'private', title: 'Not available', description: REFUSAL, input_message_content: { message_text: REFUSAL } }],
        { cache_time: 300, is_personal: true },
      );
      return;
    }
    const text = query.query.trim();
    const questions = text ? [text] : examples;
    const results: InlineQueryResultArticle[] = [];
    for (const q of questions) results.push(inlineResult(await engine.ask(q), q));
    logger.info({ updateId: ctx.update.update_id, chars: text.length, results: results.length }, 'inline query');
    await ctx.answerInlineQuery(results, { cache_time: 60, is_personal: false });
  }

  // --- wiring ----------------------------------------------------------------

  bot.use(async (ctx, next) => {
    installRetry(ctx.telegram, policy, logger);
    const id = ctx.update.update_id;
    if (!recent.add(id)) {
      logger.warn({ updateId: id }, 'duplicate update ignored');
      return;
    }
    const t0 = performance.now();
    await bot.inFlight.track(next());
    logger.debug({ updateId: id, type: ctx.updateType, ms: Math.round(performance.now() - t0) }, 'update handled');
  });

  bot.on('message', (ctx) => onMessage(ctx, ctx.message, false));
  bot.on('edited_message', (ctx) => onMessage(ctx, ctx.editedMessage, true));
  bot.on('callback_query', (ctx) => onCallback(ctx));
  bot.on('inline_query', (ctx) => onInlineQuery(ctx));

  bot.catch(async (err, ctx) => {
    logger.error({ err, updateId: ctx.update.update_id, type: ctx.updateType }, 'handler failed');
    try {
      if (ctx.callbackQuery) await ctx.answerCbQuery().catch(() => undefined);
      const chatId = ctx.chat?.id;
      if (chatId === undefined || !flag(ctx).addressed) return;
      const replyTo = ctx.message?.message_id ?? ctx.editedMessage?.message_id;
      await ctx.telegram.sendMessage(chatId, APOLOGY, replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {});
    } catch (apologyError) {
      logger.warn({ err: apologyError, updateId: ctx.update.update_id }, 'could not send the apology');
    }
  });

  return bot;
}
