import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { hex, isHttpUrl, parseJson, send } from "./http";
import { metaWebhookHeaders, numericId } from "./meta-ids";
import { metaJson } from "./meta-wire";
import { post, WEBHOOK_TIMEOUT_MS } from "./phone-wire";
import type { MetaAppEntry, SandboxRegistry } from "./registry";

/**
 * The sandbox's Meta dashboard, for what a business does by hand at Meta: create an app (Meta issues
 * its App Secret and a system user's access token, which the person then gives Helios), and set the
 * webhook of a phone number (callback URL and verify token, copied from Helios's number). Saving a
 * webhook runs Meta's handshake against it, then a signed test delivery: whether Helios takes the
 * number's deliveries is what Helios answers.
 */
export const META_APPS_PATH = "/apps";

const CreateApp = z.object({
  /** A test may fix the secret it signs its own deliveries with; otherwise the sandbox issues one. */
  appSecret: z.string().min(8).max(200).optional(),
});

const SetWebhook = z.object({
  phoneNumberId: z.string().regex(/^\d{5,30}$/, "must be a phone number id (digits)"),
  url: z.string().refine(isHttpUrl, "must be an http(s) URL"),
  verifyToken: z.string().min(1).max(500),
  /** The verified name the customer sees. */
  name: z.string().trim().min(1).max(200).optional(),
});

const appJson = (app: MetaAppEntry) => ({
  id: app.id,
  appSecret: app.secret,
  accessToken: app.accessToken,
  businessAccountId: app.businessAccountId,
});

const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, JSON.stringify(body), { "content-type": "application/json" });

const failure = (res: ServerResponse, status: number, message: string) =>
  json(res, status, { error: { message, type: "OAuthException", code: 100 } });

export async function handleMetaApps(
  registry: SandboxRegistry,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: Buffer,
): Promise<number> {
  const method = req.method ?? "GET";
  if (path === META_APPS_PATH) {
    if (method !== "POST") return failure(res, 405, "Use POST to create an app");
    const input = CreateApp.safeParse(parseJson(body) ?? {});
    if (!input.success) return failure(res, 400, input.error.issues[0]?.message ?? "Invalid app");
    const id = numericId(15);
    const app = registry.put(registry.metaApps, id, {
      id,
      secret: input.data.appSecret ?? hex(16),
      accessToken: `EAAG${hex(24)}`,
      businessAccountId: numericId(15),
    });
    return json(res, 201, appJson(app));
  }
  const route = /^\/apps\/(\d+)(\/webhooks)?$/.exec(path);
  const app = route?.[1] ? registry.metaApps.get(route[1]) : undefined;
  if (!app) return failure(res, 404, `Unknown app: ${path}`);
  if (!route?.[2]) return method === "GET" ? json(res, 200, appJson(app)) : failure(res, 405, "");
  if (method !== "POST") return failure(res, 405, "Use POST to set a webhook");
  const input = SetWebhook.safeParse(parseJson(body));
  if (!input.success) {
    const issue = input.error.issues[0];
    return failure(res, 400, `${issue?.path.join(".")}: ${issue?.message}`);
  }
  const { phoneNumberId, url, verifyToken, name } = input.data;
  const known = registry.metaNumbers.get(phoneNumberId);
  if (known?.appId && known.appId !== app.id) {
    return failure(res, 400, `The phone number ${phoneNumberId} belongs to another app`);
  }
  const verified = await handshake(url, verifyToken);
  if (verified) return failure(res, 400, verified);
  const number = registry.put(registry.metaNumbers, phoneNumberId, {
    appId: app.id,
    ...((name ?? known?.name) ? { name: name ?? known?.name } : {}),
    webhook: { url, refused: false },
  });
  const payload = metaJson({ object: "whatsapp_business_account", entry: [] });
  const test = await post(url, payload, metaWebhookHeaders(payload, app.secret));
  registry.answered(number.webhook, test.status);
  return json(res, 200, { phoneNumberId, url, receiving: !number.webhook?.refused, test });
}

/** Meta's subscription check: GET with `hub.*`; the answer must be the challenge. */
async function handshake(url: string, verifyToken: string): Promise<string | undefined> {
  const challenge = numericId(10);
  const check = new URL(url);
  check.searchParams.set("hub.mode", "subscribe");
  check.searchParams.set("hub.verify_token", verifyToken);
  check.searchParams.set("hub.challenge", challenge);
  try {
    const response = await fetch(check, { signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS) });
    const received = await response.text();
    if (response.status === 200 && received === challenge) return undefined;
    return `The callback URL or verify token couldn't be validated. Please verify the provided information or try again later. (HTTP ${response.status})`;
  } catch (error) {
    return `The callback URL couldn't be reached: ${error instanceof Error ? error.message : String(error)}`;
  }
}
