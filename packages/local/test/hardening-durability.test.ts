import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gate } from "./support/gate";
import { type LocalCloudProcess, startLocalCloud } from "./support/local-cloud-process";
import { sandboxTwilioAccount } from "./support/providers";
import { newMessageSid, signedTwilioPost, twilioFixture } from "./support/twilio-webhooks";

/** The JSON API of a separate local cloud (not the suite's shared one). */
async function call(
  baseUrl: string,
  path: string,
  options: { token?: string; body?: unknown; method?: string } = {},
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The DynamoDB Local JVM the local cloud started: its child, found by parent pid. */
const childPids = (pid: number): number[] =>
  execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);

describe("durability", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "helios-durability-"));
  let cloud: LocalCloudProcess | undefined;
  afterAll(async () => {
    await cloud?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("after kill -9 of the local cloud (and its DynamoDB Local) mid-stream, every message that got a 200 is there", async () => {
    // Its own DynamoDB Local on disk in its own data folder, as `npm start` runs it.
    cloud = await startLocalCloud({
      dataDir,
      env: { SEED_DEMO: "0", TABLE_NAME: "helios-durability" },
    });
    const base = cloud.url;
    const signup = await call(base, "/api/auth/signup", {
      body: {
        email: "durable@example.com",
        password: "a long enough password",
        name: "Owner",
        tenantName: "Durable",
      },
    });
    const { token } = signup.body;
    const slug = signup.body.tenant.slug;
    const account = sandboxTwilioAccount();
    await call(base, `/api/t/${slug}/integrations/twilio`, { method: "PUT", token, body: account });
    const address = "whatsapp:+15550001111";
    const number = await call(base, `/api/t/${slug}/whatsapp/numbers`, {
      token,
      body: { provider: "twilio", displayName: "Durable", address },
    });
    expect(number.status).toBe(201);
    const url = `${base}/webhooks/twilio/${number.body.id}`;

    const acknowledged: string[] = [];
    const sixtyAcknowledged = gate();
    let streaming = true;
    const stream = async (lane: number) => {
      for (let i = 0; streaming; i++) {
        const sid = newMessageSid();
        const params = twilioFixture("inbound-text", {
          MessageSid: sid,
          To: address,
          From: `whatsapp:+1555000${String(lane).padStart(4, "0")}`,
          Body: `lane ${lane} message ${i}`,
        });
        const status = await signedTwilioPost(url, params, account.authToken)
          .then((res) => res.status)
          .catch(() => 0);
        if (status === 200 && acknowledged.push(sid) >= 60) sixtyAcknowledged.open();
      }
    };
    const lanes = Array.from({ length: 6 }, (_, lane) => stream(lane));
    await sixtyAcknowledged.opened;

    const children = childPids(cloud.pid);
    for (const pid of children) process.kill(pid, "SIGKILL");
    await cloud.stop("SIGKILL");
    streaming = false;
    await Promise.all(lanes);
    const acked = [...acknowledged];
    expect(acked.length).toBeGreaterThanOrEqual(60);

    cloud = await startLocalCloud({
      dataDir,
      env: { SEED_DEMO: "0", TABLE_NAME: "helios-durability" },
    });
    const stored = new Set<string>();
    const conversations = await call(cloud.url, `/api/t/${slug}/whatsapp/conversations?limit=100`, {
      token,
    });
    expect(conversations.status).toBe(200);
    for (const conversation of conversations.body.items) {
      let before: string | undefined;
      do {
        const page = await call(
          cloud.url,
          `/api/t/${slug}/whatsapp/conversations/${conversation.id}/messages?limit=100${before ? `&before=${before}` : ""}`,
          { token },
        );
        for (const message of page.body.items) stored.add(message.providerMessageId);
        before = page.body.nextCursor ?? undefined;
      } while (before);
    }
    expect(acked.filter((sid) => !stored.has(sid))).toEqual([]);
  });
});
