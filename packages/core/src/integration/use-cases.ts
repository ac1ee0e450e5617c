import type { Integration } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { isConditionFailure } from "../db/conditions";
import { conflict } from "../errors/app-error";
import { listNumbers } from "../number/repository";
import { toIntegration } from "./integration";
import { deleteUnusedTwilioIntegration, getTwilioIntegration } from "./repository";

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
    await deleteUnusedTwilioIntegration(actor.tenantId);
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
