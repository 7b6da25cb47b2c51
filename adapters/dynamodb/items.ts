import { type Actor, ActorSchema } from '../../core/model/actor';
import { type ArticleRecord, ArticleRecordSchema } from '../../core/model/article';
import { type Mention, MentionSchema, type StoredEvent, StoredEventSchema } from '../../core/model/event';
import { detailsOf, type EventDetails } from './event-details';
import {
  actorIndexKeys,
  actorKey,
  articleKey,
  eventIndexKeys,
  eventKey,
  mentionIndexKeys,
  mentionKey,
  type TableKey,
} from './keys';

/**
 * Items carry their model record verbatim (the publisher parses stream images with the model's zod schemas,
 * which strip everything else), plus keys and a few bookkeeping attributes the ingest needs:
 *   Article: rev (bumped by every write), claimId (set while a worker holds the article), fingerprint
 *            (object ETag + size + coder version + size limit: equal means nothing to redo), objectHash.
 *   Event:   sourceTally (articles per source name, so sourceCount survives a retraction), articleIds (the
 *            articles with a mention, sorted: the smallest one describes the event).
 *   Mention: sentences (how many sentences of the article report the event: its share of mentionCount),
 *            details (how this article describes the event: the Event shows its describing article's copy).
 *   Actor:   rev.
 */
export const ITEM_TYPES = ['Article', 'Event', 'Mention', 'Actor'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export type ArticleItem = ArticleRecord &
  TableKey & {
    type: 'Article';
    rev: number;
    claimId?: string;
    fingerprint: string | null;
    objectHash: string | null;
  };

export type EventItem = StoredEvent &
  TableKey &
  ReturnType<typeof eventIndexKeys> & {
    type: 'Event';
    sourceTally: Record<string, number>;
    /** Absent on items written before the describing rule; read as "unknown", never as "no article". */
    articleIds?: string[];
  };

export type MentionItem = Mention &
  TableKey &
  ReturnType<typeof mentionIndexKeys> & { type: 'Mention'; sentences: number; details?: EventDetails };

export type ActorItem = Actor & TableKey & ReturnType<typeof actorIndexKeys> & { type: 'Actor'; rev: number };

export interface ArticleBookkeeping {
  rev: number;
  claimId?: string;
  fingerprint: string | null;
  objectHash: string | null;
}

export const toArticleItem = (record: ArticleRecord, book: ArticleBookkeeping): ArticleItem => {
  const parsed = ArticleRecordSchema.parse(record);
  const item: ArticleItem = {
    ...articleKey(parsed.id),
    type: 'Article',
    ...parsed,
    rev: book.rev,
    fingerprint: book.fingerprint,
    objectHash: book.objectHash,
  };
  if (book.claimId !== undefined) item.claimId = book.claimId;
  return item;
};

export const toEventItem = (
  event: StoredEvent,
  sourceTally: Record<string, number>,
  articleIds?: readonly string[],
): EventItem => {
  const parsed = StoredEventSchema.parse(event);
  const item: EventItem = {
    ...eventKey(parsed.id),
    ...eventIndexKeys(parsed),
    type: 'Event',
    ...parsed,
    sourceTally,
  };
  if (articleIds !== undefined) item.articleIds = [...new Set(articleIds)].sort();
  return item;
};

export const toMentionItem = (mention: Mention, sentences: number, details?: EventDetails): MentionItem => {
  const parsed = MentionSchema.parse(mention);
  const item: MentionItem = {
    ...mentionKey(parsed.articleId, parsed.eventId),
    ...mentionIndexKeys(parsed.articleId, parsed.eventId),
    type: 'Mention',
    ...parsed,
    sentences,
  };
  if (details !== undefined) item.details = detailsOf(details);
  return item;
};

export const toActorItem = (actor: Actor, rev: number): ActorItem => {
  const parsed = ActorSchema.parse(actor);
  return { ...actorKey(parsed.id), ...actorIndexKeys(parsed), type: 'Actor', ...parsed, rev };
};
