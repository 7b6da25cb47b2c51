/**
 * Scores the coder against the hand-coded gold set (test/gold/*.gold.json, format in README.md).
 * `npm run eval` prints micro precision/recall/F1 on (source country, target country, CAMEO root) and
 * on (source country, target country, QuadClass), one row per article, and actor and date accuracy.
 * `npm run eval -- --verbose` also lists misses, false alarms and actor mismatches. Exits non-zero only on errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createCoder } from '../../core/coder/index';
import { countryByIso3 } from '../../core/lexicon/countries';
import type { Event } from '../../core/model/event';
import type { Extraction } from '../../core/ports';

const GOLD_DIR = dirname(fileURLToPath(import.meta.url));
const HOLDOUT_DIR = join(GOLD_DIR, 'holdout');

const GoldEventSchema = z.object({
  sentence: z.string(),
  source: z.string().nullable(),
  target: z.string().nullable(),
  code: z.string(),
  root: z.string(),
  quadClass: z.number().int(),
  date: z.string().nullable(),
  sourceActor: z.string(),
  targetActor: z.string(),
  negated: z.boolean(),
});
const GoldFileSchema = z.object({
  article: z.string(),
  published: z.string(),
  events: z.array(GoldEventSchema),
});
type GoldEvent = z.infer<typeof GoldEventSchema>;

/** Meetings are symmetric: the gold lists one direction and accepts the other (README). */
const SYMMETRIC_CODES = new Set(['040', '041', '043', '044', '046']);

interface Tuple {
  key: string;
  source: string | null;
  target: string | null;
}

const tupleOf = (
  source: string | null,
  target: string | null,
  code: string,
  level: 'root' | 'quad',
  quadClass: number,
): Tuple => {
  const a = source ?? 'IGO';
  const b = target ?? 'IGO';
  const symmetric = SYMMETRIC_CODES.has(code.slice(0, 3));
  const [x, y] = symmetric && b < a ? [b, a] : [a, b];
  const label = level === 'root' ? code.slice(0, 2) : `q${quadClass}`;
  // A symmetric meeting and a directed 04x between the same pair are one root-level fact.
  const marker = symmetric || (level === 'root' && code.startsWith('04')) ? 'sym' : 'dir';
  const pair = marker === 'sym' && y < x ? [y, x] : [x, y];
  return { key: `${pair[0]}|${pair[1]}|${label}`, source, target };
};

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  name: string;
  root: Counts;
  quad: Counts;
  actorMatched: number;
  actorTotal: number;
  dateMatched: number;
  dateTotal: number;
  misses: string[];
  falseAlarms: string[];
  /** Matched events whose actors differ from the gold ones: "gold source>target | coded ...". */
  actorMisses: string[];
  missKinds: MissKinds;
}

/**
 * Why gold events were missed (root level), from the coded events of each gold sentence: the sentence
 * coded nothing at all, coded another root, or coded the root between other countries. Counts only,
 * so the held-out set can report them without showing a sentence.
 */
export interface MissKinds {
  silent: number;
  otherRoot: number;
  otherActors: number;
}

export interface GoldReport {
  articles: ArticleScore[];
  missKinds: MissKinds;
  skipped: string[];
  root: Counts & { precision: number; recall: number; f1: number };
  quad: Counts & { precision: number; recall: number; f1: number };
  actorAccuracy: number;
  dateAccuracy: number;
}

const surname = (name: string): string => name.trim().toLowerCase().split(/\s+/).pop() ?? '';

/**
 * The names an actor answers to. A state actor is its government (README: a bare country is GOV),
 * so it also answers to "the Kenyan government" / "government of Kenya", which the coder no longer
 * keeps as aliases ("the government" names nobody by itself).
 */
const namesOf = (actor: Extraction['actors'][number]): string[] => {
  const names = [actor.name, ...actor.aliases];
  const country = actor.kind === 'STATE' && actor.country ? countryByIso3(actor.country) : undefined;
  if (country) {
    for (const demonym of country.demonyms) names.push(`${demonym} government`);
    names.push(`${country.name} government`, `government of ${country.name}`);
  }
  return names;
};

const namesMatch = (gold: string, predicted: readonly string[]): boolean => {
  const wanted = gold.trim().toLowerCase();
  return predicted.some((name) => {
    const have = name.trim().toLowerCase();
    // "government" is no surname: "Kenyan government" must not match "Ugandan government".
    return have === wanted || (surname(wanted) !== 'government' && surname(have) === surname(wanted));
  });
};

