import { z } from 'zod';
import { ActorSchema } from './actor';
import { ArticleRecordSchema } from './article';
import {
  CameoRootSchema,
  CountryCodeSchema,
  IsoTimestampSchema,
  PloverSchema,
  QuadClassSchema,
  SectorSchema,
} from './common';
import { StoredEventSchema } from './event';

export const CHANGE_EVENT_SOURCE = 'newsevents';
export const CHANGE_EVENT_SCHEMA_VERSION = 1;

export const DETAIL_TYPES = [
  'Article Processed',
  'Article Failed',
  'Event Created',
  'Event Updated',
  'Event Retracted',
  'Actor Created',
] as const;
export const DetailTypeSchema = z.enum(DETAIL_TYPES);
export type DetailType = z.infer<typeof DetailTypeSchema>;

/** Field-level difference between the old and new image, so subscribers need not diff. */
export const ChangesSchema = z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() }));

/** Fields lifted to the top of `detail` so EventBridge patterns and SNS filter policies can match them. */
const filterable = {
  countries: z.array(CountryCodeSchema),
  sectors: z.array(SectorSchema),
};
const eventFilterable = {
  ...filterable,
  quadClass: QuadClassSchema,
  root: CameoRootSchema,
  plover: PloverSchema,
};

const envelope = {
  schemaVersion: z.literal(CHANGE_EVENT_SCHEMA_VERSION),
  /** Stable across retries of the same stream record: subscribers dedupe on it. */
  id: z.string().min(1).max(128),
  occurredAt: IsoTimestampSchema,
};

export const ArticleChangeDetailSchema = z.object({
  ...envelope,
  ...filterable,
  data: ArticleRecordSchema,
  changes: ChangesSchema.optional(),
});
export const EventChangeDetailSchema = z.object({
  ...envelope,
  ...eventFilterable,
  goldstein: z.number(),
  data: StoredEventSchema,
  changes: ChangesSchema.optional(),
});
export const ActorChangeDetailSchema = z.object({
  ...envelope,
  ...filterable,
  data: ActorSchema,
  changes: ChangesSchema.optional(),
});

export const DETAIL_SCHEMAS = {
  'Article Processed': ArticleChangeDetailSchema,
  'Article Failed': ArticleChangeDetailSchema,
  'Event Created': EventChangeDetailSchema,
  'Event Updated': EventChangeDetailSchema,
  'Event Retracted': EventChangeDetailSchema,
  'Actor Created': ActorChangeDetailSchema,
} as const satisfies Record<DetailType, z.ZodType>;

const changeEvent = <T extends DetailType>(detailType: T) =>
  z.object({
    source: z.literal(CHANGE_EVENT_SOURCE),
    detailType: z.literal(detailType),
    detail: DETAIL_SCHEMAS[detailType],
  });

export const ChangeEventSchema = z.discriminatedUnion('detailType', [
  changeEvent('Article Processed'),
  changeEvent('Article Failed'),
  changeEvent('Event Created'),
  changeEvent('Event Updated'),
  changeEvent('Event Retracted'),
  changeEvent('Actor Created'),
]);
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;
