import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import { contactFromConversation, contactWithoutConversation } from "../contact/from-conversation";
import { ConversationItem } from "../conversation/conversation";
import { MessageItem } from "../message/message";
import {
  indexConversation,
  indexMessage,
  unindexConversation,
  unindexMessage,
} from "./conversations";
import { IndexWrites } from "./index-writes";

/** One change of the table, as its stream tells it (images unmarshalled). */
export interface TableChange {
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  newImage?: Record<string, unknown>;
  oldImage?: Record<string, unknown>;
}

/** The item types whose changes the index follows (the stream's filter on AWS says the same). */
export const INDEXED_TYPES = ["conversation", "message"] as const;

type Image = Record<string, AttributeValue>;

/** A stream record (AWS's `DynamoDBRecord`) as a change with plain images. */
export function tableChangeOf(record: DynamoDBRecord): TableChange {
  const { eventName, dynamodb } = record;
  if (eventName === undefined) throw new Error("A stream record without an event name");
  return {
    eventName,
    ...(dynamodb?.NewImage ? { newImage: unmarshall(dynamodb.NewImage as Image) } : {}),
    ...(dynamodb?.OldImage ? { oldImage: unmarshall(dynamodb.OldImage as Image) } : {}),
  };
}

const typeOf = (change: TableChange) => (change.newImage ?? change.oldImage)?.type;

/**
 * What the index does for a batch of changes of the table, in order: a conversation created or
 * changed is indexed by its customer (and its contact kept in step); a new message by its words; a
 * removed conversation or message takes its index items with it. Anything else is none of its
 * business. The index items of the whole batch are written together, each once. Doing it twice
 * changes nothing (the same puts and deletes), so a retried batch is safe.
 */
export async function indexChanges(changes: readonly TableChange[]): Promise<void> {
  const writes = new IndexWrites();
  for (const change of changes) {
    const type = typeOf(change);
    const removed = change.eventName === "REMOVE";
    if (type === "conversation") {
      if (removed) {
        if (!change.oldImage) continue;
        const conversation = ConversationItem.parse(change.oldImage);
        unindexConversation(writes, conversation);
        await contactWithoutConversation(conversation);
        continue;
      }
      const conversation = ConversationItem.parse(change.newImage);
      const previous = change.oldImage ? ConversationItem.parse(change.oldImage) : undefined;
      indexConversation(writes, conversation, previous);
      await contactFromConversation(conversation, previous);
    } else if (type === "message") {
      if (removed) {
        if (change.oldImage) unindexMessage(writes, MessageItem.parse(change.oldImage));
        continue;
      }
      const message = MessageItem.parse(change.newImage);
      const before = change.oldImage ? MessageItem.parse(change.oldImage) : undefined;
      if (before?.text !== message.text) indexMessage(writes, message);
    }
  }
  await writes.flush();
}
