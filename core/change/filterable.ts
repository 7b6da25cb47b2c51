import type { Actor } from '../model/actor';
import type { ArticleRecord } from '../model/article';
import type { Sector } from '../model/common';
import type { StoredEvent } from '../model/event';

const uniqueSorted = <T extends string>(values: readonly (T | null)[]): T[] =>
  [...new Set(values.filter((value): value is T => value !== null))].sort();

export interface Filterable {
  countries: string[];
  sectors: Sector[];
}

export interface EventFilterable extends Filterable {
  quadClass: StoredEvent['quadClass'];
  root: string;
  plover: StoredEvent['plover'];
  goldstein: number;
}

/**
 * The countries an event "involves" are those of its two actors, not of its location: a subscriber
 * asking for events involving PRK wants PRK as a party. The location stays matchable through
 * `detail.data.location.country`.
 */
export const eventFilterable = (event: StoredEvent): EventFilterable => ({
  countries: uniqueSorted([event.source.country, event.target.country]),
  sectors: uniqueSorted([event.source.sector, event.target.sector]),
  quadClass: event.quadClass,
  root: event.root,
  plover: event.plover,
  goldstein: event.goldstein,
});

export const actorFilterable = (actor: Actor): Filterable => ({
  countries: uniqueSorted([actor.country]),
  sectors: uniqueSorted([actor.sector]),
});

/** An article record names no actors, so there is nothing to lift; the arrays stay present (and empty) for patterns. */
export const articleFilterable = (_article: ArticleRecord): Filterable => ({ countries: [], sectors: [] });
