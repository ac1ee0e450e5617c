import type { Action } from "./context";
import {
  changeMessageVisibility,
  changeMessageVisibilityBatch,
  deleteMessage,
  deleteMessageBatch,
} from "./messages";
import { getQueueAttributes, getQueueUrl, listQueues, purgeQueue } from "./queues";
import { receiveMessage } from "./receive";
import { sendMessage, sendMessageBatch } from "./send";

export const actions: ReadonlyMap<string, Action> = new Map([
  ["SendMessage", sendMessage],
  ["SendMessageBatch", sendMessageBatch],
  ["ReceiveMessage", receiveMessage],
  ["DeleteMessage", deleteMessage],
  ["DeleteMessageBatch", deleteMessageBatch],
  ["ChangeMessageVisibility", changeMessageVisibility],
  ["ChangeMessageVisibilityBatch", changeMessageVisibilityBatch],
  ["GetQueueUrl", getQueueUrl],
  ["GetQueueAttributes", getQueueAttributes],
  ["ListQueues", listQueues],
  ["PurgeQueue", purgeQueue],
]);

/** Real SQS actions the emulation refuses with UnsupportedOperation rather than "unknown". */
export const unsupportedActions: ReadonlySet<string> = new Set([
  "AddPermission",
  "CancelMessageMoveTask",
  "CreateQueue",
  "DeleteQueue",
  "ListDeadLetterSourceQueues",
  "ListMessageMoveTasks",
  "ListQueueTags",
  "RemovePermission",
  "SetQueueAttributes",
  "StartMessageMoveTask",
  "TagQueue",
  "UntagQueue",
]);
