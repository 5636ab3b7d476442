/**
 * Speaker phrases: splitting "The head of the KRG’s Foreign Relations
 * Department Safeen Dizayee" into a name ("Safeen Dizayee") and a role, telling
 * names from descriptions ("Kurdish officials", "A member of the French
 * delegation") and pronouns, and keeping one entity per speaker.
 */
import { wordRank } from '../retrieval/lexicon.js';
import { normalizeWord, stem } from '../retrieval/text.js';

export type SpeakerKind = 'person' | 'group' | 'organization' | 'description';

export interface Speaker {
  id: number;
  /** Canonical name: the fullest form of a person's name, or the description as written. */
  name: string;
  role: string | null;
  /** Every way the article refers to this speaker (name forms, titles, descriptions). */
  aliases: string[];
  kind: SpeakerKind;
  plural: boolean;
  gender: 'm' | 'f' | null;
}

/** Titles that stand before a name. */
const TITLE_WORDS = new Set(
  `president vice prime minister secretary chancellor premier king queen prince princess sheikh emir sultan general gen
  gen. colonel col col. lieutenant lt lt. major maj maj. captain capt capt. sergeant sgt sgt. admiral adm commander cmdr
  dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms. miss sir dame lord lady judge justice senator sen sen. representative
  rep rep. governor gov gov. mayor ambassador envoy commissioner chief director spokesman spokeswoman spokesperson
  coach manager chairman chairwoman chair ceo cfo inspector superintendent sheriff officer detective bishop pope imam rabbi
  ayatollah mullah pastor father sister brother deputy acting former speaker mp president-elect mufti cardinal founder
  striker midfielder defender goalkeeper player analyst economist scientist researcher lawyer attorney`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Words that end the name of an organisation (so a person's name can follow). */
const ORG_WORDS = new Set(
  `department ministry organization organisation government council party forces force union agency committee office
  alliance bank company corp corporation inc ltd university association group commission institute center centre court
  army police service services authority board federation league club fc united city foundation fund network times post
  news press agency television tv radio hospital school college movement front coalition brigade brigades militia
  parliament assembly senate congress house cabinet administration commission program programme project trust lab
  laboratory laboratories institute society guard`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Particles inside names: al-Amiri, bin Salman, de Gaulle, van der Berg. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'abu', 'abd', 'ul', 'dos', 'del']);

const PRONOUNS: Record<string, { plural: boolean; gender: 'm' | 'f' | null }> = {
  he: { plural: false, gender: 'm' },
  she: { plural: false, gender: 'f' },
  they: { plural: true, gender: null },
  i: { plural: false, gender: null },
  we: { plural: true, gender: null },
};

export function pronounOf(phrase: string): { plural: boolean; gender: 'm' | 'f' | null } | null {
  return PRONOUNS[phrase.trim().toLowerCase()] ?? null;
}

/** Nouns that make a description a person or group of people. */
const PERSON_NOUNS = new Set(
  `official officials leader leaders member members spokesman spokeswoman spokesperson spokespeople representative
  representatives source sources resident residents analyst analysts expert experts minister ministers president head chief
  director diplomat diplomats officer officers commander commanders witness witnesses activist activists lawmaker lawmakers
  politician politicians scientist scientists researcher researchers doctor doctors worker workers employee employees
  manager managers executive executives owner owners player players coach fan fans teacher teachers student students
  parent parents protester protesters organizer organizers organiser organisers neighbor neighbors neighbour neighbours
  farmer farmers driver drivers voter voters critic critics supporter supporters opponent opponents aide aides adviser
  advisers advisor advisors secretary chairman chairwoman chair governor mayor envoy ambassador delegation delegate
  delegates negotiator negotiators investigator investigators police military army government ministry authorities
  company firm union party group groups campaigners campaigner survivor survivors victim victims family families
  lawyer lawyers attorney prosecutor prosecutors judge nurse nurses staff crew mother father son daughter wife husband
  statement report study survey people man woman men women officials spokesperson administration club council
  militia militias forces federation association committee`
    .split(/\s+/u)
    .filter(Boolean),
);

const FUNCTION_WORDS = /^(?:in|on|at|after|before|when|while|as|but|and|so|then|also|for|from|with|by|of|to|if|though|although|because|since)$/iu;

const DETERMINERS = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|two|three|four|five|several|some|many|other|another|both|all)$/iu;

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function words(phrase: string): Word[] {
  return [...phrase.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Capitalised, or a name with a particle prefix: "al-Amiri", "bin-Salman". */
function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|abu|abd|ul)-\p{Lu}/u.test(w);
}

