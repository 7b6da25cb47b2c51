import type { z } from 'zod';
import { type Event, type StoredEvent, StoredEventSchema } from '../../core/model/event';

/**
 * What one article says about an event beyond its key: actor names, location, mode, negation, date precision.
 * Two articles can describe the same event (same id) differently, so each Mention item keeps its own copy and
 * the Event item shows the copy of its describing article (see `describingArticle`).
 */
export const EventDetailsSchema = StoredEventSchema.omit({
  id: true,
  mentionCount: true,
  articleCount: true,
  sourceCount: true,
  firstSeen: true,
  lastSeen: true,
  retracted: true,
  version: true,
});
export type EventDetails = z.infer<typeof EventDetailsSchema>;

/** Parsed, so a coder's record and a stored copy compare by content (no stray or reordered keys). */
export const detailsOf = (event: Event | StoredEvent | EventDetails): EventDetails =>
  EventDetailsSchema.parse(event);

/**
 * The rule that makes the table a function of the set of stored articles, not of their arrival order: an
 * event is described by the mention of the article with the smallest id (an article has at most one mention
 * per event; within an article the sentence with the smallest offset wins, see `desiredMentions`).
 */
export const describingArticle = (articleIds: readonly string[]): string | undefined =>
  [...articleIds].sort()[0];

/** The article ids with a mention after this article's change: sorted, each once. */
export const articleIdsWith = (
  articleIds: readonly string[],
  articleId: string,
  present: boolean,
): string[] => {
  const next = new Set(articleIds);
  if (present) next.add(articleId);
  else next.delete(articleId);
  return [...next].sort();
};
