import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../../core/model/actor';
import { type Event, type Evidence, EvidenceSchema, type StoredEvent } from '../../core/model/event';
import { articleIdsWith, describingArticle, detailsOf, type EventDetails } from './event-details';
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
  /** How this article describes the event (stored on its Mention item). */
  details: EventDetails;
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
  isDeepStrictEqual(actual.details, desired.details) &&
  isDeepStrictEqual({ ...actual.evidence }, { ...desired.evidence });

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
 * The article (other than this one) whose Mention item must be read before `planEvent` can describe the
 * event: set when this article described it and stops reporting it, so the next smallest article takes over.
 * Rare (a retraction or a re-coded article), so the usual commit reads nothing more.
 */
export function describerToRead(
  ctx: PlanContext,
  desired: DesiredMention | undefined,
  current: EventItem | undefined,
): string | null {
  if (!current?.articleIds) return null;
  const next = describingArticle(articleIdsWith(current.articleIds, ctx.articleId, desired !== undefined));
  if (next === undefined || next === ctx.articleId || next === describingArticle(current.articleIds))
    return null;
  return next;
}

/**
 * What one event needs so that this article's contribution goes from `actual` (its mention item now) to
 * `desired` (what the coder says now). Pure: the caller reads `current` (and, when `describerToRead` names an
 * article, that article's mention as `describer`) and writes the result atomically.
 * An unchanged mention writes nothing; a moved sentence without a change in counts or details rewrites only
 * the mention; an event left without mentions is kept and marked retracted, with its last description.
 * The event's details are those of the mention of its smallest article id, so they do not depend on the
 * order articles arrive. Any change of a mention's details writes the event too (a version bump at least):
 * the event's version then guards every mention a later plan reads as `describer`.
 */
export function planEvent(
  ctx: PlanContext,
  eventId: string,
  desired: DesiredMention | undefined,
  actual: MentionItem | undefined,
  current: EventItem | undefined,
  describer?: MentionItem,
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
        desired.details,
      ),
    };
  } else if (actual) {
    unit.mention = { delete: mentionKey(ctx.articleId, eventId) };
  }

  // Only the evidence moved (same count, source and details): nothing of the event changes, leave it alone.
  if (
    desired &&
    actual &&
    actual.sentences === desired.sentences &&
    actual.source === ctx.source &&
    isDeepStrictEqual(actual.details, desired.details)
  )
    return unit;

  if (!current) {
    // No event and nothing to add (a dangling mention, which the invariant rules out): just drop the mention.
    if (!desired) return unit;
    const created: StoredEvent = {
      id: eventId,
      ...desired.details,
      mentionCount: desired.sentences,
      articleCount: 1,
      sourceCount: ctx.source ? 1 : 0,
      firstSeen: ctx.now,
      lastSeen: ctx.now,
      retracted: false,
      version: 1,
    };
    unit.event = {
      item: toEventItem(created, ctx.source ? { [ctx.source]: 1 } : {}, [ctx.articleId]),
      expectedVersion: null,
    };
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
  // An item written before the rule has no list: never trust a partial one, keep it absent.
  const articleIds =
    current.articleIds && articleIdsWith(current.articleIds, ctx.articleId, desired !== undefined);
  const next: StoredEvent = {
    id: eventId,
    ...describe(ctx, desired, current, articleIds, describer),
    mentionCount,
    articleCount,
    sourceCount: Object.keys(sourceTally).length,
    firstSeen: current.firstSeen,
    lastSeen: desired ? ctx.now : current.lastSeen,
    retracted: articleCount === 0,
    version: current.version + 1,
  };
  unit.event = { item: toEventItem(next, sourceTally, articleIds), expectedVersion: current.version };
  return unit;
}

/** The details the event shows once this article's change is applied (see `planEvent`). */
function describe(
  ctx: PlanContext,
  desired: DesiredMention | undefined,
  current: EventItem,
  articleIds: string[] | undefined,
  describer: MentionItem | undefined,
): EventDetails {
  // Items written before the rule (no articleIds): the best available is what the event shows now.
  if (!articleIds || !current.articleIds) return detailsOf(current);
  const by = describingArticle(articleIds);
  if (by === undefined) return detailsOf(current);
  if (by === ctx.articleId && desired) return desired.details;
  if (by === describingArticle(current.articleIds)) return detailsOf(current);
  // The store reads that mention (`describerToRead`); missing or pre-rule, keep what the event shows.
  return describer?.articleId === by && describer.details ? describer.details : detailsOf(current);
}

/** Actors are created once; a later article can only add aliases, kept sorted and unique. Nothing new -> no write. */
export function planActor(actor: Actor, current: ActorItem | undefined): ActorUnit | null {
  if (!current) return { item: toActorItem(actor, 1), expectedRev: null };
  const aliases = [...new Set([...current.aliases, ...actor.aliases])].sort();
  if (aliases.length === new Set(current.aliases).size) return null;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, rev, ...record } = current;
  return { item: toActorItem({ ...record, aliases }, rev + 1), expectedRev: rev };
}

/**
 * Group the extraction's events by id (the coder dedups within an article, but a store must not trust that).
 * Duplicates add their sentences; the one read earliest in the text (smallest evidence.start) gives the
 * evidence and the details, whatever order the coder listed them in.
 */
export function desiredMentions(events: Event[]): Map<string, DesiredMention> {
  const byId = new Map<string, DesiredMention>();
  for (const event of events) {
    const seen = byId.get(event.id);
    const sentences = (seen?.sentences ?? 0) + event.mentions.length;
    if (seen && seen.evidence.start <= event.evidence.start) {
      seen.sentences = sentences;
      continue;
    }
    // Parsed like the stored copy, so comparing the two sees content, not stray keys.
    byId.set(event.id, {
      evidence: EvidenceSchema.parse(event.evidence),
      details: detailsOf(event),
      sentences,
    });
  }
  return byId;
}
