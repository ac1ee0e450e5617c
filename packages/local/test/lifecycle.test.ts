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
    } finally {
      await second.stop("SIGINT");
    }
    expect(javaProcesses()).toBe("");
  }, 120_000);
});
