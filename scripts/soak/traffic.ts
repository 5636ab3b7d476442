/**
 * What the soak sends: waves of questions from many private chats, and a
 * stream of bad inputs from other chats, all drawn from a seeded PRNG.
 *
 * Every item pushes its update(s) and says which replies it expects, by key:
 * - `m:<chat>:<message id>`: sendMessage threaded (reply_parameters) to that message;
 * - `cb:<id>`: answerCallbackQuery for that callback query;
 * - `iq:<id>`: answerInlineQuery for that inline query;
 * - `chat:<chat>`: for inputs the bot must ignore, any message at all to that chat.
 * An edited message expects a second reply to the same message id.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Message } from 'telegraf/types';
import { int, pick, shuffle, type Rng } from '../lib/rng.js';
import type { SoakApi } from './server.js';

export const BAD_KINDS = ['unicode', 'long', 'markup', 'empty', 'media', 'edited', 'callback-forged', 'callback-valid', 'command', 'inline', 'ignored'] as const;
export type BadKind = (typeof BAD_KINDS)[number];
export type Kind = 'question' | 'ambiguous' | BadKind;

export interface Expectation {
  key: string;
  kind: Kind;
  /** Replies this update should get on `key`: 1, or 0 for inputs the bot must ignore. */
  expected: 0 | 1;
  /** performance.now() when the update was queued. */
  at: number;
  variant: string;
  /** A short sample of what was sent, for the failure list. */
  sample: string;
  /** False for the second expectation of one update (a valid button: the toast, then the message). */
  update?: false;
}

export interface Item {
  kind: Kind;
  wave: number;
  /** When to send it, after the wave starts. */
  delayMs: number;
  send(api: SoakApi): Promise<Expectation[]>;
}

export interface ArticleFacts {
  tag: string;
  paragraphs: number;
  /** The paragraph of each sentence, by sentence index ("More" ranges stay inside one paragraph). */
  sentenceParagraphs: number[];
}

export interface TrafficOptions {
  chats: number;
  perChat: number;
  /** Bad inputs per wave (spread over the kinds). */
  badPerWave: number;
  /** Questions per wave whose first answer gets a drop after processing. */
  ambiguousPerWave: number;
}

