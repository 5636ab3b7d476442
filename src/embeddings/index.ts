/**
 * Sentence embeddings with transformers.js, on this machine.
 *
 * The default model (models/article-qa/glove-sif-100d, built by
 * scripts/build-model.ts) ships with the repo and loads with remote models
 * disabled. Any transformers.js feature-extraction model id from the Hugging
 * Face hub works too: it is downloaded once into `models/` (transformers.js's
 * cache) and loaded offline from there afterwards.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env, LogLevel, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
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
  /** Overrides of the per-model defaults (see modelProfile). */
  pooling?: Pooling;
  queryPrefix?: string;
  passagePrefix?: string;
}

export interface Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  /** A string that changes whenever vectors would: model, pooling and prefixes. */
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

const BATCH = 32;

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
    const fix = model === DEFAULT_MODEL
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

  return {
    modelId: model,
    dimensions,
    fingerprint: JSON.stringify({ model, pooling, prefixes }),
    async embed(texts, kind) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => prefixes[kind] + t);
        const tensor = await extractor(batch, { pooling, normalize: true });
        const data = tensor.data as Float32Array;
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
