/**
 * Paragraph shapes that are page furniture, not reporting. DATA: each rule has the shape it
 * matches, a length cap (prose that merely starts the same way is longer), an example that must
 * match and a reason. test/unit/article/boilerplate.test.ts checks every example and checks that
 * none of the rules fires on ordinary news sentences. All patterns are anchored and have no nested
 * quantifiers over overlapping classes, so each costs one pass over a paragraph of bounded length.
 */
export type BoilerplateKind = 'gallery' | 'ui' | 'trailer' | 'byline' | 'stamp' | 'caption' | 'symbols';

export interface BoilerplateRule {
  name: string;
  kind: BoilerplateKind;
  maxChars: number;
  test: (paragraph: string) => boolean;
  example: string;
  why: string;
}

const matcher =
  (pattern: RegExp) =>
  (paragraph: string): boolean =>
    pattern.test(paragraph);

const CREDIT_WORDS =
  /photo|via |getty|\bap\/|\/ ?ap\b|\bpool\b|handout|credit|image|\bafp\b|\bepa\b|reuters ?\/|\/ ?reuters|shutterstock|xinhua\/|yonhap\/|kcna\//i;
const PHOTO_TAIL =
  /(?:\bvia (?:REUTERS|AP|AFP|Getty Images)|\bREUTERS\/[^/]{1,60}|\/ ?(?:AFP|Getty Images|AP|REUTERS))(?: ?\/ ?File Photo)?\.?$/;

/** "... on Thursday. (AP Photo/Lee Jin-man)" or "... (Ministry telegram channel via AP)". */
const endsWithPhotoCredit = (paragraph: string): boolean => {
  const trimmed = paragraph.trimEnd();
  if (trimmed.endsWith(')')) {
    const open = trimmed.lastIndexOf('(');
    return open !== -1 && trimmed.length - open <= 200 && CREDIT_WORDS.test(trimmed.slice(open));
  }
  return PHOTO_TAIL.test(trimmed.slice(-120));
};

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?';
const CLOCK = '\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,5})?';
const BARE_DATE = new RegExp(
  `^(?:${WEEKDAY} )?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,? (?:at )?${CLOCK})?$`,
  'i',
);

/** A live-blog entry clock or a relative stamp on its own line: "13.20 GMT", "6 hours ago". */
const BARE_TIME = new RegExp(
  `^(?:${CLOCK}|\\d{1,3} (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|h|days?|weeks?) ago)$`,
  'i',
);

const STAMP_START = /^(?:published|updated|last updated|posted|first published|modified)(?: on| at)?:? /i;
/** Words a publication stamp is made of besides numbers: "Updated 3:12 AM EDT, October 19, 2023". */
const STAMP_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri ' +
    'sat sun am pm a m p on at utc gmt et edt est pt pdt pst ct cdt cst mt mdt mst bst cet cest eet eest kst jst msk ist ' +
    'aest hkt sgt hour hours min mins minute minutes ago h'
  ).split(' '),
);
const LETTER_RUN = /\p{L}+/gu;

const isStamp = (paragraph: string): boolean => {
  const start = STAMP_START.exec(paragraph);
  if (!start) return false;
  const rest = paragraph.slice(start[0].length);
  if (!/\d/.test(rest)) return false;
  for (const word of rest.match(LETTER_RUN) ?? []) if (!STAMP_WORDS.has(word.toLowerCase())) return false;
  return true;
};

/** One part of a "Name | Jan 18, 2025 | 3 min read" line. */
const META_SEPARATOR = / (?:\||·|•|—|-) /;
const NAME_PART = /^(?:By )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|and|de|van|von|al|bin)){0,5}$/u;
const READ_TIME = /^\d{1,3} min(?:ute)?s? read$/i;

/**
 * A byline-and-stamp strip: parts joined by "|" or "·", at least one a date or stamp, the others
 * names, stamps or reading times. A sentence never has that shape.
 */
