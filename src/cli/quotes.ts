/**
 * npm run quotes [-- --json] [-- --article PATH]
 *
 * Every speaker in the article with their statements. --json prints one array
 * of {"speaker", "role", "text", "paragraph", "direct"}, text verbatim.
 */
import { parseArgs } from 'node:util';
import { loadArticle, paragraphLabel } from '../article/index.js';
import { extractStatements, type Statement } from '../attribution/index.js';
import { loadConfig } from '../config/index.js';
import { startupFailure } from './common.js';

export const UNATTRIBUTED = '(unattributed)';

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { json: { type: 'boolean' }, article: { type: 'string' } } }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\nUsage: npm run quotes -- [--json] [--article PATH]\n`);
    process.exit(2);
  }
  let statements: Statement[];
  let outlet: string | null;
  try {
    const config = loadConfig({ requireToken: false });
    const article = await loadArticle(values.article ?? config.articlePath);
    outlet = article.outlet;
    statements = extractStatements(article).statements;
  } catch (err) {
    startupFailure(err);
  }
  if (values.json) {
    const rows = statements.map((st) => ({
      speaker: st.speaker?.name ?? UNATTRIBUTED,
      role: st.speaker?.role ?? null,
      text: st.text,
      paragraph: st.paragraph,
      direct: st.direct,
    }));
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  if (statements.length === 0) {
    process.stdout.write('The article quotes nobody.\n');
    return;
  }
  const groups = new Map<string, Statement[]>();
  for (const st of statements) groups.set(st.speaker?.name ?? UNATTRIBUTED, [...(groups.get(st.speaker?.name ?? UNATTRIBUTED) ?? []), st]);
  const source = outlet ? `, ${outlet}` : '';
  for (const [name, list] of groups) {
    const role = list[0]!.speaker?.role;
    process.stdout.write(`${name}${role ? ` (${role})` : ''}\n`);
    for (const st of list) process.stdout.write(`  ${st.direct ? '“' : ''}${st.text}${st.direct ? '”' : ''} (${paragraphLabel(st.paragraph)}${source})\n`);
  }
}

await main();
