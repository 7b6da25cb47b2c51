import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { newCapacityUsage } from '../adapters/dynamodb/ingest-store';
import { createTable } from '../adapters/dynamodb/table';
import { createCoder } from '../core/coder';
import { systemClock } from '../core/ports';
import { createIngestHandler } from '../functions/ingest/handler';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { createLambdaContext, toSqsRecord } from '../local/ingest-runner';
import { type S3EventNotification, startS3Local } from '../local/s3-local';

/**
 * Ingest cost per article against DynamoDB Local: consumed capacity (ReturnConsumedCapacity=TOTAL, summed
 * over every request the handler makes) and wall time, for a new article, an article corroborating events
 * already stored, and a re-delivery of the same notification (target: one read, no write).
 * DynamoDB Local reports capacity the way DynamoDB bills it (transactional writes count double).
 */
const ARTICLE = `MOSCOW (Wire) — Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday for two days of talks with North Korean officials, the Russian Foreign Ministry said, the latest sign of deepening ties between the two countries as both face mounting pressure from the West.

Lavrov met North Korean Foreign Minister Choe Son Hui at the Mansudae Assembly Hall on Wednesday afternoon, according to a ministry statement carried by the state news agency Tass. The two ministers discussed "strategic cooperation" and the situation on the Korean Peninsula, the statement said, without giving details.

North Korean leader Kim Jong Un later received Lavrov at a state guesthouse, the Korean Central News Agency reported on Thursday. Kim praised Russia's "just struggle" and said Pyongyang would always stand with Moscow, KCNA said.

The visit follows a summit in September between Kim and Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East, where the two leaders toured rocket launch facilities and pledged to expand cooperation. Putin accepted an invitation to visit North Korea, the Kremlin said at the time.

The United States and South Korea have accused North Korea of supplying artillery shells and missiles to Russia for use in Ukraine, in violation of United Nations Security Council resolutions. Both Moscow and Pyongyang have denied the accusations.

White House national security spokesman John Kirby said on Tuesday that North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia in recent weeks. Washington condemned the transfers and said it would hold both governments accountable.

South Korea's Foreign Ministry said on Thursday it was watching the visit closely. "Any military cooperation that violates Security Council resolutions must stop immediately," ministry spokesperson Lim Soosuk told reporters in Seoul. He urged Moscow to act responsibly as a permanent member of the council.

Japan's Chief Cabinet Secretary Hirokazu Matsuno told a news conference in Tokyo that Japan was concerned about the growing military cooperation between Russia and North Korea and would coordinate closely with the United States and South Korea.

China, North Korea's main ally and trading partner, called for restraint from all sides. A Chinese Foreign Ministry spokesperson said Beijing hoped relevant parties would resume dialogue and work to ease tensions on the peninsula.

Analysts said the visit was meant to show that Moscow could count on Pyongyang for weapons while Russia offered North Korea technology and diplomatic cover in return. "Both sides get something they badly need," said a professor of international relations at a university in Seoul.

In Kyiv, Ukrainian Foreign Minister Dmytro Kuleba accused Russia of turning to "the world's most isolated regime" for help. He called on the international community to impose new sanctions on both countries.

The European Union said on Thursday it was preparing a further package of sanctions against Russia, which would include measures targeting companies accused of helping Moscow acquire North Korean weapons. EU foreign policy chief Josep Borrell condemned what he called a dangerous alliance.

In Washington, the State Department said Secretary of State Antony Blinken had spoken by telephone with South Korean Foreign Minister Park Jin about the visit. The two agreed to strengthen deterrence on the peninsula and to work with Japan on a joint response, a department spokesman said.

The Pentagon said on Wednesday that it had seen no change in North Korean military deployments near the border but would keep monitoring the situation with its South Korean allies. About 28,500 American troops are stationed in South Korea.

North Korea test-fired two short-range ballistic missiles into the sea off its east coast last week, South Korea's Joint Chiefs of Staff said, in the latest of a series of launches this year. Seoul condemned the launches as a grave provocation.

Russia and China blocked a new Security Council resolution in May that would have tightened sanctions on North Korea over its missile tests, arguing that more pressure would only raise tensions. Russia's ambassador to the United Nations, Vasily Nebenzia, said Washington was to blame for the stalemate.

Trade between Russia and North Korea remains small, but officials in Moscow have spoken of reopening a rail link and expanding tourism. A Russian delegation led by Natural Resources Minister Alexander Kozlov visited Pyongyang last month to discuss economic cooperation, Tass reported.

Lavrov was due to leave Pyongyang on Thursday evening for Beijing, where he is expected to meet Chinese Foreign Minister Wang Yi to prepare for a visit by Putin next week, the Russian ministry said.`;

