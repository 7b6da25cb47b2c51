import { z } from 'zod';
import { ActorSchema } from '../core/model/actor';
import { ArticleRecordSchema, ArticleSchema } from '../core/model/article';
import { DETAIL_SCHEMAS, DETAIL_TYPES } from '../core/model/change-event';
import { EventSchema, MentionSchema, StoredEventSchema } from '../core/model/event';

export interface CatalogEntry {
  /** File name under events/schemas and events/examples, without extension. */
  file: string;
  title: string;
  schema: z.ZodType;
}

const kebab = (value: string): string => value.toLowerCase().replace(/\s+/g, '-');

/** Every published schema: the model records and one detail schema per change-event detail-type. */
export const SCHEMA_CATALOG: CatalogEntry[] = [
  { file: 'article', title: 'Article', schema: ArticleSchema },
  { file: 'article-record', title: 'ArticleRecord', schema: ArticleRecordSchema },
  { file: 'actor', title: 'Actor', schema: ActorSchema },
  { file: 'event', title: 'Event', schema: EventSchema },
  { file: 'stored-event', title: 'StoredEvent', schema: StoredEventSchema },
  { file: 'mention', title: 'Mention', schema: MentionSchema },
  ...DETAIL_TYPES.map((detailType) => ({
    file: kebab(detailType),
    title: detailType,
    schema: DETAIL_SCHEMAS[detailType],
  })),
];

/** JSON Schema of what a consumer receives (the output side of each zod transform). */
export const renderSchema = (entry: CatalogEntry): string => {
  const json = z.toJSONSchema(entry.schema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return `${JSON.stringify({ ...json, $id: `https://newsevents.dev/schemas/${entry.file}.json`, title: entry.title }, null, 2)}\n`;
};
