/**
 * The hostile-input corpus of test/fixtures/hostile/manifest.json, made byte for byte.
 *
 *   npx tsx scripts/build-hostile-corpus.ts [--out DIR]
 *
 * Small readable fixtures are committed under test/fixtures/hostile/files/; everything binary, invisible
 * (zero-width, control characters) or large is produced here from a seeded generator, so the repository
 * holds no blob and every run yields the same bytes. Tests call `loadHostileCorpus()` and upload the bytes
 * directly; the CLI writes the whole corpus to a folder (default .cache/hostile-corpus, gitignored) to look
 * at or to feed `newsevents ingest`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { FAILURE_REASONS } from '../core/model/article';

const here = dirname(fileURLToPath(import.meta.url));
export const HOSTILE_DIR = resolve(here, '..', 'test', 'fixtures', 'hostile');

const GENERATOR_NAMES = [
  'empty',
  'pdfJunk',
  'pngJunk',
  'zipJunk',
  'gzipJunk',
  'jpegJunk',
  'truncatedUtf8',
  'mixedEncodings',
  'utf16leNoBom',
  'utf16beNoBom',
  'utf16leBom',
  'utf16UnpairedSurrogate',
  'utf32Bom',
  'overLimit6mb',
  'text10mb',
  'htmlNested100k',
  'htmlMegabyteAttribute',
  'jsonExtraMegabytes',
  'zeroWidthRtl',
  'sentence50k',
  'controlCharsSparse',
  'controlCharsDense',
  'nulFilled',
  'tinyParagraphs',
  'crlf',
  'crOnly',
  'windows1252SmartQuotes',
  'repeatedSentence20k',
  'manyDistinctEvents',
  'base64Blob',
  'control',
] as const;
type GeneratorName = (typeof GENERATOR_NAMES)[number];

export const HostileCaseSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9-]+$/),
    /** Object key under the inbox prefix: any characters S3 allows, spaces and unicode included. */
    key: z.string().min(1).max(1000),
    /** How the bytes are made: a committed file, or a generator in this script. */
    source: z.union([
      z.object({ file: z.string().regex(/^files\/[\w.-]+$/) }).strict(),
      z.object({ generator: z.enum(GENERATOR_NAMES) }).strict(),
    ]),
    description: z.string().min(10),
    contentType: z.string().optional(),
    expect: z
      .object({
        status: z.enum(['PROCESSED', 'FAILED']),
        reason: z.enum(FAILURE_REASONS).optional(),
        /** Bounds on the number of distinct events stored for the article. */
        minEvents: z.number().int().nonnegative().optional(),
        maxEvents: z.number().int().nonnegative().optional(),
        /** The article must code to exactly the same event ids as this other case (same text, other bytes). */
        sameEventsAs: z.string().optional(),
        /** The stored title, when decoding decides it. */
        title: z.string().optional(),
      })
      .strict()
      .refine((e) => (e.status === 'FAILED') === (e.reason !== undefined), 'a reason exactly when FAILED'),
  })
  .strict();
export type HostileCase = z.infer<typeof HostileCaseSchema>;

export const HostileManifestSchema = z
  .object({ $comment: z.string().optional(), cases: z.array(HostileCaseSchema).min(30) })
  .strict()
  .superRefine((manifest, ctx) => {
    const names = new Set<string>();
    const keys = new Set<string>();
    for (const entry of manifest.cases) {
      if (names.has(entry.name)) ctx.addIssue({ code: 'custom', message: `duplicate name ${entry.name}` });
      if (keys.has(entry.key)) ctx.addIssue({ code: 'custom', message: `duplicate key ${entry.key}` });
      names.add(entry.name);
      keys.add(entry.key);
    }
    for (const entry of manifest.cases) {
      const other = entry.expect.sameEventsAs;
      if (other !== undefined && !names.has(other))
        ctx.addIssue({ code: 'custom', message: `${entry.name}: sameEventsAs unknown case ${other}` });
    }
  });

