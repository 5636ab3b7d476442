/**
 * End to end through telegram-test-api: the real bot (telegraf, long polling)
 * and the real engine, talking HTTP to the Bot API emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QAEngine } from '../src/answer/engine.js';
import { createBot, type ArticleBot } from '../src/bot/bot.js';
import { articleTag } from '../src/bot/callback-data.js';
import { MESSAGE_LIMIT } from '../src/bot/format.js';
import { startBot, type RunningBot } from '../src/bot/run.js';
import { htmlProblem, loadEngine, memoryLogger, testConfig, type MemoryLog } from './helpers/bot.js';
import { Emulator, type BotReply } from './helpers/emulator.js';

const TOKEN = '987654321:AAEmulatorToken_abcdefghijklmnopqrstuvwx';
const BOT_USERNAME = 'TestNameBot'; // what the emulator's getMe returns
const BOT_ID = 666;

let emu: Emulator;
let engine: QAEngine;
let bot: ArticleBot;
let running: RunningBot;
let log: MemoryLog;
let tag: string;
let nextChat = 100;
/** A fresh private chat per test, so replies never mix. */
const newChat = (): number => nextChat++;

async function ask(chatId: number, text: string, expected = 1): Promise<BotReply[]> {
  const client = emu.client({ chatId, userId: chatId });
  const before = emu.replies(chatId).length;
  await client.sendMessage(client.makeMessage(text));
  const replies = await emu.waitForReplies(chatId, before + expected);
  return replies.slice(before);
}

function expectWellFormed(replies: BotReply[]): void {
  for (const r of replies) {
    expect(r.parseMode).toBe('HTML');
    expect(r.text.length).toBeLessThan(4096);
    expect(htmlProblem(r.text), r.text).toBeNull();
  }
}

beforeAll(async () => {
  engine = await loadEngine();
  tag = articleTag(engine.article);
  emu = await Emulator.start(TOKEN);
  log = memoryLogger(TOKEN);
  const config = testConfig({ botToken: TOKEN, telegramApiRoot: emu.apiRoot });
  bot = createBot(engine, config, log.logger);
  running = await startBot(bot, config, log.logger);
});

afterAll(async () => {
  await running?.stop('test done');
  await emu?.stop();
});

