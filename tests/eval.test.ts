/**
 * Floors on `npm run eval` with the default offline model. The dev split is what
 * the rules were built against; the held-out splits were written separately (their
 * first measurements are in README's Evaluation section); the yes/no split
 * calibrates how yes/no questions are hedged. Floors sit a little under the
 * current figures so a regression fails the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, type Embedder } from '../src/embeddings/index.js';
import { CLOSEST_LINE } from '../src/answer/index.js';
import { evaluateQuestions, evaluateStatements, SPLITS, type ModeReport, type Split } from '../scripts/eval-lib.js';

let embedder: Embedder;
beforeAll(async () => {
  embedder = await loadEmbedder({ model: 'article-qa/glove-sif-100d', offline: true });
});
afterAll(async () => embedder.dispose());

const hybridOf = async (split: Split): Promise<{ hybrid: ModeReport; lexical: ModeReport; dense: ModeReport }> => {
  const [dense, lexical, hybrid] = await evaluateQuestions(
    embedder,
    [
      { mode: 'dense', label: 'dense' },
      { mode: 'lexical', label: 'lexical' },
      { mode: 'hybrid', label: 'hybrid' },
    ],
    split,
  );
  return { dense: dense!, lexical: lexical!, hybrid: hybrid! };
};

const reports = new Map<Split, Awaited<ReturnType<typeof hybridOf>>>();
const reportOf = async (split: Split): Promise<Awaited<ReturnType<typeof hybridOf>>> => {
  if (!reports.has(split)) reports.set(split, await hybridOf(split));
  return reports.get(split)!;
};

describe('question answering floors', () => {
  it('dev split: hybrid answers, cites and refuses well', async () => {
    const { hybrid, dense } = await reportOf('dev');
    expect(hybrid.questions).toBeGreaterThanOrEqual(170);
    // (The twenty-third session: 95.4% / 96.5%, out-of-scope precision 100%, recall 90.9%.)
    expect(hybrid.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(hybrid.recallAt1).toBeGreaterThanOrEqual(0.94);
    expect(hybrid.oosRecall).toBeGreaterThanOrEqual(0.9);
    expect(hybrid.oosPrecision).toBeGreaterThanOrEqual(0.98);
    expect(hybrid.accuracy).toBeGreaterThan(dense.accuracy + 0.03);
    // The Rudaw article's who-said and what-did-X-say questions all answer with the right speaker.
    const rudawSpeech = hybrid.results.filter((r) => r.id.startsWith('rudaw') && ['who-said', 'what-did-x-say', 'pronoun'].includes(r.category));
    expect(rudawSpeech.filter((r) => !r.correct).map((r) => r.id)).toEqual([]);
  }, 300_000);

  it('held-out splits: floors under the figures measured so far; hybrid cites the right passage about as often as either single retriever on each, more often over them all, and answers more over them all', async () => {
    const floors = {
      heldout: { accuracy: 0.86, recallAt1: 0.89 },
      heldout2: { accuracy: 0.9, recallAt1: 0.88 },
      heldout3: { accuracy: 0.91, recallAt1: 0.9 },
      heldout4: { accuracy: 0.8, recallAt1: 0.78 },
      heldout5: { accuracy: 0.82, recallAt1: 0.82 },
      // Written blind at the end of the third session; first measured at 54.7% / 59.6% (what an unseen article gets),
      // then three attribution faults it showed were fixed.
      heldout6: { accuracy: 0.79, recallAt1: 0.78 },
      // Written blind in the fourth session: 59.4% / 59.6% with the code from before it; 64.1% / 65.4% after the
      // who-said changes, which were made without looking at its answers; then used to find general faults.
      heldout7: { accuracy: 0.79, recallAt1: 0.76 },
      // Blind, fourth session: 59.4% / 69.2% before it, 62.5% / 76.9% with its who-said changes; then used.
      heldout8: { accuracy: 0.8, recallAt1: 0.8 },
      // Blind, written while the fourth session's later changes were made: 50.0% / 61.5% before it, 54.7% / 67.3% at
      // its end (first measurement of that code). Used to find faults in the fifth session.
      heldout9: { accuracy: 0.73, recallAt1: 0.78 },
      // Blind, written at the end of the fourth session: 50.0% / 53.8% before it, 54.7% / 61.5% at its end. Used in
      // the fifth session.
      heldout10: { accuracy: 0.77, recallAt1: 0.78 },
      // Fifth session, blind: 56.3% / 65.4% when first measured, with the session's first fixes; then used.
      heldout11: { accuracy: 0.79, recallAt1: 0.76 },
      // Fifth session, blind: 65.6% / 69.2% when first measured; then used.
      heldout12: { accuracy: 0.85, recallAt1: 0.82 },
      // Fifth session, blind: 65.6% / 67.3% at its start, 68.8% / 69.2% when first measured mid-session; then used.
      heldout13: { accuracy: 0.85, recallAt1: 0.84 },
      // Fifth session, blind: 64.1% / 71.2% at its start and when first measured mid-session; then used.
      heldout14: { accuracy: 0.83, recallAt1: 0.84 },
      // Fifth session, blind: 56.3% / 55.8% at its start, 59.4% / 53.8% with its code (first measurement); then used.
      heldout15: { accuracy: 0.73, recallAt1: 0.65 },
      // Fifth session, blind: 70.3% / 73.1% at its start, 68.8% / 71.2% with its code (first measurement); then used
      // (first to fix two faults that code had introduced).
      heldout16: { accuracy: 0.83, recallAt1: 0.84 },
      // Fifth session, written blind at its end: 65.6% / 71.2% with the code from its start, 67.2% / 73.1% with its
      // final code. Not looked into.
      heldout17: { accuracy: 0.82, recallAt1: 0.8 },
      // Likewise: 78.1% / 80.8% with both. Not looked into in the fifth or sixth session (the sixth read its total
      // once to drop a rule that cost it two questions).
      heldout18: { accuracy: 0.87, recallAt1: 0.84 },
      // Sixth session, blind: 78.1% / 84.6% and 65.6% / 73.1% with the code from its start; then used.
      heldout19: { accuracy: 0.91, recallAt1: 0.94 },
      heldout20: { accuracy: 0.87, recallAt1: 0.86 },
      // Sixth session, blind and not looked into: 70.3% / 78.8% and 70.3% / 76.9% at its start.
      heldout21: { accuracy: 0.88, recallAt1: 0.88 },
      heldout22: { accuracy: 0.91, recallAt1: 0.94 },
      // Sixth session, blind: 68.8% / 71.2% and 68.8% / 75.0% at its start, 68.8% / 73.1% and 71.9% / 75.0% when
      // first measured mid-session; then used.
      heldout23: { accuracy: 0.9, recallAt1: 0.92 },
      heldout24: { accuracy: 0.85, recallAt1: 0.84 },
      // Sixth session, written blind late in it and not looked into: 70.3% / 76.9% and 65.6% / 73.1% at its start.
      heldout25: { accuracy: 0.85, recallAt1: 0.86 },
      heldout26: { accuracy: 0.85, recallAt1: 0.86 },
      // Seventh session, blind, measured first with the code from its start (5548e27): 68.8 / 78.8, 60.9 / 67.3,
      // 70.3 / 71.2, 73.4 / 76.9, 59.4 / 67.3 and 65.6 / 75.0. Held-out 27, 28, 31 and 32 were then used to find
      // faults; 29 and 30 were not looked into (measured at the session's start and end only).
      heldout27: { accuracy: 0.88, recallAt1: 0.88 },
      heldout28: { accuracy: 0.83, recallAt1: 0.84 },
      heldout29: { accuracy: 0.85, recallAt1: 0.84 },
      heldout30: { accuracy: 0.91, recallAt1: 0.9 },
      heldout31: { accuracy: 0.83, recallAt1: 0.84 },
      heldout32: { accuracy: 0.76, recallAt1: 0.82 },
      // Written blind late in the seventh session and not looked into: 62.5 / 67.3 and 68.8 / 71.2 at its start.
      heldout33: { accuracy: 0.82, recallAt1: 0.82 },
      heldout34: { accuracy: 0.87, recallAt1: 0.86 },
      // Eighth session's blind sets, at its start: 68.8 / 82.7 and 68.8 / 75.0 (then used to find faults), 75.0 / 76.9,
      // 68.8 / 75.0, 70.3 / 80.8 and 59.4 / 63.5 (not looked into).
      heldout35: { accuracy: 0.9, recallAt1: 0.88 },
      heldout36: { accuracy: 0.87, recallAt1: 0.86 },
      heldout37: { accuracy: 0.85, recallAt1: 0.86 },
      heldout38: { accuracy: 0.82, recallAt1: 0.8 },
      heldout39: { accuracy: 0.9, recallAt1: 0.98 },
      heldout40: { accuracy: 0.82, recallAt1: 0.78 },
      // Ninth session's blind sets, at its start (5da38b2): 68.8 / 71.2 and 71.9 / 73.1 (then used to find faults),
      // 76.6 / 84.6 and 70.3 / 76.9 (not looked into).
      heldout41: { accuracy: 0.85, recallAt1: 0.82 },
      heldout42: { accuracy: 0.83, recallAt1: 0.84 },
      heldout43: { accuracy: 0.88, recallAt1: 0.94 },
      heldout44: { accuracy: 0.87, recallAt1: 0.86 },
      // Tenth session's blind sets, at its start (188eb22): 75.0 / 73.1 and 68.8 / 73.1 (then used to find faults),
      // 67.2 / 69.2 and 64.1 / 69.2 (not looked into until the fifteenth session, which used them to find faults).
      heldout45: { accuracy: 0.87, recallAt1: 0.84 },
      heldout46: { accuracy: 0.85, recallAt1: 0.88 },
      heldout47: { accuracy: 0.76, recallAt1: 0.76 },
      heldout48: { accuracy: 0.79, recallAt1: 0.84 },
      // Eleventh session's blind sets, at its start (7dc476e): 65.6 / 75.0, 84.4 / 88.5, 81.3 / 82.7 and 75.0 / 80.8.
      // Not looked into then: measured at the session's start and end, their totals read to check each change. The
      // fifteenth session looked into them (their misses read) to find faults.
      heldout49: { accuracy: 0.9, recallAt1: 0.92 },
      heldout50: { accuracy: 0.93, recallAt1: 0.96 },
      heldout51: { accuracy: 0.93, recallAt1: 0.92 },
      heldout52: { accuracy: 0.9, recallAt1: 0.92 },
      heldout53: { accuracy: 0.85, recallAt1: 0.78 },
      heldout54: { accuracy: 0.83, recallAt1: 0.86 },
      heldout55: { accuracy: 0.87, recallAt1: 0.86 },
      heldout56: { accuracy: 0.9, recallAt1: 0.92 },
      heldout57: { accuracy: 0.91, recallAt1: 0.92 },
      heldout58: { accuracy: 0.9, recallAt1: 0.9 },
      heldout59: { accuracy: 0.82, recallAt1: 0.82 },
      heldout60: { accuracy: 0.85, recallAt1: 0.86 },
      // Fourteenth session's blind sets, at its start (376cb52): 73.4 / 84.6, 71.9 / 76.9, 73.4 / 82.7 and 71.9 / 80.8.
      // Not looked into: measured at the session's start and end, their totals read to check each change. (Held-out
      // 39, 40, 43, 44 and 57 to 60, blind until then, were looked into in that session.) Looked into in the sixteenth
      // session.
      heldout61: { accuracy: 0.85, recallAt1: 0.86 },
      heldout62: { accuracy: 0.87, recallAt1: 0.86 },
      heldout63: { accuracy: 0.88, recallAt1: 0.92 },
      heldout64: { accuracy: 0.8, recallAt1: 0.84 },
      // Fifteenth session's blind sets, at its start (e978339): 75.0 / 82.7, 78.1 / 86.5, 71.9 / 80.8 and 68.8 / 76.9.
      // Not looked into: measured at the session's start and end, their totals read to check each change. (Held-out
      // 47 to 52, blind until then, were looked into in that session.) Looked into in the seventeenth session.
      heldout65: { accuracy: 0.87, recallAt1: 0.88 },
      heldout66: { accuracy: 0.88, recallAt1: 0.9 },
      heldout67: { accuracy: 0.88, recallAt1: 0.92 },
      heldout68: { accuracy: 0.82, recallAt1: 0.86 },
      // Sixteenth session's blind sets, at its start (b11d1ba): 82.8 / 88.5, 75.0 / 90.4, 76.6 / 80.8 and 76.6 / 84.6.
      // Not looked into: measured at the session's start and end. (Held-out 61 to 64 were looked into in that session.)
      // Looked into in the eighteenth session.
      heldout69: { accuracy: 0.91, recallAt1: 0.9 },
      // (0.87 -> 0.85 in the twenty-seventh session: the FNC's statement in the Nariño story, "The National Federation of
      // Coffee Growers (FNC), which represents ..., said it expected Nariño’s output to fall", is now found, which ranks
      // it first for the out-of-scope "Will Colombia's total coffee exports fall this year?", now answered with it.)
      heldout70: { accuracy: 0.85, recallAt1: 0.88 },
      heldout71: { accuracy: 0.87, recallAt1: 0.86 },
      heldout72: { accuracy: 0.91, recallAt1: 0.9 },
      // Seventeenth session's blind sets, at its start (47d866d): 73.4 / 76.9, 78.1 / 80.8, 78.1 / 82.7 and 78.1 / 82.7.
      // Not looked into: measured at the session's start and end. (Held-out 65 to 68 were looked into in that session.)
      // Looked into in the nineteenth session.
      heldout73: { accuracy: 0.87, recallAt1: 0.88 },
      heldout74: { accuracy: 0.9, recallAt1: 0.92 },
      heldout75: { accuracy: 0.83, recallAt1: 0.86 },
      heldout76: { accuracy: 0.88, recallAt1: 0.9 },
      // Eighteenth session's blind sets, at its start (0f7f065): 75.0 / 76.9, 79.7 / 80.8, 70.3 / 76.9 and 76.6 / 78.8.
      // Not looked into until the twentieth session. (Held-out 69 to 72 were looked into in the eighteenth.)
      // Looked into in the twentieth session.
      heldout77: { accuracy: 0.8, recallAt1: 0.82 },
      heldout78: { accuracy: 0.79, recallAt1: 0.82 },
      heldout79: { accuracy: 0.83, recallAt1: 0.9 },
      heldout80: { accuracy: 0.85, recallAt1: 0.84 },
      // Nineteenth session's blind sets, at its start (1b33a8c): 68.8 / 73.1, 73.4 / 73.1, 68.8 / 75.0 and 71.9 / 80.8.
      // Not looked into until the twenty-first session. (Held-out 73 to 76 were looked into in the nineteenth.)
      // Looked into in the twenty-first session.
      heldout81: { accuracy: 0.83, recallAt1: 0.84 },
      heldout82: { accuracy: 0.83, recallAt1: 0.82 },
      heldout83: { accuracy: 0.88, recallAt1: 0.9 },
      heldout84: { accuracy: 0.9, recallAt1: 0.92 },
      // Twentieth session's blind sets, at its start (711dc07): 71.9 / 71.2, 65.6 / 73.1, 70.3 / 69.2 and 82.8 / 82.7.
      // Not looked into until the twenty-second session. (Held-out 77 to 80 were looked into in the twentieth.)
      // Looked into in the twenty-second session.
      heldout85: { accuracy: 0.8, recallAt1: 0.78 },
      heldout86: { accuracy: 0.9, recallAt1: 0.88 },
      heldout87: { accuracy: 0.8, recallAt1: 0.8 },
      heldout88: { accuracy: 0.91, recallAt1: 0.92 },
      // Twenty-first session's blind sets, at its start (bfe67d1): 71.9 / 71.2, 64.1 / 75.0, 73.4 / 73.1 and 71.9 / 75.0.
      // Not looked into until the twenty-third session, which looked into them. (Held-out 81 to 84 were looked into in
      // the twenty-first.)
      heldout89: { accuracy: 0.8, recallAt1: 0.8 },
      heldout90: { accuracy: 0.8, recallAt1: 0.84 },
      heldout91: { accuracy: 0.8, recallAt1: 0.76 },
      heldout92: { accuracy: 0.8, recallAt1: 0.82 },
      // Twenty-second session's blind sets, at its start (7eccb48): 78.1 / 82.7, 71.9 / 75.0, 68.8 / 67.3 and 79.7 / 78.8.
      // Not looked into until the twenty-fourth session, which looked into them. (Held-out 85 to 88 were looked into in
      // the twenty-second.)
      heldout93: { accuracy: 0.87, recallAt1: 0.92 },
      heldout94: { accuracy: 0.87, recallAt1: 0.9 },
      heldout95: { accuracy: 0.82, recallAt1: 0.78 },
      heldout96: { accuracy: 0.9, recallAt1: 0.88 },
      // Twenty-third session's blind sets, at its start (5b04c2e): 82.8 / 82.7, 75.0 / 75.0, 75.0 / 80.8 and 78.1 / 78.8.
      // Measured at the session's start and end (six of held-out 97's misses were seen by accident); looked into in the
      // twenty-fifth session.
      heldout97: { accuracy: 0.87, recallAt1: 0.88 },
      heldout98: { accuracy: 0.9, recallAt1: 0.88 },
      heldout99: { accuracy: 0.85, recallAt1: 0.84 },
      heldout100: { accuracy: 0.8, recallAt1: 0.8 },
      // Twenty-fourth session's blind sets, at its start (4c0b10e): 76.6 / 76.9, 75.0 / 73.1, 68.8 / 67.3 and 76.6 / 78.8.
      // Measured at the session's start and end, and blind in the twenty-fifth; looked into in the twenty-sixth.
      heldout101: { accuracy: 0.87, recallAt1: 0.86 },
      heldout102: { accuracy: 0.83, recallAt1: 0.78 },
      heldout103: { accuracy: 0.85, recallAt1: 0.84 },
      heldout104: { accuracy: 0.88, recallAt1: 0.86 },
      // Twenty-fifth session's blind sets, at its start (70ee325): 82.8 / 84.6, 81.2 / 84.6, 75.0 / 69.2 and 70.3 / 73.1.
      // Measured at the session's start and end, and blind in the twenty-sixth; looked into in the twenty-seventh.
      heldout105: { accuracy: 0.94, recallAt1: 0.9 },
      heldout106: { accuracy: 0.94, recallAt1: 0.92 },
      heldout107: { accuracy: 0.88, recallAt1: 0.86 },
      heldout108: { accuracy: 0.85, recallAt1: 0.84 },
      // Twenty-sixth session's blind sets, at its start (d130799): 82.8 / 84.6, 76.6 / 80.8, 76.6 / 76.9 and 82.8 / 73.1.
      // Measured at the session's start and end, and blind in the twenty-seventh; looked into in the twenty-eighth.
      heldout109: { accuracy: 0.9, recallAt1: 0.88 },
      heldout110: { accuracy: 0.83, recallAt1: 0.82 },
      heldout111: { accuracy: 0.9, recallAt1: 0.88 },
      heldout112: { accuracy: 0.91, recallAt1: 0.86 },
      // Twenty-seventh session's blind sets, at its start (ee1f450): 82.8 / 84.6, 84.4 / 84.6, 81.2 / 78.8 and 82.8 / 73.1.
      // Measured at the session's start and end, and blind in the twenty-eighth; looked into in the twenty-ninth.
      heldout113: { accuracy: 0.88, recallAt1: 0.88 },
      heldout114: { accuracy: 0.9, recallAt1: 0.86 },
      heldout115: { accuracy: 0.85, recallAt1: 0.82 },
      heldout116: { accuracy: 0.98, recallAt1: 0.86 },
      // Twenty-eighth session's blind sets, at its start (37bf9e2): 87.5 / 86.5, 71.9 / 73.1, 75.0 / 75.0 and 81.3 / 80.8.
      // Measured at the session's start and end, and blind in the twenty-ninth; looked into in the thirtieth.
      heldout117: { accuracy: 0.93, recallAt1: 0.9 },
      heldout118: { accuracy: 0.85, recallAt1: 0.8 },
      heldout119: { accuracy: 0.82, recallAt1: 0.8 },
      heldout120: { accuracy: 0.9, recallAt1: 0.88 },
      // Twenty-ninth session's blind sets, at its start (63a9fd1): 76.6 / 75.0, 81.3 / 84.6, 79.7 / 78.8 and 76.6 / 75.0.
      // Measured at the session's start and end, and blind in the thirtieth; looked into in the thirty-first.
      heldout121: { accuracy: 0.88, recallAt1: 0.86 },
      heldout122: { accuracy: 0.91, recallAt1: 0.94 },
      heldout123: { accuracy: 0.9, recallAt1: 0.86 },
      heldout124: { accuracy: 0.87, recallAt1: 0.84 },
      // Thirtieth session's blind sets, at its start (7c7fdb9): 85.9 / 94.2, 87.5 / 90.4, 90.6 / 92.3 and 84.4 / 90.4.
      // Measured at the session's start and end, and blind in the thirty-first; looked into in the thirty-second.
      heldout125: { accuracy: 0.93, recallAt1: 0.98 },
      heldout126: { accuracy: 0.94, recallAt1: 0.96 },
      heldout127: { accuracy: 0.96, recallAt1: 0.96 },
      heldout128: { accuracy: 0.91, recallAt1: 0.96 },
      // Thirty-first session's blind sets, at its start (9d6836b): 82.8 / 90.4, 90.6 / 94.2, 87.5 / 94.2 and 85.9 / 86.5.
      // Measured at the session's start and end, and blind in the thirty-first and thirty-second; looked into in the
      // thirty-third.
      heldout129: { accuracy: 0.91, recallAt1: 0.94 },
      heldout130: { accuracy: 0.93, recallAt1: 0.96 },
      heldout131: { accuracy: 0.96, recallAt1: 0.96 },
      heldout132: { accuracy: 0.91, recallAt1: 0.92 },
      // Thirty-second session's blind sets, at its start (83bad18): 87.5 / 92.3, 76.6 / 82.7, 89.1 / 92.3 and 87.5 / 94.2.
      // Measured at the session's start and end, and blind in the thirty-second and thirty-third; looked into in the
      // thirty-fourth.
      heldout133: { accuracy: 0.94, recallAt1: 0.96 },
      heldout134: { accuracy: 0.93, recallAt1: 0.94 },
      heldout135: { accuracy: 0.93, recallAt1: 0.98 },
      heldout136: { accuracy: 0.93, recallAt1: 0.94 },
      // Thirty-third session's blind sets, at its start (58bd81a): 95.3 / 94.2, 87.5 / 94.2, 90.6 / 92.3 and 92.2 / 94.2.
      // Measured at the session's start and end, and blind in the thirty-third and thirty-fourth; looked into in the
      // thirty-fifth.
      heldout137: { accuracy: 0.94, recallAt1: 0.94 },
      heldout138: { accuracy: 0.94, recallAt1: 0.96 },
      heldout139: { accuracy: 0.93, recallAt1: 0.94 },
      heldout140: { accuracy: 0.94, recallAt1: 0.96 },
      // Thirty-fourth session's blind sets, at its start (0646e21): 85.9 / 86.5, 87.5 / 88.5, 84.4 / 88.5 and 85.9 / 84.6.
      // Measured at the session's start and end, and blind in the thirty-fourth and thirty-fifth; looked into in the
      // thirty-sixth.
      heldout141: { accuracy: 0.96, recallAt1: 0.94 },
      heldout142: { accuracy: 0.94, recallAt1: 0.96 },
      heldout143: { accuracy: 0.91, recallAt1: 0.92 },
      heldout144: { accuracy: 0.96, recallAt1: 0.9 },
      // Thirty-fifth session's blind sets, at its start (cd44627): 85.9 / 90.4, 79.7 / 86.5, 90.6 / 94.2 and 89.1 / 82.7.
      // Measured at the session's start and end, and blind in the thirty-fifth and thirty-sixth; looked into in the
      // thirty-seventh. (Held-out 145's list of misses was printed once by mistake while these floors were taken;
      // nothing was changed from it.)
      heldout145: { accuracy: 0.96, recallAt1: 0.96 },
      heldout146: { accuracy: 0.91, recallAt1: 0.94 },
      heldout147: { accuracy: 0.91, recallAt1: 0.92 },
      heldout148: { accuracy: 0.93, recallAt1: 0.88 },
      // Thirty-sixth session's blind sets, at its start (0120f1e): 89.1 / 90.4, 93.8 / 92.3, 85.9 / 86.5 and 85.9 / 90.4.
      // Measured at the session's start and end, and blind in the thirty-sixth and thirty-seventh; looked into in the
      // thirty-eighth.
      heldout149: { accuracy: 0.91, recallAt1: 0.92 },
      heldout150: { accuracy: 0.94, recallAt1: 0.96 },
      heldout151: { accuracy: 0.9, recallAt1: 0.92 },
      heldout152: { accuracy: 0.94, recallAt1: 0.92 },
      // Thirty-seventh session's blind sets, at its start (709a89d): 84.4 / 88.5, 89.1 / 90.4, 82.8 / 80.8 and 85.9 / 88.5.
      // Measured at the session's start and end, and blind in the thirty-seventh and thirty-eighth; looked into in the
      // thirty-ninth.
      heldout153: { accuracy: 0.94, recallAt1: 0.96 },
      heldout154: { accuracy: 0.96, recallAt1: 0.96 },
      heldout155: { accuracy: 0.91, recallAt1: 0.9 },
      heldout156: { accuracy: 0.93, recallAt1: 0.96 },
      // Thirty-eighth session's blind sets, at its start (593188f): 92.2 / 96.2, 85.9 / 88.5, 92.2 / 90.4 and 90.6 / 90.4.
      // Measured at the session's start and end, and blind in the thirty-eighth and thirty-ninth; looked into in the
      // fortieth.
      heldout157: { accuracy: 0.93, recallAt1: 0.94 },
      heldout158: { accuracy: 0.96, recallAt1: 0.98 },
      heldout159: { accuracy: 0.96, recallAt1: 0.94 },
      heldout160: { accuracy: 0.96, recallAt1: 0.94 },
      // Thirty-ninth session's blind sets, at its start (a9b07a1, with a one-line guard for a where-question that threw
      // on held-out 164): 90.6 / 94.2, 84.4 / 88.5, 89.1 / 90.4 and 84.4 / 92.3. Measured at the session's start and
      // end, blind in the fortieth too; looked into in the forty-first. (Held-out 153 to 156 were looked into in the
      // thirty-ninth.)
      heldout161: { accuracy: 0.96, recallAt1: 0.96 },
      heldout162: { accuracy: 0.94, recallAt1: 0.94 },
      heldout163: { accuracy: 0.94, recallAt1: 0.94 },
      heldout164: { accuracy: 0.91, recallAt1: 0.96 },
      // Fortieth session's blind sets, at its start (0d75907): 89.1 / 88.5, 90.6 / 96.2, 87.5 / 90.4 and 87.5 / 86.5.
      // Measured at the session's start and end, blind in the forty-first too; looked into in the forty-second. (Held-out
      // 157 to 160 were looked into in the fortieth.)
      heldout165: { accuracy: 0.94, recallAt1: 0.94 },
      heldout166: { accuracy: 0.98, recallAt1: 0.98 },
      heldout167: { accuracy: 0.94, recallAt1: 0.94 },
      heldout168: { accuracy: 0.93, recallAt1: 0.92 },
      // Forty-first session's blind sets, at its start (354fdb8): 79.7 / 86.5, 84.4 / 90.4, 90.6 / 90.4 and 81.3 / 78.8.
      // Measured at the session's start and end, blind in the forty-second too; looked into in the forty-third. (Held-out
      // 165 to 168 were looked into in the forty-second.)
      heldout169: { accuracy: 0.96, recallAt1: 0.96 },
      heldout170: { accuracy: 0.9, recallAt1: 0.92 },
      heldout171: { accuracy: 0.91, recallAt1: 0.92 },
      heldout172: { accuracy: 0.93, recallAt1: 0.92 },
      // Forty-second session's blind sets, at its start (302617b): 87.5 / 94.2, 81.3 / 82.7, 90.6 / 96.2 and 85.9 / 80.8.
      // Measured at the session's start and end, blind in the forty-third too; looked into in the forty-fourth. (Held-out
      // 169 to 172 were looked into in the forty-third.)
      heldout173: { accuracy: 0.93, recallAt1: 0.96 },
      heldout174: { accuracy: 0.94, recallAt1: 0.9 },
      heldout175: { accuracy: 0.94, recallAt1: 0.98 },
      heldout176: { accuracy: 0.91, recallAt1: 0.88 },
      // Forty-third session's blind sets, at its start (31c3956): 90.6 / 90.4, 87.5 / 90.4, 87.5 / 86.5 and 92.2 / 96.2.
      // Measured at the session's start and end, blind in the forty-fourth too; looked into in the forty-fifth. (Held-out
      // 173 to 176 were looked into in the forty-fourth.)
      heldout177: { accuracy: 0.94, recallAt1: 0.94 },
      heldout178: { accuracy: 0.9, recallAt1: 0.92 },
      heldout179: { accuracy: 0.93, recallAt1: 0.9 },
      heldout180: { accuracy: 0.96, recallAt1: 0.98 },
      // Forty-fourth session's blind sets, at its start (65f06a5): 85.9 / 86.5, 84.4 / 88.5, 95.3 / 96.2 and 90.6 / 94.2.
      // Measured at the session's start and end, blind in the forty-fifth too; looked into in the forty-sixth. (Held-out
      // 177 to 180 were looked into in the forty-fifth.)
      heldout181: { accuracy: 0.94, recallAt1: 0.96 },
      heldout182: { accuracy: 0.93, recallAt1: 0.94 },
      heldout183: { accuracy: 0.98, recallAt1: 0.98 },
      heldout184: { accuracy: 0.94, recallAt1: 0.98 },
      // Forty-fifth session's blind sets, at its start (80725c1): 92.2 / 92.3, 96.9 / 98.1, 92.2 / 92.3 and 95.3 / 96.2.
      // Measured at the session's start and end, blind in the forty-sixth too; looked into in the forty-seventh. (Held-out
      // 181 to 184 were looked into in the forty-sixth.)
      heldout185: { accuracy: 0.96, recallAt1: 0.96 },
      heldout186: { accuracy: 0.96, recallAt1: 0.98 },
      heldout187: { accuracy: 0.94, recallAt1: 0.94 },
      heldout188: { accuracy: 0.96, recallAt1: 0.96 },
      // Forty-sixth session's blind sets, at its start (5966d91): 93.8 / 94.2, 85.9 / 88.5, 92.2 / 96.2 and 90.6 / 94.2.
      // Measured at the session's start and end, blind in the forty-seventh too; looked into in the forty-eighth. (Held-out
      // 185 to 188 were looked into in the forty-seventh.)
      heldout189: { accuracy: 0.94, recallAt1: 0.92 },
      heldout190: { accuracy: 0.94, recallAt1: 0.9 },
      heldout191: { accuracy: 0.98, recallAt1: 0.98 },
      heldout192: { accuracy: 0.96, recallAt1: 0.98 },
      // Forty-seventh session's blind sets, at its start (11d7111): 89.1 / 90.4, 93.8 / 98.1, 87.5 / 80.8 and 89.1 / 90.4.
      // Measured at the session's start and end, blind in the forty-eighth too; looked into in the forty-ninth. (Held-out
      // 189 to 192 were looked into in the forty-eighth.)
      heldout193: { accuracy: 0.91, recallAt1: 0.94 },
      heldout194: { accuracy: 0.93, recallAt1: 0.96 },
      heldout195: { accuracy: 0.93, recallAt1: 0.86 },
      heldout196: { accuracy: 0.91, recallAt1: 0.92 },
      // Forty-eighth session's blind sets, at its start (3f9ac5a): 81.3 / 82.7, 82.8 / 78.8, 92.2 / 96.2 and 85.9 / 82.7.
      // Measured at the session's start and end, blind in the forty-ninth too; looked into in the fiftieth. (Held-out 193
      // to 196 were looked into in the forty-ninth.)
      heldout197: { accuracy: 0.88, recallAt1: 0.9 },
      heldout198: { accuracy: 0.94, recallAt1: 0.88 },
      heldout199: { accuracy: 0.98, recallAt1: 0.98 },
      heldout200: { accuracy: 0.93, recallAt1: 0.92 },
      // Forty-ninth session's blind sets, at its start (07b5f4b): 89.1 / 90.4, 96.9 / 96.2, 93.8 / 96.2 and 93.8 / 98.1.
      // Measured at the session's start and end, blind in the fiftieth too; looked into in the fifty-first. (Held-out 197
      // to 200 were looked into in the fiftieth.)
      heldout201: { accuracy: 0.96, recallAt1: 0.96 },
      heldout202: { accuracy: 0.98, recallAt1: 0.96 },
      heldout203: { accuracy: 0.96, recallAt1: 0.96 },
      heldout204: { accuracy: 0.98, recallAt1: 0.98 },
      // Fiftieth session's blind sets, at its start (2962012): 95.3 / 96.2, 82.8 / 82.7, 89.1 / 92.3 and 87.5 / 92.3.
      // Measured at the session's start and end, blind in the fifty-first too; looked into in the fifty-second. (Held-out
      // 201 to 204 were looked into in the fifty-first.)
      heldout205: { accuracy: 0.96, recallAt1: 0.98 },
      heldout206: { accuracy: 0.94, recallAt1: 0.92 },
      heldout207: { accuracy: 0.94, recallAt1: 0.98 },
      heldout208: { accuracy: 0.94, recallAt1: 0.98 },
      // Fifty-first session's blind sets, at its start (df8beb3): 92.2 / 90.4, 89.1 / 92.3, 93.8 / 92.3 and 92.2 / 92.3.
      // Measured at the session's start and end, blind in the fifty-second too; looked into in the fifty-third. (Held-out
      // 205 to 208 were looked into in the fifty-second.)
      heldout209: { accuracy: 0.93, recallAt1: 0.9 },
      heldout210: { accuracy: 0.93, recallAt1: 0.94 },
      heldout211: { accuracy: 0.94, recallAt1: 0.94 },
      heldout212: { accuracy: 0.91, recallAt1: 0.9 },
      // Fifty-second session's blind sets, at its start (d3d743a): 84.4 / 86.5, 90.6 / 92.3, 85.9 / 90.4 and 85.9 / 86.5.
      // Measured at the session's start and end, blind in the fifty-third too; looked into in the fifty-fourth. (Held-out
      // 209 to 212 were looked into in the fifty-third.)
      heldout213: { accuracy: 0.96, recallAt1: 0.98 },
      heldout214: { accuracy: 0.94, recallAt1: 0.96 },
      heldout215: { accuracy: 0.93, recallAt1: 0.94 },
      heldout216: { accuracy: 0.9, recallAt1: 0.92 },
      // Fifty-third session's blind sets, at its start (39b849e): 90.6 / 90.4, 92.2 / 92.3, 92.2 / 94.2 and 85.9 / 86.5.
      // Measured at the session's start and end, blind in the fifty-fourth too; looked into in the fifty-fifth. (Held-out
      // 213 to 216 were looked into in the fifty-fourth.)
      heldout217: { accuracy: 0.93, recallAt1: 0.94 },
      heldout218: { accuracy: 0.94, recallAt1: 0.94 },
      heldout219: { accuracy: 0.94, recallAt1: 0.96 },
      heldout220: { accuracy: 0.91, recallAt1: 0.9 },
      // Fifty-fourth session's blind sets, at its start (0372586): 87.5 / 94.2, 79.7 / 86.5, 95.3 / 96.2 and 81.3 / 88.5.
      // Measured at the session's start and end, blind in the fifty-fifth too; looked into in the fifty-sixth. (Held-out
      // 217 to 220 were looked into in the fifty-fifth.)
      heldout221: { accuracy: 0.9, recallAt1: 0.94 },
      heldout222: { accuracy: 0.94, recallAt1: 0.94 },
      heldout223: { accuracy: 0.96, recallAt1: 0.96 },
      heldout224: { accuracy: 0.91, recallAt1: 0.96 },
      // Fifty-fifth session's blind sets, at its start (b463f7a): 84.4 / 88.5, 93.8 / 94.2, 93.8 / 92.3 and 90.6 / 88.5.
      // Measured at the session's start and end, blind in the fifty-sixth too; looked into in the fifty-seventh. (Held-out
      // 221 to 224 were looked into in the fifty-sixth.)
      heldout225: { accuracy: 0.94, recallAt1: 0.94 },
      heldout226: { accuracy: 0.98, recallAt1: 0.96 },
      heldout227: { accuracy: 0.96, recallAt1: 0.96 },
      heldout228: { accuracy: 0.98, recallAt1: 0.96 },
      // Fifty-sixth session's blind sets, at its start (ece4024): 96.9 / 96.2, 90.6 / 90.4, 93.8 / 94.2 and 89.1 / 94.2.
      // Measured at the session's start and end, blind in the fifty-seventh too; looked into in the fifty-eighth. (Held-out
      // 225 to 228 were looked into in the fifty-seventh.)
      heldout229: { accuracy: 0.96, recallAt1: 0.94 },
      heldout230: { accuracy: 0.94, recallAt1: 0.92 },
      heldout231: { accuracy: 0.94, recallAt1: 0.94 },
      heldout232: { accuracy: 0.91, recallAt1: 0.96 },
      // Fifty-seventh session's blind sets, at its start (419e477): 93.8 / 94.2, 92.2 / 92.3, 92.2 / 90.4 and 89.1 / 92.3.
      // Measured at the session's start and end, blind in the fifty-eighth too; looked into in the fifty-ninth. (Held-out
      // 229 to 232 were looked into in the fifty-eighth.)
      heldout233: { accuracy: 0.94, recallAt1: 0.94 },
      heldout234: { accuracy: 0.94, recallAt1: 0.94 },
      heldout235: { accuracy: 0.93, recallAt1: 0.92 },
      heldout236: { accuracy: 0.91, recallAt1: 0.96 },
      // Fifty-eighth session's blind sets, at its start (c924361): 89.1 / 88.5, 85.9 / 90.4, 93.8 / 92.3 and 89.1 / 90.4.
      // Measured at the session's start and end, blind in the fifty-ninth too; looked into in the sixtieth. (Held-out 233
      // to 236 were looked into in the fifty-ninth.)
      heldout237: { accuracy: 0.91, recallAt1: 0.9 },
      heldout238: { accuracy: 0.88, recallAt1: 0.9 },
      heldout239: { accuracy: 0.96, recallAt1: 0.94 },
      heldout240: { accuracy: 0.94, recallAt1: 0.96 },
      // Fifty-ninth session's blind sets, at its start (2de9339): 92.2 / 92.3, 92.2 / 92.3, 89.1 / 88.5 and 87.5 / 90.4.
      // Measured at the session's start and end, blind in the sixtieth too; looked into in the sixty-first. (Held-out 237
      // to 240 were looked into in the sixtieth.)
      heldout241: { accuracy: 0.96, recallAt1: 0.94 },
      heldout242: { accuracy: 0.94, recallAt1: 0.96 },
      heldout243: { accuracy: 0.93, recallAt1: 0.94 },
      heldout244: { accuracy: 0.88, recallAt1: 0.9 },
      // Sixtieth session's blind sets, at its start (3b98783): 87.5 / 92.3, 90.6 / 96.2, 90.6 / 90.4 and 92.2 / 94.2.
      // Measured at the session's start and end, blind in the sixty-first too; looked into in the sixty-second. (Held-out
      // 241 to 244 were looked into in the sixty-first.)
      heldout245: { accuracy: 0.93, recallAt1: 0.96 },
      heldout246: { accuracy: 0.93, recallAt1: 0.94 },
      heldout247: { accuracy: 0.94, recallAt1: 0.92 },
      heldout248: { accuracy: 0.94, recallAt1: 0.96 },
      // Sixty-first session's blind sets, at its start (6fc4dc4): 95.3 / 92.3, 90.6 / 90.4, 87.5 / 88.5 and 95.3 / 96.2.
      // Measured at the session's start and end, blind in the sixty-second too; looked into in the sixty-third. (Held-out
      // 245 to 248 were looked into in the sixty-second.)
      heldout249: { accuracy: 0.98, recallAt1: 0.92 },
      heldout250: { accuracy: 0.91, recallAt1: 0.9 },
      heldout251: { accuracy: 0.9, recallAt1: 0.9 },
      heldout252: { accuracy: 0.96, recallAt1: 0.96 },
      // Sixty-second session's blind sets, at its start (df80b75): 84.4 / 86.5, 93.8 / 98.1, 82.8 / 88.5 and 89.1 / 92.3.
      // Measured at the session's start and end, blind in the sixty-third too; looked into in the sixty-fourth. (Held-out
      // 249 to 252 were looked into in the sixty-third.)
      heldout253: { accuracy: 0.93, recallAt1: 0.94 },
      heldout254: { accuracy: 0.94, recallAt1: 0.96 },
      heldout255: { accuracy: 0.93, recallAt1: 0.98 },
      heldout256: { accuracy: 0.9, recallAt1: 0.92 },
      // Sixty-third session's blind sets, at its start (dd9e3df): 92.2 / 92.3, 93.8 / 94.2, 84.4 / 88.5 and 89.1 / 88.5.
      // Measured at the session's start and end, blind in the sixty-fourth too; looked into in the sixty-fifth. (Held-out
      // 253 to 256 were looked into in the sixty-fourth.)
      heldout257: { accuracy: 0.96, recallAt1: 0.94 },
      heldout258: { accuracy: 0.96, recallAt1: 0.98 },
      heldout259: { accuracy: 0.87, recallAt1: 0.9 },
      heldout260: { accuracy: 0.93, recallAt1: 0.92 },
      // Sixty-fourth session's blind sets, at its start (16042e7): 96.9 / 96.2, 90.6 / 92.3, 85.9 / 84.6 and 85.9 / 84.6.
      // Measured at the session's start and end, blind in the sixty-fifth too; looked into in the sixty-sixth. (Held-out
      // 257 to 260 were looked into in the sixty-fifth.)
      heldout261: { accuracy: 0.94, recallAt1: 0.94 },
      heldout262: { accuracy: 0.93, recallAt1: 0.94 },
      heldout263: { accuracy: 0.88, recallAt1: 0.88 },
      heldout264: { accuracy: 0.9, recallAt1: 0.88 },
      // Sixty-fifth session's blind sets, at its start (9b5b39f): 89.1 / 86.5, 85.9 / 84.6, 92.2 / 96.2 and 87.5 / 84.6.
      // Measured at the session's start and end, blind in the sixty-sixth too; looked into in the sixty-seventh. (Held-out
      // 261 to 264 were looked into in the sixty-sixth.)
      heldout265: { accuracy: 0.93, recallAt1: 0.9 },
      heldout266: { accuracy: 0.88, recallAt1: 0.9 },
      heldout267: { accuracy: 0.94, recallAt1: 0.96 },
      heldout268: { accuracy: 0.88, recallAt1: 0.86 },
      // Sixty-sixth session's blind sets, at its start (4319418): 92.2 / 92.3, 95.3 / 100.0, 85.9 / 92.3 and 96.9 / 98.1.
      // Measured at the session's start and end, blind in the sixty-seventh too; looked into in the sixty-eighth. (Held-out
      // 265 to 268 were looked into in the sixty-seventh.)
      heldout269: { accuracy: 0.94, recallAt1: 0.96 },
      heldout270: { accuracy: 0.96, recallAt1: 0.98 },
      heldout271: { accuracy: 0.88, recallAt1: 0.9 },
      heldout272: { accuracy: 0.98, recallAt1: 0.98 },
      // Sixty-seventh session's blind sets, at its start (ab4d285): 87.5 / 84.6, 81.3 / 82.7, 87.5 / 86.5 and 82.8 / 94.2.
      // Measured at the session's start and end, blind in the sixty-eighth too; looked into in the sixty-ninth. (Held-out
      // 269 to 272 were looked into in the sixty-eighth.)
      heldout273: { accuracy: 0.9, recallAt1: 0.86 },
      heldout274: { accuracy: 0.85, recallAt1: 0.86 },
      heldout275: { accuracy: 0.94, recallAt1: 0.92 },
      heldout276: { accuracy: 0.9, recallAt1: 0.94 },
      // Sixty-eighth session's blind sets, at its start (bc4886a): 92.2 / 88.5, 92.2 / 96.2, 87.5 / 92.3 and 82.8 / 88.5.
      // Measured at the session's start and end, blind in the sixty-ninth too; looked into in the seventieth. (Held-out
      // 273 to 276 were looked into in the sixty-ninth.)
      heldout277: { accuracy: 0.94, recallAt1: 0.92 },
      heldout278: { accuracy: 0.94, recallAt1: 0.98 },
      heldout279: { accuracy: 0.91, recallAt1: 0.96 },
      heldout280: { accuracy: 0.87, recallAt1: 0.94 },
      // Sixty-ninth session's blind sets, at its start (280cf3c): 89.1 / 90.4, 89.1 / 94.2, 95.3 / 96.2 and 87.5 / 88.5.
      // Measured at the session's start and end, blind in the seventieth too; looked into in the seventy-first. (Held-out
      // 277 to 280 were looked into in the seventieth.)
      heldout281: { accuracy: 0.96, recallAt1: 0.96 },
      heldout282: { accuracy: 0.9, recallAt1: 0.94 },
      heldout283: { accuracy: 0.98, recallAt1: 0.98 },
      heldout284: { accuracy: 0.98, recallAt1: 0.98 },
      // Seventieth session's blind sets, at its start (4ed8288): 93.8 / 94.2, 93.8 / 94.2, 95.3 / 96.2 and 92.2 / 92.3.
      // Not looked into: measured at the session's start and end, and blind in the seventy-first too. (Held-out 277 to
      // 280 were looked into in the seventieth, 281 to 284 in the seventy-first.)
      heldout285: { accuracy: 0.91, recallAt1: 0.92 },
      heldout286: { accuracy: 0.91, recallAt1: 0.92 },
      heldout287: { accuracy: 0.93, recallAt1: 0.94 },
      heldout288: { accuracy: 0.9, recallAt1: 0.9 },
      // Seventy-first session's blind sets, at its start (76aa7f9): 85.9 / 96.2, 89.1 / 92.3, 92.2 / 92.3 and 89.1 / 94.2.
      // Not looked into: measured at the session's start and end.
      heldout289: { accuracy: 0.83, recallAt1: 0.94 },
      heldout290: { accuracy: 0.87, recallAt1: 0.9 },
      heldout291: { accuracy: 0.9, recallAt1: 0.9 },
      heldout292: { accuracy: 0.87, recallAt1: 0.92 },
      // Who-said questions in other words and on-topic claims no one in the article makes, over every article above.
      // (The seventh session's coverage re-ranking cites one lede sentence here that names no one: 85.5% -> 83.9%.)
      // (The ninth session offers the closest statement for more reworded questions: 71.8 / 83.9 -> 63.7 / 88.7, as
      // more claims no one makes get that hedge too; every other split gained or held.)
      // (The eleventh session's agreeing speaker, the top passage's among the closest, gives that hedge to two more
      // claims no one makes: 63.7 -> 62.1, citations unchanged.)
      whosaid: { accuracy: 0.62, recallAt1: 0.88 },
    } as const;
    const total = { hybrid: 0, lexical: 0, dense: 0 };
    const cited = { hybrid: 0, lexical: 0, dense: 0 };
    for (const split of Object.keys(floors) as Array<keyof typeof floors>) {
      const { hybrid, lexical, dense } = await reportOf(split);
      expect(hybrid.accuracy, split).toBeGreaterThanOrEqual(floors[split].accuracy);
      expect(hybrid.recallAt1, split).toBeGreaterThanOrEqual(floors[split].recallAt1);
      // Per split, a single retriever may cite one question more (held-out 12: dense 40 of 52, hybrid 39).
      const oneQuestion = 1 / hybrid.inScopeQuestions + 1e-9;
      expect(hybrid.recallAt1, split).toBeGreaterThanOrEqual(lexical.recallAt1 - oneQuestion);
      expect(hybrid.recallAt1, split).toBeGreaterThanOrEqual(dense.recallAt1 - oneQuestion);
      for (const [mode, report] of [['hybrid', hybrid], ['lexical', lexical], ['dense', dense]] as const) {
        total[mode] += report.results.filter((r) => r.correct).length;
        cited[mode] += report.results.filter((r) => r.recallAt1 === true).length;
      }
    }
    // Per split, a single retriever sometimes answers one or two questions more (README's table shows where).
    expect(total.hybrid).toBeGreaterThan(Math.max(total.lexical, total.dense));
    expect(cited.hybrid).toBeGreaterThan(Math.max(cited.lexical, cited.dense));
  }, 1_200_000);

  it('over all splits, fusion cites the right passage at least as often as lexical retrieval alone', async () => {
    let hybridHits = 0;
    let lexicalHits = 0;
    for (const split of SPLITS) {
      const { hybrid, lexical } = await reportOf(split);
      hybridHits += hybrid.results.filter((r) => r.recallAt1 === true).length;
      lexicalHits += lexical.results.filter((r) => r.recallAt1 === true).length;
    }
    expect(hybridHits).toBeGreaterThan(lexicalHits);
  }, 600_000);

  it('yes/no questions the article does not answer get a hedge, not a plain answer', async () => {
    const { hybrid } = await reportOf('yesno');
    const outside = hybrid.results.filter((r) => !r.goldInScope);
    const plain = outside.filter((r) => r.inScope && r.answer.answerLine !== CLOSEST_LINE);
    expect(outside.length).toBeGreaterThanOrEqual(20);
    // Refused or hedged ("doesn't say so in those words; this is the closest it comes") for most of them.
    expect(plain.length / outside.length).toBeLessThanOrEqual(0.25);
    // ... and refused outright for half of them: what was done, what will happen or what goes for something else too,
    // when the closest paragraph has no word for it (13 of 24 since the seventeenth session; 3 before).
    expect(outside.filter((r) => !r.inScope).length / outside.length).toBeGreaterThanOrEqual(0.5);
    expect(hybrid.recallAt1).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});

describe('who said what floors', () => {
  // Held-out 3's gold counts estimates and reports ("police estimated", "Poland also reported") as statements (recall
  // 94.4%); held-out 5 and 6 split "said A, and that B" differently from the extractor (precision 92.4% and 92.5%).
  const floors = {
    dev: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout2: { precision: 0.96, recall: 0.95, speaker: 0.98 },
    heldout3: { precision: 0.98, recall: 0.93, speaker: 0.98 },
    heldout4: { precision: 0.95, recall: 0.98, speaker: 0.98 },
    heldout5: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout6: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    // Written blind in the fourth session: first 88.3% / 92.0% / 95.7%; its speaker faults were then fixed (100%).
    heldout7: { precision: 0.89, recall: 0.94, speaker: 0.98 },
    heldout8: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout9: { precision: 0.96, recall: 0.95, speaker: 0.96 },
    heldout10: { precision: 0.93, recall: 0.96, speaker: 0.96 },
    // Fifth session's blind sets (first measured 96.5/93.5/80.6, 95.5/97.5/88.5, 91.3/97.6/90.1, 95.5/95.1/93.6 at
    // its start; 94.9/97.1/94.1 and 93.7/92.0/98.6 at its start for the last two).
    heldout11: { precision: 0.94, recall: 0.96, speaker: 0.98 },
    heldout12: { precision: 0.96, recall: 0.96, speaker: 0.96 },
    heldout13: { precision: 0.98, recall: 0.98, speaker: 0.95 },
    heldout14: { precision: 0.98, recall: 0.96, speaker: 0.96 },
    heldout15: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout16: { precision: 0.96, recall: 0.9, speaker: 0.98 },
    // Written blind at the fifth session's end: 91.8/94.7/87.5 and 98.5/93.4/95.8 with the code from its start.
    heldout17: { precision: 0.96, recall: 0.95, speaker: 0.96 },
    heldout18: { precision: 0.98, recall: 0.94, speaker: 0.95 },
    // Sixth session's blind sets, first measured with the code from its start: 90.4/91.0/96.3, 97.1/96.1/91.8,
    // 89.7/93.2/97.1, 87.5/95.9/88.6, 93.1/96.1/97.3, 92.0/96.6/95.3, 97.3/97.5/89.7, 97.1/96.1/94.5.
    heldout19: { precision: 0.95, recall: 0.93, speaker: 0.98 },
    heldout20: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout21: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout22: { precision: 0.93, recall: 0.94, speaker: 0.95 },
    heldout23: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout24: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout25: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout26: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    // Seventh session's blind sets at its start: 94.3/97.5/96.2, 95.8/93.8/96.1, 90.7/92.7/84.2, 95.9/100/98.7,
    // 98.6/98.7/98.7 and 95.3/96.0/91.7.
    heldout27: { precision: 0.96, recall: 0.96, speaker: 0.97 },
    heldout28: { precision: 0.98, recall: 0.93, speaker: 0.97 },
    heldout29: { precision: 0.89, recall: 0.91, speaker: 0.95 },
    heldout30: { precision: 0.96, recall: 0.98, speaker: 0.97 },
    heldout31: { precision: 0.98, recall: 0.97, speaker: 0.98 },
    heldout32: { precision: 0.95, recall: 0.96, speaker: 0.95 },
    // At the seventh session's start: 96.1/96.3/94.9 and 89.2/97.3/94.4.
    heldout33: { precision: 0.98, recall: 0.95, speaker: 0.98 },
    heldout34: { precision: 0.95, recall: 0.96, speaker: 0.98 },
    // At the eighth session's start: 90.5/97.3/91.7, 95.5/100/92.8, 88.7/97.2/95.7, 88.7/97.2/95.7, 89.6/95.1/97.4 and
    // 97.3/95.1/93.6.
    heldout35: { precision: 0.95, recall: 0.98, speaker: 0.95 },
    heldout36: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout37: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout38: { precision: 0.95, recall: 0.96, speaker: 0.98 },
    heldout39: { precision: 0.95, recall: 0.96, speaker: 0.96 },
    heldout40: { precision: 0.98, recall: 0.94, speaker: 0.96 },
    // At the ninth session's start: 95.9/97.4/94.6, 87.7/100/98.5, 92.3/91.7/95.5 and 89.4/94.3/95.5.
    heldout41: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout42: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout43: { precision: 0.94, recall: 0.92, speaker: 0.96 },
    heldout44: { precision: 0.93, recall: 0.95, speaker: 0.98 },
    // At the tenth session's start: 87.0/95.9/95.8 (97.2 speaker at its end), 93.8/97.6/96.3, 91.1/100/97.6 and
    // 91.8/97.5/97.4.
    heldout45: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout46: { precision: 0.96, recall: 0.96, speaker: 0.96 },
    heldout47: { precision: 0.98, recall: 0.98, speaker: 0.95 },
    heldout48: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    // At the eleventh session's start, unchanged at its end: 97.0/98.6/95.8, 94.0/100/100, 97.0/94.5/88.4 and
    // 87.0/96.0/88.9.
    heldout49: { precision: 0.98, recall: 0.96, speaker: 0.95 },
    heldout50: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout51: { precision: 0.98, recall: 0.93, speaker: 0.95 },
    heldout52: { precision: 0.96, recall: 0.98, speaker: 0.95 },
    heldout53: { precision: 0.87, recall: 0.95, speaker: 0.96 },
    heldout54: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout55: { precision: 0.96, recall: 0.95, speaker: 0.96 },
    heldout56: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout57: { precision: 0.93, recall: 0.96, speaker: 0.98 },
    heldout58: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout59: { precision: 0.96, recall: 0.94, speaker: 0.95 },
    heldout60: { precision: 0.95, recall: 0.95, speaker: 0.96 },
    heldout61: { precision: 0.95, recall: 0.98, speaker: 0.93 },
    heldout62: { precision: 0.96, recall: 0.94, speaker: 0.96 },
    heldout63: { precision: 0.95, recall: 0.95, speaker: 0.98 },
    heldout64: { precision: 0.98, recall: 0.95, speaker: 0.96 },
    heldout65: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout66: { precision: 0.9, recall: 0.96, speaker: 0.98 },
    heldout67: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout68: { precision: 0.92, recall: 0.95, speaker: 0.96 },
    heldout69: { precision: 0.98, recall: 0.95, speaker: 0.96 },
    heldout70: { precision: 0.98, recall: 0.96, speaker: 0.94 },
    heldout71: { precision: 0.94, recall: 0.95, speaker: 0.96 },
    heldout72: { precision: 0.95, recall: 0.98, speaker: 0.96 },
    heldout73: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout74: { precision: 0.98, recall: 0.98, speaker: 0.94 },
    heldout75: { precision: 0.96, recall: 0.98, speaker: 0.96 },
    heldout76: { precision: 0.95, recall: 0.96, speaker: 0.93 },
    heldout77: { precision: 0.96, recall: 0.95, speaker: 0.95 },
    heldout78: { precision: 0.96, recall: 0.95, speaker: 0.98 },
    heldout79: { precision: 0.98, recall: 0.98, speaker: 0.91 },
    heldout80: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout81: { precision: 0.93, recall: 0.95, speaker: 0.92 },
    heldout82: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout83: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout84: { precision: 0.91, recall: 0.94, speaker: 0.98 },
    heldout85: { precision: 0.95, recall: 0.98, speaker: 0.96 },
    heldout86: { precision: 0.98, recall: 0.94, speaker: 0.95 },
    heldout87: { precision: 0.95, recall: 0.98, speaker: 0.94 },
    heldout88: { precision: 0.96, recall: 0.98, speaker: 0.94 },
    heldout89: { precision: 0.9, recall: 0.9, speaker: 0.96 },
    heldout90: { precision: 0.95, recall: 0.93, speaker: 0.95 },
    heldout91: { precision: 0.98, recall: 0.91, speaker: 0.98 },
    heldout92: { precision: 0.96, recall: 0.92, speaker: 0.98 },
    heldout93: { precision: 0.93, recall: 0.95, speaker: 0.93 },
    heldout94: { precision: 0.98, recall: 0.93, speaker: 0.98 },
    heldout95: { precision: 0.96, recall: 0.92, speaker: 0.95 },
    heldout96: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout97: { precision: 0.95, recall: 0.95, speaker: 0.98 },
    heldout98: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout99: { precision: 0.93, recall: 0.98, speaker: 0.94 },
    heldout100: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout101: { precision: 0.94, recall: 0.94, speaker: 0.98 },
    heldout102: { precision: 0.95, recall: 0.96, speaker: 0.98 },
    heldout103: { precision: 0.96, recall: 0.95, speaker: 0.96 },
    heldout104: { precision: 0.96, recall: 0.91, speaker: 0.96 },
    heldout105: { precision: 0.96, recall: 0.96, speaker: 0.96 },
    heldout106: { precision: 0.93, recall: 0.96, speaker: 0.96 },
    heldout107: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout108: { precision: 0.94, recall: 0.93, speaker: 0.98 },
    heldout109: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout110: { precision: 0.92, recall: 0.98, speaker: 0.98 },
    heldout111: { precision: 0.93, recall: 0.96, speaker: 0.98 },
    heldout112: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout113: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout114: { precision: 0.93, recall: 0.96, speaker: 0.98 },
    heldout115: { precision: 0.96, recall: 0.95, speaker: 0.95 },
    heldout116: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout117: { precision: 0.9, recall: 0.95, speaker: 0.98 },
    heldout118: { precision: 0.94, recall: 0.94, speaker: 0.98 },
    heldout119: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout120: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout121: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout122: { precision: 0.88, recall: 0.94, speaker: 0.98 },
    heldout123: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout124: { precision: 0.96, recall: 0.94, speaker: 0.98 },
    heldout125: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout126: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout127: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout128: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout129: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout130: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout131: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout132: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout133: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout134: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout135: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout136: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout137: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout138: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout139: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout140: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout141: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout142: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout143: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout144: { precision: 0.93, recall: 0.96, speaker: 0.98 },
    heldout145: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout146: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout147: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout148: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout149: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout150: { precision: 0.98, recall: 0.98, speaker: 0.95 },
    heldout151: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout152: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout153: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout154: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout155: { precision: 0.95, recall: 0.98, speaker: 0.98 },
    heldout156: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout157: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout158: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout159: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout160: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout161: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout162: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout163: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout164: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout165: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout166: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout167: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout168: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout169: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout170: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout171: { precision: 0.98, recall: 0.96, speaker: 0.96 },
    heldout172: { precision: 0.95, recall: 0.98, speaker: 0.98 },
    heldout173: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout174: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout175: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout176: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout177: { precision: 0.93, recall: 0.98, speaker: 0.98 },
    heldout178: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout179: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout180: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout181: { precision: 0.98, recall: 0.98, speaker: 0.95 },
    heldout182: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout183: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout184: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout185: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout186: { precision: 0.96, recall: 0.98, speaker: 0.94 },
    heldout187: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout188: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout189: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout190: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout191: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout192: { precision: 0.93, recall: 0.96, speaker: 0.95 },
    heldout193: { precision: 0.93, recall: 0.96, speaker: 0.98 },
    heldout194: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout195: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout196: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout197: { precision: 0.98, recall: 0.96, speaker: 0.96 },
    heldout198: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout199: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout200: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout201: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout202: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout203: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout204: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout205: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout206: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout207: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout208: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout209: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout210: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout211: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout212: { precision: 0.95, recall: 0.98, speaker: 0.98 },
    heldout213: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout214: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout215: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout216: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout217: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout218: { precision: 0.95, recall: 0.98, speaker: 0.98 },
    heldout219: { precision: 0.86, recall: 0.98, speaker: 0.98 },
    heldout220: { precision: 0.94, recall: 0.96, speaker: 0.98 },
    heldout221: { precision: 0.98, recall: 0.96, speaker: 0.96 },
    heldout222: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout223: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout224: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout225: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout226: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout227: { precision: 0.93, recall: 0.96, speaker: 0.98 },
    heldout228: { precision: 0.96, recall: 0.98, speaker: 0.96 },
    heldout229: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout230: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout231: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout232: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout233: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout234: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout235: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout236: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout237: { precision: 0.95, recall: 0.98, speaker: 0.98 },
    heldout238: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout239: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout240: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout241: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout242: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout243: { precision: 0.95, recall: 0.96, speaker: 0.98 },
    heldout244: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout245: { precision: 0.95, recall: 0.96, speaker: 0.98 },
    heldout246: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout247: { precision: 0.93, recall: 0.98, speaker: 0.96 },
    heldout248: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout249: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout250: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout251: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout252: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout253: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout254: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout255: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout256: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout257: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout258: { precision: 0.94, recall: 0.98, speaker: 0.98 },
    heldout259: { precision: 0.96, recall: 0.98, speaker: 0.96 },
    heldout260: { precision: 0.93, recall: 0.98, speaker: 0.96 },
    heldout261: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout262: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout263: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout264: { precision: 0.98, recall: 0.96, speaker: 0.98 },
    heldout265: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout266: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout267: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout268: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout269: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout270: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout271: { precision: 0.93, recall: 0.98, speaker: 0.98 },
    heldout272: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout273: { precision: 0.98, recall: 0.98, speaker: 0.96 },
    heldout274: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout275: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout276: { precision: 0.93, recall: 0.96, speaker: 0.96 },
    heldout277: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout278: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout279: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout280: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout281: { precision: 0.98, recall: 0.98, speaker: 0.94 },
    heldout282: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout283: { precision: 0.93, recall: 0.98, speaker: 0.96 },
    heldout284: { precision: 0.96, recall: 0.98, speaker: 0.98 },
    heldout285: { precision: 0.98, recall: 0.96, speaker: 0.96 },
    heldout286: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout287: { precision: 0.96, recall: 0.96, speaker: 0.98 },
    heldout288: { precision: 0.96, recall: 0.98, speaker: 0.94 },
    heldout289: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout290: { precision: 0.96, recall: 0.96, speaker: 0.96 },
    heldout291: { precision: 0.98, recall: 0.98, speaker: 0.98 },
    heldout292: { precision: 0.94, recall: 0.98, speaker: 0.9 },
  } as const;
  for (const split of Object.keys(floors) as Array<keyof typeof floors>) {
    it(`${split} split: statement precision, recall and speaker accuracy`, async () => {
      const reports = await evaluateStatements(split);
      const sum = reports.reduce((t, r) => ({ gold: t.gold + r.gold, predicted: t.predicted + r.predicted, matched: t.matched + r.matched, correct: t.correct + r.correct, speaker: t.speaker + r.speakerCorrect }), { gold: 0, predicted: 0, matched: 0, correct: 0, speaker: 0 });
      expect(sum.correct / sum.predicted).toBeGreaterThanOrEqual(floors[split].precision);
      expect(sum.matched / sum.gold).toBeGreaterThanOrEqual(floors[split].recall);
      expect(sum.speaker / sum.matched).toBeGreaterThanOrEqual(floors[split].speaker);
      if (split === 'dev') expect(reports.find((r) => r.article === 'rudaw')).toMatchObject({ gold: 9, matched: 9, speakerCorrect: 9, predicted: 9 });
    });
  }
});
