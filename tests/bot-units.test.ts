/** The bot's pure parts: HTML escaping and splitting, button data, rate limit, retry policy, addressing. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/index.js';
import { mentionsBot, parseCommand, stripMention } from '../src/bot/bot.js';
import { articleTag, CALLBACK_DATA_LIMIT, decodeAction, encodeAction, rangeForCitation, type Action } from '../src/bot/callback-data.js';
import { answerLineHtml, escapeHtml, htmlToPlain, MESSAGE_LIMIT, splitBlocks, splitPlain, textBlock, quoteBlock, htmlBlock } from '../src/bot/format.js';
import { createLogger, redact, safeError } from '../src/bot/logger.js';
import { RateLimiter } from '../src/bot/rate-limit.js';
import { classify, DEFAULT_RETRY_POLICY } from '../src/bot/retry.js';
import { htmlProblem } from './helpers/bot.js';

const ARTICLE = parseArticle(
  [
    'In Example News',
    '',
    'Mayor says the bridge will reopen',
    '',
    'The bridge will reopen in May, the mayor said. Work started in 2020. It cost $5m & more.',
    '',
    '“We are proud,” said Ann <Lee>. Others disagreed.',
  ].join('\n'),
);

describe('HTML output', () => {
  it('escapes &, <, > and "', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; \'Jerry\'&lt;/b&gt;');
  });

  it('bolds the speaker inside an escaped answer line', () => {
    expect(answerLineHtml({ answerLine: 'Ann <Lee> & co said this.', speaker: 'Ann <Lee>' })).toBe('<b>Ann &lt;Lee&gt;</b> &amp; co said this.');
    expect(answerLineHtml({ answerLine: 'Nobody said this.', speaker: 'Ann' })).toBe('Nobody said this.');
  });

  it('splits long output into well-formed messages under the limit, never inside a tag or an entity', () => {
    const sentence = 'Tom & Jerry <said> "this" – 🙂 and more words follow here. ';
    const blocks = [
      htmlBlock('<b>Speaker</b> said:', 'Speaker said:'),
      quoteBlock(sentence.repeat(200), 3, 'Outlet & Co'),
      textBlock('x'.repeat(5000)),
      ...Array.from({ length: 50 }, (_, i) => quoteBlock(`${sentence} ${i}`, i, null)),
    ];
    const messages = splitBlocks(blocks);
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(htmlProblem(m), m.slice(0, 200)).toBeNull();
      expect(m).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/u);
    }
    const text = messages.join('\n');
    expect(text).toContain('¶3 · Outlet &amp; Co');
    expect(text.match(/¶3 · Outlet/gu)).toHaveLength(1); // the citation follows only the last piece
    // Nothing is lost: every word of the long quote is still there, in order.
    const plain = messages.join(' ').replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
    expect(plain).toContain(escapeHtml(sentence.trim()));
  });

  it('turns our HTML back into the plain text it came from', () => {
    const plain = `Tom & <Jerry> said "hi"`;
    expect(htmlToPlain(`<b>${escapeHtml(plain)}</b>\n<blockquote>${escapeHtml(plain)}</blockquote>`)).toBe(`${plain}\n${plain}`);
  });

  it('keeps short output in one message', () => {
    expect(splitBlocks([textBlock('a'), textBlock('b')])).toEqual(['a\nb']);
  });

  it('cuts plain text at whitespace where it can', () => {
    const pieces = splitPlain('aaaa bbbb cccc dddd', 10);
    expect(pieces).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitPlain('&&&&&&', 6)).toEqual(['&', '&', '&', '&', '&', '&']);
    expect(splitPlain('🙂🙂🙂🙂', 7)).toEqual(['🙂🙂🙂', '🙂']); // never half an emoji
  });
});

describe('button data', () => {
  const tag = articleTag(ARTICLE);

  it('round-trips every kind of action within 64 bytes', () => {
    const actions: Action[] = [
      { kind: 'example', index: 2 },
      { kind: 'paragraph', paragraph: 1 },
      { kind: 'paragraph', paragraph: 0 },
      { kind: 'more', items: [{ first: 2, last: 3 }, { first: 4, last: 4 }] },
    ];
    for (const action of actions) {
      const data = encodeAction(action, tag)!;
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
      expect(decodeAction(data, ARTICLE, 3)).toEqual({ ok: true, action });
    }
  });

  it('drops "More" items that would not fit in 64 bytes', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ first: 1000 + i, last: 1000 + i }));
    const data = encodeAction({ kind: 'more', items }, tag)!;
    expect(data.length).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
  });

  it('rejects forged and stale data', () => {
    const bad = ['', 'p', 'p:1', `p:1:${tag}:x`, `p:9:${tag}`, `p:-1:${tag}`, `p:01:${tag}`, `x:3:${tag}`, `m:0-1:${tag}`, `m:3-2:${tag}`, `m:99:${tag}`, `m:1--2:${tag}`, `q:1:${tag}`, `p:1:${tag.toUpperCase()}`, 'x'.repeat(65)];
    for (const data of bad) expect(decodeAction(data, ARTICLE, 3), data).toMatchObject({ ok: false, reason: 'invalid' });
    expect(decodeAction('p:1:00000000', ARTICLE, 3)).toEqual({ ok: false, reason: 'stale' });
    expect(decodeAction(undefined, ARTICLE, 3)).toMatchObject({ ok: false });
  });

  it('maps a citation to whole sentences of its paragraph', () => {
    const s = ARTICLE.sentences.find((x) => x.text.startsWith('Work started'))!;
    expect(rangeForCitation(ARTICLE, { start: s.start + 2, end: s.end - 2, paragraph: s.paragraph })).toEqual({ first: s.index, last: s.index });
  });
});

describe('rate limit', () => {
  it('allows `limit` per window, notifies once, and recovers', () => {
    let t = 0;
    const rl = new RateLimiter(2, 60_000, () => t);
    expect(rl.check(1)).toEqual({ ok: true });
    t = 1000;
    expect(rl.check(1)).toEqual({ ok: true });
    expect(rl.check(1)).toEqual({ ok: false, notify: true, retryAfterS: 59 });
    expect(rl.check(1)).toMatchObject({ ok: false, notify: false });
    expect(rl.check(2)).toEqual({ ok: true }); // per user
    t = 60_001;
    expect(rl.check(1)).toEqual({ ok: true });
    expect(rl.check(1)).toMatchObject({ ok: false, notify: true });
  });

  it('forgets idle users', () => {
    let t = 0;
    const rl = new RateLimiter(5, 1000, () => t);
    for (let i = 0; i < 999; i++) rl.check(i);
    t = 5000;
    rl.check(5000);
    expect(rl.size).toBeLessThan(10);
  });
});

describe('retry policy', () => {
  const p = DEFAULT_RETRY_POLICY;
  const tgError = (code: number, retryAfter?: number): unknown => ({ response: { error_code: code, description: 'x', ...(retryAfter ? { parameters: { retry_after: retryAfter } } : {}) } });
  const fetchError = (code: string): unknown => Object.assign(new Error(`request to http://x/bot1:SECRET/sendMessage failed, reason: ${code}`), { name: 'FetchError', code });

  it('waits retry_after on 429, backs off on 5xx and dropped connections, never retries other 4xx', () => {
    expect(classify(tgError(429, 7), 'sendMessage', 1, p)).toEqual({ retry: true, delayMs: 7000, reason: '429 retry_after 7s' });
    expect(classify(tgError(429, 3600), 'sendMessage', 1, p)).toMatchObject({ retry: false });
    expect(classify(tgError(502), 'sendMessage', 1, p)).toMatchObject({ retry: true, reason: 'HTTP 502' });
    expect(classify(tgError(400), 'sendMessage', 1, p)).toMatchObject({ retry: false });
    expect(classify(tgError(403), 'sendMessage', 1, p)).toMatchObject({ retry: false });
    expect(classify(fetchError('ECONNREFUSED'), 'sendMessage', 1, p)).toMatchObject({ retry: true });
    expect(classify(fetchError('ECONNRESET'), 'sendMessage', 1, p)).toMatchObject({ retry: true });
    expect(classify(new Error('boom'), 'sendMessage', 1, p)).toMatchObject({ retry: false });
  });

  it('retries a timeout only for methods that are safe to repeat', () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    expect(classify(abort, 'sendMessage', 1, p, true)).toMatchObject({ retry: false });
    expect(classify(abort, 'sendChatAction', 1, p, true)).toMatchObject({ retry: true });
  });

  it('backs off exponentially within the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => (classify(tgError(500), 'getMe', n, p) as { delayMs: number }).delayMs);
    expect(delays[0]).toBeLessThanOrEqual(p.baseDelayMs * 1.2);
    expect(Math.max(...delays)).toBeLessThanOrEqual(p.maxDelayMs * 1.2);
    expect(delays[3]!).toBeGreaterThan(delays[0]!);
  });
});

describe('logging', () => {
  const token = '123456789:AAExampleTokenSecretPart_abcdefghijk';

  it('redacts the token and its secret half wherever they appear', () => {
    expect(redact(`GET /bot${token}/getMe`, token)).toBe('GET /bot[REDACTED]/getMe');
    expect(redact('/bot123456789:AAExampleTokenSecretPart_abcdefghijk%2F', token)).not.toContain('AAExampleTokenSecretPart');
  });

  it('keeps request payloads out of logged errors', () => {
    const err = Object.assign(new Error('400: Bad Request'), { name: 'TelegramError', code: 400, on: { method: 'sendMessage', payload: { text: 'private words' } } });
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', token, stream: { write: (s: string) => void lines.push(s) } });
    logger.error({ err, url: `https://api.telegram.org/bot${token}/sendMessage` }, 'failed');
    expect(lines.join('')).not.toContain('private words');
    expect(lines.join('')).not.toContain('AAExampleTokenSecretPart');
    expect(safeError(err)).toMatchObject({ type: 'TelegramError', code: 400, method: 'sendMessage' });
  });
});

describe('addressing', () => {
  const me = { id: 1, username: 'QaBot' };

  it('parses commands, with or without the bot name', () => {
    expect(parseCommand('/ask@QaBot  What?')).toEqual({ name: 'ask', target: 'QaBot', args: 'What?' });
    expect(parseCommand('/START')).toEqual({ name: 'start', target: null, args: '' });
    expect(parseCommand('/etc/passwd is what?')).toBeNull();
    expect(parseCommand('what /ask')).toBeNull();
  });

  it('recognises and strips mentions', () => {
    expect(mentionsBot('hey @qabot what?', [], me)).toBe(true);
    expect(mentionsBot('hey @QaBot2 what?', [], me)).toBe(false);
    expect(mentionsBot('mail me@QaBot.com', [], me)).toBe(false);
    expect(mentionsBot('hey you', [{ type: 'text_mention', offset: 4, length: 3, user: { id: 1, is_bot: true, first_name: 'Q' } }], me)).toBe(true);
    expect(stripMention('@QaBot What did Macron say?', 'QaBot')).toBe('What did Macron say?');
    expect(stripMention('What did Macron say, @qabot?', 'QaBot')).toBe('What did Macron say, ?');
  });
});
