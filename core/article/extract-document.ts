import type { ArticleInput } from '../ports';
import type { DetectedFormat } from './detect-format';
import { extractMainText } from './html-main';
import { readHtmlMeta } from './html-meta';
import { parseJsonArticle } from './json-article';

/** The raw material of an article before cleaning, whatever format it came in. */
export interface RawDocument {
  format: 'text' | 'html' | 'json';
  body: string;
  /** Plain-text bodies may be hard-wrapped; HTML-derived text is already one paragraph per line. */
  mayBeWrapped: boolean;
  title: string | null;
  /** Every spelling of the headline the source offers; a first paragraph equal to one is dropped. */
  headlines: string[];
  jsonPublished: string | null;
  htmlPublished: readonly string[];
  url: string | null;
  source: string | null;
  languageHint: string | null;
}

const MARKUP = /<\/p>|<br ?\/?>|<\/div>|<p>/i;

const fromHtml = (html: string, format: 'html' | 'json'): RawDocument => {
  const meta = readHtmlMeta(html);
  const main = extractMainText(html, meta);
  return {
    format,
    body: main.text,
    mayBeWrapped: false,
    title: meta.title ?? meta.heading ?? main.title ?? meta.documentTitle,
    headlines: [meta.title, meta.heading, main.title, meta.documentTitle].filter((value): value is string =>
      Boolean(value),
    ),
    jsonPublished: null,
    htmlPublished: meta.publishedCandidates,
    url: meta.url,
    source: meta.siteName,
    languageHint: meta.language,
  };
};

export const extractDocument = (
  text: string,
  detected: DetectedFormat,
  _input: ArticleInput,
): RawDocument => {
  if (detected.format === 'html') return fromHtml(text, 'html');
  if (detected.format === 'text') {
    return {
      format: 'text',
      body: text,
      mayBeWrapped: true,
      title: null,
      headlines: [],
      jsonPublished: null,
      htmlPublished: [],
      url: null,
      source: null,
      languageHint: null,
    };
  }
  const json = parseJsonArticle(detected.value);
  // Feeds often put markup in "text"; reading it as prose would leave tags in the evidence.
  const isMarkup = json.body.kind === 'html' || MARKUP.test(json.body.value.slice(0, 20_000));
  const base: RawDocument = isMarkup
    ? fromHtml(json.body.value, 'json')
    : {
        format: 'json',
        body: json.body.value,
        mayBeWrapped: true,
        title: null,
        headlines: [],
        jsonPublished: null,
        htmlPublished: [],
        url: null,
        source: null,
        languageHint: null,
      };
  // The JSON fields are the sender's own statement and outrank whatever the embedded HTML says.
  return {
    ...base,
    title: json.title ?? base.title,
    headlines: json.title ? [json.title, ...base.headlines] : base.headlines,
    jsonPublished: json.publishedAt ?? null,
    url: json.url ?? base.url,
    source: json.source ?? base.source,
  };
};
