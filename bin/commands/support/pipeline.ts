import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { BusEvent } from '../../../local/bus/bus-event';
import { loadLocalConfig } from '../../../local/config';
import { type ArticleOutcome, type LocalStack, startLocalStack } from '../../../local/stack';
import { CliError } from './cli-error';
import { type DevState, findRunningDev } from './dev-state';
import { followJsonLines, sizeOf } from './follow-jsonl';
import { closeOnInterrupt } from './interrupt';
import { localDynamoDbClient, localS3Client } from './local-clients';

/**
 * The pipeline a command works with: the running `newsevents dev` when there is one (found through
 * <data-dir>/dev.json), else a stack this process starts and stops.
 */
export interface Pipeline {
  readonly description: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly tableName: string;
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBClient;
  /** The in-process stack, when this process started one. */
  readonly stack: LocalStack | undefined;
  /** Starts listening for article outcomes; only outcomes after this call are seen. */
  watchOutcomes(listener: (outcome: ArticleOutcome) => void): Promise<() => Promise<void>>;
  /** Starts listening for delivered change events (through the changes file of a running dev). */
  watchChanges(listener: (event: BusEvent) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const fromDev = (state: DevState): Pipeline => {
  const s3 = localS3Client(state.endpoints.s3, state.region);
  const dynamodb = localDynamoDbClient(state.endpoints.dynamodb, state.region);
  const follow =
    <T>(path: string) =>
    async (listener: (value: T) => void) => {
      const follower = followJsonLines(path, await sizeOf(path), (value) => listener(value as T));
      return () => follower.stop();
    };
  return {
    description: `the running dev stack (pid ${state.pid})`,
    bucket: state.bucket,
    prefix: state.prefix,
    tableName: state.tableName,
    s3,
    dynamodb,
    stack: undefined,
    watchOutcomes: follow<ArticleOutcome>(state.resultsFile),
    watchChanges: follow<BusEvent>(state.changesFile),
    async close() {
      s3.destroy();
      dynamodb.destroy();
    },
  };
};

export const pipelineFromStack = (stack: LocalStack): Pipeline => ({
  description: stack.config.inMemory ? 'an in-memory stack in this process' : 'a local stack in this process',
  bucket: stack.bucket,
  prefix: stack.prefix,
  tableName: stack.tableName,
  s3: stack.clients.s3,
  dynamodb: stack.clients.dynamodb,
  stack,
  async watchOutcomes(listener) {
    const off = stack.onOutcome(listener);
    return async () => {
      off();
    };
  },
  async watchChanges(listener) {
    const off = stack.onChange(listener);
    return async () => {
      off();
    };
  },
  close: () => stack.stop(),
});

export interface OpenOptions {
  dataDir: string;
  /** What to start when no dev stack runs; false: fail and tell the user to start `newsevents dev`. */
  fallback: 'in-memory' | 'persistent' | false;
  log?: (line: string) => void;
}

export const openPipeline = async (options: OpenOptions): Promise<Pipeline> => {
  const config = loadLocalConfig({ dataDir: options.dataDir, inMemory: options.fallback === 'in-memory' });
  const running = findRunningDev(config.paths.stateFile);
  if (running) return fromDev(running);
  if (options.fallback === false) {
    throw new CliError('no local stack is running', {
      hint: 'start one with `newsevents dev` in another terminal',
    });
  }
  options.log?.(
    options.fallback === 'in-memory'
      ? 'no `newsevents dev` running: starting an in-memory stack for this command (results are not kept)'
      : `no \`newsevents dev\` running: starting the local stack on ${config.paths.dataDir} for this command`,
  );
  const pipeline = pipelineFromStack(
    await startLocalStack(config, { ...(options.log ? { log: options.log } : {}) }),
  );
  const release = closeOnInterrupt(() => pipeline.stack?.stop() ?? Promise.resolve());
  return {
    ...pipeline,
    close: async () => {
      release();
      await pipeline.close();
    },
  };
};
