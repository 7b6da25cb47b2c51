import type { ArticleInput } from '../ports';
import { ArticleError } from './article-error';

export type DetectedFormat = { format: 'json'; value: unknown } | { format: 'html' } | { format: 'text' };

const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|h1)[\s>/]/i;
const HTML_TAG = /<(?:p|div|br|article|body|span|a|h[1-6]|li|table)[\s>/]/i;

const extensionOf = (input: ArticleInput): string => {
  const name = input.fileName ?? input.id;
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
};

/** Leading comments (build stamps) and an XML declaration hide the doctype from a prefix test. */
const skipLeadingComments = (head: string): string => {
  let rest = head;
  for (;;) {
    const closer = rest.startsWith('<!--') ? '-->' : rest.startsWith('<?') ? '?>' : null;
    if (closer === null) return rest;
    const end = rest.indexOf(closer, 2);
    if (end === -1) return rest;
    rest = rest.slice(end + closer.length).trimStart();
  }
};

/**
 * Content first, hints second: a .txt that holds HTML is HTML, an .html holding plain prose is
 * text. The extension or content type only settles cases the content leaves open (a JSON that does
 * not parse, a fragment of markup without a document preamble).
 */
export const detectFormat = (text: string, input: ArticleInput): DetectedFormat => {
  const extension = extensionOf(input);
  const type = (input.contentType ?? '').toLowerCase();
  const head = text.slice(0, 4096);
  const trimmed = head.trimStart();
  const saysJson = extension === 'json' || type.includes('json');
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || saysJson) {
    const looksJson = trimmed.startsWith('{') || (trimmed.startsWith('[') && saysJson);
    if (looksJson) {
      try {
        return { format: 'json', value: JSON.parse(text) };
      } catch (error) {
        if (saysJson || text.trimEnd().endsWith('}')) {
          const message = error instanceof Error ? error.message : String(error);
          throw new ArticleError('UNSUPPORTED_TYPE', `invalid JSON: ${message.slice(0, 200)}`);
        }
      }
    }
  }
  if (HTML_START.test(skipLeadingComments(trimmed))) return { format: 'html' };
  const saysHtml = extension === 'html' || extension === 'htm' || type.includes('html');
  if (saysHtml && HTML_TAG.test(head)) return { format: 'html' };
  return { format: 'text' };
};
