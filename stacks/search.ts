/**
 * The table's stream and its consumers (`streamRoutes` of the manifest): the search indexer reads
 * every change of the one table, filtered on AWS's side to the item types it follows, off the
 * request path. A failing record is retried alone (partial batch responses, bisect on error) a few
 * times, then described in a dead-letter queue, and the stream moves on.
 */
import { streamRoutes } from "@helios/functions/routes";
import { Duration } from "aws-cdk-lib";
import { FilterCriteria, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, type Function as SstFunction, type StackContext, use } from "sst/constructs";
import { createFunction, WORKER_TIMEOUT_SECONDS } from "./defaults";
import { grantsFor } from "./grants";
import { queueConstructId } from "./manifest";
import { suppress } from "./nag";
import { Queues } from "./queues";
import { Realtime } from "./realtime";
import { Secrets } from "./secrets";
import { Storage } from "./storage";

export function Search({ stack }: StackContext) {
  const { table, indexNames } = use(Storage);
  const { secrets } = use(Secrets);
  const { publisher } = use(Realtime);
  const { byName: queues } = use(Queues);
  const consumers: { name: string; fn: SstFunction; deadLetters: Queue }[] = [];
  for (const route of streamRoutes) {
    const id = `${queueConstructId(route.name)}Stream`;
    const deadLetters = new Queue(stack, `${id}DeadLetters`, {
      cdk: { queue: { retentionPeriod: Duration.days(14), enforceSSL: true } },
    });
    const fn = createFunction(
      stack,
      `${id}Consumer`,
      route.handler,
      { timeout: `${WORKER_TIMEOUT_SECONDS} seconds` },
      ...grantsFor(route.grants, { table, indexNames, secrets, queues, publisher }),
    );
    // Grants the function DescribeStream/GetRecords/GetShardIterator/ListStreams on this stream.
    fn.addEventSource(
      new DynamoEventSource(table.cdk.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: route.batchSize,
        bisectBatchOnError: true,
        retryAttempts: route.retryAttempts,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(deadLetters.cdk.queue),
        filters: route.filters.map((pattern) => FilterCriteria.filter(pattern)),
      }),
    );
    suppress(deadLetters, [
      [
        "SQS3",
        "This queue is the stream consumer's on-failure destination (Lambda describes a batch that failed every retry here); it is itself the dead-letter queue.",
      ],
    ]);
    suppress(fn, [
      [
        "IAM5",
        "Lambda's DynamoDB Streams event source needs dynamodb:ListStreams, which supports no resource-level scoping and lists stream ARNs only; reading records is granted on this table's stream alone.",
        ["Resource::*"],
      ],
    ]);
    consumers.push({ name: route.name, fn, deadLetters });
  }
  return { consumers };
}
