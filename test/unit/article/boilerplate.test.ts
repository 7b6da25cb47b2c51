import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyParagraph, classifyParagraphs } from '../../../core/article/boilerplate';
import { BOILERPLATE_RULES } from '../../../core/article/boilerplate-rules';
import { prepare, STORY } from './helpers';

/** Ordinary news paragraphs, including ones that start like furniture. None may be dropped. */
const PROSE = [
  ...STORY.split('\n\n'),
  'Share prices in Seoul fell 2% after the launch, and the won weakened against the dollar.',
  'By the time the talks ended on Friday, both sides had agreed to a prisoner exchange.',
  'Follow-up talks are planned for next month in Geneva, the ministry said.',
  'Copyright holders in France sued the platform on Tuesday, accusing it of piracy.',
  'Photos released by the army showed damaged buildings in the border town.',
  'In this week of talks, the minister met three counterparts.',
  'The White House said it would respond to the report (which it called misleading) within days.',
  'Read the full statement, the spokesperson told reporters, and you will see we said no such thing.',
  'Updated figures released by the health ministry showed 42 deaths.',
  'Sign language interpreters were present at the briefing, the ministry said.',
  '“No,” he said.',
];

describe('boilerplate rules (data)', () => {
  it.each(BOILERPLATE_RULES.map((rule) => [rule.name, rule] as const))(
    '%s matches its own example',
    (_name, rule) => {
      expect(rule.example.length).toBeLessThanOrEqual(rule.maxChars);
      expect(rule.test(rule.example)).toBe(true);
      expect(rule.why.length).toBeGreaterThan(10);
    },
  );

  it.each(PROSE)('keeps prose: %s', (paragraph) => {
    expect(classifyParagraph(paragraph)).toBeNull();
  });

  it.each([
    'Full Screen',
    '1 / 11',
    '3 of 12',
    'Recommended Videos',
    'Share',
    'Share this article',
    'ADVERTISEMENT',
    'Read more',
    'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    '© 2024 Example Media Group',
    'Sign up for our daily briefing and get the top stories in your inbox.',
    'Follow us on Twitter and Facebook',
    'FILE - Russian President Vladimir Putin attends a meeting in Moscow, Sept. 13, 2023. (AP Photo/Staff, File)',
    'A view of the harbour in Oslo, Norway, March 3, 2024. REUTERS/Staff Photographer',
    'Associated Press writer Jane Doe in Tokyo contributed to this report.',
    'By HYUNG-JIN KIM',
    'Updated 3:12 AM EDT, October 19, 2023',
    '* * *',
  ])('drops furniture: %s', (paragraph) => {
    expect(classifyParagraph(paragraph)).not.toBeNull();
  });

  it('drops a short credit line next to a gallery or caption, but not a headline', () => {
    const paragraphs = [
      'Ministers agree on quota talks',
      'Full Screen',
      'Ministry of Fisheries press office',
      'Two ministers shake hands in Oslo on Tuesday. (Ministry of Fisheries via AP)',
      STORY.split('\n\n')[0] ?? '',
    ];
    const drops = classifyParagraphs(paragraphs, 0).map((item) => item.drop);
    expect(drops).toEqual([null, 'gallery', 'credit', 'caption', null]);
  });

  it('drops a run of menu items but keeps a lone subheading', () => {
    const story = STORY.split('\n\n');
    const paragraphs = [
      'Home',
      'World',
      'Politics',
      'Business',
      'Sport',
      ...story.slice(0, 2),
      'Next steps',
      ...story.slice(2),
    ];
    const kept = classifyParagraphs(paragraphs, null)
      .filter((item) => item.drop === null)
      .map((item) => item.paragraph);
    expect(kept).toEqual([...story.slice(0, 2), 'Next steps', ...story.slice(2)]);
  });

  it('finishes fast on adversarial paragraphs', () => {
    for (const paragraph of [
      `By ${'Aa '.repeat(40)}`,
      `by ${'A'.repeat(85)}`,
      `In this ${'photo '.repeat(200)}`,
      `(${'photo '.repeat(30)}`,
      `${'REUTERS/'.repeat(30)}`,
      `Copyright ${'x'.repeat(390)}`,
    ]) {
      classifyParagraph(paragraph);
    }
  });
});

const SEED = join(import.meta.dirname, '../../../../shared/seeds/000_f379d34173393ac0.txt');

describe.skipIf(!existsSync(SEED))('the seed article (real AP page text)', () => {
  const prepared = (): ReturnType<typeof prepare> =>
    prepare(new Uint8Array(readFileSync(SEED)), { fileName: 'seed.txt' });

  it('drops gallery markers, the photo credit, the caption and video rails', () => {
    const { text } = prepared().article;
    for (const furniture of [
      'Full Screen',
      '1 / 11',
      'Recommended Videos',
      'In this photo released',
      'via AP)',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(text.split('\n\n')).not.toContain('Russian Foreign Ministry Press Service telegram channel');
  });

  it('keeps the headline as title and first paragraph, and every story paragraph', () => {
    const raw = readFileSync(SEED, 'utf8');
    const { article } = prepared();
    const firstLine = raw.split('\n')[0] ?? '';
    expect(article.title).toBe(firstLine);
    expect(article.text.startsWith(`${firstLine}\n\n`)).toBe(true);
    const storyParagraphs = raw
      .split('\n\n')
      .filter((paragraph) => paragraph.length > 200 && !paragraph.startsWith('In this photo'));
    for (const paragraph of storyParagraphs) expect(article.text).toContain(paragraph.trim());
  });

  it('dates the article from the caption date, as the text states it', () => {
    expect(prepared().article).toMatchObject({
      publishedAt: '2023-10-19',
      publishedFrom: 'text',
      language: 'en',
    });
  });

  it('splits "Oct.", "U.S." and "U.N." without breaking sentences', () => {
    const { sentences } = prepared();
    expect(
      sentences.some((sentence) => sentence.text.endsWith(' U.S.') || sentence.text.endsWith(' U.N.')),
    ).toBe(false);
    expect(sentences.find((sentence) => sentence.text.startsWith('Last week'))?.text).toMatch(
      /resolutions that ban any weapons trading involving North Korea\.$/,
    );
  });
});

describe('headline handling for plain text', () => {
  it('keeps a first-line headline as title and in the text', () => {
    const { article, sentences } = prepare(`Quota talks open in Oslo\n\n${STORY}`);
    expect(article.title).toBe('Quota talks open in Oslo');
    expect(article.text).toBe(`Quota talks open in Oslo\n\n${STORY}`);
    expect(sentences[0]?.text).toBe('Quota talks open in Oslo');
  });

  it('takes no title from a first line that is furniture', () => {
    const { article } = prepare(`Advertisement\n\nTOKYO (AP) — Japan protested on Monday.\n\n${STORY}`);
    expect(article.title).toBeNull();
    expect(article.dateline?.place).toBe('Tokyo');
    expect(article.dateline?.start).toBe(0);
  });

  it('does not take a first sentence for a headline', () => {
    expect(prepare(STORY).article.title).toBeNull();
  });
});
