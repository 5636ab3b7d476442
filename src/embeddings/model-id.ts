/** The built-in model's id. Its own module, so configuration can name it without loading transformers.js. */
export const DEFAULT_MODEL = 'article-qa/glove-sif-100d';
