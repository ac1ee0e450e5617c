import { describe, expect, it } from "vitest";
import { api, newMember, newTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";
import { openSocket, realtimeTicket } from "./support/websocket";

describe("live access follows membership", () => {
  it("a removed member's socket is closed at once and receives nothing afterwards", async () => {
    const owner = await newTenant();
    const { numberId, authToken, customer } = await conversationWith(owner);
    const agent = await newMember(owner, "agent");
    const agentSocket = await openSocket(agent);
    const ownerSocket = await openSocket(owner);

    const removed = await api(`/api/t/${owner.slug}/members/${agent.userId}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(removed.status).toBe(204);
    await expect.poll(() => agentSocket.socket.readyState).toBe(agentSocket.socket.CLOSED);
    const seenBefore = agentSocket.events.length;

    // A new customer message reaches the owner, never the removed agent.
    await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", {
        MessageSid: newMessageSid(),
        From: customer,
        Body: "Are you still there?",
      }),
      authToken,
    );
    await expect
      .poll(() =>
        ownerSocket.events.some(
          (e) =>
            e.type === "message.created" &&
            (e.data as { text?: string }).text === "Are you still there?",
        ),
      )
      .toBe(true);
    expect(agentSocket.events.length).toBe(seenBefore);
    ownerSocket.close();

    // Nor can the removed member connect again.
    await expect(realtimeTicket(agent)).rejects.toThrow("ticket refused: 403");
  });

  it("a role change closes the member's sockets, so the client reconnects under the new role", async () => {
    const owner = await newTenant();
    const admin = await newMember(owner, "admin");
    const socket = await openSocket(admin);
    const changed = await api(`/api/t/${owner.slug}/members/${admin.userId}`, {
      method: "PATCH",
      token: owner.token,
      body: { role: "agent" },
    });
    expect(changed.status).toBe(200);
    await expect.poll(() => socket.socket.readyState).toBe(socket.socket.CLOSED);
    const again = await openSocket(admin);
    again.close();
  });

  it("a ticket issued before the removal does not open a socket after it", async () => {
    const owner = await newTenant();
    const agent = await newMember(owner, "agent");
    const ticket = await realtimeTicket(agent);
    await api(`/api/t/${owner.slug}/members/${agent.userId}`, {
      method: "DELETE",
      token: owner.token,
    });
    const { default: WebSocket } = await import("ws");
    const { wsUrl } = await import("./support/websocket");
    const refused = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(wsUrl(`ticket=${encodeURIComponent(ticket)}`));
      socket.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      socket.once("open", () => reject(new Error("opened")));
      socket.once("error", () => undefined);
    });
    expect(refused).toBe(403);
  });
});
