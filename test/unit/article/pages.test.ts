import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PreparedArticle } from '../../../core/article';
import { prepare } from './helpers';

/**
 * Whole pages written for these tests in the styles of news sites and wire services (test/fixtures/pages):
 * every paragraph of the story must survive, no chrome may, and the metadata must come from the best source.
 */
const PAGES = join(import.meta.dirname, '../../fixtures/pages');
/** A fixed object time, a year after every fixture, so a year-less dateline date has a known reference. */
const OBJECT_TIME = new Date('2026-11-27T12:00:00Z');

const load = (name: string): PreparedArticle =>
  prepare(readFileSync(join(PAGES, name)), { id: `pages/${name}`, objectTime: OBJECT_TIME });

const paragraphs = (prepared: PreparedArticle): string[] => prepared.article.text.split('\n\n');

const expectChromeAbsent = (text: string, chrome: readonly string[]): void => {
  for (const piece of chrome) expect(text, piece).not.toContain(piece);
};

describe('news pages: main text', () => {
  it('wire page with a JSON-LD @graph, consent banner, inline ad, newsletter box and sign-off', () => {
    const page = load('wire-graph.html');
    expect(paragraphs(page)).toEqual([
      expect.stringMatching(/^BEIRUT, June 3 \(Harbor Wire\) - Lebanon and Cyprus signed an agreement/),
      expect.stringMatching(/^The deal was signed in Baabda .* neighbours\.$/),
      "Lebanon's parliament must still ratify the accord. Speaker Nabih Berri said he would put it to a vote within weeks.",
      'U.S. Ambassador Lisa Johnson welcomed the agreement, saying Washington had encouraged talks since 2022.',
      'Israel, which signed its own sea border deal with Lebanon in 2022 with U.S. mediation, did not comment.',
    ]);
    expectChromeAbsent(page.article.text, [
      'cookies',
      'Advertisement',
      'Sign up',
      'Reporting by',
      'Our Standards',
      'Updated 6 hours ago',
      '10:41 PM',
      'REUTERS/',
      'Read Next',
    ]);
    expect(page.article).toMatchObject({
      title: 'Lebanon and Cyprus sign maritime border deal',
      publishedAt: '2025-06-03',
      publishedFrom: 'html-meta',
      source: 'Harbor Wire',
      url: 'https://www.harborwire.example/world/middle-east/lebanon-cyprus-maritime-deal-2025-06-03/',
      dateline: { place: 'Beirut', start: 0, end: 31 },
    });
  });

  it('agency page: embedded tweet, promo card, carousel caption and the "___" contributor tail are dropped', () => {
    const page = load('ap-reportage.html');
    const text = page.article.text;
    expect(paragraphs(page)).toHaveLength(5);
    expect(text).toMatch(
      /^KYIV, Ukraine \(AP\) — A Russian drone slammed into a nine-story apartment building/,
    );
    expect(text).toContain('“The number of victims may rise,” he wrote on Telegram.');
    expect(text).toContain('“Every Patriot battery saves lives,” he said in his nightly address.');
    expectChromeAbsent(text, [
      'Рятувальники',
      '@DSNS_Telegram',
      'Russia claims control of another village',
      'AP Photo',
      '1 of 4',
      '___',
      'contributed to this report',
      'Follow AP',
      'Most Read',
      'Copy Link',
    ]);
    expect(page.article).toMatchObject({
      title: 'Drone attack hits Kyiv apartment block, killing 3',
      publishedAt: '2025-01-09',
      source: 'Press Dispatch',
      url: 'https://pressdispatch.example/article/ukraine-russia-drone-kyiv-4f1c2a9e',
      dateline: { place: 'Kyiv, Ukraine' },
    });
  });

  it('AFP page: the desk slug, "(c) AFP" line, "Read also" link and consent popup are dropped', () => {
    const page = load('afp-meta.html');
    expect(paragraphs(page)).toHaveLength(5);
    expect(page.article.text).toContain(
      "Relations have been strained since Paris backed Morocco's autonomy plan for Western Sahara in July 2024",
    );
    expect(paragraphs(page).at(-1)).toBe(
      "Algeria's foreign ministry did not immediately respond to a request for comment.",
    );
    expectChromeAbsent(page.article.text, [
      'abc-fb/jmm/sst',
      'AFP\n',
      '© 2025',
      'Read also',
      'cookies',
      '3 min read',
    ]);
    expect(page.article).toMatchObject({
      publishedAt: '2025-04-15',
      language: 'en',
      dateline: { place: 'Paris' },
    });
  });

  it('live blog: every entry is kept, entry clocks and the key-events list are not', () => {
    const page = load('live-blog.html');
    const text = page.article.text;
    for (const sentence of [
      "Qatar's foreign ministry spokesman Majed al-Ansari said the talks had been",
      'An Israeli delegation led by Mossad director David Barnea arrived in Doha on Tuesday morning',
      'Egyptian and Qatari mediators met the delegation',
      'The first phase of the truce, which began on 19 January, is due to expire early next month.',
    ]) {
      expect(text).toContain(sentence);
    }
    expectChromeAbsent(text, [
      '13.20 GMT',
      '09.45 GMT',
      'Key events',
      'Newest',
      'small favour',
      'Support us',
    ]);
    expect(page.article).toMatchObject({
      publishedAt: '2025-02-11',
      url: 'https://ledger.example/world/live/2025/feb/11/gaza-ceasefire-talks-doha-live',
      source: 'The Morning Ledger',
      dateline: null,
    });
  });

  it('AMP page: amp-ad fallbacks, consent, sidebar, caption and the byline strip are dropped', () => {
    const page = load('amp-page.html');
    expect(paragraphs(page)).toEqual([
      expect.stringMatching(/^NAIROBI, Kenya, Jan 18 \(EAP\) - Kenya sent another 200 police officers/),
      'The officers join about 400 Kenyans already in Port-au-Prince, where gangs control most of the capital.',
      expect.stringMatching(/^President William Ruto pledged in 2023/),
      `Haiti's transitional council thanked Nairobi for "standing with the Haitian people."`,
    ]);
    expect(page.article).toMatchObject({
      title: 'Kenya deploys more police officers to Haiti',
      publishedAt: '2025-01-18',
      source: 'East Africa Post',
      url: 'https://eastafricapost.example/news/kenya-haiti-police-deployment',
      dateline: { place: 'Nairobi, Kenya' },
    });
  });

  it('body split across several divs between ads, related links and a newsletter box', () => {
    const page = load('split-body.html');
    const text = page.article.text;
    expect(paragraphs(page)).toHaveLength(5);
    expect(text).toContain('Lt. Col. Ray Benton, a Pentagon spokesman, declined');
    expect(text).toContain("Venezuela's Foreign Ministry rejected the bill");
    expect(paragraphs(page).at(-1)).toMatch(
      /^The Treasury Department eased some sanctions on Venezuela in 2023/,
    );
    expectChromeAbsent(text, [
      'Advertisement',
      'RELATED',
      'newsletter',
      'updated with comment',
      'Comments',
      'Tags',
    ]);
    expect(page.article).toMatchObject({ publishedAt: '2025-03-06', dateline: { place: 'Washington' } });
  });

  it('paywalled page: the teaser stays, the subscription prompt goes', () => {
    const page = load('paywall-teaser.html');
    expect(paragraphs(page)).toHaveLength(3);
    expect(page.article.text).toMatch(/^MANILA -- The coast guards of Japan and the Philippines/);
    expectChromeAbsent(page.article.text, ['Subscribe', 'subscriber', 'Cancel anytime', 'KENJI MORI']);
    expect(page.article).toMatchObject({
      publishedAt: '2025-06-20',
      source: 'Asia Ledger',
      url: null,
      dateline: { place: 'Manila', start: 0 },
    });
  });

  it('correction and amendment notes are not story text; the site name comes from <title>', () => {
    const page = load('correction-note.html');
    expect(paragraphs(page)).toHaveLength(4);
    expect(page.article.text).toMatch(/^UNITED NATIONS \(AP\) — The U\.N\. humanitarian chief warned/);
    expectChromeAbsent(page.article.text, [
      'amended',
      'Correction',
      'earlier version',
      'Quick guide',
      'Explore more',
      'Photograph:',
    ]);
    expect(page.article).toMatchObject({
      title: 'UN envoy warns Sudan famine spreading to new areas',
      source: 'The Daily Record',
      publishedAt: '2024-12-12',
      dateline: { place: 'United Nations', start: 0 },
    });
  });

  it('JSON feed item with HTML body: its fields win, the ad and the sign-off go', () => {
    const page = load('feed-item.json');
    expect(paragraphs(page)).toHaveLength(3);
    expectChromeAbsent(page.article.text, ['Advertisement', 'Reporting by']);
    expect(page.article).toMatchObject({
      format: 'json',
      publishedAt: '2025-03-21',
      publishedFrom: 'json',
      dateline: { place: 'Islamabad' },
    });
  });
});

