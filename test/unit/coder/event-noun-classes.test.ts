import { describe, expect, it } from 'vitest';
import { EVENT_NOUN_RULES } from '../../../core/lexicon/event-noun-rules';
import { VERB_RULES } from '../../../core/lexicon/verb-patterns';
import { extract, summaries } from './helpers';

describe('events named by a noun with their doer', () => {
  it('codes the act when the sentence reports it as done', () => {
    expect(
      summaries("Saudi Arabia's bombing of Yemen drew criticism from rights groups on Friday."),
    ).toContain('SAU>YEM:195');
    expect(summaries('The European Union sanctions against Belarus took effect on Thursday.')).toContain(
      'IGO-european-union>BLR:163',
    );
    expect(summaries("Russia's expulsion of two Estonian diplomats angered Tallinn.")).toContain(
      'RUS>EST:174',
    );
    expect(summaries("India's blockade of Nepal lasted four months.")).toContain('IND>NPL:191');
    expect(summaries("Venezuela's arrest of a Colombian journalist drew protests from Bogota.")).toContain(
      'VEN>COL:173',
    );
  });

  it('codes nothing for a threatened, feared, called-for, hypothetical or denied act', () => {
    for (const sentence of [
      'Ministers in Brussels discussed possible EU sanctions on Iran on Tuesday.',
      'Lithuania called for EU sanctions against Belarus on Monday.',
      'Moscow said it feared new U.S. sanctions on Russia.',
      'Officials in Warsaw warned of the threat of Russian bombing of Poland.',
      'Any Israeli bombing of Lebanon would be met with force, Hezbollah said.',
      'There was no Saudi bombing of Yemen on Sunday, the coalition said.',
    ]) {
      const codes = summaries(sentence).filter((item) => /:(163|195|190)$/.test(item));
      expect(codes, sentence).toEqual([]);
    }
  });

  it('codes nothing for an event noun without a named doer, or plain background', () => {
    expect(summaries('The bombing of the market killed nine people in Kabul.')).toEqual([]);
    expect(summaries('The war in Sudan has displaced millions of people.')).toEqual([]);
  });

  it('keeps the verb-phrase raid on an embassy', () => {
    const events = extract(
      'Mexico cut ties on Saturday after Ecuadorian police raided the Mexican embassy in Quito.',
    ).events.map((event) => `${event.source.country}>${event.target.country}:${event.code}`);
    expect(events).toContain('ECU>MEX:171');
  });

  it('is part of the verb-pattern lexicon, so the rule lint codes every example', () => {
    const ids = new Set(VERB_RULES.map((rule) => rule.id));
    for (const rule of EVENT_NOUN_RULES) expect(ids.has(rule.id), rule.id).toBe(true);
  });
});
