import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';

export interface EventsTableProps {
  removalPolicy: 'destroy' | 'retain';
  deletionProtection: boolean;
}

const SECONDARY_INDEXES = ['gsi1', 'gsi2', 'gsi3'] as const;
const TTL_ATTRIBUTE = 'expiresAt';

/**
 * The store's single table, keyed generically (pk/sk, gsi1..gsi3 pk/sk) so the access
 * patterns live in the store adapter rather than in the infrastructure. Local runs create
 * the same table from adapters/dynamodb/table.ts; test/infra/stack.test.ts keeps the two equal.
 */
export const createEventsTable = (scope: Construct, id: string, props: EventsTableProps): Table => {
  const table = new Table(scope, id, {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    sortKey: { name: 'sk', type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    // The publish function turns the difference between old and new images into change events.
    stream: StreamViewType.NEW_AND_OLD_IMAGES,
    timeToLiveAttribute: TTL_ATTRIBUTE,
    deletionProtection: props.deletionProtection,
    removalPolicy: props.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  });
  for (const index of SECONDARY_INDEXES) {
    table.addGlobalSecondaryIndex({
      indexName: index,
      partitionKey: { name: `${index}pk`, type: AttributeType.STRING },
      sortKey: { name: `${index}sk`, type: AttributeType.STRING },
    });
  }
  return table;
};
