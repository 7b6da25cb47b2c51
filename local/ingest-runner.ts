import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

/** What the runner feeds: the real Lambda handler's signature. */
export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface IngestRunnerOptions {
  handler: SqsBatchHandler;
  /** Messages that failed maxReceiveCount times are written here, one JSON file each. */
  dlqDir: string;
  /** Like the SQS redrive policy: receives before a message goes to the DLQ. Default 5. */
  maxReceiveCount?: number;
  /** Records per handler invocation. Default 5 (the CDK event source's batch size). */
  batchSize?: number;
  /** Batches handled at once. Default 1. */
  concurrency?: number;
  /** Delay before a failed message is visible again: baseMs * 2^(receives-1), at most maxMs. */
  backoff?: { baseMs?: number; maxMs?: number };
  queueArn?: string;
  functionName?: string;
}

export interface IngestRunnerStats {
  /** Messages accepted by send(). */
  sent: number;
  /** Messages the handler finished with (deleted from the queue). */
  succeeded: number;
  /** Failed receives that were put back for another try. */
  retried: number;
  /** Messages written to the DLQ folder. */
  deadLettered: number;
  /** Messages waiting (including those waiting out a backoff). */
  waiting: number;
  inFlight: number;
  batches: number;
}

export interface DeadLetter {
  messageId: string;
  body: string;
  receiveCount: number;
  sentAt: string;
  deadLetteredAt: string;
  file: string;
}

export interface IngestRunner {
  /** Queues one SQS message (an S3 notification object or its JSON); returns its messageId. */
  send(body: string | object): string;
  start(): void;
  /** Stops taking batches; resolves when the batches in flight are done. Waiting messages stay queued. */
  stop(): Promise<void>;
  /** Resolves when nothing is waiting or in flight (every message succeeded or was dead-lettered). */
  drain(): Promise<void>;
  stats(): IngestRunnerStats;
  onDeadLetter(listener: (letter: DeadLetter) => void): () => void;
}

interface Message {
  messageId: string;
  body: string;
  sentAt: number;
  firstReceivedAt: number | null;
  receiveCount: number;
  visibleAt: number;
}

/** A Lambda context good enough for Powertools and middy outside Lambda. */
export function createLambdaContext(functionName = 'newsevents-ingest-local', timeoutMs = 900_000): Context {
  const started = Date.now();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** An SQS record as the Lambda event source delivers it (the shape the Powertools parser checks). */
export function toSqsRecord(
  message: { messageId: string; body: string; receiveCount: number; sentAt: number; firstReceivedAt: number },
  queueArn: string,
): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: `${message.messageId}#${message.receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentAt),
      SenderId: 'AIDALOCALNEWSEVENTS',
      ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: queueArn.split(':')[3] ?? 'us-east-1',
  };
}

/**
 * The local stand-in for the SQS event source mapping: batches, partial batch failures, visibility backoff,
 * maxReceiveCount, and a DLQ folder. Messages live in memory: a stopped process loses what was queued,
 * which the CLI handles by re-sending the notifications of objects whose articles are not terminal.
 */
export function createIngestRunner(options: IngestRunnerOptions): IngestRunner {
  const maxReceiveCount = options.maxReceiveCount ?? 5;
  const batchSize = Math.max(1, Math.min(10, options.batchSize ?? 5));
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const baseMs = options.backoff?.baseMs ?? 200;
  const maxMs = options.backoff?.maxMs ?? 5_000;
  const queueArn = options.queueArn ?? 'arn:aws:sqs:us-east-1:000000000000:newsevents-ingest-local';
  const queue: Message[] = [];
  const counters = { sent: 0, succeeded: 0, retried: 0, deadLettered: 0, batches: 0 };
  const deadLetterListeners = new Set<(letter: DeadLetter) => void>();
  let inFlight = 0;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  const active = new Set<Promise<void>>();
  let idleWaiters: Array<() => void> = [];

  const notifyIfIdle = () => {
    if (queue.length === 0 && inFlight === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const deadLetter = async (message: Message) => {
    await mkdir(options.dlqDir, { recursive: true });
    const file = join(options.dlqDir, `${message.messageId}.json`);
    const letter: DeadLetter = {
      messageId: message.messageId,
      body: message.body,
      receiveCount: message.receiveCount,
      sentAt: new Date(message.sentAt).toISOString(),
      deadLetteredAt: new Date().toISOString(),
      file,
    };
    await writeFile(file, `${JSON.stringify(letter, null, 2)}\n`);
    counters.deadLettered += 1;
    for (const listener of deadLetterListeners) listener(letter);
  };

  const runBatch = async (batch: Message[]) => {
    const now = Date.now();
    for (const message of batch) {
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
    }
    const event: SQSEvent = {
      Records: batch.map((message) =>
        toSqsRecord({ ...message, firstReceivedAt: message.firstReceivedAt ?? now }, queueArn),
      ),
    };
    let failed: Set<string>;
    try {
      const response = await options.handler(event, createLambdaContext(options.functionName));
      failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch {
      // A thrown handler is a failed invocation: SQS makes the whole batch visible again.
      failed = new Set(batch.map((message) => message.messageId));
    }
    counters.batches += 1;
    for (const message of batch) {
      if (!failed.has(message.messageId)) {
        counters.succeeded += 1;
      } else if (message.receiveCount >= maxReceiveCount) {
        await deadLetter(message);
      } else {
        counters.retried += 1;
        message.visibleAt = Date.now() + Math.min(maxMs, baseMs * 2 ** (message.receiveCount - 1));
        queue.push(message);
      }
    }
  };

  const pump = () => {
    timer = undefined;
    if (!running) return;
    while (active.size < concurrency) {
      const now = Date.now();
      const visible = queue.filter((message) => message.visibleAt <= now).slice(0, batchSize);
      if (visible.length === 0) break;
      for (const message of visible) queue.splice(queue.indexOf(message), 1);
      inFlight += visible.length;
      const job: Promise<void> = runBatch(visible).finally(() => {
        inFlight -= visible.length;
        active.delete(job);
        notifyIfIdle();
        schedule(0);
      });
      active.add(job);
    }
    const next = Math.min(...queue.map((message) => message.visibleAt));
    if (Number.isFinite(next) && active.size < concurrency) schedule(Math.max(0, next - Date.now()));
  };

  const schedule = (ms: number) => {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(pump, ms);
  };

  return {
    send(body) {
      const message: Message = {
        messageId: randomUUID(),
        body: typeof body === 'string' ? body : JSON.stringify(body),
        sentAt: Date.now(),
        firstReceivedAt: null,
        receiveCount: 0,
        visibleAt: Date.now(),
      };
      queue.push(message);
      counters.sent += 1;
      schedule(0);
      return message.messageId;
    },
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await Promise.allSettled([...active]);
    },
    drain() {
      return new Promise<void>((done) => {
        idleWaiters.push(done);
        notifyIfIdle();
      });
    },
    stats: () => ({ ...counters, waiting: queue.length, inFlight }),
    onDeadLetter(listener) {
      deadLetterListeners.add(listener);
      return () => deadLetterListeners.delete(listener);
    },
  };
}
