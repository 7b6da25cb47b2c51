import { randomUUID } from 'node:crypto';
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Actor } from '../../core/model/actor';
import { type ArticleRecord, ArticleRecordSchema } from '../../core/model/article';
import {
  type ActorUnit,
  type DesiredMention,
  describerToRead,
  type EventUnit,
  type PlanContext,
  planActor,
  planEvent,
} from './ingest-plan';
import { type ActorItem, type ArticleItem, type EventItem, type MentionItem, toArticleItem } from './items';
import { actorKey, articleKey, eventKey, MENTION_PREFIX, mentionKey, type TableKey } from './keys';

/** Someone changed the article between our read and our claim: retry the message later. */
export class ClaimConflictError extends Error {
  constructor(articleId: string) {
    super(`article ${articleId} changed while being claimed; another worker is on it`);
    this.name = 'ClaimConflictError';
  }
}

/** Another worker took the article over while we were writing: our remaining writes were refused. */
export class ClaimLostError extends Error {
  constructor(articleId: string) {
    super(`the claim on article ${articleId} was taken over by another worker`);
    this.name = 'ClaimLostError';
  }
}

/** Events kept changing under us (other articles corroborating them): give up and let the queue retry. */
export class WriteConflictError extends Error {
  constructor(articleId: string, attempts: number) {
    super(`article ${articleId}: event writes still conflicting after ${attempts} attempts`);
    this.name = 'WriteConflictError';
  }
}

/** Summed ReturnConsumedCapacity=TOTAL figures, for the benchmark and the logs. */
export interface CapacityUsage {
  readUnits: number;
  writeUnits: number;
  readRequests: number;
  writeRequests: number;
}

export const newCapacityUsage = (): CapacityUsage => ({
  readUnits: 0,
  writeUnits: 0,
  readRequests: 0,
  writeRequests: 0,
});

export interface IngestStoreOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** DynamoDB's limit is 100 items per transaction; tests lower it to exercise multi-transaction commits. */
  maxItemsPerTransaction?: number;
  maxConflictRetries?: number;
  usage?: CapacityUsage;
  sleep?: (ms: number) => Promise<void>;
}

export interface Claim {
  articleId: string;
  claimId: string;
  rev: number;
  previous: ArticleItem | undefined;
}

/** The terminal state of one article and everything it now reports. */
export interface Outcome {
  record: ArticleRecord;
  fingerprint: string | null;
  objectHash: string | null;
  mentions: Map<string, DesiredMention>;
  actors: Actor[];
  context: PlanContext;
}

export interface CommitResult {
  transactions: number;
  eventsWritten: number;
  mentionsWritten: number;
  actorsWritten: number;
}

const keyOf = (key: TableKey): string => `${key.pk}|${key.sk}`;

type Unit = { kind: 'event'; eventId: string } | { kind: 'actor'; actor: Actor };
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const addCapacity = (
  usage: CapacityUsage | undefined,
  consumed: ConsumedCapacity | ConsumedCapacity[] | undefined,
  kind: 'read' | 'write',
) => {
  if (!usage) return;
  const units = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce(
    (sum, entry) => sum + (entry.CapacityUnits ?? 0),
    0,
  );
  if (kind === 'read') {
    usage.readUnits += units;
    usage.readRequests += 1;
  } else {
    usage.writeUnits += units;
    usage.writeRequests += 1;
  }
};

const cancellationCodes = (error: unknown): string[] | null => {
  if ((error as Error).name !== 'TransactionCanceledException') return null;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((reason) => reason.Code ?? 'None');
};

