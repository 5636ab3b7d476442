/**
 * Writes a transformers.js feature-extraction model folder for word vectors:
 * onnx/model.onnx (int8 rows with per-row scales), a whole-word tokenizer,
 * config.json and tokenizer_config.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordVectorModel } from './onnx-writer.js';

/** Token ids 0 and 1; their rows are zero, so they add nothing to a mean. */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]'] as const;

/**
 * @param words vocabulary, lowercase whole words, in id order after the special tokens
 * @param rows one vector per word (already weighted as the model should pool them)
 */
export function writeModelFolder(
  out: string,
  words: readonly string[],
  rows: ReadonlyArray<ArrayLike<number>>,
  dim: number,
  meta: { doc: string; buildInfo: Record<string, unknown> },
): void {
  if (rows.length !== words.length) throw new Error('one row per word is required');
  const total = SPECIAL_TOKENS.length + words.length;
  const table = new Int8Array(total * dim);
  const scales = new Float32Array(total);
  rows.forEach((r, i) => {
    const row = SPECIAL_TOKENS.length + i;
    let max = 0;
    for (let d = 0; d < dim; d++) max = Math.max(max, Math.abs(r[d]!));
    max ||= 1;
    scales[row] = max / 127;
    for (let d = 0; d < dim; d++) table[row * dim + d] = Math.round((r[d]! / max) * 127);
  });

  mkdirSync(path.join(out, 'onnx'), { recursive: true });
  writeFileSync(path.join(out, 'onnx/model.onnx'), wordVectorModel(table, scales, dim, meta.doc));

  const vocab: Record<string, number> = {};
  [...SPECIAL_TOKENS, ...words].forEach((w, i) => (vocab[w] = i));
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    // A WordPiece model with no "##" pieces is a whole-word vocabulary: unknown words become [UNK].
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
  writeFileSync(path.join(out, 'tokenizer.json'), JSON.stringify(tokenizer));
  writeFileSync(
    path.join(out, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 8192, unk_token: '[UNK]', pad_token: '[PAD]' }, null, 2),
  );
  writeFileSync(
    path.join(out, 'config.json'),
    JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: dim, vocab_size: total, pad_token_id: 0 }, null, 2),
  );
  writeFileSync(path.join(out, 'build-info.json'), JSON.stringify(meta.buildInfo, null, 2));
}