function bare(w: string): string {
  return w.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/u, '');
}

function isParticle(w: string): boolean {
  const lower = w.toLowerCase();
  if (PARTICLES.has(lower)) return true;
  const prefix = /^(al|el|bin|ibn|abu|abd|ul)-/iu.exec(w);
  return !!prefix && !isCap(w.slice(prefix[0].length));
}

/** A common English word (so a capitalised one at sentence start is not a name). */
function isCommonWord(w: string): boolean {
  const r = wordRank(normalizeWord(w));
  return r !== null && r < 12_000;
}

export interface ParsedSpeaker {
  /** The person's (or organisation's) name within the phrase, if any. */
  name: string | null;
  /** Title or description around the name, or the whole description. */
  role: string | null;
  kind: SpeakerKind;
  plural: boolean;
  gender: 'm' | 'f' | null;
  /** The phrase, tidied (relative clause dropped). */
  phrase: string;
}

const FEMALE = /\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|spokeswoman|chairwoman|businesswoman|congresswoman|woman|mother|wife|daughter|sister|she|her)\b/iu;
const MALE = /\b(?:mr|sir|lord|king|prince|spokesman|chairman|businessman|congressman|man|father|husband|son|brother|he|his)\b/iu;

/**
 * Parses a speaker phrase (the subject of "said" and the like). Returns null if
 * it does not look like a speaker at all ("it", "this", a clause fragment).
 */
