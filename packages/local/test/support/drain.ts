import { randomUUID } from "node:crypto";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { expect, inject } from "vitest";

/**
 * Waits until the local cloud is quiet: no queue worker running, no job due within `dueWithinMs`,
 * and with `callbacks`, no sandbox status callback pending (`POST /_local/drain`, src/drain.ts).
 * "Nothing happened" is then
 * asserted on a settled system instead of after a sleep. Throws with what is still pending when the
 * cloud stays busy past `timeoutMs`. The cloud is shared by the run's test files, so this also
 * waits for their work; keep markers per test so what is asserted stays this test's own.
 */
export async function drain(
  options: { timeoutMs?: number; dueWithinMs?: number; callbacks?: boolean; baseUrl?: string } = {},
): Promise<void> {
  const { baseUrl = inject("baseUrl"), ...body } = options;
  const res = await fetch(`${baseUrl}/_local/drain`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`not drained: ${res.status} ${await res.text()}`);
}

/**
 * Resolves once the local cloud's log file holds every line its process wrote before this call:
 * a request to a path unique to this call is logged after them, and is waited for in the file.
 */
export async function logCaughtUp(): Promise<void> {
  const file = inject("localCloudLog");
  // Only what is written from now on is searched: the shared cloud's log grows to many MB in a run.
  const from = statSync(file).size;
  const mark = `/_local/log-mark/${randomUUID()}`;
  await (await fetch(`${inject("baseUrl")}${mark}`)).arrayBuffer();
  await expect
    .poll(() => tailOf(file, from).includes(mark), { timeout: 20_000, interval: 50 })
    .toBe(true);
}

function tailOf(file: string, from: number): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(Math.max(0, statSync(file).size - from));
    readSync(fd, buffer, 0, buffer.length, from);
    return buffer.toString("utf8");
  } finally {
    closeSync(fd);
  }
}
