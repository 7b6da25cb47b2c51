/** Calendar words, lower-case, in the forms wire copy uses ("Tuesday", "Sept.", "Oct."). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** AP style abbreviates only Jan., Feb., Aug., Sept., Oct., Nov., Dec.; other styles abbreviate the rest. */
export const MONTH_ABBREVIATIONS = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
] as const;

/** Parts of a day that may follow a weekday ("Monday night") or stand after "that" ("that night"). */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night', 'day'] as const;

/** Counts written out in relative dates ("two days later"); digits are read as they are. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "the next day", "the following morning": one day after the scene. */
export const NEXT_DAY_WORDS = ['next', 'following'] as const;
/** "the previous day", "the preceding night": one day before the scene. */
export const PREVIOUS_DAY_WORDS = ['previous', 'preceding'] as const;
