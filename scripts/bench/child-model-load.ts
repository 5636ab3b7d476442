/**
 * A bare transformers.js model load, in a fresh process, for comparison with
 * the CLI's cold start: import transformers.js, then
 * pipeline('feature-extraction', model) for the configured model (same
 * local-model settings as src/embeddings), and nothing else. Prints one JSON
 * line as soon as the pipeline is ready: the parent times spawn -> this line.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config/index.js';

const config = loadConfig({ requireToken: false });
const t0 = performance.now();
const { env, pipeline } = await import('@huggingface/transformers');
const imported = performance.now();
const modelsDir = path.resolve(config.embedding.modelsDir ?? 'models');
env.localModelPath = modelsDir + path.sep;
env.cacheDir = modelsDir + path.sep;
env.allowLocalModels = true;
env.allowRemoteModels = false;
const extractor = await pipeline('feature-extraction', config.embedding.model, { dtype: 'fp32' });
const loaded = performance.now();
process.stdout.write(
  `${JSON.stringify({ importMs: imported - t0, pipelineMs: loaded - imported, sinceProcessStartMs: loaded, rssMb: process.memoryUsage().rss / 2 ** 20 })}\n`,
);
await extractor.dispose();
