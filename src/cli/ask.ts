/**
 * npm run ask -- "question"                      prints the answer for people
 * npm run ask -- --json [--article PATH] < FILE   one JSON object per input line
 *
 * JSON lines: {"question", "inScope", "answer", "citations": [{"paragraph", "text"}], "speaker"}.
 * The model loads once; nothing but answers goes to standard output.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { formatPlain, QAEngine, type Answer } from '../answer/engine.js';
import { loadConfig } from '../config/index.js';
import { startupFailure } from './common.js';

const USAGE = 'Usage: npm run ask -- "your question"   |   npm run ask -- --json [--article PATH] < questions.txt';

function toJson(answer: Answer, engine: QAEngine): string {
  return JSON.stringify({
    question: answer.question,
    inScope: answer.inScope,
    answer: formatPlain(answer, engine.article),
    citations: answer.citations.map((c) => ({ paragraph: c.paragraph, text: c.text })),
    speaker: answer.speaker,
  });
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ options: { json: { type: 'boolean' }, article: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const { values, positionals } = args;
  if (values.help || (!values.json && positionals.length === 0)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  let engine: QAEngine;
  try {
    const config = loadConfig({ requireToken: false });
    engine = await QAEngine.load({ ...config.embedding, articlePath: values.article ?? config.articlePath, cacheDir: config.cacheDir });
  } catch (err) {
    startupFailure(err);
  }

  if (!values.json) {
    const answer = await engine.ask(positionals.join(' '));
    process.stdout.write(`${formatPlain(answer, engine.article)}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    let out: string;
    try {
      out = toJson(await engine.ask(line), engine);
    } catch (err) {
      // Never lose a question: an internal failure still yields an answer line.
      process.stderr.write(`error answering a question: ${err instanceof Error ? err.message : String(err)}\n`);
      out = JSON.stringify({ question: line, inScope: false, answer: 'Sorry, something went wrong while answering this question.', citations: [], speaker: null });
    }
    process.stdout.write(`${out}\n`);
  }
}

await main();
