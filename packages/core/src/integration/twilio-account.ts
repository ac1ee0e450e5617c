import type { TwilioConnection, TwilioCredentials, TwilioNumber } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { sealSecret } from "../crypto/secret-box";
import { isConditionFailure } from "../db/conditions";
import { AppError, conflict, ruleViolated } from "../errors/app-error";
import { nowIso } from "../ids";
import { getClaim } from "../number/repository";
import {
  ProviderAuthError,
  ProviderRequestError,
  ProviderUnavailableError,
} from "../provider/errors";
import { listTwilioWhatsAppAddresses, verifyTwilioCredentials } from "../provider/twilio/api";
import { twilioNotConnected } from "./errors";
import { authTokenContext, type TwilioIntegrationItem } from "./integration";
import { getTwilioIntegration, putTwilioIntegration, twilioCredentials } from "./repository";

/** The use cases that call Twilio's API (with the `twilio` SDK). */

const twilioRefused = () =>
  ruleViolated(
    "twilio_auth_failed",
    "Twilio refused this Account SID and Auth Token: copy both again from the Twilio Console (Account Info) and retry",
    { authToken: "Twilio refused this pair" },
  );

/** Provider failures as API errors: refused credentials, a refused request, or Twilio unreachable. */
function fromTwilio(error: unknown): never {
  if (error instanceof ProviderAuthError) throw twilioRefused();
  if (error instanceof ProviderUnavailableError) {
    throw new AppError(502, "provider_unavailable", "Twilio did not answer: try again in a minute");
  }
  if (error instanceof ProviderRequestError) {
    throw new AppError(502, "provider_error", `Twilio refused the request: ${error.message}`);
  }
  throw error;
}

/** Verifies the pair with Twilio first: a refused pair saves nothing. */
export async function connectTwilio(
  actor: Actor,
  credentials: TwilioCredentials,
): Promise<TwilioConnection> {
  requireRole(actor, MANAGERS, "connect Twilio");
  const account = await verifyTwilioCredentials(credentials).catch(fromTwilio);
  const existing = await getTwilioIntegration(actor.tenantId);
  const item: TwilioIntegrationItem = {
    tenantId: actor.tenantId,
    provider: "twilio",
    accountSid: credentials.accountSid,
    authTokenSealed: await sealSecret(credentials.authToken, authTokenContext(actor.tenantId)),
    friendlyName: account.friendlyName,
    numberCount: existing?.numberCount ?? 0,
    connectedAt: nowIso(),
  };
  await putTwilioIntegration(item, existing).catch((error: unknown) => {
    if (isConditionFailure(error))
      throw conflict("integration_changed", "Twilio settings changed meanwhile: try again");
    throw error;
  });
  return {
    provider: "twilio",
    connected: true,
    accountSid: item.accountSid,
    friendlyName: item.friendlyName,
  };
}

/** The account's WhatsApp addresses (numbers and senders), each marked when already connected. */
export async function twilioNumbers(actor: Actor): Promise<TwilioNumber[]> {
  const credentials = await twilioCredentials(actor.tenantId);
  if (!credentials) throw twilioNotConnected();
  const numbers = await listTwilioWhatsAppAddresses(credentials).catch(fromTwilio);
  const marked: TwilioNumber[] = [];
  for (let start = 0; start < numbers.length; start += LOOKUPS_AT_ONCE) {
    const chunk = numbers.slice(start, start + LOOKUPS_AT_ONCE);
    marked.push(
      ...(await Promise.all(
        chunk.map(async (number): Promise<TwilioNumber> => {
          const holder = await getClaim("twilio", number.address);
          const connected =
            holder?.tenantId === actor.tenantId ? "here" : holder?.verified ? "elsewhere" : null;
          return { ...number, connected };
        }),
      )),
    );
  }
  return marked;
}

const LOOKUPS_AT_ONCE = 25;
