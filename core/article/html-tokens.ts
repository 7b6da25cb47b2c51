/**
 * A small, strictly linear HTML scanner. It is not a parser: it reports text runs, start tags and
 * end tags in document order and never builds a tree, so 100,000 nested elements or a megabyte
 * attribute cost one pass and constant stack. The DOM path (readability) is only taken after this
 * scanner has said the page is reasonable.
 */
export interface HtmlVisitor {
  text?(raw: string): void;
  open?(name: string, attrs: string, selfClosing: boolean): void;
  close?(name: string): void;
  /** Content of script/style/title/textarea, reported whole (it is not markup). */
  rawText?(name: string, content: string, attrs: string): void;
}

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noscript', 'plaintext']);

const isNameStart = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isNameChar = (code: number): boolean =>
  isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;

/** Index of the '>' that ends a tag opened before `from`, honouring quoted attribute values; -1 if none. */
const tagEnd = (html: string, from: number): number => {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      // A quote only opens a value right after '='; a stray quote inside a tag is just a character.
      let j = i - 1;
      while (j >= from && html.charCodeAt(j) === 32) j--;
      if (html.charCodeAt(j) === 61) quote = code;
    } else if (code === 62) {
      return i;
    }
  }
  return -1;
};

export const scanHtml = (html: string, visitor: HtmlVisitor): void => {
  const length = html.length;
  let textStart = 0;
  let i = 0;
  const flushText = (end: number): void => {
    if (end > textStart && visitor.text) visitor.text(html.slice(textStart, end));
  };
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      flushText(lt);
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        i = end === -1 ? length : end + 3;
      } else {
        const end = html.indexOf('>', lt + 2);
        i = end === -1 ? length : end + 1;
      }
      textStart = i;
      continue;
    }
    if (next === 63 /* ? */) {
      flushText(lt);
      const end = html.indexOf('>', lt + 2);
      i = end === -1 ? length : end + 1;
      textStart = i;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      // "a < b" in text: not a tag.
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const end = tagEnd(html, nameEnd);
    flushText(lt);
    if (end === -1) {
      // An unterminated tag swallows the rest of the document, as in a browser. Stopping here also
      // keeps the scan linear: no re-scan from the next '<'.
      textStart = length;
      break;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    i = end + 1;
    textStart = i;
    if (closing) {
      visitor.close?.(name);
      continue;
    }
    const selfClosing = html.charCodeAt(end - 1) === 47;
    const attrs = html.slice(nameEnd, selfClosing ? end - 1 : end);
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closer = new RegExp(`</${name}[\\s/>]`, 'gi');
      closer.lastIndex = i;
      const found = closer.exec(html);
      const contentEnd = found ? found.index : length;
      visitor.rawText?.(name, html.slice(i, contentEnd), attrs);
      const closeEnd = found ? html.indexOf('>', contentEnd) : -1;
      i = closeEnd === -1 ? length : closeEnd + 1;
      textStart = i;
      continue;
    }
    visitor.open?.(name, attrs, selfClosing);
  }
  flushText(length);
};

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Attributes of a start tag, names lower-cased; the first occurrence of a name wins (as in HTML). */
export const parseAttributes = (attrs: string): Map<string, string> => {
  const result = new Map<string, string>();
  if (attrs.length === 0) return result;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(attrs); match !== null; match = ATTRIBUTE.exec(attrs)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!result.has(name)) result.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return result;
};

export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
