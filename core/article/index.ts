import { z } from 'zod';
import { type Article, ArticleSchema } from '../model/article';
import type { ArticleInput } from '../ports';
import { ArticleError } from './article-error';
import { articleIdFor, sha256Hex } from './article-id';
import { type Classified, classifyParagraphs } from './boilerplate';
import { findDateline } from './dateline';
import { binaryKind, controlRatio, decodeBytes } from './decode';
import { detectFormat } from './detect-format';
import { extractDocument } from './extract-document';
import { detectLanguage } from './language';
import { normalizeChars, normalizedLines, tidyLine } from './normalize';
import { toParagraphs } from './paragraphs';
import { resolvePublished } from './published';
import { type Sentence, splitSentences } from './sentences';

export { ArticleError } from './article-error';
export { articleIdFor } from './article-id';
export type { Sentence } from './sentences';

export interface PreparedArticle {
  article: Article;
  sentences: Sentence[];
}

export interface PrepareOptions {
  /** Default 5 MiB. */
  maxBytes?: number;
  /** Default 2000: longer sentences are cut into pieces of at most this many characters. */
  maxSentenceChars?: number;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_SENTENCE_CHARS = 2000;
const MIN_SENTENCE_CHARS = 20;
/** More than this share of control characters and the bytes are not text, whatever the decoder said. */
const MAX_CONTROL_RATIO = 0.1;
const MAX_NAME_CHARS = 300;
/** How far into the story the dateline and a stated date are looked for. */
const OPENING_PARAGRAPHS = 3;
const OPENING_CHARS = 1500;

/** Titles and source names: one line, collapsed, within the schema's length. */
const toName = (value: string | null | undefined): string | null => {
  if (!value) return null;
  const line = tidyLine(normalizeChars(value).replace(/\n+/g, ' '));
  if (!line) return null;
  if (line.length <= MAX_NAME_CHARS) return line;
  const cut = line.lastIndexOf(' ', MAX_NAME_CHARS - 1);
  return `${line.slice(0, cut > MAX_NAME_CHARS / 2 ? cut : MAX_NAME_CHARS - 1)}…`;
};

const HttpUrl = z.url({ protocol: /^https?$/ });
const toUrl = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed && HttpUrl.safeParse(trimmed).success ? trimmed : null;
};

const sameText = (a: string, b: string): boolean => a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0;

/**
 * A plain-text headline: the first line, followed by a blank line, short and not ending like a
 * sentence. It becomes the title AND stays at the start of the text (a .txt has nowhere else to
 * keep it, and its offsets then stay those of the file's own reading order).
 */
const textHeadline = (lines: readonly string[], paragraphs: readonly string[]): string | null => {
  const first = lines.findIndex((line) => line !== '');
  const line = lines[first];
  if (line === undefined || lines[first + 1] !== '' || paragraphs.length < 2 || paragraphs[0] !== line)
    return null;
  if (line.length > 250 || /[.,;:]$/.test(line)) return null;
  return line;
};

interface Limits {
  maxBytes: number;
  maxSentenceChars: number;
}

const limitsOf = (options: PrepareOptions): Limits => ({
  maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  maxSentenceChars: Math.max(MIN_SENTENCE_CHARS, options.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS),
});

const decodeText = (bytes: Uint8Array, contentType: string | undefined, limits: Limits): string => {
  if (bytes.length > limits.maxBytes) {
    throw new ArticleError(
      'TOO_LARGE',
      `${bytes.length} bytes is over the limit of ${limits.maxBytes} bytes`,
    );
  }
  if (bytes.length === 0) throw new ArticleError('NO_TEXT', 'the object is empty');
  const kind = binaryKind(bytes);
  if (kind)
    throw new ArticleError('UNSUPPORTED_TYPE', `binary data: the bytes are a ${kind}, not article text`);
  const { text } = decodeBytes(bytes, contentType);
  if (controlRatio(text) > MAX_CONTROL_RATIO) {
    throw new ArticleError('UNSUPPORTED_TYPE', 'binary data: too many control characters to be text');
  }
  if (text.trim() === '') throw new ArticleError('NO_TEXT', 'the object holds only whitespace');
  return text;
};

interface Assembled {
  text: string;
  /** Offset of each kept paragraph in `text`. */
  starts: number[];
  kept: string[];
  classified: Classified[];
}

