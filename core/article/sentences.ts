import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/**
 * Only sentence boundaries are needed here: the 'sbd' pipe alone is about twice as fast as the full
 * pipeline. Loaded once per process because building the model takes far longer than one article.
 */
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

/** Pushes [start, end) trimmed of whitespace, cut into pieces of at most maxChars (at a space when one is near). */
const pushSpan = (
  text: string,
  start: number,
  end: number,
  maxChars: number,
  out: Array<[number, number]>,
): void => {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > maxChars) {
    let cut = s + maxChars;
    // Prefer a space in the last quarter of the window so words stay whole; otherwise cut hard.
    const floor = s + Math.floor(maxChars * 0.75);
    let probe = cut;
    while (probe > floor && !isSpace(text.charCodeAt(probe))) probe--;
    if (probe > floor) cut = probe;
    // Never cut between the halves of a surrogate pair: the slice would not be well-formed text.
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut = cut - 1 > s ? cut - 1 : cut + 1;
    let pieceEnd = cut;
    while (pieceEnd > s && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    if (pieceEnd > s) out.push([s, pieceEnd]);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push([s, e]);
};

/** Sentence spans of one paragraph (text.slice(from, to)), as absolute offsets. */
const paragraphSpans = (
  text: string,
  from: number,
  to: number,
  maxChars: number,
  out: Array<[number, number]>,
): void => {
  const paragraph = text.slice(from, to);
  const doc = nlp.readDoc(paragraph);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // Most news paragraphs are one sentence: no token offsets needed for those.
  if (spans.length <= 1) {
    pushSpan(text, from, to, maxChars, out);
    return;
  }
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  // Token start offsets from the running sum of whitespace + token lengths: one linear pass.
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    if (!paragraph.startsWith(value, pos)) {
      // wink reproduced the text differently from what it was given: keep the paragraph whole.
      pushSpan(text, from, to, maxChars, out);
      return;
    }
    starts[i] = pos;
    pos += value.length;
    ends[i] = pos;
  }
  let cursor = 0;
  for (const [first, last] of spans) {
    const sentenceEnd = ends[last] ?? paragraph.length;
    // Sentences are contiguous: start where the previous one stopped so no character is lost.
    const sentenceStart = Math.min(cursor, starts[first] ?? cursor);
    pushSpan(text, from + sentenceStart, from + sentenceEnd, maxChars, out);
    cursor = sentenceEnd;
  }
  if (cursor < paragraph.length) pushSpan(text, from + cursor, to, maxChars, out);
};

/**
 * wink's tokenizer is quadratic in the length of a token: a 50,000-character run without spaces
 * takes over a second, 200,000 takes nearly a minute. Real tokens (even URLs) are far shorter, so
 * runs longer than this are kept away from wink and cut by length instead.
 */
const LONG_RUN = 256;

/** One paragraph: wink on the ordinary stretches, length cuts on over-long runs of non-space. */
const spansOfParagraph = (
  text: string,
  from: number,
  to: number,
  maxChars: number,
  out: Array<[number, number]>,
): void => {
  let segmentStart = from;
  let runStart = from;
  for (let i = from; i <= to; i++) {
    const atSpace = i === to || isSpace(text.charCodeAt(i));
    if (!atSpace) continue;
    if (i - runStart > LONG_RUN) {
      if (runStart > segmentStart) paragraphSpans(text, segmentStart, runStart, maxChars, out);
      pushSpan(text, runStart, i, maxChars, out);
      segmentStart = i;
    }
    runStart = i + 1;
  }
  if (segmentStart < to) paragraphSpans(text, segmentStart, to, maxChars, out);
};

/**
 * Splits text into sentences with exact offsets. Every newline is a paragraph break (the cleaner
 * has already joined wrapped lines), and a paragraph break always ends a sentence.
 */
export const splitSentences = (text: string, maxChars: number): Sentence[] => {
  const spans: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    if (to > from) spansOfParagraph(text, from, to, maxChars, spans);
    from = to + 1;
  }
  return spans.map(([start, end], index) => ({ index, text: text.slice(start, end), start, end }));
};
