import { AppError, ruleViolated } from "../errors/app-error";
import {
  ProviderAuthError,
  ProviderRequestError,
  ProviderUnavailableError,
} from "../provider/errors";
import { fetchMetaPhoneNumber, type MetaPhoneNumber } from "../provider/meta/api";

/**
 * A Meta number is ours only when Graph lets its token read its phone number id: the check that
 * turns a typed id and token into a verified claim, and the display number shown on the card.
 */
export async function checkMetaNumber(input: {
  phoneNumberId: string;
  accessToken: string;
}): Promise<MetaPhoneNumber> {
  try {
    return await fetchMetaPhoneNumber(input);
  } catch (error) {
    if (error instanceof ProviderAuthError) {
      throw ruleViolated(
        "meta_token_refused",
        "Meta refused this access token: copy a valid (system user) token from Meta Business Settings and retry",
        { accessToken: "Meta refused this token" },
      );
    }
    if (error instanceof ProviderRequestError) {
      throw ruleViolated(
        "meta_number_not_found",
        "Meta does not know this Phone Number ID for this token: copy the Phone Number ID from WhatsApp Manager (API Setup) and check the token may use it",
        { phoneNumberId: "Meta does not know this Phone Number ID for this token" },
      );
    }
    if (error instanceof ProviderUnavailableError) {
      throw new AppError(502, "provider_unavailable", "Meta did not answer: try again in a minute");
    }
    throw error;
  }
}
