import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Actor, ActorSchema } from '../../core/model/actor';
import { type ArticleRecord, ArticleRecordSchema } from '../../core/model/article';
import { type Mention, MentionSchema, type StoredEvent, StoredEventSchema } from '../../core/model/event';
import { articleIdForObject } from '../s3/object-id';
import { actorKey, articleKey, eventKey, MENTION_PREFIX, NO_COUNTRY } from './keys';

/**
 * The read side of the table for the CLI and tools. Every list is paginated with an opaque cursor:
 * pass `cursor` from one page to get the next; `null` means there is no more.
 * Records come back as the model's types (keys and bookkeeping stripped by the zod schemas).
 */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export interface PageOptions {
  /** Default 50, at most 1000. */
  limit?: number;
  cursor?: string | null;
}

export type EventOrder = 'asc' | 'desc';

export interface EventsByActorOptions extends PageOptions {
  /**
   * An actor id ("RUS-GOV-sergey-lavrov", "IGO-UN") or an ISO alpha-3 country ("RUS": every actor of that
   * country). An actor id also matches its members: "RUS-GOV" finds "RUS-GOV-sergey-lavrov".
   */
  actor: string;
  /** Source, target, or either (default). */
  role?: 'source' | 'target' | 'any';
  /** Inclusive days, YYYY-MM-DD. Undated events are only returned when neither bound is given. */
  from?: string;
  to?: string;
  /** CAMEO root "01".."20". */
  root?: string;
  /** By event date; default 'desc' (newest first). */
  order?: EventOrder;
}

export interface EventsByDayOptions extends PageOptions {
  /** Inclusive days, YYYY-MM-DD; `to` defaults to `from`. At most 3660 days. */
  from: string;
  to?: string;
  root?: string;
  /** A full CAMEO code ("042"); implies its root. */
  code?: string;
  order?: EventOrder;
}

export interface EventFilter extends PageOptions {
  actor?: string;
  role?: 'source' | 'target' | 'any';
  from?: string;
  to?: string;
  root?: string;
  order?: EventOrder;
}

export class InvalidCursorError extends Error {
  constructor() {
    super('invalid or expired cursor: start again without one');
    this.name = 'InvalidCursorError';
  }
}

export interface StoreQueries {
  getArticle(articleId: string): Promise<ArticleRecord | null>;
  /** The article stored for an object, by bucket and (decoded) key. */
  getArticleByObject(bucket: string, key: string): Promise<ArticleRecord | null>;
  getEvent(eventId: string): Promise<StoredEvent | null>;
  getActor(actorId: string): Promise<Actor | null>;
  /** Dispatches to the best access path: by actor, else by day range, else a table scan (unordered). */
  events(filter: EventFilter): Promise<Page<StoredEvent>>;
  eventsByActor(options: EventsByActorOptions): Promise<Page<StoredEvent>>;
  eventsByDay(options: EventsByDayOptions): Promise<Page<StoredEvent>>;
  /** The events an article reports now, each with this article's mention (evidence). */
  eventsOfArticle(
    articleId: string,
    options?: PageOptions,
  ): Promise<Page<{ event: StoredEvent; mention: Mention }>>;
  mentionsOfEvent(eventId: string, options?: PageOptions): Promise<Page<Mention>>;
  /** Actors of a country (ISO alpha-3), or with no country when `country` is null. */
  actorsByCountry(country: string | null, options?: PageOptions): Promise<Page<Actor>>;
}

const COUNTRY = /^[A-Z]{3}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ROOT = /^(0[1-9]|1\d|20)$/;

const encodeCursor = (state: object): string =>
  Buffer.from(JSON.stringify({ v: 1, ...state })).toString('base64url');

const decodeCursor = <T extends object>(cursor: string | null | undefined): (T & { v: 1 }) | null => {
  if (!cursor) return null;
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T & { v?: number };
    if (state.v !== 1) throw new Error('version');
    return state as T & { v: 1 };
  } catch {
    throw new InvalidCursorError();
  }
};

const limitOf = (options: PageOptions | undefined): number =>
  Math.max(1, Math.min(1000, options?.limit ?? 50));

