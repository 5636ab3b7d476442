/**
 * Embeddings with the real transformers.js and the real built-in model: vectors,
 * the passage-vector cache, the engine's use of it, downloads from a hub (a local
 * stand-in speaking the hub's URL layout over real HTTP), and model profiles.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QAEngine } from '../src/answer/engine.js';
import { loadArticle, parseArticle } from '../src/article/index.js';
import { cachedPassageVectors, DEFAULT_MODEL, loadEmbedder, ModelError, modelProfile, type Embedder } from '../src/embeddings/index.js';
import { ROOT } from './support/cli.js';
import { startHub, type Hub } from './support/hub.js';
import { TempDirs } from './support/temp.js';

const MODELS_DIR = path.join(ROOT, 'models');
const BUILT_IN = path.join(MODELS_DIR, ...DEFAULT_MODEL.split('/'));
const ARTICLE_PATH = path.join(ROOT, 'data', 'article.txt');
/** The files a transformers.js feature-extraction model needs. */
const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'];

/** Loading and downloading models on a slow machine. */
const LOAD_TIMEOUT = 180_000;

const temp = new TempDirs('embeddings-test');
let embedder: Embedder;

beforeAll(async () => {
  embedder = await loadEmbedder({ model: DEFAULT_MODEL, modelsDir: MODELS_DIR, offline: true });
});

afterAll(async () => {
  await embedder?.dispose();
  temp.cleanup();
});

function dot(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function norm(v: Float32Array): number {
  return Math.sqrt(dot(v, v));
}

/** Every file under dir, relative, with "/" separators. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => statSync(path.join(dir, rel), { throwIfNoEntry: false })?.isFile() ?? false)
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

/** Polls until `done()` holds (the test's timeout bounds the wait). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 25));
}

/** The rejection of a promise that must fail. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    return err as Error;
  }
  throw new Error('expected the promise to reject');
}

/** A ModelError for people: one line, no stack trace text, naming the model. */
function expectModelError(err: Error, model: string): void {
  expect(err).toBeInstanceOf(ModelError);
  expect(err.name).toBe('ModelError');
  expect(err.message).not.toContain('\n');
  expect(err.message).not.toMatch(/\bat .+:\d+:\d+/u);
  expect(err.message).toContain(model);
}

describe('the built-in model', () => {
  it('loads offline and has 100 dimensions', () => {
    expect(embedder.modelId).toBe(DEFAULT_MODEL);
    expect(embedder.dimensions).toBe(100);
    expect(embedder.fingerprint).toContain(DEFAULT_MODEL);
  });

  it('returns one unit-length vector per text, queries and passages alike', async () => {
    const texts = ['Foreign troops must leave Iraq by the end of the year.', 'Macron visited Baghdad', 'terrorism'];
    for (const kind of ['query', 'passage'] as const) {
      const vectors = await embedder.embed(texts, kind);
      expect(vectors).toHaveLength(texts.length);
      for (const v of vectors) {
        expect(v).toBeInstanceOf(Float32Array);
        expect(v).toHaveLength(100);
        expect(norm(v)).toBeCloseTo(1, 4);
      }
    }
  });

  it('embeds more texts than one batch, each as if alone', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => (i % 2 ? `soldiers number ${i}` : `the president visited Iraq ${i}`));
    const all = await embedder.embed(texts, 'passage');
    expect(all).toHaveLength(70);
    for (const i of [0, 33, 69]) {
      const [alone] = await embedder.embed([texts[i]!], 'passage');
      expect(Array.from(all[i]!)).toEqual(Array.from(alone!));
    }
  });

  it('scores related sentences higher than unrelated ones', async () => {
    const [troops, withdraw, baking, visit] = await embedder.embed(
      [
        'All foreign troops must leave Iraq.',
        'Soldiers will withdraw from the country.',
        'Bake the cake with two cups of flour and sugar.',
        'The French president visited Baghdad.',
      ],
      'passage',
    );
    expect(dot(troops!, withdraw!)).toBeGreaterThan(dot(troops!, baking!));
    expect(dot(troops!, visit!)).toBeGreaterThan(dot(troops!, baking!));
    expect(dot(visit!, withdraw!)).toBeGreaterThan(dot(visit!, baking!));
  });

  it('gives a zero vector, not NaN, for a text with no known word, without affecting its batch', async () => {
    const [unknown, empty, known] = await embedder.embed(['zxqvbl blorptangwix', '', 'Iraq'], 'query');
    for (const v of [unknown!, empty!]) {
      expect(v).toHaveLength(100);
      expect(v.some(Number.isNaN)).toBe(false);
      expect(v.every((x) => x === 0)).toBe(true);
    }
    expect(norm(known!)).toBeCloseTo(1, 4);
    const [alone] = await embedder.embed(['Iraq'], 'query');
    expect(Array.from(known!)).toEqual(Array.from(alone!));
  });

  it(
    'applies a configured query prefix to queries only, and says so in its fingerprint',
    async () => {
      const prefixed = await loadEmbedder({ model: DEFAULT_MODEL, modelsDir: MODELS_DIR, offline: true, queryPrefix: 'soldiers ' });
      try {
        expect(prefixed.fingerprint).not.toBe(embedder.fingerprint);
        const [query] = await prefixed.embed(['Iraq'], 'query');
        const [passage] = await prefixed.embed(['Iraq'], 'passage');
        const [plain] = await embedder.embed(['Iraq'], 'query');
        const [withWords] = await embedder.embed(['soldiers Iraq'], 'query');
        expect(Array.from(passage!)).toEqual(Array.from(plain!));
        expect(Array.from(query!)).toEqual(Array.from(withWords!));
        expect(Array.from(query!)).not.toEqual(Array.from(plain!));
      } finally {
        await prefixed.dispose();
      }
    },
    LOAD_TIMEOUT,
  );
});

