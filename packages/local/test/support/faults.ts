import { expect, inject } from "vitest";

export type Fault = "unavailable" | "timeout" | "unauthorized";

/** Arms the sandbox: the next `times` sends to this customer fail with `fault`, through either provider. */
export async function armFault(to: string, fault: Fault, times = 1) {
  const res = await fetch(`${inject("baseUrl")}/_sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to, fault, times }),
  });
  expect(res.status).toBe(201);
}
