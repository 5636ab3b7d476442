/**
 * The command-line tools as child processes, exactly as a user runs them
 * (`node --import tsx src/cli/ask.ts ...` from the repository root), with the
 * real article, the real offline model and no bot token.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleBlocks, lines, ROOT, runCli, type RunResult } from './support/cli.js';
import { TempDirs } from './support/temp.js';

/** Each run starts Node, tsx and the model on a slow machine. */
const CHILD_TIMEOUT = 180_000;

const ARTICLE_PATH = path.join(ROOT, 'data', 'article.txt');
const ARTICLE = readFileSync(ARTICLE_PATH, 'utf8');

const FERRY_ARTICLE = `By Harbour Times

Port Ellis ferry line to open in June, mayor says

The city of Port Ellis will open a ferry line between the old harbour and the university campus in June, Mayor Lena Okafor said on Monday.

“The ferry will carry 4,000 passengers a day and take cars off the bridge,” Okafor told reporters at city hall.

The project cost 12 million euros, most of it paid by a regional transport grant.

Opposition councillor Tomas Berg said the timetable was unrealistic and warned that the boats had not yet been tested.
`;

const NO_QUOTES_ARTICLE = `Village Weekly

Apple fair draws crowds to Little Hanford

The quiet village of Little Hanford held its annual apple fair on Saturday.

Visitors bought apples, honey and bread from local farms, and children rode a small steam train around the green.

The fair ended at dusk with music on the square.
`;

const temp = new TempDirs('cli-test');
let cacheDir: string;
let work: string;

beforeAll(() => {
  // Passage vectors go to a temporary cache, not the repository's data/cache.
  cacheDir = temp.make();
  work = temp.make();
});

afterAll(() => temp.cleanup());

function writeArticle(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

interface JsonAnswer {
  question: string;
  inScope: boolean;
  answer: string;
  citations: Array<{ paragraph: number; text: string }>;
  speaker: string | null;
}

/** Parses `ask --json` output: every stdout line must be one answer object with exactly the documented fields. */
function parseAnswers(result: RunResult): JsonAnswer[] {
  expect(result.stdout.endsWith('\n'), 'output ends with a newline').toBe(true);
  return result.stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const parsed: unknown = JSON.parse(line);
      expect(parsed).toBeTypeOf('object');
      const obj = parsed as Record<string, unknown>;
      expect(Object.keys(obj).sort()).toEqual(['answer', 'citations', 'inScope', 'question', 'speaker']);
      expect(obj.question).toBeTypeOf('string');
      expect(obj.inScope).toBeTypeOf('boolean');
      expect(obj.answer).toBeTypeOf('string');
      expect(obj.speaker === null || typeof obj.speaker === 'string').toBe(true);
      expect(Array.isArray(obj.citations)).toBe(true);
      for (const c of obj.citations as unknown[]) {
        expect(Object.keys(c as object).sort()).toEqual(['paragraph', 'text']);
        const { paragraph, text } = c as { paragraph: unknown; text: unknown };
        expect(Number.isInteger(paragraph)).toBe(true);
        expect(text).toBeTypeOf('string');
      }
      return obj as unknown as JsonAnswer;
    });
}

/** A citation is verbatim article text, inside the paragraph it names (0 = headline). */
function expectVerbatim(citations: JsonAnswer['citations'], articleText: string): void {
  const blocks = articleBlocks(articleText);
  for (const c of citations) {
    expect(c.text.length).toBeGreaterThan(0);
    expect(articleText).toContain(c.text);
    expect(c.paragraph).toBeGreaterThanOrEqual(0);
    expect(blocks[c.paragraph + 1], `paragraph ${c.paragraph} exists`).toBeDefined();
    expect(blocks[c.paragraph + 1]).toContain(c.text);
  }
}

/** A start-up failure: the given exit code, nothing on stdout, exactly one line on stderr (returned). */
function expectOneLineFailure(result: RunResult, code = 1): string {
  expect(result.code, `stderr: ${result.stderr}`).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const errLines = result.stderr.slice(0, -1).split('\n');
  expect(errLines, result.stderr).toHaveLength(1);
  expect(errLines[0]).not.toMatch(/^\s+at /u);
  return errLines[0]!;
}

