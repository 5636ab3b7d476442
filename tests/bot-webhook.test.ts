/**
 * Webhook mode: the bot's own HTTP server takes updates POSTed with the right
 * X-Telegram-Bot-Api-Secret-Token and rejects (403, unprocessed) the rest;
 * setWebhook is called on the (fake) Bot API with the URL and the secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Update } from 'telegraf/types';
import { createBot } from '../src/bot/bot.js';
import { startBot, type RunningBot } from '../src/bot/run.js';
import { loadEngine, memoryLogger, testConfig, type MemoryLog } from './helpers/bot.js';
import { FakeBotApi } from './helpers/fake-api.js';

const SECRET = 'test-secret_0123456789';
const WEBHOOK_URL = 'https://bot.example.test/telegram/updates';

let api: FakeBotApi;
let running: RunningBot;
let log: MemoryLog;
let nextUpdate = 1;

function update(chatId: number, text: string): Update {
  return { update_id: nextUpdate++, message: api.message(api.privateChat(chatId), text) } as Update;
}

async function post(body: unknown, headers: Record<string, string> = {}, path = '/telegram/updates'): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${running.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

beforeAll(async () => {
  const engine = await loadEngine();
  api = await new FakeBotApi().start();
  log = memoryLogger(api.token);
  const config = testConfig({ botToken: api.token, telegramApiRoot: api.apiRoot, webhook: { url: WEBHOOK_URL, secret: SECRET, port: 0 } });
  running = await startBot(createBot(engine, config, log.logger), config, log.logger);
});

afterAll(async () => {
  await running?.stop('test done');
  await api?.close();
});

describe('webhook mode', () => {
  it('registers the webhook URL and secret with setWebhook, and does not poll', () => {
    expect(running.mode).toBe('webhook');
    const [call] = api.callsOf('setWebhook');
    expect(call?.body).toMatchObject({ url: WEBHOOK_URL, secret_token: SECRET });
    expect(call?.body.allowed_updates).toEqual(expect.arrayContaining(['message', 'edited_message', 'callback_query', 'inline_query']));
    expect(api.attempts.filter((a) => a.method === 'getUpdates')).toHaveLength(0);
  });

  it('handles an update POSTed with the right secret', async () => {
    expect(await post(update(1, 'What did Macron say?'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).toBe(200);
    // The response is sent once the update is handled, so the answer is already there.
    expect(api.sentTexts(1)).toHaveLength(1);
    expect(api.sentTexts(1)[0]).toContain('<b>Emmanuel Macron</b>');
  });

  it('rejects updates without the secret or with a wrong one, and does not process them', async () => {
    expect(await post(update(2, 'What did Macron say?'))).toBe(403);
    expect(await post(update(3, 'What did Macron say?'), { 'X-Telegram-Bot-Api-Secret-Token': 'wrong-secret' })).toBe(403);
    expect(await post(update(4, 'What did Macron say?'), { 'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x` })).toBe(403);
    expect(await post(update(5, 'What did Macron say?'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET }, '/other/path')).toBe(403);
    // Barrier: a good update is handled after them.
    expect(await post(update(6, 'What did Macron say?'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).toBe(200);
    for (const chat of [2, 3, 4, 5]) {
      expect(api.callsOf('sendMessage', chat)).toHaveLength(0);
      expect(api.callsOf('sendChatAction', chat)).toHaveLength(0);
    }
    expect(log.lines.join('')).not.toContain(SECRET);
    expect(log.records().filter((r) => r.msg === 'webhook request rejected')).toHaveLength(4);
  });

  it('answers a redelivered update only once', async () => {
    const u = update(7, 'What did Macron say?');
    expect(await post(u, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).toBe(200);
    expect(await post(u, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).toBe(200);
    expect(api.sentTexts(7)).toHaveLength(1);
  });

  it('answers a health check', async () => {
    const res = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(res.status).toBe(200);
  });

  it('finishes the update in flight when stopped', async () => {
    api.fault('sendMessage', { kind: 'status', status: 429, retryAfter: 1 }, { when: (b) => Number(b.chat_id) === 8 });
    const pending = post(update(8, 'What did Macron say?'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    await api.waitFor(() => api.attempts.some((a) => a.method === 'sendMessage' && a.outcome === 'fault'), 'the 429');
    await running.stop('SIGTERM');
    expect(await pending).toBe(200);
    expect(api.sentTexts(8)).toHaveLength(1);
    await expect(fetch(`http://127.0.0.1:${running.port}/healthz`)).rejects.toThrow();
  });
});
