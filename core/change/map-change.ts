import type { z } from 'zod';
import { type Actor, ActorSchema } from '../model/actor';
import { type ArticleRecord, ArticleRecordSchema } from '../model/article';
import {
  CHANGE_EVENT_SCHEMA_VERSION,
  CHANGE_EVENT_SOURCE,
  type ChangeEvent,
  ChangeEventSchema,
  type DetailType,
} from '../model/change-event';
import { type StoredEvent, StoredEventSchema } from '../model/event';
import { ChangeMappingError } from './change-mapping-error';
import { changeEventId } from './dedupe-id';
import { type Changes, diffFields } from './diff';
import { actorFilterable, articleFilterable, eventFilterable } from './filterable';
import { type ItemChange, itemTypeOf } from './item-change';

const parseImage = <S extends z.ZodType>(
  schema: S,
  image: Record<string, unknown> | undefined,
  label: string,
): z.output<S> | null => {
  if (image === undefined) return null;
  const parsed = schema.safeParse(image);
  if (!parsed.success) throw ChangeMappingError.fromZod(`${label} does not match its model`, parsed.error);
  return parsed.data;
};

const build = (
  change: ItemChange,
  detailType: DetailType,
  body: Record<string, unknown>,
  changes: Changes | null,
): ChangeEvent => {
  const candidate = {
    source: CHANGE_EVENT_SOURCE,
    detailType,
    detail: {
      schemaVersion: CHANGE_EVENT_SCHEMA_VERSION,
      id: changeEventId(change, detailType),
      occurredAt: change.occurredAt.toISOString(),
      ...body,
      ...(changes !== null && Object.keys(changes).length > 0 ? { changes } : {}),
    },
  };
  const parsed = ChangeEventSchema.safeParse(candidate);
  if (!parsed.success) throw ChangeMappingError.fromZod(`${detailType} detail is invalid`, parsed.error);
  return parsed.data;
};

/** Everything on an article record a subscriber reads; `updatedAt` alone moving is not news. */
const ARTICLE_FIELDS = [
  'status',
  'reason',
  'detail',
  'title',
  'publishedAt',
  'source',
  'url',
  'contentHash',
  'coderVersion',
  'eventIds',
] as const satisfies readonly (keyof ArticleRecord)[];

/** Fields whose change, while the status stays the same, means the article was processed (or failed) anew. */
const ARTICLE_RESULT_FIELDS = {
  PROCESSED: ['contentHash', 'eventIds'],
  FAILED: ['contentHash', 'reason'],
} as const satisfies Record<'PROCESSED' | 'FAILED', readonly (keyof ArticleRecord)[]>;

const mapArticle = (change: ItemChange): ChangeEvent[] => {
  if (change.kind === 'REMOVE') return [];
  const after = parseImage(ArticleRecordSchema, change.newImage, 'Article new image');
  const before = parseImage(ArticleRecordSchema, change.oldImage, 'Article old image');
  if (after === null || after.status === 'RECEIVED') return [];
  const changes = before === null ? null : diffFields(before, after, ARTICLE_FIELDS);
  const becameStatus = before === null || before.status !== after.status;
  const redone = changes !== null && ARTICLE_RESULT_FIELDS[after.status].some((field) => field in changes);
  if (!becameStatus && !redone) return [];
  const detailType = after.status === 'PROCESSED' ? 'Article Processed' : 'Article Failed';
  return [build(change, detailType, { ...articleFilterable(after), data: after }, changes)];
};

/** What a subscriber sees of a stored event; `version` only counts writes, so it never triggers on its own. */
const EVENT_VISIBLE_FIELDS = (Object.keys(StoredEventSchema.shape) as (keyof StoredEvent)[]).filter(
  (field) => field !== 'version',
);
const EVENT_ALL_FIELDS = Object.keys(StoredEventSchema.shape) as (keyof StoredEvent)[];

const mapEvent = (change: ItemChange): ChangeEvent[] => {
  if (change.kind === 'REMOVE') return [];
  const after = parseImage(StoredEventSchema, change.newImage, 'Event new image');
  const before = parseImage(StoredEventSchema, change.oldImage, 'Event old image');
  if (after === null) return [];
  const body = { ...eventFilterable(after), data: after };
  if (before === null) return after.retracted ? [] : [build(change, 'Event Created', body, null)];
  if (after.retracted) {
    return before.retracted
      ? []
      : [build(change, 'Event Retracted', body, diffFields(before, after, EVENT_ALL_FIELDS))];
  }
  if (Object.keys(diffFields(before, after, EVENT_VISIBLE_FIELDS)).length === 0) return [];
  return [build(change, 'Event Updated', body, diffFields(before, after, EVENT_ALL_FIELDS))];
};

const mapActor = (change: ItemChange): ChangeEvent[] => {
  if (change.kind !== 'INSERT') return [];
  const actor: Actor | null = parseImage(ActorSchema, change.newImage, 'Actor new image');
  return actor === null
    ? []
    : [build(change, 'Actor Created', { ...actorFilterable(actor), data: actor }, null)];
};

/**
 * The change events one store change produces (usually zero or one).
 * Mentions, unknown item types, removals and writes that alter nothing a subscriber sees produce none.
 * @throws ChangeMappingError when an image does not parse as its model record.
 */
export const mapItemChange = (change: ItemChange): ChangeEvent[] => {
  switch (itemTypeOf(change)) {
    case 'Article':
      return mapArticle(change);
    case 'Event':
      return mapEvent(change);
    case 'Actor':
      return mapActor(change);
    default:
      return [];
  }
};