describe('ask --json', () => {
  it(
    'answers every input line with exactly one JSON object, in order, citing the article verbatim',
    async () => {
      const questions = [
        'Who said foreign troops must leave Iraq?',
        'What did Macron say?',
        '',
        "What's the weather in Paris?",
        'How many foreign soldiers are in Iraq?',
      ];
      const result = await runCli('ask', ['--json'], { stdin: `${questions.join('\n')}\n`, env: { CACHE_DIR: cacheDir } });
      expect(result.code, result.stderr).toBe(0);

      const answers = parseAnswers(result);
      expect(answers.map((a) => a.question)).toEqual(questions);
      for (const a of answers) expectVerbatim(a.citations, ARTICLE);
      const [whoSaid, macron, empty, weather, howMany] = answers as [JsonAnswer, JsonAnswer, JsonAnswer, JsonAnswer, JsonAnswer];

      expect(whoSaid.inScope).toBe(true);
      expect(whoSaid.speaker).toBe('Hadi al-Amiri');
      expect(whoSaid.citations.length).toBeGreaterThan(0);
      expect(whoSaid.answer).toContain('Hadi al-Amiri');

      expect(macron.inScope).toBe(true);
      expect(macron.speaker).toBe('Emmanuel Macron');
      expect(macron.citations.some((c) => c.paragraph === 4 && c.text.includes('No matter the choice the US makes'))).toBe(true);

      expect(empty.inScope).toBe(false);
      expect(empty.citations).toEqual([]);
      expect(empty.speaker).toBeNull();

      expect(weather.inScope).toBe(false);
      expect(weather.citations).toEqual([]);
      expect(weather.speaker).toBeNull();

      expect(howMany.inScope).toBe(true);
      expect(howMany.answer).toContain('3,500');
      expect(howMany.citations[0]?.paragraph).toBe(6);
    },
    CHILD_TIMEOUT,
  );

  it(
    'answers about the article given with --article instead of the configured one',
    async () => {
      const file = writeArticle('ferry.txt', FERRY_ARTICLE);
      const questions = ['Who said the ferry will carry 4,000 passengers a day?', 'How much did the project cost?', 'What did Macron say?'];
      const result = await runCli('ask', ['--json', '--article', file], { stdin: `${questions.join('\n')}\n`, env: { CACHE_DIR: cacheDir } });
      expect(result.code, result.stderr).toBe(0);

      const answers = parseAnswers(result);
      expect(answers.map((a) => a.question)).toEqual(questions);
      for (const a of answers) expectVerbatim(a.citations, FERRY_ARTICLE);
      const [whoSaid, cost, macron] = answers as [JsonAnswer, JsonAnswer, JsonAnswer];

      expect(whoSaid.inScope).toBe(true);
      expect(whoSaid.speaker).toBe('Lena Okafor');
      expect(whoSaid.citations[0]?.paragraph).toBe(2);

      expect(cost.inScope).toBe(true);
      expect(cost.answer).toContain('12 million euros');
      expect(cost.citations[0]?.paragraph).toBe(3);

      // Macron is in the default article, not in this one.
      expect(macron.inScope).toBe(false);
      expect(macron.citations).toEqual([]);
      expect(macron.answer).not.toContain('No matter the choice');
    },
    CHILD_TIMEOUT,
  );

  it(
    'answers a when-question with the date of the event asked about, not the date it was said',
    async () => {
      // "... will open a ferry line ... in June, Mayor Lena Okafor said on Monday." The line opens in June.
      const file = writeArticle('ferry-when.txt', FERRY_ARTICLE);
      const result = await runCli('ask', ['--json', '--article', file], { stdin: 'When will the ferry line open?\n', env: { CACHE_DIR: cacheDir } });
      expect(result.code, result.stderr).toBe(0);
      const [when] = parseAnswers(result) as [JsonAnswer];
      expect(when.inScope).toBe(true);
      expect(when.citations[0]?.paragraph).toBe(1);
      expect(when.answer.split('\n')[0]).toContain('June');
    },
    CHILD_TIMEOUT,
  );
});

describe('ask for people', () => {
  it(
    'prints the answer with its citations for a question given as arguments',
    async () => {
      const result = await runCli('ask', ['--', 'What did Macron say?'], { env: { CACHE_DIR: cacheDir } });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Macron');
      expect(result.stdout).toContain('¶');
      // The ¶4 quotation, verbatim.
      expect(result.stdout).toContain('“No matter the choice the US makes, we will maintain our presence to fight terrorism in Iraq');
      expect(result.stdout.trim().startsWith('{')).toBe(false);
    },
    CHILD_TIMEOUT,
  );

  it(
    'prints usage and exits 2 without a question',
    async () => {
      const result = await runCli('ask', []);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Usage: /mu);
    },
    CHILD_TIMEOUT,
  );
});

