import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeS3EventKey, encodeS3EventKey, S3KeyEncodingError } from '../../../adapters/s3/event-keys';

describe('S3 event keys', () => {
  it('decodes "+" as a space and percent escapes as UTF-8', () => {
    expect(decodeS3EventKey('inbox/Lavrov+in+Pyongyang+%E2%80%94+%C3%A9dition.txt')).toBe(
      'inbox/Lavrov in Pyongyang — édition.txt',
    );
    expect(decodeS3EventKey('inbox/a%2Bb.txt')).toBe('inbox/a+b.txt');
  });

  it('encodes like S3: "/" kept, space as "+", "+" and parentheses escaped', () => {
    expect(encodeS3EventKey('inbox/a b+(c).txt')).toBe('inbox/a+b%2B%28c%29.txt');
    expect(encodeS3EventKey('inbox/北京.txt')).toBe('inbox/%E5%8C%97%E4%BA%AC.txt');
  });

  it('round-trips any key, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (key) => {
        expect(decodeS3EventKey(encodeS3EventKey(key))).toBe(key);
      }),
    );
  });

  it('rejects broken escapes with a typed error', () => {
    expect(() => decodeS3EventKey('inbox/%E2%80.txt')).toThrow(S3KeyEncodingError);
  });
});
