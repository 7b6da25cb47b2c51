/** One row-level change of the store, already decoded from the stream's attribute-value format. */
export interface ItemChange {
  kind: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** The table key of the item (pk, sk). */
  keys: Record<string, unknown>;
  oldImage: Record<string, unknown> | undefined;
  newImage: Record<string, unknown> | undefined;
  /** Unique per stream shard and stable when the stream record is delivered again. */
  sequenceNumber: string;
  /** The stream record's own id (eventID), when the source gives one; also stable on redelivery. */
  recordId: string | null;
  /** When DynamoDB recorded the change (the stream's ApproximateCreationDateTime). */
  occurredAt: Date;
}

export const ITEM_TYPES = ['Article', 'Event', 'Mention', 'Actor'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const isItemType = (value: unknown): value is ItemType =>
  typeof value === 'string' && (ITEM_TYPES as readonly string[]).includes(value);

/** The store tags every item with `type`; an item without a known tag is not ours to publish. */
export const itemTypeOf = (change: ItemChange): ItemType | null => {
  const tag = change.newImage?.type ?? change.oldImage?.type;
  return isItemType(tag) ? tag : null;
};
