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

/** "GAZA CITY/CAIRO": a story filed from two places names both, joined by a slash. */
const CAPS_PLACE = `${CAPS_WORD}(?: ${CAPS_WORD}){0,4}`;
const CAPS_DATELINE = new RegExp(
  `^(${CAPS_PLACE}(?:/${CAPS_PLACE}){0,3})(?:, (${REGION}))?(?:,? (${DATE}))?(?: ?${AGENCY})? ?(?:${DASH} ?|: )`,
);
const MIXED_DATELINE = new RegExp(
  `^(${MIXED_WORD}(?: ${MIXED_WORD}){0,3})(?:, (${REGION}))?(?:,? (${DATE}))? ?${AGENCY} ?${DASH} ?`,
);

const STORY_START = /[\p{Lu}\d"“‘'(]/u;
/** After "(Reuters) - " or a dated dateline the story may open in lower case ("iPhone maker ..."). */
const LOWER_START = /\p{Ll}/u;

export interface FoundDateline {
  place: string;
  /** Characters from the paragraph start to the first character of the story. */
  length: number;
  /** "Oct 19" or "Oct. 19, 2023" when the dateline carries a date. */
  date: string | null;
}

/** "SEOUL" -> "Seoul", "PORT-AU-PRINCE" -> "Port-Au-Prince": readable, and a gazetteer can match it. */
const titleCase = (place: string): string =>
  place.replace(/[A-Z][A-Z'’.]+/g, (word) => word[0] + word.slice(1).toLowerCase());

export const findDateline = (paragraph: string): FoundDateline | null => {
  const head = paragraph.slice(0, 200);
  const caps = CAPS_DATELINE.exec(head);
  const match = caps ?? MIXED_DATELINE.exec(head);
  if (!match) return null;
  const [whole, places = '', region, date, agency] = match;
  // "GAZA CITY/CAIRO": the first place is where the story is filed from, unless a region follows,
  // which names the last one ("JERUSALEM/CAIRO, Egypt").
  const all = places.split('/');
  const place = (region ? all[all.length - 1] : all[0]) ?? places;
  const letters = place.replace(/[^A-Za-z]/g, '');
  // "A — " or "I: " are not places; the story must go on after the dash.
  if (letters.length < 2 || whole.length >= paragraph.length) return null;
  // A dateline is followed by the start of a sentence; "NATO — the alliance said" is not one, but
  // with an agency or a date the dateline is certain and the story may open in lower case.
  const next = paragraph.charAt(whole.length);
  if (!STORY_START.test(next) && !((agency || date) && LOWER_START.test(next))) return null;
  const named = caps ? titleCase(place) : place;
  return { place: region ? `${named}, ${region}` : named, length: whole.length, date: date ?? null };
};