type AttributeValue = {
  S?: string;
  N?: string;
  B?: Uint8Array;
  BOOL?: boolean;
  NULL?: boolean;
  L?: AttributeValue[];
  M?: Record<string, AttributeValue>;
  SS?: string[];
};

/** Item size by DynamoDB's published rules (names + values; numbers ~ digits/2 + 1; containers +3, +1 per element). */
const valueSize = (value: AttributeValue): number => {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/[^0-9]/g, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L) return 3 + value.L.reduce((sum, entry) => sum + 1 + valueSize(entry), 0);
  if (value.M)
    return (
      3 +
      Object.entries(value.M).reduce(
        (sum, [name, entry]) => sum + 1 + Buffer.byteLength(name) + valueSize(entry),
        0,
      )
    );
  if (value.SS) return value.SS.reduce((sum, entry) => sum + Buffer.byteLength(entry), 0);
  return 1;
};
const itemSize = (item: Record<string, AttributeValue>) =>
  Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueSize(value), 0);

/**
 * Write units as DynamoDB bills them: per item ceil(size / 1 KB) for the table and again for every index
 * the item is in (ALL projection), doubled inside a transaction. DynamoDB Local reports a flat 8 units for
 * any TransactWriteItems, so this estimate is printed beside the reported figure.
 */
const estimateWriteUnits = (command: string, input: Record<string, unknown>): number => {
  const putUnits = (item: Record<string, AttributeValue>) =>
    Math.ceil(itemSize(item) / 1024) *
    (1 + ['gsi1pk', 'gsi2pk', 'gsi3pk'].filter((key) => key in item).length);
  // A delete's size is not in the request; ingest only deletes mentions (table + gsi1, under 1 KB).
  const deleteUnits = 2;
  if (command === 'PutItemCommand') return putUnits(input.Item as Record<string, AttributeValue>);
  if (command !== 'TransactWriteItemsCommand') return 0;
  const items = input.TransactItems as Array<{
    Put?: { Item: Record<string, AttributeValue> };
    Delete?: unknown;
  }>;
  return (
    2 *
    items.reduce(
      (sum, entry) => sum + (entry.Put ? putUnits(entry.Put.Item) : entry.Delete ? deleteUnits : 0),
      0,
    )
  );
};

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fmt = (value: number, digits = 1) => value.toFixed(digits);

