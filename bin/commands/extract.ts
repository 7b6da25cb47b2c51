import type { Command } from 'commander';
import { parseDate, parseUrl } from './support/option-parsers';

interface ExtractOptions {
  published?: string;
  title?: string;
  url?: string;
  source?: string;
  compact?: boolean;
}

export const registerExtract = (program: Command): void => {
  program
    .command('extract')
    .summary('print the events of one article as JSON (offline)')
    .description(
      'Read one article (.txt, .html or .json) and print one JSON object { article, actors, events }.\n' +
        'Runs the coder in this process: no services, no network.',
    )
    .argument(
      '<file>',
      'the article: plain text, HTML, or JSON { title, text | html, publishedAt, url, source }',
    )
    .option(
      '--published <date>',
      'publication date YYYY-MM-DD (anchors relative dates like "on Friday")',
      parseDate,
    )
    .option('--title <title>', 'article title, when the file has none')
    .option('--url <url>', 'canonical URL of the article', parseUrl)
    .option('--source <name>', 'publisher or wire service (e.g. "Reuters")')
    .option('--compact', 'print the JSON on one line')
    .addHelpText(
      'after',
      '\nExamples:\n  $ newsevents extract samples/moscow-pyongyang-talks.txt --published 2024-03-01\n' +
        "  $ newsevents extract story.html --compact | jq '.events[] | {code, source: .source.name}'",
    )
    .action(async (file: string, options: ExtractOptions) => {
      const [{ readArticleInput }, { createCoder }] = await Promise.all([
        import('./support/article-input'),
        import('../../core/coder/index'),
      ]);
      const input = await readArticleInput(file, options);
      const extraction = createCoder().extract(input);
      process.stdout.write(`${JSON.stringify(extraction, null, options.compact ? undefined : 2)}\n`);
    });
};
