import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type { Integration } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { tableName } from "../config";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import { conflict } from "../errors/app-error";
import { listNumbers } from "../number/repository";
import { forgetWebhookCredentials } from "../webhook/lookups";
import { toIntegration } from "./integration";
import { getTwilioIntegration } from "./repository";

/*
 * What needs no call to Twilio. Connecting and listing Twilio's numbers are in twilio-account.ts:
 * they pull the twilio SDK, which these functions' bundles are spared.
 */

export async function list(actor: Actor): Promise<Integration[]> {
  const twilio = await getTwilioIntegration(actor.tenantId);
  return twilio ? [toIntegration(twilio)] : [];
}

export async function disconnectTwilio(actor: Actor): Promise<void> {
  requireRole(actor, MANAGERS, "disconnect Twilio");
  try {
    await db().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keys.integration(actor.tenantId, "twilio"),
        ConditionExpression: "attribute_not_exists(pk) OR numberCount = :zero",
        ExpressionAttributeValues: { ":zero": 0 },
      }),
    );
    forgetWebhookCredentials(actor.tenantId);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const names = (await listNumbers(actor.tenantId))
      .filter((n) => n.provider === "twilio")
      .map((n) => n.displayName)
      .join(", ");
    throw conflict(
      "twilio_in_use",
      `Twilio still serves ${names}: delete those numbers first, then disconnect.`,
    );
  }
}
