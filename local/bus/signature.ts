import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-newsevents-signature';

/** `sha256=<hex HMAC-SHA256 of the exact request body>`, as sent in X-Newsevents-Signature. */
export const signBody = (secret: string, body: string | Uint8Array): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** Constant-time check of a received signature header against the raw body. */
export const verifySignature = (
  secret: string,
  body: string | Uint8Array,
  header: string | undefined,
): boolean => {
  if (header === undefined) return false;
  const expected = Buffer.from(signBody(secret, body));
  const received = Buffer.from(header);
  return expected.length === received.length && timingSafeEqual(expected, received);
};
