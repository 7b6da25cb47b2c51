import { describe, expect, it } from 'vitest';
import { createCoder } from '../../../core/coder';
import { coderOptionsOf, IngestConfigError, readIngestEnv } from '../../../functions/ingest/config';

describe('readIngestEnv', () => {
  it('applies the 5 MiB default and parses numbers from strings', () => {
    expect(readIngestEnv({ TABLE_NAME: 'newsevents' }).MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
    expect(readIngestEnv({ TABLE_NAME: 'newsevents', MAX_ARTICLE_BYTES: '65536' }).MAX_ARTICLE_BYTES).toBe(
      65536,
    );
  });

  it('names every problem at once', () => {
    expect(() => readIngestEnv({ MAX_ARTICLE_BYTES: 'lots' })).toThrow(IngestConfigError);
    expect(() => readIngestEnv({ MAX_ARTICLE_BYTES: 'lots' })).toThrow(/TABLE_NAME.*MAX_ARTICLE_BYTES/);
  });

  it('reads the coder limits, defaulting to the coder defaults, within bounds', () => {
    const defaults = readIngestEnv({ TABLE_NAME: 'newsevents' });
    expect([defaults.MAX_EVENTS_PER_ARTICLE, defaults.MAX_SENTENCE_CHARS]).toEqual([500, 2000]);
    const set = readIngestEnv({
      TABLE_NAME: 'newsevents',
      MAX_EVENTS_PER_ARTICLE: '40',
      MAX_SENTENCE_CHARS: '600',
    });
    expect(coderOptionsOf(set)).toEqual({
      maxEvents: 40,
      article: { maxBytes: 5 * 1024 * 1024, maxSentenceChars: 600 },
    });
    for (const bad of [
      { MAX_EVENTS_PER_ARTICLE: '0' },
      { MAX_EVENTS_PER_ARTICLE: '2.5' },
      { MAX_EVENTS_PER_ARTICLE: '100000' },
      { MAX_SENTENCE_CHARS: '50' },
      { MAX_SENTENCE_CHARS: 'long' },
    ]) {
      expect(() => readIngestEnv({ TABLE_NAME: 'newsevents', ...bad }), JSON.stringify(bad)).toThrow(
        new RegExp(Object.keys(bad)[0] as string),
      );
    }
  });

  it('the limits reach the coder: a tight event cap caps the extraction', () => {
    const text = [
      'MOSCOW (Test Wire) — Russia condemned Ukraine on Monday over the border shelling.',
      'Poland criticized Belarus over the migrant crossings.',
      'Germany praised France for its budget proposal.',
      'Japan accused China of violating its airspace.',
    ].join(' ');
    const input = { bytes: new TextEncoder().encode(text), contentType: 'text/plain', id: 'bucket/a.txt' };
    const env = (cap: string) => readIngestEnv({ TABLE_NAME: 'newsevents', MAX_EVENTS_PER_ARTICLE: cap });
    const loose = createCoder(coderOptionsOf(env('500'))).extract(input);
    expect(loose.events.length).toBeGreaterThan(1);
    const tight = createCoder(coderOptionsOf(env('1'))).extract(input);
    expect(tight.events).toHaveLength(1);
  });
});