const dynamo = await startDynamoDbLocal({ port: 0, inMemory: true });
const s3local = await startS3Local({ port: 0, buckets: ['newsevents-bench'] });
const dynamodb = new DynamoDBClient({
  endpoint: dynamo.endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const s3 = s3local.createClient();
let estimatedWriteUnits = 0;
dynamodb.middlewareStack.add(
  (next, context) => (args) => {
    estimatedWriteUnits += estimateWriteUnits(
      String(context.commandName),
      args.input as Record<string, unknown>,
    );
    return next(args);
  },
  { step: 'build', name: 'estimateWriteUnits' },
);
try {
  const tableName = 'newsevents-bench';
  await createTable(dynamodb, tableName);
  const coder = createCoder();
  const usage = newCapacityUsage();
  const metrics = new Metrics({ namespace: 'newsevents', serviceName: 'ingest' });
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const handler = createIngestHandler({
    s3,
    dynamodb,
    tableName,
    coder,
    clock: systemClock,
    usage,
    logger: new Logger({ serviceName: 'ingest', logLevel: 'ERROR' }),
    metrics: Object.assign(metrics, { disabled: true }),
    tracer: new Tracer({ serviceName: 'ingest', enabled: false }),
  });
  const notifications: S3EventNotification[] = [];
  s3local.onNotification((notification) => notifications.push(notification));
  const words = ARTICLE.split(/\s+/).length;

  const upload = async (key: string, published: string, source: string) => {
    const before = notifications.length;
    await s3.send(
      new PutObjectCommand({
        Bucket: s3local.bucket,
        Key: key,
        Body: ARTICLE,
        Metadata: { published, source },
      }),
    );
    while (notifications.length === before) await new Promise((done) => setTimeout(done, 2));
    return notifications.at(-1) as S3EventNotification;
  };
  const deliver = async (notification: S3EventNotification) => {
    const event = {
      Records: [
        toSqsRecord(
          {
            messageId: crypto.randomUUID(),
            body: JSON.stringify(notification),
            receiveCount: 1,
            sentAt: Date.now(),
            firstReceivedAt: Date.now(),
          },
          'arn:aws:sqs:us-east-1:000000000000:bench',
        ),
      ],
    };
    const start = { ...usage, estimated: estimatedWriteUnits };
    const started = performance.now();
    const response = await handler(event, createLambdaContext('bench'));
    const ms = performance.now() - started;
    if (response.batchItemFailures.length > 0) throw new Error('bench delivery failed');
    return {
      ms,
      writeUnits: usage.writeUnits - start.writeUnits,
      estimatedWriteUnits: estimatedWriteUnits - start.estimated,
      readUnits: usage.readUnits - start.readUnits,
      writes: usage.writeRequests - start.writeRequests,
      reads: usage.readRequests - start.readRequests,
    };
  };
  type Run = Awaited<ReturnType<typeof deliver>>;
  const report = (label: string, runs: Run[]) => {
    const first = runs[0] as Run;
    const time =
      runs.length > 1
        ? `${fmt(median(runs.map((run) => run.ms))).padStart(7)} ms/article (median of ${runs.length})`
        : 'cold start, time not comparable'.padEnd(39);
    console.log(
      `${label.padEnd(30)} ${time}` +
        `  WCU reported ${fmt(first.writeUnits)} / by billing rules ${fmt(first.estimatedWriteUnits)}` +
        `  RCU ${fmt(first.readUnits)}  write requests ${first.writes}  read requests ${first.reads}`,
    );
  };

  // Also the warm-up (JIT, coder lexicons, connections): its time is not representative, its units are.
  const firstEver = await deliver(await upload('inbox/warmup.txt', '2001-01-01', 'Warmup'));

  const extraction = coder.extract({ bytes: Buffer.from(ARTICLE), id: 'bench', published: '2023-10-19' });
  const extractMs: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const started = performance.now();
    coder.extract({ bytes: Buffer.from(ARTICLE), id: `bench-${i}`, published: '2023-10-19' });
    extractMs.push(performance.now() - started);
  }
  console.log(
    `article: ${words} words, ${extraction.article.sentenceCount} sentences, ${extraction.events.length} events, ` +
      `${extraction.actors.length} actors; coder alone ${fmt(median(extractMs))} ms`,
  );

  const ROUNDS = 10;
  const fresh: Run[] = [];
  const corroborating: Run[] = [];
  const redelivered: Run[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    // A distinct publication date gives distinct event keys: a new article with new events.
    const day = `2023-11-${String(i + 1).padStart(2, '0')}`;
    const notification = await upload(`inbox/new-${i}.txt`, day, 'Wire');
    fresh.push(await deliver(notification));
    corroborating.push(await deliver(await upload(`inbox/other-${i}.txt`, day, 'Other Wire')));
    redelivered.push(await deliver(notification));
  }
  report('first article (new actors too)', [firstEver]);
  report('new article (new events)', fresh);
  report('corroborating article', corroborating);
  report('re-delivery of a notification', redelivered);
} finally {
  s3.destroy();
  dynamodb.destroy();
  await s3local.stop();
  await dynamo.stop();
}
