import { createCoder } from '../../../core/coder/index';
import type { Event } from '../../../core/model/event';
import type { Extraction } from '../../../core/ports';

export const coder = createCoder();

/** Codes a text as an article published on `published` (a Thursday by default). */
export const extract = (text: string, published = '2023-10-19'): Extraction =>
  coder.extract({
    bytes: new TextEncoder().encode(text),
    id: `test/${text.length}/${text.slice(0, 40)}`,
    published,
  });

export const summary = (event: Event): string =>
  `${event.source.country ?? event.source.id}>${event.target.country ?? event.target.id}:${event.code}`;

export const summaries = (text: string, published?: string): string[] =>
  extract(text, published).events.map(summary);

/** The events of one code family a text yields (`family` is tried on `source>target:code`), sorted. */
export const summariesMatching = (text: string, family: RegExp, published?: string): string[] =>
  summaries(text, published)
    .filter((event) => family.test(event))
    .sort();
