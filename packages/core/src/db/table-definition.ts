/**
 * The single table's shape, shared by the SST stack (stacks/storage.ts) and the local cloud, so the
 * table deployed to AWS and the one in DynamoDB Local cannot drift apart. The shape is SST v2's
 * `TableProps` subset; `createTableInput` turns it into DynamoDB's own CreateTable request.
 */
import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

export const tableDefinition = {
  fields: {
    pk: "string",
    sk: "string",
    gsi1pk: "string",
    gsi1sk: "string",
    gsi2pk: "string",
    gsi2sk: "string",
  },
  primaryIndex: { partitionKey: "pk", sortKey: "sk" },
  globalIndexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  },
  timeToLiveAttribute: "expiresAt",
  /** The search indexer follows the table's changes (both images: what changed, what was removed). */
  stream: "new_and_old_images",
} as const;

export type IndexName = keyof typeof tableDefinition.globalIndexes;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { fields, primaryIndex, globalIndexes } = tableDefinition;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
    AttributeDefinitions: Object.keys(fields).map((name) => ({
      AttributeName: name,
      AttributeType: "S",
    })),
    KeySchema: [
      { AttributeName: primaryIndex.partitionKey, KeyType: "HASH" },
      { AttributeName: primaryIndex.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: Object.entries(globalIndexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
  };
}
