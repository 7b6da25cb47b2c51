import { describe, expect, it } from 'vitest';
import { failure, prepare, STORY } from './helpers';

const json = (value: unknown): string => JSON.stringify(value);

describe('JSON articles', () => {
  it('reads title, text, publishedAt, url and source', () => {
    const { article, sentences } = prepare(
      json({
        title: 'Norway and Chile discuss fishing quotas',
        text: STORY,
        publishedAt: '2024-03-12T08:00:00Z',
        url: 'https://wire.example.com/norway-chile',
        source: 'Example Wire',
      }),
      { fileName: 'story.json' },
    );
    expect(article).toMatchObject({
      format: 'json',
      title: 'Norway and Chile discuss fishing quotas',
      text: STORY,
      publishedAt: '2024-03-12',
      publishedPrecision: 'day',
      publishedFrom: 'json',
      url: 'https://wire.example.com/norway-chile',
      source: 'Example Wire',
    });
    expect(sentences.map((sentence) => sentence.text)).toEqual(STORY.split('\n\n'));
  });

  it('is recognised by content whatever the file name says', () => {
    expect(prepare(json({ text: STORY }), { fileName: 'story.txt' }).article.format).toBe('json');
  });

  it('takes the body from "html" when there is no "text"', () => {
    const html = `<div class="share">Share</div>${STORY.split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}`;
    const { article } = prepare(json({ title: 'T', html, publishedAt: '2024-03-12' }));
    expect(article.text).toBe(STORY);
    expect(article.publishedFrom).toBe('json');
  });

  it('reads markup in "text" as HTML rather than leaving tags in the evidence', () => {
    const text = STORY.split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('\n');
    expect(prepare(json({ text })).article.text).toBe(STORY);
  });

  it('keeps the headline out of the text when it is given as the title', () => {
    const { article } = prepare(json({ title: 'Quota talks', text: `Quota talks\n\n${STORY}` }));
    expect(article.title).toBe('Quota talks');
    expect(article.text).toBe(STORY);
  });

  it('treats null fields as absent and ignores unknown fields', () => {
    const { article } = prepare(json({ title: null, text: STORY, url: null, tags: ['x'], id: 7 }));
    expect(article).toMatchObject({ title: null, url: null, text: STORY });
  });

  it('drops a url that is not an http(s) URL instead of failing', () => {
    expect(prepare(json({ text: STORY, url: 'javascript:alert(1)' })).article.url).toBeNull();
  });

  it.each([
    ['text is a number', { text: 42 }, /text/],
    ['title is an object', { title: { en: 'x' }, text: STORY }, /title/],
    ['publishedAt is a number', { text: STORY, publishedAt: 1_700_000_000 }, /publishedAt/],
  ])('refuses wrong types (%s) as UNSUPPORTED_TYPE naming the field', (_name, value, field) => {
    const error = failure(json(value));
    expect(error.reason).toBe('UNSUPPORTED_TYPE');
    expect(error.detail).toMatch(field);
  });

  it.each([
    ['an array', [{ text: STORY }]],
    ['a JSON document with no article fields', { foo: 1, bar: [2] }],
  ])('refuses %s as UNSUPPORTED_TYPE', (_name, value) => {
    expect(failure(json(value), { fileName: 'x.json' }).reason).toBe('UNSUPPORTED_TYPE');
  });

  it('refuses broken JSON in a .json file as UNSUPPORTED_TYPE', () => {
    const error = failure('{"title": "x", "text": ', { fileName: 'x.json' });
    expect(error.reason).toBe('UNSUPPORTED_TYPE');
    expect(error.detail).toMatch(/invalid JSON/);
  });

  it.each([
    ['no text or html', { title: 'Only a title', url: 'https://example.com/a' }],
    ['blank text', { title: 'T', text: '   \n ' }],
  ])('reports an article with %s as NO_TEXT', (_name, value) => {
    expect(failure(json(value)).reason).toBe('NO_TEXT');
  });
});
