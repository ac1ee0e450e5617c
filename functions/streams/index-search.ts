import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { logger } from "@helios/core/logger";
import { indexChanges, tableChangeOf } from "@helios/core/search/stream";
import middy from "@middy/core";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";

/**
 * The table's stream → the search index and contacts, off the request path. The batch is indexed
 * at once (each index item written once); if that fails, record by record, in stream order, and a
 * record that fails is reported (batchItemFailures) so the stream retries from it.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event, context) => {
    try {
      await indexChanges(event.Records.map(tableChangeOf));
      return { batchItemFailures: [] };
    } catch (error) {
      logger.warn("indexing the batch at once failed: record by record", { error });
      return processPartialResponse(
        event,
        (record: DynamoDBRecord) => indexChanges([tableChangeOf(record)]),
        new BatchProcessor(EventType.DynamoDBStreams, { logger }),
        { context, throwOnFullBatchFailure: false, processInParallel: false },
      );
    }
  });
