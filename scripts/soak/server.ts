/**
 * The soak's Bot API stand-in (node:http, 127.0.0.1 only).
 *
 * Like tests/helpers/fake-api.ts (long-polled getUpdates over a queue the
 * driver fills, offsets confirm), plus what a soak needs:
 * - a fault hook consulted on every request (429 with retry_after, 5xx, a
 *   connection dropped before processing, or after it);
 * - Telegram's own rules, answered with Telegram's 400s, so a reply Telegram
 *   would refuse counts as lost instead of passing silently: HTML must parse
 *   (only Telegram's tags, properly nested), text must be 1..4096 characters
 *   after entity parsing, callback_data 1..64 bytes, a callback query or an
 *   inline query is answered once, answerCallbackQuery text <= 200 characters;
 * - compact records of the replies (no request bodies kept), with times.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallbackQuery, Chat, InlineQuery, Message, Update, User } from 'telegraf/types';
import { pollQueue, sendJson } from '../../tests/helpers/long-poll.js';

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: number; label: string }
  /** Destroy the socket before processing: nothing happened. */
  | { kind: 'drop'; label: string }
  /** Process (and record) the request, then destroy the socket without answering: the ambiguous case. */
  | { kind: 'drop-after'; label: string };

export type FaultHook = (method: string, body: Record<string, unknown>) => Fault | null;

export type NewUpdate = { message: Message } | { edited_message: Message } | { callback_query: CallbackQuery } | { inline_query: InlineQuery };

export interface SentMessage {
  chatId: number;
  /** reply_parameters.message_id (or the old reply_to_message_id); null for a follow-up chunk. */
  replyTo: number | null;
  text: string;
  at: number;
}

export interface QueryAnswer {
  id: string;
  at: number;
}

/** An injected fault, by chat (to tell a question whose own calls failed from one that only waited behind others). */
export interface FaultEvent {
  method: string;
  chatId: number | null;
  at: number;
}

