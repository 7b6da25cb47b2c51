import { cameoInfo, UnknownCameoCodeError } from '../lexicon/cameo';
import type { ActorRef } from '../model/actor';
import type { ChangeEvent } from '../model/change-event';
import type { StoredEvent } from '../model/event';

const MAX_LINE = 240;
/** SNS wants a subject shorter than 100 characters. */
const MAX_SUBJECT = 99;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 3)}...`;

const actorCode = (actor: ActorRef): string => actor.country ?? actor.name;

const codeName = (code: string): string => {
  try {
    return cameoInfo(code).name;
  } catch (error) {
    // A code outside the codebook still deserves a readable line rather than a failed notification.
    if (error instanceof UnknownCameoCodeError) return 'Unknown action';
    throw error;
  }
};

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const eventLine = (event: StoredEvent): string => {
  const qualifiers = [event.negated ? 'denied' : null, event.mode === 'actual' ? null : event.mode].filter(
    (value): value is string => value !== null,
  );
  const parties = `${event.source.name} -> ${event.target.name}${event.location ? ` in ${event.location.name}` : ''}`;
  return [
    `${actorCode(event.source)} -> ${actorCode(event.target)}`,
    `${event.code} ${codeName(event.code)}${qualifiers.length > 0 ? ` (${qualifiers.join(', ')})` : ''}`,
    event.date ?? 'undated',
    parties,
  ].join('  ');
};

const countChange = (changes: Record<string, { old: unknown; new: unknown }> | undefined): string => {
  const parts = ['articleCount', 'sourceCount', 'mentionCount']
    .filter((field) => changes?.[field] !== undefined)
    .map(
      (field) =>
        `${field.replace('Count', 's')} ${String(changes?.[field]?.old)}->${String(changes?.[field]?.new)}`,
    );
  return parts.length > 0 ? parts.join(', ') : 'details changed';
};

/**
 * One readable line per change event, for e-mail, chat and `newsevents tail`:
 * "RUS -> PRK  042 Make a visit  2023-10-18  Sergey Lavrov -> North Korea in Pyongyang  [created, 1 article]".
 */
export const summarizeChange = (event: ChangeEvent): string => {
  switch (event.detailType) {
    case 'Event Created': {
      const data = event.detail.data;
      return clip(`${eventLine(data)}  [created, ${plural(data.articleCount, 'article')}]`, MAX_LINE);
    }
    case 'Event Updated':
      return clip(
        `${eventLine(event.detail.data)}  [updated: ${countChange(event.detail.changes)}]`,
        MAX_LINE,
      );
    case 'Event Retracted':
      return clip(`${eventLine(event.detail.data)}  [retracted]`, MAX_LINE);
    case 'Article Processed': {
      const data = event.detail.data;
      return clip(
        [
          'Article processed',
          data.publishedAt ?? 'undated',
          data.title ?? data.key,
          `[${plural(data.eventIds.length, 'event')}]`,
          `s3://${data.bucket}/${data.key}`,
        ].join('  '),
        MAX_LINE,
      );
    }
    case 'Article Failed': {
      const data = event.detail.data;
      return clip(
        ['Article FAILED', data.reason ?? 'UNKNOWN', `s3://${data.bucket}/${data.key}`, data.detail ?? '']
          .join('  ')
          .trim(),
        MAX_LINE,
      );
    }
    case 'Actor Created': {
      const data = event.detail.data;
      return clip(
        `New actor  ${data.country ?? '---'} ${data.sector}  ${data.name} (${data.kind.toLowerCase()})`,
        MAX_LINE,
      );
    }
  }
};

/** SNS subjects must be printable ASCII: fold accents ("Erdoğan" -> "Erdogan"), replace whatever is left. */
const toAscii = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7E]/g, '?');

/** A subject line for e-mail: printable ASCII, no line breaks, under 100 characters. */
export const subjectForChange = (event: ChangeEvent): string =>
  clip(
    toAscii(`newsevents ${event.detailType}: ${summarizeChange(event)}`.replace(/\s+/g, ' ')),
    MAX_SUBJECT,
  );
