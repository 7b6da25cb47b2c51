import { type Command, InvalidArgumentError } from 'commander';
import type { Actor } from '../../core/model/actor';
import type { ArticleRecord } from '../../core/model/article';
import type { Mention, StoredEvent } from '../../core/model/event';
import { CliError } from './support/cli-error';
import { parseDate, parsePositiveInt } from './support/option-parsers';
import type { Store } from './support/store';

interface CommonOptions {
  json?: boolean;
  dataDir: string;
}
interface EventsOptions extends CommonOptions {
  actor?: string;
  from?: string;
  to?: string;
  root?: string;
  limit: number;
}

const parseRoot = (value: string): string => {
  const root = value.padStart(2, '0');
  if (!/^(0[1-9]|1\d|20)$/.test(root)) throw new InvalidArgumentError('expected a CAMEO root 01..20.');
  return root;
};

/** Opens the store, runs `body`, and always closes it (a temporary DynamoDB Local must not outlive us). */
const withStore = async (dataDir: string, body: (store: Store) => Promise<void>): Promise<void> => {
  const { openStore } = await import('./support/store');
  const store = await openStore(dataDir, (line) => process.stderr.write(`newsevents: ${line}\n`));
  try {
    await body(store);
  } finally {
    await store.close();
  }
};

const printEvents = async (events: StoredEvent[], evidence?: Map<string, Mention>): Promise<void> => {
  const { renderTable, terminalWidth } = await import('./support/table');
  const { eventColumns } = await import('./support/format');
  const rows = events.map((event) => ({
    ...event,
    ...(evidence?.has(event.id)
      ? { evidence: { sentence: evidence.get(event.id)?.evidence.sentence ?? '' } }
      : {}),
  }));
  process.stdout.write(
    `${renderTable(eventColumns({ evidence: evidence !== undefined, counts: true }), rows, terminalWidth())}\n`,
  );
};

const printRecord = (record: Record<string, unknown>, fields: string[]): void => {
  const width = Math.max(...fields.map((field) => field.length));
  for (const field of fields) {
    const value = record[field];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    process.stdout.write(
      `${field.padEnd(width)}  ${Array.isArray(value) ? value.join(', ') : String(value)}\n`,
    );
  }
};

export const registerQuery = (program: Command): void => {
  const query = program
    .command('query')
    .summary('read events, actors and articles from the local store')
    .description(
      'Read the store of the running `newsevents dev`, or, when none runs, the persistent data in\n' +
        '--data-dir (a temporary DynamoDB Local is started on it for the query).',
    );

  query
    .command('events')
    .description('Events, newest first, filtered by actor, date range and CAMEO root.')
    .option('--actor <id>', 'actor id, or an ISO alpha-3 country for all its actors (source or target)')
    .option('--from <date>', 'first day, YYYY-MM-DD', parseDate)
    .option('--to <date>', 'last day, YYYY-MM-DD', parseDate)
    .option('--root <root>', 'CAMEO root 01..20 (04 consult, 11 disapprove, 19 fight, ...)', parseRoot)
    .option('--limit <n>', 'at most this many events', parsePositiveInt, 50)
    .option('--json', 'one JSON event per line')
    .option('--data-dir <dir>', 'data folder', '.newsevents')
    .addHelpText(
      'after',
      '\nExamples:\n  $ newsevents query events --actor RUS --from 2024-01-01 --to 2024-12-31\n' +
        '  $ newsevents query events --root 19 --json | jq -r .id',
    )
    .action(async (options: EventsOptions) => {
      if (options.from && options.to && options.from > options.to) {
        throw new CliError(`--from ${options.from} is after --to ${options.to}`);
      }
      await withStore(options.dataDir, async (store) => {
        const actor =
          options.actor && /^[a-z]{3}$/i.test(options.actor) ? options.actor.toUpperCase() : options.actor;
        const events: StoredEvent[] = [];
        let cursor: string | null = null;
        // The store pages; the user asked for a count.
        do {
          const page = await store.queries.events({
            limit: Math.min(1000, options.limit - events.length),
            cursor,
            ...(actor ? { actor } : {}),
            ...(options.from ? { from: options.from } : {}),
            ...(options.to ? { to: options.to } : {}),
            ...(options.root ? { root: options.root } : {}),
          });
          events.push(...page.items);
          cursor = page.cursor;
        } while (cursor && events.length < options.limit);
        if (options.json) {
          for (const event of events) process.stdout.write(`${JSON.stringify(event)}\n`);
        } else if (events.length === 0) {
          process.stdout.write('no events match\n');
        } else {
          await printEvents(events);
          process.stdout.write(
            `\n${events.length} event(s)${cursor ? ` (more: raise --limit above ${options.limit})` : ''}\n`,
          );
        }
      });
    });

  query
    .command('actor')
    .description('One actor by id, and the latest events it took part in.')
    .argument('<id>', 'actor id as printed by `query events --json` (e.g. RUS, IGO-UN)')
    .option('--json', 'print the actor as JSON')
    .option('--data-dir <dir>', 'data folder', '.newsevents')
    .action(async (id: string, options: CommonOptions) => {
      await withStore(options.dataDir, async (store) => {
        const actor: Actor | null = await store.queries.getActor(id);
        if (!actor)
          throw new CliError(`no actor ${id}`, {
            hint: 'ids are listed by `newsevents query events --json`',
          });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(actor)}\n`);
          return;
        }
        printRecord(actor, ['id', 'name', 'kind', 'country', 'sector', 'role', 'aliases']);
        const latest = await store.queries.eventsByActor({ actor: actor.id, limit: 10 });
        if (latest.items.length > 0) {
          process.stdout.write('\nlatest events\n');
          await printEvents(latest.items);
        }
      });
    });

  query
    .command('article')
    .description('One article by id (as printed by `ingest`) or by its key in the bucket, with its events.')
    .argument('<id>', 'article id (art-...) or object key (inbox/...)')
    .option('--json', 'print { article, events: [{ event, mention }] } as JSON')
    .option('--data-dir <dir>', 'data folder', '.newsevents')
    .action(async (id: string, options: CommonOptions) => {
      await withStore(options.dataDir, async (store) => {
        const article: ArticleRecord | null = id.startsWith('art-')
          ? await store.queries.getArticle(id)
          : ((await store.queries.getArticleByObject(store.bucket, id)) ??
            (await store.queries.getArticleByObject(store.bucket, `${store.prefix}${id}`)));
        if (!article)
          throw new CliError(`no article ${id}`, { hint: 'ids and keys are printed by `newsevents ingest`' });
        const reported: Array<{ event: StoredEvent; mention: Mention }> = [];
        let cursor: string | null = null;
        do {
          const page = await store.queries.eventsOfArticle(article.id, { limit: 1000, cursor });
          reported.push(...page.items);
          cursor = page.cursor;
        } while (cursor);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ article, events: reported })}\n`);
          return;
        }
        printRecord(article, [
          'id',
          'key',
          'status',
          'reason',
          'detail',
          'title',
          'publishedAt',
          'source',
          'url',
          'coderVersion',
          'updatedAt',
        ]);
        if (reported.length > 0) {
          process.stdout.write('\n');
          await printEvents(
            reported.map((entry) => entry.event),
            new Map(reported.map((entry) => [entry.event.id, entry.mention])),
          );
        }
      });
    });
};
