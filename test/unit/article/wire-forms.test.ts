import { describe, expect, it } from 'vitest';
import { classifyParagraph } from '../../../core/article/boilerplate';
import { findDateline } from '../../../core/article/dateline';
import { extractMainText } from '../../../core/article/html-main';
import { readHtmlMeta } from '../../../core/article/html-meta';
import { resolvePublished } from '../../../core/article/published';
import { splitSentences } from '../../../core/article/sentences';
import { locate } from '../../../core/coder/geo';
import { prepare } from './helpers';

describe('dateline forms of the wire services', () => {
  it.each([
    ['NAIROBI, Kenya, Jan 4 (Reuters) - Kenya sent police.', 'Nairobi, Kenya', 'Jan 4', 'KEN'],
    ['BEIRUT, June 3 (Reuters) - Israel struck.', 'Beirut', 'June 3', 'LBN'],
    ['GAZA CITY/CAIRO (Reuters) - Egyptian mediators said.', 'Gaza City', null, null],
    ['JERUSALEM/WASHINGTON, June 3 (Reuters) - Israel said.', 'Jerusalem', 'June 3', null],
    ['JERUSALEM/CAIRO, Egypt (AP) — Mediators said.', 'Cairo, Egypt', null, 'EGY'],
    ['PORT-AU-PRINCE, Haiti (AP) — Gangs attacked.', 'Port-Au-Prince, Haiti', null, 'HTI'],
    ['WASHINGTON (Reuters) - the U.S. Treasury said.', 'Washington', null, 'USA'],
    ['LONDON (Reuters) -Britain said on Monday.', 'London', null, 'GBR'],
    ['PARIS (AFP) - France recalled its envoy.', 'Paris', null, 'FRA'],
    ['SEOUL, June 3 (Yonhap) -- North Korea fired.', 'Seoul', 'June 3', 'KOR'],
  ])('%s', (paragraph, place, date, country) => {
    const found = findDateline(paragraph);
    expect(found).toMatchObject({ place, date });
    // The story starts right after the dateline's dash.
    expect(paragraph.slice(found?.length).charAt(0)).toMatch(/\S/);
    if (country)
      expect(locate(place)?.country ?? locate(place.split(', ').at(-1) ?? '')?.country).toBe(country);
  });

  it('still refuses a mixed-case or undated lower-case opening', () => {
    expect(findDateline('NATO — the alliance said it would respond.')).toBeNull();
    expect(findDateline('Officials said — in private — that talks failed.')).toBeNull();
  });
});

describe('sentence boundaries in wire prose', () => {
  const split = (text: string): string[] => splitSentences(text, 2000).map((sentence) => sentence.text);

  it('keeps titles, initials, numbers and acronyms inside their sentences', () => {
    expect(
      split(
        'Lt. Col. Ray Benton met Gen. Lee and Sen. Maria Salazar. Vice President J.D. Vance said growth was 2.5 percent. The U.N. envoy arrived on Jan. 5 for talks No. 2.',
      ),
    ).toEqual([
      'Lt. Col. Ray Benton met Gen. Lee and Sen. Maria Salazar.',
      'Vice President J.D. Vance said growth was 2.5 percent.',
      'The U.N. envoy arrived on Jan. 5 for talks No. 2.',
    ]);
  });

  it('ends a sentence after an acronym, a clock or an ellipsis when the next word opens one', () => {
    expect(
      split(
        'Growth slowed in the U.S. The Fed met. The ship sank at 3 a.m. Rescuers came at 4 a.m. Friday. Talks ended without a deal... Negotiators left.',
      ),
    ).toEqual([
      'Growth slowed in the U.S.',
      'The Fed met.',
      'The ship sank at 3 a.m.',
      'Rescuers came at 4 a.m. Friday.',
      'Talks ended without a deal...',
      'Negotiators left.',
    ]);
  });

  it('keeps an ellipsis that runs on in lower case, and a closing quote with its sentence', () => {
    expect(
      split(`"We are running out of words," he said... "and time." She said: 'It is "over."' Then she left.`),
    ).toEqual([
      `"We are running out of words," he said... "and time."`,
      `She said: 'It is "over."'`,
      'Then she left.',
    ]);
  });
});