const isMetaLine = (paragraph: string): boolean => {
  const parts = paragraph.split(META_SEPARATOR);
  if (parts.length < 2 || parts.length > 5) return false;
  let dated = false;
  for (const part of parts) {
    const trimmed = part.trim();
    if (isStamp(trimmed) || BARE_DATE.test(trimmed) || BARE_TIME.test(trimmed)) dated = true;
    else if (!NAME_PART.test(trimmed) && !READ_TIME.test(trimmed)) return false;
  }
  return dated;
};

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'gallery-marker',
    kind: 'gallery',
    maxChars: 40,
    test: matcher(
      /^(?:full ?screen|\d{1,3} ?(?:\/|of) ?\d{1,3}|(?:image|photo|slide|picture) \d{1,3} (?:of|\/) \d{1,3}|(?:open|view|launch|enlarge|expand) (?:the )?(?:gallery|image|photo|photos|slideshow)|(?:previous|next)(?: (?:image|photo|slide|picture))?|(?:show|hide|toggle) caption|enlarge this image|(?:photos?|images?|gallery|slideshow)(?: \d{1,3})?)$/i,
    ),
    example: '1 / 11',
    why: 'photo-gallery controls and counters left behind by copy-paste or scraping',
  },
  {
    name: 'ui-label',
    kind: 'ui',
    maxChars: 60,
    test: matcher(
      /^(?:recommended(?: videos?| stories| articles| reading| for you)?|related(?: stories| articles| content| coverage| topics| news| videos?| links)?|most (?:read|popular|viewed|shared)|trending(?: now| stories| topics)?|top stories|latest (?:news|stories|videos?|headlines)|more (?:stories|news|videos?|headlines|coverage)|you (?:may|might) also like|editor'?s picks?|advertisements?|advertising|sponsored(?: content)?|ad|skip (?:ad|advertisement)|share(?: this)?(?: (?:article|story|page|post))?(?: on [a-z]+)?|share via [a-z]+|copy(?: the)? link|link copied|print(?: this)?(?: (?:article|story|page))?|e-?mail(?: this)?(?: (?:article|story))?|(?:\d+ )?comments?|leave a comment|read more|read (?:the )?full (?:story|article)|continue reading|show more|load more|see more|back to top|skip to (?:main )?content|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|tumblr|flipboard|messenger|tweet|listen(?: to (?:this )?(?:article|story))?(?: \d+ min(?:utes?)?)?|watch(?: now| live| video)?|play video|subscribe(?: now| today)?|sign ?in|sign ?up|log ?in|log ?out|register|menu|search|close|home|loading|\d+ min(?:ute)? read|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|ad))?|advertisement(?: [·•|-] )?scroll to continue(?: with content)?|scroll to continue(?: with content)?|continue reading (?:below|the main story)|ad could not be loaded|accept(?: all)?(?: cookies)?|cookie settings|manage (?:cookies|preferences|consent))[:.!]?$/i,
    ),
    example: 'Recommended Videos',
    why: 'labels of page widgets (video rails, share buttons, menus) that carry no reporting',
  },
  {
    name: 'call-to-action',
    kind: 'ui',
    maxChars: 220,
    test: matcher(
      /^(?:sign up (?:for|to|now|here)|subscribe (?:to|for|now)|follow (?:us|me|him|her|them|[^ ]{1,40} (?:on|at|coverage|reporting))|read more\b|read (?:also|next)\b|related ?:|see also ?:|watch ?:|listen ?:|click here\b|download (?:our|the) |get (?:our|the) (?:latest|free|daily)\b|don'?t miss\b|this (?:article|story) (?:was|has been) (?:updated|corrected))/i,
    ),
    example: "Follow AP's coverage of Asia at https://apnews.com/hub/asia-pacific",
    why: 'newsletter, social and cross-promotion prompts',
  },
  {
    name: 'copyright',
    kind: 'trailer',
    maxChars: 400,
    test: matcher(
      /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|[^.]{0,80}rights reserved)|all rights reserved|may not be published, broadcast/i,
    ),
    example: 'Copyright 2023 The Associated Press. All rights reserved.',
    why: 'copyright notices and redistribution terms',
  },
  {
    name: 'credits-trailer',
    kind: 'trailer',
    maxChars: 250,
    test: matcher(
      /^\(?(?:(?:additional )?reporting by|editing by|writing by|compiled by|our standards ?:)|contributed (?:reporting )?to this (?:report|story)\.?\)?$/i,
    ),
    example: 'Reporting by Jane Doe in Seoul; Editing by John Roe',
    why: 'staff credits at the end of wire copy',
  },
  {
    name: 'desk-slug',
    kind: 'trailer',
    maxChars: 60,
    test: matcher(/^[a-z]{2,6}(?:-[a-z]{2,6}){0,3}(?:\/[a-z]{2,6}(?:-[a-z]{2,6}){0,3}){1,6}$/),
    example: 'bur-az/jd/ami',
    why: 'agency desk initials (writer/editor/subeditor) that end AFP and other wire copy',
  },
  {
    name: 'correction-note',
    kind: 'trailer',
    maxChars: 600,
    test: matcher(
      /^(?:(?:correction|clarification|editor['’]?s note|note to readers)s? ?[:—–-]|this (?:article|story|report|version) (?:was|has been|is) (?:amended|corrected|updated|edited|clarified|revised)\b|an earlier version of this (?:article|story|report)\b)/i,
    ),
    example: 'Correction: An earlier version of this article said the conference would be held in Geneva.',
    why: 'notes about the article itself; their verbs ("misstated", "said") are not events',
  },
  {
    name: 'newsletter-promo',
    kind: 'ui',
    maxChars: 300,
    test: (paragraph) =>
      /\bnewsletters?\b/i.test(paragraph) && /\b(?:sign up|sign-up|subscribe|inbox)\b/i.test(paragraph),
    example: 'Get the Capitol Courier morning newsletter. Sign up for free and get the news in your inbox.',
    why: 'newsletter boxes pasted or scraped along with the story',
  },
  {
    name: 'byline',
    kind: 'byline',
    maxChars: 90,
    // Every name after the first starts after a space, so a word can be split only one way.
    test: matcher(
      /^(?:By|BY) (?:[A-Z][\w'’.-]*|the)(?:,? (?:[A-Z][\w'’.-]*|and|the|de|da|van|von|al|bin|&|\|)){0,11}$/,
    ),
    example: 'By Hyung-Jin Kim and Kim Tong-hyung, Associated Press',
    why: 'bylines name the writer, not an actor in the story',
  },
  {
    name: 'timestamp',
    kind: 'stamp',
    maxChars: 120,
    test: (paragraph) =>
      isStamp(paragraph) || BARE_DATE.test(paragraph) || BARE_TIME.test(paragraph) || isMetaLine(paragraph),
    example: 'Updated 3:12 AM EDT, October 19, 2023',
    why: 'publication stamps (the date is read from them before they are dropped)',
  },
  {
    name: 'caption-opener',
    kind: 'caption',
    maxChars: 1200,
    test: matcher(
      /^(?:in (?:this|these|a|an) (?:[^ ]+ ){0,4}(?:photos?|images?|pictures?|photograph|handout|video|screen ?grab|frame grab)\b|(?:this|these) (?:[^ ]+ ){0,3}(?:photos?|images?|pictures?|photograph)s? (?:shows?|released|provided|taken|made)\b)/i,
    ),
    example: 'In this photo released by the ministry, the two leaders shake hands in Pyongyang.',
    why: 'photo captions describe a picture and repeat the story; AP and others open them this way',
  },
  {
    name: 'file-photo',
    kind: 'caption',
    maxChars: 1200,
    test: matcher(/^FILE(?: PHOTO)? ?[-—–:|]/),
    example: 'FILE - Russian President Vladimir Putin speaks in Moscow, Sept. 13, 2023.',
    why: 'archive-photo captions carry old dates and old events',
  },
  {
    name: 'photo-credit-tail',
    kind: 'caption',
    maxChars: 1200,
    test: endsWithPhotoCredit,
    example: 'Kim Jong Un greets Sergey Lavrov in Pyongyang. (AP Photo/Lee Jin-man)',
    why: 'a paragraph that ends in a photo credit is a caption',
  },
  {
    name: 'credit-line',
    kind: 'caption',
    maxChars: 120,
    test: matcher(/^\(?(?:AP|AFP|Reuters|Getty|EPA|Xinhua|Yonhap) ?(?:Photo|Images|Video)\b/i),
    example: 'AP Photo/Ahn Young-joon',
    why: 'a bare photo credit',
  },
  {
    name: 'no-letters',
    kind: 'symbols',
    maxChars: 80,
    test: matcher(/^[^\p{L}]*$/u),
    example: '* * *',
    why: 'separators, counters and stray punctuation',
  },
];
