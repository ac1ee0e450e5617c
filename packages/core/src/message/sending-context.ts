import { BatchGetCommand, type BatchGetCommandOutput } from "@aws-sdk/lib-dynamodb";
import type { Actor } from "../access/actor";
import { tableName } from "../config";
import { ConversationItem } from "../conversation/conversation";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { TwilioIntegrationItem } from "../integration/integration";
import { NumberItem } from "../number/number";
import { UserItem } from "../user/user";

type Key = { pk: string; sk: string };

/**
 * Items by key in one BatchGetItem, consistent as the single reads they replace were; unprocessed
 * keys (throttling) are asked again. Returns each key's item, or undefined.
 */
async function batchGet(wanted: Key[]): Promise<(Record<string, unknown> | undefined)[]> {
  const table = tableName();
  const found: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] | undefined = wanted;
  for (let attempt = 0; pending?.length; attempt++) {
    if (attempt === 5) throw new Error("BatchGetItem left keys unprocessed five times");
    const answer: BatchGetCommandOutput = await db().send(
      new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }),
    );
    found.push(...(answer.Responses?.[table] ?? []));
    pending = answer.UnprocessedKeys?.[table]?.Keys;
  }
  return wanted.map((key) => found.find((item) => item.pk === key.pk && item.sk === key.sk));
}

export interface SendingContext {
  number: NumberItem | undefined;
  /** The tenant's Twilio integration (read whatever the number's provider: one request either way). */
  twilio: TwilioIntegrationItem | undefined;
}

/** A reply's number and the tenant's Twilio credentials: the tenant is known before the number. */
export async function sendingContext(tenantId: string, numberId: string): Promise<SendingContext> {
  const [number, twilio] = await batchGet([
    keys.number(numberId),
    keys.integration(tenantId, "twilio"),
  ]);
  return {
    number: number ? NumberItem.parse(number) : undefined,
    twilio: twilio ? TwilioIntegrationItem.parse(twilio) : undefined,
  };
}

export interface ChatReplyContext {
  conversation: ConversationItem | undefined;
  user: UserItem | undefined;
  twilio: TwilioIntegrationItem | undefined;
}

/**
 * What a person's reply needs before its number is known, in one request: the conversation (in
 * the caller's tenant), the person's name, and the tenant's Twilio credentials.
 */
export async function chatReplyContext(
  actor: Pick<Actor, "tenantId" | "userId">,
  conversationId: string,
): Promise<ChatReplyContext> {
  const [conversation, user, twilio] = await batchGet([
    keys.conversation(actor.tenantId, conversationId),
    keys.user(actor.userId),
    keys.integration(actor.tenantId, "twilio"),
  ]);
  return {
    conversation: conversation ? ConversationItem.parse(conversation) : undefined,
    user: user ? UserItem.parse(user) : undefined,
    twilio: twilio ? TwilioIntegrationItem.parse(twilio) : undefined,
  };
}
