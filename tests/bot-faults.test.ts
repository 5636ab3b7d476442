/**
 * Fault injection against a fake Bot API (tests/helpers/fake-api.ts): 429 with
 * retry_after, 5xx, dropped connections, 4xx; every question answered exactly
 * once. Also what telegram-test-api cannot emulate: edited messages, inline
 * queries, forged button data, the allow-list, graceful stop.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { QAEngine } from '../src/answer/engine.js';
import { createBot } from '../src/bot/bot.js';
import { articleTag } from '../src/bot/callback-data.js';
import { startBot, type RunningBot } from '../src/bot/run.js';
import { APOLOGY } from '../src/bot/texts.js';
import type { Config } from '../src/config/index.js';
import { htmlProblem, loadEngine, memoryLogger, testConfig, type MemoryLog } from './helpers/bot.js';
import { FakeBotApi } from './helpers/fake-api.js';

let engine: QAEngine;
let api: FakeBotApi;
let running: RunningBot;
let log: MemoryLog;

const FAST_RETRY = { baseDelayMs: 20, maxDelayMs: 200 };

async function start(overrides: Partial<Config> = {}): Promise<void> {
  api = await new FakeBotApi().start();
  log = memoryLogger(api.token);
  const config = testConfig({ botToken: api.token, telegramApiRoot: api.apiRoot, ...overrides });
  const bot = createBot(engine, config, log.logger, { retry: FAST_RETRY });
  running = await startBot(bot, config, log.logger);
}

async function stop(): Promise<void> {
  await running?.stop('test done');
  await api?.close();
}

/** Waits for `count` messages to the chat. */
function replies(chatId: number, count = 1): Promise<string[]> {
  return api.waitFor(() => {
    const texts = api.sentTexts(chatId);
    return texts.length >= count ? texts : null;
  }, `${count} message(s) to chat ${chatId}`);
}

/** Asks a barrier question in a fresh chat and waits for its answer: everything queued before it has been handled. */
async function barrier(chatId: number): Promise<void> {
  api.say(chatId, 'What did Macron say?');
  await replies(chatId);
}

const isAnswerTo = (chatId: number) => (body: Record<string, unknown>) => Number(body.chat_id) === chatId;

beforeAll(async () => {
  engine = await loadEngine();
});

