import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { parseAttributes, scanHtml, VOID_ELEMENTS } from './html-tokens';

/** What the page says about itself, read from the raw markup (works even when the DOM path is skipped). */
export interface HtmlMeta {
  /** og:title, twitter:title or JSON-LD headline. */
  title: string | null;
  /** The <title> element, often with a " | Site" suffix. */
  documentTitle: string | null;
  /** First <h1>: the headline as shown, usually without the " - Site" suffix of <title>. */
  heading: string | null;
  /** Publication date strings in priority order, with where each came from. */
  publishedCandidates: string[];
  url: string | null;
  siteName: string | null;
  language: string | null;
  /** Deepest element nesting seen (implied-close elements such as p/li are not counted). */
  maxDepth: number;
  elementCount: number;
  longestAttribute: number;
  /** Characters of text outside scripts and styles (what readability has to re-read). */
  textChars: number;
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'headline'];
const URL_KEYS = ['og:url'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher'];

/** Elements a parser closes implicitly; counting them would turn 1,000 unclosed <p> into depth 1,000. */
const IMPLIED_CLOSE = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'rt',
  'rp',
]);
const MAX_CANDIDATES = 20;
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_NODES = 20_000;

const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim();

interface JsonLdFacts {
  /** datePublished of article-typed nodes (NewsArticle, ReportageNewsArticle, LiveBlogPosting, ...). */
  articlePublished: string[];
  published: string[];
  headline: string | null;
  publisher: string | null;
  url: string | null;
}

const stringField = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value : null;

/** "NewsArticle", ["ReportageNewsArticle"], "LiveBlogPosting", "BlogPosting", "Report". */
const ARTICLE_TYPE = /article|posting|report/i;

const isArticleNode = (record: Record<string, unknown>): boolean => {
  const type = record['@type'];
  if (typeof type === 'string') return ARTICLE_TYPE.test(type);
  return Array.isArray(type) && type.some((item) => typeof item === 'string' && ARTICLE_TYPE.test(item));
};

/** mainEntityOfPage is a URL string or a WebPage node with an @id. */
const pageId = (value: unknown): string | null => {
  if (typeof value === 'string') return stringField(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return stringField((value as Record<string, unknown>)['@id']);
  }
  return null;
};

/** Walks JSON-LD iteratively (no recursion: the page controls the nesting) with a node budget. */
const readJsonLd = (raw: string, facts: JsonLdFacts): void => {
  if (raw.length > MAX_JSON_LD_CHARS) return;
  let root: unknown;
  try {
    root = JSON.parse(raw);
  } catch {
    return;
  }
  const stack: unknown[] = [root];
  let budget = MAX_JSON_LD_NODES;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    const published = stringField(record.datePublished) ?? stringField(record.dateCreated);
    if (published) (isArticleNode(record) ? facts.articlePublished : facts.published).push(published);
    facts.headline ??= stringField(record.headline);
    const publisher = record.publisher;
    if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) {
      facts.publisher ??= stringField((publisher as Record<string, unknown>).name);
    }
    if (published || isArticleNode(record))
      facts.url ??= stringField(record.url) ?? pageId(record.mainEntityOfPage);
    for (const value of Object.values(record)) {
      if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
};

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: '];
const MAX_SITE_CHARS = 60;

/**
 * "Headline | World | The Daily Record" -> "The Daily Record". A "|" always separates the site; a dash
 * only when what precedes it is the headline itself (headlines have dashes of their own).
 */
const siteFromTitle = (title: string | null, headlines: ReadonlyArray<string | null>): string | null => {
  if (!title) return null;
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const head = title.slice(0, at);
    const tail = title.slice(at + separator.length).trim();
    if (tail.length < 2 || tail.length > MAX_SITE_CHARS) continue;
    if (separator === ' | ' || headlines.some((headline) => headline && head.startsWith(headline)))
      return tail;
  }
  return null;
};

/** og:title "Headline | Site" -> "Headline" when the suffix is the site's own name. */
const withoutSuffix = (headline: string, site: string): string => {
  for (const separator of TITLE_SEPARATORS) {
    const suffix = `${separator}${site}`;
    if (headline.length > suffix.length && headline.endsWith(suffix))
      return headline.slice(0, -suffix.length);
  }
  return headline;
};

