import { storeMetaDeliveryItem } from "@helios/core/webhook/meta";
import { MetaDeliveryJob } from "@helios/core/webhook/meta-queue";
import type { SQSEvent } from "aws-lambda";
import { queueRoutes } from "../routes";
import { handleBatch, queueRoute } from "./lib/sqs-batch";

const route = queueRoute(queueRoutes, "meta-deliveries.fifo");

/** The items of large Meta deliveries, each stored once (a repeat finds its dedupe marker). */
export const handler = (event: SQSEvent) =>
  handleBatch(event, { name: "metaDeliveries", route }, async (record) => {
    await storeMetaDeliveryItem(MetaDeliveryJob.parse(JSON.parse(record.body)));
  });
