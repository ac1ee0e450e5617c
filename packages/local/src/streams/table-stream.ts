import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";
import { logger } from "@helios/core/logger";
import { streamRoutes } from "@helios/functions/routes";
import type { DynamoDBRecord } from "aws-lambda";
import { localDynamoDbClient } from "../dynamodb/local-client";
import type { SqsLogger } from "../sqs/types";
import { StreamPoller } from "./poller";

export interface TableStream {
  /** Whether every record written before `since` was handled, as `StreamPoller.caughtUp`. */
  caughtUp(since: number): boolean;
  settled(since: number, signal: AbortSignal): Promise<void>;
  stop(): Promise<void>;
}

const streamLogger: SqsLogger = {
  info: (message, details) => logger.info(message, { ...details }),
  warn: (message, details) => logger.warn(message, { ...details }),
  error: (message, details) => logger.error(message, { ...details }),
};

/** One poller per consumer of the table's stream (`streamRoutes`), on DynamoDB Local. */
export function startTableStream(options: {
  endpoint: string;
  tableName: string;
  invoke(handler: string, event: { Records: DynamoDBRecord[] }): Promise<unknown>;
}): TableStream {
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const pollers = streamRoutes.map(
    (route) =>
      new StreamPoller({
        dynamodb: localDynamoDbClient(options.endpoint),
        streams,
        tableName: options.tableName,
        route,
        invoke: options.invoke,
        logger: streamLogger,
        region: process.env.AWS_REGION ?? "us-east-1",
      }),
  );
  for (const poller of pollers) poller.start();
  return {
    caughtUp: (since) => pollers.every((poller) => poller.caughtUp(since)),
    settled: async (since, signal) => {
      await Promise.all(pollers.map((poller) => poller.settled(since, signal)));
    },
    stop: async () => {
      await Promise.all(pollers.map((poller) => poller.stop()));
    },
  };
}
