import { TextDecoder } from 'node:util';
import { ArticleError } from './article-error';

/** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', or a charset the input declared (e.g. 'windows-1251'). */
export type Encoding = string;

export interface Decoded {
  text: string;
  encoding: Encoding;
}

interface Magic {
  name: string;
  offset: number;
  bytes: readonly number[];
}

const ascii = (value: string): number[] => [...value].map((char) => char.charCodeAt(0));

/** Signatures of formats people drop into an inbox by mistake; none of them is article text. */
const MAGICS: readonly Magic[] = [
  { name: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { name: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF8') },
  { name: 'WebP image', offset: 8, bytes: ascii('WEBP') },
  { name: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ZIP archive (or DOCX/XLSX/EPUB)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', offset: 0, bytes: ascii('BZh') },
  { name: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  { name: 'OLE2 document (DOC/XLS/MSG)', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Java class file or Mach-O binary', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', offset: 0, bytes: ascii('SQLite format 3\0') },
  { name: 'MP4/MOV video', offset: 4, bytes: ascii('ftyp') },
  { name: 'MP3 audio', offset: 0, bytes: ascii('ID3') },
  { name: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { name: 'FLAC audio', offset: 0, bytes: ascii('fLaC') },
  { name: 'Matroska/WebM video', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: 'RIFF media (WAV/AVI)', offset: 0, bytes: ascii('RIFF') },
  { name: 'ICO image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
];

const matches = (bytes: Uint8Array, magic: Magic): boolean => {
  if (bytes.length < magic.offset + magic.bytes.length) return false;
  for (let i = 0; i < magic.bytes.length; i++) {
    if (bytes[magic.offset + i] !== magic.bytes[i]) return false;
  }
  return true;
};

export const binaryKind = (bytes: Uint8Array): string | null =>
  MAGICS.find((magic) => matches(bytes, magic))?.name ?? null;

/**
 * Windows-1252 bytes 0x80-0x9F (smart quotes, dashes, euro sign); the five bytes it leaves
 * undefined map to the C1 control of the same value, as in the WHATWG table.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decoded by hand: Node 20's TextDecoder('windows-1252') takes a Latin-1 fast path and turns
 * 0x93 into the control U+0093 instead of '“'.
 */
const decodeWindows1252 = (bytes: Uint8Array): string => {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
};

const decoderFor = (encoding: string, fatal: boolean): TextDecoder =>
  // ignoreBOM keeps a BOM in the output; it is removed with the other invisible characters later,
  // and keeping decoding dumb makes the BOM handling one place.
  new TextDecoder(encoding, { fatal, ignoreBOM: false });

/**
 * UTF-16 without a BOM: plain ASCII-range text has a NUL in every other byte. Looks at a sample
 * of pairs so the cost is bounded whatever the size.
 */
const sniffUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const pairs = Math.min(Math.floor(bytes.length / 2), 4096);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
};

interface Utf8Scan {
  validMultibyte: number;
  invalid: number;
  /** Index where an incomplete sequence runs into the end of the data, or -1. */
  truncatedAt: number;
}

/** One linear pass over the bytes: how UTF-8-like are they? */
const scanUtf8 = (bytes: Uint8Array): Utf8Scan => {
  let validMultibyte = 0;
  let invalid = 0;
  let truncatedAt = -1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    let code = lead & (0x3f >> need);
    let ok = true;
    let j = 1;
    for (; j <= need; j++) {
      const next = bytes[i + j];
      if (next === undefined) {
        truncatedAt = i;
        ok = false;
        break;
      }
      if ((next & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      code = (code << 6) | (next & 0x3f);
    }
    if (truncatedAt !== -1) break;
    if (ok && code >= min && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
      validMultibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { validMultibyte, invalid, truncatedAt };
};

const decodeUtf16 = (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', start: number): Decoded => {
  // An odd trailing byte is a truncated upload: drop it rather than refuse the whole article.
  const end = start + Math.floor((bytes.length - start) / 2) * 2;
  try {
    return { text: decoderFor(encoding, true).decode(bytes.subarray(start, end)), encoding };
  } catch {
    throw new ArticleError('UNDECODABLE', `invalid ${encoding.toUpperCase()} data (unpaired surrogates)`);
  }
};

/**
 * Bytes -> string. Order: BOM, UTF-16 by NUL pattern, strict UTF-8, mostly-UTF-8 (a stray bad byte
 * or a sequence cut at the end), then Windows-1252, which maps every byte and is what "Latin-1"
 * files from Windows tools really are.
 */
export const decodeBytes = (bytes: Uint8Array, contentType?: string): Decoded => {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8Lenient(bytes.subarray(3), null);
  }
  if (b0 === 0xff && b1 === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4) {
      throw new ArticleError('UNDECODABLE', 'UTF-32 text is not supported; save the article as UTF-8');
    }
    return decodeUtf16(bytes, 'utf-16le', 2);
  }
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'utf-16be', 2);
  if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    throw new ArticleError('UNDECODABLE', 'UTF-32 text is not supported; save the article as UTF-8');
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, 0);
  return decodeUtf8Lenient(bytes, declaredCharset(bytes, contentType));
};

/** WHATWG treats all of these as windows-1252; they go to the hand-written decoder. */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);
const CHARSET_IN_TYPE = /charset\s*=\s*["']?([\w.:-]{1,40})/i;
const CHARSET_IN_MARKUP =
  /<meta[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})|<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})/i;

/**
 * The charset the sender declared (Content-Type, <meta charset>, XML declaration). Consulted only
 * when the bytes are not valid UTF-8: a declaration can be stale, valid UTF-8 rarely is an accident.
 */
const declaredCharset = (bytes: Uint8Array, contentType: string | undefined): string | null => {
  const fromType = contentType ? CHARSET_IN_TYPE.exec(contentType)?.[1] : undefined;
  const head = fromType ? '' : String.fromCharCode(...bytes.subarray(0, 2048));
  const fromMarkup = CHARSET_IN_MARKUP.exec(head);
  const label = (fromType ?? fromMarkup?.[1] ?? fromMarkup?.[2])?.toLowerCase();
  return label && label !== 'utf-8' && label !== 'utf8' ? label : null;
};

const decodeDeclared = (bytes: Uint8Array, label: string): Decoded | null => {
  if (WINDOWS_1252_LABELS.has(label)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  if (label.startsWith('utf-16')) return null;
  try {
    const decoder = decoderFor(label, false);
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    // An unknown label is as good as none.
    return null;
  }
};

const decodeUtf8Lenient = (bytes: Uint8Array, declared: string | null): Decoded => {
  try {
    return { text: decoderFor('utf-8', true).decode(bytes), encoding: 'utf-8' };
  } catch {
    const fromDeclaration = declared ? decodeDeclared(bytes, declared) : null;
    if (fromDeclaration) return fromDeclaration;
    const scan = scanUtf8(bytes);
    if (scan.invalid === 0 && scan.truncatedAt !== -1) {
      // Valid UTF-8 cut off mid-character (a truncated upload): keep everything before the cut.
      return {
        text: decoderFor('utf-8', false).decode(bytes.subarray(0, scan.truncatedAt)),
        encoding: 'utf-8',
      };
    }
    if (scan.validMultibyte > 0 && scan.invalid * 4 <= scan.validMultibyte) {
      // Real UTF-8 with a few damaged bytes: one replacement character each beats mojibake everywhere.
      return { text: decoderFor('utf-8', false).decode(bytes), encoding: 'utf-8' };
    }
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
};

/**
 * Share of characters that never appear in text (C0 controls other than tab/newline/CR/FF, DEL,
 * C1 controls, U+FFFD), over a bounded sample.
 */
export const controlRatio = (text: string): number => {
  const sample = Math.min(text.length, 65_536);
  if (sample === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 9 && code !== 10 && code !== 13 && code !== 12) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffd
    ) {
      bad++;
    }
  }
  return bad / sample;
};