export const readHtmlMeta = (html: string): HtmlMeta => {
  const metas = new Map<string, string>();
  const jsonLd: JsonLdFacts = {
    articlePublished: [],
    published: [],
    headline: null,
    publisher: null,
    url: null,
  };
  const markedTimes: string[] = [];
  const times: string[] = [];
  let title: string | null = null;
  let heading: string | null = null;
  let headingParts: string[] | null = null;
  let canonical: string | null = null;
  let language: string | null = null;
  let depth = 0;
  let maxDepth = 0;
  let elementCount = 0;
  let longestAttribute = 0;
  let textChars = 0;
  scanHtml(html, {
    open(name, attrs, selfClosing) {
      elementCount++;
      if (attrs.length > longestAttribute) longestAttribute = attrs.length;
      if (!selfClosing && !VOID_ELEMENTS.has(name) && !IMPLIED_CLOSE.has(name)) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
      }
      if (name === 'meta') {
        const parsed = parseAttributes(attrs);
        const key = (parsed.get('property') ?? parsed.get('name') ?? parsed.get('itemprop'))?.toLowerCase();
        const content = parsed.get('content') ?? parsed.get('datetime');
        if (key && content && !metas.has(key)) metas.set(key, decodeHTMLAttribute(content));
      } else if (name === 'link') {
        const parsed = parseAttributes(attrs);
        if (parsed.get('rel')?.toLowerCase() === 'canonical') canonical ??= parsed.get('href') ?? null;
      } else if (name === 'time') {
        const parsed = parseAttributes(attrs);
        const datetime = parsed.get('datetime');
        if (datetime) {
          // A <time> that says it is the publication date outranks any other <time> on the page.
          const marked = parsed.has('pubdate') || parsed.get('itemprop')?.toLowerCase() === 'datepublished';
          (marked ? markedTimes : times).push(datetime);
        }
      } else if (name === 'html') {
        language ??= parseAttributes(attrs).get('lang') ?? null;
      } else if (name === 'h1' && heading === null && headingParts === null) {
        headingParts = [];
      }
    },
    close(name) {
      if (!VOID_ELEMENTS.has(name) && !IMPLIED_CLOSE.has(name) && depth > 0) depth--;
      if (name === 'h1' && headingParts !== null && heading === null) {
        heading = collapse(decodeHTML(headingParts.join(''))) || null;
        headingParts = null;
      }
    },
    text(raw) {
      textChars += raw.length;
      if (headingParts !== null && headingParts.length < 50) headingParts.push(raw);
    },
    rawText(name, content, attrs) {
      if (name === 'title') title ??= collapse(decodeHTML(content)) || null;
      else if (name === 'script' && /ld\+json/i.test(attrs)) readJsonLd(content, jsonLd);
    },
  });
  const firstMeta = (keys: readonly string[]): string | null => {
    for (const key of keys) {
      const value = metas.get(key);
      if (value?.trim()) return collapse(value);
    }
    return null;
  };
  // Bounded: each candidate may go through chrono, and a page can hold any number of <time> tags.
  // The article's own structured data first: meta tags are more often left stale by templates.
  const publishedCandidates = [
    ...jsonLd.articlePublished,
    ...PUBLISHED_KEYS.map((key) => metas.get(key)).filter((value): value is string => Boolean(value?.trim())),
    ...jsonLd.published,
    ...markedTimes,
    ...times,
  ].slice(0, MAX_CANDIDATES);
  const headline = firstMeta(TITLE_KEYS) ?? jsonLd.headline;
  const siteName = firstMeta(SITE_KEYS) ?? jsonLd.publisher ?? siteFromTitle(title, [headline, heading]);
  return {
    title: headline && siteName ? withoutSuffix(headline, siteName) : headline,
    documentTitle: title,
    heading,
    publishedCandidates,
    url: firstMeta(URL_KEYS) ?? canonical ?? jsonLd.url,
    siteName,
    language,
    maxDepth,
    elementCount,
    longestAttribute,
    textChars,
  };
};
