import type { Actor } from './model/actor';
import type { Article } from './model/article';
import type { Event } from './model/event';

/** Time is injected so the core is deterministic under test. */
export interface Clock {
  now(): Date;
}

/** What the coder makes of one article; the `extract` CLI prints exactly this. */
export interface Extraction {
  article: Article;
  actors: Actor[];
  events: Event[];
}

/** Raw bytes plus whatever the caller knows about them (S3 metadata, CLI flags). */
export interface ArticleInput {
  bytes: Uint8Array;
  /** Stable identity of the article (bucket + decoded key in the pipeline, the path on the CLI). */
  id: string;
  fileName?: string;
  contentType?: string;
  published?: string;
  title?: string;
  url?: string;
  source?: string;
  /** Last-modified time of the stored object: the last resort for the publication date. */
  objectTime?: Date;
}

export interface Coder {
  readonly version: string;
  extract(input: ArticleInput): Extraction;
}

export const systemClock: Clock = { now: () => new Date() };
