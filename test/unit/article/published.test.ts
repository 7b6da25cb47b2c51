import { describe, expect, it } from 'vitest';
import { parseDateLike, resolvePublished } from '../../../core/article/published';
import { prepare, STORY } from './helpers';

describe('publication date parsing', () => {
  it.each([
    ['2023-10-19', '2023-10-19', 'day'],
    ['2023-10-19T23:30:00-04:00', '2023-10-19', 'day'],
    ['20231019', '2023-10-19', 'day'],
    ['2023/10/19', '2023-10-19', 'day'],
    ['2023-10', '2023-10-01', 'month'],
    ['2023', '2023-01-01', 'year'],
    ['1697716800', '2023-10-19', 'day'],
    ['Thu, 19 Oct 2023 03:00:00 GMT', '2023-10-19', 'day'],
    ['October 19, 2023', '2023-10-19', 'day'],
  ])('reads %s', (value, date, precision) => {
    expect(parseDateLike(value)).toEqual({ date, precision });
  });

  it.each(['2023-02-30', 'yesterday', 'Thursday', 'Oct 19', '', '9999-01-01'])(
    'refuses %s without a reference',
    (value) => {
      expect(parseDateLike(value)).toBeNull();
    },
  );
});

describe('publication date priority', () => {
  const all = {
    option: '2024-01-01',
    json: '2024-01-02',
    htmlMeta: ['2024-01-03'],
    datelineDate: 'Jan. 4, 2024',
    textRegions: ['on Friday, Jan. 5, 2024'],
    objectTime: new Date('2024-01-06T10:00:00Z'),
  };

  it('prefers option > json > html meta > dateline > text > object time', () => {
    const order = ['option', 'json', 'htmlMeta', 'datelineDate', 'textRegions'] as const;
    const expected = ['option', 'json', 'html-meta', 'dateline', 'text'];
    let sources: Record<string, unknown> = { ...all };
    order.forEach((key, index) => {
      expect(resolvePublished(sources)?.from).toBe(expected[index]);
      const { [key]: _dropped, ...rest } = sources;
      sources = rest;
    });
    expect(resolvePublished(sources)).toEqual({ date: '2024-01-06', precision: 'day', from: 'object-time' });
    expect(resolvePublished({})).toBeNull();
  });

  it('skips an unparseable higher-priority value', () => {
    expect(resolvePublished({ option: 'soon', json: '2024-01-02' })).toMatchObject({
      date: '2024-01-02',
      from: 'json',
    });
  });

  it('reads a date stated in the opening sentences of a plain text', () => {
    const { article } = prepare(`The talks began on Tuesday, March 12, 2024, in Oslo.\n\n${STORY}`);
    expect(article).toMatchObject({
      publishedAt: '2024-03-12',
      publishedPrecision: 'day',
      publishedFrom: 'text',
    });
  });

  it('skips a stated date after the object time (an announced event, not the publication)', () => {
    const lead =
      'Officials said the vote set for Nov. 5, 2024, would go ahead, as talks resumed on March 12, 2024.';
    const { article } = prepare(`${lead}\n\n${STORY}`, { objectTime: new Date('2024-03-13T01:00:00Z') });
    expect(article).toMatchObject({ publishedAt: '2024-03-12', publishedFrom: 'text' });
  });

  it('does not treat a weekday alone as a date, and falls back to the object time', () => {
    const { article } = prepare(STORY, { objectTime: new Date('2024-03-13T01:00:00Z') });
    expect(article).toMatchObject({ publishedAt: '2024-03-13', publishedFrom: 'object-time' });
  });

  it('reads a publication stamp before it is dropped as furniture', () => {
    const { article } = prepare(`Updated 3:12 AM EDT, March 14, 2024\n\n${STORY}`);
    expect(article.text).toBe(STORY);
    expect(article).toMatchObject({ publishedAt: '2024-03-14', publishedFrom: 'text' });
  });

  it('ignores the old date in a FILE photo caption', () => {
    const caption = 'FILE - The port of Valparaiso, Chile, is seen on Jan. 3, 2019. (AP Photo/Staff, File)';
    expect(prepare(`${caption}\n\n${STORY}`).article.publishedAt).toBeNull();
  });
});
