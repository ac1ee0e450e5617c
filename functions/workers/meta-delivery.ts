import { storeMetaDeliveryItems } from "@helios/core/webhook/meta";
import { MetaDeliveryJob } from "@helios/core/webhook/meta-queue";
import { queueRoutes } from "../routes";
import { queueRoute, queueWorker } from "./lib/sqs-batch";

/** Large Meta deliveries, a customer's items per record, each stored once (a repeat finds its marker). */
export const handler = queueWorker({
  queue: { name: "metaDeliveries", route: queueRoute(queueRoutes, "meta-deliveries.fifo") },
  body: MetaDeliveryJob,
  handle: (job) => storeMetaDeliveryItems(job),
});
