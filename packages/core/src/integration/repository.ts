import type { TwilioCredentials } from "@helios/contracts";
import { openSecret } from "../crypto/secret-box";
import { keys } from "../db/keys";
import { addTx, deleteItem, NEW, putItem, readItem } from "../db/table";
import type { TransactItem } from "../db/transact";
import { authTokenContext, TwilioIntegrationItem } from "./integration";

export const getTwilioIntegration = (
  tenantId: string,
): Promise<TwilioIntegrationItem | undefined> =>
  readItem(TwilioIntegrationItem, keys.integration(tenantId, "twilio"));

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
export const twilioNumberCount = (tenantId: string, delta: 1 | -1): TransactItem =>
  addTx(keys.integration(tenantId, "twilio"), "numberCount", delta, {
    expression: "attribute_exists(pk)",
  });

/** Stores the integration; replacing credentials keeps (and conditions on) the number count. */
export const putTwilioIntegration = (
  item: TwilioIntegrationItem,
  existing: TwilioIntegrationItem | undefined,
) =>
  putItem({
    Item: { ...keys.integration(item.tenantId, "twilio"), type: "integration", ...item },
    // The number count moves with number writes; replacing the credentials must not reset it.
    ...(existing
      ? {
          ConditionExpression: "numberCount = :count",
          ExpressionAttributeValues: { ":count": existing.numberCount },
        }
      : NEW),
  });

/** Deletes the integration unless a number still counts on it (a condition failure then). */
export const deleteUnusedTwilioIntegration = (tenantId: string) =>
  deleteItem({
    Key: keys.integration(tenantId, "twilio"),
    ConditionExpression: "attribute_not_exists(pk) OR numberCount = :zero",
    ExpressionAttributeValues: { ":zero": 0 },
  });