const compare = (
  gold: readonly GoldEvent[],
  predicted: readonly Event[],
  level: 'root' | 'quad',
): {
  counts: Counts;
  matched: Map<string, { gold: GoldEvent; predicted: Event[] }>;
  misses: GoldEvent[];
  falseAlarms: Event[];
} => {
  const goldKeys = new Map<string, GoldEvent>();
  for (const event of gold) {
    const { key } = tupleOf(event.source, event.target, event.code, level, event.quadClass);
    if (!goldKeys.has(key)) goldKeys.set(key, event);
  }
  const predictedKeys = new Map<string, Event[]>();
  for (const event of predicted) {
    const { key } = tupleOf(event.source.country, event.target.country, event.code, level, event.quadClass);
    const list = predictedKeys.get(key) ?? [];
    list.push(event);
    predictedKeys.set(key, list);
  }
  const matched = new Map<string, { gold: GoldEvent; predicted: Event[] }>();
  const misses: GoldEvent[] = [];
  for (const [key, event] of goldKeys) {
    const found = predictedKeys.get(key);
    if (found) matched.set(key, { gold: event, predicted: found });
    else misses.push(event);
  }
  const falseAlarms: Event[] = [];
  for (const [key, events] of predictedKeys) if (!goldKeys.has(key)) falseAlarms.push(...events);
  const fpKeys = [...predictedKeys.keys()].filter((key) => !goldKeys.has(key)).length;
  return { counts: { tp: matched.size, fp: fpKeys, fn: misses.length }, matched, misses, falseAlarms };
};

const missKindsOf = (misses: readonly GoldEvent[], predicted: readonly Event[]): MissKinds => {
  const kinds: MissKinds = { silent: 0, otherRoot: 0, otherActors: 0 };
  for (const miss of misses) {
    const fromSentence = predicted.filter((event) =>
      event.mentions.some((mention) => mention.sentence.includes(miss.sentence)),
    );
    if (fromSentence.length === 0) kinds.silent++;
    else if (fromSentence.some((event) => event.code.slice(0, 2) === miss.code.slice(0, 2)))
      kinds.otherActors++;
    else kinds.otherRoot++;
  }
  return kinds;
};

const ratios = (counts: Counts) => {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
};

const describeGold = (event: GoldEvent): string =>
  `${event.source ?? 'IGO'}->${event.target ?? 'IGO'} ${event.code}${event.negated ? ' (neg)' : ''} "${event.sentence}"`;
const describeEvent = (event: Event): string =>
  `${event.source.id}->${event.target.id} ${event.code}${event.negated ? ' (neg)' : ''} [${event.evidence.rule}] "${event.evidence.sentence.slice(0, 80)}"`;

