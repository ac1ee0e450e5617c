import { once } from "node:events";
import { expect, inject } from "vitest";
import WebSocket from "ws";
import { api, type TestTenant } from "./api";

/** A single-use ticket for the tenant's member to open the WebSocket (`/ws?ticket=…`). */
export async function realtimeTicket(tenant: Pick<TestTenant, "token" | "slug">): Promise<string> {
  const { status, body } = await api(`/api/t/${tenant.slug}/realtime/ticket`, {
    method: "POST",
    token: tenant.token,
  });
  if (status !== 200) throw new Error(`ticket refused: ${status} ${JSON.stringify(body)}`);
  return body.ticket;
}

export const wsUrl = (query: string) => `${inject("baseUrl").replace(/^http/, "ws")}/ws?${query}`;

// biome-ignore lint/suspicious/noExplicitAny: tests read event data freely; contracts are tested elsewhere
type EventData = Record<string, any>;

/** A tenant's live connection that records every event it receives. */
export async function openSocket(tenant: Pick<TestTenant, "token" | "slug">) {
  const ticket = await realtimeTicket(tenant);
  const socket = new WebSocket(wsUrl(`ticket=${encodeURIComponent(ticket)}`));
  const events: { type: string; data: unknown }[] = [];
  // Every frame as sent; `events` unwraps batches (one write's events in one frame).
  const frames: { type: string; data?: unknown; events?: { type: string; data: unknown }[] }[] = [];
  socket.on("message", (data) => {
    const frame = JSON.parse(data.toString());
    frames.push(frame);
    if (frame.type === "batch") events.push(...frame.events);
    else events.push(frame);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_req, res) =>
      reject(new Error(`refused ${res.statusCode}`)),
    );
    socket.once("error", reject);
  });
  return {
    socket,
    events,
    frames,
    types: () => events.map((e) => e.type),
    /** Resolves once an event of `type` whose data matches has arrived; fails after 15 s. */
    async received(type: string, match: (data: EventData) => boolean = () => true) {
      await expect
        .poll(() => events.some((e) => e.type === type && match(e.data as EventData)), {
          timeout: 15_000,
          interval: 100,
        })
        .toBe(true);
    },
    /** Resolves once every frame the server sent before this call has arrived (a ping's pong follows them). */
    async caughtUp() {
      const pong = once(socket, "pong");
      socket.ping();
      await pong;
    },
    close: () => socket.close(),
  };
}
