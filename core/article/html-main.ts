import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pruneDocument } from './dom-prune';
import type { HtmlMeta } from './html-meta';
import { htmlToText } from './html-text';

/**
 * Limits beyond which the DOM path (linkedom + readability, which recurse and copy) is not trusted.
 * Real news pages are far below them: depth < 60, a few thousand elements, attributes < 100 kB (inline
 * SVG/data URIs), < 2 MB of markup.
 */
const DOM_LIMITS = {
  maxDepth: 120,
  maxElements: 20_000,
  maxAttribute: 200_000,
  maxChars: 2_000_000,
  /**
   * readability re-reads the text of every ancestor of every paragraph: its cost grows with depth times
   * size (300 kB of text under 150 nested divs takes ~5 s, under 390 ~40 s). Real pages: depth 10-60 over
   * 5-60 kB of text.
   */
  maxDepthTimesText: 20_000_000,
};
/** Readability gave up or kept a fragment: fewer characters than this and the linear path is used. */
const MIN_MAIN_TEXT = 200;

export interface MainText {
  text: string;
  /** 'readability' or the linear fallback, and why; kept for diagnostics and tests. */
  via: 'readability' | 'linear';
  title: string | null;
}

const domIsSafe = (html: string, meta: HtmlMeta): boolean =>
  html.length <= DOM_LIMITS.maxChars &&
  meta.maxDepth <= DOM_LIMITS.maxDepth &&
  meta.maxDepth * meta.textChars <= DOM_LIMITS.maxDepthTimesText &&
  meta.elementCount <= DOM_LIMITS.maxElements &&
  meta.longestAttribute <= DOM_LIMITS.maxAttribute;

const viaReadability = (html: string): { text: string; title: string | null } | null => {
  try {
    const { document } = parseHTML(html);
    pruneDocument(document as never);
    const parsed = new Readability(document as never, { charThreshold: MIN_MAIN_TEXT }).parse();
    if (!parsed?.content) return null;
    const text = htmlToText(parsed.content, { furnitureHints: true });
    return { text, title: parsed.title?.trim() || null };
  } catch {
    // A DOM library failing on odd markup is not the article's fault: the linear path still works.
    return null;
  }
};

/** The article's main text: readability when the page is sane, else tag stripping with furniture hints. */
export const extractMainText = (html: string, meta: HtmlMeta): MainText => {
  if (domIsSafe(html, meta)) {
    const result = viaReadability(html);
    if (result && result.text.replace(/\s+/g, '').length >= MIN_MAIN_TEXT) {
      return { text: result.text, via: 'readability', title: result.title };
    }
  }
  const withHints = htmlToText(html, { furnitureHints: true });
  // A furniture-looking class on a wrapper must not cost the whole article.
  const text = withHints.trim() ? withHints : htmlToText(html, { furnitureHints: false });
  return { text, via: 'linear', title: null };
};
