import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, EventPatternError, matchesPattern } from '../../../local/bus/pattern';

/** An EventBridge envelope with one of our details plus a few fields the operators need. */
const event = {
  version: '0',
  id: '6f0e3c1a-1111-2222-3333-444455556666',
  'detail-type': 'Event Created',
  source: 'newsevents',
  account: '123456789012',
  time: '2023-10-19T08:00:01Z',
  region: 'eu-west-1',
  resources: ['arn:aws:dynamodb:eu-west-1:123456789012:table/newsevents'],
  detail: {
    countries: ['PRK', 'RUS'],
    sectors: ['GOV', 'MIL'],
    quadClass: 4,
    root: '19',
    plover: 'ASSAULT',
    goldstein: -7.2,
    data: {
      source: { name: 'Kim Jong Un', country: 'PRK' },
      location: null,
      mentionCount: 3,
    },
    ip: '10.0.0.33',
    file: 'photos/lib/a.PNG',
    star: 'a*b',
    empty: '',
    flags: [true],
    pairs: [
      { a: 1, b: 2 },
      { a: 3, b: 4 },
    ],
  },
};

const cases: [string, Record<string, unknown>, boolean][] = [
  // exact values, AND across fields, OR within a list
  ['exact string', { source: ['newsevents'] }, true],
  ['exact string, other value', { source: ['aws.s3'] }, false],
  ['list of alternatives', { 'detail-type': ['Event Updated', 'Event Created'] }, true],
  ['every field must match', { source: ['newsevents'], 'detail-type': ['Event Updated'] }, false],
  ['a field the event lacks', { detail: { missing: ['x'] } }, false],
  ['nested field', { detail: { data: { source: { country: ['PRK'] } } } }, true],
  // arrays in the event: any element
  ['array field contains the value', { detail: { countries: ['PRK'] } }, true],
  ['array field lacks the value', { detail: { countries: ['USA'] } }, false],
  ['array field intersects the list', { detail: { countries: ['USA', 'RUS'] } }, true],
  ['resources array', { resources: [{ prefix: 'arn:aws:dynamodb:' }] }, true],
  // types are not coerced; null and "" differ
  ['number matches number', { detail: { quadClass: [4] } }, true],
  ['string does not match number', { detail: { quadClass: ['4'] } }, false],
  ['number does not match string', { detail: { root: [19] } }, false],
  ['null matches null', { detail: { data: { location: [null] } } }, true],
  ['empty string matches empty string', { detail: { empty: [''] } }, true],
  ['null does not match empty string', { detail: { empty: [null] } }, false],
  ['empty string does not match null', { detail: { data: { location: [''] } } }, false],
  ['boolean in an array', { detail: { flags: [true] } }, true],
  // prefix / suffix / equals-ignore-case / wildcard
  ['prefix', { time: [{ prefix: '2023-10-' }] }, true],
  ['prefix, no match', { time: [{ prefix: '2024' }] }, false],
  ['prefix never matches a number', { detail: { quadClass: [{ prefix: '4' }] } }, false],
  ['prefix ignoring case', { detail: { plover: [{ prefix: { 'equals-ignore-case': 'assa' } }] } }, true],
  ['suffix is case-sensitive', { detail: { file: [{ suffix: '.png' }] } }, false],
  ['suffix', { detail: { file: [{ suffix: '.PNG' }] } }, true],
  ['suffix ignoring case', { detail: { file: [{ suffix: { 'equals-ignore-case': '.png' } }] } }, true],
  ['equals-ignore-case', { detail: { plover: [{ 'equals-ignore-case': 'assault' }] } }, true],
  ['equals-ignore-case is whole-value', { detail: { plover: [{ 'equals-ignore-case': 'assa' }] } }, false],
  ['wildcard', { detail: { file: [{ wildcard: 'photos/*/a.*' }] } }, true],
  ['wildcard, no match', { detail: { file: [{ wildcard: 'photos/*.jpg' }] } }, false],
  ['wildcard with an escaped star', { detail: { star: [{ wildcard: 'a\\*b' }] } }, true],
  ['escaped star is literal', { detail: { file: [{ wildcard: 'photos\\*' }] } }, false],
  [
    'wildcard treats regex characters literally',
    { detail: { file: [{ wildcard: 'photos/lib/a?PNG' }] } },
    false,
  ],
  // anything-but
  ['anything-but a string', { detail: { plover: [{ 'anything-but': 'CONSULT' }] } }, true],
  ['anything-but the value itself', { detail: { plover: [{ 'anything-but': 'ASSAULT' }] } }, false],
  ['anything-but a list', { detail: { plover: [{ 'anything-but': ['CONSULT', 'ASSAULT'] }] } }, false],
  ['anything-but numbers', { detail: { quadClass: [{ 'anything-but': [1, 2, 3] }] } }, true],
  ['anything-but the number itself', { detail: { quadClass: [{ 'anything-but': 4 }] } }, false],
  ['anything-but prefix', { detail: { plover: [{ 'anything-but': { prefix: 'ASS' } }] } }, false],
  [
    'anything-but prefix, other prefix',
    { detail: { plover: [{ 'anything-but': { prefix: 'CON' } }] } },
    true,
  ],
  ['anything-but suffix', { detail: { file: [{ 'anything-but': { suffix: '.PNG' } }] } }, false],
  [
    'anything-but ignoring case',
    { detail: { plover: [{ 'anything-but': { 'equals-ignore-case': ['assault'] } }] } },
    false,
  ],
  ['anything-but wildcard', { detail: { file: [{ 'anything-but': { wildcard: '*/lib/*' } }] } }, false],
  ['anything-but needs the field', { detail: { missing: [{ 'anything-but': 'x' }] } }, false],
  [
    'anything-but on an array: some element is outside',
    { detail: { countries: [{ 'anything-but': 'PRK' }] } },
    true,
  ],
  [
    'anything-but on an array: every element excluded',
    { detail: { countries: [{ 'anything-but': ['PRK', 'RUS'] }] } },
    false,
  ],
  // numeric
  ['numeric less than', { detail: { goldstein: [{ numeric: ['<', -5] }] } }, true],
  ['numeric range outside', { detail: { goldstein: [{ numeric: ['>', 0, '<=', 5] }] } }, false],
  ['numeric equals', { detail: { quadClass: [{ numeric: ['=', 4] }] } }, true],
  ['numeric half-open range', { detail: { quadClass: [{ numeric: ['>=', 4, '<', 5] }] } }, true],
  ['numeric bound is exclusive', { detail: { quadClass: [{ numeric: ['>', 4] }] } }, false],
  ['numeric never matches a string', { detail: { root: [{ numeric: ['>', 0] }] } }, false],
  // exists
  ['exists true, null value counts as present', { detail: { data: { location: [{ exists: true }] } } }, true],
  ['exists false on a missing field', { detail: { missing: [{ exists: false }] } }, true],
  ['exists true on a missing field', { detail: { missing: [{ exists: true }] } }, false],
  ['exists false on a present field', { detail: { root: [{ exists: false }] } }, false],
  ['exists only sees leaves: an object is not', { detail: { data: { source: [{ exists: true }] } } }, false],
  ['exists false under a missing parent', { detail: { absent: { child: [{ exists: false }] } } }, true],
  // cidr
  ['cidr contains the address', { detail: { ip: [{ cidr: '10.0.0.0/24' }] } }, true],
  ['cidr does not', { detail: { ip: [{ cidr: '10.0.1.0/24' }] } }, false],
  // arrays of objects are matched element by element
  ['fields within one array element', { detail: { pairs: { a: [1], b: [2] } } }, true],
  ['fields from different elements', { detail: { pairs: { a: [1], b: [4] } } }, false],
  // mixed operators in one list, and $or
  ['any operator of the list', { detail: { plover: [{ prefix: 'CON' }, 'ASSAULT'] } }, true],
  [
    '$or: one branch matches',
    { detail: { $or: [{ quadClass: [1] }, { goldstein: [{ numeric: ['<', -5] }] }] } },
    true,
  ],
  ['$or: no branch matches', { detail: { $or: [{ quadClass: [1] }, { root: ['01'] }] } }, false],
  [
    '$or at the top level with other fields',
    { source: ['newsevents'], $or: [{ region: ['x'] }, { account: ['123456789012'] }] },
    true,
  ],
];

