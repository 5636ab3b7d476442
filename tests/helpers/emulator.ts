/**
 * telegram-test-api (a Bot API emulator) behind a thin wrapper that fills its
 * gaps for a telegraf bot:
 *
 * - it listens on port 0 (the emulator itself falls back to 9000 when given 0),
 *   by serving the emulator's own express app from our http.Server;
 * - getUpdates long-polls: the emulator answers at once, which would make
 *   telegraf's poll loop spin; we hold the request until a user update arrives;
 * - methods the emulator does not implement (sendChatAction, setMyCommands,
 *   answerInlineQuery, ...) answer ok and are recorded, instead of HTTP 500.
 *
 * Everything else (sendMessage, answerCallbackQuery, getMe, deleteWebhook, the
 * client side: users sending messages, commands and button taps) is the
 * emulator's own.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InlineKeyboardButton } from 'telegraf/types';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import type { ClientOptions, TelegramClient } from 'telegram-test-api/lib/modules/telegramClient.js';
import { closeServer } from './close.js';
import { waitForUpdates } from './long-poll.js';

/** Methods the emulator lacks; the wrapper answers them. */
const FILLED_IN: Record<string, unknown> = {
  sendChatAction: true,
  setMyCommands: true,
  deleteMyCommands: true,
  answerInlineQuery: true,
  getWebhookInfo: { url: '', has_custom_certificate: false, pending_update_count: 0 },
};

export interface BotCall {
  seq: number;
  method: string;
  /** Only for methods the wrapper answers (the emulator's own routes parse their bodies themselves). */
  body?: Record<string, unknown>;
}

export interface BotReply {
  messageId: number;
  text: string;
  parseMode: unknown;
  replyTo: number | undefined;
  buttons: InlineKeyboardButton.CallbackButton[];
}

export class Emulator {
  readonly server: TelegramServer;
  readonly calls: BotCall[] = [];
  private http: http.Server | null = null;
  private seq = 0;
  private waiters = new Set<() => void>();

  private constructor(readonly token: string) {
    this.server = new TelegramServer({ host: '127.0.0.1', storeTimeout: 3600 });
  }

  static async start(token: string): Promise<Emulator> {
    const emu = new Emulator(token);
    // The emulator's express app; it is created in the constructor and only `start()` binds it (to a fixed port).
    const app = (emu.server as unknown as { webServer?: http.RequestListener }).webServer;
    if (typeof app !== 'function') throw new Error('telegram-test-api internals changed: no webServer to mount');
    const wake = (): void => {
      for (const w of emu.waiters) w();
    };
    emu.server.on('AddedUserMessage', wake);
    emu.server.on('AddedUserCommand', wake);
    emu.server.on('AddedUserCallbackQuery', wake);
    emu.http = http.createServer((req, res) => void emu.route(app, req, res));
    await new Promise<void>((resolve) => emu.http!.listen(0, '127.0.0.1', resolve));
    const { port } = emu.http.address() as AddressInfo;
    emu.server.config.apiURL = `http://127.0.0.1:${port}`;
    return emu;
  }

  get apiRoot(): string {
    return this.server.config.apiURL;
  }

  client(options: Partial<ClientOptions>): TelegramClient {
    return this.server.getClient(this.token, { timeout: 30_000, ...options });
  }

  /** Posts a raw user message (e.g. a sticker, which the client's helpers cannot make). */
  async userSends(message: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${this.apiRoot}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ botToken: this.token, date: Math.floor(Date.now() / 1000), ...message }),
    });
    if (!res.ok) throw new Error(`emulator refused the message: ${res.status}`);
  }

  /** Messages the bot sent to a chat, in order. */
  replies(chatId: number): BotReply[] {
    return this.server.storage.botMessages
      .filter((m) => m.botToken === this.token && String(m.message.chat_id) === String(chatId))
      .map((m) => {
        const msg = m.message as unknown as Record<string, unknown> & {
          reply_parameters?: { message_id?: number };
          reply_to_message_id?: number;
          reply_markup?: { inline_keyboard?: InlineKeyboardButton[][] };
        };
        return {
          messageId: m.messageId,
          text: String(msg.text),
          parseMode: msg.parse_mode,
          replyTo: msg.reply_parameters?.message_id ?? msg.reply_to_message_id,
          buttons: (msg.reply_markup?.inline_keyboard ?? []).flat().filter((b): b is InlineKeyboardButton.CallbackButton => 'callback_data' in b),
        };
      });
  }

  /** Waits until the bot has sent at least `count` messages to the chat; returns them all. */
  async waitForReplies(chatId: number, count: number, timeoutMs = 45_000): Promise<BotReply[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const replies = this.replies(chatId);
      if (replies.length >= count) return replies;
      if (Date.now() > deadline) throw new Error(`chat ${chatId}: expected ${count} bot messages, got ${replies.length}: ${JSON.stringify(replies.map((r) => r.text.slice(0, 80)))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Has the bot fetched every update users sent so far? */
  allUpdatesFetched(): boolean {
    return this.server.storage.userMessages.every((u) => u.isRead);
  }

  async stop(): Promise<void> {
    const server = this.http;
    this.http = null;
    await closeServer(server, this.waiters);
  }

  private async route(app: http.RequestListener, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/u.exec((req.url ?? '').split('?')[0]!);
    if (!m) {
      app(req, res);
      return;
    }
    const method = m[2]!;
    const seq = ++this.seq;
    if (method !== 'getUpdates' && !(method in FILLED_IN)) {
      this.calls.push({ seq, method });
      app(req, res);
      return;
    }
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (method in FILLED_IN) {
      this.calls.push({ seq, method, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: FILLED_IN[method] }));
      return;
    }
    // getUpdates: hold the request until there is something to return (or the poll times out).
    const holdMs = Math.min(Number(body.timeout ?? 0), 30) * 1000;
    const deadline = Date.now() + holdMs;
    let closed = false;
    res.once('close', () => (closed = true));
    const pending = (): boolean => this.server.storage.userMessages.some((u) => u.botToken === this.token && !u.isRead);
    await waitForUpdates(pending, () => !closed && this.http !== null, this.waiters, deadline);
    if (closed || res.writableEnded) return;
    // The emulator marks what it returns as read (it ignores offset), so fetch only when we will answer.
    const result = this.server.getUpdates(this.token);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  }
}