export interface Violation {
  method: string;
  description: string;
  sample: string;
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre', 'blockquote']);
const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Telegram's HTML parse mode, as far as validity goes: the visible text, or the 400 description. */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>/u.exec(html.slice(i, i + 300));
      if (!m) return { error: `Bad Request: can't parse entities: Unsupported start tag at byte offset ${i}` };
      const [whole, closing, rawName] = m as unknown as [string, string, string];
      const name = rawName.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) return { error: `Bad Request: can't parse entities: Unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        const open = stack.pop();
        if (open !== name) return { error: `Bad Request: can't parse entities: Unmatched end tag at byte offset ${i}, expected "</${open ?? ''}>", found "</${name}>"` };
      } else stack.push(name);
      i += whole.length;
      continue;
    }
    if (ch === '&') {
      const m = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/u.exec(html.slice(i, i + 12));
      if (m) {
        const e = m[1]!;
        text += ENTITY[e] ?? String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
        i += m[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  if (stack.length) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack[stack.length - 1]}"` };
  return { text };
}

/** The message text as Telegram would show it, or the 400 it would answer. */
function visibleText(text: unknown, parseMode: unknown): { text: string } | { error: string } {
  if (typeof text !== 'string') return { error: 'Bad Request: message text is empty' };
  const parsed = parseMode === 'HTML' ? parseTelegramHtml(text) : parseMode === undefined ? { text } : { error: `Bad Request: unsupported parse_mode ${String(parseMode)} in this stand-in` };
  if ('error' in parsed) return parsed;
  if (parsed.text.trim() === '') return { error: 'Bad Request: message text is empty' };
  if (parsed.text.length > 4096) return { error: 'Bad Request: message is too long' };
  return parsed;
}

function keyboardProblem(markup: unknown): string | null {
  if (markup === undefined) return null;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return 'Bad Request: inline keyboard expected';
  for (const row of rows) {
    if (!Array.isArray(row) || row.length === 0) return 'Bad Request: inline keyboard rows must be non-empty arrays';
    for (const b of row as Array<{ text?: unknown; callback_data?: unknown }>) {
      if (typeof b.text !== 'string' || b.text.trim() === '') return 'Bad Request: BUTTON_TEXT_EMPTY';
      if (b.callback_data !== undefined) {
        const n = typeof b.callback_data === 'string' ? Buffer.byteLength(b.callback_data) : 0;
        if (n < 1 || n > 64) return 'Bad Request: BUTTON_DATA_INVALID';
      }
    }
  }
  return null;
}

class BadRequest extends Error {}

export class SoakApi {
  readonly me: User & { username: string };
  readonly sent: SentMessage[] = [];
  readonly callbackAnswers: QueryAnswer[] = [];
  readonly inlineAnswers: QueryAnswer[] = [];
  readonly violations: Violation[] = [];
  readonly faultEvents: FaultEvent[] = [];
  /** Requests per method, and how they ended. */
  readonly requests = new Map<string, { total: number; faults: number }>();
  /** Injected faults by "method label". */
  readonly injected = new Map<string, number>();
  fault: FaultHook = () => null;
  private server: http.Server | null = null;
  private port = 0;
  private queue: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private waiters = new Set<() => void>();
  private openCallbacks = new Set<string>();
  private openInline = new Set<string>();

  constructor(readonly token: string) {
    this.me = { id: Number(token.split(':')[0]), is_bot: true, first_name: 'Article QA (soak)', username: 'article_qa_soak_bot' };
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Updates pushed but not yet confirmed by an offset. */
  get pending(): number {
    return this.queue.length;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const w of this.waiters) w();
    this.waiters.clear();
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  messageId(): number {
    return this.nextMessageId++;
  }

  push(update: NewUpdate): { updateId: number; at: number } {
    const updateId = this.nextUpdateId++;
    if ('callback_query' in update) this.openCallbacks.add(update.callback_query.id);
    if ('inline_query' in update) this.openInline.add(update.inline_query.id);
    this.queue.push({ update_id: updateId, ...update } as Update);
    for (const w of this.waiters) w();
    return { updateId, at: performance.now() };
  }

  user(id: number): User {
    return { id, is_bot: false, first_name: `Soak${id}`, language_code: 'en' };
  }

  privateChat(id: number): Chat.PrivateChat {
    return { id, type: 'private', first_name: `Soak${id}` };
  }

  groupChat(id: number): Chat.SupergroupChat {
    return { id, type: 'supergroup', title: `Soak group ${id}` };
  }

  // --- HTTP -----------------------------------------------------------------------

  private count(method: string, fault: boolean): void {
    const r = this.requests.get(method) ?? { total: 0, faults: 0 };
    r.total++;
    if (fault) r.faults++;
    this.requests.set(method, r);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/u.exec((req.url ?? '').split('?')[0]!);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!m) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = m as unknown as [string, string, string];
    if (decodeURIComponent(token) !== this.token) return sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    let body: Record<string, unknown>;
    try {
      const raw = Buffer.concat(chunks).toString('utf8');
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    const fault = this.fault(method, body);
    this.count(method, fault !== null);
    if (fault) {
      const key = `${method} ${fault.label}`;
      this.injected.set(key, (this.injected.get(key) ?? 0) + 1);
      const chatId = Number(body.chat_id);
      this.faultEvents.push({ method, chatId: Number.isFinite(chatId) && body.chat_id !== undefined ? chatId : null, at: performance.now() });
      if (fault.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'status') {
        const description = fault.status === 429 ? `Too Many Requests: retry after ${fault.retryAfter ?? 1}` : 'Internal Server Error';
        return sendJson(res, fault.status, {
          ok: false,
          error_code: fault.status,
          description,
          ...(fault.retryAfter !== undefined ? { parameters: { retry_after: fault.retryAfter } } : {}),
        });
      }
    }
    let result: unknown;
    try {
      result = await this.process(method, body, res);
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
      this.violations.push({ method, description: err.message, sample: String(body.text ?? body.callback_query_id ?? body.inline_query_id ?? '').slice(0, 160) });
      return sendJson(res, 400, { ok: false, error_code: 400, description: err.message });
    }
    if (result === NO_ANSWER) return;
    if (fault?.kind === 'drop-after') {
      req.socket.destroy();
      return;
    }
    if (result === UNKNOWN) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    sendJson(res, 200, { ok: true, result });
  }

  private async process(method: string, body: Record<string, unknown>, res: http.ServerResponse): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.me;
      case 'getUpdates':
        return this.getUpdates(body, res);
      case 'sendMessage': {
        const chatId = Number(body.chat_id);
        if (!Number.isFinite(chatId)) throw new BadRequest('Bad Request: chat not found');
        const shown = visibleText(body.text, body.parse_mode);
        if ('error' in shown) throw new BadRequest(shown.error);
        const keyboard = keyboardProblem(body.reply_markup);
        if (keyboard) throw new BadRequest(keyboard);
        const rp = body.reply_parameters as { message_id?: unknown } | undefined;
        const replyTo = typeof rp?.message_id === 'number' ? rp.message_id : typeof body.reply_to_message_id === 'number' ? body.reply_to_message_id : null;
        this.sent.push({ chatId, replyTo, text: String(body.text), at: performance.now() });
        return { message_id: this.messageId(), date: Math.floor(Date.now() / 1000), chat: this.privateChat(chatId), from: this.me, text: shown.text };
      }
      case 'answerCallbackQuery': {
        const id = String(body.callback_query_id ?? '');
        if (typeof body.text === 'string' && body.text.length > 200) throw new BadRequest('Bad Request: MESSAGE_TOO_LONG');
        if (!this.openCallbacks.delete(id)) throw new BadRequest('Bad Request: query is too old and response timeout expired or query ID is invalid');
        this.callbackAnswers.push({ id, at: performance.now() });
        return true;
      }
      case 'answerInlineQuery': {
        const id = String(body.inline_query_id ?? '');
        const results = Array.isArray(body.results) ? (body.results as Array<Record<string, unknown>>) : null;
        if (!results || results.length > 50) throw new BadRequest('Bad Request: RESULTS_TOO_MUCH');
        const ids = new Set<string>();
        for (const r of results) {
          const rid = String(r.id ?? '');
          if (!rid || Buffer.byteLength(rid) > 64 || ids.has(rid)) throw new BadRequest('Bad Request: RESULT_ID_INVALID');
          ids.add(rid);
          const content = r.input_message_content as { message_text?: unknown; parse_mode?: unknown } | undefined;
          const shown = visibleText(content?.message_text, content?.parse_mode);
          if ('error' in shown) throw new BadRequest(shown.error.replace('message text', 'MESSAGE_TEXT'));
        }
        if (!this.openInline.delete(id)) throw new BadRequest('Bad Request: query is too old and response timeout expired or query ID is invalid');
        this.inlineAnswers.push({ id, at: performance.now() });
        return true;
      }
      case 'getWebhookInfo':
        return { url: '', has_custom_certificate: false, pending_update_count: this.queue.length };
      case 'deleteWebhook':
      case 'setMyCommands':
      case 'sendChatAction':
        return true;
      default:
        return UNKNOWN;
    }
  }

  private async getUpdates(body: Record<string, unknown>, res: http.ServerResponse): Promise<unknown> {
    const updates = await pollQueue(() => this.queue, (rest) => (this.queue = rest), body, res, this.waiters, () => this.server !== null);
    return updates ?? NO_ANSWER;
  }
}

const NO_ANSWER = Symbol('no answer');
const UNKNOWN = Symbol('unknown method');