describe('EventBridge pattern semantics', () => {
  it.each(cases)('%s', (_name, pattern, expected) => {
    expect(matchesPattern(pattern, event)).toBe(expected);
  });

  it('the catalogue example: material conflict involving PRK', () => {
    const pattern = {
      source: ['newsevents'],
      'detail-type': ['Event Created'],
      detail: { countries: ['PRK'], quadClass: [4] },
    };
    expect(matchesPattern(pattern, event)).toBe(true);
    expect(matchesPattern(pattern, { ...event, detail: { ...event.detail, quadClass: 3 } })).toBe(false);
    expect(matchesPattern(pattern, { ...event, detail: { ...event.detail, countries: ['KOR'] } })).toBe(
      false,
    );
    expect(matchesPattern(pattern, { ...event, 'detail-type': 'Event Updated' })).toBe(false);
  });
});

describe('pattern validation', () => {
  const invalid: [string, unknown, RegExp][] = [
    ['not an object', ['source'], /JSON object/],
    ['a bare value instead of a list', { source: 'newsevents' }, /lists .* or nested objects/],
    ['an empty list', { source: [] }, /empty list/],
    ['an unknown operator', { source: [{ contains: 'news' }] }, /unknown operator "contains"/],
    ['two operators in one object', { source: [{ prefix: 'a', suffix: 'b' }] }, /exactly one operator/],
    ['numeric with an unknown operator', { n: [{ numeric: ['!=', 1] }] }, /unknown numeric operator/],
    ['numeric range with two lower bounds', { n: [{ numeric: ['>', 1, '>=', 2] }] }, /one lower bound/],
    ['numeric with a string bound', { n: [{ numeric: ['>', '1'] }] }, /must be numbers/],
    ['anything-but with mixed types', { s: [{ 'anything-but': ['a', 1] }] }, /only strings or only numbers/],
    ['consecutive wildcards', { s: [{ wildcard: 'a**b' }] }, /consecutive wildcard/],
    ['a bad escape in a wildcard', { s: [{ wildcard: 'a\\b' }] }, /backslash/],
    ['$or with one branch', { $or: [{ a: [1] }] }, /at least two/],
    ['exists with a string', { s: [{ exists: 'yes' }] }, /true or false/],
    ['an IPv6 cidr', { ip: [{ cidr: '2001:db8::/32' }] }, /IPv4/],
    ['prefix with a number', { s: [{ prefix: 5 }] }, /prefix takes a string/],
  ];

  it.each(invalid)('rejects %s', (_name, pattern, message) => {
    expect(() => compilePattern(pattern)).toThrow(EventPatternError);
    expect(() => compilePattern(pattern)).toThrow(message);
  });

  it('names where in the pattern the problem is', () => {
    expect(() => compilePattern({ detail: { countries: [{ prefx: 'P' }] } })).toThrow(
      /^detail\.countries\[0\]\.prefx:/,
    );
  });
});

describe('operators agree with plain definitions (property tests)', () => {
  it('prefix and suffix', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 3 }), (value, affix) => {
        expect(matchesPattern({ v: [{ prefix: affix }] }, { v: value })).toBe(value.startsWith(affix));
        expect(matchesPattern({ v: [{ suffix: affix }] }, { v: value })).toBe(value.endsWith(affix));
      }),
    );
  });

  it('numeric ranges', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.integer(),
        (value, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(matchesPattern({ v: [{ numeric: ['>=', low, '<', high] }] }, { v: value })).toBe(
            value >= low && value < high,
          );
        },
      ),
    );
  });

  it('a wildcard without stars is plain equality', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/[*\\]/.test(text)),
        fc.string(),
        (literal, value) => {
          expect(matchesPattern({ v: [{ wildcard: literal }] }, { v: value })).toBe(value === literal);
          expect(matchesPattern({ v: [{ wildcard: literal }] }, { v: literal })).toBe(true);
        },
      ),
    );
  });
});
