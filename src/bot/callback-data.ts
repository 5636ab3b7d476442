/**
 * Inline-button payloads. They are stateless (everything needed is in the
 * data, at most 64 bytes), so buttons keep working after a restart, and they
 * are validated on the way back in: Telegram clients can send any string, so
 * forged data must only ever produce a polite "this button no longer works".
 *
 *   x:<i>:<tag>            ask example question i
 *   p:<n>:<tag>            show paragraph n in full (0 = headline)
 *   m:<a>[-<b>][.…]:<tag>  show sentences a..b ("More"); further items are the next "More"
 *
 * <tag> is the start of the article's sha256, so a button made for another
 * version of the article is recognised as stale instead of showing the wrong
 * text. "More" carries sentence indexes rather than raw character ranges: a
 * forged payload can then only select whole sentences of the article, never a
 * misleading fragment of one.
 */
import type { Article } from '../article/index.js';

/** Telegram's limit on callback_data. */
export const CALLBACK_DATA_LIMIT = 64;
/** Longest run of sentences one "More" item may show. */
const MAX_RANGE = 8;

export interface SentenceRange {
  first: number;
  last: number;
}

export type Action =
  | { kind: 'example'; index: number }
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'more'; items: SentenceRange[] };

export type Decoded = { ok: true; action: Action } | { ok: false; reason: 'invalid' | 'stale' };

export function articleTag(article: Pick<Article, 'hash'>): string {
  return article.hash.slice(0, 8);
}

function encodeRange(r: SentenceRange): string {
  return r.first === r.last ? String(r.first) : `${r.first}-${r.last}`;
}

/** Encodes an action; "More" items that would not fit in 64 bytes are dropped (null if none fit). */
export function encodeAction(action: Action, tag: string): string | null {
  switch (action.kind) {
    case 'example':
      return `x:${action.index}:${tag}`;
    case 'paragraph':
      return `p:${action.paragraph}:${tag}`;
    case 'more': {
      const items: string[] = [];
      for (const r of action.items) {
        const next = [...items, encodeRange(r)];
        if (`m:${next.join('.')}:${tag}`.length > CALLBACK_DATA_LIMIT) break;
        items.push(encodeRange(r));
      }
      return items.length ? `m:${items.join('.')}:${tag}` : null;
    }
  }
}

const SHAPE = /^([xpm]):([0-9.-]{1,50}):([0-9a-f]{8})$/u;
const INDEX = /^(?:0|[1-9]\d{0,5})$/u;

/** Parses and validates callback data against the loaded article. */
export function decodeAction(data: unknown, article: Pick<Article, 'hash' | 'headline' | 'paragraphs' | 'sentences'>, exampleCount: number): Decoded {
  if (typeof data !== 'string' || data.length > CALLBACK_DATA_LIMIT) return { ok: false, reason: 'invalid' };
  const m = SHAPE.exec(data);
  if (!m) return { ok: false, reason: 'invalid' };
  const [, kind, body, tag] = m as unknown as [string, 'x' | 'p' | 'm', string, string];
  if (kind === 'x' || kind === 'p') {
    if (!INDEX.test(body)) return { ok: false, reason: 'invalid' };
    if (tag !== articleTag(article)) return { ok: false, reason: 'stale' };
    const n = Number(body);
    if (kind === 'x') return n < exampleCount ? { ok: true, action: { kind: 'example', index: n } } : { ok: false, reason: 'invalid' };
    const exists = n === 0 ? article.headline !== null : n <= article.paragraphs.length;
    return exists ? { ok: true, action: { kind: 'paragraph', paragraph: n } } : { ok: false, reason: 'invalid' };
  }
  const items: SentenceRange[] = [];
  for (const part of body.split('.')) {
    const [a, b, extra] = part.split('-');
    if (a === undefined || !INDEX.test(a) || (b !== undefined && !INDEX.test(b)) || extra !== undefined) return { ok: false, reason: 'invalid' };
    items.push({ first: Number(a), last: Number(b ?? a) });
  }
  if (tag !== articleTag(article)) return { ok: false, reason: 'stale' };
  const count = article.sentences.length;
  for (const r of items) {
    if (r.last < r.first || r.last >= count || r.last - r.first >= MAX_RANGE) return { ok: false, reason: 'invalid' };
    // One item stays inside one paragraph, like the passages the engine cites.
    if (article.sentences[r.first]!.paragraph !== article.sentences[r.last]!.paragraph) return { ok: false, reason: 'invalid' };
  }
  return { ok: true, action: { kind: 'more', items } };
}

/** The sentences that cover a citation's character range (whole sentences, within the citation's paragraph). */
export function rangeForCitation(article: Pick<Article, 'sentences'>, c: { start: number; end: number; paragraph: number }): SentenceRange | null {
  const inside = article.sentences.filter((s) => s.paragraph === c.paragraph && s.end > c.start && s.start < c.end);
  if (inside.length === 0) return null;
  const first = inside[0]!.index;
  const last = Math.min(inside[inside.length - 1]!.index, first + MAX_RANGE - 1);
  return { first, last };
}