describe('Telegram API faults', () => {
  beforeAll(() => start());
  afterAll(() => stop());
  afterEach(() => api.clearFaults());

  it('waits retry_after on 429 and then sends the answer once', async () => {
    api.fault('sendMessage', { kind: 'status', status: 429, retryAfter: 1 }, { when: isAnswerTo(1) });
    api.say(1, 'Who said foreign troops must leave Iraq?');
    const [text] = await replies(1);
    expect(text).toContain('<b>Hadi al-Amiri</b>');
    const attempts = api.attempts.filter((a) => a.method === 'sendMessage' && Number(a.body.chat_id) === 1);
    expect(attempts.map((a) => a.outcome)).toEqual(['fault', 'ok']);
    expect(api.callsOf('sendMessage', 1)).toHaveLength(1);
    // The wait came from retry_after (1 s), not from the backoff schedule.
    const retry = log.records().find((r) => r.msg === 'Telegram API call failed; retrying' && r.method === 'sendMessage');
    expect(retry).toMatchObject({ delayMs: 1000, reason: '429 retry_after 1s' });
  });

  it('retries 5xx with backoff and answers once', async () => {
    api.fault('sendMessage', { kind: 'status', status: 502 }, { times: 2, when: isAnswerTo(2) });
    api.say(2, 'What did Macron say?');
    await replies(2);
    const attempts = api.attempts.filter((a) => a.method === 'sendMessage' && Number(a.body.chat_id) === 2);
    expect(attempts.map((a) => a.outcome)).toEqual(['fault', 'fault', 'ok']);
    expect(api.callsOf('sendMessage', 2)).toHaveLength(1);
  });

  it('retries when the connection is dropped before the request is processed, and answers once', async () => {
    api.fault('sendMessage', { kind: 'drop' }, { times: 2, when: isAnswerTo(3) });
    api.fault('sendChatAction', { kind: 'drop' }, { when: isAnswerTo(3) });
    api.say(3, 'How many foreign soldiers are in Iraq?');
    const [text] = await replies(3);
    expect(text).toContain('3,500');
    const attempts = api.attempts.filter((a) => a.method === 'sendMessage' && Number(a.body.chat_id) === 3);
    expect(attempts.map((a) => a.outcome)).toEqual(['fault', 'fault', 'ok']);
    expect(api.callsOf('sendMessage', 3)).toHaveLength(1);
    expect(log.records().filter((r) => r.method === 'sendMessage' && r.reason === 'ECONNRESET')).toHaveLength(2);
    expect(api.callsOf('sendChatAction', 3)).toHaveLength(1);
  });

  it('does not hold other chats back while one chat waits out a 429', async () => {
    api.fault('sendMessage', { kind: 'status', status: 429, retryAfter: 3 }, { when: isAnswerTo(21) });
    api.say(21, 'Who said foreign troops must leave Iraq?');
    await api.waitFor(() => api.attempts.some((a) => a.method === 'sendMessage' && Number(a.body.chat_id) === 21), 'the 429 for chat 21');
    api.say(22, 'What did Macron say?');
    await replies(22);
    // Chat 22 was answered while chat 21 was still waiting for its retry_after.
    expect(api.callsOf('sendMessage', 21)).toHaveLength(0);
    // While chat 21's update holds the offset back, polling waits rather than spins on the updates it has already handled.
    const polls = api.attempts.filter((a) => a.method === 'getUpdates').length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(api.attempts.filter((a) => a.method === 'getUpdates').length - polls).toBeLessThan(10);
    await replies(21);
    expect(api.callsOf('sendMessage', 21)).toHaveLength(1);
  });

  it('keeps the order of one chat’s updates', async () => {
    api.fault('sendMessage', { kind: 'status', status: 500 }, { times: 2, when: isAnswerTo(23) });
    api.say(23, 'Who said foreign troops must leave Iraq?');
    api.say(23, 'How many foreign soldiers are in Iraq?');
    const [first, second] = await replies(23, 2);
    expect(first).toContain('Hadi al-Amiri');
    expect(second).toContain('3,500');
  });

  it('answers every question exactly once under mixed faults', async () => {
    const chats = [11, 12, 13, 14, 15, 16];
    api.fault('sendMessage', { kind: 'status', status: 429, retryAfter: 1 }, { when: isAnswerTo(11) });
    api.fault('sendMessage', { kind: 'status', status: 500 }, { times: 3, when: isAnswerTo(12) });
    api.fault('sendMessage', { kind: 'drop' }, { when: isAnswerTo(13) });
    api.fault('sendMessage', { kind: 'status', status: 503 }, { when: isAnswerTo(14) });
    api.fault('sendMessage', { kind: 'drop' }, { when: isAnswerTo(14) });
    api.fault('sendChatAction', { kind: 'status', status: 500 }, { times: 10 });
    api.fault('getUpdates', { kind: 'status', status: 429, retryAfter: 1 });
    for (const chat of chats) api.say(chat, 'Who said foreign troops must leave Iraq?');
    for (const chat of chats) await replies(chat);
    await barrier(19);
    const tries = (chat: number): number => api.attempts.filter((a) => a.method === 'sendMessage' && Number(a.body.chat_id) === chat).length;
    expect(chats.map(tries)).toEqual([2, 4, 2, 3, 1, 1]);
    for (const chat of chats) {
      expect(api.callsOf('sendMessage', chat), `chat ${chat}`).toHaveLength(1);
      expect(api.sentTexts(chat)[0]).toContain('<b>Hadi al-Amiri</b>');
    }
  });

  it('does not retry other 4xx errors; the user gets an apology and the bot carries on', async () => {
    api.fault('sendMessage', { kind: 'status', status: 400, description: 'Bad Request: injected' }, { when: (b) => Number(b.chat_id) === 4 && b.text !== APOLOGY });
    const message = api.say(4, 'What did Macron say?');
    const [apology] = await replies(4);
    expect(apology).toBe(APOLOGY);
    const apologyCall = api.callsOf('sendMessage', 4)[0]!;
    expect(apologyCall.body.reply_parameters).toMatchObject({ message_id: message.message_id });
    const answerAttempts = api.attempts.filter((a) => a.method === 'sendMessage' && Number(a.body.chat_id) === 4 && a.body.text !== APOLOGY);
    expect(answerAttempts).toHaveLength(1);
    const failure = log.records().find((r) => r.msg === 'handler failed');
    expect(failure).toMatchObject({ level: 50, err: { code: 400, method: 'sendMessage' } });
    expect(typeof failure!.updateId).toBe('number');
    // The bot still answers.
    api.say(5, 'What did Macron say?');
    expect((await replies(5))[0]).toContain('<b>Emmanuel Macron</b>');
  });

  it('falls back to plain text if Telegram refuses the HTML', async () => {
    api.fault('sendMessage', { kind: 'status', status: 400, description: "Bad Request: can't parse entities: unexpected end tag at byte offset 12" }, { when: (b) => Number(b.chat_id) === 8 && b.parse_mode === 'HTML' });
    api.say(8, 'Who said foreign troops must leave Iraq?');
    const [text] = await replies(8);
    expect(api.callsOf('sendMessage', 8)[0]!.body.parse_mode).toBeUndefined();
    expect(text).toMatch(/^Hadi al-Amiri, head of .* said this\.\nAn Iraqi Shiite/u);
    expect(text).not.toContain('<');
  });

  it('gives up after a bounded number of tries when the API keeps failing, and keeps running', async () => {
    api.fault('sendMessage', { kind: 'status', status: 500 }, { times: 100, when: isAnswerTo(6) });
    api.say(6, 'What did Macron say?');
    await api.waitFor(() => log.records().some((r) => r.msg === 'could not send the apology'), 'the bot to give up');
    const tries = api.attempts.filter((a) => a.method === 'sendMessage' && Number(a.body.chat_id) === 6);
    expect(tries).toHaveLength(10); // 5 for the answer, 5 for the apology
    expect(api.callsOf('sendMessage', 6)).toHaveLength(0);
    await barrier(7);
  });

  it('never logs the token or the message text at info level', () => {
    const all = log.lines.join('');
    expect(all).not.toContain(api.token);
    expect(all).not.toContain(api.token.split(':')[1]);
    const info = log.records().filter((r) => Number(r.level) >= 30);
    expect(JSON.stringify(info)).not.toContain('foreign troops must leave Iraq?');
  });
});

