/**
 * Wire-style datelines at the start of the first paragraph:
 *   "SEOUL, South Korea (AP) — ", "BRUSSELS (Reuters) - ", "MOSCOW, Oct 19 (Reuters) - ",
 *   "WASHINGTON — ", "NEW DELHI: ", "Seoul (AFP) - ".
 * An all-caps place may stand alone before the dash; a mixed-case place needs the agency in
 * parentheses, or "Officials said — " would be a dateline. Tested on at most the first 200
 * characters, and every repetition is separated by a character the repeated part cannot contain.
 */
const CAPS_WORD = "[A-Z][A-Z'’.-]*";
const MIXED_WORD = "[A-Z][A-Za-z'’.-]*";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DATE = `${MONTH} \\d{1,2}(?:, \\d{4})?`;
const REGION = `${MIXED_WORD}(?: ${MIXED_WORD}){0,3}`;
const AGENCY = "\\(([A-Za-z][A-Za-z .&/'-]{0,40})\\)";
const DASH = '(?:—|–|―|--?)';

const CAPS_DATELINE = new RegExp(
  `^(${CAPS_WORD}(?: ${CAPS_WORD}){0,4})(?:, (${REGION}))?(?:,? (${DATE}))?(?: ?${AGENCY})? ?(?:${DASH} ?|: )`,
);
const MIXED_DATELINE = new RegExp(
  `^(${MIXED_WORD}(?: ${MIXED_WORD}){0,3})(?:, (${REGION}))?(?:,? (${DATE}))? ?${AGENCY} ?${DASH} ?`,
);

const STORY_START = /[\p{Lu}\d"“‘'(]/u;

export interface FoundDateline {
  place: string;
  /** Characters from the paragraph start to the first character of the story. */
  length: number;
  /** "Oct 19" or "Oct. 19, 2023" when the dateline carries a date. */
  date: string | null;
}

/** "SEOUL" -> "Seoul", "PORT-AU-PRINCE" -> "Port-Au-Prince": readable, and a gazetteer can match it. */
const titleCase = (place: string): string =>
  place.replace(/[A-Z][A-Z'’.-]+/g, (word) =>
    /[a-z]/.test(word) ? word : word[0] + word.slice(1).toLowerCase(),
  );

export const findDateline = (paragraph: string): FoundDateline | null => {
  const head = paragraph.slice(0, 200);
  const caps = CAPS_DATELINE.exec(head);
  const match = caps ?? MIXED_DATELINE.exec(head);
  if (!match) return null;
  const [whole, place = '', region, date] = match;
  const letters = place.replace(/[^A-Za-z]/g, '');
  // "A — " or "I: " are not places; the story must go on after the dash.
  if (letters.length < 2 || whole.length >= paragraph.length) return null;
  // A dateline is followed by the start of a sentence; "NATO — the alliance said" is not one.
  if (!STORY_START.test(paragraph.charAt(whole.length))) return null;
  const named = caps ? titleCase(place) : place;
  return { place: region ? `${named}, ${region}` : named, length: whole.length, date: date ?? null };
};