export function parseSpeakerPhrase(raw: string, atSentenceStart: boolean): ParsedSpeaker | null {
  let phrase = raw
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
    .replace(/^(?:and|but|so|then|also|while|as)\s+/iu, '');
  if (!phrase) return null;
  const pronoun = pronounOf(phrase);
  if (pronoun) return { name: null, role: null, kind: pronoun.plural ? 'group' : 'person', ...pronoun, phrase };
  // Drop a relative clause: "A member of the delegation that accompanied Macron".
  phrase = phrase.replace(/\s*,?\s+(?:that|who|which|whose|whom)\s+[\s\S]*$/u, '').replace(/\s*\([^)]*$/u, '');
  // Drop "in a statement" style adjuncts at the end.
  phrase = phrase.replace(/\s+(?:in|on|at|during)\s+(?:a|an|the)\s+(?:statement|interview|press conference|news conference|speech|post|tweet|letter|briefing)\b.*$/iu, '');
  const ws = words(phrase);
  if (ws.length === 0 || ws.length > 18) return null;
  if (/^(?:it|this|that|which|there|these|those|what|one|you)$/iu.test(phrase)) return null;

  // Capitalised runs (with particles) that could be names.
  let best: { from: number; to: number } | null = null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.text;
    const nextCap = i + 1 < ws.length && isCap(ws[i + 1]!.text);
    const sentenceInitialWord = i === 0 && atSentenceStart && (DETERMINERS.test(w) || FUNCTION_WORDS.test(w) || (isCommonWord(w) && !nextCap));
    if (!isCap(w) || sentenceInitialWord) continue;
    // "the president of France": a capitalised complement of a noun is a place or body, not the speaker's name.
    const prev = ws[i - 1]?.text.toLowerCase();
    if (prev && /^(?:of|for|from|in|at|to|with|on|by)$/u.test(prev)) {
      while (i + 1 < ws.length && (isCap(ws[i + 1]!.text) || isParticle(ws[i + 1]!.text))) i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length && (isCap(ws[j + 1]!.text) || (isParticle(ws[j + 1]!.text) && j + 2 < ws.length + 1))) j++;
    // A run followed by a lowercase word (outside "of"/punctuation) is a modifier: "Kurdish officials".
    const after = ws[j + 1];
    const gap = after ? phrase.slice(ws[j]!.end, after.start) : '';
    const modifier = after && !isCap(after.text) && !/[,(]/u.test(gap) && !/^(?:of|and|for|at|in)$/iu.test(after.text);
    if (!modifier) best = { from: i, to: j };
    i = j;
  }

  const lowerWords = ws.map((w) => bare(w.text));
  const pluralDescription = (): boolean => {
    const head = lowerWords.filter((w) => PERSON_NOUNS.has(w)).pop() ?? lowerWords[lowerWords.length - 1] ?? '';
    return (/s$/u.test(head) && !/(?:ss|us|is)$/u.test(head)) || /^(?:people|police|staff|crew|men|women|families)$/u.test(head) || /\b(?:\p{Lu}[\p{L}’'-]*|[\p{L}]+s)\s+and\s/u.test(phrase);
  };
  const gender = FEMALE.test(phrase) ? 'f' : MALE.test(phrase) ? 'm' : null;

  if (best) {
    // Inside the run, a name starts after the last title or organisation word.
    let from = best.from;
    for (let k = best.from; k <= best.to; k++) {
      const w = bare(ws[k]!.text);
      if (TITLE_WORDS.has(w) || ORG_WORDS.has(w) || /['’]s$/u.test(ws[k]!.text)) from = k + 1;
    }
    const runText = phrase.slice(ws[best.from]!.start, ws[best.to]!.end);
    if (from > best.to) {
      // All title/organisation words: "the Interior Ministry", "Reuters".
      const orgLike = ORG_WORDS.has(bare(ws[best.to]!.text));
      if (orgLike || best.from === best.to || from === best.from) {
        const name = phrase.replace(/^(?:the)\s+/iu, '');
        return { name: orgLike ? name : runText, role: null, kind: 'organization', plural: false, gender: null, phrase };
      }
      return null;
    }
    while (from <= best.to && isParticle(ws[from]!.text) && from < best.to && !/-/u.test(ws[from]!.text)) from++;
    const name = phrase.slice(ws[from]!.start, ws[best.to]!.end).replace(/['’]s$/u, '');
    const before = phrase.slice(0, ws[from]!.start).replace(/^(?:the|a|an)\s+/iu, '').replace(/[\s,]+$/u, '');
    const afterName = phrase.slice(ws[best.to]!.end).replace(/^[\s,]+|[\s,]+$/gu, '').replace(/^(?:the|a|an)\s+/iu, '');
    const role = [before, afterName].filter(Boolean).join(', ') || null;
    return { name, role, kind: 'person', plural: false, gender, phrase };
  }

  // A description: it must name people ("officials", "a spokesperson", "residents").
  const isPeople = lowerWords.some((w) => PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/u, '')));
  if (!isPeople) return null;
  const plural = pluralDescription();
  return { name: null, role: null, kind: plural ? 'group' : 'description', plural, gender, phrase };
}

/** Lowercase key of a name's last word, without particles or possessive: "Hadi al-Amiri" -> "amiri". */
export function surnameKey(name: string): string {
  const ws = words(name);
  const last = ws[ws.length - 1]?.text ?? name;
  return bare(last).replace(/^(?:al|el|bin|ibn|abu|abd|ul)-/u, '');
}

/** Content stems of a phrase (for matching descriptions and questions). */
export function phraseStems(phrase: string): string[] {
  return words(phrase)
    .map((w) => normalizeWord(w.text))
    .filter((w) => w.length > 1 && !DETERMINERS.test(w) && !/^(?:of|and|in|on|for|at|to|with|by)$/u.test(w))
    .map((w) => stem(w));
}

export { PERSON_NOUNS, TITLE_WORDS };
