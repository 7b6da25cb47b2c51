import { cameoInfo } from '../../../core/lexicon/cameo';
import type { Column } from './table';

interface ActorLike {
  id: string;
  name: string;
  country: string | null;
  sector?: string;
}

/** The fields a readable event row needs; both an extracted Event and a StoredEvent have them. */
export interface EventLike {
  id: string;
  code: string;
  date: string | null;
  source: ActorLike;
  target: ActorLike;
  negated: boolean;
  mode?: string;
  evidence?: { sentence: string };
  mentionCount?: number;
  articleCount?: number;
  retracted?: boolean;
}

const codeName = (code: string): string => {
  try {
    return cameoInfo(code).name;
  } catch {
    return '';
  }
};

/** A state actor's id is its country code; every other actor shows its country after its name. */
export const actorLabel = (actor: ActorLike): string =>
  actor.country && actor.id !== actor.country ? `${actor.name} (${actor.country})` : actor.name;

export const eventLabel = (event: EventLike): string => {
  const flags = [event.negated ? 'NOT' : '', event.mode && event.mode !== 'actual' ? event.mode : '']
    .filter(Boolean)
    .join(', ');
  return `${event.code} ${codeName(event.code)}${flags ? ` [${flags}]` : ''}`;
};

export const eventColumns = <T extends EventLike>(options: {
  evidence: boolean;
  counts: boolean;
}): Column<T>[] => [
  { header: 'DATE', value: (event) => event.date ?? '?' },
  { header: 'SOURCE', value: (event) => actorLabel(event.source), flex: true, minWidth: 12, maxWidth: 36 },
  { header: 'EVENT', value: eventLabel, flex: true, minWidth: 16, maxWidth: 44 },
  { header: 'TARGET', value: (event) => actorLabel(event.target), flex: true, minWidth: 12, maxWidth: 36 },
  ...(options.counts
    ? [
        {
          header: 'ARTICLES',
          align: 'right' as const,
          value: (event: T) => `${event.articleCount ?? ''}${event.retracted ? ' (retracted)' : ''}`,
        },
      ]
    : []),
  ...(options.evidence
    ? [
        {
          header: 'EVIDENCE',
          value: (event: T) => event.evidence?.sentence ?? '',
          flex: true,
          minWidth: 20,
          maxWidth: 90,
        },
      ]
    : []),
];
