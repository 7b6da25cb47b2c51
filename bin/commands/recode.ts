import type { Command } from 'commander';
import { parsePositiveInt } from './support/option-parsers';

interface RecodeOptions {
  json?: boolean;
  timeout: number;
  dataDir: string;
}

export const registerRecode = (program: Command): void => {
  program
    .command('recode')
    .summary('re-run the current coder over every stored article')
    .description(
      'Re-deliver every article in the local bucket through the normal ingest path (an S3 copy in place,\n' +
        'which fires the same notification as an upload), so the current coder codes it again and the\n' +
        'differences are applied: subscribers receive Event Created, Event Updated and Event Retracted\n' +
        'for what changed. Articles already coded by this coder version are left as they are; the version\n' +
        'is derived from the lexicon data, so changed rules re-code. Uses the running `newsevents dev`, else starts\n' +
        'the stack on --data-dir for the run.',
    )
    .option('--json', 'print one JSON document { articles: [...], changes: { <detail-type>: count } }')
    .option('--timeout <seconds>', 'give up waiting after this many seconds', parsePositiveInt, 600)
    .option('--data-dir <dir>', 'data folder', '.newsevents')
    .action(async (options: RecodeOptions) => {
      const [{ openPipeline }, { recodeArticles }, { createProgress }, table] = await Promise.all([
        import('./support/pipeline'),
        import('./support/recode-articles'),
        import('./support/progress'),
        import('./support/table'),
      ]);
      const log = (line: string) => process.stderr.write(`newsevents: ${line}\n`);
      const pipeline = await openPipeline({ dataDir: options.dataDir, fallback: 'persistent', log });
      try {
        let progress: ReturnType<typeof createProgress> | undefined;
        const report = await recodeArticles(pipeline, {
          timeoutMs: options.timeout * 1000,
          onStart: (total) => {
            progress = createProgress(total);
          },
          onSettled: (outcome) => progress?.tick(outcome.key.slice(pipeline.prefix.length)),
        });
        progress?.done();
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ articles: report.rows, changes: report.changes })}\n`);
          return;
        }
        if (report.rows.length === 0) {
          process.stdout.write(`no articles under ${pipeline.prefix} in the bucket: nothing to recode\n`);
          return;
        }
        process.stdout.write(
          `${table.renderTable(
            [
              {
                header: 'ARTICLE',
                value: (row) => row.key.slice(pipeline.prefix.length),
                flex: true,
                minWidth: 16,
              },
              { header: 'STATUS', value: (row) => row.status },
              { header: 'EVENTS', value: (row) => `${row.eventsBefore} -> ${row.events}`, align: 'right' },
              { header: 'RESULT', value: (row) => (row.recoded ? 'recoded' : 'unchanged (same coder)') },
              { header: 'REASON', value: (row) => row.reason ?? '' },
            ],
            report.rows,
            table.terminalWidth(),
          )}\n\n`,
        );
        const recoded = report.rows.filter((row) => row.recoded).length;
        const summary =
          Object.entries(report.changes)
            .map(([type, count]) => `${count} ${type}`)
            .join(', ') || 'none';
        process.stdout.write(
          `${report.rows.length} article(s): ${recoded} recoded, ${report.rows.length - recoded} unchanged; change events: ${summary}\n`,
        );
        if (recoded === 0) {
          process.stdout.write(
            'Every article was already coded by the current coder version. The version follows the lexicon data; after a change to coder code alone, raise CODER_SEMVER in core/coder/version.ts.\n',
          );
        }
      } finally {
        await pipeline.close();
      }
    });
};
