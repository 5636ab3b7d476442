/**
 * The pieces scripts/build-model.ts builds the default model from: a model folder
 * written from word vectors loads in transformers.js and pools to the SIF sentence
 * vector (the mean of its words' rows). A tiny vocabulary keeps this fast; the real
 * model is rebuilt with `npm run build:model`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeModelFolder } from '../scripts/model/folder.js';
import { loadEmbedder } from '../src/embeddings/index.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('word-vector model folder', () => {
  it('loads as a transformers.js feature-extraction model whose mean pooling is the mean of the word rows', async () => {
    const modelsDir = await mkdtemp(path.join(tmpdir(), 'aq-model-'));
    dirs.push(modelsDir);
    const rows = [
      [1, 0, 0, 0],
      [0, 2, 0, 0],
      [0, 0, -3, 0.5],
    ];
    writeModelFolder(path.join(modelsDir, 'test/tiny'), ['alpha', 'beta', 'gamma'], rows, 4, { doc: 'test', buildInfo: {} });
    const embedder = await loadEmbedder({ model: 'test/tiny', modelsDir, offline: true });
    try {
      expect(embedder.dimensions).toBe(4);
      const [ab, g, unknown, mixed] = await embedder.embed(['Alpha beta', 'gamma', 'zeta', 'alpha, zeta!'], 'passage');
      // mean([1,0,0,0],[0,2,0,0]) = [0.5,1,0,0], unit length.
      const n = Math.hypot(0.5, 1);
      expect([...ab!].map((x) => Number(x.toFixed(2)))).toEqual([0.5 / n, 1 / n, 0, 0].map((x) => Number(x.toFixed(2))));
      expect(g![2]).toBeLessThan(-0.98);
      expect([...unknown!]).toEqual([0, 0, 0, 0]);
      // Unknown words and punctuation add zero rows: same direction as "alpha" alone.
      expect(mixed![0]).toBeCloseTo(1, 2);
    } finally {
      await embedder.dispose();
    }
  });

  it('rejects rows that do not match the vocabulary', () => {
    expect(() => writeModelFolder('/nonexistent', ['a'], [], 2, { doc: '', buildInfo: {} })).toThrow(/one row per word/u);
  });
});
