import { InboundFollowUpsJob } from "@helios/contracts";
import { runFollowUps } from "@helios/core/message/follow-ups";
import { queueRoutes } from "../routes";
import { queueRoute, queueWorker } from "./lib/sqs-batch";

/** What follows a stored customer message (the AI's turn, automatic insights), off the webhook's path. */
export const handler = queueWorker({
  queue: { name: "followUps", route: queueRoute(queueRoutes, "inbound-follow-ups") },
  body: InboundFollowUpsJob,
  handle: (job) => runFollowUps(job),
});
