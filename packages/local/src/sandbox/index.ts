import type { IncomingMessage, ServerResponse } from "node:http";
import { CallbackDispatcher, jsonLineLog, type SandboxLog } from "./callbacks";
import { FAULTS_PATH, SendFaults } from "./faults";
import { send } from "./http";
import { MailSandbox, sesSandboxEndpoint } from "./mail";
import { META_GRAPH_VERSION, META_MAGIC, META_SANDBOX_PATH, MetaSandbox } from "./meta";
import { OPENAI_API_PATH, OPENAI_SANDBOX_PATH, OpenAiSandbox } from "./openai";
import { PHONE_PATH, SandboxPhone } from "./phone";
import { SandboxRegistry } from "./registry";
import { TWILIO_MAGIC, TWILIO_SANDBOX_PATH, TwilioSandbox } from "./twilio";
import { TypingIndicators } from "./typing";

export type { SandboxLog, SandboxLogEntry } from "./callbacks";
export { META_MAGIC } from "./meta";
export {
  type MetaWebhookRegistration,
  registerMetaWebhook,
  unregisterMetaWebhook,
} from "./meta-webhooks";
export { TWILIO_MAGIC } from "./twilio";

export const SANDBOX_PATH = "/_sandbox";

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** `TWILIO_API_BASE_URL` for a local cloud at `baseUrl`. */
export const twilioSandboxBaseUrl = (baseUrl: string): string =>
  `${trimSlash(baseUrl)}${TWILIO_SANDBOX_PATH}`;

/** `META_GRAPH_BASE_URL` (with the Graph version) for a local cloud at `baseUrl`. */
export const metaSandboxBaseUrl = (baseUrl: string): string =>
  `${trimSlash(baseUrl)}${META_SANDBOX_PATH}/${META_GRAPH_VERSION}`;

/** `OPENAI_BASE_URL` of the OpenAI-compatible stand-in for a local cloud at `baseUrl`. */
export const openaiSandboxBaseUrl = (baseUrl: string): string =>
  `${trimSlash(baseUrl)}${OPENAI_API_PATH}`;

/** Both providers' base URLs (and the mail sandbox as SES) for a local cloud at `baseUrl`. */
export const sandboxProviderEnv = (baseUrl: string) => ({
  TWILIO_API_BASE_URL: twilioSandboxBaseUrl(baseUrl),
  META_GRAPH_BASE_URL: metaSandboxBaseUrl(baseUrl),
  SES_ENDPOINT: sesSandboxEndpoint(baseUrl),
});

export interface ProviderSandboxOptions {
  /** Where the sandbox is served (the local cloud's URL); media URLs point there. */
  baseUrl: string;
  /** The wait before each status callback: a fixed delay or a [min, max] range (default 150–400). */
  statusDelayMs?: number | readonly [min: number, max: number];
  /** Waits before the retries of a failed callback; its length is the number of retries. */
  retryDelaysMs?: readonly number[];
  /** Per delivery attempt (default 5 s). */
  callbackTimeoutMs?: number;
  /** Where dropped callbacks are reported (default: one JSON line on stdout). */
  log?: SandboxLog;
  /** Where the sandbox keeps its accounts, apps and webhooks between runs (default: memory only). */
  stateFile?: string;
}

export interface ProviderSandbox {
  /** `TWILIO_API_BASE_URL` for this sandbox. */
  readonly twilioBaseUrl: string;
  /** `META_GRAPH_BASE_URL` for this sandbox. */
  readonly metaGraphBaseUrl: string;
  /** `/_sandbox/…` (the providers' APIs), `/sandbox/phone…` and `/sandbox/media/…` (the phone). */
  owns(path: string): boolean;
  /** Answers one request the sandbox owns; returns the status it answered. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<number>;
  /** Stores bytes that the Meta sandbox serves as a media object (`GET /{media-id}`); its id. */
  addMetaMedia(media: { body: Buffer; mimeType: string }): string;
  /** Resolves once no callback is pending (tests). */
  idle(): Promise<void>;
  /** Cancels the pending callbacks and saves the registry. */
  close(): Promise<void>;
}

/**
 * Twilio's and Meta's APIs as Helios uses them, in memory, so that the product works end to end
 * without a provider account: REST/Graph calls answered with the providers' shapes and errors, then
 * signed status callbacks to the URLs Helios gave.
 */
