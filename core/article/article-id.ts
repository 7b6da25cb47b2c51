import { createHash } from 'node:crypto';

export const sha256Hex = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

/** Same stable id (bucket + key, or a path) -> same article id, whatever the content. */
export const articleIdFor = (stableId: string): string => `art-${sha256Hex(stableId).slice(0, 20)}`;
