import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../core/article/decode';
import { failure, prepare, STORY, utf8 } from './helpers';

const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
};
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const SENTENCE = 'Officials met at the café in Zürich on Monday.';

describe('decoding', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(utf8(SENTENCE))).toEqual({ text: SENTENCE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark from the article text', () => {
    const { article } = prepare(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SENTENCE)));
    expect(article.text).toBe(SENTENCE);
  });

  it.each([
    ['UTF-16 LE with BOM', concat(new Uint8Array([0xff, 0xfe]), utf16le(SENTENCE)), 'utf-16le'],
    ['UTF-16 BE with BOM', concat(new Uint8Array([0xfe, 0xff]), utf16be(SENTENCE)), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16le(SENTENCE), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16be(SENTENCE), 'utf-16be'],
  ])('reads %s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.replace('\ufeff', '')).toBe(SENTENCE);
    expect(prepare(bytes).article.text).toBe(SENTENCE);
  });

  it('falls back to Latin-1 for "café" written as a single byte', () => {
    const bytes = new Uint8Array([...utf8('The caf'), 0xe9, ...utf8(' reopened on Monday.')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('The café reopened on Monday.');
  });

  it('reads Windows-1252 smart quotes and dashes', () => {
    const bytes = new Uint8Array([0x93, ...utf8('No deal'), 0x94, 0x20, 0x97, ...utf8(' she said.')]);
    expect(prepare(bytes).article.text).toBe('“No deal” — she said.');
  });

  it('keeps UTF-8 that was cut off in the middle of a character', () => {
    const whole = utf8('Talks ended in Zürich');
    const bytes = concat(whole, utf8('é').subarray(0, 1));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Talks ended in Zürich');
  });

  it('keeps mostly valid UTF-8 with one damaged byte as UTF-8', () => {
    const text = 'Zürich, Genève, Köln and Malmö signed the accord.';
    const bytes = concat(
      utf8(text),
      new Uint8Array([0xff]),
      utf8(' Later more cities joined: Tromsø, Łódź.'),
    );
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Zürich, Genève');
    expect(decoded.text).toContain('\ufffd');
  });

  it('uses a declared charset when the bytes are not UTF-8 (Content-Type or <meta charset>)', () => {
    // "Москва" in windows-1251.
    const moscow = [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0];
    const plain = new Uint8Array([...moscow, ...utf8(' said on Monday.')]);
    expect(decodeBytes(plain, 'text/plain; charset=windows-1251').text).toBe('Москва said on Monday.');
    const html = new Uint8Array([
      ...utf8('<html><head><meta charset="windows-1251"></head><body><p>'),
      ...moscow,
      ...utf8('</p></body></html>'),
    ]);
    expect(decodeBytes(html).text).toContain('<p>Москва</p>');
    // Valid UTF-8 wins over a stale declaration.
    expect(decodeBytes(utf8('Zürich'), 'text/plain; charset=windows-1251').text).toBe('Zürich');
  });

  it('rejects UTF-16 with an unpaired surrogate as undecodable', () => {
    const bytes = concat(
      new Uint8Array([0xff, 0xfe]),
      utf16le('News'),
      new Uint8Array([0x00, 0xd8, 0x41, 0x00]),
    );
    expect(failure(bytes).reason).toBe('UNDECODABLE');
  });

  it('rejects UTF-32 as undecodable with a hint', () => {
    const error = failure(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    expect(error.reason).toBe('UNDECODABLE');
    expect(error.detail).toMatch(/UTF-32/);
  });

  it('normalizes newlines, NBSP and zero-width characters', () => {
    const { article } = prepare(
      'First\u00a0line\u200b here.\r\n\r\nSecond line.\u2028Third line.\rFourth line.',
    );
    expect(article.text).toBe('First line here.\n\nSecond line.\n\nThird line.\n\nFourth line.');
  });

  it('keeps smart quotes as written', () => {
    expect(prepare('He said “yes” and ‘no’.').article.text).toBe('He said “yes” and ‘no’.');
  });
});

describe('refusals', () => {
  it.each([
    ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])],
    ['ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
    ['gzip', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0])],
    ['GIF', utf8('GIF89a\u0001\u0000')],
  ])('refuses %s bytes as UNSUPPORTED_TYPE, naming the format', (name, bytes) => {
    const error = failure(bytes);
    expect(error.reason).toBe('UNSUPPORTED_TYPE');
    expect(error.detail.toLowerCase()).toContain(name.toLowerCase());
  });

  it('refuses data full of control characters', () => {
    const bytes = new Uint8Array(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 32 === 10 ? 65 : (i * 7) % 32;
    const error = failure(bytes);
    expect(error.reason).toBe('UNSUPPORTED_TYPE');
    expect(error.detail).toMatch(/control characters/);
  });

  it('refuses more bytes than maxBytes as TOO_LARGE', () => {
    expect(() => prepare(STORY, {}, { maxBytes: 100 })).toThrow(
      expect.objectContaining({ reason: 'TOO_LARGE' }),
    );
    expect(prepare(STORY, {}, { maxBytes: 10_000 }).article.text.length).toBeGreaterThan(100);
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['whitespace', utf8(' \n\t\r\n \u00a0 \u200b')],
    ['boilerplate only', utf8('Full Screen\n\n1 / 11\n\nAdvertisement\n\nShare')],
  ])('reports %s input as NO_TEXT', (_name, bytes) => {
    expect(failure(bytes).reason).toBe('NO_TEXT');
  });
});
