/** What the benchmark does through the public API, as a tenant's people and providers would. */
import { randomBytes, randomUUID } from "node:crypto";
import { Agent, RealtimeTicket, SignupResponse, WhatsAppNumber } from "@helios/contracts";
import { twilioSignature } from "@helios/core/provider/twilio/signature";
import WebSocket from "ws";
import { z } from "zod";

export async function call<S extends z.core.$ZodType>(
  baseUrl: string,
  path: string,
  schema: S,
  options: { method?: string; body?: unknown; token?: string } = {},
): Promise<z.infer<S>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  return z.parse(schema, text ? JSON.parse(text) : undefined);
}

export interface BenchTenant {
  email: string;
  password: string;
  token: string;
  slug: string;
  tenantId: string;
  authToken: string;
  numberId: string;
  /** The number's webhook path, as Twilio is told to call it. */
  webhookPath: string;
}

/** A tenant with Twilio connected (the provider sandbox) and one active number with an AI agent. */
export async function benchTenant(baseUrl: string): Promise<BenchTenant> {
  const email = `bench-${randomUUID().slice(0, 8)}@example.com`;
  const password = "a long enough password";
  const signup = await call(baseUrl, "/api/auth/signup", SignupResponse, {
    body: {
      email,
      password,
      name: "Bench",
      tenantName: `Bench ${randomUUID().slice(0, 6)}`,
    },
  });
  const { token } = signup;
  const slug = signup.tenant.slug;
  const account = {
    accountSid: `AC${randomBytes(16).toString("hex")}`,
    authToken: randomBytes(16).toString("hex"),
  };
  await call(baseUrl, `/api/t/${slug}/integrations/twilio`, z.unknown(), {
    method: "PUT",
    token,
    body: account,
  });
  const agent = await call(baseUrl, `/api/t/${slug}/agents`, Agent, {
    token,
    body: { name: "Ava", instructions: "Be brief.", channels: { whatsapp: true } },
  });
  const number = await call(baseUrl, `/api/t/${slug}/whatsapp/numbers`, WhatsAppNumber, {
    token,
    body: {
      provider: "twilio",
      displayName: "Bench line",
      address: randomAddress(),
      assignedAgentId: agent.id,
      active: true,
    },
  });
  return {
    email,
    password,
    token,
    slug,
    tenantId: signup.tenant.id,
    authToken: account.authToken,
    numberId: number.id,
    webhookPath: new URL(number.webhook.url).pathname,
  };
}

export const randomAddress = () =>
  `whatsapp:+1${String(2_000_000_000 + Math.floor(Math.random() * 7_000_000_000)).slice(0, 10)}`;

/** An inbound message as Twilio posts it: form-encoded, signed over the public URL. */
export function twilioInbound(
  baseUrl: string,
  tenant: BenchTenant,
  from: string,
  body: string,
  profileName = "Bench customer",
): Promise<Response> {
  const url = `${baseUrl}${tenant.webhookPath}`;
  const params = {
    SmsMessageSid: `SM${randomBytes(16).toString("hex")}`,
    NumMedia: "0",
    ProfileName: profileName,
    WaId: from.replace("whatsapp:+", ""),
    Body: body,
    To: "whatsapp:+14155238886",
    NumSegments: "1",
    MessageSid: `SM${randomBytes(16).toString("hex")}`,
    AccountSid: `AC${randomBytes(16).toString("hex")}`,
    From: from,
    ApiVersion: "2010-04-01",
  };
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": twilioSignature(tenant.authToken, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
}

const LiveEnvelope = z.object({ type: z.string(), data: z.record(z.string(), z.unknown()) });
/** A frame: one event, or the events of one write in a batch. */
const LiveFrame = z.union([
  z.object({ type: z.literal("batch"), events: z.array(LiveEnvelope) }),
  LiveEnvelope,
]);

export interface LiveEvent extends z.infer<typeof LiveEnvelope> {
  receivedAt: number;
}

/** A tenant's browser tab, reduced to its WebSocket: every event, with when it arrived. */
export async function openClient(baseUrl: string, tenant: Pick<BenchTenant, "token" | "slug">) {
  const { ticket } = await call(baseUrl, `/api/t/${tenant.slug}/realtime/ticket`, RealtimeTicket, {
    method: "POST",
    token: tenant.token,
  });
  const socket = new WebSocket(
    `${baseUrl.replace(/^http/, "ws")}/ws?ticket=${encodeURIComponent(ticket)}`,
  );
  const listeners = new Set<(event: LiveEvent) => void>();
  socket.on("message", (raw) => {
    const receivedAt = performance.now();
    const frame = LiveFrame.parse(JSON.parse(raw.toString()));
    for (const envelope of "events" in frame ? frame.events : [frame]) {
      const event = { ...envelope, receivedAt };
      for (const listener of listeners) listener(event);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return {
    onEvent: (listener: (event: LiveEvent) => void) => listeners.add(listener),
    close: () => socket.close(),
  };
}

/**
 * Waits until the local cloud is quiet, its table's stream consumers (the search indexer)
 * included: `POST /_local/drain`, asked again while it answers 504 (a long backlog).
 */
export async function drainCloud(baseUrl: string, maxMs = 600_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const response = await fetch(`${baseUrl}/_local/drain`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timeoutMs: 60_000 }),
    });
    const text = await response.text();
    if (response.status === 200) return;
    if (response.status !== 504 || Date.now() > deadline)
      throw new Error(`drain answered ${response.status}: ${text}`);
  }
}
