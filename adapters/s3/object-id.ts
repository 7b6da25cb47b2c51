import { articleIdFor } from '../../core/article';

/** Identity of an object in the pipeline ("bucket/key", key decoded); the article id derives from it. */
export const stableIdFor = (bucket: string, key: string): string => `${bucket}/${key}`;

/** The article id the ingest gives the object at bucket/key, whatever its content. */
export const articleIdForObject = (bucket: string, key: string): string =>
  articleIdFor(stableIdFor(bucket, key));
