/**
 * Sentence embeddings with transformers.js, on this machine.
 *
 * The default model (models/article-qa/glove-sif-100d, built by
 * scripts/build-model.ts) ships with the repo and loads with remote models
 * disabled. Any transformers.js feature-extraction model id from the Hugging
 * Face hub works too: it is downloaded once into `models/` (transformers.js's
 * cache) and loaded offline from there afterwards.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { env, LogLevel, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { DownloadStalledError, stallGuardedFetch } from './fetch.js';
import { DEFAULT_MODEL } from './model-id.js';

export { cachedPassageVectors } from './cache.js';

export { DEFAULT_MODEL } from './model-id.js';

export type Pooling = 'mean' | 'cls';

export interface EmbeddingOptions {
  /** A model id: the built-in one, a folder under modelsDir, or a hub id. */
  model: string;
  /** Local models folder, also the download cache (default "models"). */
  modelsDir?: string;
  /** Hub endpoint for downloads (default https://huggingface.co/). */
  remoteHost?: string;
  /** Never download: fail if the model is not already under modelsDir. */
  offline?: boolean;
  /** A download fails after this long without a byte from the hub (default 30 s). */
  downloadIdleTimeoutMs?: number;
  /** Overrides of the per-model defaults (see modelProfile). */
  pooling?: Pooling;
  queryPrefix?: string;
  passagePrefix?: string;
}

export interface Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  /** A string that changes whenever vectors would: model, the bytes of its files, pooling and prefixes. */
  readonly fingerprint: string;
  /** Unit-length vectors (all zeros for a text with no known word). */
  embed(texts: readonly string[], kind: 'query' | 'passage'): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

export class ModelError extends Error {
  override name = 'ModelError';
}

export interface ModelProfile {
  pooling: Pooling;
  queryPrefix: string;
  passagePrefix: string;
}

/** What well-known embedding models expect (from their model cards). */
export function modelProfile(model: string): ModelProfile {
  const id = model.toLowerCase();
  if (/bge-[a-z]+-en/.test(id)) {
    return { pooling: 'cls', queryPrefix: 'Represent this sentence for searching relevant passages: ', passagePrefix: '' };
  }
  if (/(^|\/)(multilingual-)?e5-/.test(id)) return { pooling: 'mean', queryPrefix: 'query: ', passagePrefix: 'passage: ' };
  if (id.includes('nomic-embed')) return { pooling: 'mean', queryPrefix: 'search_query: ', passagePrefix: 'search_document: ' };
  if (id.includes('snowflake-arctic-embed')) {
    return { pooling: 'cls', queryPrefix: 'Represent this sentence for searching relevant passages: ', passagePrefix: '' };
  }
  return { pooling: 'mean', queryPrefix: '', passagePrefix: '' };
}

/** The files whose bytes decide the vectors (those of them the model has). */
const VECTOR_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model.onnx_data'];

/** SHA-256 over the model's files, streamed (a hub model's weights can be hundreds of MB). */
async function modelFilesHash(folder: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of VECTOR_FILES) {
    const file = path.join(folder, name);
    if (!existsSync(file)) continue;
    hash.update(`\u0000${name}\u0000`);
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex').slice(0, 16);
}

const BATCH = 32;
const DEFAULT_DOWNLOAD_IDLE_MS = 30_000;

/**
 * Mean pooling and L2 normalisation of token vectors exactly as transformers.js's
 * feature-extraction pipeline does them (mean_pooling, then Tensor.normalize(2, -1)):
 * the same float operations in the same order, so the vectors are bit-identical, but
 * in one pass per text, without the generic tensor code's per-element index arithmetic
 * and BigInt conversions (which were half the cost of embedding a passage).
 */
function meanPooledUnitVectors(hidden: Float32Array, mask: ArrayLike<bigint | number>, batch: number, seq: number, dim: number): Float32Array {
  const out = new Float32Array(batch * dim);
  const sums = new Float64Array(dim);
  for (let i = 0; i < batch; i++) {
    // Each dimension's sum runs over the tokens in order, as in mean_pooling (tokens outer, for locality).
    sums.fill(0);
    let count = 0;
    for (let j = 0; j < seq; j++) {
      const weight = Number(mask[i * seq + j]);
      count += weight;
      const token = (i * seq + j) * dim;
      for (let k = 0; k < dim; k++) sums[k]! += hidden[token + k]! * weight;
    }
    const row = i * dim;
    for (let k = 0; k < dim; k++) out[row + k] = sums[k]! / count;
    // The norm accumulates in float32 storage, then ** (1 / 2); each value is divided by it.
    let norm = 0;
    for (let k = 0; k < dim; k++) norm = Math.fround(norm + out[row + k]! ** 2);
    norm = Math.fround(norm ** 0.5);
    for (let k = 0; k < dim; k++) out[row + k] = out[row + k]! / norm;
  }
  return out;
}

/**
 * The pipeline's own steps for mean pooling with normalisation (tokenizer, then model),
 * with the pooling and normalisation above; null when the model's output is not the
 * float32 token vectors this expects.
 */
