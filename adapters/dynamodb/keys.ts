import type { ActorRef } from '../../core/model/actor';

/**
 * Key layout of the single table (documented for readers in notes/table-design.md and the README).
 *
 *   item     pk                 sk                  gsi1pk / gsi1sk                    gsi2pk / gsi2sk              gsi3pk / gsi3sk
 *   Article  ARTICLE#<id>       ARTICLE             -                                  -                            -
 *   Mention  ARTICLE#<id>       MENTION#<eventId>   MENTIONS#<eventId> / <articleId>   -                            -
 *   Event    EVENT#<id>         EVENT               SOURCE#<scope> / <day>#<id>        TARGET#<scope> / <day>#<id>  DAY#<day> / <root>#<code>#<id>
 *   Actor    ACTOR#<id>         ACTOR               ACTORS#<country|NONE> / <id>       -                            -
 *
 * <scope> is the actor's country (so "RUS" finds every Russian actor, state, ministry or person) or, for
 * actors without one (IGOs, stateless groups), the actor id. One actor is found in its scope's partition
 * with a filter on its id. <day> is the event date, or "undated", which sorts after every date so
 * date-range queries skip it.
 */
export const UNDATED = 'undated';
export const NO_COUNTRY = 'NONE';

export interface TableKey {
  pk: string;
  sk: string;
}

export const articleKey = (articleId: string): TableKey => ({ pk: `ARTICLE#${articleId}`, sk: 'ARTICLE' });

export const mentionKey = (articleId: string, eventId: string): TableKey => ({
  pk: `ARTICLE#${articleId}`,
  sk: `${MENTION_PREFIX}${eventId}`,
});
export const MENTION_PREFIX = 'MENTION#';

export const mentionIndexKeys = (articleId: string, eventId: string) => ({
  gsi1pk: `MENTIONS#${eventId}`,
  gsi1sk: articleId,
});

export const eventKey = (eventId: string): TableKey => ({ pk: `EVENT#${eventId}`, sk: 'EVENT' });

export const actorScope = (actor: Pick<ActorRef, 'id' | 'country'>): string => actor.country ?? actor.id;

export const dayOf = (date: string | null): string => date ?? UNDATED;

export const eventIndexKeys = (event: {
  id: string;
  date: string | null;
  root: string;
  code: string;
  source: Pick<ActorRef, 'id' | 'country'>;
  target: Pick<ActorRef, 'id' | 'country'>;
}) => ({
  gsi1pk: `SOURCE#${actorScope(event.source)}`,
  gsi1sk: `${dayOf(event.date)}#${event.id}`,
  gsi2pk: `TARGET#${actorScope(event.target)}`,
  gsi2sk: `${dayOf(event.date)}#${event.id}`,
  gsi3pk: `DAY#${dayOf(event.date)}`,
  gsi3sk: `${event.root}#${event.code}#${event.id}`,
});

export const actorKey = (actorId: string): TableKey => ({ pk: `ACTOR#${actorId}`, sk: 'ACTOR' });

export const actorIndexKeys = (actor: { id: string; country: string | null }) => ({
  gsi1pk: `ACTORS#${actor.country ?? NO_COUNTRY}`,
  gsi1sk: actor.id,
});
