/**
 * Best-effort language guess from function words and scripts. The coder's patterns are English:
 * the point is to say 'en' with confidence and to label the rest well enough that nobody expects
 * events from them. Reads a bounded sample, so the cost does not grow with the article.
 */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the',
    'of',
    'and',
    'to',
    'in',
    'a',
    'is',
    'that',
    'for',
    'on',
    'with',
    'as',
    'was',
    'said',
    'by',
    'at',
    'he',
    'it',
    'from',
    'his',
    'has',
    'have',
    'are',
    'be',
    'an',
    'were',
    'will',
    'its',
    'their',
    'not',
    'but',
    'this',
    'who',
    'they',
    'had',
    'which',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'sich',
    'des',
    'auf',
    'für',
    'den',
    'dem',
    'ein',
    'eine',
    'zu',
    'von',
    'im',
    'auch',
    'wurde',
    'sagte',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'un',
    'du',
    'dans',
    'pour',
    'que',
    'qui',
    'sur',
    'pas',
    'au',
    'avec',
    'par',
    'a',
    'été',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'de',
    'que',
    'en',
    'del',
    'por',
    'con',
    'una',
    'para',
    'es',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'dijo',
  ],
  it: [
    'il',
    'la',
    'di',
    'che',
    'e',
    'è',
    'per',
    'non',
    'una',
    'del',
    'della',
    'con',
    'sono',
    'gli',
    'anche',
    'nel',
    'alla',
    'ha',
    'le',
    'dei',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'que',
    'e',
    'do',
    'da',
    'em',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'por',
    'mais',
    'dos',
    'das',
    'foi',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'op',
    'te',
    'in',
    'niet',
    'zijn',
    'voor',
    'met',
    'die',
    'ook',
    'werd',
    'heeft',
    'naar',
    'maar',
  ],
};
const STOPWORD_SETS = Object.entries(STOPWORDS).map(([code, words]) => [code, new Set(words)] as const);

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ko', /[\uac00-\ud7af]/g],
  ['ja', /[\u3040-\u30ff]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
  ['el', /[\u0370-\u03ff]/g],
  ['hi', /[\u0900-\u097f]/g],
  ['th', /[\u0e00-\u0e7f]/g],
  ['ru', /[\u0400-\u04ff]/g],
];
const UKRAINIAN = /[іїєґІЇЄҐ]/g;
const WORD = /\p{L}+/gu;
const SAMPLE = 20_000;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

export const detectLanguage = (text: string): string | null => {
  const sample = text.slice(0, SAMPLE);
  const letters = count(sample, /\p{L}/gu);
  if (letters === 0) return null;
  let bestScript: string | null = null;
  let bestScriptCount = 0;
  for (const [code, pattern] of SCRIPTS) {
    const found = count(sample, pattern);
    if (found > bestScriptCount) {
      bestScript = code;
      bestScriptCount = found;
    }
  }
  // Japanese text is full of Han characters too: any kana makes it Japanese.
  if (bestScript === 'zh' && count(sample, /[\u3040-\u30ff]/g) > letters * 0.05) bestScript = 'ja';
  if (bestScript && bestScriptCount > letters * 0.4) {
    if (bestScript === 'ru' && count(sample, UKRAINIAN) > bestScriptCount * 0.01) return 'uk';
    return bestScript;
  }
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < 3) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const [code, set] of STOPWORD_SETS) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    const share = hits / words.length;
    if (share > bestShare) {
      best = code;
      bestShare = share;
    }
  }
  // News English runs at 35-45% function words; a headline alone at 10-20%.
  return bestShare >= 0.1
    ? best
    : words.length <= 40 && /^[\p{Script=Latin}\d\s\p{P}\p{S}]*$/u.test(sample)
      ? 'en'
      : null;
};