const checkDay = (name: string, value: string | undefined): void => {
  if (value !== undefined && !DAY.test(value))
    throw new RangeError(`${name} must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
};

const checkRoot = (root: string | undefined): void => {
  if (root !== undefined && !ROOT.test(root))
    throw new RangeError(`root must be 01..20, got ${JSON.stringify(root)}`);
};

const nextDay = (day: string, step: 1 | -1): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + step);
  return date.toISOString().slice(0, 10);
};

const parseEvent = (item: Record<string, unknown>): StoredEvent => StoredEventSchema.parse(item);

export function createQueries(
  client: DynamoDBClient | DynamoDBDocumentClient,
  tableName: string,
): StoreQueries {
  const doc =
    client instanceof DynamoDBDocumentClient
      ? client
      : DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });

  const getItem = async (key: { pk: string; sk: string }) =>
    (await doc.send(new GetCommand({ TableName: tableName, Key: key }))).Item;

  const getEvents = async (ids: string[]): Promise<Map<string, StoredEvent>> => {
    const found = new Map<string, StoredEvent>();
    for (let start = 0; start < ids.length; start += 100) {
      let keys: Record<string, unknown>[] = ids.slice(start, start + 100).map((id) => ({ ...eventKey(id) }));
      while (keys.length > 0) {
        const result = await doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
        for (const item of result.Responses?.[tableName] ?? []) found.set(String(item.id), parseEvent(item));
        keys = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
    }
    return found;
  };

  /** A plain paginated query whose cursor is DynamoDB's own LastEvaluatedKey. */
  const queryPage = async <T>(
    input: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>,
    options: PageOptions | undefined,
    parse: (item: Record<string, unknown>) => T,
  ): Promise<Page<T>> => {
    const state = decodeCursor<{ lek: Record<string, unknown> }>(options?.cursor);
    const result = await doc.send(
      new QueryCommand({
        ...input,
        TableName: tableName,
        Limit: limitOf(options),
        ...(state ? { ExclusiveStartKey: state.lek } : {}),
      }),
    );
    return {
      items: (result.Items ?? []).map(parse),
      cursor: result.LastEvaluatedKey ? encodeCursor({ lek: result.LastEvaluatedKey }) : null,
    };
  };

  const getActor = async (actorId: string): Promise<Actor | null> => {
    const item = await getItem(actorKey(actorId));
    return item ? ActorSchema.parse(item) : null;
  };

  const eventsByActor = async (options: EventsByActorOptions): Promise<Page<StoredEvent>> => {
    checkDay('from', options.from);
    checkDay('to', options.to);
    checkRoot(options.root);
    const limit = limitOf(options);
    const descending = (options.order ?? 'desc') === 'desc';
    const state = decodeCursor<{ after: string }>(options.cursor);
    let scope: string;
    let actorId: string | null = null;
    if (COUNTRY.test(options.actor)) {
      scope = options.actor;
    } else {
      const actor = await getActor(options.actor);
      // Members share their parent's scope; an unknown parent may still have stored members under its prefix.
      scope = actor
        ? (actor.country ?? actor.id)
        : (/^([A-Z]{3})-/.exec(options.actor)?.[1] ?? options.actor);
      actorId = options.actor;
    }
    const roles =
      options.role === 'source' ? ['source'] : options.role === 'target' ? ['target'] : ['source', 'target'];
    // Bounds on the index sort key "<day>#<id>": "~" sorts after "#", "undated" after every date.
    // Resuming: bounds are inclusive, so the item the cursor names is read again and dropped below.
    let lower = options.from;
    let upper = options.to ? `${options.to}~` : undefined;
    if (state) {
      if (descending) upper = state.after;
      else lower = state.after;
    }
    if (lower !== undefined && upper !== undefined && lower > upper) return { items: [], cursor: null };

    interface Side {
      index: 'gsi1' | 'gsi2';
      role: string;
      items: Array<{ sort: string; item: Record<string, unknown> }>;
      lek: Record<string, unknown> | undefined;
      done: boolean;
      frontier: string | null;
    }
    const sides: Side[] = roles.map((role) => ({
      index: role === 'source' ? 'gsi1' : 'gsi2',
      role,
      items: [],
      lek: undefined,
      done: false,
      frontier: null,
    }));
    const fetchSide = async (side: Side) => {
      const pk = `${side.index}pk`;
      const sk = `${side.index}sk`;
      const names: Record<string, string> = { '#pk': pk };
      const values: Record<string, unknown> = {
        ':pk': `${side.role === 'source' ? 'SOURCE' : 'TARGET'}#${scope}`,
      };
      let condition = '#pk = :pk';
      if (lower !== undefined || upper !== undefined) names['#sk'] = sk;
      if (lower !== undefined && upper !== undefined) {
        condition += ' AND #sk BETWEEN :lower AND :upper';
        values[':lower'] = lower;
        values[':upper'] = upper;
      } else if (lower !== undefined) {
        condition += ' AND #sk >= :lower';
        values[':lower'] = lower;
      } else if (upper !== undefined) {
        condition += ' AND #sk <= :upper';
        values[':upper'] = upper;
      }
      const filters: string[] = [];
      if (actorId) {
        names['#role'] = side.role;
        names['#id'] = 'id';
        values[':actor'] = actorId;
        values[':member'] = `${actorId}-`;
        filters.push('(#role.#id = :actor OR begins_with(#role.#id, :member))');
      }
      if (options.root) {
        names['#root'] = 'root';
        values[':root'] = options.root;
        filters.push('#root = :root');
      }
      const result = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: side.index,
          KeyConditionExpression: condition,
          ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ScanIndexForward: !descending,
          Limit: Math.max(limit, 25),
          ...(side.lek ? { ExclusiveStartKey: side.lek } : {}),
        }),
      );
      for (const item of result.Items ?? []) {
        const sort = String(item[sk]);
        if (sort !== state?.after) side.items.push({ sort, item });
      }
      side.lek = result.LastEvaluatedKey;
      side.done = !side.lek;
      side.frontier = side.lek ? String(side.lek[sk]) : null;
    };
    // Read each side until it has a page of matches or is exhausted; then only items up to the nearest
    // frontier are certain to be in merged order.
    for (const side of sides) {
      while (!side.done && side.items.length < limit) await fetchSide(side);
    }
    const before = (a: string, b: string) => (descending ? a > b : a < b);
    const bound = sides
      .filter((side) => !side.done && side.frontier !== null)
      .map((side) => side.frontier as string)
      .reduce<string | null>(
        (nearest, frontier) => (nearest === null || before(frontier, nearest) ? frontier : nearest),
        null,
      );
    const merged = new Map<string, { sort: string; item: Record<string, unknown> }>();
    for (const side of sides) {
      for (const entry of side.items) {
        if (bound !== null && before(bound, entry.sort)) continue;
        // An event whose source and target both match comes from both indexes with the same sort key.
        merged.set(entry.sort, entry);
      }
    }
    const ordered = [...merged.values()].sort((a, b) =>
      before(a.sort, b.sort) ? -1 : a.sort === b.sort ? 0 : 1,
    );
    const page = ordered.slice(0, limit);
    const more = ordered.length > limit || bound !== null;
    const last = page.at(-1);
    return {
      items: page.map((entry) => parseEvent(entry.item)),
      cursor:
        more && last
          ? encodeCursor({ after: last.sort })
          : more && bound
            ? encodeCursor({ after: bound })
            : null,
    };
  };

  const eventsByDay = async (options: EventsByDayOptions): Promise<Page<StoredEvent>> => {
    checkDay('from', options.from);
    checkDay('to', options.to);
    const root = options.code ? options.code.slice(0, 2) : options.root;
    checkRoot(root);
    const to = options.to ?? options.from;
    const descending = (options.order ?? 'desc') === 'desc';
    const [first, last] = descending ? [to, options.from] : [options.from, to];
    const step = descending ? -1 : 1;
    const span = Math.abs(Date.parse(to) - Date.parse(options.from)) / 86_400_000;
    if (span > 3660) throw new RangeError('a day range spans at most 3660 days; use an actor to narrow it');
    if (options.from > to) return { items: [], cursor: null };
    const state = decodeCursor<{ day: string; lek?: Record<string, unknown> }>(options.cursor);
    const limit = limitOf(options);
    const items: StoredEvent[] = [];
    let day = state?.day ?? first;
    let lek = state?.lek;
    const prefix = options.code ? `${root}#${options.code}#` : root ? `${root}#` : undefined;
    for (;;) {
      const result = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'gsi3',
          KeyConditionExpression: prefix ? 'gsi3pk = :pk AND begins_with(gsi3sk, :prefix)' : 'gsi3pk = :pk',
          ExpressionAttributeValues: { ':pk': `DAY#${day}`, ...(prefix ? { ':prefix': prefix } : {}) },
          ScanIndexForward: !descending,
          Limit: limit - items.length,
          ...(lek ? { ExclusiveStartKey: lek } : {}),
        }),
      );
      items.push(...(result.Items ?? []).map(parseEvent));
      lek = result.LastEvaluatedKey;
      if (!lek) {
        if (day === last) return { items, cursor: null };
        day = nextDay(day, step);
      }
      if (items.length >= limit) return { items, cursor: encodeCursor({ day, ...(lek ? { lek } : {}) }) };
    }
  };

  const scanEvents = async (filter: EventFilter): Promise<Page<StoredEvent>> => {
    checkRoot(filter.root);
    const state = decodeCursor<{ lek: Record<string, unknown> }>(filter.cursor);
    const limit = limitOf(filter);
    const items: StoredEvent[] = [];
    let lek = state?.lek;
    do {
      const result = await doc.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: filter.root ? '#type = :type AND #root = :root' : '#type = :type',
          ExpressionAttributeNames: { '#type': 'type', ...(filter.root ? { '#root': 'root' } : {}) },
          ExpressionAttributeValues: { ':type': 'Event', ...(filter.root ? { ':root': filter.root } : {}) },
          Limit: limit - items.length,
          ...(lek ? { ExclusiveStartKey: lek } : {}),
        }),
      );
      items.push(...(result.Items ?? []).map(parseEvent));
      lek = result.LastEvaluatedKey;
    } while (lek && items.length < limit);
    return { items, cursor: lek ? encodeCursor({ lek }) : null };
  };

  return {
    async getArticle(articleId) {
      const item = await getItem(articleKey(articleId));
      return item ? ArticleRecordSchema.parse(item) : null;
    },
    async getArticleByObject(bucket, key) {
      const item = await getItem(articleKey(articleIdForObject(bucket, key)));
      return item ? ArticleRecordSchema.parse(item) : null;
    },
    async getEvent(eventId) {
      const item = await getItem(eventKey(eventId));
      return item ? parseEvent(item) : null;
    },
    getActor,
    events(filter) {
      const order = filter.order ?? 'desc';
      const page = { ...(filter.limit ? { limit: filter.limit } : {}), cursor: filter.cursor ?? null, order };
      if (filter.actor) {
        return eventsByActor({
          ...page,
          actor: filter.actor,
          ...(filter.role ? { role: filter.role } : {}),
          ...(filter.from ? { from: filter.from } : {}),
          ...(filter.to ? { to: filter.to } : {}),
          ...(filter.root ? { root: filter.root } : {}),
        });
      }
      if (filter.from || filter.to) {
        const from = filter.from ?? filter.to ?? '';
        return eventsByDay({
          ...page,
          from,
          ...(filter.to ? { to: filter.to } : {}),
          ...(filter.root ? { root: filter.root } : {}),
        });
      }
      return scanEvents(filter);
    },
    eventsByActor,
    eventsByDay,
    async eventsOfArticle(articleId, options) {
      const mentions = await queryPage(
        {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':prefix': MENTION_PREFIX },
        },
        options,
        (item) => MentionSchema.parse(item),
      );
      const events = await getEvents(mentions.items.map((mention) => mention.eventId));
      return {
        items: mentions.items.flatMap((mention) => {
          const event = events.get(mention.eventId);
          return event ? [{ event, mention }] : [];
        }),
        cursor: mentions.cursor,
      };
    },
    mentionsOfEvent(eventId, options) {
      return queryPage(
        {
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': `MENTIONS#${eventId}` },
        },
        options,
        (item) => MentionSchema.parse(item),
      );
    },
    actorsByCountry(country, options) {
      return queryPage(
        {
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': `ACTORS#${country ?? NO_COUNTRY}` },
        },
        options,
        (item) => ActorSchema.parse(item),
      );
    },
  };
}
