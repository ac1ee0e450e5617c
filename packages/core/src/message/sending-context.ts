import { BatchGetCommand, type BatchGetCommandOutput } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { TwilioIntegrationItem } from "../integration/integration";
import { NumberItem } from "../number/number";

export interface SendingContext {
  number: NumberItem | undefined;
  /** The tenant's Twilio integration (read whatever the number's provider: one request either way). */
  twilio: TwilioIntegrationItem | undefined;
}

/**
 * A reply's number and the tenant's Twilio credentials in one BatchGetItem (both consistent reads,
 * as their single reads were): the tenant is known before the number, so neither waits for the
 * other. Unprocessed keys (throttling) are asked again.
 */
export async function sendingContext(tenantId: string, numberId: string): Promise<SendingContext> {
  const table = tableName();
  const numberKey = keys.number(numberId);
  const integrationKey = keys.integration(tenantId, "twilio");
  const found: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] | undefined = [numberKey, integrationKey];
  for (let attempt = 0; pending?.length; attempt++) {
    if (attempt === 5) throw new Error("BatchGetItem left keys unprocessed five times");
    const answer: BatchGetCommandOutput = await db().send(
      new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }),
    );
    found.push(...(answer.Responses?.[table] ?? []));
    pending = answer.UnprocessedKeys?.[table]?.Keys;
  }
  const matches = (key: { pk: string; sk: string }) =>
    found.find((item) => item.pk === key.pk && item.sk === key.sk);
  const number = matches(numberKey);
  const twilio = matches(integrationKey);
  return {
    number: number ? NumberItem.parse(number) : undefined,
    twilio: twilio ? TwilioIntegrationItem.parse(twilio) : undefined,
  };
}
