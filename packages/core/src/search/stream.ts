import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import { contactFromConversation } from "../contact/from-conversation";
import { ConversationItem } from "../conversation/conversation";
import { MessageItem } from "../message/message";
import {
  indexConversation,
  indexMessage,
  unindexConversation,
  unindexMessage,
} from "./conversations";

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
 * What the index does for one change of the table: a conversation created or changed is indexed
 * by its customer (and its contact kept in step); a new message by its words; a removed
 * conversation or message takes its index items with it. Anything else is none of its business.
 * Doing it twice changes nothing (puts and deletes of the same items), so a retried batch is safe.
 */
export async function indexChange(change: TableChange): Promise<void> {
  const type = typeOf(change);
  if (type === "conversation") {
    if (change.eventName === "REMOVE") {
      if (change.oldImage) await unindexConversation(ConversationItem.parse(change.oldImage));
      return;
    }
    const conversation = ConversationItem.parse(change.newImage);
    const previous = change.oldImage ? ConversationItem.parse(change.oldImage) : undefined;
    await Promise.all([
      indexConversation(conversation, previous),
      contactFromConversation(conversation, previous),
    ]);
  } else if (type === "message") {
    if (change.eventName === "REMOVE") {
      if (change.oldImage) await unindexMessage(MessageItem.parse(change.oldImage));
      return;
    }
    const message = MessageItem.parse(change.newImage);
    const before = change.oldImage ? MessageItem.parse(change.oldImage) : undefined;
    if (before?.text === message.text) return;
    await indexMessage(message);
  }
}
