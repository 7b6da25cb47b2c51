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
const SKIPPED = new Set([
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
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'caption',
  'carousel',
  'comment',
  'comments',
  'consent',
  'cookie',
  'credit',
  'gallery',
  'menu',
  'modal',
  'nav',
  'navbar',
  'newsletter',
  'outbrain',
  'paywall',
  'popup',
  'promo',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'slideshow',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'taboola',
  'toolbar',
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

const isFurniture = (name: string, attrs: string): boolean => {
  if (attrs.length === 0 || CONTAINERS.has(name)) return false;
  const parsed = parseAttributes(attrs);
  if (parsed.has('hidden') || parsed.get('aria-hidden') === 'true') return true;
  const role = parsed.get('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const hints = `${parsed.get('class') ?? ''} ${parsed.get('id') ?? ''}`.toLowerCase();
  if (hints.length > 500) return false;
  return hints.split(WORD_SPLIT).some((word) => FURNITURE_WORDS.has(word));
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
