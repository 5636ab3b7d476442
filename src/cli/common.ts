/** Start-up for the command-line tools: one clear line on stderr for any failure, then exit 1. */
import { ArticleError } from '../article/index.js';
import { ConfigError } from '../config/index.js';
import { ModelError } from '../embeddings/index.js';

export function startupFailure(err: unknown): never {
  const known = err instanceof ArticleError || err instanceof ConfigError || err instanceof ModelError;
  const message = known ? (err as Error).message : `Unexpected error: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(1);
}
