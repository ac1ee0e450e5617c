import { AiReplyJob } from "@helios/contracts";
import { escalateFailedTurn, takeAiTurn } from "@helios/core/ai/turn";
import type { SQSEvent } from "aws-lambda";
import { queueRoutes } from "../routes";
import { handleBatch, queueRoute, workerHandler } from "./lib/sqs-batch";

const route = queueRoute(queueRoutes, "ai-replies.fifo");

/**
 * The AI's turns, one conversation (message group) at a time in order. A turn that still fails on
 * the queue's last delivery escalates the conversation before the job goes to the dead-letter
 * queue: a customer is never left silently unanswered.
 */
export const handler = workerHandler((event: SQSEvent) =>
  handleBatch(event, { name: "aiReplies", route }, async (record, { lastAttempt }) => {
    const job = AiReplyJob.parse(JSON.parse(record.body));
    try {
      await takeAiTurn(job);
    } catch (error) {
      if (lastAttempt) await escalateFailedTurn(job, error);
      throw error;
    }
  }),
);
