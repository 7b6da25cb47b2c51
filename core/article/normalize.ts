/**
 * Character-level normalization applied to every piece of decoded text before it is cut into
 * paragraphs. Quotes and dashes are left as written: evidence must read like the source.
 */
const NEWLINES = /\r\n?|[\u0085\u2028\u2029\v\f]/g;
// NBSP, narrow NBSP, figure space, ideographic space, tabs: all just spaces to a reader.
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters, soft hyphens, BOMs, C0/C1 controls (newline and tab are handled above).
const INVISIBLES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const normalizeChars = (text: string): string =>
  text
    .replace(NEWLINES, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(LONE_SURROGATES, '\ufffd');

const SPACE_RUNS = / {2,}/g;

/** One line of text with inner runs of spaces collapsed and the ends trimmed. */
export const tidyLine = (line: string): string => line.replace(SPACE_RUNS, ' ').trim();

/** normalizeChars + tidyLine on every line; blank lines become ''. */
export const normalizedLines = (text: string): string[] => normalizeChars(text).split('\n').map(tidyLine);
