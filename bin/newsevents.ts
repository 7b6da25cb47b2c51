import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerDemo } from './commands/demo';
import { registerDev } from './commands/dev';
import { registerExtract } from './commands/extract';
import { registerIngest } from './commands/ingest';
import { registerQuery } from './commands/query';
import { registerRecode } from './commands/recode';
import { reportError } from './commands/support/report-error';
import { registerTail } from './commands/tail';

// Command files only declare options; each action imports its heavy modules (coder, AWS SDK,
// DynamoDB Local launcher) when it runs, so `--help` and `extract` start fast.
// The project supports Node 20 (package.json engines); the SDK's notice about its own future Node 22
// requirement would otherwise greet every user on stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const fail = (error: unknown): void => {
  process.exitCode = reportError(error);
};

// A reader that closes the pipe early (`| head`) is not an error worth a message.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(error);
});
// Node's default on a signal is to die without running 'exit' listeners, and the DynamoDB Local launcher
// kills its JVM from one. Exiting explicitly runs them, so an interrupted start leaves no JVM behind.
// Commands with a graceful stop add their own listener, and then this one stands aside.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
process.on('unhandledRejection', (error) => {
  fail(error);
  process.exit();
});

const program = new Command('newsevents')
  .description('Turn news articles into CAMEO/PLOVER political event records, locally or on AWS.')
  .version(pkg.version, '-V, --version')
  .showHelpAfterError('(add --help for usage)')
  .configureHelp({ sortSubcommands: false, showGlobalOptions: false });

registerExtract(program);
registerDemo(program);
registerDev(program);
registerIngest(program);
registerTail(program);
registerQuery(program);
registerRecode(program);

program.addHelpText(
  'after',
  `
Examples:
  $ newsevents extract article.txt --published 2024-03-01
  $ newsevents demo
  $ newsevents dev                      # in one terminal
  $ newsevents ingest ./articles --json # in another
  $ newsevents query events --actor RUS --from 2024-01-01`,
);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
