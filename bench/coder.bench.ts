/**
 * Coder throughput and memory on a ~1 MB article built from the coder's own fixture articles
 * (test/unit/coder/fixtures), varied per copy (weekdays, numbers, country pairs) so no two
 * paragraphs are identical. Prints sentences/s of the whole extract (decode, sentences, actors,
 * events, dates, places, dedup, schema parsing), sentences/s of wink-nlp tokenization alone over
 * the same sentences, their ratio, and peak memory.
 *
 * Run under tsx (as `npm run bench` does) it measures itself, then bundles itself with esbuild and
 * measures again in a plain `node` process: tsx's loader and its on-the-fly transforms add tens of
 * MB of RSS that a deployed bundle does not carry, so both figures are printed. The bundle is built
 * as the Lambda functions are (lib/bundle-options.ts: same options, the NLP model shipped beside it
 * as JSON files), so the second figure is the memory of what ships.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import { prepareArticle } from '../core/article/index';
import { createCoder } from '../core/coder/index';

const here = dirname(fileURLToPath(import.meta.url));
const BUNDLED = process.env.CODER_BENCH_BUNDLED === '1';
const fixtures = process.env.CODER_BENCH_FIXTURES ?? join(here, '..', 'test', 'unit', 'coder', 'fixtures');
const label = BUNDLED ? '[node, esbuild bundle]' : '[tsx]';
const TARGET_BYTES = 1_000_000;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['Ukraine', 'Georgia'],
  ['Russia', 'Belarus'],
  ['Niger', 'Mali'],
  ['France', 'Italy'],
  ['Saudi Arabia', 'Qatar'],
  ['Iran', 'Iraq'],
];

const buildText = (): string => {
  const sources = readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(fixtures, name), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < TARGET_BYTES; copy++) {
    for (const source of sources) {
      let text = source.replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (day) => {
        const index = WEEKDAYS.indexOf(day);
        return WEEKDAYS[(index + copy) % 7] ?? day;
      });
      text = text.replace(/\b\d+\b/g, (number) => String(Number(number) + (copy % 17)));
      const swap = SWAPS[copy % SWAPS.length];
      if (swap && copy % 2 === 1) text = text.split(swap[0]).join(swap[1]);
      parts.push(text);
      size += text.length + 2;
    }
  }
  return parts.join('\n\n');
};

const text = buildText();
const bytes = new TextEncoder().encode(text);
const coder = createCoder({ maxEvents: 1_000_000, maxEventsPerSentence: 64 });
// Warm up the JIT and the lazily built indexes on a small article first.
coder.extract({ bytes: bytes.slice(0, 20_000), id: 'warmup', published: '2024-05-16' });
const rssBefore = process.memoryUsage().rss;

const started = performance.now();
const extraction = coder.extract({ bytes, id: 'bench/coder-1mb.txt', published: '2024-05-16' });
const extractMs = performance.now() - started;
const sentenceCount = extraction.article.sentenceCount;
const rssAfterExtract = process.memoryUsage().rss;
const maxRssAfterExtract = resourceUsage().maxRSS * 1024;

const sentences = prepareArticle({ bytes, id: 'bench/tokens', published: '2024-05-16' }).sentences;
// The package's own model, for the comparisons only: imported after the memory was read, since it
// keeps a second copy of the core model that the coder (core/nlp/wink-model.ts) does not load.
const { default: model } = await import('wink-eng-lite-web-model');
const tokenizer = winkNLP(model, []);
const tokenStarted = performance.now();
let tokens = 0;
for (const sentence of sentences) tokens += tokenizer.readDoc(sentence.text).tokens().out().length;
const tokenMs = performance.now() - tokenStarted;
// The default pipeline (sentences, POS, entities, negation) for comparison with DESIGN.md's 13-17k/s.
const pipeline = winkNLP(model);
const pipelineStarted = performance.now();
for (const sentence of sentences) pipeline.readDoc(sentence.text).tokens().out();
const pipelineMs = performance.now() - pipelineStarted;

const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);
const mb = (value: number): string => `${(value / 1024 / 1024).toFixed(1)} MB`;
const extractRate = perSecond(sentenceCount, extractMs);
const tokenRate = perSecond(sentences.length, tokenMs);
console.log(label);
console.log(`article: ${mb(bytes.length)}, ${sentenceCount} sentences, ${tokens} tokens`);
console.log(
  `extract: ${extractMs.toFixed(0)} ms, ${extractRate} sentences/s, ${extraction.events.length} events, ${extraction.actors.length} actors`,
);
const pipelineRate = perSecond(sentences.length, pipelineMs);
console.log(`wink-nlp tokenization alone: ${tokenMs.toFixed(0)} ms, ${tokenRate} sentences/s`);
console.log(`wink-nlp default pipeline: ${pipelineMs.toFixed(0)} ms, ${pipelineRate} sentences/s`);
console.log(`ratio extract / tokenization alone: ${(extractRate / tokenRate).toFixed(2)}`);
console.log(`ratio extract / default pipeline: ${(extractRate / pipelineRate).toFixed(2)}`);
console.log(
  `rss: ${mb(rssBefore)} before extract (process with lexicons and models loaded), ${mb(rssAfterExtract)} after (+${mb(rssAfterExtract - rssBefore)}); peak (maxRSS) during extract: ${mb(maxRssAfterExtract)}`,
);

if (!BUNDLED) {
  // Same measurement in a plain node process on a bundle of this file.
  const { bundleLikeFunction } = await import('./function-bundle');
  const outDir = join(here, '..', 'node_modules', '.cache', 'newsevents-bench', 'coder');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'index.mjs');
  // esbuild itself (imported by the helper, only under tsx) is never loaded by the bundle.
  await bundleLikeFunction(fileURLToPath(import.meta.url), outfile, ['esbuild']);
  console.log('');
  const child = spawnSync(process.execPath, [outfile], {
    stdio: 'inherit',
    env: { ...process.env, CODER_BENCH_BUNDLED: '1', CODER_BENCH_FIXTURES: fixtures },
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
}