export function createProviderSandbox(options: ProviderSandboxOptions): ProviderSandbox {
  const baseUrl = trimSlash(options.baseUrl);
  const log = options.log ?? jsonLineLog;
  const delay = options.statusDelayMs ?? [150, 400];
  const dispatcher = new CallbackDispatcher({
    delayMs:
      typeof delay === "number"
        ? () => delay
        : () => delay[0] + Math.floor(Math.random() * (delay[1] - delay[0] + 1)),
    retryDelaysMs: options.retryDelaysMs ?? [500, 2000],
    timeoutMs: options.callbackTimeoutMs ?? 5000,
    log,
  });
  const registry = new SandboxRegistry(options.stateFile);
  const faults = new SendFaults();
  const typing = new TypingIndicators();
  const twilio = new TwilioSandbox(registry, dispatcher, faults, typing);
  const meta = new MetaSandbox(registry, baseUrl, dispatcher, log, faults, typing);
  const phone = new SandboxPhone({ baseUrl, registry, twilio, meta, log, typing });
  const openai = new OpenAiSandbox();
  const mail = new MailSandbox();

  const describe = () => ({
    twilio: {
      baseUrl: twilioSandboxBaseUrl(baseUrl),
      accounts: "any Account SID AC + 32 hex with a 32-hex auth token; the first token seen wins",
      senders: `POST ${twilioSandboxBaseUrl(baseUrl)}/v2/Channels/Senders {sender_id, profile: {name}, webhook: {callback_url}} (Basic auth): where the phone's messages to that address go`,
      magic: TWILIO_MAGIC,
    },
    meta: {
      baseUrl: metaSandboxBaseUrl(baseUrl),
      accessTokens: `any token of ${META_MAGIC.minTokenLength}+ characters not starting with ${META_MAGIC.invalidTokenPrefix}`,
      phoneNumberIds: `any id of 15 or 16 digits answers GET /{id}?fields=display_phone_number,verified_name; others (e.g. ${META_MAGIC.unknownPhoneNumberId}) → 400 code 100`,
      apps: `POST ${baseUrl}${META_SANDBOX_PATH}/apps {appSecret?} → {id, appSecret, accessToken}; POST …/apps/{id}/webhooks {phoneNumberId, url, verifyToken, name?}: Meta's handshake, then the number's webhooks go there, signed with the app secret`,
      magic: META_MAGIC,
    },
    phone: `${baseUrl}${PHONE_PATH}`,
    openai: {
      baseUrl: openaiSandboxBaseUrl(baseUrl),
      script: `POST ${baseUrl}${OPENAI_SANDBOX_PATH}/script {marker, steps: [{reply|handoff|json|status, delayMs, times}]}: answers for requests whose last user message contains the marker`,
    },
    faults: `POST ${baseUrl}${FAULTS_PATH} {to, fault: "unavailable"|"timeout"|"unauthorized", times}: the next sends to that recipient fail so`,
  });

  return {
    twilioBaseUrl: twilioSandboxBaseUrl(baseUrl),
    metaGraphBaseUrl: metaSandboxBaseUrl(baseUrl),
    owns: (path) =>
      path === SANDBOX_PATH ||
      path.startsWith(`${SANDBOX_PATH}/`) ||
      phone.owns(path) ||
      mail.owns(path),
    async handle(req, res, url, body) {
      const path = url.pathname;
      if (mail.owns(path)) return mail.handle(req, res, url, body);
      if (phone.owns(path)) return phone.handle(req, res, url, body);
      if (path === TWILIO_SANDBOX_PATH || path.startsWith(`${TWILIO_SANDBOX_PATH}/`)) {
        return twilio.handle(req, res, url, body);
      }
      if (path.startsWith(`${META_SANDBOX_PATH}/`)) return meta.handle(req, res, url, body);
      if (path === FAULTS_PATH) return faults.handle(req, res, body);
      if (path.startsWith(`${OPENAI_SANDBOX_PATH}/`)) return openai.handle(req, res, url, body);
      if (path === SANDBOX_PATH || path === `${SANDBOX_PATH}/`) {
        return send(res, 200, JSON.stringify(describe(), null, 2), {
          "content-type": "application/json",
        });
      }
      return send(res, 404, "Not found", { "content-type": "text/plain" });
    },
    addMetaMedia: (media) => meta.addMedia(media),
    idle: () => dispatcher.idle(),
    async close() {
      await dispatcher.close();
      registry.flush();
    },
  };
}