/** Drops furniture and joins the rest with blank lines; offsets are computed as the text is built. */
const assemble = (paragraphs: readonly string[], protectedIndex: number | null): Assembled => {
  const classified = classifyParagraphs(paragraphs, protectedIndex);
  const kept: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const item of classified) {
    if (item.drop !== null) continue;
    starts.push(offset);
    kept.push(item.paragraph);
    offset += item.paragraph.length + 2;
  }
  const text = kept.join('\n\n');
  if (text === '')
    throw new ArticleError('NO_TEXT', 'no article text left after removing markup and boilerplate');
  return { text, starts, kept, classified };
};

const findDatelineIn = (
  assembled: Assembled,
  bodyFrom: number,
): { dateline: Article['dateline']; date: string | null } => {
  const last = Math.min(assembled.kept.length, bodyFrom + OPENING_PARAGRAPHS);
  for (let i = bodyFrom; i < last; i++) {
    const found = findDateline(assembled.kept[i] ?? '');
    if (!found) continue;
    const start = assembled.starts[i] ?? 0;
    return { dateline: { place: found.place, start, end: start + found.length }, date: found.date };
  }
  return { dateline: null, date: null };
};

/** Dropped paragraphs of one kind, bounded; FILE-photo captions carry old dates and are left out. */
const droppedText = (classified: readonly Classified[], kind: Classified['drop']): string => {
  const parts: string[] = [];
  let length = 0;
  for (const item of classified) {
    if (length >= OPENING_CHARS) break;
    if (item.drop !== kind || item.paragraph.startsWith('FILE')) continue;
    parts.push(item.paragraph);
    length += item.paragraph.length + 1;
  }
  return parts.join('\n').slice(0, OPENING_CHARS);
};

/**
 * Raw bytes -> the cleaned article and its sentences. Throws ArticleError for inputs that can never
 * become an article (the pipeline records them as FAILED instead of retrying).
 */
export function prepareArticle(input: ArticleInput, options: PrepareOptions = {}): PreparedArticle {
  const limits = limitsOf(options);
  const decoded = decodeText(input.bytes, input.contentType, limits);
  const doc = extractDocument(decoded, detectFormat(decoded, input), input);

  const lines = normalizedLines(doc.body);
  const paragraphs = toParagraphs(lines, doc.mayBeWrapped);
  let title = toName(input.title) ?? toName(doc.title);
  let protectedIndex: number | null = null;
  if (title !== null) {
    // The headline given separately is not part of the story text.
    const headlines = [title, ...doc.headlines.map(toName)];
    const first = paragraphs[0];
    if (first !== undefined && headlines.some((headline) => headline !== null && sameText(first, headline))) {
      paragraphs.shift();
    }
  } else if (doc.format === 'text') {
    const headline = textHeadline(lines, paragraphs);
    if (headline !== null) {
      title = toName(headline);
      protectedIndex = 0;
    }
  }

  const assembled = assemble(paragraphs, protectedIndex);
  const { text, classified } = assembled;
  // A first line that turned out to be furniture ("Share") is neither title nor part of the text.
  const headlineKept = protectedIndex !== null && classified[protectedIndex]?.drop === null;
  if (protectedIndex !== null && !headlineKept) title = null;
  const bodyFrom = headlineKept ? 1 : 0;
  const { dateline, date: datelineDate } = findDatelineIn(assembled, bodyFrom);
  const bodyStart = assembled.starts[bodyFrom] ?? text.length;
  const published = resolvePublished({
    option: input.published,
    json: doc.jsonPublished,
    htmlMeta: doc.htmlPublished,
    datelineDate,
    stamps: droppedText(classified, 'stamp'),
    textRegions: [text.slice(bodyStart, bodyStart + OPENING_CHARS), droppedText(classified, 'caption')],
    objectTime: input.objectTime,
  });

  const sentences = splitSentences(text, limits.maxSentenceChars);
  const hint = doc.languageHint?.trim().toLowerCase().slice(0, 2);
  const language = detectLanguage(text) ?? (hint && /^[a-z]{2}$/.test(hint) ? hint : null);
  const article = ArticleSchema.parse({
    id: articleIdFor(input.id),
    format: doc.format,
    title,
    text,
    publishedAt: published?.date ?? null,
    publishedPrecision: published?.precision ?? null,
    publishedFrom: published?.from ?? null,
    url: toUrl(input.url) ?? toUrl(doc.url),
    source: toName(input.source) ?? toName(doc.source),
    language,
    dateline,
    contentHash: sha256Hex(text),
    sentenceCount: sentences.length,
  });
  return { article, sentences };
}
