import { describe, expect, it } from 'vitest';
import { extractMainText } from '../../../core/article/html-main';
import { readHtmlMeta } from '../../../core/article/html-meta';
import { htmlToText } from '../../../core/article/html-text';
import { prepare } from './helpers';

const BODY = [
  'HELSINKI, Finland (AP) — Finland and Estonia agreed on Wednesday to link their power grids with a second undersea cable, the two governments said, weeks after a damaged gas pipeline raised fears for the security of Baltic infrastructure.',
  'Finnish Prime Minister Petteri Orpo and his Estonian counterpart Kaja Kallas signed the agreement in Helsinki &amp; said construction would begin next year.',
  'Estonia&#8217;s economy minister said the cable would cost about 300 million euros, with part of the money coming from the European Union.',
  'Investigators in both countries are still examining the pipeline damage, which Finland has said was caused by a ship dragging its anchor.',
];

const page = (extraHead = ''): string => `<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>Finland and Estonia agree on second power cable | Baltic Wire</title>
  <meta property="og:title" content="Finland and Estonia agree on second power cable">
  <meta property="og:site_name" content="Baltic Wire">
  <meta property="article:published_time" content="2023-10-25T09:14:00+03:00">
  <link rel="canonical" href="https://news.example.org/world/finland-estonia-cable">
  ${extraHead}
  <script>window.dataLayer = [{"page": "<p>Tracking text that is not news</p>"}];</script>
  <style>.share-bar { display: flex; }</style>
</head>
<body>
  <header class="site-header"><a href="/">Baltic Wire</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>Finland and Estonia agree on second power cable</h1>
      <div class="byline">By Anna Virtanen</div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
      <figure>
        <img src="cable.jpg" alt="A cable ship">
        <figcaption>A cable-laying ship leaves the port of Helsinki on Tuesday. (AP Photo/Staff Photographer)</figcaption>
      </figure>
      ${BODY.map((paragraph) => `<p>${paragraph}</p>`).join('\n      ')}
      <aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Baltic states boost naval patrols after pipeline leak</a></li></ul></aside>
    </article>
  </main>
  <footer><p>Copyright 2023 Baltic Wire. All rights reserved.</p></footer>
  <script>console.log("bye")</script>
</body>
</html>`;

const decodedBody = BODY.map((paragraph) => paragraph.replace('&amp;', '&').replace('&#8217;', '’'));

describe('HTML news page', () => {
  it('keeps the article body and nothing else', () => {
    const { article } = prepare(page());
    expect(article.format).toBe('html');
    expect(article.text).toBe(decodedBody.join('\n\n'));
  });

  it('uses readability for an ordinary page', () => {
    const html = page();
    expect(extractMainText(html, readHtmlMeta(html)).via).toBe('readability');
  });

  it('takes the title, site name, canonical URL and publication date from the page', () => {
    const { article } = prepare(page());
    expect(article.title).toBe('Finland and Estonia agree on second power cable');
    expect(article.source).toBe('Baltic Wire');
    expect(article.url).toBe('https://news.example.org/world/finland-estonia-cable');
    expect(article).toMatchObject({
      publishedAt: '2023-10-25',
      publishedPrecision: 'day',
      publishedFrom: 'html-meta',
    });
    expect(article.language).toBe('en');
  });

  it('finds the dateline in the first paragraph', () => {
    const { article } = prepare(page());
    expect(article.dateline?.place).toBe('Helsinki, Finland');
    expect(article.text.slice(article.dateline?.start, article.dateline?.end)).toBe(
      'HELSINKI, Finland (AP) — ',
    );
  });

  it('lets caller metadata override the page', () => {
    const { article } = prepare(page(), {
      title: 'Caller title',
      url: 'https://other.example.com/a',
      source: 'Caller',
      published: '2023-10-26',
    });
    expect(article).toMatchObject({
      title: 'Caller title',
      url: 'https://other.example.com/a',
      source: 'Caller',
      publishedAt: '2023-10-26',
      publishedFrom: 'option',
    });
  });

  it.each([
    [
      'JSON-LD',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-09-02T10:00:00Z"}]}</script>',
    ],
    ['itemprop', '<meta itemprop="datePublished" content="2023-09-02">'],
    ['time element', '</head><body><time datetime="2023-09-02T08:00:00+02:00">Sept. 2</time><p>x</p>'],
  ])('reads the publication date from %s when there is no article:published_time', (_name, markup) => {
    const html = `<html><head>${markup}</head><body><article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(prepare(html).article).toMatchObject({ publishedAt: '2023-09-02', publishedFrom: 'html-meta' });
  });

  it('detects HTML by content even with a .txt name', () => {
    expect(prepare(page(), { fileName: 'story.txt' }).article.format).toBe('html');
  });

  it('treats prose with a stray angle bracket as text', () => {
    const { article } = prepare('Turnout was < 40% in the capital, officials said.', { fileName: 'a.html' });
    expect(article.format).toBe('text');
    expect(article.text).toBe('Turnout was < 40% in the capital, officials said.');
  });
});

describe('HTML without a DOM', () => {
  it('strips markup linearly, dropping furniture, when the page is too deep for the DOM path', () => {
    const deep = `${'<div>'.repeat(1_000)}<p>${BODY[0]}</p><div class="share-bar">Share</div>${'</div>'.repeat(1_000)}`;
    const html = `<html><body><nav>Home</nav>${deep}<figure><figcaption>Caption</figcaption></figure></body></html>`;
    const meta = readHtmlMeta(html);
    expect(meta.maxDepth).toBeGreaterThan(1_000);
    const main = extractMainText(html, meta);
    expect(main.via).toBe('linear');
    expect(main.text.trim()).toBe(BODY[0]);
  });

  it('drops the headline from the text when it matches any title the page offers', () => {
    const html = `<html><head><title>Cable deal signed - Baltic Wire</title><meta property="og:title" content="Cable deal"></head><body><h1>Cable deal signed</h1><p>${BODY[0]}</p></body></html>`;
    const { article } = prepare(html);
    expect(article.title).toBe('Cable deal');
    expect(article.text).toBe(BODY[0]);
  });

  it('keeps <br> as a line break and <pre> whitespace', () => {
    expect(htmlToText('<p>one<br>two</p><pre>a  b</pre>', { furnitureHints: true })).toBe(
      'one\ntwo\n\na  b\n\n',
    );
  });

  it('finishes on 100,000 nested elements', () => {
    const html = `<html><body>${'<div><span>'.repeat(100_000)}<p>${BODY[1]}</p>${'</span></div>'.repeat(100_000)}</body></html>`;
    const { article } = prepare(html);
    expect(article.text).toBe(decodedBody[1]);
  });

  it('finishes on 100,000 unclosed elements and a megabyte attribute', () => {
    const html = `<html><body><div data-blob="${'x'.repeat(1_000_000)}">${'<b>'.repeat(100_000)}<p>${BODY[2]}</p></div></body></html>`;
    expect(prepare(html).article.text).toBe(decodedBody[2]);
  });

  it('survives an unterminated tag and a lone quote', () => {
    const html = `<html><body><p>${BODY[3]}</p><p>Unfinished <a href="x`;
    expect(prepare(html).article.text).toBe(`${BODY[3]}\n\nUnfinished`);
  });
});
