import { beforeAll, describe, expect, it } from "vitest";
import { api, newMember, newTenant, type TestTenant } from "./support/api";
import { drain } from "./support/drain";
import { thread } from "./support/phone";
import { randomAddress } from "./support/providers";
import { conversationPath, messagesOf, notificationsOf, teamWorkspace } from "./support/team-inbox";
import { openSocket } from "./support/websocket";

const note = (tenant: TestTenant, id: string, text: unknown) =>
  api(`${conversationPath(tenant, id)}/notes`, { token: tenant.token, body: { text } });

describe("who said what, and private notes with mentions", () => {
  let team: Awaited<ReturnType<typeof teamWorkspace>>;
  let admin: TestTenant;
  beforeAll(async () => {
    team = await teamWorkspace();
    admin = await newMember(team.owner, "admin");
  });

  it("a person's reply is signed on the message and the conversation's last message; lastInboundAt follows the customer", async () => {
    const { owner } = team;
    const customer = randomAddress();
    const id = await team.customerWrites(customer, "Is it in stock?");
    const first = await api(conversationPath(owner, id), { token: owner.token });
    expect(first.body.lastInboundAt).toBe(first.body.lastMessage.at);

    const reply = await api(`${conversationPath(owner, id)}/messages`, {
      token: owner.token,
      body: { text: "Yes, two left" },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ author: "user", authorName: "Owner" });
    const answered = await api(conversationPath(owner, id), { token: owner.token });
    expect(answered.body.lastMessage).toMatchObject({
      text: "Yes, two left",
      direction: "outbound",
      authorName: "Owner",
    });
    expect(answered.body.lastInboundAt).toBe(first.body.lastInboundAt);

    await team.customerWrites(customer, "Great, thanks");
    const again = await api(conversationPath(owner, id), { token: owner.token });
    expect(again.body.lastInboundAt > first.body.lastInboundAt).toBe(true);
    expect(again.body.lastMessage.authorName).toBeUndefined();
  });

  it("a note is stored and shown live, never sent, never the last message; mentions notify only the mentioned", async () => {
    const { owner, agent } = team;
    const customer = randomAddress();
    const id = await team.customerWrites(customer, "My parcel is late");
    await api(`${conversationPath(owner, id)}/messages`, {
      token: owner.token,
      body: { text: "Looking into it" },
    });
    const before = await api(conversationPath(owner, id), { token: owner.token });
    const sockets = await Promise.all([openSocket(owner), openSocket(agent), openSocket(admin)]);
    const [ownerSocket, agentSocket, adminSocket] = sockets;

    const written = await note(
      owner,
      id,
      "  @the agent can you call the carrier? cc @OWNER and @the  ",
    );
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({
      kind: "note",
      author: "user",
      authorUserId: owner.userId,
      authorName: "Owner",
      direction: "outbound",
      status: "sent",
      text: "@the agent can you call the carrier? cc @OWNER and @the",
      // "@the" is both "The agent" and "The admin": nobody is told by mistake.
      mentions: [
        { userId: agent.userId, name: "The agent" },
        { userId: owner.userId, name: "Owner" },
      ],
    });
    for (const socket of sockets)
      await socket.received("message.created", (m) => m.id === written.body.id);
    await agentSocket.received(
      "notification.created",
      (n) => n.type === "mention" && n.conversationId === id,
    );
    await Promise.all([ownerSocket.caughtUp(), adminSocket.caughtUp()]);
    for (const socket of [ownerSocket, adminSocket])
      expect(
        socket.events.filter(
          (e) =>
            e.type === "notification.created" && (e.data as { type: string }).type === "mention",
        ),
      ).toEqual([]);
    const mention = (await notificationsOf(agent)).items.find((n) => n.type === "mention");
    expect(mention).toMatchObject({ conversationId: id, read: false });
    expect(mention?.title).toContain("Owner mentioned you");
    for (const person of [owner, admin])
      expect((await notificationsOf(person)).items.filter((n) => n.type === "mention")).toEqual([]);

    const after = await api(conversationPath(owner, id), { token: owner.token });
    expect(after.body.lastMessage).toEqual(before.body.lastMessage);
    expect(after.body.unreadCount).toBe(before.body.unreadCount);
    expect((await messagesOf(agent, id)).map((m) => m.kind)).toEqual(["text", "text", "note"]);

    await drain({ callbacks: true });
    const phone = await thread(team.address, customer);
    expect(phone.filter((item) => item.direction === "out").map((item) => item.text)).toEqual([
      "Looking into it",
    ]);
    for (const socket of sockets) socket.close();
  });

  it("an empty or too long note is a 400 and stores nothing; another workspace's conversation is 404", async () => {
    const { owner } = team;
    const id = await team.customerWrites(randomAddress(), "Hello");
    for (const text of ["", "   ", "x".repeat(4097), 42]) {
      const res = await note(owner, id, text);
      expect(res.status, JSON.stringify(text).slice(0, 20)).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect(await messagesOf(owner, id)).toHaveLength(1);
    const stranger = await newTenant();
    const foreign = await note(stranger, id, "@Owner hi");
    expect(foreign.status).toBe(404);
    expect(await messagesOf(owner, id)).toHaveLength(1);
  });
});
