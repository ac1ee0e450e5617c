import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { createThreadInvoker } from "../src/lambda/thread-invoke";

const PROBE = "packages/local/test/fixtures/handlers/thread-probe.handler";
const invoker = createThreadInvoker();
const dir = mkdtempSync(join(tmpdir(), "helios-threads-"));

afterAll(async () => {
  await invoker.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("queue functions in threads of their own", () => {
  it("runs a handler on its own event loop: this loop keeps turning while the handler blocks its own", async () => {
    const flag = join(dir, "flag");
    const result = invoker.invoke(PROBE, { flag });
    // The handler waits for this file; on one shared loop it would never see it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    writeFileSync(flag, "");
    expect(await result).toMatchObject({ sawFlag: true });
    expect((await result) as { threadId: number }).not.toMatchObject({ threadId });
  });

  it("sees the environment the local cloud sets after the thread started (table, queue URLs…)", async () => {
    await invoker.invoke(PROBE, {});
    process.env.HELIOS_THREAD_PROBE = "set later";
    try {
      expect(await invoker.invoke(PROBE, {})).toMatchObject({ probe: "set later" });
    } finally {
      delete process.env.HELIOS_THREAD_PROBE;
    }
  });

  it("rejects with the handler's error, and the function keeps serving", async () => {
    await expect(invoker.invoke(PROBE, { fail: "the provider is down" })).rejects.toThrow(
      "the provider is down",
    );
    expect(await invoker.invoke(PROBE, {})).toMatchObject({ sawFlag: true });
  });

  it("answers concurrent invocations each with its own result", async () => {
    const flags = [join(dir, "a"), join(dir, "b"), join(dir, "c")];
    const results = Promise.all(flags.map((flag) => invoker.invoke(PROBE, { flag })));
    for (const flag of flags) writeFileSync(flag, "");
    expect(await results).toEqual(flags.map(() => expect.objectContaining({ sawFlag: true })));
  });
});
