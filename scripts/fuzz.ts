/**
 * npm run fuzz [-- --seed N] [-- --per-article 25] [-- --json]
 *
 * Asks every article under tests/fixtures/ (and data/article.txt) questions made at random from its own words in the
 * shapes people ask ("Where exactly is the X?", "How much will X go up to", "Who said X?", a bare "X?"), with the
 * default model, and reports any that throw. The bot catches an exception and apologises, but a question that
 * throws is one it cannot answer: session 39's blind sets found one ("Where is the Hotel Lavanda?" when the article
 * puts it "3 km from Budva"), so this looks for more of its kind. Seeded, so a run can be repeated; no timing.
 *
 * Prints one line per question that threw and a total (or with --json one JSON object). Exits 0 when none threw, 1
 * when one did.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadArticle } from '../src/article/index.js';
import { QAEngine } from '../src/answer/engine.js';
import { loadConfig } from '../src/config/index.js';
import { loadEmbedder } from '../src/embeddings/index.js';

const SHAPES = [
  'Where is X?',
  'Where exactly is the X?',
  'which town is X in',
  'How many X?',
  'How much did X cost?',
  'how much will X go up to',
  'To what level did X rise?',
  'How far is X from Y?',
  'How long has X?',
  'When did X happen?',
  'Who said X?',
  'What did X say?',
  'Who is X?',
  'Why did X?',
  'What is X?',
  'Did X say Y?',
  'X?',
];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const json = process.argv.includes('--json');
const perArticle = option('per-article', 25);
let seed = option('seed', 1);
/** A linear congruential generator: the same seed asks the same questions. */
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const root = 'tests/fixtures';
const articles = [
  'data/article.txt',
  ...readdirSync(root)
    .map((d) => path.join(root, d, 'articles'))
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).map((f) => path.join(d, f)))
    .sort(),
];
const embedder = await loadEmbedder(loadConfig({ requireToken: false }).embedding);
const threw: Array<{ article: string; question: string; error: string }> = [];
let asked = 0;
try {
  for (const file of articles) {
    const article = await loadArticle(file);
    const engine = await QAEngine.create(article, embedder, { cacheDir: null });
    const words = article.text.split(/\s+/u).filter((w) => w.length > 1);
    for (let i = 0; i < perArticle; i++) {
      const length = 1 + Math.floor(random() * 4);
      const at = Math.floor(random() * Math.max(1, words.length - length));
      const question = pick(SHAPES).replace('X', words.slice(at, at + length).join(' ')).replace('Y', pick(words));
      asked++;
      try {
        await engine.ask(question);
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        threw.push({ article: file, question, error });
        if (!json) console.log(`THREW ${file}: ${JSON.stringify(question)}: ${error}`);
      }
    }
  }
} finally {
  await embedder.dispose();
}
if (json) console.log(JSON.stringify({ articles: articles.length, asked, threw }));
else console.log(`${articles.length} articles, ${asked} questions, ${threw.length} threw`);
process.exitCode = threw.length > 0 ? 1 : 0;
