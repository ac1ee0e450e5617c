/**
 * The single DynamoDB table. Its shape is `tableDefinition` from the core, shared with the local
 * cloud's DynamoDB Local so the two cannot drift apart.
 */
import { tableDefinition } from "@helios/core/db/table-definition";
import { RemovalPolicy } from "aws-cdk-lib";
import { BillingMode } from "aws-cdk-lib/aws-dynamodb";
import { type StackContext, Table } from "sst/constructs";
import { isProductionStage } from "./defaults";

export function Storage({ app, stack }: StackContext) {
  const production = isProductionStage(app.stage);
  const table = new Table(stack, "Table", {
    fields: tableDefinition.fields,
    primaryIndex: tableDefinition.primaryIndex,
    globalIndexes: tableDefinition.globalIndexes,
    timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
    stream: tableDefinition.stream,
    cdk: {
      table: {
        billingMode: BillingMode.PAY_PER_REQUEST,
        // SST turns the deprecated `pointInTimeRecovery` on; CDK refuses it next to the specification.
        pointInTimeRecovery: undefined,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: production },
        deletionProtection: production,
        removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
    },
  });

  // Functions get item-level actions on it from their grants (stacks/grants.ts), never SST's
  // binding, which allows dynamodb:* (DeleteTable included).
  const indexNames = Object.keys(tableDefinition.globalIndexes);

  stack.addOutputs({ TableName: table.tableName });
  return { table, indexNames };
}