/** Runs the coder over every gold file in `dir` and scores it. */
export const evaluateGold = (dir: string = GOLD_DIR): GoldReport => {
  const coder = createCoder();
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort();
  const articles: ArticleScore[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const articlePath = resolve(dir, gold.article);
    if (!existsSync(articlePath)) {
      skipped.push(`${file}: article ${gold.article} not found`);
      continue;
    }
    const extraction: Extraction = coder.extract({
      bytes: readFileSync(articlePath),
      id: articlePath,
      fileName: articlePath,
      published: gold.published,
    });
    const root = compare(gold.events, extraction.events, 'root');
    const quad = compare(gold.events, extraction.events, 'quad');
    let actorMatched = 0;
    const actorMisses: string[] = [];
    let dateMatched = 0;
    let dateTotal = 0;
    const actorNames = new Map(extraction.actors.map((actor) => [actor.id, namesOf(actor)]));
    for (const { gold: event, predicted } of root.matched.values()) {
      const actorOk = predicted.some((candidate) => {
        const sources = actorNames.get(candidate.source.id) ?? [candidate.source.name];
        const targets = actorNames.get(candidate.target.id) ?? [candidate.target.name];
        const straight = namesMatch(event.sourceActor, sources) && namesMatch(event.targetActor, targets);
        const crossed = namesMatch(event.sourceActor, targets) && namesMatch(event.targetActor, sources);
        return straight || (SYMMETRIC_CODES.has(event.code.slice(0, 3)) && crossed);
      });
      if (actorOk) actorMatched++;
      else
        actorMisses.push(
          `${event.code} ${event.sourceActor}>${event.targetActor} | coded ${predicted
            .map((candidate) => `${candidate.source.name}>${candidate.target.name}`)
            .join(', ')}`,
        );
      if (event.date !== null) {
        dateTotal++;
        if (predicted.some((candidate) => candidate.date === event.date)) dateMatched++;
      }
    }
    articles.push({
      name: file.replace(/\.gold\.json$/, ''),
      root: root.counts,
      quad: quad.counts,
      actorMatched,
      actorTotal: root.matched.size,
      dateMatched,
      dateTotal,
      misses: root.misses.map(describeGold),
      falseAlarms: root.falseAlarms.map(describeEvent),
      actorMisses,
      missKinds: missKindsOf(root.misses, extraction.events),
    });
  }
  const sum = (pick: (score: ArticleScore) => Counts): Counts =>
    articles.reduce(
      (total, score) => ({
        tp: total.tp + pick(score).tp,
        fp: total.fp + pick(score).fp,
        fn: total.fn + pick(score).fn,
      }),
      { tp: 0, fp: 0, fn: 0 },
    );
  const actorTotal = articles.reduce((n, score) => n + score.actorTotal, 0);
  const dateTotal = articles.reduce((n, score) => n + score.dateTotal, 0);
  const missKinds = articles.reduce(
    (total, score) => ({
      silent: total.silent + score.missKinds.silent,
      otherRoot: total.otherRoot + score.missKinds.otherRoot,
      otherActors: total.otherActors + score.missKinds.otherActors,
    }),
    { silent: 0, otherRoot: 0, otherActors: 0 },
  );
  return {
    articles,
    missKinds,
    skipped,
    root: ratios(sum((score) => score.root)),
    quad: ratios(sum((score) => score.quad)),
    actorAccuracy:
      actorTotal === 0 ? 0 : articles.reduce((n, score) => n + score.actorMatched, 0) / actorTotal,
    dateAccuracy: dateTotal === 0 ? 0 : articles.reduce((n, score) => n + score.dateMatched, 0) / dateTotal,
  };
};

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

const summaryLines = (report: GoldReport): string[] => {
  const line = (label: string, r: GoldReport['root']) =>
    `${label}: precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;
  return [
    line('root level     ', report.root),
    line('quadClass level', report.quad),
    `actor accuracy ${pct(report.actorAccuracy)}   date accuracy ${pct(report.dateAccuracy)}`,
    `misses: ${report.missKinds.silent} from sentences that coded nothing, ${report.missKinds.otherRoot} coded with another root, ${report.missKinds.otherActors} between other countries`,
  ];
};

const main = (): void => {
  const verbose = process.argv.includes('--verbose');
  const report = evaluateGold();
  console.log('== development gold (test/gold): rules may be improved against these');
  for (const note of report.skipped) console.log(`skipped ${note}`);
  console.log(
    `${'article'.padEnd(40)} ${'root tp/fp/fn'.padEnd(14)} ${'quad tp/fp/fn'.padEnd(14)} actors  dates`,
  );
  for (const score of report.articles) {
    const counts = (c: Counts) => `${c.tp}/${c.fp}/${c.fn}`.padEnd(14);
    console.log(
      `${score.name.padEnd(40)} ${counts(score.root)} ${counts(score.quad)} ${`${score.actorMatched}/${score.actorTotal}`.padEnd(7)} ${score.dateMatched}/${score.dateTotal}`,
    );
    if (verbose) {
      for (const miss of score.misses) console.log(`    miss  ${miss}`);
      for (const alarm of score.falseAlarms) console.log(`    extra ${alarm}`);
      for (const actor of score.actorMisses) console.log(`    actor ${actor}`);
    }
  }
  for (const line of summaryLines(report)) console.log(line);

  // Totals only: per-event misses of the held-out set would invite tuning to it.
  if (existsSync(HOLDOUT_DIR)) {
    const holdout = evaluateGold(HOLDOUT_DIR);
    console.log(
      `\n== held-out gold (test/gold/holdout, ${holdout.articles.length} articles): never tuned against`,
    );
    for (const line of summaryLines(holdout)) console.log(line);
  }
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
