/**
 * One Meta delivery of 1,000 items (the fixture Meta's maximum is modelled on): how long until
 * Helios answers 200, and until every message is stored (read back through the public API).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { SignupResponse, WhatsAppNumber } from "@helios/contracts";
import { metaSignature } from "@helios/core/provider/meta/signature";
import { z } from "zod";
import { call } from "./client";

export interface MetaBatchFigures {
  items: number;
  /** Messages the delivery stores (the rest are reactions and statuses). */
  messages: number;
  acknowledgedMs: number;
  storedMs: number;
}

const Conversations = z.object({
  items: z.array(z.object({ unreadCount: z.number() })),
  nextCursor: z.string().nullable(),
});

export async function measureMetaBatch(baseUrl: string): Promise<MetaBatchFigures> {
  const signup = await call(baseUrl, "/api/auth/signup", SignupResponse, {
    body: {
      email: `bench-meta-${randomUUID().slice(0, 8)}@example.com`,
      password: "a long enough password",
      name: "Bench",
      tenantName: `Bench Meta ${randomUUID().slice(0, 6)}`,
    },
  });
  const { token } = signup;
  const slug = signup.tenant.slug;
  const appSecret = randomBytes(16).toString("hex");
  const phoneNumberId = String(100_000_000_000_000 + Math.floor(Math.random() * 8e14));
  const number = await call(baseUrl, `/api/t/${slug}/whatsapp/numbers`, WhatsAppNumber, {
    token,
    body: {
      provider: "meta",
      displayName: "Bench Meta",
      phoneNumberId,
      accessToken: `EAAG${randomBytes(20).toString("hex")}`,
      appSecret,
    },
  });
  const raw = readFileSync(
    new URL("../packages/local/test/fixtures/meta/batch-1000.json", import.meta.url),
    "utf8",
  ).replaceAll("PHONE_NUMBER_ID", phoneNumberId);
  // 840 messages from 40 customers: each counts once as unread.
  const messages = 840;

  const started = performance.now();
  const response = await fetch(`${baseUrl}/webhooks/meta/${number.id}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hub-signature-256": metaSignature(appSecret, raw),
    },
    body: raw,
  });
  const acknowledgedMs = performance.now() - started;
  if (response.status !== 200) throw new Error(`Meta delivery: ${response.status}`);

  const deadline = Date.now() + 300_000;
  for (;;) {
    const page = await call(
      baseUrl,
      `/api/t/${slug}/whatsapp/conversations?limit=100`,
      Conversations,
      { token },
    );
    const unread = page.items.reduce((sum, c) => sum + c.unreadCount, 0);
    if (unread >= messages) break;
    if (Date.now() > deadline) throw new Error(`Meta delivery: ${unread} of ${messages} stored`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    items: 1000,
    messages,
    acknowledgedMs: Math.round(acknowledgedMs),
    storedMs: Math.round(performance.now() - started),
  };
}
