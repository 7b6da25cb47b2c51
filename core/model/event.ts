import { z } from 'zod';
import { ActorRefSchema } from './actor';
import {
  CameoCodeSchema,
  CameoRootSchema,
  CountryCodeSchema,
  DatePrecisionSchema,
  IdSchema,
  IsoDateSchema,
  IsoTimestampSchema,
  NameSchema,
  PloverSchema,
  QuadClassSchema,
} from './common';

export const EVENT_MODES = ['actual', 'future', 'planned', 'proposed', 'threatened', 'possible'] as const;

export const LocationSchema = z.object({
  name: NameSchema,
  country: CountryCodeSchema.nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
});
export type Location = z.infer<typeof LocationSchema>;

/** Where in the article an event was read: `text.slice(start, end) === sentence`. */
export const EvidenceSchema = z
  .object({
    sentence: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    sentenceIndex: z.number().int().nonnegative(),
    trigger: z.string().min(1).nullable(),
    rule: z.string().min(1).nullable(),
  })
  .refine((evidence) => evidence.end > evidence.start, 'evidence end must follow start');
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EventSchema = z
  .object({
    id: IdSchema,
    code: CameoCodeSchema,
    root: CameoRootSchema,
    quadClass: QuadClassSchema,
    goldstein: z.number().min(-10).max(10),
    plover: PloverSchema,
    source: ActorRefSchema,
    target: ActorRefSchema,
    date: IsoDateSchema.nullable(),
    datePrecision: DatePrecisionSchema.nullable(),
    location: LocationSchema.nullable(),
    negated: z.boolean(),
    mode: z.enum(EVENT_MODES),
    evidence: EvidenceSchema,
    /** Every sentence of the article that reports this same event, the first one included. */
    mentions: z.array(EvidenceSchema).min(1),
  })
  .refine((event) => event.code.startsWith(event.root), 'code must start with its root');
export type Event = z.infer<typeof EventSchema>;

/** The deduplicated, cross-article record the store keeps for one event key. */
export const StoredEventSchema = z.object({
  id: IdSchema,
  code: CameoCodeSchema,
  root: CameoRootSchema,
  quadClass: QuadClassSchema,
  goldstein: z.number().min(-10).max(10),
  plover: PloverSchema,
  source: ActorRefSchema,
  target: ActorRefSchema,
  date: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema.nullable(),
  location: LocationSchema.nullable(),
  negated: z.boolean(),
  mode: z.enum(EVENT_MODES),
  mentionCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
  firstSeen: IsoTimestampSchema,
  lastSeen: IsoTimestampSchema,
  retracted: z.boolean(),
  version: z.number().int().positive(),
});
export type StoredEvent = z.infer<typeof StoredEventSchema>;

/** One article's report of one stored event. */
export const MentionSchema = z.object({
  eventId: IdSchema,
  articleId: IdSchema,
  contentHash: z.string(),
  source: NameSchema.nullable(),
  evidence: EvidenceSchema,
  recordedAt: IsoTimestampSchema,
});
export type Mention = z.infer<typeof MentionSchema>;
