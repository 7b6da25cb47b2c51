import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { wink } from '../../../core/nlp/wink';
import { loadCoreModel, SUPPORTED_PIPE, winkModel } from '../../../core/nlp/wink-model';

const root = join(import.meta.dirname, '../../..');
const textsIn = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(root, dir, file), 'utf8'));

/** Every annotation newsevents reads from wink, for one text. */
const annotate = (nlp: ReturnType<typeof winkNLP>, text: string) => {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const out = (fn: unknown): unknown[] => (tokens.out as (fn: unknown) => unknown[]).call(tokens, fn);
  return {
    tokens: tokens.out(),
    spaces: out(nlp.its.precedingSpaces),
    pos: out(nlp.its.pos),
    lemmas: out(nlp.its.lemma),
    types: out(nlp.its.type),
    sentences: doc.sentences().out(),
  };
};

describe('the start-up-trimmed wink model', () => {
  it('unpacks the core model exactly as the package does', () => {
    const packageCore = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/load-core-model.js');
    const ours = loadCoreModel();
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect((ours.lexicon as Uint32Array).length).toBeGreaterThan(10_000);
    expect(ours).toEqual(packageCore());
  });

  it('keeps every part of the package model but the three annotations it never runs', () => {
    expect(Object.keys(winkModel).sort()).toEqual(Object.keys(packageModel).sort());
    const pkg = packageModel as unknown as Record<string, unknown>;
    for (const part of ['sbd', 'pos', 'metaCER', 'featureFn']) expect(winkModel[part]).toBe(pkg[part]);
    expect(Object.keys(winkModel.addons).sort()).toEqual(Object.keys(pkg.addons as object).sort());
    expect([...SUPPORTED_PIPE]).toEqual(['sbd', 'pos']);
  });

  it('gives the same tokens, tags, lemmas and sentences as the package model on every development text', () => {
    const reference = winkNLP(packageModel, [...SUPPORTED_PIPE]);
    const texts = [
      ...textsIn('test/gold/articles'),
      ...textsIn('test/unit/coder/fixtures'),
      "Côte d'Ivoire's U.S.-backed envoy can't say; 3 a.m. talks ended at 10:30 p.m. ... :-) #peace",
    ];
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(annotate(wink(), text)).toEqual(annotate(reference, text));
  });
});
