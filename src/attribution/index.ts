/**
 * Who said what: every statement in the article (direct quotations, reported
 * speech, "according to", the headline's "X says ...") with its speaker, one
 * entity per speaker across name forms, titles, descriptions and pronouns.
 * Computed once per article, by rules; no external service.
 */
import type { Article, Sentence } from '../article/index.js';
import { quotedRanges, type TextRange } from '../article/index.js';
import { articleExpansion } from '../retrieval/expansion.js';
import { normalizeWord, stem } from '../retrieval/text.js';
import { parseSpeakerPhrase, phraseStems, surnameKey, words, type ParsedSpeaker, type Speaker } from './speakers.js';

export type { Speaker, SpeakerKind } from './speakers.js';

export interface Statement {
  id: number;
  /** Null when the article does not say who said it. */
  speaker: Speaker | null;
  /** How the sentence names the speaker ("he", "A member of the French delegation"). */
  speakerPhrase: string | null;
  /** Verbatim content: the quotation (without its outer marks) or the reported clause. */
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** Index of the sentence that holds the statement (its first sentence). */
  sentence: number;
  direct: boolean;
  /** The speech verb ("said", "told", "according to"). */
  cue: string;
}

export interface Attribution {
  speakers: Speaker[];
  /** In article order. */
  statements: Statement[];
  /** Statements that touch a sentence. */
  statementsIn(sentence: number): Statement[];
  /** Speakers matching a phrase from a question ("Macron", "the French president"), best first. */
  findSpeakers(phrase: string): Speaker[];
  /** People and organisations named in a sentence, as speakers (canonical entities) where known. */
  peopleIn(sentence: number): Speaker[];
}

const SPEECH =
  'said|says|say|saying|told|tells|tell|added|adds|noted|notes|stressed|stresses|warned|warns|insisted|insists|denied|denies|argued|argues|claimed|claims|stated|states|announced|announces|explained|explains|asserted|asserts|suggested|suggests|acknowledged|acknowledges|admitted|admits|confirmed|confirms|declared|declares|emphasi[sz]ed|emphasi[sz]es|urged|urges|replied|replies|responded|responds|wrote|writes|tweeted|commented|comments|predicted|predicts|promised|promises|vowed|vows|pledged|pledges|recalled|recalls|reiterated|reiterates|maintained|maintains|concluded|concludes|complained|complains|cautioned|cautions|conceded|concedes|contended|contends|countered|counters|estimated|estimates|observed|observes|accused|accuses|demanded|demands|called for|called on|pointed out|points out|raised concerns|expressed concern|voiced concern|disputed|rejected|dismissed|described|describes|predicted|hinted|objected|protested|recommended|proposed|questioned|welcomed|criticised|criticized|condemned|threatened|announced';

/** Verbs that are speech only in a speech frame (followed by "that", a colon, a quotation, or ending the clause). */
const WEAK = new Set([
  'added', 'adds', 'maintained', 'maintains', 'confirmed', 'confirms', 'estimated', 'estimates', 'observed', 'observes',
  'noted', 'notes', 'described', 'describes', 'recalled', 'recalls', 'rejected', 'dismissed', 'disputed', 'welcomed',
  'criticised', 'criticized', 'condemned', 'threatened', 'questioned', 'proposed', 'recommended', 'accused', 'accuses',
  'demanded', 'demands', 'concluded', 'concludes', 'suggested', 'suggests', 'claimed', 'claims', 'states', 'stated',
  'protested', 'objected', 'replied', 'replies', 'responded', 'responds', 'comments', 'commented', 'countered', 'counters',
]);

const CUE = new RegExp(`\\b(?:${SPEECH})\\b|\\baccording to\\b`, 'giu');

