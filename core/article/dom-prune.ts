import { looksLikeFurniture, SKIPPED } from './html-text';

/**
 * Readability keeps what its own class heuristics do not recognise: inline ad slots ("ad-slot"),
 * newsletter boxes inside the body, embedded tweets, AMP widgets, consent dialogs. They are removed
 * from the DOM before readability scores it, by the same class/id/role words the linear path uses.
 */

/** An element holding more than this share of the page's text is a wrapper, whatever its class says. */
const MAX_FURNITURE_SHARE = 0.4;
/** Furniture is a box or a list; three real paragraphs inside make it part of the story. */
const MAX_FURNITURE_PARAGRAPHS = 3;
const PARAGRAPH_CHARS = 100;
/** textContent is linear in the subtree: this many measurements bound the pass on odd pages. */
const MEASURE_BUDGET = 400;
/** Prose containers: a <time> inside one is part of a sentence ("on <time>June 3</time>"). */
const PROSE = 'p, li, blockquote, td, dd, dt, figcaption, h2, h3, h4, h5, h6';

interface DomElement {
  tagName: string;
  isConnected: boolean;
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): DomElement | null;
  remove(): void;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

interface DomDocument {
  body: DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

const AMP_CHROME = [...SKIPPED].filter((name) => name.startsWith('amp-')).join(', ');

const holdsProse = (element: DomElement): boolean => {
  let paragraphs = 0;
  for (const paragraph of element.querySelectorAll('p')) {
    if ((paragraph.textContent ?? '').length >= PARAGRAPH_CHARS) paragraphs++;
    if (paragraphs >= MAX_FURNITURE_PARAGRAPHS) return true;
  }
  return false;
};

/** Removes page furniture from a parsed page in place; the article's own wrappers always stay. */
export const pruneDocument = (document: DomDocument): void => {
  const body = document.body;
  if (!body) return;
  for (const element of [...document.querySelectorAll(AMP_CHROME)]) element.remove();
  // Publication stamps and live-blog clocks outside any sentence: their text glues onto bylines.
  for (const element of [...document.querySelectorAll('time')]) {
    if (element.isConnected && element.closest(PROSE) === null) element.remove();
  }
  const total = (body.textContent ?? '').length;
  let budget = MEASURE_BUDGET;
  for (const element of [...document.querySelectorAll('[class], [id], [role], [hidden], [aria-hidden]')]) {
    if (!element.isConnected) continue;
    const name = element.tagName.toLowerCase();
    if (!looksLikeFurniture(name, (key) => element.getAttribute(key))) continue;
    if (budget-- <= 0) return;
    if ((element.textContent ?? '').length > total * MAX_FURNITURE_SHARE) continue;
    if (holdsProse(element)) continue;
    element.remove();
  }
};
