/**
 * S3 event notifications carry object keys form-URL-encoded: a space arrives as "+", a literal "+" as "%2B",
 * non-ASCII as UTF-8 percent escapes; "/" is left as is. Decoding the wrong way (decodeURIComponent alone)
 * turns "my file.txt" into "my+file.txt" and the GetObject fails.
 */
export class S3KeyEncodingError extends Error {
  constructor(readonly encodedKey: string) {
    super(`object key is not valid URL encoding: ${JSON.stringify(encodedKey.slice(0, 200))}`);
    this.name = 'S3KeyEncodingError';
  }
}

export function decodeS3EventKey(encodedKey: string): string {
  try {
    return decodeURIComponent(encodedKey.replace(/\+/g, ' '));
  } catch {
    throw new S3KeyEncodingError(encodedKey);
  }
}

/** What S3 puts in `s3.object.key`: letters, digits and `. - * _ /` kept, space as "+", the rest %XX. */
export function encodeS3EventKey(key: string): string {
  let encoded = '';
  for (const char of key) {
    if (/^[A-Za-z0-9.\-*_/]$/.test(char)) encoded += char;
    else if (char === ' ') encoded += '+';
    else {
      for (const byte of Buffer.from(char, 'utf8'))
        encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return encoded;
}