/** Actors are unique per transaction: the same actor twice in one extraction has its aliases merged. */
const uniqueActors = (actors: Actor[]): Actor[] => {
  const byId = new Map<string, Actor>();
  for (const actor of actors) {
    const seen = byId.get(actor.id);
    byId.set(actor.id, seen ? { ...seen, aliases: [...seen.aliases, ...actor.aliases] } : actor);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
};

/**
 * The write side of ingest. Protocol, safe to re-run from any point:
 *  1. claim: the Article item goes to RECEIVED with a fresh claimId, conditioned on the rev we read;
 *  2. commit: the article's current mention items are read (strongly consistent) and diffed against what the
 *     coder says now; each event's mention write and counter update share one transaction, so counters always
 *     match the mention items, whatever happens between transactions; every transaction also checks the claim,
 *     so a worker that lost the article cannot write; the terminal Article item goes in the last transaction.
 * A crash leaves a consistent partial state plus an Article in RECEIVED; the retry claims again, diffs against
 * what is actually stored and finishes the job, converging to the same table.
 */
export class IngestStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly maxItems: number;
  private readonly maxRetries: number;
  private readonly usage: CapacityUsage | undefined;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: IngestStoreOptions) {
    this.doc = options.doc;
    this.tableName = options.tableName;
    this.maxItems = Math.min(100, Math.max(3, options.maxItemsPerTransaction ?? 100));
    this.maxRetries = options.maxConflictRetries ?? 8;
    this.usage = options.usage;
    this.sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  }

  async getArticle(articleId: string): Promise<ArticleItem | undefined> {
    const result = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: articleKey(articleId),
        ConsistentRead: true,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    addCapacity(this.usage, result.ConsumedCapacity, 'read');
    return result.Item as ArticleItem | undefined;
  }

  /** Step 1: RECEIVED, with a claim id every later write of this run checks. */
  async claim(
    articleId: string,
    previous: ArticleItem | undefined,
    object: { bucket: string; key: string },
    now: string,
  ): Promise<Claim> {
    const claimId = randomUUID();
    const rev = (previous?.rev ?? 0) + 1;
    const base: ArticleRecord = previous
      ? ArticleRecordSchema.parse(previous)
      : {
          id: articleId,
          bucket: object.bucket,
          key: object.key,
          status: 'RECEIVED',
          reason: null,
          detail: null,
          title: null,
          publishedAt: null,
          source: null,
          url: null,
          contentHash: null,
          coderVersion: null,
          eventIds: [],
          updatedAt: now,
        };
    const item = toArticleItem(
      { ...base, ...object, status: 'RECEIVED', reason: null, detail: null, updatedAt: now },
      {
        rev,
        claimId,
        fingerprint: previous?.fingerprint ?? null,
        objectHash: previous?.objectHash ?? null,
      },
    );
    try {
      const result = await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ...(previous
            ? {
                ConditionExpression: '#rev = :rev',
                ExpressionAttributeNames: { '#rev': 'rev' },
                ExpressionAttributeValues: { ':rev': previous.rev },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      addCapacity(this.usage, result.ConsumedCapacity, 'write');
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException')
        throw new ClaimConflictError(articleId);
      throw error;
    }
    return { articleId, claimId, rev, previous };
  }

  /** Step 2: make the stored mentions, events and actors say what `outcome` says, then close the article. */
  async commit(claim: Claim, outcome: Outcome): Promise<CommitResult> {
    const actual = await this.readMentions(claim.articleId);
    const eventIds = [...new Set([...actual.keys(), ...outcome.mentions.keys()])].sort();
    const units: Unit[] = [
      ...uniqueActors(outcome.actors).map((actor) => ({ kind: 'actor' as const, actor })),
      ...eventIds.map((eventId) => ({ kind: 'event' as const, eventId })),
    ];
    // One slot per transaction is kept for the claim check (or the closing Article write).
    const budget = this.maxItems - 1;
    const chunks: Unit[][] = [];
    let chunk: Unit[] = [];
    let size = 0;
    for (const unit of units) {
      const weight = unit.kind === 'event' ? 2 : 1;
      if (size + weight > budget && chunk.length > 0) {
        chunks.push(chunk);
        chunk = [];
        size = 0;
      }
      chunk.push(unit);
      size += weight;
    }
    if (chunk.length > 0 || chunks.length === 0) chunks.push(chunk);

    const finalItem = toArticleItem(outcome.record, {
      rev: claim.rev + 1,
      fingerprint: outcome.fingerprint,
      objectHash: outcome.objectHash,
    });
    const result: CommitResult = { transactions: 0, eventsWritten: 0, mentionsWritten: 0, actorsWritten: 0 };
    for (const [index, part] of chunks.entries()) {
      await this.writeChunk(
        claim,
        part,
        outcome,
        actual,
        index === chunks.length - 1 ? finalItem : null,
        result,
      );
    }
    return result;
  }

  async readMentions(articleId: string): Promise<Map<string, MentionItem>> {
    const mentions = new Map<string, MentionItem>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':prefix': MENTION_PREFIX },
          ConsistentRead: true,
          ExclusiveStartKey: start,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      addCapacity(this.usage, page.ConsumedCapacity, 'read');
      for (const item of (page.Items ?? []) as MentionItem[]) mentions.set(item.eventId, item);
      start = page.LastEvaluatedKey;
    } while (start);
    return mentions;
  }

  private async writeChunk(
    claim: Claim,
    units: Unit[],
    outcome: Outcome,
    actual: Map<string, MentionItem>,
    finalItem: ArticleItem | null,
    result: CommitResult,
  ): Promise<void> {
    const claimCondition = {
      ConditionExpression: '#claim = :claim',
      ExpressionAttributeNames: { '#claim': 'claimId' },
      ExpressionAttributeValues: { ':claim': claim.claimId },
    };
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.readItems(
        units.map((unit) => (unit.kind === 'event' ? eventKey(unit.eventId) : actorKey(unit.actor.id))),
      );
      // Events this article stops describing need the mention of the article that takes over. Read after
      // the events: each is guarded by its event's version, which every change of a mention's details bumps.
      const describerKeys = units.flatMap((unit) => {
        if (unit.kind !== 'event') return [];
        const by = describerToRead(
          outcome.context,
          outcome.mentions.get(unit.eventId),
          current.get(keyOf(eventKey(unit.eventId))) as EventItem | undefined,
        );
        return by ? [mentionKey(by, unit.eventId)] : [];
      });
      const describers = new Map<string, MentionItem>();
      if (describerKeys.length > 0) {
        for (const item of (await this.readItems(describerKeys)).values())
          describers.set((item as MentionItem).eventId, item as MentionItem);
      }
      const eventUnits: EventUnit[] = [];
      const actorUnits: ActorUnit[] = [];
      for (const unit of units) {
        if (unit.kind === 'actor') {
          const planned = planActor(
            unit.actor,
            current.get(keyOf(actorKey(unit.actor.id))) as ActorItem | undefined,
          );
          if (planned) actorUnits.push(planned);
        } else {
          const planned = planEvent(
            outcome.context,
            unit.eventId,
            outcome.mentions.get(unit.eventId),
            actual.get(unit.eventId),
            current.get(keyOf(eventKey(unit.eventId))) as EventItem | undefined,
            describers.get(unit.eventId),
          );
          if (planned.mention || planned.event) eventUnits.push(planned);
        }
      }
      const writes: TransactItem[] = [
        ...actorUnits.map((unit) => ({
          Put: {
            TableName: this.tableName,
            Item: unit.item,
            ...(unit.expectedRev === null
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: '#rev = :rev',
                  ExpressionAttributeNames: { '#rev': 'rev' },
                  ExpressionAttributeValues: { ':rev': unit.expectedRev },
                }),
          },
        })),
        ...eventUnits.flatMap((unit) => this.eventWrites(unit)),
      ];
      const closing = finalItem && writes.length + 1 <= this.maxItems;
      try {
        if (writes.length > 0) {
          const items: TransactItem[] = closing
            ? [...writes, { Put: { TableName: this.tableName, Item: finalItem, ...claimCondition } }]
            : [
                {
                  ConditionCheck: {
                    TableName: this.tableName,
                    Key: articleKey(claim.articleId),
                    ...claimCondition,
                  },
                },
                ...writes,
              ];
          const written = await this.doc.send(
            new TransactWriteCommand({
              TransactItems: items,
              ClientRequestToken: randomUUID(),
              ReturnConsumedCapacity: 'TOTAL',
            }),
          );
          addCapacity(this.usage, written.ConsumedCapacity, 'write');
          result.transactions += 1;
          result.actorsWritten += actorUnits.length;
          result.eventsWritten += eventUnits.filter((unit) => unit.event).length;
          result.mentionsWritten += eventUnits.filter((unit) => unit.mention).length;
        }
        if (finalItem && !(closing && writes.length > 0))
          await this.closeArticle(claim, finalItem, claimCondition);
        return;
      } catch (error) {
        if (error instanceof ClaimLostError) throw error;
        const codes = cancellationCodes(error);
        if (!codes) throw error;
        const articleIndex = closing ? writes.length : 0;
        if (codes[articleIndex] === 'ConditionalCheckFailed') throw new ClaimLostError(claim.articleId);
        const retryable = codes.every((code) =>
          ['None', 'ConditionalCheckFailed', 'TransactionConflict'].includes(code),
        );
        if (!retryable) throw error;
        if (attempt >= this.maxRetries) throw new WriteConflictError(claim.articleId, attempt);
        // Another article is corroborating the same events right now: re-read them and plan again.
        await this.sleep(Math.min(1_000, 15 * 2 ** attempt) * (0.5 + Math.random()));
      }
    }
  }

  private eventWrites(unit: EventUnit): TransactItem[] {
    const writes: TransactItem[] = [];
    if (unit.mention && 'put' in unit.mention) {
      writes.push({ Put: { TableName: this.tableName, Item: unit.mention.put } });
    } else if (unit.mention) {
      writes.push({ Delete: { TableName: this.tableName, Key: unit.mention.delete } });
    }
    if (unit.event) {
      writes.push({
        Put: {
          TableName: this.tableName,
          Item: unit.event.item,
          ...(unit.event.expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#version = :version',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':version': unit.event.expectedVersion },
              }),
        },
      });
    }
    return writes;
  }

  private async closeArticle(
    claim: Claim,
    item: ArticleItem,
    condition: {
      ConditionExpression: string;
      ExpressionAttributeNames: Record<string, string>;
      ExpressionAttributeValues: Record<string, unknown>;
    },
  ): Promise<void> {
    try {
      const result = await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ...condition,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      addCapacity(this.usage, result.ConsumedCapacity, 'write');
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException')
        throw new ClaimLostError(claim.articleId);
      throw error;
    }
  }

  /** Items by `keyOf` their key, strongly consistent: they are about to be conditioned on. <= 100 keys. */
  private async readItems(keys: TableKey[]): Promise<Map<string, EventItem | ActorItem | MentionItem>> {
    const found = new Map<string, EventItem | ActorItem | MentionItem>();
    let pending = keys;
    while (pending.length > 0) {
      const result = await this.doc.send(
        new BatchGetCommand({
          RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      addCapacity(this.usage, result.ConsumedCapacity, 'read');
      for (const item of (result.Responses?.[this.tableName] ?? []) as (
        | EventItem
        | ActorItem
        | MentionItem
      )[]) {
        found.set(keyOf(item), item);
      }
      pending = (result.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as TableKey[];
      if (pending.length > 0) await this.sleep(50);
    }
    return found;
  }
}
