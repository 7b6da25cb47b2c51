import { type PreparedArticle, type PrepareOptions, prepareArticle } from '../../../core/article';
import { ArticleError } from '../../../core/article/article-error';
import type { ArticleInput } from '../../../core/ports';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const prepare = (
  content: string | Uint8Array,
  extra: Partial<ArticleInput> = {},
  options: PrepareOptions = {},
): PreparedArticle =>
  prepareArticle(
    { bytes: typeof content === 'string' ? utf8(content) : content, id: 'test/article', ...extra },
    options,
  );

/** The ArticleError thrown for `content`, or a failure if it did not throw one. */
export const failure = (content: string | Uint8Array, extra: Partial<ArticleInput> = {}): ArticleError => {
  try {
    prepare(content, extra);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError');
};

/** A few paragraphs of wire copy written for these tests. */
export const STORY = [
  'The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing quotas in the South Pacific, officials said.',
  'Chilean Foreign Minister Ana Torres told reporters the talks were "frank and useful" and that both sides agreed to meet again in Santiago next spring.',
  'Norway has pressed for tighter limits on krill catches since 2021, when a scientific panel warned that stocks were falling faster than expected.',
].join('\n\n');