const now = (): number => Math.floor(Date.now() / 1000);
const sample = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}… (${s.length} chars)` : s);

export const QUESTION_CHAT_BASE = 100_000;
export const AMBIGUOUS_CHAT_BASE = 900_000;
const BAD_CHAT_BASE = 200_000;
const GROUP_CHAT_BASE = -1_000_000_000_000;

// --- generators -------------------------------------------------------------------

const UNICODE_RANGES: Array<[number, number, number]> = [
  // [from, to, weight]
  [0x20, 0x7e, 6],
  [0xa0, 0x24f, 2],
  [0x300, 0x36f, 2], // combining marks
  [0x400, 0x4ff, 2], // Cyrillic
  [0x590, 0x5ff, 1], // Hebrew (RTL)
  [0x600, 0x6ff, 2], // Arabic (RTL)
  [0x900, 0x97f, 1], // Devanagari
  [0x0e00, 0x0e7f, 1], // Thai
  [0x4e00, 0x9fff, 2], // CJK
  [0xac00, 0xd7a3, 1], // Hangul
  [0x1f300, 0x1faff, 3], // emoji (astral: surrogate pairs)
  [0x1d400, 0x1d7ff, 1], // mathematical alphanumerics (astral)
  [0x200b, 0x200f, 1], // zero-width, LRM/RLM
  [0x202a, 0x202e, 1], // bidi embeddings and overrides
  [0x2066, 0x2069, 1], // bidi isolates
  [0x01, 0x1f, 1], // C0 controls (no NUL)
  [0xfe00, 0xfe0f, 1], // variation selectors
  [0xe000, 0xf8ff, 1], // private use
  [0xfff9, 0xfffd, 1], // specials, replacement character
];
const UNICODE_TOTAL = UNICODE_RANGES.reduce((s, r) => s + r[2], 0);
const SEQUENCES = ['👩‍👩‍👧‍👦', '🇮🇶', '🇫🇷', '👍🏽', '🏳️‍🌈', 'é', 'ﷺ', '\r\n', 'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍A̴̵̜̰͔ͫ͗͢L̠ͨͧͩ͘G̴̻͈͍͔̹̑͗̎̅͛́Ǫ̵̹̻̝̳͂̌̌͘'];

function randomUnicode(rng: Rng): string {
  const n = int(rng, 1, 200);
  let out = '';
  for (let i = 0; i < n; i++) {
    if (rng() < 0.05) {
      out += pick(rng, SEQUENCES);
      continue;
    }
    let w = rng() * UNICODE_TOTAL;
    let range = UNICODE_RANGES[0]!;
    for (const r of UNICODE_RANGES) {
      if ((w -= r[2]) < 0) {
        range = r;
        break;
      }
    }
    out += String.fromCodePoint(int(rng, range[0], range[1]));
  }
  return out;
}

function longText(rng: Rng, questions: readonly string[], variant: number): { text: string; variant: string } {
  const target = 4096 + int(rng, 0, 4000);
  switch (variant % 5) {
    case 0: {
      let text = '';
      while (text.length < target) text += `${pick(rng, questions)} `;
      return { text, variant: 'questions repeated' };
    }
    case 1:
      return { text: 'x'.repeat(target), variant: 'one long word' };
    case 2:
      return { text: '🙂'.repeat(Math.ceil(target / 2)), variant: 'emoji (surrogate pairs)' };
    case 3: {
      const base = `What did Zorglub${'b'.repeat(10)} say? `;
      return { text: `${'<b>&amp;</b> '.repeat(Math.ceil(target / 13))}${base}`, variant: 'markup repeated' };
    }
    default: {
      const q = pick(rng, questions);
      return { text: (q + ' ').repeat(Math.ceil(4096 / (q.length + 1))).slice(0, 4096), variant: 'exactly 4096' };
    }
  }
}

const MARKUP = [
  '<b>Who</b> said <i>foreign troops</i> must leave Iraq?',
  '<script>alert(1)</script>',
  '*Who* _said_ `troops` [link](https://example.com) must leave?',
  '<a href="tg://user?id=1">Macron</a> said what?',
  '&lt;b&gt; &amp; & &#x1F600; &#0; &nbsp; &bogus;',
  '</blockquote></b></i> What did Macron say?',
  '<b><i>unclosed',
  '```js\nconsole.log("Who said it?")\n```',
  '||spoiler|| ~~strike~~ __under__ **bold**',
  '<tg-spoiler>What did Macron say?</tg-spoiler>',
  '"><img src=x onerror=alert(1)>',
  'Who said <3 Iraq > France & "troops"?',
  'What did <Zorglub> say about Iraq?',
  'What did Mr. <b>Zorglub</b> & Co say about <i>Iraq</i>?',
  'Who is "Zorg&Co" <blockquote>?',
  '<pre><code class="language-x">What did Amiri say?</code></pre>',
  '\\*escaped\\* \\_markdown\\_ \\[brackets\\]',
];

const EMPTY = ['', ' ', '\n\t  \n', '\u200b', '\u3000', '...', '???', '😀', '\u202e', '-'];

type Media = { variant: string; fields: Record<string, unknown> };
const MEDIA: Media[] = [
  { variant: 'sticker', fields: { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } } },
  { variant: 'photo', fields: { photo: [{ file_id: 'p', file_unique_id: 'p', width: 90, height: 90 }] } },
  { variant: 'voice', fields: { voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } } },
  { variant: 'document', fields: { document: { file_id: 'd', file_unique_id: 'd', file_name: 'article.pdf' } } },
  { variant: 'animation', fields: { animation: { file_id: 'a', file_unique_id: 'a', width: 1, height: 1, duration: 1 }, document: { file_id: 'a', file_unique_id: 'a' } } },
  { variant: 'video_note', fields: { video_note: { file_id: 'n', file_unique_id: 'n', length: 1, duration: 1 } } },
  { variant: 'location', fields: { location: { latitude: 36.19, longitude: 44.01 } } },
  { variant: 'dice', fields: { dice: { emoji: '🎲', value: 4 } } },
  { variant: 'contact', fields: { contact: { phone_number: '+100', first_name: 'X' } } },
  { variant: 'photo with a question caption', fields: { photo: [{ file_id: 'p', file_unique_id: 'p', width: 90, height: 90 }], caption: 'Who said foreign troops must leave Iraq?' } },
];

const COMMANDS = [
  '/start',
  '/help',
  '/article',
  '/quotes',
  '/ask',
  '/ask Who said foreign troops must leave Iraq?',
  '/frobnicate',
  '/start@article_qa_soak_bot',
  '/HELP',
  '/ask@article_qa_soak_bot What did Macron say?',
];

function forgedData(rng: Rng, tag: string, i: number): { data: string | undefined; variant: string } {
  const options: Array<() => string | undefined> = [
    () => `p:999:${tag}`,
    () => `p:-1:${tag}`,
    () => `x:99:${tag}`,
    () => `m:0-40:${tag}`,
    () => `m:5-2:${tag}`,
    () => 'p:1:deadbeef',
    () => 'garbage',
    () => '',
    () => undefined,
    () => `m:${'1.'.repeat(25)}1:${tag}`,
    () => `🙂:1:${tag}`,
    () => `p:01:${tag}`,
    () => `p:1:${tag}x`,
    () => 'x:0',
    () => {
      let s = '';
      const n = int(rng, 1, 64);
      while (Buffer.byteLength(s) < n) s += String.fromCharCode(int(rng, 0x21, 0x7e));
      return s;
    },
  ];
  const k = (i + int(rng, 0, options.length - 1)) % options.length;
  const data = options[k]!();
  return { data, variant: data === undefined ? 'no data (game button)' : `data ${JSON.stringify(data.slice(0, 24))}` };
}

// --- the plan -----------------------------------------------------------------------

export function plan(rng: Rng, questions: readonly string[], facts: ArticleFacts, options: TrafficOptions): { waves: Item[][]; ambiguousChats: Set<number>; questionCount: number } {
  const waves: Item[][] = Array.from({ length: options.perChat }, () => []);
  const ambiguousChats = new Set<number>();
  let badChat = BAD_CHAT_BASE;
  let groupChat = GROUP_CHAT_BASE;
  let seq = 0;

  // Each chat asks perChat questions: a seeded shuffle of the fixture, cycled if it has fewer.
  for (let c = 0; c < options.chats; c++) {
    const chatId = QUESTION_CHAT_BASE + c;
    let order: string[] = [];
    for (let w = 0; w < options.perChat; w++) {
      if (order.length === 0) order = shuffle(rng, questions);
      const text = order.pop()!;
      waves[w]!.push(textItem('question', w, int(rng, 0, 400), chatId, text, 'fixture question'));
    }
  }

  for (let w = 0; w < options.perChat; w++) {
    const wave = waves[w]!;
    for (let a = 0; a < options.ambiguousPerWave; a++) {
      const chatId = AMBIGUOUS_CHAT_BASE + a;
      ambiguousChats.add(chatId);
      wave.push(textItem('ambiguous', w, int(rng, 0, 400), chatId, pick(rng, questions), 'fixture question; first answer dropped after processing'));
    }
    for (let b = 0; b < options.badPerWave; b++) {
      const kind = BAD_KINDS[(w * options.badPerWave + b) % BAD_KINDS.length]!;
      const delay = int(rng, 0, 600);
      const i = seq++;
      switch (kind) {
        case 'unicode':
          wave.push(textItem(kind, w, delay, badChat++, randomUnicode(rng), 'random code points'));
          break;
        case 'long': {
          const { text, variant } = longText(rng, questions, i);
          wave.push(textItem(kind, w, delay, badChat++, text, variant));
          break;
        }
        case 'markup':
          wave.push(textItem(kind, w, delay, badChat++, pick(rng, MARKUP), 'HTML/Markdown'));
          break;
        case 'empty': {
          const text = EMPTY[i % EMPTY.length]!;
          wave.push(textItem(kind, w, delay, badChat++, text, `text ${JSON.stringify(text)}`));
          break;
        }
        case 'media': {
          const media = MEDIA[i % MEDIA.length]!;
          wave.push(mediaItem(w, delay, badChat++, media));
          break;
        }
        case 'edited':
          wave.push(editedItem(w, delay, badChat++, pick(rng, questions), pick(rng, questions), int(rng, 50, 400)));
          break;
        case 'callback-forged': {
          const { data, variant } = forgedData(rng, facts.tag, i);
          wave.push(callbackItem(kind, w, delay, badChat++, data, variant, false));
          break;
        }
        case 'callback-valid': {
          const choice = i % 3;
          let data: string;
          if (choice === 0) data = `p:${int(rng, 0, facts.paragraphs)}:${facts.tag}`;
          else if (choice === 1) data = `x:0:${facts.tag}`;
          else {
            const para = facts.sentenceParagraphs;
            const first = int(rng, 0, para.length - 1);
            let last = first;
            for (let n = int(rng, 0, 3); n > 0 && para[last + 1] === para[first]; n--) last++;
            data = `m:${first === last ? first : `${first}-${last}`}:${facts.tag}`;
          }
          // A valid button on a message that is not in a chat (inline) gets only a toast.
          const noChat = i % 7 === 6;
          wave.push(callbackItem(kind, w, delay, badChat++, data, noChat ? `${data} without a message` : data, !noChat, noChat));
          break;
        }
        case 'command': {
          const text = COMMANDS[i % COMMANDS.length]!;
          wave.push(textItem(kind, w, delay, badChat++, text, text.split(' ')[0]!));
          break;
        }
        case 'inline': {
          const query = [pick(rng, questions), '', '<b>x</b> & "y"', randomUnicode(rng).slice(0, 256), 'x'.repeat(256)][i % 5]!;
          wave.push(inlineItem(w, delay, badChat++, query));
          break;
        }
        case 'ignored': {
          const v = i % 5;
          if (v === 0) wave.push(groupItem(w, delay, groupChat--, pick(rng, questions), 'group message not addressed to the bot'));
          else if (v === 1) wave.push(textItem(kind, w, delay, badChat++, '/start@someone_else_bot', 'command for another bot', 0));
          else if (v === 2) wave.push(editedMediaItem(w, delay, badChat++));
          else if (v === 3) wave.push(textItem(kind, w, delay, badChat++, pick(rng, questions), 'message from another bot', 0, { from: { id: 4242, is_bot: true, first_name: 'OtherBot' } }));
          else wave.push(groupMediaItem(w, delay, groupChat--));
          break;
        }
      }
    }
    wave.sort((a, b) => a.delayMs - b.delayMs);
  }
  return { waves, ambiguousChats, questionCount: options.chats * options.perChat };
}

function textItem(kind: Kind, wave: number, delayMs: number, chatId: number, text: string, variant: string, expected: 0 | 1 = 1, extra: Partial<Message.TextMessage> = {}): Item {
  return {
    kind,
    wave,
    delayMs,
    async send(api) {
      const message: Message.TextMessage = { message_id: api.messageId(), date: now(), chat: api.privateChat(chatId), from: api.user(chatId), text, ...extra };
      const { at } = api.push({ message });
      const key = expected ? `m:${chatId}:${message.message_id}` : `chat:${chatId}`;
      return [{ key, kind, expected, at, variant, sample: sample(text) }];
    },
  };
}

function mediaItem(wave: number, delayMs: number, chatId: number, media: Media): Item {
  return {
    kind: 'media',
    wave,
    delayMs,
    async send(api) {
      const message = { message_id: api.messageId(), date: now(), chat: api.privateChat(chatId), from: api.user(chatId), ...media.fields } as unknown as Message;
      const { at } = api.push({ message });
      return [{ key: `m:${chatId}:${message.message_id}`, kind: 'media', expected: 1, at, variant: media.variant, sample: media.variant }];
    },
  };
}

function editedItem(wave: number, delayMs: number, chatId: number, first: string, second: string, gapMs: number): Item {
  return {
    kind: 'edited',
    wave,
    delayMs,
    async send(api) {
      const message: Message.TextMessage = { message_id: api.messageId(), date: now(), chat: api.privateChat(chatId), from: api.user(chatId), text: first };
      const key = `m:${chatId}:${message.message_id}`;
      const a = api.push({ message });
      await sleep(gapMs);
      const b = api.push({ edited_message: { ...message, text: second, edit_date: now() } as Message });
      return [
        { key, kind: 'edited', expected: 1, at: a.at, variant: 'original', sample: sample(first) },
        { key, kind: 'edited', expected: 1, at: b.at, variant: `edited after ${gapMs} ms`, sample: sample(second) },
      ];
    },
  };
}

function editedMediaItem(wave: number, delayMs: number, chatId: number): Item {
  return {
    kind: 'ignored',
    wave,
    delayMs,
    async send(api) {
      const message = { message_id: api.messageId(), date: now(), chat: api.privateChat(chatId), from: api.user(chatId), photo: [{ file_id: 'p', file_unique_id: 'p', width: 9, height: 9 }], caption: 'new caption', edit_date: now() } as unknown as Message;
      const { at } = api.push({ edited_message: message });
      return [{ key: `chat:${chatId}`, kind: 'ignored', expected: 0, at, variant: 'edited photo caption', sample: 'edited photo' }];
    },
  };
}

function groupItem(wave: number, delayMs: number, chatId: number, text: string, variant: string): Item {
  return {
    kind: 'ignored',
    wave,
    delayMs,
    async send(api) {
      const message: Message.TextMessage = { message_id: api.messageId(), date: now(), chat: api.groupChat(chatId), from: api.user(7), text };
      const { at } = api.push({ message });
      return [{ key: `chat:${chatId}`, kind: 'ignored', expected: 0, at, variant, sample: sample(text) }];
    },
  };
}

function groupMediaItem(wave: number, delayMs: number, chatId: number): Item {
  return {
    kind: 'ignored',
    wave,
    delayMs,
    async send(api) {
      const message = { message_id: api.messageId(), date: now(), chat: api.groupChat(chatId), from: api.user(7), ...MEDIA[0]!.fields } as unknown as Message;
      const { at } = api.push({ message });
      return [{ key: `chat:${chatId}`, kind: 'ignored', expected: 0, at, variant: 'sticker in a group', sample: 'sticker' }];
    },
  };
}

function callbackItem(kind: Kind, wave: number, delayMs: number, chatId: number, data: string | undefined, variant: string, expectsMessage: boolean, noChat = false): Item {
  return {
    kind,
    wave,
    delayMs,
    async send(api) {
      const id = `cb-${chatId}`;
      const messageId = api.messageId();
      const message = { message_id: messageId, date: now(), chat: api.privateChat(chatId), from: api.me, text: 'An earlier answer' };
      const query = {
        id,
        from: api.user(chatId),
        chat_instance: `ci-${chatId}`,
        ...(noChat ? { inline_message_id: `im-${chatId}` } : { message }),
        ...(data === undefined ? { game_short_name: 'nope' } : { data }),
      };
      const { at } = api.push({ callback_query: query as never });
      const out: Expectation[] = [{ key: `cb:${id}`, kind, expected: 1, at, variant, sample: variant }];
      out.push(
        expectsMessage
          ? { key: `m:${chatId}:${messageId}`, kind, expected: 1, at, variant: `${variant} (message)`, sample: variant, update: false }
          : { key: `chat:${chatId}`, kind, expected: 0, at, variant: `${variant} (no message)`, sample: variant, update: false },
      );
      return out;
    },
  };
}

function inlineItem(wave: number, delayMs: number, userId: number, query: string): Item {
  return {
    kind: 'inline',
    wave,
    delayMs,
    async send(api) {
      const id = `iq-${userId}`;
      const { at } = api.push({ inline_query: { id, from: api.user(userId), query, offset: '' } });
      return [{ key: `iq:${id}`, kind: 'inline', expected: 1, at, variant: query ? 'query' : 'empty query', sample: sample(query) }];
    },
  };
}
