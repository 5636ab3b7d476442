/**
 * The bare model load of child-model-load.ts, but plain JavaScript run by plain
 * `node` (no tsx loader): how much of a process's memory the loader costs.
 * Prints one JSON line once the pipeline is ready.
 */
import path from 'node:path';
import { env, pipeline } from '@huggingface/transformers';

const modelsDir = path.resolve(process.env.MODELS_DIR || 'models');
env.localModelPath = modelsDir + path.sep;
env.cacheDir = modelsDir + path.sep;
env.allowLocalModels = true;
env.allowRemoteModels = false;
const extractor = await pipeline('feature-extraction', process.env.EMBEDDING_MODEL || 'article-qa/glove-sif-100d', { dtype: 'fp32' });
process.stdout.write(`${JSON.stringify({ rssMb: process.memoryUsage().rss / 2 ** 20 })}\n`);
await extractor.dispose();
