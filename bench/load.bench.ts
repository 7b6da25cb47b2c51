import { readdir, readFile } from 'node:fs/promises';
import { CreateTableCommand, DeleteTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { loadLocalConfig } from '../local/config';
import { type ArticleOutcome, startLocalStack } from '../local/stack';
import { hostileBytes, loadHostileManifest, seeded } from '../scripts/build-hostile-corpus';

/**
 * Load: LOAD_ARTICLES (default 2,000) generated wire-style articles, about 5% of them broken, uploaded to the
 * local bucket and run through the whole local pipeline (s3rver -> ingest runner -> ingest handler with the
 * real coder -> DynamoDB Local -> stream -> publish -> local bus). Prints whether every upload was accounted
 * for (PROCESSED + FAILED = uploaded), throughput, peak memory, and the pipeline's DynamoDB write rate next to
 * DynamoDB Local's raw PutItem rate measured in the same run on the same server.
 *
 * Bounded: the ingest phase stops at LOAD_MAX_SECONDS (default 480) and prints what it has; the raw PutItem
 * loop stops at RAW_PUTS items or RAW_MAX_SECONDS.
 */
const ARTICLES = Number(process.env.LOAD_ARTICLES ?? 2_000);
const MAX_SECONDS = Number(process.env.LOAD_MAX_SECONDS ?? 480);
const RAW_PUTS = Number(process.env.RAW_PUTS ?? 3_000);
const RAW_MAX_SECONDS = 60;
const BAD_SHARE = 0.05;
const UPLOAD_CONCURRENCY = 8;

/** Deterministic choices, so two runs load the same articles. */
const random = seeded(2024);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

interface Country {
  name: string;
  demonym: string;
  capital: string;
  minister: string;
}
const COUNTRIES: Country[] = [
  { name: 'France', demonym: 'French', capital: 'Paris', minister: 'Claire Moreau' },
  { name: 'Germany', demonym: 'German', capital: 'Berlin', minister: 'Jonas Albrecht' },
  { name: 'Poland', demonym: 'Polish', capital: 'Warsaw', minister: 'Marek Zielinski' },
  { name: 'Japan', demonym: 'Japanese', capital: 'Tokyo', minister: 'Kenji Morimoto' },
  { name: 'India', demonym: 'Indian', capital: 'New Delhi', minister: 'Arjun Mehta' },
  { name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia', minister: 'Paulo Ferreira' },
  { name: 'Kenya', demonym: 'Kenyan', capital: 'Nairobi', minister: 'Grace Wanjiru' },
  { name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', minister: 'Omar Halim' },
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara', minister: 'Emre Yildiz' },
  { name: 'Greece', demonym: 'Greek', capital: 'Athens', minister: 'Nikos Andreou' },
  { name: 'Mexico', demonym: 'Mexican', capital: 'Mexico City', minister: 'Lucia Ortega' },
  { name: 'Canada', demonym: 'Canadian', capital: 'Ottawa', minister: 'Ellen Fraser' },
  { name: 'Indonesia', demonym: 'Indonesian', capital: 'Jakarta', minister: 'Budi Santoso' },
  { name: 'Nigeria', demonym: 'Nigerian', capital: 'Abuja', minister: 'Chidi Okafor' },
  { name: 'Vietnam', demonym: 'Vietnamese', capital: 'Hanoi', minister: 'Tran Minh Duc' },
  { name: 'Chile', demonym: 'Chilean', capital: 'Santiago', minister: 'Ana Rojas' },
];
const AGENCIES = ['Hostile Wire', 'Second Wire', 'Coastal Press', 'Capital News Service', 'Harbour Bulletin'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TOPICS = ['trade', 'energy supplies', 'border security', 'fisheries', 'migration', 'grain exports'];

type Template = (a: Country, b: Country, c: Country, day: string, topic: string) => string[];
const TEMPLATES: Template[] = [
  (a, b, c, day, topic) => [
    `${a.demonym} Foreign Minister ${a.minister} visited ${b.name} on ${day} for talks on ${topic}, the first such trip in two years.`,
    `${a.minister} met ${b.demonym} Foreign Minister ${b.minister} in ${b.capital}, the ${b.demonym} foreign ministry said in a statement.`,
    `The two ministers agreed to set up a working group on ${topic} that will meet every three months.`,
    `${c.name} criticized ${a.name} over the visit, saying it undermined regional talks.`,
  ],
  (a, b, c, day, topic) => [
    `${a.name} imposed sanctions on ${b.name} on ${day}, targeting companies involved in ${topic}.`,
    `The ${a.demonym} government said the measures would stay in place until ${b.capital} changed course.`,
    `${b.name} condemned ${a.name} over the sanctions and said it would respond.`,
    `${c.demonym} officials urged both sides to return to negotiations.`,
  ],
  (a, b, c, day, topic) => [
    `${a.name} and ${b.name} signed an agreement on ${topic} on ${day} after months of negotiations.`,
    `${a.demonym} Foreign Minister ${a.minister} and ${b.minister} signed the accord in ${a.capital}.`,
    `${c.name} welcomed the agreement and said it hoped to join talks later in the year.`,
  ],
  (a, b, c, day, topic) => [
    `${a.name} accused ${b.name} on ${day} of violating an agreement on ${topic}.`,
    `${b.demonym} officials rejected the accusation and said ${a.capital} was to blame.`,
    `${c.name} called for restraint and offered to mediate between the two governments.`,
    `${a.name} expelled two ${b.demonym} diplomats later in the day, the ministry said.`,
  ],
];

const paragraphsOf = (index: number): { title: string; dateline: string; paragraphs: string[] } => {
  const a = pick(COUNTRIES);
  let b = pick(COUNTRIES);
  while (b === a) b = pick(COUNTRIES);
  let c = pick(COUNTRIES);
  while (c === a || c === b) c = pick(COUNTRIES);
  const topic = pick(TOPICS);
  const paragraphs = pick(TEMPLATES)(a, b, c, pick(WEEKDAYS), topic);
  // Filler that codes to nothing keeps article sizes realistic (roughly 250-700 words).
  const filler = Math.floor(random() * 5);
  for (let i = 0; i < filler; i++) {
    paragraphs.push(
      `Analysts said the ${topic} dispute had weighed on markets for weeks, and that talks scheduled for later in the month would be closely watched by investors and shipping companies alike (item ${index}-${i}).`,
    );
  }
  return {
    title: `${a.name} and ${b.name}: talks on ${topic}`,
    dateline: `${a.capital.toUpperCase()} (${pick(AGENCIES)}) — `,
    paragraphs,
  };
};

interface Upload {
  key: string;
  body: Uint8Array | string;
  published: string;
  /** For broken uploads: the reason the pipeline must record. */
  expectedReason?: string;
}

const BAD_CASES = loadHostileManifest().filter((entry) => entry.expect.status === 'FAILED');

const articleFor = (index: number): Upload => {
  const published = `2024-0${1 + (index % 6)}-${String(1 + (index % 28)).padStart(2, '0')}`;
  if (random() < BAD_SHARE) {
    const bad = BAD_CASES[index % BAD_CASES.length];
    if (bad) {
      const ext = bad.key.match(/\.[a-z0-9]+$/i)?.[0] ?? '.txt';
      return {
        key: `inbox/load/${String(index).padStart(5, '0')}-${bad.name}${ext}`,
        body: hostileBytes(bad),
        published,
        ...(bad.expect.reason ? { expectedReason: bad.expect.reason } : {}),
      };
    }
  }
  const { title, dateline, paragraphs } = paragraphsOf(index);
  const stem = `inbox/load/${String(index).padStart(5, '0')}`;
  const format = random();
  if (format < 0.15) {
    const html = `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs
      .map((paragraph, i) => `<p>${i === 0 ? dateline : ''}${paragraph}</p>`)
      .join('')}</article><footer>© 2024</footer></body></html>`;
    return { key: `${stem}.html`, body: html, published };
  }
  if (format < 0.3) {
    const text = [`${dateline}${paragraphs[0] ?? ''}`, ...paragraphs.slice(1)].join('\n\n');
    return { key: `${stem}.json`, body: JSON.stringify({ title, text, publishedAt: published }), published };
  }
  return {
    key: `${stem}.txt`,
    body: [
      title,
      '',
      `${dateline}${paragraphs[0] ?? ''}`,
      ...paragraphs.slice(1).flatMap((p) => ['', p]),
    ].join('\n'),
    published,
  };
};

/** Peak resident memory of this process and of its DynamoDB Local JVM (read from /proc on Linux). */
const childJavaPeakKb = async (): Promise<number | null> => {
  try {
    for (const pid of await readdir('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid || !stat.includes('(java)')) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      return hwm ? Number(hwm[1]) : null;
    }
  } catch {
    // Not Linux: the JVM figure is left out.
  }
  return null;
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const WRITE_COMMANDS = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand']);

const startedAll = performance.now();
const config = loadLocalConfig({ inMemory: true, tableName: 'newsevents-load', pollIntervalMs: 100 });
const stack = await startLocalStack(config, { log: (line) => console.log(`  ${line}`) });
let exitCode = 0;
try {
  // Count what the pipeline writes: the ingest handler uses this very client.
  const writes = { requests: 0, items: 0 };
  stack.clients.dynamodb.middlewareStack.add(
    (next, context) => (args) => {
      const name = String(context.commandName);
      if (name === 'TransactWriteItemsCommand') {
        writes.requests += 1;
        const items = (args.input as { TransactItems?: Array<Record<string, unknown>> }).TransactItems ?? [];
        // A ConditionCheck writes nothing.
        writes.items += items.filter((item) => !('ConditionCheck' in item)).length;
      } else if (WRITE_COMMANDS.has(name)) {
        writes.requests += 1;
        writes.items += 1;
      }
      return next(args);
    },
    { step: 'initialize', name: 'countWrites' },
  );

  const outcomes = new Map<string, ArticleOutcome>();
  stack.onOutcome((outcome) => outcomes.set(outcome.key, outcome));
  const changeCounts: Record<string, number> = {};
  stack.onChange((event) => {
    changeCounts[event['detail-type']] = (changeCounts[event['detail-type']] ?? 0) + 1;
  });

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);

  const uploads = Array.from({ length: ARTICLES }, (_, index) => articleFor(index));
  const bad = uploads.filter((upload) => upload.expectedReason).length;
  const bytes = uploads.reduce((sum, upload) => sum + Buffer.byteLength(upload.body), 0);
  console.log(`articles: ${ARTICLES} generated (${bad} broken, ${mb(bytes)} in all)`);

  const t0 = performance.now();
  let next = 0;
  const uploader = async () => {
    while (next < uploads.length) {
      const upload = uploads[next++] as Upload;
      await stack.clients.s3.send(
        new PutObjectCommand({
          Bucket: stack.bucket,
          Key: upload.key,
          Body: upload.body,
          Metadata: { published: upload.published, source: 'Load Wire' },
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, uploader));
  const uploadedMs = performance.now() - t0;
  console.log(`uploaded: ${uploads.length} in ${(uploadedMs / 1000).toFixed(1)} s`);

  const deadline = t0 + MAX_SECONDS * 1000;
  let lastReport = performance.now();
  while (outcomes.size < uploads.length && performance.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      const rate = outcomes.size / ((performance.now() - t0) / 1000);
      console.log(`  ... ${outcomes.size}/${uploads.length} done (${rate.toFixed(1)} articles/s)`);
    }
  }
  const ingestMs = performance.now() - t0;
  const capped = outcomes.size < uploads.length;
  const writesDuringIngest = { ...writes };
  // Change events still on their way are waited for, within what is left of the cap.
  await stack.settle(Math.max(5_000, deadline - performance.now())).catch(() => {
    console.log('  (settle did not finish before the cap)');
  });
  clearInterval(sampler);

  const all = [...outcomes.values()];
  const processed = all.filter((outcome) => outcome.status === 'PROCESSED').length;
  const failed = all.filter((outcome) => outcome.status === 'FAILED');
  const byReason: Record<string, number> = {};
  for (const outcome of failed) byReason[outcome.reason ?? '?'] = (byReason[outcome.reason ?? '?'] ?? 0) + 1;
  const wrongReason = uploads.filter((upload) => {
    const outcome = outcomes.get(upload.key);
    return (
      outcome && (upload.expectedReason ?? null) !== (outcome.status === 'FAILED' ? outcome.reason : null)
    );
  });
  const missing = uploads.filter((upload) => !outcomes.has(upload.key));
  const events = all.reduce((sum, outcome) => sum + outcome.events, 0);
  const dlq = await readdir(stack.files.dlq).catch(() => [] as string[]);

  console.log(capped ? `\nCAP REACHED after ${MAX_SECONDS} s: partial results` : '');
  console.log(
    `accounted for: ${processed} PROCESSED + ${failed.length} FAILED = ${all.length} of ${uploads.length} uploaded` +
      `${all.length === uploads.length ? ' (all)' : ` (${missing.length} MISSING, e.g. ${missing[0]?.key})`}`,
  );
  console.log(
    `failed by reason: ${JSON.stringify(byReason)}; outcome differing from the expected one: ${wrongReason.length}`,
  );
  console.log(
    `events stored (sum over articles): ${events}; change events delivered: ${JSON.stringify(changeCounts)}`,
  );
  console.log(`DLQ files: ${dlq.length}`);
  console.log(
    `throughput: ${(all.length / (ingestMs / 1000)).toFixed(1)} articles/s (${all.length} articles in ${(ingestMs / 1000).toFixed(1)} s, first upload to last outcome)`,
  );

  const javaPeakKb = await childJavaPeakKb();
  console.log(
    `peak RSS: node ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}` +
      (javaPeakKb === null ? '' : `, DynamoDB Local JVM ${mb(javaPeakKb * 1024)}`),
  );

  const pipelineRate = writesDuringIngest.items / (ingestMs / 1000);
  console.log(
    `pipeline writes: ${writesDuringIngest.items} items in ${writesDuringIngest.requests} requests = ${pipelineRate.toFixed(0)} items/s ` +
      `(${(writesDuringIngest.items / Math.max(1, all.length)).toFixed(1)} items per article)`,
  );

  // The same server, one request at a time like the pipeline's single ingest worker.
  const raw = stack.clients.dynamodb;
  const rawTable = 'newsevents-load-raw';
  await raw.send(
    new CreateTableCommand({
      TableName: rawTable,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  const payload = 'x'.repeat(600);
  const rawStart = performance.now();
  let rawPuts = 0;
  while (rawPuts < RAW_PUTS && performance.now() - rawStart < RAW_MAX_SECONDS * 1000) {
    await raw.send(
      new PutItemCommand({
        TableName: rawTable,
        Item: { pk: { S: `RAW#${rawPuts % 500}` }, sk: { S: `ITEM#${rawPuts}` }, payload: { S: payload } },
      }),
    );
    rawPuts += 1;
  }
  const rawRate = rawPuts / ((performance.now() - rawStart) / 1000);
  await raw.send(new DeleteTableCommand({ TableName: rawTable }));
  console.log(`raw PutItem: ${rawPuts} items (600 B, one at a time) = ${rawRate.toFixed(0)} items/s`);
  console.log(`ratio pipeline write rate / raw PutItem rate: ${(pipelineRate / rawRate).toFixed(2)}`);
  console.log(`total bench time: ${((performance.now() - startedAll) / 1000).toFixed(1)} s`);
  if (all.length !== uploads.length || wrongReason.length > 0 || dlq.length > 0) exitCode = 1;
} finally {
  await stack.stop();
}
process.exit(exitCode);