describe('bot end to end (telegram-test-api)', () => {
  it('greets on /start with the headline, the outlet and the example questions as buttons', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    await client.sendCommand(client.makeCommand('/start'));
    const [reply] = await emu.waitForReplies(chatId, 1);
    expect(reply!.text).toContain('Hadi al-Amiri says all foreign troops must leave Iraq by year’s end');
    expect(reply!.text).toContain('Rudaw');
    const examples = engine.examples();
    expect(examples.length).toBeGreaterThan(0);
    expect(reply!.buttons.map((b) => b.text)).toEqual(examples);
    for (const b of reply!.buttons) {
      expect(b.callback_data).toMatch(new RegExp(`^x:\\d:${tag}$`, 'u'));
      expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    }
    expectWellFormed([reply!]);
  });

  it('answers an example question when its button is tapped', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    await client.sendCommand(client.makeCommand('/start'));
    const [start] = await emu.waitForReplies(chatId, 1);
    const button = start!.buttons[0]!;
    await client.sendCallback(client.makeCallbackQuery(button.callback_data, { message: { message_id: start!.messageId } }));
    const replies = await emu.waitForReplies(chatId, 2);
    const answer = replies[1]!;
    expect(answer.text).toContain(`❓ <i>${engine.examples()[0]}</i>`);
    expect(answer.text).toContain('<b>Emmanuel Macron</b>');
    expect(answer.text).toContain('<blockquote>');
    expect(emu.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expectWellFormed(replies);
  });

  it('answers a who-question with the speaker in bold, a blockquote and the citation, threaded and after "typing…"', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    const callsBefore = emu.calls.length;
    await client.sendMessage(client.makeMessage('Who said foreign troops must leave Iraq?'));
    const [reply] = await emu.waitForReplies(chatId, 1);
    expect(reply!.text).toContain('<b>Hadi al-Amiri</b>');
    expect(reply!.text).toMatch(/<blockquote>[^<]+<\/blockquote>\n¶\d+ · Rudaw/u);
    // Threaded to the question (the emulator gives the user's message the id it had when it was stored).
    const question = emu.server.storage.userMessages.filter((u) => 'message' in u && u.message.chat.id === chatId).at(-1)!;
    expect(reply!.replyTo).toBe(question.messageId);
    const calls = emu.calls.slice(callsBefore);
    const typing = calls.find((c) => c.method === 'sendChatAction' && Number(c.body?.chat_id) === chatId);
    expect(typing?.body?.action).toBe('typing');
    const send = calls.find((c) => c.method === 'sendMessage');
    expect(typing!.seq).toBeLessThan(send!.seq);
    expect(reply!.buttons.some((b) => b.text.includes('Full paragraph'))).toBe(true);
    expectWellFormed([reply!]);
  });

  it('answers "What did Macron say?" with every statement, each cited', async () => {
    const [reply] = await ask(newChat(), 'What did Macron say?');
    expect(reply!.text).toContain('<b>Emmanuel Macron</b>');
    expect(reply!.text.match(/<blockquote>/gu)?.length).toBe(3);
    expect(reply!.text).toContain('¶3 · Rudaw');
    expect(reply!.text).toContain('we will maintain our presence to fight terrorism');
    expectWellFormed([reply!]);
  });

  it('says when the article does not cover a question and suggests what it does cover', async () => {
    const [reply] = await ask(newChat(), "What's the weather in Paris?");
    expect(reply!.text).toContain("The article doesn't say");
    expect(reply!.text).not.toContain('<blockquote>');
    expect(reply!.buttons.map((b) => b.text)).toEqual(engine.examples());
    expectWellFormed([reply!]);
  });

  it('answers a who-said question it cannot place with the speakers as buttons, and a tap shows what one said', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    await client.sendMessage(client.makeMessage('Who said the earth is flat?'));
    const [reply] = await emu.waitForReplies(chatId, 1);
    expect(reply!.text).toContain("I couldn't find who said that, at least not in those words.");
    expect(reply!.text).toContain('Tap a speaker to see what they said:');
    expect(reply!.text).not.toContain('<blockquote>');
    const labels = reply!.buttons.map((b) => b.text);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^What did .+ say\?$/u);
    const macron = reply!.buttons.find((b) => b.text === 'What did Macron say?')!;
    expect(macron).toBeDefined();
    await client.sendCallback(client.makeCallbackQuery(macron.callback_data, { message: { message_id: reply!.messageId } }));
    const replies = await emu.waitForReplies(chatId, 2);
    expect(replies[1]!.text).toContain('<b>Emmanuel Macron</b>');
    expect(replies[1]!.text.match(/<blockquote>/gu)?.length).toBe(3);
    expectWellFormed(replies);
  });

  it('offers the example questions, not "a speaker", for a who-said question naming something the article never mentions', async () => {
    const [reply] = await ask(newChat(), 'Who said Macron will visit Erbil next month?');
    expect(reply!.text).toContain("The article doesn't mention Erbil.");
    expect(reply!.text).toContain('It does cover these — tap one to ask:');
    expect(reply!.text).not.toContain('Tap a speaker');
    expect(reply!.buttons.map((b) => b.text)).toEqual(engine.examples());
  });

  it('answers a who-said question in other words with the closest statement, saying so, the speaker in bold', async () => {
    const [reply] = await ask(newChat(), "who said iraq's own forces can't really cope with terror attacks or a return of isis?");
    expect(reply!.text).toMatch(/^Not in those words, but the closest is what <b>Safeen Dizayee<\/b>, head of .+, said:\n/u);
    expect(reply!.text).toMatch(/<blockquote>[^<]*not equipped[^<]*<\/blockquote>\n¶9 · Rudaw/u);
    expectWellFormed([reply!]);
  });

  it('shows the whole paragraph when "Full paragraph" is tapped', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    const [answer] = await ask(chatId, 'Who said foreign troops must leave Iraq?');
    const full = answer!.buttons.find((b) => b.text.includes('Full paragraph'))!;
    expect(full.callback_data).toBe(`p:1:${tag}`);
    await client.sendCallback(client.makeCallbackQuery(full.callback_data, { message: { message_id: answer!.messageId } }));
    const replies = await emu.waitForReplies(chatId, 2);
    const paragraph = engine.article.paragraphs[0]!.text;
    expect(replies[1]!.text).toContain(`<blockquote>${paragraph}</blockquote>`);
    expect(replies[1]!.text).toContain('¶1 · Rudaw');
    expectWellFormed(replies);
  });

  it('shows the next passage when "More" is tapped', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    const [answer] = await ask(chatId, 'When must troops leave?');
    const more = answer!.buttons.find((b) => b.text.includes('More'));
    expect(more, 'this question has further passages').toBeDefined();
    expect(more!.callback_data).toMatch(new RegExp(`^m:[\\d.-]+:${tag}$`, 'u'));
    await client.sendCallback(client.makeCallbackQuery(more!.callback_data, { message: { message_id: answer!.messageId } }));
    const replies = await emu.waitForReplies(chatId, 2);
    expect(replies[1]!.text).toContain('The article also says:');
    expect(replies[1]!.text).toMatch(/<blockquote>[^<]+<\/blockquote>\n¶\d+ · Rudaw/u);
    expect(replies[1]!.text).not.toBe(answer!.text);
    expectWellFormed(replies);
  });

  it('answers a sticker with a hint', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    const { text: _text, ...base } = client.makeMessage('');
    await emu.userSends({ ...base, sticker: { file_id: 'sticker-1', file_unique_id: 's1', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } });
    const [reply] = await emu.waitForReplies(chatId, 1);
    expect(reply!.text).toContain('I only read text');
  });

  it('answers a 5,000-character message, says it was cut, and stays under 4096 characters', async () => {
    const long = `What did Macron say? ${'Please answer carefully. '.repeat(200)}`.slice(0, 5000);
    expect(long.length).toBe(5000);
    const [reply] = await ask(newChat(), long);
    expect(reply!.text).toContain('Your message was long');
    expect(reply!.text).toContain('<b>Emmanuel Macron</b>');
    expect(reply!.text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expectWellFormed([reply!]);
  });

  it('escapes markup in questions (and still sends the answer)', async () => {
    const [reply] = await ask(newChat(), 'What did Macron say about <b>hi</b> <script> & *bold*?');
    expect(reply!.text).toContain('hi &amp; bold');
    expect(reply!.text).not.toMatch(/<script|<b>hi/u);
    expectWellFormed([reply!]);
  });

  it('answers "who is quoted?" in words, like /quotes, each speaker in bold with a cited quote', async () => {
    const [reply] = await ask(newChat(), 'Who is quoted in the article?');
    expect(reply!.text).toMatch(/^The article quotes /u);
    for (const speaker of ['Emmanuel Macron', 'Hadi al-Amiri', 'Safeen Dizayee']) expect(reply!.text).toContain(speaker);
    expect(reply!.text.match(/<blockquote>/gu)).toHaveLength(3);
    expectWellFormed([reply!]);
  });

  it('answers /article and /quotes', async () => {
    const chatId = newChat();
    const client = emu.client({ chatId, userId: chatId });
    await client.sendCommand(client.makeCommand('/article'));
    const [article] = await emu.waitForReplies(chatId, 1);
    expect(article!.text).toContain(`${engine.article.paragraphs.length} paragraphs`);
    expect(article!.text).toContain('An Iraqi Shiite political and militia leader');
    await client.sendCommand(client.makeCommand('/quotes'));
    const replies = await emu.waitForReplies(chatId, 2);
    for (const speaker of ['Hadi al-Amiri', 'Emmanuel Macron', 'Safeen Dizayee']) expect(replies[1]!.text).toContain(`<b>${speaker}</b>`);
    expectWellFormed(replies);
  });

  describe('in a group', () => {
    const groupId = -1001234;
    const member = (): ReturnType<Emulator['client']> => emu.client({ chatId: groupId, userId: 42, type: 'group', chatTitle: 'Readers' });

    it('stays quiet unless addressed, and answers /ask, /ask@bot, mentions and replies to the bot', async () => {
      const client = member();
      await client.sendMessage(client.makeMessage('What did Macron say? (just chatting, not to the bot)'));
      await client.sendCommand(client.makeCommand('/ask Who said foreign troops must leave Iraq?'));
      const [first] = await emu.waitForReplies(groupId, 1);
      expect(first!.text).toContain('<b>Hadi al-Amiri</b>');

      await client.sendCommand(client.makeCommand(`/ask@${BOT_USERNAME} What did Macron say?`));
      const second = (await emu.waitForReplies(groupId, 2))[1]!;
      expect(second.text).toContain('<b>Emmanuel Macron</b>');

      const mention = `@${BOT_USERNAME} how many foreign soldiers are in Iraq?`;
      await client.sendMessage(client.makeMessage(mention, { entities: [{ type: 'mention', offset: 0, length: BOT_USERNAME.length + 1 }] }));
      const third = (await emu.waitForReplies(groupId, 3))[2]!;
      expect(third.text).toContain('3,500');

      await client.sendMessage(
        client.makeMessage('What did Macron say?', {
          reply_to_message: { message_id: third.messageId, date: 0, chat: { id: groupId, type: 'group', title: 'Readers' }, from: { id: BOT_ID, is_bot: true, first_name: 'Bot' } },
        } as never),
      );
      const fourth = (await emu.waitForReplies(groupId, 4))[3]!;
      expect(fourth.text).toContain('<b>Emmanuel Macron</b>');

      // A command for another bot and plain chatter stay unanswered.
      await client.sendCommand(client.makeCommand('/ask@SomeOtherBot What did Macron say?'));
      await client.sendMessage(client.makeMessage('Anyone here?'));
      // Barrier: one more addressed question; once it is answered, the bot has handled everything before it.
      await client.sendCommand(client.makeCommand('/ask What did Macron say?'));
      const all = await emu.waitForReplies(groupId, 5);
      expect(all).toHaveLength(5);
      expect(emu.allUpdatesFetched()).toBe(true);
      expectWellFormed(all);
    });
  });

  it('limits each user to RATE_LIMIT_PER_MINUTE questions, with one notice', async () => {
    // A second bot on the same emulator token would compete for updates; use its own emulator.
    const emu2 = await Emulator.start(TOKEN);
    const config = testConfig({ botToken: TOKEN, telegramApiRoot: emu2.apiRoot, rateLimitPerMinute: 2 });
    const limited = createBot(engine, config, memoryLogger(TOKEN).logger);
    const run2 = await startBot(limited, config, memoryLogger(TOKEN).logger);
    try {
      const chatId = 555;
      const client = emu2.client({ chatId, userId: chatId });
      for (let i = 0; i < 5; i++) await client.sendMessage(client.makeMessage('What did Macron say?'));
      const replies = await emu2.waitForReplies(chatId, 3);
      // Barrier: another user is not limited; after their answer everything before it is handled.
      const other = emu2.client({ chatId: 556, userId: 556 });
      await other.sendMessage(other.makeMessage('What did Macron say?'));
      await emu2.waitForReplies(556, 1);
      const all = emu2.replies(chatId);
      expect(all).toHaveLength(3);
      const notices = all.filter((r) => r.text.includes('faster than I can keep up'));
      expect(notices).toHaveLength(1);
      expect(replies.filter((r) => r.text.includes('<b>Emmanuel Macron</b>'))).toHaveLength(2);
    } finally {
      await run2.stop('test done');
      await emu2.stop();
    }
  });

  it('never logs the token, and logs no question text at info level', () => {
    const all = log.lines.join('');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.split(':')[1]);
    const info = log.records().filter((r) => Number(r.level) >= 30);
    expect(info.some((r) => r.msg === 'answered')).toBe(true);
    expect(JSON.stringify(info)).not.toContain('weather in Paris');
  });
});
