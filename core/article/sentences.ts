import { wink } from '../nlp/wink';

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** The shared instance (core/nlp/wink.ts): loaded once per process, used for its sentence boundaries. */
const nlp = wink();
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

/** Titles that always precede a name: a sentence never ends on them. */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpl',
  'sgt',
  'adm',
  'cmdr',
  'brig',
  'sen',
  'rep',
  'gov',
  'prof',
  'rev',
  'st',
  'sens',
  'reps',
  'amb',
  'pres',
  'supt',
  'insp',
]);
/** Abbreviations that continue into a number: "Jan. 5", "No. 10", "Sept. 11". */
const NUMBER_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'art',
  'vol',
]);
/** Capitalized words that, right after "U.S." or "U.N.", are part of one name ("U.S. Navy"). */
const CONTINUING_NAMES = new Set([
  'secretary',
  'ambassador',
  'envoy',
  'president',
  'navy',
  'army',
  'air',
  'marines',
  'security',
  'general',
  'special',
  'senate',
  'house',
  'congress',
  'treasury',
  'state',
  'department',
  'embassy',
  'mission',
  'representative',
  'rep',
  'sen',
  'gen',
  'defense',
  'central',
  'border',
  'customs',
  'coast',
  'trade',
  'national',
  'human',
  'refugee',
  'peacekeepers',
  'peacekeeping',
  'chief',
  'commander',
]);
/** Words that open a new sentence after "... in the U.S." rather than continue a name. */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'as',
  'after',
  'before',
  'since',
  'while',
  'when',
  'if',
  'there',
  'some',
  'many',
  'no',
  'other',
  'meanwhile',
  'however',
  'still',
  'also',
  'both',
  'earlier',
  'later',
  'last',
]);

/**
 * Whether the text right before `end` (a boundary wink proposed) and the text from `next` belong to
 * one sentence: a title ("Gen." | "Lee"), a month or "No." before a number, an initial split from
 * its other half ("U." | "S."), or a dotted acronym followed by a word that does not open a sentence
 * ("the U.S." | "and South Korean jets", "U.N." | "Security Council").
 */
export const continuesAfter = (paragraph: string, end: number, next: number): boolean => {
  if (paragraph.charCodeAt(end - 1) !== 46) return false;
  const before = /(?:^|[\s(“"'])((?:\p{L}\.)+|\p{L}+\.)$/u.exec(paragraph.slice(Math.max(0, end - 24), end));
  const word = before?.[1];
  if (!word) return false;
  const after = /^[“"'(]*([^\s]+)/u.exec(paragraph.slice(next, next + 40))?.[1] ?? '';
  if (after === '') return false;
  const bare = word.slice(0, -1).toLowerCase();
  const lower = after.replace(/[^\p{L}]+$/u, '').toLowerCase();
  if (!bare.includes('.')) {
    if (TITLE_ABBREVIATIONS.has(bare) && /^\p{Lu}/u.test(after) && !SENTENCE_OPENERS.has(lower)) return true;
    if (NUMBER_ABBREVIATIONS.has(bare) && /^\d/.test(after)) return true;
    // "U." | "S. and ...": a single capital letter is an initial, never a sentence's last word.
    if (word.length === 2 && /^\p{Lu}$/u.test(word.charAt(0)))
      return /^\p{Lu}\./u.test(after) || /^\p{Ll}/u.test(after);
    return false;
  }
  // A dotted acronym ("U.S.", "U.N.", "E.U."): only a lowercase word or a name continues it.
  if (/^\p{Ll}/u.test(after) || /^\d/.test(after)) return true;
  if (/^\p{Lu}\./u.test(after)) return true;
  return CONTINUING_NAMES.has(lower) && !SENTENCE_OPENERS.has(lower);
};

/** After "3 a.m." these words continue the sentence ("at 3 a.m. Friday", "at 9 p.m. GMT"). */
const AFTER_CLOCK = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday local ' +
    'et edt est ct cdt cst pt pdt pst mt gmt utc bst cet cest eet eest msk ist jst kst eastern central pacific ' +
    'jan feb march april may june july aug sept oct nov dec january february august september october november december'
  ).split(' '),
);

/**
 * Boundaries wink does not propose: "... a deal... Negotiators will", "at 3 a.m. Rescuers arrived",
 * "in the U.S. The talks". The character before the lookahead is the end of a sentence only when the
 * next word starts one (a capital after an ellipsis or a clock, a sentence opener after an acronym).
 */
const EXTRA_BOUNDARY =
  /(?:\.\.\.|…|(?<![\p{L}.])[ap]\.m\.|(?<![\p{L}.])(?:\p{Lu}\.){2,3})[”’"']?(?=\s+["“‘']?(\p{Lu}[\p{Ll}]*))/gu;
const MAX_EXTRA_SCAN = 4000;

const extraCuts = (text: string, start: number, end: number): number[] => {
  if (end - start > MAX_EXTRA_SCAN) return [];
  const piece = text.slice(start, end);
  const cuts: number[] = [];
  EXTRA_BOUNDARY.lastIndex = 0;
  for (let match = EXTRA_BOUNDARY.exec(piece); match !== null; match = EXTRA_BOUNDARY.exec(piece)) {
    const marker = match[0];
    const next = (match[1] ?? '').toLowerCase();
    const isClock = /^[ap]\.m\./.test(marker);
    const isEllipsis = marker.startsWith('...') || marker.startsWith('…');
    const cut = isEllipsis
      ? next !== ''
      : isClock
        ? !AFTER_CLOCK.has(next)
        : SENTENCE_OPENERS.has(next) && next !== 'no';
    if (cut) cuts.push(start + match.index + marker.length);
  }
  return cuts;
};

/** pushSpan for one sentence wink found, split again where it missed a boundary. */
const pushSentence = (
  text: string,
  start: number,
  end: number,
  maxChars: number,
  out: Array<[number, number]>,
): void => {
  let from = start;
  for (const cut of extraCuts(text, start, end)) {
    pushSpan(text, from, cut, maxChars, out);
    from = cut;
  }
  pushSpan(text, from, end, maxChars, out);
};

/** Closing quotes and brackets that wink leaves at the start of the next sentence ('."\'' , '.")'). */
const isCloser = (code: number): boolean =>
  code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019;

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
    pushSentence(text, from, to, maxChars, out);
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
      pushSentence(text, from, to, maxChars, out);
      return;
    }
    starts[i] = pos;
    pos += value.length;
    ends[i] = pos;
  }
  let cursor = 0;
  for (let s = 0; s < spans.length; s++) {
    const last = (spans[s] as [number, number])[1];
    let sentenceEnd = ends[last] ?? paragraph.length;
    const next = spans[s + 1];
    // A boundary wink put after an abbreviation ("Maj." | "Gen. Lee") is no boundary at all.
    if (next && continuesAfter(paragraph, sentenceEnd, starts[next[0]] ?? sentenceEnd)) continue;
    // A closing quote left at the start of the next sentence belongs to this one: `over."' Then`.
    let close = sentenceEnd;
    while (close < paragraph.length && close - sentenceEnd < 4 && isCloser(paragraph.charCodeAt(close)))
      close++;
    if (close > sentenceEnd && (close === paragraph.length || isSpace(paragraph.charCodeAt(close))))
      sentenceEnd = close;
    // Sentences are contiguous: start where the previous one stopped so no character is lost.
    pushSentence(text, from + cursor, from + sentenceEnd, maxChars, out);
    cursor = sentenceEnd;
  }
  if (cursor < paragraph.length) pushSentence(text, from + cursor, to, maxChars, out);
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
