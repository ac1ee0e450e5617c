import { inject } from "vitest";
import WebSocket from "ws";
import type { TestTenant } from "./api";

/** A tenant's live connection that records every event it receives. */
export async function openSocket(tenant: TestTenant) {
  const url = `${inject("baseUrl").replace(/^http/, "ws")}/ws?token=${tenant.token}&tenant=${tenant.slug}`;
  const socket = new WebSocket(url);
  const events: { type: string; data: unknown }[] = [];
  socket.on("message", (data) => events.push(JSON.parse(data.toString())));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return { events, types: () => events.map((e) => e.type), close: () => socket.close() };
}