async function fastMeanEmbeddings(extractor: FeatureExtractionPipeline, texts: string[]): Promise<Float32Array | null> {
  const inputs = extractor.tokenizer(texts, { padding: true, truncation: true }) as { attention_mask: { data: ArrayLike<bigint | number>; dims: number[] } };
  const outputs = (await extractor.model(inputs)) as Record<string, { data: unknown; dims: number[] } | undefined>;
  const hidden = outputs.last_hidden_state ?? outputs.logits ?? outputs.token_embeddings;
  if (!hidden || !(hidden.data instanceof Float32Array) || hidden.dims.length !== 3) return null;
  const [batch, seq, dim] = hidden.dims as [number, number, number];
  if (batch !== texts.length || inputs.attention_mask.data.length !== batch * seq) return null;
  return meanPooledUnitVectors(hidden.data, inputs.attention_mask.data, batch, seq, dim);
}

export async function loadEmbedder(options: EmbeddingOptions): Promise<Embedder> {
  const modelsDir = path.resolve(options.modelsDir ?? 'models');
  const model = options.model.trim();
  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(model) || model.includes('..')) {
    throw new ModelError(`EMBEDDING_MODEL "${model}" is not a model id: use "owner/name", e.g. ${DEFAULT_MODEL} or Xenova/all-MiniLM-L6-v2.`);
  }
  // Complete on disk (an interrupted download counts as missing and resumes from transformers.js's cache).
  const local = ['config.json', 'tokenizer.json', 'onnx/model.onnx'].every((f) => existsSync(path.join(modelsDir, model, f)));
  env.localModelPath = modelsDir + path.sep;
  env.cacheDir = modelsDir + path.sep;
  env.allowLocalModels = true;
  env.allowRemoteModels = !local && !options.offline;
  if (options.remoteHost) env.remoteHost = options.remoteHost.endsWith('/') ? options.remoteHost : `${options.remoteHost}/`;
  env.logLevel = LogLevel.ERROR;
  const idleMs = options.downloadIdleTimeoutMs ?? DEFAULT_DOWNLOAD_IDLE_MS;
  env.fetch = stallGuardedFetch(globalThis.fetch.bind(globalThis), idleMs);

  if (!local && options.offline) {
    throw new ModelError(
      `Embedding model ${model} is not in ${modelsDir}${model === DEFAULT_MODEL ? ': run `npm run build:model` to rebuild it' : ': unset HF_HUB_OFFLINE to download it once, or set EMBEDDING_MODEL to a model under models/'}.`,
    );
  }

  let extractor: FeatureExtractionPipeline;
  try {
    // dtype fp32 selects onnx/model.onnx (the built-in model is int8 inside that file).
    extractor = (await pipeline('feature-extraction', model, { dtype: 'fp32' })) as FeatureExtractionPipeline;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const stalled = err instanceof DownloadStalledError || (err instanceof Error && err.cause instanceof DownloadStalledError);
    const fix = stalled
      ? `the hub ${env.remoteHost} stopped sending: try again, or raise HF_DOWNLOAD_TIMEOUT_SECONDS for a slow connection`
      : model === DEFAULT_MODEL
      ? 'run `npm run build:model` to rebuild the built-in model'
      : local
        ? `the files in ${path.join(modelsDir, model)} are incomplete: delete that folder to download again`
        : `check the id and network access to ${env.remoteHost}, or set EMBEDDING_MODEL=${DEFAULT_MODEL}`;
    throw new ModelError(`Embedding model ${model} could not be loaded (${why}): ${fix}.`);
  }

  const profile = modelProfile(model);
  const pooling = options.pooling ?? profile.pooling;
  const prefixes = {
    query: options.queryPrefix ?? profile.queryPrefix,
    passage: options.passagePrefix ?? profile.passagePrefix,
  };

  const probe = await extractor(['probe'], { pooling, normalize: true });
  const dimensions = probe.dims[1]!;

  // Mean pooling takes the fast path above, once it has given the pipeline's very bits on a few texts.
  const check = ['probe', 'The quick brown fox, 3,500 of them.', 'Hadi al-Amiri told reporters in Baghdad on Tuesday.'];
  let fast = false;
  if (pooling === 'mean') {
    try {
      const expected = (await extractor(check, { pooling, normalize: true })).data as Float32Array;
      const got = await fastMeanEmbeddings(extractor, check);
      fast = got !== null && got.length === expected.length && got.every((x, i) => Object.is(x, expected[i]));
    } catch {
      fast = false;
    }
  }

  return {
    modelId: model,
    dimensions,
    fingerprint: JSON.stringify({ model, files: await modelFilesHash(path.join(modelsDir, model)), pooling, prefixes }),
    async embed(texts, kind) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => prefixes[kind] + t);
        const data = (fast && (await fastMeanEmbeddings(extractor, batch))) || ((await extractor(batch, { pooling, normalize: true })).data as Float32Array);
        for (let b = 0; b < batch.length; b++) {
          const v = data.slice(b * dimensions, (b + 1) * dimensions);
          // A text with no known word pools to zero and normalises to NaN: call it zero.
          if (Number.isNaN(v[0])) v.fill(0);
          out.push(v);
        }
      }
      return out;
    },
    async dispose() {
      await extractor.dispose();
    },
  };
}
