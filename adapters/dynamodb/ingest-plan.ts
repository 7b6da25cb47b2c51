import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../../core/model/actor';
import { type Event, type Evidence, EvidenceSchema, type StoredEvent } from '../../core/model/event';
import {
  type ActorItem,
  type EventItem,
  type MentionItem,
  toActorItem,
  toEventItem,
  toMentionItem,
} from './items';
import { mentionKey, type TableKey } from './keys';

/** One event as this article reports it now. */
export interface DesiredMention {
  event: Event;
  evidence: Evidence;
  /** Sentences of the article reporting the event: its contribution to mentionCount. */
  sentences: number;
}

export interface PlanContext {
  articleId: string;
  contentHash: string;
  /** The article's source name (distinct names make sourceCount); null when unknown. */
  source: string | null;
  /** ISO timestamp of this processing. */
  now: string;
}

/** The writes one event needs; they go in one transaction so counters always match the mention items. */
export interface EventUnit {
  eventId: string;
  mention: { put: MentionItem } | { delete: TableKey } | null;
  /** expectedVersion null = the event must not exist yet. */
  event: { item: EventItem; expectedVersion: number | null } | null;
}

export interface ActorUnit {
  item: ActorItem;
  /** null = the actor must not exist yet. */
  expectedRev: number | null;
}

const sameMention = (desired: DesiredMention, actual: MentionItem, source: string | null): boolean =>
  actual.sentences === desired.sentences &&
  actual.source === source &&
  isDeepStrictEqual({ ...actual.evidence }, { ...desired.evidence });

/** The descriptive fields of an event (everything but its counters), from the coder or the store. */
const describe = (event: Event | StoredEvent) => ({
  id: event.id,
  code: event.code,
  root: event.root,
  quadClass: event.quadClass,
  goldstein: event.goldstein,
  plover: event.plover,
  source: event.source,
  target: event.target,
  date: event.date,
  datePrecision: event.datePrecision,
  location: event.location,
  negated: event.negated,
  mode: event.mode,
});

const tallyWith = (
  tally: Record<string, number>,
  remove: string | null | undefined,
  add: string | null | undefined,
): Record<string, number> => {
  const next = { ...tally };
  if (remove) {
    const left = (next[remove] ?? 0) - 1;
    if (left > 0) next[remove] = left;
    else delete next[remove];
  }
  if (add) next[add] = (next[add] ?? 0) + 1;
  return next;
};

/**
 * What one event needs so that this article's contribution goes from `actual` (its mention item now) to
 * `desired` (what the coder says now). Pure: the caller reads `current` and writes the result atomically.
 * An unchanged mention writes nothing; a changed sentence without a change in counts rewrites only the
 * mention; an event left without mentions is kept and marked retracted.
 */
export function planEvent(
  ctx: PlanContext,
  eventId: string,
  desired: DesiredMention | undefined,
  actual: MentionItem | undefined,
  current: EventItem | undefined,
): EventUnit {
  const unit: EventUnit = { eventId, mention: null, event: null };
  if (desired && actual && sameMention(desired, actual, ctx.source)) return unit;

  if (desired) {
    unit.mention = {
      put: toMentionItem(
        {
          eventId,
          articleId: ctx.articleId,
          contentHash: ctx.contentHash,
          source: ctx.source,
          evidence: desired.evidence,
          // A mention rewritten for a new sentence keeps the time it was first recorded.
          recordedAt: actual?.recordedAt ?? ctx.now,
        },
        desired.sentences,
      ),
    };
  } else if (actual) {
    unit.mention = { delete: mentionKey(ctx.articleId, eventId) };
  }

  // Only the evidence moved (same count, same source): the event's numbers do not change, so leave it alone.
  if (desired && actual && actual.sentences === desired.sentences && actual.source === ctx.source)
    return unit;

  if (!current) {
    // No event and nothing to add (a dangling mention, which the invariant rules out): just drop the mention.
    if (!desired) return unit;
    const created: StoredEvent = {
      ...describe(desired.event),
      mentionCount: desired.sentences,
      articleCount: 1,
      sourceCount: ctx.source ? 1 : 0,
      firstSeen: ctx.now,
      lastSeen: ctx.now,
      retracted: false,
      version: 1,
    };
    unit.event = { item: toEventItem(created, ctx.source ? { [ctx.source]: 1 } : {}), expectedVersion: null };
    return unit;
  }

  const sourceTally = tallyWith(
    current.sourceTally ?? {},
    actual ? actual.source : null,
    desired ? ctx.source : null,
  );
  const articleCount = Math.max(0, current.articleCount - (actual ? 1 : 0) + (desired ? 1 : 0));
  const mentionCount = Math.max(
    0,
    current.mentionCount - (actual?.sentences ?? 0) + (desired?.sentences ?? 0),
  );
  const revived = current.retracted && desired !== undefined;
  const next: StoredEvent = {
    ...(revived && desired ? describe(desired.event) : describe(current)),
    mentionCount,
    articleCount,
    sourceCount: Object.keys(sourceTally).length,
    firstSeen: current.firstSeen,
    lastSeen: desired ? ctx.now : current.lastSeen,
    retracted: articleCount === 0,
    version: current.version + 1,
  };
  unit.event = { item: toEventItem(next, sourceTally), expectedVersion: current.version };
  return unit;
}

/** Actors are created once; a later article can only add aliases. Nothing new -> no write. */
export function planActor(actor: Actor, current: ActorItem | undefined): ActorUnit | null {
  if (!current) return { item: toActorItem(actor, 1), expectedRev: null };
  const known = new Set(current.aliases);
  if (actor.aliases.every((alias) => known.has(alias))) return null;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, rev, ...record } = current;
  return {
    item: toActorItem({ ...record, aliases: [...current.aliases, ...actor.aliases] }, rev + 1),
    expectedRev: rev,
  };
}

/** Group the extraction's events by id (the coder dedups within an article, but a store must not trust that). */
export function desiredMentions(events: Event[]): Map<string, DesiredMention> {
  const byId = new Map<string, DesiredMention>();
  for (const event of events) {
    const seen = byId.get(event.id);
    if (seen) seen.sentences += event.mentions.length;
    // Parsed like the stored copy, so comparing the two sees content, not stray keys.
    else
      byId.set(event.id, {
        event,
        evidence: EvidenceSchema.parse(event.evidence),
        sentences: event.mentions.length,
      });
  }
  return byId;
}
