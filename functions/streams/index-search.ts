import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { logger } from "@helios/core/logger";
import { indexChange, tableChangeOf } from "@helios/core/search/stream";
import middy from "@middy/core";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";

/**
 * The table's stream → the search index and contacts, off the request path. A record that fails
 * is reported (batchItemFailures) so the stream retries from it; the records before it are done.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler((event, context) =>
    processPartialResponse(
      event,
      (record: DynamoDBRecord) => indexChange(tableChangeOf(record)),
      new BatchProcessor(EventType.DynamoDBStreams, { logger }),
      // In stream order: a conversation's later change is indexed after its earlier one.
      { context, throwOnFullBatchFailure: false, processInParallel: false },
    ),
  );
