/**
 * On-disk cache of passage vectors, keyed by the embedder's fingerprint (model
 * id, a hash of the model's files, pooling, prefixes) and a hash of the exact passage texts (so a changed
 * article, or a change in how passages are cut, invalidates it).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embedder } from './index.js';

const MAGIC = 0x41514531; // "AQE1"

function cacheFile(dir: string, embedder: Embedder, texts: readonly string[]): string {
  const h = createHash('sha256');
  h.update(embedder.fingerprint);
  for (const t of texts) h.update('\u0000').update(t);
  const slug = embedder.modelId.replace(/[^\w.-]+/g, '_');
  return path.join(dir, slug, `${h.digest('hex').slice(0, 32)}.bin`);
}

function decode(buf: Buffer, count: number, dim: number): Float32Array[] | null {
  if (buf.length !== 12 + count * dim * 4) return null;
  if (buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== count || buf.readUInt32LE(8) !== dim) return null;
  const floats = new Float32Array(buf.buffer.slice(buf.byteOffset + 12, buf.byteOffset + buf.length));
  return Array.from({ length: count }, (_, i) => floats.subarray(i * dim, (i + 1) * dim));
}

export interface CacheResult {
  vectors: Float32Array[];
  /** True when the vectors came from disk. */
  hit: boolean;
}

/**
 * Embeds passages, or reads them from the cache in `dir`. A missing, corrupt or
 * unwritable cache only costs time: it never fails the call.
 */
export async function cachedPassageVectors(
  embedder: Embedder,
  texts: readonly string[],
  dir: string | null,
): Promise<CacheResult> {
  const file = dir ? cacheFile(dir, embedder, texts) : null;
  if (file) {
    const buf = await readFile(file).catch(() => null);
    const vectors = buf && decode(buf, texts.length, embedder.dimensions);
    if (vectors) return { vectors, hit: true };
  }
  const vectors = await embedder.embed(texts, 'passage');
  if (file) {
    const header = Buffer.alloc(12);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(texts.length, 4);
    header.writeUInt32LE(embedder.dimensions, 8);
    const body = Buffer.concat([header, ...vectors.map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength))]);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(tmp, body);
      await rename(tmp, file);
    } catch {
      // Read-only disk or similar: keep going without a cache.
    }
  }
  return { vectors, hit: false };
}
