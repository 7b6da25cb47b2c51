import { z } from 'zod';
import { ArticleError } from './article-error';

/**
 * The JSON article contract: `{ title, text | html, publishedAt, url, source }`, every field
 * optional and nullable, unknown fields ignored.
 *
 * Failure mapping:
 * - not an object (array, string, number) or an object with none of the known fields
 *   -> UNSUPPORTED_TYPE (it is some other JSON document, not an article);
 * - a known field with the wrong type (text: 42) -> UNSUPPORTED_TYPE, naming the field;
 * - a well-formed article without a non-blank text or html -> NO_TEXT.
 */
const optionalString = z.string().nullish();
export const JsonArticleSchema = z.object({
  title: optionalString,
  text: optionalString,
  html: optionalString,
  publishedAt: optionalString,
  url: optionalString,
  source: optionalString,
});
export type JsonArticle = z.infer<typeof JsonArticleSchema>;

const KNOWN_FIELDS = Object.keys(JsonArticleSchema.shape);

export const parseJsonArticle = (
  value: unknown,
): JsonArticle & { body: { kind: 'text' | 'html'; value: string } } => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new ArticleError('UNSUPPORTED_TYPE', `JSON article must be an object, got ${kind}`);
  }
  const keys = Object.keys(value);
  if (!keys.some((key) => KNOWN_FIELDS.includes(key))) {
    throw new ArticleError(
      'UNSUPPORTED_TYPE',
      `JSON has none of the article fields (${KNOWN_FIELDS.join(', ')}); found: ${keys.slice(0, 10).join(', ') || 'nothing'}`,
    );
  }
  const parsed = JsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new ArticleError('UNSUPPORTED_TYPE', `JSON article has fields of the wrong type: ${problems}`);
  }
  const article = parsed.data;
  if (article.text?.trim()) return { ...article, body: { kind: 'text', value: article.text } };
  if (article.html?.trim()) return { ...article, body: { kind: 'html', value: article.html } };
  throw new ArticleError('NO_TEXT', 'JSON article has no non-blank "text" or "html" field');
};
