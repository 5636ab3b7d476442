/**
 * A small fake Telegram Bot API (node:http) for fault injection and for the
 * update types telegram-test-api cannot emulate (edited messages, inline
 * queries, webhooks).
 *
 * - getUpdates long-polls a queue the test controls (offset confirms, like Telegram);
 * - sendMessage, sendChatAction, answerCallbackQuery, answerInlineQuery, setWebhook, ...
 *   are recorded in `calls` (only requests that were processed);
 * - every request, processed or not, is in `attempts`;
 * - `fault()` makes the next matching requests fail: an HTTP status (429 with
 *   retry_after, 5xx, 4xx), a connection dropped before processing, or one
 *   dropped after processing (the ambiguous case).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallbackQuery, Chat, InlineQuery, Message, Update, User } from 'telegraf/types';
import { closeServer } from './close.js';
import { pollQueue, sendJson } from './long-poll.js';

export const FAKE_TOKEN = '123456789:AAFakeTokenForTests_0123456789abcdefXYZ';

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: number; description?: string }
  /** Destroy the socket before the request is processed (nothing recorded). */
  | { kind: 'drop' }
  /** Process (and record) the request, then destroy the socket without answering. */
  | { kind: 'drop-after' };

interface FaultRule {
  method: string;
  fault: Fault;
  times: number;
  when?: (body: Record<string, unknown>) => boolean;
}

export interface Call {
  seq: number;
  method: string;
  body: Record<string, unknown>;
  at: number;
}

export interface Attempt {
  seq: number;
  method: string;
  outcome: 'ok' | 'fault';
  fault?: Fault;
  body: Record<string, unknown>;
  at: number;
}

/** An update without its id (push() numbers it). */
export type NewUpdate = { message: Message } | { edited_message: Message } | { callback_query: CallbackQuery } | { inline_query: InlineQuery };

export class FakeBotApi {
  readonly token: string;
  readonly me: User & { username: string };
  readonly calls: Call[] = [];
  readonly attempts: Attempt[] = [];
  private server: http.Server | null = null;
  private port = 0;
  private queue: Update[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private seq = 0;
  private faults: FaultRule[] = [];
  private waiters = new Set<() => void>();
  private chats = new Map<number, Chat>();

  constructor(options: { token?: string; username?: string } = {}) {
    this.token = options.token ?? FAKE_TOKEN;
    this.me = { id: Number(this.token.split(':')[0]), is_bot: true, first_name: 'Article QA', username: options.username ?? 'article_qa_test_bot' };
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    await closeServer(server, this.waiters);
  }

  // --- test controls ----------------------------------------------------------

  /** Queues an update; returns its update_id. */
  push(update: NewUpdate): number {
    const id = this.nextUpdateId++;
    const full = { update_id: id, ...update } as Update;
    const msg = 'message' in update ? update.message : 'edited_message' in update ? update.edited_message : undefined;
    if (msg) this.chats.set(msg.chat.id, msg.chat);
    this.queue.push(full);
    for (const w of this.waiters) w();
    return id;
  }

  /** The next `times` requests for `method` (matching `when`) fail with `fault`. */
  fault(method: string, fault: Fault, options: { times?: number; when?: (body: Record<string, unknown>) => boolean } = {}): void {
    this.faults.push({ method, fault, times: options.times ?? 1, when: options.when });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Processed calls of one method (optionally to one chat). */
  callsOf(method: string, chatId?: number): Call[] {
    return this.calls.filter((c) => c.method === method && (chatId === undefined || Number(c.body.chat_id) === chatId));
  }

  /** Texts the bot sent to a chat, in order. */
  sentTexts(chatId: number): string[] {
    return this.callsOf('sendMessage', chatId).map((c) => String(c.body.text));
  }

  /** Polls `probe` until it returns a truthy value. */
  async waitFor<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 45_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = probe();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // --- update builders ----------------------------------------------------------

  user(id: number, name = `User${id}`): User {
    return { id, is_bot: false, first_name: name };
  }

  privateChat(id: number): Chat.PrivateChat {
    return { id, type: 'private', first_name: `User${id}` };
  }

  groupChat(id: number): Chat.SupergroupChat {
    return { id, type: 'supergroup', title: `Group ${id}` };
  }

  message(chat: Chat.PrivateChat | Chat.SupergroupChat, text: string, extra: Partial<Message.TextMessage> = {}): Message.TextMessage {
    const from = chat.type === 'private' ? this.user(chat.id) : this.user(7);
    return { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from, text, ...extra };
  }

  /** Pushes a private text message; returns the message. */
  say(chatId: number, text: string, extra: Partial<Message.TextMessage> = {}): Message.TextMessage {
    const message = this.message(this.privateChat(chatId), text, extra);
    this.push({ message });
    return message;
  }

  // --- server -------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/u.exec((req.url ?? '').split('?')[0]!);
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    if (!m) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = m as unknown as [string, string, string];
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    const seq = ++this.seq;
    const at = Date.now();
    if (decodeURIComponent(token) !== this.token) {
      this.attempts.push({ seq, method, outcome: 'fault', body, at });
      return sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    }
    const rule = this.faults.find((f) => f.method === method && f.times > 0 && (!f.when || f.when(body)));
    if (rule) {
      rule.times--;
      this.attempts.push({ seq, method, outcome: 'fault', fault: rule.fault, body, at });
      const fault = rule.fault;
      if (fault.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'status') {
        const description = fault.description ?? (fault.status === 429 ? `Too Many Requests: retry after ${fault.retryAfter ?? 1}` : fault.status >= 500 ? 'Internal Server Error' : 'Bad Request: injected');
        return sendJson(res, fault.status, {
          ok: false,
          error_code: fault.status,
          description,
          ...(fault.retryAfter !== undefined ? { parameters: { retry_after: fault.retryAfter } } : {}),
        });
      }
      // drop-after: fall through to processing, then cut the connection.
      const result = await this.process(method, body, req, res);
      if (result !== NO_ANSWER) this.calls.push({ seq, method, body, at });
      req.socket.destroy();
      return;
    }
    this.attempts.push({ seq, method, outcome: 'ok', body, at });
    const result = await this.process(method, body, req, res);
    if (result === NO_ANSWER) return;
    if (method !== 'getUpdates') this.calls.push({ seq, method, body, at });
    if (result === UNKNOWN) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    sendJson(res, 200, { ok: true, result });
  }

  private async process(method: string, body: Record<string, unknown>, req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.me;
      case 'getUpdates':
        return this.getUpdates(body, res);
      case 'sendMessage': {
        const chatId = Number(body.chat_id);
        const chat = this.chats.get(chatId) ?? { id: chatId, type: 'private', first_name: 'Someone' };
        return { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from: this.me, text: body.text };
      }
      case 'getWebhookInfo':
        return { url: '', has_custom_certificate: false, pending_update_count: 0 };
      case 'setWebhook':
      case 'deleteWebhook':
      case 'setMyCommands':
      case 'sendChatAction':
      case 'answerCallbackQuery':
      case 'answerInlineQuery':
      case 'editMessageReplyMarkup':
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
