import { storeMetaDeliveryItems } from "@helios/core/webhook/meta";
import { MetaDeliveryJob } from "@helios/core/webhook/meta-queue";
import type { SQSEvent } from "aws-lambda";
import { queueRoutes } from "../routes";
import { handleBatch, queueRoute, workerHandler } from "./lib/sqs-batch";

const route = queueRoute(queueRoutes, "meta-deliveries.fifo");

/** Large Meta deliveries, a customer's items per record, each stored once (a repeat finds its marker). */
export const handler = workerHandler((event: SQSEvent) =>
  handleBatch(event, { name: "metaDeliveries", route }, async (record) => {
    await storeMetaDeliveryItems(MetaDeliveryJob.parse(JSON.parse(record.body)));
  }),
);
