import { relative } from 'node:path';
import type { Command } from 'commander';
import type { LocalStack } from '../../local/stack';
import { CliError } from './support/cli-error';
import { parsePort } from './support/option-parsers';

interface DevOptions {
  inMemory?: boolean;
  dataDir: string;
  portDynamodb?: number;
  portS3?: number;
  subscribers?: string;
  quiet?: boolean;
}

const shown = (path: string): string => {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') ? path : fromCwd;
};

const banner = (stack: LocalStack): string =>
  [
    `newsevents dev: local stack running (${stack.config.inMemory ? 'in memory: nothing is kept' : `data in ${shown(stack.config.paths.dataDir)}`})`,
    `  DynamoDB Local  ${stack.endpoints.dynamodb}  table ${stack.tableName}`,
    `  S3 (s3rver)     ${stack.endpoints.s3}  bucket ${stack.bucket}, articles under ${stack.prefix}`,
    `  subscribers     ${shown(stack.files.subscribers)}`,
    `  change events   ${shown(stack.files.changes)}  (newsevents tail)`,
    `  dead letters    ${shown(stack.files.dlq)}`,
    '',
    `  SDK / CLI:  AWS_ENDPOINT_URL_DYNAMODB=${stack.endpoints.dynamodb} AWS_ENDPOINT_URL_S3=${stack.endpoints.s3} AWS_REGION=${stack.region}`,
    '  Next:       newsevents ingest <files or folders>   |   newsevents tail   |   Ctrl-C to stop',
    '',
  ].join('\n');

export const registerDev = (program: Command): void => {
  program
    .command('dev')
    .summary('run the local stack (DynamoDB Local, local S3, runners, bus) until Ctrl-C')
    .description(
      'Start the whole pipeline on this machine: DynamoDB Local, a local S3 bucket (s3rver), the ingest\n' +
        'runner, the stream poller and the local bus. Data persists under --data-dir unless --in-memory.\n' +
        'Other commands (ingest, tail, query, recode) find the running stack through <data-dir>/dev.json.\n' +
        'Needs Java 17+ for DynamoDB Local; the first run downloads it into <data-dir>/cache.',
    )
    .option('--in-memory', 'throwaway run: nothing is kept after Ctrl-C')
    .option('--data-dir <dir>', 'where data, the jar cache and dev.json live', '.newsevents')
    .option('--port-dynamodb <port>', 'DynamoDB Local port (default 8000)', parsePort)
    .option('--port-s3 <port>', 'local S3 port (default 4568)', parsePort)
    .option('--subscribers <file>', 'bus subscribers file (default <data-dir>/subscribers.json)')
    .option('-q, --quiet', 'do not print change events as they happen')
    .action(async (options: DevOptions) => {
      const [
        { startLocalStack },
        { loadLocalConfig, DEFAULT_DEV_PORTS },
        devState,
        { summarizeChange },
        { fromBusEvent },
      ] = await Promise.all([
        import('../../local/stack'),
        import('../../local/config'),
        import('./support/dev-state'),
        import('../../core/change/summary'),
        import('../../local/bus/bus-event'),
      ]);
      const config = loadLocalConfig({
        dataDir: options.dataDir,
        inMemory: options.inMemory ?? false,
        dynamodbPort: options.portDynamodb ?? DEFAULT_DEV_PORTS.dynamodb,
        s3Port: options.portS3 ?? DEFAULT_DEV_PORTS.s3,
        ...(options.subscribers === undefined ? {} : { subscribersFile: options.subscribers }),
      });
      const running = devState.findRunningDev(config.paths.stateFile);
      if (running) {
        throw new CliError(
          `a dev stack is already running from ${shown(running.dataDir)} (pid ${running.pid})`,
          {
            hint: `use it as it is, stop it with Ctrl-C in its terminal (or kill ${running.pid}), or pass another --data-dir`,
          },
        );
      }

      process.stderr.write('newsevents dev: starting DynamoDB Local, the local bucket and the runners...\n');
      const stack = await startLocalStack(config, { log: (line) => process.stderr.write(`  ${line}\n`) });

      devState.writeDevState(config.paths.stateFile, {
        pid: process.pid,
        startedAt: new Date().toISOString(),
        inMemory: config.inMemory,
        dataDir: config.paths.dataDir,
        endpoints: stack.endpoints,
        region: stack.region,
        tableName: stack.tableName,
        bucket: stack.bucket,
        prefix: stack.prefix,
        changesFile: stack.files.changes,
        resultsFile: stack.files.results,
        subscribersFile: stack.files.subscribers,
        dlqDir: stack.files.dlq,
      });
      process.stdout.write(banner(stack));
      if (!options.quiet) {
        const time = () => new Date().toISOString().slice(11, 19);
        stack.onOutcome((outcome) => {
          const what =
            outcome.status === 'FAILED'
              ? `FAILED ${outcome.reason ?? ''}`
              : `${outcome.events} event${outcome.events === 1 ? '' : 's'}`;
          process.stdout.write(
            `${time()}  ingested ${outcome.key}: ${what}${outcome.duplicate ? ' (unchanged)' : ''}\n`,
          );
        });
        stack.onChange((event) =>
          process.stdout.write(`${time()}  ${summarizeChange(fromBusEvent(event))}\n`),
        );
      }

      // Runners first (nothing new is written mid-stop), then the services they talk to.
      await new Promise<void>((resolveStopped) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals): void => {
          if (stopping) {
            process.stderr.write('newsevents dev: forced exit\n');
            process.exit(130);
          }
          stopping = true;
          process.stderr.write(`\nnewsevents dev: ${signal}, stopping (Ctrl-C again to force)...\n`);
          stack
            .stop()
            .catch((error: unknown) =>
              process.stderr.write(`newsevents dev: while stopping: ${String(error)}\n`),
            )
            .finally(() => {
              devState.removeDevState(config.paths.stateFile);
              process.stderr.write('newsevents dev: stopped\n');
              resolveStopped();
            });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
};
