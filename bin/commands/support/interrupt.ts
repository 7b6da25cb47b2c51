/**
 * Ctrl-C (or a kill) during a command that started services: stop them before exiting, so no
 * DynamoDB Local JVM or port outlives the command. Returns the function that removes the handlers.
 */
export const closeOnInterrupt = (close: () => Promise<void>): (() => void) => {
  const handler = (signal: NodeJS.Signals): void => {
    process.stderr.write(`\nnewsevents: ${signal}, stopping the local services...\n`);
    void close()
      .catch(() => {})
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
};