describe('cachedPassageVectors', () => {
  const texts = ['Hadi al-Amiri said all foreign troops must leave Iraq.', 'Macron said France will stay in Iraq.', 'There are 3,500 foreign soldiers in Iraq.'];

  it('computes and writes on a miss, then reads the identical vectors back', async () => {
    const dir = temp.make();
    const first = await cachedPassageVectors(embedder, texts, dir);
    expect(first.hit).toBe(false);
    expect(first.vectors).toHaveLength(texts.length);
    const direct = await embedder.embed(texts, 'passage');
    expect(first.vectors.map((v) => Array.from(v))).toEqual(direct.map((v) => Array.from(v)));

    const written = filesUnder(dir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/\.bin$/u);

    const second = await cachedPassageVectors(embedder, texts, dir);
    expect(second.hit).toBe(true);
    expect(second.vectors).toHaveLength(texts.length);
    expect(second.vectors.map((v) => Array.from(v))).toEqual(first.vectors.map((v) => Array.from(v)));
  });

  it('misses when the texts change, and keeps both entries', async () => {
    const dir = temp.make();
    expect((await cachedPassageVectors(embedder, texts, dir)).hit).toBe(false);
    const changed = [...texts.slice(0, 2), 'There are 4,000 foreign soldiers in Iraq.'];
    const miss = await cachedPassageVectors(embedder, changed, dir);
    expect(miss.hit).toBe(false);
    const [expected] = await embedder.embed([changed[2]!], 'passage');
    expect(Array.from(miss.vectors[2]!)).toEqual(Array.from(expected!));
    // Fewer texts, and the same texts in another order, are other entries too.
    expect((await cachedPassageVectors(embedder, texts.slice(0, 2), dir)).hit).toBe(false);
    expect((await cachedPassageVectors(embedder, [...texts].reverse(), dir)).hit).toBe(false);
    expect((await cachedPassageVectors(embedder, texts, dir)).hit).toBe(true);
    expect((await cachedPassageVectors(embedder, changed, dir)).hit).toBe(true);
  });

  it('misses for an embedder whose vectors differ (another prefix)', async () => {
    const dir = temp.make();
    expect((await cachedPassageVectors(embedder, texts, dir)).hit).toBe(false);
    const prefixed = await loadEmbedder({ model: DEFAULT_MODEL, modelsDir: MODELS_DIR, offline: true, passagePrefix: 'soldiers ' });
    try {
      const result = await cachedPassageVectors(prefixed, texts, dir);
      expect(result.hit).toBe(false);
      const expected = await prefixed.embed(texts, 'passage');
      expect(result.vectors.map((v) => Array.from(v))).toEqual(expected.map((v) => Array.from(v)));
    } finally {
      await prefixed.dispose();
    }
  }, LOAD_TIMEOUT);

  it('misses when the model\'s files change under the same id, and hits when only their timestamps do', async () => {
    const dir = temp.make();
    const modelsDir = temp.make();
    const model = 'test-org/edited-in-place';
    const folder = path.join(modelsDir, 'test-org', 'edited-in-place');
    cpSync(BUILT_IN, folder, { recursive: true });
    const load = () => loadEmbedder({ model, modelsDir, offline: true });

    const first = await load();
    try {
      expect((await cachedPassageVectors(first, texts, dir)).hit).toBe(false);
    } finally {
      await first.dispose();
    }
    const touched = new Date(Date.now() + 60_000);
    utimesSync(path.join(folder, 'onnx', 'model.onnx'), touched, touched);
    const same = await load();
    try {
      expect(same.fingerprint).toBe(first.fingerprint);
      expect((await cachedPassageVectors(same, texts, dir)).hit).toBe(true);
    } finally {
      await same.dispose();
    }
    // A replaced file (here the config, as a re-downloaded or rebuilt model would bring) is another model.
    const config = JSON.parse(readFileSync(path.join(folder, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(folder, 'config.json'), JSON.stringify({ ...config, revision: 'retrained' }));
    const edited = await load();
    try {
      expect(edited.fingerprint).not.toBe(first.fingerprint);
      expect((await cachedPassageVectors(edited, texts, dir)).hit).toBe(false);
    } finally {
      await edited.dispose();
    }
  }, LOAD_TIMEOUT);

  it('ignores a corrupt cache file: recomputes, and repairs it', async () => {
    const dir = temp.make();
    const good = await cachedPassageVectors(embedder, texts, dir);
    const [file] = filesUnder(dir);
    const full = path.join(dir, file!);
    const size = readFileSync(full).length;

    for (const corrupt of [Buffer.from('not a vector cache'), Buffer.alloc(size, 0xff), Buffer.alloc(0)]) {
      writeFileSync(full, corrupt);
      const again = await cachedPassageVectors(embedder, texts, dir);
      expect(again.hit).toBe(false);
      expect(again.vectors.map((v) => Array.from(v))).toEqual(good.vectors.map((v) => Array.from(v)));
      for (const v of again.vectors) expect(v.some(Number.isNaN)).toBe(false);
      // The recomputed vectors replaced the corrupt file.
      expect((await cachedPassageVectors(embedder, texts, dir)).hit).toBe(true);
    }
  });

  it('works without a cache when the cache folder cannot be created', async () => {
    const dir = temp.make();
    // A regular file where the cache folder should be: neither readable nor writable as a folder.
    const blocked = path.join(dir, 'not-a-folder');
    writeFileSync(blocked, 'x');
    const first = await cachedPassageVectors(embedder, texts, blocked);
    expect(first.hit).toBe(false);
    expect(first.vectors).toHaveLength(texts.length);
    const second = await cachedPassageVectors(embedder, texts, blocked);
    expect(second.hit).toBe(false);
    expect(second.vectors.map((v) => Array.from(v))).toEqual(first.vectors.map((v) => Array.from(v)));
    expect(readFileSync(blocked, 'utf8')).toBe('x');
  });

  it('with no cache folder, always computes and writes nothing', async () => {
    const a = await cachedPassageVectors(embedder, texts, null);
    const b = await cachedPassageVectors(embedder, texts, null);
    expect(a.hit).toBe(false);
    expect(b.hit).toBe(false);
    expect(b.vectors.map((v) => Array.from(v))).toEqual(a.vectors.map((v) => Array.from(v)));
  });
});

describe('QAEngine and the vector cache', () => {
  it('reuses passage vectors for the same article, and not for a changed one', async () => {
    const dir = temp.make();
    const article = await loadArticle(ARTICLE_PATH);
    const question = 'How many foreign soldiers are in Iraq?';

    const first = await QAEngine.create(article, embedder, { cacheDir: dir });
    expect(first.stats.cacheHit).toBe(false);
    expect(filesUnder(dir).length).toBeGreaterThan(0);
    const second = await QAEngine.create(article, embedder, { cacheDir: dir });
    expect(second.stats.cacheHit).toBe(true);
    expect(second.stats.passages).toBe(first.stats.passages);
    expect(await second.ask(question)).toEqual(await first.ask(question));

    const changedText = article.text.replace('There are currently 3,500 foreign soldiers', 'There are currently 4,200 foreign soldiers');
    expect(changedText).not.toBe(article.text);
    const changed = parseArticle(changedText, 'changed article');
    const third = await QAEngine.create(changed, embedder, { cacheDir: dir });
    expect(third.stats.cacheHit).toBe(false);
    const answer = await third.ask(question);
    expect(answer.inScope).toBe(true);
    expect(answer.citations[0]?.text).toContain('4,200 foreign soldiers');
    expect((await QAEngine.create(changed, embedder, { cacheDir: dir })).stats.cacheHit).toBe(true);
    // The original is still cached alongside.
    expect((await QAEngine.create(article, embedder, { cacheDir: dir })).stats.cacheHit).toBe(true);
  });

  it('never hits with the cache turned off', async () => {
    const article = await loadArticle(ARTICLE_PATH);
    expect((await QAEngine.create(article, embedder, { cacheDir: null })).stats.cacheHit).toBe(false);
    expect((await QAEngine.create(article, embedder, { cacheDir: null })).stats.cacheHit).toBe(false);
  });
});

describe('downloading a model from a hub', () => {
  const MODEL = 'test-org/glove-copy';
  let hub: Hub;
  let modelsDir: string;
  let downloaded: Embedder;

  beforeAll(async () => {
    hub = await startHub({ repos: { [MODEL]: BUILT_IN } });
    modelsDir = temp.make();
    downloaded = await loadEmbedder({ model: MODEL, modelsDir, remoteHost: hub.url });
  }, LOAD_TIMEOUT);

  afterAll(async () => {
    await downloaded?.dispose();
    await hub?.close();
  });

  it('fetches the model files from the hub URL layout', () => {
    for (const file of ['config.json', 'tokenizer.json', 'onnx/model.onnx']) expect(hub.files()).toContain(file);
    expect(hub.requests.every((r) => r.repo === MODEL)).toBe(true);
    expect(hub.requests.every((r) => r.method === 'GET' || r.method === 'HEAD')).toBe(true);
  });

  it('stores the files, byte for byte, under <modelsDir>/<owner>/<name>/', () => {
    const folder = path.join(modelsDir, 'test-org', 'glove-copy');
    const stored = filesUnder(folder);
    for (const file of ['config.json', 'tokenizer.json', 'onnx/model.onnx']) {
      expect(stored).toContain(file);
      expect(readFileSync(path.join(folder, file)).equals(readFileSync(path.join(BUILT_IN, file)))).toBe(true);
    }
    // No temporary files left behind.
    expect(stored.filter((f) => /\.tmp/u.test(f))).toEqual([]);
  });

  it('produces the same vectors as the built-in model', async () => {
    expect(downloaded.modelId).toBe(MODEL);
    expect(downloaded.dimensions).toBe(100);
    const texts = ['Who said foreign troops must leave Iraq?', 'Macron said France will stay in Iraq even if the United States pulls out its troops.'];
    const a = await downloaded.embed(texts, 'query');
    const b = await embedder.embed(texts, 'query');
    expect(a.map((v) => Array.from(v))).toEqual(b.map((v) => Array.from(v)));
  });

  it(
    'loads the downloaded copy again without any request, online or offline, even with the hub gone',
    async () => {
      hub.requests.length = 0;
      const again = await loadEmbedder({ model: MODEL, modelsDir, remoteHost: hub.url });
      await again.dispose();
      expect(hub.requests).toEqual([]);

      await hub.close();
      const offline = await loadEmbedder({ model: MODEL, modelsDir, offline: true });
      try {
        const [v] = await offline.embed(['foreign troops'], 'passage');
        const [w] = await embedder.embed(['foreign troops'], 'passage');
        expect(Array.from(v!)).toEqual(Array.from(w!));
      } finally {
        await offline.dispose();
      }
      expect(hub.requests).toEqual([]);
    },
    LOAD_TIMEOUT,
  );
});

describe('model load failures', () => {
  it(
    'offline with an empty models folder: a ModelError naming the model, and no request',
    async () => {
      const hub = await startHub({ repos: { 'test-org/offline-copy': BUILT_IN } });
      try {
        const modelsDir = temp.make();
        const err = await rejectionOf(loadEmbedder({ model: 'test-org/offline-copy', modelsDir, remoteHost: hub.url, offline: true }));
        expectModelError(err, 'test-org/offline-copy');
        expect(err.message).toContain('HF_HUB_OFFLINE');
        expect(hub.requests).toEqual([]);
        expect(filesUnder(modelsDir)).toEqual([]);
      } finally {
        await hub.close();
      }
    },
    LOAD_TIMEOUT,
  );

  for (const status of [404, 500]) {
    it(
      `a hub answering ${status}: a one-line ModelError naming the model and the hub`,
      async () => {
        const hub = await startHub({ status });
        try {
          const model = `test-org/answers-${status}`;
          const modelsDir = temp.make();
          const err = await rejectionOf(loadEmbedder({ model, modelsDir, remoteHost: hub.url }));
          expectModelError(err, model);
          expect(err.message).toContain(hub.url);
          expect(hub.requests.length).toBeGreaterThan(0);
          expect(filesUnder(modelsDir)).toEqual([]);
        } finally {
          await hub.close();
        }
      },
      LOAD_TIMEOUT,
    );
  }

  it(
    'a hub that cannot be reached: a one-line ModelError',
    async () => {
      const hub = await startHub();
      const url = hub.url;
      await hub.close();
      const err = await rejectionOf(loadEmbedder({ model: 'test-org/unreachable', modelsDir: temp.make(), remoteHost: url }));
      expectModelError(err, 'test-org/unreachable');
      expect(err.message).toContain(url);
    },
    LOAD_TIMEOUT,
  );

  it(
    'a download cut short by a server error: a ModelError, and the next start either downloads or says which folder to delete',
    async () => {
      const model = 'test-org/flaky-copy';
      const modelsDir = temp.make();
      const folder = path.join(modelsDir, 'test-org', 'flaky-copy');
      const flaky = await startHub({ repos: { [model]: BUILT_IN }, failFiles: { 'onnx/model.onnx': 500 } });
      try {
        expectModelError(await rejectionOf(loadEmbedder({ model, modelsDir, remoteHost: flaky.url })), model);
        expect(flaky.files()).toContain('onnx/model.onnx');
        // transformers.js may still be writing the files it did receive: wait until each is in place.
        await until(() => {
          const stored = filesUnder(folder);
          return flaky.served().every((f) => stored.includes(f)) && !stored.some((f) => /\.tmp/u.test(f));
        });
      } finally {
        await flaky.close();
      }
      expect(filesUnder(folder)).not.toContain('onnx/model.onnx');

      const healthy = await startHub({ repos: { [model]: BUILT_IN } });
      try {
        const options = { model, modelsDir, remoteHost: healthy.url };
        let recovered: Embedder;
        try {
          recovered = await loadEmbedder(options);
        } catch (err) {
          // Not resumed: the error must say which folder to delete.
          expectModelError(err as Error, model);
          expect((err as Error).message).toContain(folder);
          expect((err as Error).message).toMatch(/delete/iu);
          rmSync(folder, { recursive: true, force: true });
          recovered = await loadEmbedder(options);
        }
        try {
          expect(recovered.dimensions).toBe(100);
          const [v] = await recovered.embed(['foreign troops'], 'passage');
          const [w] = await embedder.embed(['foreign troops'], 'passage');
          expect(Array.from(v!)).toEqual(Array.from(w!));
          expect(healthy.served()).toContain('onnx/model.onnx');
        } finally {
          await recovered.dispose();
        }
      } finally {
        await healthy.close();
      }
    },
    LOAD_TIMEOUT,
  );

  for (const stall of ['before-headers', 'mid-body'] as const) {
    it(
      `a hub that goes silent (${stall}): a one-line ModelError after the idle timeout, not a hang`,
      async () => {
        const model = `test-org/silent-${stall}`;
        const hub = await startHub({ repos: { [model]: BUILT_IN }, stallFiles: { 'onnx/model.onnx': stall } });
        try {
          const modelsDir = temp.make();
          const started = Date.now();
          const err = await rejectionOf(loadEmbedder({ model, modelsDir, remoteHost: hub.url, downloadIdleTimeoutMs: 500 }));
          expectModelError(err, model);
          expect(err.message).toContain('no data from');
          expect(err.message).toContain('HF_DOWNLOAD_TIMEOUT_SECONDS');
          expect(hub.files()).toContain('onnx/model.onnx');
          // Bounded by the idle timeout, not by the test's own timeout (the hub never hangs up).
          expect(Date.now() - started).toBeLessThan(LOAD_TIMEOUT / 2);
          expect(filesUnder(path.join(modelsDir, 'test-org', `silent-${stall}`))).not.toContain('onnx/model.onnx');
        } finally {
          await hub.close();
        }
      },
      LOAD_TIMEOUT,
    );
  }

  it(
    'a slow hub that keeps sending is not cut off by the idle timeout',
    async () => {
      const model = 'test-org/slow-copy';
      // The model file takes about 1.6 s to arrive, but no gap is longer than 0.4 s.
      const hub = await startHub({ repos: { [model]: BUILT_IN }, trickle: { pieces: 5, gapMs: 400 } });
      try {
        const slow = await loadEmbedder({ model, modelsDir: temp.make(), remoteHost: hub.url, downloadIdleTimeoutMs: 1_000 });
        await slow.dispose();
        expect(hub.served()).toContain('onnx/model.onnx');
      } finally {
        await hub.close();
      }
    },
    LOAD_TIMEOUT,
  );

  for (const model of ['../../etc', 'a b', 'owner/name/extra', '', 'owner/..', 'https://example.com/model']) {
    it(`rejects the model id ${JSON.stringify(model)} with a ModelError, before any request`, async () => {
      const hub = await startHub();
      try {
        const err = await rejectionOf(loadEmbedder({ model, modelsDir: temp.make(), remoteHost: hub.url }));
        expect(err).toBeInstanceOf(ModelError);
        expect(err.message).not.toContain('\n');
        expect(err.message).toContain('EMBEDDING_MODEL');
        expect(err.message).toMatch(/is not a model id/u);
        expect(hub.requests).toEqual([]);
      } finally {
        await hub.close();
      }
    });
  }
});

describe('modelProfile', () => {
  const BGE_QUERY = 'Represent this sentence for searching relevant passages: ';

  it.each(['BAAI/bge-small-en-v1.5', 'Xenova/bge-base-en-v1.5', 'BAAI/bge-large-en'])('%s: CLS pooling and the retrieval query prefix', (model) => {
    expect(modelProfile(model)).toEqual({ pooling: 'cls', queryPrefix: BGE_QUERY, passagePrefix: '' });
  });

  it.each(['intfloat/e5-small-v2', 'Xenova/e5-base-v2', 'intfloat/multilingual-e5-small', 'Xenova/multilingual-e5-large'])(
    '%s: mean pooling with "query: " and "passage: "',
    (model) => {
      expect(modelProfile(model)).toEqual({ pooling: 'mean', queryPrefix: 'query: ', passagePrefix: 'passage: ' });
    },
  );

  it.each([DEFAULT_MODEL, 'Xenova/all-MiniLM-L6-v2', 'Xenova/paraphrase-multilingual-MiniLM-L12-v2'])('%s: mean pooling, no prefixes', (model) => {
    expect(modelProfile(model)).toEqual({ pooling: 'mean', queryPrefix: '', passagePrefix: '' });
  });

  it(
    'is applied by loadEmbedder to a model named like e5, unless overridden',
    async () => {
      // The built-in model under an e5-style id: its vectors show which prefixes were used.
      const modelsDir = temp.make();
      cpSync(BUILT_IN, path.join(modelsDir, 'test-org', 'e5-small-copy'), { recursive: true });
      const e5 = await loadEmbedder({ model: 'test-org/e5-small-copy', modelsDir, offline: true });
      const e5Plain = await loadEmbedder({ model: 'test-org/e5-small-copy', modelsDir, offline: true, queryPrefix: '', passagePrefix: '' });
      try {
        const same = async (a: Promise<Float32Array[]>, b: Promise<Float32Array[]>) => expect(Array.from((await a)[0]!)).toEqual(Array.from((await b)[0]!));
        await same(e5.embed(['troops leave'], 'query'), embedder.embed(['query: troops leave'], 'query'));
        await same(e5.embed(['troops leave'], 'passage'), embedder.embed(['passage: troops leave'], 'passage'));
        await same(e5Plain.embed(['troops leave'], 'query'), embedder.embed(['troops leave'], 'query'));
        const [prefixed] = await e5.embed(['troops leave'], 'query');
        const [plain] = await e5Plain.embed(['troops leave'], 'query');
        expect(Array.from(prefixed!)).not.toEqual(Array.from(plain!));
        expect(e5.fingerprint).not.toBe(e5Plain.fingerprint);
      } finally {
        await e5.dispose();
        await e5Plain.dispose();
      }
    },
    LOAD_TIMEOUT,
  );
});
