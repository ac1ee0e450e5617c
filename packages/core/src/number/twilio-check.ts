import { AppError, ruleViolated } from "../errors/app-error";
import { twilioNotConnected } from "../integration/errors";
import { twilioCredentials } from "../integration/repository";
import { isProviderError, ProviderAuthError } from "../provider/errors";

/**
 * Whether the tenant's Twilio account has the address (an incoming phone number or a WhatsApp
 * sender): a verified claim. One typed that Twilio does not list is accepted, unverified.
 */
export async function twilioOwns(tenantId: string, address: string): Promise<boolean> {
  const credentials = await twilioCredentials(tenantId);
  if (!credentials) throw twilioNotConnected();
  try {
    // Loaded when a Twilio address is checked: editing a number (the active switch) or anything
    // Meta does not pay for the `twilio` SDK's init.
    const { listTwilioWhatsAppAddresses } = await import("../provider/twilio/api");
    const addresses = await listTwilioWhatsAppAddresses(credentials);
    return addresses.some((number) => number.address === address);
  } catch (error) {
    if (error instanceof ProviderAuthError) {
      throw ruleViolated(
        "twilio_auth_failed",
        "Twilio refused the connected Account SID and Auth Token: connect Twilio again in Integrations",
      );
    }
    if (isProviderError(error)) {
      throw new AppError(
        502,
        "provider_unavailable",
        "Twilio did not answer as expected: try again in a minute",
      );
    }
    throw error;
  }
}
