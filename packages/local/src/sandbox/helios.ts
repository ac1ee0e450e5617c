import { openSecret } from "@helios/core/crypto/secret-box";
import { twilioCredentials } from "@helios/core/integration/repository";
import { secretContext } from "@helios/core/number/number";
import { findNumberByAddress } from "@helios/core/number/repository";

/**
 * What the sandbox asks Helios, as a provider's dashboard "knows" where a number's webhooks go: the
 * Helios number connected at a provider address, its app secret, the tenant's Twilio pair. The local
 * cloud runs core in-process with DynamoDB configured; elsewhere (the sandbox alone in a unit test)
 * these calls fail, and the callers treat a failure as "not connected".
 */
export interface HeliosDirectory {
  numberAt(provider: "twilio" | "meta", address: string): Promise<HeliosNumber | undefined>;
  /** The Meta number's app secret, opened; undefined when it has none. */
  appSecretOf(number: HeliosNumber): Promise<string | undefined>;
  /** The Twilio pair the tenant connected. */
  twilioCredentialsOf(
    tenantId: string,
  ): Promise<{ accountSid: string; authToken: string } | undefined>;
}

export interface HeliosNumber {
  id: string;
  tenantId: string;
  provider: "twilio" | "meta";
  displayName: string;
  /**
   * Helios takes its deliveries: not displaced by the address's verified owner, and (Meta) with an
   * App Secret to check signatures. The phone lists only these. (An inactive number receives too:
   * `active` only decides whether its AI agent answers.)
   */
  receiving: boolean;
  businessAccountId?: string;
  appSecretSealed?: string;
}

/** The directory backed by @helios/core (the local cloud's process). */
export const coreDirectory: HeliosDirectory = {
  async numberAt(provider, address) {
    const number = await findNumberByAddress(provider, address);
    if (!number) return undefined;
    return {
      id: number.id,
      tenantId: number.tenantId,
      provider: number.provider,
      displayName: number.displayName,
      receiving:
        number.disconnectedAt === undefined &&
        (number.provider === "twilio" || number.appSecretSealed !== undefined),
      ...(number.businessAccountId ? { businessAccountId: number.businessAccountId } : {}),
      ...(number.appSecretSealed ? { appSecretSealed: number.appSecretSealed } : {}),
    };
  },
  async appSecretOf(number) {
    if (!number.appSecretSealed) return undefined;
    return openSecret(number.appSecretSealed, secretContext(number.id, "appSecret"));
  },
  twilioCredentialsOf: (tenantId) => twilioCredentials(tenantId),
};

/** The public base of Helios's webhook URLs: PUBLIC_URL as Helios checks signatures against it. */
export const publicBaseUrl = (fallback: string): string =>
  (process.env.PUBLIC_URL || fallback).replace(/\/+$/, "");