describe('wire copy pasted as text', () => {
  it('Reuters: headline kept, byline, read time, stamp, ad marker and bracketed credits dropped', () => {
    const page = load('wire-reuters.txt');
    expect(page.article.title).toBe('Israel strikes Hezbollah targets in south Lebanon, army says');
    expect(paragraphs(page)).toHaveLength(5);
    expectChromeAbsent(page.article.text, [
      'By Maya',
      'minute read',
      'Updated',
      'advertisement',
      'Editing by',
    ]);
    // The stamp states the year; the dateline's "June 3" alone would take it from the object time.
    expect(page.article).toMatchObject({ publishedAt: '2025-06-03', publishedFrom: 'text' });
    expect(page.article.dateline?.place).toBe('Beirut');
  });

  it('AP: the contributor line between "___" rules and the hub link are dropped', () => {
    const page = load('wire-ap.txt');
    expect(paragraphs(page)).toHaveLength(4);
    expect(paragraphs(page).at(-1)).toMatch(
      /Coordination Headquarters for the Treatment of Prisoners of War\.$/,
    );
    expect(page.article.dateline?.place).toBe('Kyiv, Ukraine');
    expect(page.article).toMatchObject({ publishedAt: '2026-11-27', publishedFrom: 'object-time' });
  });

  it('AFP: a two-place dateline and the slug and copyright tail', () => {
    const page = load('wire-afp.txt');
    expect(paragraphs(page)).toHaveLength(3);
    expect(page.article.dateline).toEqual({ place: 'Gaza City', start: 0, end: 24 });
    expectChromeAbsent(page.article.text, ['bur-az', '(c) 2025']);
  });

  it('no dateline: the ellipsis ends a sentence and "No. 2" does not', () => {
    const page = load('wire-nodateline.txt');
    expect(page.article.dateline).toBeNull();
    const sentences = page.sentences.map((sentence) => sentence.text);
    expect(sentences).toContain(
      'No. 2 on the list of priorities, he said, was protecting bus drivers, dozens of whom have been killed since January.',
    );
    expect(sentences).toContain(
      'Transport unions, which staged a strike last month, said the measure came too late...',
    );
    expect(sentences).toContain('Their leaders planned to meet officials on Monday.');
  });
});
