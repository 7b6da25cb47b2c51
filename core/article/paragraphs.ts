/**
 * Lines -> paragraphs. HTML and JSON text put one paragraph per line. Plain-text files come two
 * ways: one paragraph per line, or hard-wrapped at a fixed width with blank lines between
 * paragraphs (email, wire feeds, `fmt`). Wrapped lines are joined so a sentence is never cut in two
 * by a line break — the joined text is what offsets point into.
 */
const WRAP_MAX_LINE = 120;
const WRAP_MIN_LINE = 40;
const ENDS_SENTENCE = /[.!?:"”’)]$/;

/**
 * Hard-wrapped: every line fits a fixed width, and most lines that run on into the next one are
 * long and stop mid-sentence. One-paragraph-per-line text has lines that end sentences, and
 * stacked short lines (headline, gallery counters, credits) are not wrapping either.
 */
const isHardWrapped = (lines: readonly string[]): boolean => {
  let runOn = 0;
  let long = 0;
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > WRAP_MAX_LINE) return false;
    if (line === '' || (lines[i + 1] ?? '') === '') continue;
    runOn++;
    if (line.length >= WRAP_MIN_LINE) long++;
    if (!ENDS_SENTENCE.test(line)) open++;
  }
  return runOn >= 2 && long >= runOn * 0.6 && open * 2 >= runOn;
};

export const toParagraphs = (lines: readonly string[], allowUnwrap: boolean): string[] => {
  if (!allowUnwrap || !isHardWrapped(lines)) return lines.filter((line) => line !== '');
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
};