describe('chrome lines in pasted copy', () => {
  it.each([
    'Story continues below advertisement',
    'Advertisement · Scroll to continue',
    'abc-fb/jmm/sst',
    '(Reporting by Maya Gebeily; additional reporting by Emily Rose; Editing by Andrew Heavens)',
    'Correction: An earlier version of this article said the conference would be held in Geneva.',
    "Editor's note: This story has been updated to include comment from the ministry.",
    'This article was amended on 13 December 2024 to correct a figure.',
    'Wanjiru Kamau | Jan 18, 2025',
    'Published on 15/04/2025 - 17:05 · Modified on 16/04/2025 - 09:00 · 3 min read',
    '13.20 GMT',
    '6 hours ago',
    'Get the Capitol Courier morning newsletter. Sign up for free and get the news in your inbox.',
  ])('drops %s', (line) => {
    expect(classifyParagraph(line)).not.toBeNull();
  });

  it.each([
    'Correction officers at the prison went on strike on Monday, the union said.',
    'The newsletter of the ruling party called the protesters traitors.',
    'Kenya | Haiti police mission faces new delays, officials said on Friday.',
    'Prime Minister Kaja Kallas - speaking in Tallinn on Jan 18, 2025 - said Estonia would respond.',
  ])('keeps %s', (line) => {
    expect(classifyParagraph(line)).toBeNull();
  });
});

describe('page metadata', () => {
  it('takes datePublished of the article node before meta tags and other JSON-LD nodes', () => {
    const html = `<html><head>
      <meta property="article:published_time" content="2025-01-01T00:00:00Z">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2024-12-30"},
        {"@type":["ReportageNewsArticle"],"datePublished":"2025-01-09T06:15:00+02:00","mainEntityOfPage":{"@id":"https://x.example/a"}}]}</script>
      </head><body></body></html>`;
    const meta = readHtmlMeta(html);
    expect(meta.publishedCandidates.slice(0, 3)).toEqual([
      '2025-01-09T06:15:00+02:00',
      '2025-01-01T00:00:00Z',
      '2024-12-30',
    ]);
    expect(meta.url).toBe('https://x.example/a');
  });

  it('names the site from the <title> suffix and strips it from og:title', () => {
    const meta = readHtmlMeta(
      '<html><head><title>Talks stall - again | World | The Daily Record</title><meta property="og:title" content="Talks stall - again | The Daily Record"></head></html>',
    );
    expect(meta.siteName).toBe('The Daily Record');
    expect(meta.title).toBe('Talks stall - again');
  });

  it('reads a dated publication stamp before a year-less dateline', () => {
    const published = resolvePublished({
      datelineDate: 'June 3',
      stamps: 'Updated June 3, 2024 4:17 PM GMT',
      objectTime: new Date('2026-11-27T00:00:00Z'),
    });
    expect(published).toEqual({ date: '2024-06-03', precision: 'day', from: 'text' });
  });

  it('keeps <time> inside prose but drops a page stamp glued to the byline', () => {
    const body = [
      'BEIRUT (AP) — Lebanon and Cyprus signed a maritime agreement, ending a dispute that held up gas exploration in the eastern Mediterranean for years.',
      'The accord was first drafted on <time datetime="2007-01-17">Jan. 17, 2007</time>, officials said, but was never ratified by the parliament in Beirut.',
    ];
    const { article } = prepare(
      `<html><body><article><h1>Deal signed</h1><div class="info"><p>By Lina Haddad</p><time datetime="2025-06-03">June 3, 2025 10:41 PM EDT</time><span>Updated 6 hours ago</span></div>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    expect(article.text).toBe(body.join('\n\n').replace(/<[^>]+>/g, ''));
  });
});

describe('DOM path limits', () => {
  it('reads deeply nested text with the linear path, whose cost does not grow with depth', () => {
    const paragraph = `<p>${'Officials said the talks would resume next week after a pause. '.repeat(20)}</p>`;
    const html = `<html><body>${'<div>'.repeat(150)}${paragraph.repeat(200)}${'</div>'.repeat(150)}</body></html>`;
    expect(extractMainText(html, readHtmlMeta(html)).via).toBe('linear');
    const shallow = `<html><body><div><div>${paragraph.repeat(20)}</div></div></body></html>`;
    expect(extractMainText(shallow, readHtmlMeta(shallow)).via).toBe('readability');
  });
});