/** Time and manner adjuncts between a subject and its verb: "late on Tuesday", "has also". */
const ADJUNCT_TAIL = new RegExp(
  '(?:' +
  [
    '(?:,?\\s+(?:late|early|earlier|later)?\\s*(?:on\\s+)?(?:last\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?,?)',
    '(?:,?\\s+(?:earlier|later)\\s+(?:this|that|last|in\\s+the)\\s+\\w+,?)',
    '(?:,?\\s+(?:last|this|next)\\s+(?:week|month|year|night|weekend),?)',
    '(?:,?\\s+on\\s+\\p{Lu}\\w+\\.?\\s+\\d{1,2},?)',
    '(?:\\s+(?:has|have|had|was|were|is|are|will|would|also|later|previously|again|then|repeatedly|recently|reportedly|separately|further|earlier|once|publicly|privately|quickly|flatly|firmly|angrily|simply|only|already|never|always|often|not|did|does|do|had\\s+\\w+ly|would\\s+\\w+ly))',
    '(?:,?\\s+in\\s+(?:a|an|the)\\s+(?:statement|interview|press conference|news conference|speech|post|tweet|letter|briefing)(?:\\s+\\w+){0,4},?)',
    '(?:,?\\s+(?:yesterday|today|tonight|overnight),?)',
  ].join('|') + ')$',
  'iu',
);