describe('ask start-up failures', () => {
  it(
    'exits 1 with one line naming a missing article file',
    async () => {
      const result = await runCli('ask', ['--json', '--article', '/nonexistent'], { stdin: 'What did Macron say?\n', env: { CACHE_DIR: cacheDir } });
      const line = expectOneLineFailure(result);
      expect(line).toContain('/nonexistent');
      expect(line).toMatch(/does not exist/u);
    },
    CHILD_TIMEOUT,
  );

  it(
    'exits 1 with one line saying an empty article file is empty',
    async () => {
      const file = writeArticle('empty.txt', '\n  \n');
      const result = await runCli('ask', ['--json', '--article', file], { stdin: 'What did Macron say?\n', env: { CACHE_DIR: cacheDir } });
      const line = expectOneLineFailure(result);
      expect(line).toContain(file);
      expect(line).toMatch(/\bempty\b/u);
    },
    CHILD_TIMEOUT,
  );

  it(
    'exits 1 with one line naming an unknown model and the fix when downloads are off',
    async () => {
      const models = temp.make();
      const result = await runCli('ask', ['--json'], {
        stdin: 'What did Macron say?\n',
        env: { CACHE_DIR: cacheDir, EMBEDDING_MODEL: 'test-org/no-such-model', HF_HUB_OFFLINE: 'true', MODELS_DIR: models },
      });
      const line = expectOneLineFailure(result);
      expect(line).toContain('test-org/no-such-model');
      expect(line).toContain('HF_HUB_OFFLINE');
      expect(line).toContain('EMBEDDING_MODEL');
    },
    CHILD_TIMEOUT,
  );
});

describe('quotes --json', () => {
  interface Row {
    speaker: string;
    role: string | null;
    text: string;
    paragraph: number;
    direct: boolean;
  }

  it(
    'prints one JSON array of every statement, verbatim, with Macron’s direct quotation in ¶4',
    async () => {
      const result = await runCli('quotes', ['--json'], { env: { CACHE_DIR: cacheDir } });
      expect(result.code, result.stderr).toBe(0);
      expect(lines(result.stdout)).toHaveLength(1);
      const parsed: unknown = JSON.parse(result.stdout);
      expect(Array.isArray(parsed)).toBe(true);
      const rows = parsed as Row[];
      expect(rows.length).toBeGreaterThan(0);

      const blocks = articleBlocks(ARTICLE);
      for (const row of rows) {
        expect(Object.keys(row).sort()).toEqual(['direct', 'paragraph', 'role', 'speaker', 'text']);
        expect(row.speaker).toBeTypeOf('string');
        expect(row.role === null || typeof row.role === 'string').toBe(true);
        expect(row.direct).toBeTypeOf('boolean');
        expect(Number.isInteger(row.paragraph)).toBe(true);
        expect(row.text.length).toBeGreaterThan(0);
        expect(ARTICLE).toContain(row.text);
        expect(blocks[row.paragraph + 1]).toContain(row.text);
      }

      const macron = rows.filter((r) => r.speaker === 'Emmanuel Macron' && r.paragraph === 4 && r.direct);
      expect(macron).toHaveLength(1);
      expect(macron[0]!.text).toMatch(/^No matter the choice the US makes, we will maintain our presence/u);
      // A direct quotation is given without its quotation marks.
      expect(macron[0]!.text).not.toMatch(/[“”"]/u);
      expect(rows.some((r) => r.speaker === 'Hadi al-Amiri' && r.paragraph === 2 && r.direct && r.text.startsWith('no foreign forces'))).toBe(true);
    },
    CHILD_TIMEOUT,
  );

  it(
    'prints [] for an article that quotes nobody',
    async () => {
      const file = writeArticle('no-quotes.txt', NO_QUOTES_ARTICLE);
      const result = await runCli('quotes', ['--json', '--article', file], { env: { CACHE_DIR: cacheDir } });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe('[]\n');
    },
    CHILD_TIMEOUT,
  );

  it(
    'exits 1 with one line naming a missing article file',
    async () => {
      const result = await runCli('quotes', ['--json', '--article', '/nonexistent/article.txt'], { env: { CACHE_DIR: cacheDir } });
      const line = expectOneLineFailure(result);
      expect(line).toContain('/nonexistent/article.txt');
    },
    CHILD_TIMEOUT,
  );
});
