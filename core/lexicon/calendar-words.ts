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
