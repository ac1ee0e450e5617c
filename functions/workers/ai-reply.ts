import { AiReplyJob } from "@helios/contracts";
import { escalateFailedTurn, takeAiTurn } from "@helios/core/ai/turn";
import { queueRoutes } from "../routes";
import { queueRoute, queueWorker } from "./lib/sqs-batch";

/**
 * The AI's turns, one conversation (message group) at a time in order. A turn that still fails on
 * the queue's last delivery escalates the conversation before the job goes to the dead-letter
 * queue: a customer is never left silently unanswered.
 */
export const handler = queueWorker({
  queue: { name: "aiReplies", route: queueRoute(queueRoutes, "ai-replies.fifo") },
  body: AiReplyJob,
  async handle(job, { lastAttempt }) {
    try {
      await takeAiTurn(job);
    } catch (error) {
      if (lastAttempt) await escalateFailedTurn(job, error);
      throw error;
    }
  },
});
