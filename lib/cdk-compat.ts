import type { ITable, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Bucket, IBucket } from 'aws-cdk-lib/aws-s3';

/*
 * aws-cdk-lib declares some getters as `x: T | undefined` on its classes but `x?: T` on the
 * matching interfaces (Bucket.isWebsite, Table.tableStreamArn). Under this repository's
 * exactOptionalPropertyTypes TypeScript then refuses a Bucket where an IBucket is expected,
 * although at runtime it is one. The widening happens here, once, and nowhere else.
 */
export const asITable = (table: Table): ITable => table as ITable;
export const asIBucket = (bucket: Bucket): IBucket => bucket as IBucket;