describe('updates telegram-test-api cannot emulate', () => {
  beforeAll(() => start());
  afterAll(() => stop());

  it('answers an edited question afresh, threaded to the edited message', async () => {
    const original = api.say(21, 'What did Macron say?');
    await replies(21);
    api.push({ edited_message: { ...original, text: 'Who said foreign troops must leave Iraq?', edit_date: Math.floor(Date.now() / 1000) } });
    const texts = await replies(21, 2);
    expect(texts[1]).toContain('<b>Hadi al-Amiri</b>');
    expect(api.callsOf('sendMessage', 21)[1]!.body.reply_parameters).toMatchObject({ message_id: original.message_id });
  });

  it('answers inline queries with an article result, escaping the question', async () => {
    api.push({ inline_query: { id: 'iq-1', from: api.user(22), query: 'What did Macron say about <b>hi</b> <script> & *bold*?', offset: '' } });
    const call = await api.waitFor(() => api.callsOf('answerInlineQuery').find((c) => c.body.inline_query_id === 'iq-1'), 'answerInlineQuery');
    const results = call.body.results as Array<{ type: string; id: string; title: string; input_message_content: { message_text: string; parse_mode: string } }>;
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(r!.type).toBe('article');
    expect(Buffer.byteLength(r!.id)).toBeLessThanOrEqual(64);
    expect(r!.title).toContain('Emmanuel Macron');
    expect(r!.input_message_content.parse_mode).toBe('HTML');
    const text = r!.input_message_content.message_text;
    expect(text).toContain('❓ <i>What did Macron say about &lt;b&gt;hi&lt;/b&gt; &lt;script&gt; &amp; *bold*?</i>');
    expect(text).toContain('<blockquote>');
    expect(htmlProblem(text)).toBeNull();
  });

  it('offers the example questions for an empty inline query', async () => {
    api.push({ inline_query: { id: 'iq-2', from: api.user(23), query: '', offset: '' } });
    const call = await api.waitFor(() => api.callsOf('answerInlineQuery').find((c) => c.body.inline_query_id === 'iq-2'), 'answerInlineQuery');
    const results = call.body.results as Array<{ input_message_content: { message_text: string } }>;
    expect(results).toHaveLength(engine.examples().length);
  });

  it('rejects forged or stale button data without crashing or sending anything', async () => {
    const tag = articleTag(engine.article);
    const chat = api.privateChat(24);
    const message = { message_id: 1, date: Math.floor(Date.now() / 1000), chat, from: api.me, text: 'x' };
    const forged = ['p:999:' + tag, 'p:-1:' + tag, 'm:0-40:' + tag, 'm:1-0:' + tag, 'x:9:' + tag, 'garbage', '', 'p:1:deadbeef', `m:${'1.'.repeat(30)}1:${tag}`, 'p:01:' + tag];
    forged.forEach((data, i) => api.push({ callback_query: { id: `cb-${i}`, from: api.user(24), chat_instance: 'ci', message, data } }));
    const answers = await api.waitFor(() => {
      const calls = api.callsOf('answerCallbackQuery').filter((c) => String(c.body.callback_query_id).startsWith('cb-'));
      return calls.length >= forged.length ? calls : null;
    }, 'every callback answered');
    expect(answers.find((c) => c.body.callback_query_id === 'cb-7')!.body.text).toContain('older version');
    expect(answers.find((c) => c.body.callback_query_id === 'cb-0')!.body.text).toContain('no longer works');
    await barrier(25);
    expect(api.callsOf('sendMessage', 24)).toHaveLength(0);
    expect(log.records().some((r) => r.msg === 'handler failed')).toBe(false);
  });

  it('a valid "Full paragraph" button works from any message, e.g. after a restart', async () => {
    const tag = articleTag(engine.article);
    const chat = api.privateChat(26);
    const message = { message_id: 1, date: Math.floor(Date.now() / 1000), chat, from: api.me, text: 'x' };
    api.push({ callback_query: { id: 'cb-ok', from: api.user(26), chat_instance: 'ci', message, data: `p:2:${tag}` } });
    const [text] = await replies(26);
    expect(text).toContain('¶2 · Rudaw');
    expect(text).toContain('Hadi al-Amiri told reporters');
  });

  it('replies to media with a hint, and ignores a group message that does not address it', async () => {
    api.push({ message: { message_id: 500, date: 0, chat: api.privateChat(27), from: api.user(27), photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] } });
    expect((await replies(27))[0]).toContain('I only read text');
    api.push({ message: api.message(api.groupChat(-28), 'What did Macron say?') });
    api.push({ message: { message_id: 501, date: 0, chat: api.groupChat(-28), from: api.user(7), sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } } });
    await barrier(29);
    expect(api.callsOf('sendMessage', -28)).toHaveLength(0);
  });
});

