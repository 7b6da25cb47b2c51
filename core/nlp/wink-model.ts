import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

/**
 * wink-eng-lite-web-model assembled for the one pipe newsevents runs (sentence boundaries and
 * part-of-speech tags, core/nlp/wink.ts), at a fraction of the package's start-up cost:
 * - The package's core loader deep-copies its 3 MB JSON (JSON.parse(JSON.stringify(...))) so that
 *   every wink instance gets a private copy, and keeps the original in the require cache for the life
 *   of the process. newsevents makes one instance, so the copy only costs time (~30 ms) and heap;
 *   loadCoreModel below reads the file once and unpacks it in place, the same way.
 * - wink loads every model part whatever the pipe: the named-entity (171 kB), sentiment (404 kB) and
 *   negation machines are parsed at start and never run when those annotations are off. Here they
 *   are empty machines, and their files are neither loaded nor shipped.
 * test/unit/nlp/wink-model.test.ts holds this to the package: the same unpacked core and the same
 * tokens, tags, lemmas and sentences on the gold articles.
 */

/**
 * Beside the bundle (lib/bundle-options.ts ships every model file whose relative path the bundle
 * names, so the path is written out whole), else in the installed package when running from source.
 */
const coreModelPath = (): string | URL => {
  const besideBundle = new URL('./languages/cur/models/eng-core-web-model.json', import.meta.url);
  if (existsSync(besideBundle)) return besideBundle;
  return createRequire(import.meta.url).resolve(
    'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json',
  );
};

interface FeatureTable {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The fields of the packed core model that are unpacked at load; the rest pass through untouched. */
interface PackedCoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** Per feature: [3] is 0 when it has a value list, [4] is 1 when it is an extended feature. */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureTable> & { lexeme: FeatureTable; posClusters: FeatureTable };
  pos: { hash: Record<string, number> };
}

/** Base64 to 32-bit words in the machine's byte order, as the package's reader decodes them. */
const words = (base64: string): Uint32Array => {
  const bytes = Buffer.from(base64, 'base64');
  // A fresh copy: a pooled Buffer may start at an offset a Uint32Array cannot view.
  return new Uint32Array(Uint8Array.from(bytes).buffer);
};

const indexOf = (list: readonly unknown[]): Record<string, number> => {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[String(list[k])] = k;
  return hash;
};

/** The package's core loader without its defensive deep copy: unpacks the parsed file in place. */
export const loadCoreModel = (): PackedCoreModel => {
  const model = JSON.parse(readFileSync(coreModelPath(), 'utf8')) as PackedCoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  packing.efList = [];
  for (const [name, layout] of Object.entries(packing.layout)) {
    const table = features[name] as FeatureTable;
    if (layout[3] === 0) {
      table.hash = indexOf(table.list);
      table.intrinsicSize = table.list.length;
      table.index = table.list.length;
      table.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme.hash = indexOf(features.lexeme.list);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set(
      String(clusters[k])
        .split('_')
        .map((tag) => pos.hash[tag] || 0),
    );
  }
  return model;
};

/** A state machine that recognizes nothing, in the form wink's automaton imports. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const unusedPart = () => ({ machines: [EMPTY_MACHINE], transformers: [], setter: () => undefined });

/** The only annotations this model can produce: core/nlp/wink.ts runs exactly these. */
export const SUPPORTED_PIPE = ['sbd', 'pos'] as const;

export const winkModel = Object.assign(Object.create(null), {
  core: loadCoreModel,
  sbd: loadSbdModel,
  pos: loadPosModel,
  ner: unusedPart,
  negation: unusedPart,
  sa: unusedPart,
  metaCER: loadCerMetaModel,
  featureFn,
  addons: Object.assign(Object.create(null), { stem, lemmatize, readabilityStats, wordVectors: undefined }),
});
