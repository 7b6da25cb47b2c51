import type { Command } from 'commander';
import { parseJsonObject } from './support/option-parsers';

interface TailOptions {
  json?: boolean;
  pattern?: Record<string, unknown>;
  fromStart?: boolean;
  dataDir: string;
}

export const registerTail = (program: Command): void => {
  program
    .command('tail')
    .summary('print change events from the running dev stack as they arrive')
    .description(
      'Follow the change events the local bus delivers (Event Created / Updated / Retracted, Article\n' +
        'Processed / Failed, Actor Created), one readable line each, until Ctrl-C or until dev stops.\n' +
        'Needs a running `newsevents dev`.',
    )
    .option('--json', 'print each event as the JSON a subscriber receives (EventBridge envelope)')
    .option(
      '--pattern <json>',
      'EventBridge-style pattern, e.g. \'{"detail-type":["Event Created"],"detail":{"countries":["RUS"]}}\'',
      parseJsonObject,
    )
    .option('--from-start', 'print the events delivered since dev started, then follow')
    .option('--data-dir <dir>', 'data folder of the dev stack', '.newsevents')
    .action(async (options: TailOptions) => {
      const [
        { loadLocalConfig },
        devState,
        { compilePattern },
        { summarizeChange },
        { fromBusEvent },
        follow,
      ] = await Promise.all([
        import('../../local/config'),
        import('./support/dev-state'),
        import('../../local/bus/pattern'),
        import('../../core/change/summary'),
        import('../../local/bus/bus-event'),
        import('./support/follow-jsonl'),
      ]);
      const { CliError } = await import('./support/cli-error');
      let matches: (event: unknown) => boolean = () => true;
      if (options.pattern) {
        try {
          matches = compilePattern(options.pattern);
        } catch (error) {
          throw new CliError(`--pattern: ${(error as Error).message}`);
        }
      }
      const config = loadLocalConfig({ dataDir: options.dataDir });
      const state = devState.findRunningDev(config.paths.stateFile);
      if (!state) {
        throw new CliError('no dev stack is running', {
          hint: 'start one with `newsevents dev` in another terminal',
        });
      }
      if (!options.json)
        process.stderr.write(`newsevents tail: following ${state.changesFile} (Ctrl-C to stop)\n`);
      const start = options.fromStart ? 0 : await follow.sizeOf(state.changesFile);
      const follower = follow.followJsonLines(state.changesFile, start, (value) => {
        if (!matches(value)) return;
        const event = value as Parameters<typeof fromBusEvent>[0];
        if (options.json) {
          process.stdout.write(`${JSON.stringify(event)}\n`);
          return;
        }
        let line: string;
        try {
          line = summarizeChange(fromBusEvent(event));
        } catch {
          line = JSON.stringify(event.detail).slice(0, 200);
        }
        process.stdout.write(`${event.time.slice(11, 19)}  ${event['detail-type'].padEnd(17)}  ${line}\n`);
      });
      await new Promise<void>((done) => {
        const finish = () => {
          clearInterval(watchdog);
          void follower.stop().then(done);
        };
        // When dev stops, there is nothing more to follow.
        const watchdog = setInterval(() => {
          if (!devState.findRunningDev(config.paths.stateFile)) {
            process.stderr.write('newsevents tail: the dev stack stopped\n');
            finish();
          }
        }, 1_000);
        process.once('SIGINT', finish);
        process.once('SIGTERM', finish);
      });
    });
};
