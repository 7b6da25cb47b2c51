import { z } from 'zod';
import { CountryCodeSchema, IdSchema, NameSchema, SectorSchema } from './common';

export const ACTOR_KINDS = ['STATE', 'PERSON', 'ORGANIZATION', 'GROUP', 'IGO', 'MEDIA'] as const;

/** A reference to an actor as it appears on an event. */
export const ActorRefSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  country: CountryCodeSchema.nullable(),
  sector: SectorSchema,
});
export type ActorRef = z.infer<typeof ActorRefSchema>;

/** The canonical actor record, with every surface form seen for it. */
export const ActorSchema = ActorRefSchema.extend({
  kind: z.enum(ACTOR_KINDS),
  role: NameSchema.nullable(),
  aliases: z.array(NameSchema).transform((aliases) => [...new Set(aliases)].sort()),
});
export type Actor = z.infer<typeof ActorSchema>;
