/**
 * One lookup key per spelling of a name, shared by the country lexicon, the gazetteer and the script that
 * builds them, so "U.S." and "US", "Brasília" and "Brasilia", "Sana'a" and "Sanaa", "St. Petersburg" and
 * "Saint Petersburg", "Guinea-Bissau" and "Guinea Bissau" meet on the same key.
 *
 * Case is folded here; a caller that scans running text must still decide whether "us" (the pronoun) may
 * stand for "US" — see `matchCase` on the country surface forms.
 */

// Letters that NFKD does not split into base + mark, so stripping marks alone would leave them.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};

const MARKS = /\p{M}+/gu;
const FOLDABLE = /[øđłßæœıðþħ]/g;
// Apostrophes and periods join ("N'Djamena" = "NDjamena", "U.S." = "US"); other punctuation separates.
const JOINING = /['’‘`ʻʼ.]/g;
const SEPARATING = /[^\p{L}\p{N}]+/gu;

// NFKD leaves ASCII as it is and finds no marks or foldable letters in it; skipping it for the plain
// names that make up most of the lexicons takes a measurable share off every cold start.
const PRINTABLE_ASCII = /^[ -~]*$/;

export function nameKey(text: string): string {
  const unaccented = PRINTABLE_ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(MARKS, '')
        .toLowerCase()
        .replace(FOLDABLE, (letter) => FOLDED_LETTERS[letter] ?? letter);
  const folded = unaccented.replace(JOINING, '').replace(SEPARATING, ' ').trim();
  if (folded === '') return '';
  // "St." before a name is "Saint" in every gazetteer we read ("St. Petersburg", "St. Lucia").
  return folded
    .split(' ')
    .map((word, index, words) =>
      word === 'st' && words.length > 1 && index < words.length - 1 ? 'saint' : word,
    )
    .join(' ');
}

/** Key for names where a leading article carries no meaning: "the Netherlands", "the Kremlin". */
export function nameKeyWithoutArticle(text: string): string {
  const key = nameKey(text);
  return key.startsWith('the ') ? key.slice(4) : key;
}
