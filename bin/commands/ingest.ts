import type { Command } from 'commander';
import { parsePositiveInt } from './support/option-parsers';

interface IngestOptions {
  json?: boolean;
  strict?: boolean;
  timeout: number;
  dataDir: string;
}

export const registerIngest = (program: Command): void => {
  program
    .command('ingest')
    .summary('upload articles to the local bucket and wait until each is processed')
    .description(
      'Upload files (folders are read recursively) to the local bucket, wait until each article is\n' +
        'PROCESSED or FAILED, then print a summary. Uses the running `newsevents dev` when there is one;\n' +
        'otherwise starts an in-memory stack for this command alone (nothing is kept).\n\n' +
        'Exit codes: 0 when every article reached PROCESSED or FAILED (failed articles are results, not\n' +
        'errors; see --strict), 1 when the tool itself failed (bad path, stack down, timeout),\n' +
        '2 with --strict when at least one article FAILED.',
    )
    .argument('<paths...>', 'article files and/or folders')
    .option('--json', 'one JSON line per article: { key, articleId, status, reason?, events }')
    .option('--strict', 'exit with code 2 if any article FAILED')
    .option('--timeout <seconds>', 'give up waiting after this many seconds', parsePositiveInt, 300)
    .option('--data-dir <dir>', 'data folder of the dev stack to use, if it runs', '.newsevents')
    .addHelpText(
      'after',
      '\nExamples:\n  $ newsevents ingest samples/\n  $ newsevents ingest a.txt b.html --json | jq -c \'select(.status == "FAILED")\'',
    )
    .action(async (paths: string[], options: IngestOptions) => {
      // Paths are checked before anything heavy loads or any service starts: a typo must cost nothing.
      const { collectArticleFiles } = await import('./support/article-files');
      const found = await collectArticleFiles(paths, '');
      const [{ uploadAndWait, toIngestResult }, { openPipeline }, { createProgress }, table] =
        await Promise.all([
          import('./support/upload'),
          import('./support/pipeline'),
          import('./support/progress'),
          import('./support/table'),
        ]);
      const log = (line: string) => process.stderr.write(`newsevents: ${line}\n`);
      const pipeline = await openPipeline({ dataDir: options.dataDir, fallback: 'in-memory', log });
      try {
        const files = found.map((file) => ({ ...file, key: `${pipeline.prefix}${file.key}` }));
        const progress = createProgress(files.length);
        const outcomes = await uploadAndWait(pipeline, files, {
          timeoutMs: options.timeout * 1000,
          onSettled: (outcome) => {
            const result = toIngestResult(outcome);
            if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
            progress.tick(result.key.slice(pipeline.prefix.length));
          },
        });
        progress.done();
        const results = outcomes.map(toIngestResult);
        const failed = results.filter((result) => result.status === 'FAILED');
        if (!options.json) {
          process.stdout.write(
            `${table.renderTable(
              [
                {
                  header: 'ARTICLE',
                  value: (result) => result.key.slice(pipeline.prefix.length),
                  flex: true,
                  minWidth: 16,
                },
                { header: 'STATUS', value: (result) => result.status },
                { header: 'EVENTS', value: (result) => String(result.events), align: 'right' },
                { header: 'REASON', value: (result) => result.reason ?? '' },
                { header: 'ARTICLE ID', value: (result) => result.articleId },
              ],
              results,
              table.terminalWidth(),
            )}\n\n`,
          );
          const events = results.reduce((sum, result) => sum + result.events, 0);
          process.stdout.write(
            `${results.length} article(s): ${results.length - failed.length} processed (${events} events), ${failed.length} failed` +
              ` -- on ${pipeline.description}\n`,
          );
        }
        if (options.strict && failed.length > 0) process.exitCode = 2;
      } finally {
        await pipeline.close();
      }
    });
};
