import rawNameTokens from '../lexicon/data/name-tokens.json' with { type: 'json' };
import { type Nlp, wink } from '../nlp/wink';

/** One word of a sentence, with offsets into the article text. */
export interface Token {
  text: string;
  /** Lowercase with typographic apostrophes folded, the key every lexicon is looked up with. */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (VERB, NOUN, PROPN, ADP, ...). */
  pos: string;
  start: number;
  end: number;
  /** First character is an uppercase letter. */
  cap: boolean;
}

/** The process-wide instance shared with the sentence splitter; the POS pipe also yields lemmas. */
const getNlp = (): Nlp => wink();

const APOSTROPHES = /[’‘`ʼ]/g;
export const foldWord = (value: string): string => value.toLowerCase().replace(APOSTROPHES, "'");

const isUpperChar = (char: string): boolean => char !== char.toLowerCase() && char === char.toUpperCase();
const isLetterOrDigit = (value: string): boolean => /^[\p{L}\p{N}]/u.test(value);

/**
 * Tokenizes one piece of text (a sentence) whose first character sits at `offset` in the article.
 * Hyphen-joined words with no space around the hyphen become one token ("Leif-Eric", "U.S.-led",
 * "al-Qaida") so a compound modifier is never read as the country it contains. At most `maxTokens`
 * tokens are returned: the rest of a pathological sentence is not analysed.
 */
export const tokenize = (text: string, offset: number, maxTokens = Number.POSITIVE_INFINITY): Token[] => {
  const its = getNlp().its;
  const doc = getNlp().readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  // wink's typings give precedingSpaces and lemma narrower signatures than out() accepts at run time.
  const outOf = (fn: unknown): string[] => (tokens.out as (fn: unknown) => string[]).call(tokens, fn);
  const spaces = outOf(its.precedingSpaces);
  const pos = tokens.out(its.pos) as string[];
  const lemmas = outOf(its.lemma);
  const out: Token[] = [];
  let cursor = 0;
  let glue = false;
  for (let i = 0; i < values.length && out.length < maxTokens; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    let start = cursor;
    if (!text.startsWith(value, cursor)) {
      // wink normally reproduces its input exactly; if not, find the token and resynchronize.
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    cursor = start + value.length;
    if (value.trim() === '') continue;
    const hadSpace = (spaces[i] ?? '').length > 0;
    const previous = out[out.length - 1];
    if (previous && !hadSpace && (glue || (value === '-' && isLetterOrDigit(previous.text)))) {
      // Extend the compound: "Leif" + "-" + "Eric".
      previous.text += value;
      previous.end = offset + cursor;
      previous.lower = foldWord(previous.text);
      previous.lemma = previous.lower;
      if (value !== '-') {
        const allCaps = previous.text.split('-').every((part) => part === '' || isUpperChar(part.charAt(0)));
        previous.pos = allCaps ? 'PROPN' : 'ADJ';
        glue = false;
      } else {
        glue = true;
      }
      continue;
    }
    if (glue && previous) {
      // A dangling hyphen ("pro- and anti-"): keep it attached but stop gluing.
      glue = false;
    }
    const lower = foldWord(value);
    out.push({
      text: value,
      lower,
      lemma: foldWord(lemmas[i] ?? lower),
      pos: pos[i] ?? 'X',
      start: offset + start,
      end: offset + cursor,
      cap: isUpperChar(value.charAt(0)),
    });
  }
  // "Colombia's largest remaining guerrilla group", "the ruling party": an -ing word between an
  // adjective and a noun modifies the noun; read as a verb it would split the phrase.
  for (let k = 1; k + 1 < out.length; k++) {
    const token = out[k] as Token;
    if (token.pos !== 'VERB' || !token.lower.endsWith('ing')) continue;
    if (out[k - 1]?.pos === 'ADJ' && out[k + 1]?.pos === 'NOUN') token.pos = 'ADJ';
  }
  return out;
};

/** ASCII letters, single spaces: no punctuation, digit, hyphen or diacritic that wink splits on. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The keys of a plain name without running wink, whose POS pass over ~3,000 names was most of the
 * cost of compiling the lexicons at cold start; null when the name is not plain. wink still expands a
 * few plain words ("cannot" -> can + not), so test/unit/coder/name-tokens.test.ts holds this to what
 * tokenize() gives for every name the lexicon index inserts.
 */
export const plainNameTokens = (name: string): string[] | null =>
  PLAIN_NAME.test(name) ? name.toLowerCase().split(' ') : null;

/**
 * The lexicon names that are not plain, tokenized ahead of time by scripts/generate-name-tokens.ts
 * (the same test fails when the file no longer matches tokenize()).
 */
const PRECOMPUTED: Readonly<Record<string, string[]>> = rawNameTokens;

/** Tokens of a lexicon name, produced exactly as running text would be, so keys always agree. */
export const nameTokens = (name: string): string[] =>
  plainNameTokens(name) ??
  (Object.hasOwn(PRECOMPUTED, name) ? [...(PRECOMPUTED[name] as string[])] : null) ??
  tokenize(name, 0).map((token) => token.lower);
