import { decodeHTML } from 'entities';
import { parseAttributes, scanHtml, VOID_ELEMENTS } from './html-tokens';

/** Elements whose boundaries are paragraph breaks. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

/** Never article prose: page chrome, media, embedded widgets, forms, captions. */
export const SKIPPED: ReadonlySet<string> = new Set([
  'amp-ad',
  'amp-analytics',
  'amp-consent',
  'amp-embed',
  'amp-geo',
  'amp-iframe',
  'amp-sidebar',
  'amp-social-share',
  'amp-sticky-ad',
  'amp-user-notification',
  'aside',
  'audio',
  'button',
  'canvas',
  'dialog',
  'embed',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'iframe',
  'map',
  'math',
  'menu',
  'nav',
  'object',
  'picture',
  'select',
  'svg',
  'template',
  'video',
]);

/** Class/id words that mark page furniture (share bars, promos, captions, bylines, comment threads). */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'author',
  'authors',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'caption',
  'carousel',
  'comment',
  'comments',
  'cmp',
  'consent',
  'cookie',
  'cookies',
  'credit',
  'gallery',
  'gdpr',
  'gpt',
  'inread',
  'instagram',
  'menu',
  'modal',
  'nav',
  'navbar',
  'newsletter',
  'onetrust',
  'outbrain',
  'paywall',
  'popup',
  'promo',
  'recommended',
  'readmore',
  'related',
  'share',
  'sharing',
  'sidebar',
  'slideshow',
  'social',
  'sponsor',
  'sponsored',
  'signup',
  'submeta',
  'subscribe',
  'taboola',
  'tiktok',
  'timestamp',
  'toolbar',
  'tweet',
]);
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'dialog',
  'menu',
  'search',
]);
/** Containers that can hold the whole article: a furniture-looking class on them is not trusted. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const WORD_SPLIT = /[\s_-]+/;

const CAMEL_HUMP = /([a-z])([A-Z])/g;

/**
 * Whether an element's own attributes say it is furniture. `attribute` reads one attribute (null when
 * absent), so the linear scanner and the DOM pass share one rule.
 */
export const looksLikeFurniture = (name: string, attribute: (key: string) => string | null): boolean => {
  if (CONTAINERS.has(name)) return false;
  if (attribute('hidden') !== null || attribute('aria-hidden') === 'true') return true;
  const role = attribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const raw = `${attribute('class') ?? ''} ${attribute('id') ?? ''}`;
  if (raw.length > 500) return false;
  // "PagePromo", "CarouselSlide": component names are camel-cased words.
  const hints = raw.replace(CAMEL_HUMP, '$1 $2').toLowerCase();
  return hints.split(WORD_SPLIT).some((word) => FURNITURE_WORDS.has(word));
};

const isFurniture = (name: string, attrs: string): boolean => {
  if (attrs.length === 0) return false;
  const parsed = parseAttributes(attrs);
  return looksLikeFurniture(name, (key) => parsed.get(key) ?? null);
};

const HTML_SPACE = /[ \t\n\r\f]+/g;

export interface HtmlTextOptions {
  /** Drop elements whose class/id/role say they are furniture (off for readability's cleaned output). */
  furnitureHints: boolean;
}

/**
 * HTML -> text with one paragraph per line. Linear: a skipped element is tracked by name and a
 * same-name depth counter, never by a stack of all open elements.
 */
export const htmlToText = (html: string, options: HtmlTextOptions): string => {
  const out: string[] = [];
  let skipName: string | null = null;
  let skipDepth = 0;
  let preDepth = 0;
  const breakParagraph = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '\n\n') out.push('\n\n');
  };
  scanHtml(html, {
    text(raw) {
      if (skipName !== null) return;
      const decoded = decodeHTML(raw);
      out.push(preDepth > 0 ? decoded : decoded.replace(HTML_SPACE, ' '));
    },
    open(name, attrs, selfClosing) {
      if (skipName !== null) {
        if (name === skipName && !selfClosing) skipDepth++;
        return;
      }
      const isVoid = VOID_ELEMENTS.has(name) || selfClosing;
      if (!isVoid && (SKIPPED.has(name) || (options.furnitureHints && isFurniture(name, attrs)))) {
        skipName = name;
        skipDepth = 1;
        return;
      }
      if (name === 'br') out.push('\n');
      else if (name === 'td' || name === 'th') out.push(' ');
      else if (BLOCKS.has(name)) breakParagraph();
      if (name === 'pre' && !isVoid) preDepth++;
    },
    close(name) {
      if (skipName !== null) {
        if (name === skipName) {
          skipDepth--;
          if (skipDepth === 0) skipName = null;
        }
        return;
      }
      if (name === 'pre' && preDepth > 0) preDepth--;
      if (BLOCKS.has(name) || name === 'br') breakParagraph();
    },
  });
  return out.join('');
};