describe('allow-list', () => {
  beforeAll(() => start({ allowedChatIds: new Set([31]) }));
  afterAll(() => stop());

  it('answers allowed chats and politely refuses others, once', async () => {
    api.say(32, 'What did Macron say?');
    api.say(32, 'Who said foreign troops must leave Iraq?');
    api.say(31, 'What did Macron say?');
    expect((await replies(31))[0]).toContain('<b>Emmanuel Macron</b>');
    const [refusal] = await replies(32);
    expect(refusal).toContain('not available in this chat');
    api.say(31, 'Who said foreign troops must leave Iraq?');
    await replies(31, 2);
    expect(api.sentTexts(32)).toHaveLength(1);
  });
});

describe('graceful stop', () => {
  beforeAll(() => start());
  afterAll(() => api.close());

  it('finishes the answer in flight, then stops taking updates', async () => {
    api.fault('sendMessage', { kind: 'status', status: 429, retryAfter: 1 }, { when: isAnswerTo(41) });
    api.say(41, 'What did Macron say?');
    // Stop while the answer is waiting out the 429.
    await api.waitFor(() => api.attempts.some((a) => a.method === 'sendMessage' && a.outcome === 'fault'), 'the 429');
    await running.stop('SIGTERM');
    expect(api.callsOf('sendMessage', 41)).toHaveLength(1);
    // Updates that arrive after the stop are not taken.
    api.say(42, 'What did Macron say?');
    const polls = api.attempts.filter((a) => a.method === 'getUpdates').length;
    await new Promise((r) => setTimeout(r, 300));
    expect(api.attempts.filter((a) => a.method === 'getUpdates')).toHaveLength(polls);
    expect(api.callsOf('sendMessage', 42)).toHaveLength(0);
  });
});
