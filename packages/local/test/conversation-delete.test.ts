import { describe, expect, it } from "vitest";
import { api, newMember, newTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

describe("deleting a conversation", () => {
  it("removes it and its messages for everyone; the customer's next message starts afresh", async () => {
    const tenant = await newTenant();
    const { numberId, authToken, customer, conversationId } = await conversationWith(tenant);
    const path = `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}`;
    for (const text of ["First reply", "Second reply"]) {
      await api(`${path}/messages`, { token: tenant.token, body: { text } });
    }
    // Three messages, and the line of the first reply taking the conversation over from the AI.
    const before: { kind: string }[] = (await api(`${path}/messages`, { token: tenant.token })).body
      .items;
    expect(before.filter((m) => m.kind !== "event")).toHaveLength(3);
    expect(before.filter((m) => m.kind === "event")).toHaveLength(1);

    const agent = await newMember(tenant, "agent");
    expect((await api(path, { method: "DELETE", token: agent.token })).status).toBe(403);

    const socket = await openSocket(tenant);
    expect((await api(path, { method: "DELETE", token: tenant.token })).status).toBe(204);
    expect((await api(path, { token: tenant.token })).status).toBe(404);
    await expect
      .poll(() => socket.events.some((e) => e.type === "conversation.deleted"))
      .toBe(true);
    socket.close();

    await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", {
        MessageSid: newMessageSid(),
        From: customer,
        Body: "Hi again",
      }),
      authToken,
    );
    const reopened = await api(path, { token: tenant.token });
    expect(reopened).toMatchObject({ status: 200, body: { unreadCount: 1 } });
    const messages = (await api(`${path}/messages`, { token: tenant.token })).body.items;
    expect(messages.map((m: { text: string }) => m.text)).toEqual(["Hi again"]);
  });
});
