import { describe, expect, it } from 'vitest';
import { nameKey, nameKeyWithoutArticle } from '../../../core/lexicon/name-key';

describe('nameKey', () => {
  it('meets spellings on one key', () => {
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('Brasília')).toBe(nameKey('Brasilia'));
    expect(nameKey("Sana'a")).toBe(nameKey('Sanaa'));
    expect(nameKey('St. Petersburg')).toBe('saint petersburg');
    expect(nameKey('Guinea-Bissau')).toBe(nameKey('Guinea Bissau'));
    expect(nameKey('Łódź')).toBe('lodz');
    expect(nameKeyWithoutArticle('the Netherlands')).toBe('netherlands');
  });

  it('may skip NFKD for printable ASCII because NFKD leaves every such character unchanged', () => {
    for (let code = 0x20; code <= 0x7e; code++) {
      const char = String.fromCharCode(code);
      expect(char.normalize('NFKD')).toBe(char);
      expect(/\p{M}/u.test(char)).toBe(false);
    }
  });
});