const MB = 1024 * 1024;

/** mulberry32: small, seeded, identical on every platform, which is all a fixture needs. */
export const seeded = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const randomBytes = (length: number, seed: number): Uint8Array => {
  const next = seeded(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
};

const concat = (...parts: Array<Uint8Array | string>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

const readFixture = (file: string): string => readFileSync(join(HOSTILE_DIR, 'files', file), 'utf8');

/** The control article: every "same text, other bytes" case must code to its events. */
const control = (): string => readFixture('control.txt');

/** Its paragraphs without the headline, for cases that wrap the story in markup. */
const controlBody = (): string[] =>
  control()
    .split(/\n\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .slice(1);

/** Repeats `unit` until the result is at least `bytes` long. */
const fill = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

const encodeUtf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.from(le);
  be.swap16();
  return be;
};

/** Windows-1252 for the characters wire copy uses; anything else must be ASCII. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  é: 0xe9,
  ö: 0xf6,
  ü: 0xfc,
};
const encodeWindows1252 = (text: string): Uint8Array =>
  Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0;
    const mapped = code < 0x80 ? code : CP1252[char];
    if (mapped === undefined) throw new Error(`no Windows-1252 byte for ${char}`);
    return mapped;
  });

export const SMART_QUOTES_TITLE = 'Greece “ready to talk” as Turkey’s minister heads to Athens';

const COUNTRIES = [
  'France',
  'Germany',
  'Italy',
  'Spain',
  'Poland',
  'Sweden',
  'Norway',
  'Finland',
  'Austria',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Serbia',
  'Croatia',
  'Greece',
  'Turkey',
  'Egypt',
  'Kenya',
  'Nigeria',
  'Ghana',
  'Brazil',
  'Argentina',
  'Chile',
  'Peru',
  'Colombia',
  'Mexico',
  'Canada',
  'Japan',
  'India',
  'Pakistan',
  'Indonesia',
  'Vietnam',
  'Thailand',
  'Australia',
  'Iran',
  'Iraq',
  'Syria',
  'Jordan',
  'Israel',
  'Lebanon',
] as const;

const GENERATORS: Record<GeneratorName, () => Uint8Array> = {
  control: () => utf8(control()),
  empty: () => new Uint8Array(0),
  pdfJunk: () => concat('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n', randomBytes(8192, 1)),
  pngJunk: () =>
    concat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(6000, 2)),
  zipJunk: () => concat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), randomBytes(5000, 3)),
  gzipJunk: () => concat(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00]), randomBytes(5000, 4)),
  jpegJunk: () =>
    concat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), utf8('JFIF'), randomBytes(7000, 5)),
  truncatedUtf8: () => {
    // A sign-off with multi-byte letters, cut after the first byte of a two-byte "ü".
    const bytes = utf8(`${control()}\nReporting by Ayşe Yılmaz in Ankara; editing by Zoë Müller`);
    const cut = bytes.lastIndexOf(0xc3);
    return bytes.subarray(0, cut + 1);
  },
  mixedEncodings: () =>
    // A UTF-8 story with a paragraph pasted from a Windows-1252 document.
    concat(
      control(),
      '\n',
      encodeWindows1252(
        'The ministry’s spokesman called the meeting “a useful first step” – and said the café talks would continue.\n',
      ),
    ),
  utf16leNoBom: () => encodeUtf16(control(), 'le'),
  utf16beNoBom: () => encodeUtf16(control(), 'be'),
  utf16leBom: () => concat(Uint8Array.from([0xff, 0xfe]), encodeUtf16(control(), 'le')),
  utf16UnpairedSurrogate: () => {
    const body = Buffer.from(encodeUtf16(control(), 'le'));
    // A lone high surrogate (0xD83D) in the middle: no valid UTF-16 reading exists.
    const middle = Math.floor(body.length / 4) * 2;
    return concat(
      Uint8Array.from([0xff, 0xfe]),
      body.subarray(0, middle),
      Uint8Array.from([0x3d, 0xd8]),
      body.subarray(middle),
    );
  },
  utf32Bom: () => {
    const text = control();
    const out = Buffer.alloc(4 + text.length * 4);
    out.writeUInt32LE(0xfeff, 0);
    let at = 4;
    for (const char of text) {
      out.writeUInt32LE(char.codePointAt(0) ?? 0, at);
      at += 4;
    }
    return out.subarray(0, at);
  },
  overLimit6mb: () => utf8(fill(`${control()}\n\n`, 6 * MB)),
  text10mb: () => utf8(fill(`${control()}\n\n`, 10 * MB)),
  htmlNested100k: () =>
    utf8(
      `<!doctype html><html><head><title>Turkey and Greece agree to reopen talks</title></head><body>${'<div>'.repeat(100_000)}${controlBody()
        .map((paragraph) => `<p>${paragraph}</p>`)
        .join('')}${'</div>'.repeat(100_000)}</body></html>`,
    ),
  htmlMegabyteAttribute: () =>
    utf8(
      `<!doctype html><html><head><title>Turkey and Greece agree to reopen talks</title></head><body><article data-tracking="${'x9'.repeat(MB / 2)}">${controlBody()
        .map((paragraph) => `<p class="${'c'.repeat(50_000)}">${paragraph}</p>`)
        .join('\n')}</article></body></html>`,
    ),
  jsonExtraMegabytes: () => {
    const next = seeded(7);
    const extra: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) {
      extra[`tracking_field_${i}`] = Array.from({ length: 1000 }, () =>
        String.fromCharCode(97 + Math.floor(next() * 26)),
      ).join('');
    }
    return utf8(
      JSON.stringify({
        title: 'Turkey and Greece agree to reopen talks on maritime dispute',
        text: controlBody().join('\n\n'),
        publishedAt: '2024-03-12',
        source: 'Hostile Wire',
        analytics: extra,
        tags: Array.from({ length: 20_000 }, (_, i) => `tag-${i}`),
      }),
    );
  },
  zeroWidthRtl: () => {
    // Zero-width space, joiner, non-joiner and BOM inside names and between words; bidi marks and an
    // override around them; a right-to-left quotation at the end.
    const text = control()
      .replace('Hakan Fidan', 'Ha\u200bkan Fi\u200ddan')
      .replace('George Gerapetritis', 'Geo\u200crge Gera\ufeffpetritis')
      .replace('Cyprus criticized', '\u200fCyprus\u200e criticized')
      .replace('Aegean Sea', '\u202eAegean Sea\u202c')
      .replaceAll(' the ', ' \u2060the\u200b ');
    return utf8(
      `${text}\n\nA placard in Ankara read: \u202bسلام\u202c and another \u05e9\u05dc\u05d5\u05dd.\n`,
    );
  },
  sentence50k: () => {
    const next = seeded(11);
    const words = [
      'delegates',
      'discussed',
      'fisheries',
      'quotas',
      'harbour',
      'dues',
      'ferry',
      'timetables',
      'and',
      'weather',
      'buoys',
      'with',
      'officials',
      'from',
      'coastal',
      'towns',
    ];
    const parts: string[] = [];
    let length = 0;
    while (length < 50_000) {
      const word = words[Math.floor(next() * words.length)] ?? 'and';
      parts.push(next() < 0.08 ? `${word},` : word);
      length += word.length + 1;
    }
    return utf8(`${control()}\n\nThe ${parts.join(' ').slice(0, 50_000)}.\n`);
  },
  controlCharsSparse: () => {
    // Stray controls between words, well under the 10% that marks data as binary. Not VT or FF: those are
    // line breaks (a Word manual line break is a VT), which end a sentence by design.
    const controls = ['\x01', '\x07', '\x1b', '\x7f', '\x08', '\x1f'];
    let i = 0;
    return utf8(
      control().replace(/ /g, (space) =>
        i++ % 3 === 0 ? `${space}${controls[i % controls.length]}` : space,
      ),
    );
  },
  controlCharsDense: () => {
    const next = seeded(13);
    return utf8(
      [...control()]
        .map((char) => (next() < 0.4 ? String.fromCharCode(1 + Math.floor(next() * 8)) : char))
        .join(''),
    );
  },
  nulFilled: () => new Uint8Array(64 * 1024),
  tinyParagraphs: () => {
    const lines = [
      'Talks resumed.',
      'Ferries sailed.',
      'Markets rose.',
      'Rain fell.',
      'Schools reopened.',
      'Roads cleared.',
    ];
    return utf8(Array.from({ length: 40_000 }, (_, i) => lines[i % lines.length]).join('\n\n'));
  },
  crlf: () => utf8(control().replace(/\n/g, '\r\n')),
  crOnly: () => utf8(control().replace(/\n/g, '\r')),
  windows1252SmartQuotes: () =>
    encodeWindows1252(
      `${SMART_QUOTES_TITLE}\n\nATHENS (Hostile Wire) — Greece said on Tuesday it was “ready to talk” after Turkey’s foreign minister accepted an invitation to visit Athens – the first such trip in a year.\n\nGreek Foreign Minister George Gerapetritis met Turkish Foreign Minister Hakan Fidan in Ankara last month, and officials described the café meeting as ‘constructive’.\n`,
    ),
  repeatedSentence20k: () =>
    utf8(
      'Turkish Foreign Minister Hakan Fidan met Greek Foreign Minister George Gerapetritis in Ankara on Tuesday. '.repeat(
        20_000,
      ),
    ),
  manyDistinctEvents: () => {
    // Every ordered pair of 40 countries condemns once: 1,560 distinct events, far over the per-article cap.
    const sentences: string[] = [];
    for (const source of COUNTRIES) {
      for (const target of COUNTRIES) {
        if (source !== target) sentences.push(`${source} condemned ${target} over the border dispute.`);
      }
    }
    return utf8(`Diplomatic row spreads\n\n${sentences.join('\n\n')}\n`);
  },
  base64Blob: () => utf8(Buffer.from(randomBytes(150_000, 17)).toString('base64')),
};

/** The manifest, validated: a typo in a case fails loudly instead of testing nothing. */
export function loadHostileManifest(): HostileCase[] {
  const raw: unknown = JSON.parse(readFileSync(join(HOSTILE_DIR, 'manifest.json'), 'utf8'));
  return HostileManifestSchema.parse(raw).cases;
}

export function hostileBytes(entry: HostileCase): Uint8Array {
  if ('file' in entry.source) return readFileSync(join(HOSTILE_DIR, entry.source.file));
  return GENERATORS[entry.source.generator]();
}

export interface MaterializedCase extends HostileCase {
  bytes: Uint8Array;
}

/** Every case with its bytes (about 30 MB in memory, dominated by the two over-limit files). */
export function loadHostileCorpus(): MaterializedCase[] {
  return loadHostileManifest().map((entry) => ({ ...entry, bytes: hostileBytes(entry) }));
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function main(argv: string[]): void {
  const at = argv.indexOf('--out');
  const given = at >= 0 ? argv[at + 1] : undefined;
  const out = resolve(given ?? join(here, '..', '.cache', 'hostile-corpus'));
  mkdirSync(out, { recursive: true });
  for (const entry of loadHostileManifest()) {
    const bytes = hostileBytes(entry);
    // Keys may hold characters a file name cannot ("/"): the file is named after the case.
    const file = `${entry.name}${entry.key.match(/\.[A-Za-z0-9]{1,5}$/)?.[0] ?? ''}`;
    writeFileSync(join(out, file), bytes);
    const expected = entry.expect.reason ? `FAILED ${entry.expect.reason}` : entry.expect.status;
    console.log(
      `${file.padEnd(36)} ${String(bytes.byteLength).padStart(10)} B  ${sha256(bytes)}  ${expected}`,
    );
  }
  console.log(`\nwritten to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
