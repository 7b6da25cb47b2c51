import { describe, expect, it } from 'vitest';
import { IngestConfigError, readIngestEnv } from '../../../functions/ingest/config';

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
});
