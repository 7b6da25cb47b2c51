import { BOILERPLATE_RULES, type BoilerplateKind } from './boilerplate-rules';

export interface Classified {
  paragraph: string;
  /** null: keep; otherwise why it is dropped. */
  drop: BoilerplateKind | 'credit' | 'menu' | null;
}

export const classifyParagraph = (paragraph: string): BoilerplateKind | null => {
  for (const rule of BOILERPLATE_RULES) {
    if (paragraph.length <= rule.maxChars && rule.test(paragraph)) return rule.kind;
  }
  return null;
};

const SENTENCE_PUNCTUATION = /[.!?:;"“”]/;
const countWords = (text: string): number => {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words;
};

/** Short, unpunctuated: a credit ("Russian Foreign Ministry Press Service telegram channel") or a menu item. */
const isLabelLike = (paragraph: string, maxChars: number, maxWords: number): boolean =>
  paragraph.length <= maxChars && countWords(paragraph) <= maxWords && !SENTENCE_PUNCTUATION.test(paragraph);

const NEAR_PHOTO: ReadonlySet<string> = new Set(['gallery', 'caption', 'credit']);
const MENU_RUN = 4;

/**
 * Marks furniture. Context rules come after the shape rules:
 * - a short unpunctuated line right after a gallery marker or caption, or right before a caption,
 *   is the photo credit (its words alone say nothing: "Press Service telegram channel");
 * - four or more very short unpunctuated lines in a row are a menu or tag list.
 * `protectedIndex` (a plain-text headline) is never dropped by a context rule.
 */
export const classifyParagraphs = (
  paragraphs: readonly string[],
  protectedIndex: number | null,
): Classified[] => {
  const result: Classified[] = paragraphs.map((paragraph) => ({
    paragraph,
    drop: classifyParagraph(paragraph),
  }));
  for (let i = 0; i < result.length; i++) {
    const item = result[i];
    if (!item || item.drop !== null || i === protectedIndex || !isLabelLike(item.paragraph, 120, 12))
      continue;
    const previous = result[i - 1]?.drop;
    const next = result[i + 1]?.drop;
    if ((previous && NEAR_PHOTO.has(previous)) || next === 'caption') item.drop = 'credit';
  }
  // Menu runs: furniture already dropped does not break a run, but only label-like lines start one.
  let runStart = 0;
  let labels = 0;
  for (let i = 0; i <= result.length; i++) {
    const item = result[i];
    const label =
      item !== undefined && item.drop === null && i !== protectedIndex && isLabelLike(item.paragraph, 30, 4);
    if (label) labels++;
    if (label || (item !== undefined && item.drop !== null && i !== protectedIndex)) continue;
    if (i - runStart >= MENU_RUN && labels >= MENU_RUN - 1) {
      for (let j = runStart; j < i; j++) {
        const member = result[j];
        if (member && member.drop === null) member.drop = 'menu';
      }
    }
    runStart = i + 1;
    labels = 0;
  }
  return result;
};
