/**
 * Short answers pulled out of a sentence: the number a how-many question asks
 * for, a date, a place, the description of a person.
 */
import { DATE_PATTERN } from '../passages/index.js';
import { articleExpansion } from '../retrieval/expansion.js';
import type { Question } from '../retrieval/index.js';
import { STOPWORDS, tokenize, type Token } from '../retrieval/text.js';

const expansion = articleExpansion([]);

function related(a: string, b: string): number {
  if (a === b) return 1;
  for (const r of expansion.related(a)) if (r === b) return 0.6;
  return 0;
}

/** The words a how-many question counts: "how many US soldiers are ..." -> [us, soldier]. */
function countedWords(q: Question): Token[] {
  const m = /\b(?:how\s+(?:many|much)|(?:total\s+)?number\s+of|what\s+(?:percentage|share|proportion|amount)\s+of)\s+(.*)$/iu.exec(q.text);
  const tail = m ? tokenize(m[1]!) : q.tokens;
  const out: Token[] = [];
  for (const t of tail) {
    if (/^(?:are|is|were|was|did|do|does|have|has|had|will|would|can|could|in|at|on|of|to|for|there|currently|still|right|now)$/u.test(t.norm)) break;
    if (!STOPWORDS.has(t.norm)) out.push(t);
  }
  return out;
}

const NUMBER = /\b\d[\d,.]*(?:\s*(?:million|billion|thousand|percent|%))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|hundreds|thousands|dozens|a dozen|millions)\b(?:\s+(?:million|billion|thousand|hundred))?/giu;

export interface Extracted {
  text: string;
  start: number;
  end: number;
}

function isDatePart(sentence: string, start: number, end: number): boolean {
  DATE_PATTERN.lastIndex = 0;
  for (const m of sentence.matchAll(DATE_PATTERN)) {
    if (m.index <= start && m.index + m[0].length >= end && /\p{L}/u.test(m[0])) return true;
  }
  return false;
}

/** The number (with what it counts) that best answers a how-many question. */
export function extractNumber(q: Question, sentence: string): Extracted | null {
  const counted = countedWords(q);
  const want = counted.length > 0 ? counted : q.tokens.filter((t) => !STOPWORDS.has(t.norm));
  const found: Array<Extracted & { words: Set<string>; score: number }> = [];
  let previous: Set<string> | null = null;
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index;
    let end = start + m[0].length;
    if (isDatePart(sentence, start, end) || /^(?:19|20)\d{2}$/u.test(m[0])) continue;
    // What it counts: the words after it, up to punctuation ("3,500 foreign soldiers in Iraq").
    const after = /^[^,.;:()–—]*/u.exec(sentence.slice(end))![0];
    const described = tokenize(after).slice(0, 6);
    const words = new Set(described.filter((t) => !STOPWORDS.has(t.norm)).map((t) => t.stem));
    // "2,500 of them Americans": "them" counts what the number before counted.
    if (/^\s+of\s+(?:them|those|whom|which)\b/iu.test(after) && previous) for (const w of previous) words.add(w);
    previous = words;
    const tail = /^(?:\s+[\p{L}’'-]+){0,4}/u.exec(after.replace(/\s+(?:in|at|on|as|from|to|who|that|which|and)\s[\s\S]*$/u, ''))![0];
    end += tail.length;
    let score = 0;
    for (const w of want) {
      let best = 0;
      for (const s of words) best = Math.max(best, related(w.stem, s));
      score += best;
    }
    found.push({ text: sentence.slice(start, end).trim(), start, end, words, score });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = found[0]!;
  return { text: best.text, start: best.start, end: best.end };
}

/** Positions of the question's topic words in a sentence. */
function anchorPositions(q: Question, sentence: string): number[] {
  const stems = new Set(q.terms.map((t) => t.stem));
  return tokenize(sentence)
    .filter((t) => stems.has(t.stem) || [...stems].some((s) => related(s, t.stem) > 0))
    .map((t) => t.start);
}

function nearest<T extends Extracted>(items: T[], anchors: number[]): T | null {
  if (items.length === 0) return null;
  if (anchors.length === 0) return items[0]!;
  const dist = (x: T): number => Math.min(...anchors.map((a) => Math.min(Math.abs(a - x.start), Math.abs(a - x.end))));
  return [...items].sort((a, b) => dist(a) - dist(b))[0]!;
}

export function extractDate(q: Question, sentence: string): Extracted | null {
  DATE_PATTERN.lastIndex = 0;
  const dates = [...sentence.matchAll(DATE_PATTERN)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { text: m[0].trim(), start: m.index + lead, end: m.index + m[0].length };
    })
    .filter((d) => /\p{L}|\d{4}/u.test(d.text));
  // Prefer the most specific date ("December 31, 2021" over "2021").
  const specific = dates.filter((d) => !dates.some((o) => o !== d && o.start <= d.start && o.end >= d.end));
  return nearest(specific, anchorPositions(q, sentence));
}

const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/u;

export function extractPlace(q: Question, sentence: string): Extracted | null {
  const places: Extracted[] = [];
  const re = /\b(?:in|at|from|to|near|outside|inside|across|into|toward|towards|on|visited|visit)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+)(?:[^,.;:]*?)(?=[,.;:]|\s+(?:and\s+)?(?:on|by|after|before|during|for|with|earlier|later|last|this|when|while|as|even|if)\s|$)/gu;
  for (const m of sentence.matchAll(re)) {
    if (MONTH_OR_DAY.test(m[1]!)) continue;
    // "on Baghdad in January 2020": the place ends where a date begins.
    DATE_PATTERN.lastIndex = 0;
    const date = [...m[0].matchAll(DATE_PATTERN)].find((d) => d.index > 0 && /\p{L}|\d{4}/u.test(d[0].trim()));
    const text = (date ? m[0].slice(0, date.index) : m[0]).trim();
    places.push({ text, start: m.index, end: m.index + text.length });
  }
  const qStems = new Set(q.terms.map((t) => t.stem));
  // Not a place the question itself names ("Where did Macron go in Iraq?" wants something else).
  const fresh = places.filter((p) => tokenize(p.text).some((t) => t.capitalized && !qStems.has(t.stem)));
  return nearest(fresh.length ? fresh : places, anchorPositions(q, sentence));
}

/**
 * How a sentence describes a person it names: the title or role words just
 * before the name ("PMF deputy commander Abu Mahdi al-Muhandis"), an appositive
 * after it (", the union’s general secretary,"), or a copula ("X is head of ...").
 */
export function describeMention(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const after = sentence.slice(at + name.length);
  const appositive = /^,\s+((?:the|a|an)\s+[^,.;]+)[,.;]/u.exec(after);
  if (appositive) return appositive[1]!;
  const copula = /^\s+(?:is|was|has been|serves as)\s+([^.;]+)/u.exec(after);
  if (copula) return copula[1]!;
  const before = sentence.slice(0, at).trimEnd();
  const ws = before.split(/\s+/u);
  const kept: string[] = [];
  for (let i = ws.length - 1; i >= 0 && kept.length < 6; i--) {
    const w = ws[i]!;
    if (/[,.;:]$/u.test(w) && !/^(?:Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sen|Gov|Rep|Prof)\.$/u.test(w)) break;
    if (/^(?:and|or|but|the|a|an|of|by|with|after|before|to|for|that|who|when|said|told)$/iu.test(w)) break;
    if (/^\p{Ll}+(?:ed|ing)$/u.test(w)) break;
    kept.unshift(w);
  }
  return kept.length ? kept.join(' ') : null;
}
