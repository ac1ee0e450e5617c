import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { TwilioCredentials } from "@helios/contracts";
import { tableName } from "../config";
import { openSecret } from "../crypto/secret-box";
import { db } from "../db/client";
import { keys } from "../db/keys";
import type { TransactItem } from "../db/transact";
import { authTokenContext, TwilioIntegrationItem } from "./integration";

export async function getTwilioIntegration(
  tenantId: string,
): Promise<TwilioIntegrationItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.integration(tenantId, "twilio"),
      ConsistentRead: true,
    }),
  );
  return Item ? TwilioIntegrationItem.parse(Item) : undefined;
}

/** The tenant's Twilio credentials, decrypted for a call to Twilio or a signature check. */
export async function twilioCredentials(tenantId: string): Promise<TwilioCredentials | undefined> {
  return credentialsOf(tenantId, await getTwilioIntegration(tenantId));
}

/** The credentials of an integration item already read (decrypted). */
export async function credentialsOf(
  tenantId: string,
  integration: TwilioIntegrationItem | undefined,
): Promise<TwilioCredentials | undefined> {
  if (!integration) return undefined;
  return {
    accountSid: integration.accountSid,
    authToken: await openSecret(integration.authTokenSealed, authTokenContext(tenantId)),
  };
}

/** Counts a Twilio number in or out; counting in requires the integration to exist. */
export function twilioNumberCount(tenantId: string, delta: 1 | -1): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.integration(tenantId, "twilio"),
      UpdateExpression: "ADD numberCount :delta",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":delta": delta },
    },
  };
}
