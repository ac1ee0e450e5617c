import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { httpRoutes } from "@helios/functions/routes";
import { describe, expect, inject, it } from "vitest";
import { api, newTenant, PASSWORD } from "./support/api";
import { drain, logCaughtUp } from "./support/drain";
import { connectTwilio, createAgent, randomAddress } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

/**
 * The local cloud's own secrets, as it generated them into its data folder; not the demo owner's
 * and agent's passwords, which its start banner prints by design.
 */
const serverSecrets = (): string[] => {
  const stored: Record<string, unknown> = JSON.parse(
    readFileSync(join(inject("localCloudDataDir"), "local-secrets.json"), "utf8"),
  );
  return Object.entries(stored)
    .filter(([name]) => name !== "demoPassword" && name !== "demoAgentPassword")
    .flatMap(([, value]) => (typeof value === "string" && value.length >= 8 ? [value] : []));
};

describe("secrets", () => {
  it("no response and no log line carries a stored token, secret or password", async () => {
    const tenant = await newTenant();
    const responses: string[] = [];
    const keep = <T extends { body: unknown }>(res: T): T => {
      responses.push(JSON.stringify(res.body ?? ""));
      return res;
    };

    const twilio = await connectTwilio(tenant);
    const agent = await createAgent(tenant);
    const address = randomAddress();
    const addNumber = async (body: Record<string, unknown>) =>
      keep(await api(`/api/t/${tenant.slug}/whatsapp/numbers`, { token: tenant.token, body }));
    const twilioNumber = await addNumber({
      provider: "twilio",
      displayName: "Twilio",
      address,
      assignedAgentId: agent.id,
      active: true,
    });
    const meta = {
      accessToken: `EAAG${randomBytes(24).toString("hex")}`,
      appSecret: randomBytes(16).toString("hex"),
    };
    const metaNumber = await addNumber({
      provider: "meta",
      displayName: "Meta",
      phoneNumberId: String(100_000_000_000_000 + Math.floor(Math.random() * 8e14)),
      ...meta,
    });
    expect(metaNumber.status).toBe(201);
    keep(
      await api(`/api/t/${tenant.slug}/whatsapp/numbers/${metaNumber.body.id}`, {
        method: "PATCH",
        token: tenant.token,
        body: { accessToken: `EAAG${randomBytes(24).toString("hex")}` },
      }),
    );
    const socket = await openSocket(tenant);
    await postTwilio(
      `/webhooks/twilio/${twilioNumber.body.id}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid(), To: address }),
      twilio.authToken,
    );
    const conversations = keep(
      await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token }),
    );
    const conversationId = conversations.body.items[0].id;
    keep(
      await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
        token: tenant.token,
        body: { text: "On its way" },
      }),
    );
    // Every read route of the API, with real ids.
    const ids: Record<string, string> = {
      userId: tenant.userId,
      agentId: agent.id,
      numberId: twilioNumber.body.id,
      conversationId,
    };
    for (const route of httpRoutes.filter((r) => r.method === "GET" && r.path.startsWith("/api"))) {
      const path = route.path
        .replace("{tenant}", tenant.slug)
        .replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? "0");
      keep(await api(path, { token: tenant.token }));
    }
    const login = keep(
      await api("/api/auth/login", { body: { email: tenant.email, password: PASSWORD } }),
    );
    expect(login.status).toBe(200);
    // Status callbacks, workers and their fan-out have finished; their frames and log lines are in.
    await drain({ callbacks: true });
    await socket.caughtUp();
    await logCaughtUp();
    socket.close();

    const secrets = [
      twilio.authToken,
      meta.accessToken,
      meta.appSecret,
      PASSWORD,
      ...serverSecrets(),
    ];
    const live = JSON.stringify(socket.events);
    for (const secret of secrets) {
      for (const body of responses) expect(body).not.toContain(secret);
      expect(live).not.toContain(secret);
    }
    const log = readFileSync(inject("localCloudLog"), "utf8");
    for (const secret of [...secrets, tenant.token, login.body.token])
      expect(log.includes(secret), "a secret is in the local cloud's log").toBe(false);
  });
});
