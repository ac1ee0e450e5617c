import { afterAll, beforeAll } from "vitest";
import {
  type CallbackRecorder,
  recordCallbacks,
  type ServedSandbox,
  serveSandbox,
} from "../../src/sandbox/testing";

/**
 * For one test file: the provider sandbox alone on a server of its own, and a receiver that stands
 * in for Helios's webhooks and records the callbacks. Both are ready inside the tests.
 */
export function sandboxWithReceiver(options: Parameters<typeof serveSandbox>[0]) {
  const served = {} as { sandbox: ServedSandbox; receiver: CallbackRecorder };
  beforeAll(async () => {
    served.sandbox = await serveSandbox(options);
    served.receiver = await recordCallbacks();
  });
  afterAll(async () => {
    await served.sandbox?.close();
    await served.receiver?.close();
  });
  return served;
}
