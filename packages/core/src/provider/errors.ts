/**
 * What can go wrong when Helios calls a messaging provider (Twilio or Meta), as three typed errors.
 * They are not API errors themselves: each use case decides what an error means for its caller
 * (refused credentials while connecting is a 422, while sending it is a failed message, …).
 */
export type Provider = "twilio" | "meta";

const providerName: Record<Provider, string> = { twilio: "Twilio", meta: "Meta" };

/** The provider refused the credentials (Twilio 401 / 20003, Meta 190). */
export class ProviderAuthError extends Error {
  override readonly name = "ProviderAuthError";

  constructor(
    readonly provider: Provider,
    /** The provider's error code, e.g. "20003" or "190". */
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The provider understood the request and said no to it (invalid number, window closed, …). */
export class ProviderRequestError extends Error {
  override readonly name = "ProviderRequestError";

  constructor(
    readonly provider: Provider,
    /** The provider's own error code, as a string ("21211", "131047", …). */
    readonly code: string,
    /** The provider's message, as it gave it. */
    message: string,
    /** The HTTP status of the provider's answer. */
    readonly status: number,
    /** More detail when the provider gives it (Twilio `more_info`, Graph `error_data.details`). */
    readonly details?: string,
  ) {
    super(message);
  }

  /** A plain-language explanation to show a person. */
  get explanation(): string {
    return explainProviderError(this.code);
  }
}

/** The provider could not be reached or failed on its side: network error, timeout, 5xx, 429. */
export class ProviderUnavailableError extends Error {
  override readonly name = "ProviderUnavailableError";

  constructor(
    readonly provider: Provider,
    message: string,
    /** The HTTP status when the provider answered at all. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isProviderError = (
  error: unknown,
): error is ProviderAuthError | ProviderRequestError | ProviderUnavailableError =>
  error instanceof ProviderAuthError ||
  error instanceof ProviderRequestError ||
  error instanceof ProviderUnavailableError;

/**
 * How a send the provider never accepted is recorded on the message: a code and a sentence a person
 * can act on. An outage is not the message's fault, so it says that retrying is the way out.
 */
export function sendFailure(
  error: ProviderAuthError | ProviderRequestError | ProviderUnavailableError,
): {
  code: string;
  message: string;
} {
  if (!(error instanceof ProviderUnavailableError)) {
    return { code: error.code, message: explainProviderError(error.code) };
  }
  const name = providerName[error.provider];
  const what =
    error.status === undefined
      ? `${name} did not answer in time`
      : `${name} answered with an error on its side (HTTP ${error.status})`;
  return {
    code: "provider_unavailable",
    message: `${what}, so the message was not sent. Retry it in a minute.`,
  };
}

/** How long a call to a provider may hold a function; `PROVIDER_TIMEOUT_MS` shortens it (tests). */
export const providerTimeoutMs = (): number => {
  const configured = Number(process.env.PROVIDER_TIMEOUT_MS);
  return Number.isInteger(configured) && configured > 0 ? configured : 10_000;
};

export const unavailable = (provider: Provider, status?: number, cause?: unknown) =>
  new ProviderUnavailableError(
    provider,
    status === undefined
      ? `${providerName[provider]} could not be reached`
      : `${providerName[provider]} answered ${status}: try again in a minute`,
    status,
    { cause },
  );

const OUTSIDE_WINDOW =
  "More than 24 hours have passed since the customer last wrote, so WhatsApp only accepts an approved template message now. Send a template, or wait until the customer writes again.";
const CREDENTIALS_REFUSED =
  "The provider refused the saved credentials. Reconnect the integration (Twilio: copy the Account SID and Auth Token again; Meta: use a fresh access token).";
const SENDER_NOT_ENABLED =
  "This sender is not enabled for WhatsApp. Finish the WhatsApp sender setup in Twilio, or connect a number that is WhatsApp-enabled.";

const TEMPLATE_MISSING =
  "WhatsApp does not know this template in this language (it may have been deleted, renamed or not approved yet). Refresh the templates and choose an approved one.";
const TEMPLATE_VARIABLES =
  "The template's variables do not match what WhatsApp approved (a value missing, one too many, or in the wrong format). Fill every variable and send again.";

const explanations: Record<string, string> = {
  // Templates (Twilio, then Meta)
  "63027": TEMPLATE_MISSING,
  "63028": TEMPLATE_VARIABLES,
  "63032":
    "WhatsApp did not deliver this template to this customer because of a WhatsApp limit (for example on how many marketing messages a person receives). Try a utility template, or wait until the customer writes.",
  "132000": TEMPLATE_VARIABLES,
  "132001": TEMPLATE_MISSING,
  "132005":
    "With its variables filled in, the template's text is longer than WhatsApp allows. Shorten the values and send again.",
  "132007":
    "The filled template breaks WhatsApp's formatting rules (line breaks, tabs or many spaces in a variable, for example). Change the values and send again.",
  "132012": TEMPLATE_VARIABLES,
  "132015":
    "WhatsApp paused this template because of its low quality rating. Choose another template, or edit this one in WhatsApp Manager.",
  "132016":
    "WhatsApp disabled this template for good because of its quality. Choose another template.",
  // Twilio
  "63016": OUTSIDE_WINDOW,
  "21211":
    "The 'To' number is not a valid phone number. Check that it is in international format: + and the country code, then the number.",
  "20003": CREDENTIALS_REFUSED,
  "21608":
    "This Twilio account can only send to numbers it has verified (trial account). Verify the number in Twilio or upgrade the account.",
  "63007": SENDER_NOT_ENABLED,
  "30007":
    "The carrier filtered this message (it looked like spam or broke a content rule). Rephrase it, or use an approved template.",
  "30008":
    "The message could not be delivered for a reason the carrier did not give. Check that the phone is on and reachable, then try again.",
  // Meta
  "131047": OUTSIDE_WINDOW,
  "131026":
    "WhatsApp could not deliver the message: the number may not be on WhatsApp, or the customer uses an app version or terms that cannot receive it.",
  "190": CREDENTIALS_REFUSED,
};

/**
 * Plain-language explanation of a provider error code, for the codes Helios shows next to a failed
 * message or a refused request; anything else gets a generic explanation that still names the code.
 */
export function explainProviderError(code: string | number | null | undefined): string {
  const key = code === null || code === undefined ? "" : String(code).trim();
  const known = explanations[key];
  if (known) return known;
  return key
    ? `The provider could not process this message (error ${key}). Try again; if it keeps failing, look the code up in the provider's error list.`
    : "The provider could not process this message. Try again; if it keeps failing, check the integration's settings.";
}
