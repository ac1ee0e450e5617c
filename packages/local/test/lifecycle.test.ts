import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalCloud } from "./support/local-cloud-process";

const dataDir = mkdtempSync(join(tmpdir(), "helios-lifecycle-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The JVMs whose command line names this test's data folder. */
const javaProcesses = () => {
  try {
    return execFileSync("pgrep", ["-f", `java.*${dataDir}`], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};

/**
 * The demo workspace as seeded once (a restart adds nothing): customers' conversations (one
 * closed, one escalated, one with a photo), a second member, canned responses and labels.
 */
async function expectDemoInboxOnce(url: string) {
  const { demoPassword } = JSON.parse(readFileSync(join(dataDir, "local-secrets.json"), "utf8"));
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "owner@demo.helios.local", password: demoPassword }),
  });
  const { token } = (await login.json()) as { token: string };
  const get = async (path: string) =>
    (await (
      await fetch(`${url}/api/t/demo${path}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      items: Record<string, unknown>[];
    };
  const conversations = (await get("/whatsapp/conversations")).items;
  expect(conversations).toHaveLength(5);
  expect(conversations.filter((c) => c.status === "closed")).toHaveLength(1);
  expect(conversations.filter((c) => c.escalated === true)).toHaveLength(1);
  expect((await get("/members")).items.map((m) => m.name).sort()).toEqual([
    "Dana Demo",
    "Sam Rivera",
  ]);
  expect((await get("/canned-responses")).items.map((r) => r.shortcut)).toEqual([
    "hello",
    "hours",
    "refund",
  ]);
  expect((await get("/labels")).items.map((l) => l.name)).toEqual(["Billing", "Bug", "VIP"]);
}

describe("the local cloud's lifecycle", () => {
  it("SIGINT stops everything, the JVM included; a restart keeps users and tenants", async () => {
    const first = await startLocalCloud({ dataDir, env: { DYNAMODB_ENDPOINT: "" } });
    expect(javaProcesses()).not.toBe("");
    const signup = await fetch(`${first.url}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: "keep@example.com",
        password: "a long enough password",
        name: "Kim",
        tenantName: "Keep Co",
      }),
    });
    expect(signup.status).toBe(201);

    expect(await first.stop("SIGINT")).toBe(0);
    expect(javaProcesses()).toBe("");

    const second = await startLocalCloud({ dataDir, env: { DYNAMODB_ENDPOINT: "" } });
    try {
      const login = await fetch(`${second.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "keep@example.com", password: "a long enough password" }),
      });
      expect(login.status).toBe(200);
      const body = (await login.json()) as { tenants: unknown };
      expect(body.tenants).toEqual([{ slug: "keep-co", name: "Keep Co", role: "owner" }]);
      const log = readFileSync(second.logFile, "utf8");
      expect(log.match(/seeded now/g)).toHaveLength(1);
      await expectDemoInboxOnce(second.url);
    } finally {
      await second.stop("SIGINT");
    }
    expect(javaProcesses()).toBe("");
  }, 120_000);
});