/** The object of "told": "told reporters", "told Rudaw", "told a news conference in Paris". */
const TOLD_OBJECT = /^\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,5}?(?=that\b|[,:“"]|$)/iu;

function contains(r: TextRange, pos: number): boolean {
  return pos >= r.start && pos < r.end;
}

interface Candidate {
  sentence: Sentence;
  cue: string;
  phrase: string | null;
  parsed: ParsedSpeaker | null;
  contentStart: number;
  contentEnd: number;
  direct: boolean;
  /** Set for quotations with no speech verb: the speaker comes from context. */
  bare?: boolean;
}

/** Where a subject starts in the text before its verb ("..., President Macron" -> "President Macron"). */
export function subjectOf(left: string): { phrase: string; offset: number } {
  let text = left.replace(/\s+$/u, '');
  for (let i = 0; i < 4; i++) {
    const next = text.replace(ADJUNCT_TAIL, '');
    if (next === text) break;
    text = next;
  }
  // "the president of France visited and said": drop the first verb of a coordination.
  text = text.replace(/\s+(?:\p{Ll}+ed|went|came|met|spoke|arrived|left|took|gave|made|rose|stood|sat)\s+and$/u, '');
  // Appositive: "Jane Roe, the union’s general secretary," keeps the name.
  const appositive = /(?:^|[,;:]\s+|\b(?:and|but)\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*),\s+((?:the|a|an|who|its|his|her)\b[^,]*),$/u.exec(text);
  if (appositive) return { phrase: `${appositive[1]}, ${appositive[2]}`, offset: appositive.index + appositive[0].indexOf(appositive[1]!) };
  text = text.replace(/[\s,]+$/u, '');
  const boundaries: number[] = [0];
  for (const m of text.matchAll(/(?:[,;:–—]\s*|\b(?:after|before|when|while|as|because|since|although|though|but|that|if|whereas|where|once|until|so)\s+)/giu)) {
    boundaries.push(m.index + m[0].length);
  }
  for (let i = boundaries.length - 1; i >= 0; i--) {
    const start = boundaries[i]!;
    const rest = text.slice(start);
    const first = /^[\p{L}\p{N}’'-]+/u.exec(rest)?.[0] ?? '';
    if (!first) continue;
    const verbLike = /^\p{Ll}/u.test(first) && (/(?:ed|ing)$/u.test(first) || /^(?:that|which|who|is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|to)$/u.test(first));
    if (!verbLike) return { phrase: rest, offset: start };
  }
  return { phrase: text, offset: 0 };
}

function trimContent(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;“”"‘’'«»—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,.;:“”"‘’'«»—–-]/u.test(text[end - 1]!)) end--;
  // Keep a final ? or ! and a closing parenthesis that belong to the words.
  return [start, end];
}

/** Quotation ranges per paragraph, including an unclosed one that runs to the paragraph's end. */
function paragraphQuotes(article: Article): Map<number, TextRange[]> {
  const out = new Map<number, TextRange[]>();
  const paras = [...(article.headline ? [article.headline] : []), ...article.paragraphs];
  for (const p of paras) {
    const ranges = quotedRanges(p.text).map((r) => ({ start: p.start + r.start, end: p.start + r.end }));
    // An opening mark with no closing one: a quotation continuing into the next paragraph.
    const lastOpen = Math.max(p.text.lastIndexOf('“'), ranges.length === 0 && (p.text.match(/"/gu)?.length ?? 0) % 2 === 1 ? p.text.lastIndexOf('"') : -1);
    const abs = p.start + lastOpen;
    if (lastOpen >= 0 && !ranges.some((r) => contains(r, abs))) ranges.push({ start: abs, end: p.end });
    out.set(p.number, ranges.sort((a, b) => a.start - b.start));
  }
  return out;
}

function candidatesIn(article: Article, s: Sentence, quotes: TextRange[]): Candidate[] {
  const text = article.text;
  const inQuote = (pos: number): TextRange | undefined => quotes.find((r) => pos > r.start && pos < r.end - 1);
  const sentenceQuotes = quotes.filter((r) => r.end > s.start && r.start < s.end);
  const out: Candidate[] = [];
  const cues = [...s.text.matchAll(CUE)].filter((m) => !inQuote(s.start + m.index));

  for (const m of cues) {
    const cue = m[0];
    const vs = s.start + m.index;
    const ve = vs + cue.length;
    const lowerCue = cue.toLowerCase();
    const after = text.slice(ve, s.end);
    const quoteBefore = [...sentenceQuotes].reverse().find((r) => r.end <= vs && /^[\s,]*$/u.test(text.slice(r.end, vs).trim().replace(/[^\s,]+(?:\s+\S+){0,7}$/u, '')));
    const segmentStart = Math.max(s.start, ...sentenceQuotes.filter((r) => r.end <= vs).map((r) => r.end));

    if (lowerCue === 'according to') {
      const np = /^\s+([^,.;:]+)/u.exec(after);
      if (!np) continue;
      const phrase = np[1]!.trim();
      const parsed = parseSpeakerPhrase(phrase, false);
      if (!parsed) continue;
      const npEnd = ve + np[0].length;
      const before = text.slice(s.start, vs).trim();
      const [cs, ce] = before.length > 3 ? trimContent(text, s.start, vs) : trimContent(text, npEnd, s.end);
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: false });
      continue;
    }

    // "…,” said Jane Roe, the union’s general secretary."
    const leftGap = text.slice(segmentStart, vs);
    const inverted = /^[\s,]*$/u.test(leftGap) && /^\s+(?!that\b|to\b)\S/iu.test(after);
    let phrase: string | null;
    let parsed: ParsedSpeaker | null;
    let objectEnd = ve;
    if (inverted) {
      const np = /^\s+([^.;:!?“”"]+)/u.exec(after);
      const raw = np ? np[1]!.replace(/\s+(?:on|in|at|late|early|earlier)\s+[\s\S]*$/u, '').trim() : '';
      const [name, ...appos] = raw.split(/,\s*/u);
      phrase = [name, ...appos].join(', ');
      parsed = parseSpeakerPhrase(name ?? '', false);
      if (parsed && appos.length && !parsed.role) parsed.role = appos.join(', ').replace(/^(?:the|a|an)\s+/iu, '') || null;
      objectEnd = np ? ve + np[0].length : ve;
    } else {
      const sub = subjectOf(text.slice(segmentStart, vs));
      phrase = sub.phrase.trim() || null;
      parsed = phrase ? parseSpeakerPhrase(phrase, segmentStart + sub.offset === s.start) : null;
      if (/^(?:told|tells|tell)$/iu.test(cue)) {
        const obj = TOLD_OBJECT.exec(after);
        if (obj) objectEnd = ve + obj[0].length;
      }
    }
    if (!parsed) continue;

    // Direct: a quotation right before the verb, or right after it.
    const quoteAfter = sentenceQuotes.find((r) => r.start >= objectEnd && /^[\s,:]*(?:that\s*)?$/u.test(text.slice(objectEnd, r.start)));
    const weak = WEAK.has(lowerCue);
    if (quoteBefore) {
      // Split quotation: “First part,” she said, “second part.”
      const second = sentenceQuotes.find((r) => r.start > ve && /^[^“”"]{0,60}$/u.test(text.slice(ve, r.start)) && /,\s*$/u.test(text.slice(ve, r.start)));
      const [cs, ce] = trimContent(text, quoteBefore.start, (second ?? quoteBefore).end);
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: true });
    } else if (quoteAfter) {
      const [cs, ce] = trimContent(text, quoteAfter.start, quoteAfter.end);
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: true });
    } else {
      const rest = text.slice(objectEnd, s.end);
      const that = /^\s*(?:,\s*)?(?:that\s+)?/iu.exec(rest)!;
      let [cs, ce] = trimContent(text, objectEnd + that[0].length, s.end);
      const clauseEnds = /^\s*[.!?]?\s*$/u.test(text.slice(objectEnd, s.end));
      if (weak && !/^\s*(?:,\s*)?that\b|^\s*:/iu.test(rest) && !clauseEnds) continue;
      if (clauseEnds || ce - cs < 12) {
        // "The talks will resume, the minister said." The content comes before the speaker.
        const speakerAt = inverted ? vs : segmentStart + (text.slice(segmentStart, vs).indexOf(phrase ?? '') >= 0 ? text.slice(segmentStart, vs).indexOf(phrase ?? '') : 0);
        [cs, ce] = trimContent(text, s.start, speakerAt);
        if (ce - cs < 12) continue;
      }
      // A following speech verb starts another statement.
      out.push({ sentence: s, cue, phrase, parsed, contentStart: cs, contentEnd: ce, direct: false });
    }
  }

  // Quotations that no speech verb claims: attributed from context later.
  for (const r of sentenceQuotes) {
    if (r.start < s.start) continue;
    if (out.some((c) => c.direct && c.contentStart >= r.start && c.contentStart < r.end)) continue;
    const words = text.slice(r.start, Math.min(r.end, s.end)).split(/\s+/u).length;
    if (words < 4) continue; // a scare quote ("a leading role"), not a statement
    const [cs, ce] = trimContent(text, r.start, Math.min(r.end, s.end));
    out.push({ sentence: s, cue: '', phrase: null, parsed: null, contentStart: cs, contentEnd: ce, direct: true, bare: true });
  }
  return out.sort((a, b) => a.contentStart - b.contentStart);
}

class Registry {
  readonly speakers: Speaker[] = [];
  private readonly byKey = new Map<string, Speaker>();

  private create(name: string, kind: Speaker['kind'], p: ParsedSpeaker, key: string): Speaker {
    const sp: Speaker = { id: this.speakers.length, name, role: p.role, aliases: [], kind, plural: p.plural, gender: p.gender };
    this.speakers.push(sp);
    this.byKey.set(key, sp);
    return sp;
  }

  addAlias(sp: Speaker, alias: string | null): void {
    const a = alias?.trim();
    if (a && !sp.aliases.some((x) => x.toLowerCase() === a.toLowerCase()) && a.toLowerCase() !== sp.name.toLowerCase()) sp.aliases.push(a);
  }

  named(name: string, p: ParsedSpeaker): Speaker {
    const key = p.kind === 'organization' ? `org:${name.toLowerCase()}` : `name:${surnameKey(name)}`;
    let sp = this.byKey.get(key);
    if (!sp) sp = this.create(name, p.kind === 'organization' ? 'organization' : 'person', p, key);
    if (words(name).length > words(sp.name).length) {
      this.addAlias(sp, sp.name);
      sp.name = name;
    }
    this.addAlias(sp, name);
    if (p.role && !sp.role) sp.role = p.role;
    if (p.gender && !sp.gender) sp.gender = p.gender;
    if (p.phrase !== name) this.addAlias(sp, p.phrase);
    return sp;
  }

  described(p: ParsedSpeaker): Speaker {
    const key = `desc:${p.phrase.toLowerCase().replace(/^(?:the|a|an)\s+/u, '')}`;
    return this.byKey.get(key) ?? this.create(p.phrase, p.kind === 'group' ? 'group' : 'description', p, key);
  }

  bySurname(word: string): Speaker | undefined {
    return this.byKey.get(`name:${word.toLowerCase()}`);
  }

  remove(sp: Speaker): void {
    const i = this.speakers.indexOf(sp);
    if (i >= 0) this.speakers.splice(i, 1);
    for (const [k, v] of this.byKey) if (v === sp) this.byKey.delete(k);
  }
}

const CAP_RUN = /(?:\b(?:President|Prime Minister|Minister|Gen\.|General|Dr\.|Mr\.|Mrs\.|Ms\.|Sen\.|Gov\.|Rep\.|Prof\.|Col\.|Lt\.|Capt\.)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|le|la|abu)[-\s])?\p{Lu}[\p{L}’'-]+)*/gu;
const NOT_PERSON_WORD = /^(?:Region|State|States|Republic|Kingdom|Province|City|Island|Islands|Sea|River|Gulf|Mountains|Street|Square|Airport|Port|Bay|County|District|Valley|Council|Union|Nations|Forces|Organization|Organisation|Department|Ministry|Government|Center|Centre|Party|Alliance|Group|Front|Army|Police|Court|University|Bank|Company|Agency|Office|Committee|Assembly|Parliament|Coalition|Movement|Corporation|Club|League|Federation|Association|Institute|Hospital|School|Service|Authority|Board|Commission|Council)$/u;

export function extractStatements(article: Article): Attribution {
  const text = article.text;
  const quotesByParagraph = paragraphQuotes(article);
  const registry = new Registry();
  const statements: Statement[] = [];
  /** Salient people per sentence (speakers first), for pronoun resolution. */
  const salient = new Map<number, Speaker[]>();
  const people = new Map<number, Speaker[]>();

  const addSalient = (sentence: number, sp: Speaker, front = false): void => {
    const list = salient.get(sentence) ?? [];
    if (!list.includes(sp)) front ? list.unshift(sp) : list.push(sp);
    salient.set(sentence, list);
  };

  const resolvePronoun = (s: Sentence, p: ParsedSpeaker): Speaker | null => {
    for (let i = s.index; i >= 0 && i >= s.index - 6; i--) {
      const sentence = article.sentences[i]!;
      if (sentence.paragraph === 0 && s.paragraph !== 0) break;
      if (s.paragraph - sentence.paragraph > 2) break;
      for (const sp of salient.get(i) ?? []) {
        if (p.plural !== sp.plural) continue;
        if (p.gender && sp.gender && p.gender !== sp.gender) continue;
        if (!p.plural && sp.kind === 'organization') continue;
        if (p.gender && !sp.gender && sp.kind === 'person') sp.gender = p.gender;
        return sp;
      }
    }
    return null;
  };

  const registerNamesIn = (s: Sentence, quotes: TextRange[]): void => {
    const found: Speaker[] = [];
    for (const m of s.text.matchAll(CAP_RUN)) {
      const abs = s.start + m.index;
      if (quotes.some((r) => abs > r.start && abs < r.end)) continue;
      const run = m[0].replace(/['’]s$/u, '');
      const parts = run.split(/\s+/u);
      if (parts.some((w) => NOT_PERSON_WORD.test(w))) continue;
      const parsed = parseSpeakerPhrase(run, m.index === 0);
      if (!parsed || parsed.kind !== 'person' || !parsed.name) continue;
      const single = words(parsed.name).length === 1;
      // A lone capitalised word is a person only if we already know the surname ("Amiri") or it has a title.
      const known = registry.bySurname(surnameKey(parsed.name));
      if (single && !known && !parsed.role) continue;
      if (!single && !parsed.role && !known && /^(?:United|Islamic|New|North|South|East|West|Saudi|Middle|European|Popular|National)$/u.test(parts[0]!)) continue;
      const sp = known && single ? known : registry.named(parsed.name, parsed);
      found.push(sp);
      const rest = s.text.slice(m.index + m[0].length);
      if (!sp.gender && !/\b\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest)) {
        if (/\b(?:his|him|he)\b/u.test(rest) && !/\b(?:her|she)\b/u.test(rest)) sp.gender = 'm';
        else if (/\b(?:her|she)\b/u.test(rest) && !/\b(?:his|him|he)\b/u.test(rest)) sp.gender = 'f';
      }
    }
    people.set(s.index, found);
    for (const sp of found) addSalient(s.index, sp);
  };

  // Pass 1: statements and speakers, in reading order.
  let previousParagraphSpeaker: { paragraph: number; speaker: Speaker | null; unclosed: boolean } | null = null;
  for (const s of article.sentences) {
    const quotes = quotesByParagraph.get(s.paragraph) ?? [];
    const candidates = candidatesIn(article, s, quotes);
    for (const c of candidates) {
      let speaker: Speaker | null = null;
      if (c.parsed) {
        const p = c.parsed;
        if (!p.name && p.kind !== 'description' && p.kind !== 'group') speaker = null;
        if (p.name) speaker = registry.named(p.name, p);
        else if (/^(?:he|she|they|i|we)$/iu.test(p.phrase)) speaker = resolvePronoun(s, p);
        else speaker = registry.described(p);
      }
      const st: Statement = {
        id: statements.length,
        speaker,
        speakerPhrase: c.phrase,
        text: text.slice(c.contentStart, c.contentEnd),
        start: c.contentStart,
        end: c.contentEnd,
        paragraph: s.paragraph,
        sentence: s.index,
        direct: c.direct,
        cue: c.cue,
      };
      if (c.bare) {
        // Same paragraph's other quotations, else a quotation continued from the paragraph before.
        const sameParagraph = statements.filter((x) => x.paragraph === s.paragraph && x.speaker).pop();
        if (sameParagraph) st.speaker = sameParagraph.speaker;
        else if (previousParagraphSpeaker && previousParagraphSpeaker.paragraph === s.paragraph - 1 && previousParagraphSpeaker.speaker) {
          st.speaker = previousParagraphSpeaker.speaker;
        }
      }
      if (st.text.trim().length > 0) statements.push(st);
      if (st.speaker) addSalient(s.index, st.speaker, true);
    }
    registerNamesIn(s, quotes);
    // A bare quotation before its attribution in the same paragraph ("“…” … she said.") takes that speaker.
    const para = statements.filter((x) => x.paragraph === s.paragraph);
    const known = para.find((x) => x.speaker)?.speaker ?? null;
    for (const x of para) if (!x.speaker && !x.cue && known) x.speaker = known;
    const paragraphEnd = article.sentences[s.index + 1]?.paragraph !== s.paragraph;
    if (paragraphEnd) {
      const last = para[para.length - 1];
      const ranges = quotes;
      const pEnd = (s.paragraph === 0 ? article.headline : article.paragraphs[s.paragraph - 1])?.end ?? s.end;
      previousParagraphSpeaker = {
        paragraph: s.paragraph,
        speaker: last?.direct ? last.speaker : null,
        unclosed: ranges.some((r) => r.end === pEnd),
      };
    }
  }

  // Pass 2: roles from copulas and appositives ("Amiri is head of ...").
  for (const s of article.sentences) {
    const cop = /^((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:is|was|has been|serves as)\s+(?:the\s+|a\s+|an\s+)?((?:head|leader|chief|director|president|minister|secretary|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|member|founder|commander|ceo|mayor|governor|deputy|general|manager|coach|captain|professor|author|editor|owner)\b[^.;]*)/u.exec(s.text);
    if (cop) {
      const sp = registry.bySurname(surnameKey(cop[1]!));
      if (sp && (!sp.role || sp.role.split(/\s+/u).length <= 2)) sp.role = sp.role ? `${sp.role}; ${cop[2]!.trim()}` : cop[2]!.trim();
    }
  }

  // Pass 3: descriptions that name someone introduced elsewhere.
  const expansion = articleExpansion(article.sentences.map((s) => s.text));
  const expand = (stems: string[]): Set<string> => {
    const out = new Set(stems);
    for (const s of stems) for (const r of expansion.related(s)) out.add(r);
    return out;
  };
  const merge = (from: Speaker, into: Speaker): void => {
    for (const st of statements) if (st.speaker === from) st.speaker = into;
    registry.addAlias(into, from.name);
    for (const a of from.aliases) registry.addAlias(into, a);
    if (!into.gender) into.gender = from.gender;
    for (const list of [...salient.values(), ...people.values()]) {
      const i = list.indexOf(from);
      if (i >= 0) list[i] = into;
    }
    registry.remove(from);
  };
  const named = (): Speaker[] => registry.speakers.filter((sp) => sp.kind === 'person');
  const contentOverlap = (a: string, b: string): number => {
    const sa = new Set(phraseStems(a).filter((x) => x.length > 2));
    const sb = expand(phraseStems(b));
    if (sa.size === 0) return 0;
    return [...sa].filter((x) => sb.has(x)).length / sa.size;
  };

  for (const d of [...registry.speakers]) {
    if (d.kind !== 'description' || d.plural) continue;
    const own = statements.filter((st) => st.speaker === d);
    if (own.length === 0) continue;
    const firstParagraph = Math.min(...own.map((st) => st.paragraph));
    let target: Speaker | null = null;

    // (a) The lede restates the headline's claim: "X says ..." names the description.
    const headlineClaims = statements.filter((st) => st.paragraph === 0 && st.speaker && st.speaker.kind === 'person');
    for (const h of headlineClaims) {
      if (own.some((st) => st.paragraph <= 2 && contentOverlap(h.text, st.text) >= 0.5)) target = h.speaker;
    }

    // (b) "the president of France", "the French president": a named person with that title and place.
    if (!target) {
      const m = /^(?:the|a|an)\s+(?:(\p{Lu}[\p{L}-]+)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\s-]+))?$/u.exec(d.name);
      if (m) {
        const roleStems = phraseStems(m[2]!);
        const place = [m[1], m[3]].filter(Boolean).join(' ');
        const placeStems = expand(phraseStems(place));
        const matches = named().filter((sp) => {
          const roleText = [sp.role ?? '', ...sp.aliases].join(' ');
          return roleStems.length > 0 && roleStems.every((r) => phraseStems(roleText).includes(r));
        });
        const withPlace = matches.filter((sp) => {
          if (placeStems.size === 0) return true;
          return article.sentences.some((s) => {
            if (!(people.get(s.index) ?? []).includes(sp) && !statements.some((st) => st.sentence === s.index && st.speaker === sp)) return false;
            return phraseStems(s.text).some((x) => placeStems.has(x));
          });
        });
        if (withPlace.length === 1) target = withPlace[0]!;
        else if (matches.length === 1 && placeStems.size === 0) target = matches[0]!;
      }
    }

    // (c) A lede description named in the next paragraphs, sharing a word with the named person's role.
    if (!target && firstParagraph === 1 && /^(?:a|an)\s/iu.test(d.name)) {
      const introduced = statements.filter((st) => st.speaker?.kind === 'person' && st.paragraph >= 2 && st.paragraph <= 3).map((st) => st.speaker!);
      const candidates = [...new Set(introduced)].filter((sp) => sp.role && contentOverlap(d.name.replace(/^(?:a|an)\s+/iu, ''), sp.role) > 0);
      if (candidates.length === 1) target = candidates[0]!;
    }
    if (target) merge(d, target);
  }

  // Speakers with no statements are kept only as people (for who-questions), not listed as speakers.
  const bySentence = new Map<number, Statement[]>();
  for (const st of statements) {
    const last = article.sentences.findIndex((s) => s.start <= st.end - 1 && s.end >= st.end);
    for (let i = st.sentence; i <= Math.max(st.sentence, last); i++) bySentence.set(i, [...(bySentence.get(i) ?? []), st]);
  }
  const speakers = registry.speakers.filter((sp) => statements.some((st) => st.speaker === sp));
  const allEntities = registry.speakers;

  return {
    speakers,
    statements,
    statementsIn: (sentence) => bySentence.get(sentence) ?? [],
    peopleIn: (sentence) => {
      const list = [...(bySentence.get(sentence) ?? []).map((st) => st.speaker).filter((x): x is Speaker => !!x), ...(people.get(sentence) ?? [])];
      return [...new Set(list)];
    },
    findSpeakers: (phrase) => findSpeakers(allEntities, statements, phrase, expand),
  };
}

function findSpeakers(all: Speaker[], statements: Statement[], phrase: string, expand: (s: string[]) => Set<string>): Speaker[] {
  const q = phraseStems(phrase.replace(/['’]s\b/gu, ''));
  if (q.length === 0) return [];
  const qExpanded = expand(q);
  const scored = all.map((sp) => {
    const names = [sp.name, ...sp.aliases];
    const nameStems = new Set(names.flatMap(phraseStems));
    const roleStems = new Set(phraseStems(sp.role ?? ''));
    let score = 0;
    const surname = stem(normalizeWord(surnameKey(sp.name)));
    for (const s of q) {
      if (s === surname) score += 2;
      else if (nameStems.has(s)) score += 1;
      else if (roleStems.has(s)) score += 0.7;
      else if ([...expand([s])].some((x) => nameStems.has(x) || roleStems.has(x))) score += 0.5;
    }
    void qExpanded;
    const count = statements.filter((st) => st.speaker === sp).length;
    return { sp, score: score / q.length, count };
  });
  return scored
    .filter((x) => x.score >= 0.5)
    .sort((a, b) => b.score - a.score || b.count - a.count)
    .map((x) => x.sp);
}
