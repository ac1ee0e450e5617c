import { beforeAll, describe, expect, it } from "vitest";
import { api, newTenant } from "./support/api";
import { randomAddress } from "./support/providers";
import {
  conversationPath,
  createLabel,
  messagesOf,
  notificationsOf,
  patchConversation,
  teamWorkspace,
} from "./support/team-inbox";
import { openSocket } from "./support/websocket";

describe("assignment: any member assigns to a member, who alone is told", () => {
  let team: Awaited<ReturnType<typeof teamWorkspace>>;
  beforeAll(async () => {
    team = await teamWorkspace();
  });

  it("assigns with a timeline line, live to everyone, notified to the assignee only", async () => {
    const { owner, agent } = team;
    const id = await team.customerWrites(randomAddress(), "Where is my order?");
    const [ownerSocket, agentSocket] = await Promise.all([openSocket(owner), openSocket(agent)]);

    const assigned = await patchConversation(owner, id, { assigneeUserId: agent.userId });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignee).toEqual({ userId: agent.userId, name: "The agent" });

    const line = (await messagesOf(agent, id)).find((m) => m.event?.type === "assigned");
    expect(line).toMatchObject({
      kind: "event",
      text: "Owner assigned this to The agent",
      event: { type: "assigned", byName: "Owner", assigneeName: "The agent" },
      authorUserId: owner.userId,
    });
    for (const socket of [ownerSocket, agentSocket]) {
      await socket.received("message.created", (m) => m.id === line.id);
      await socket.received(
        "conversation.updated",
        (c) => c.id === id && c.assignee?.userId === agent.userId,
      );
    }
    await agentSocket.received(
      "notification.created",
      (n) => n.type === "assigned" && n.conversationId === id,
    );
    await ownerSocket.caughtUp();
    expect(
      ownerSocket.events.filter(
        (e) =>
          e.type === "notification.created" && (e.data as { type: string }).type === "assigned",
      ),
    ).toEqual([]);

    const agentList = await notificationsOf(agent);
    const mine = agentList.items.find((n) => n.type === "assigned" && n.conversationId === id);
    expect(mine).toMatchObject({ read: false });
    expect(mine?.title).toContain("Owner assigned you");
    expect(agentList.unreadCount).toBeGreaterThanOrEqual(1);
    const ownerList = await notificationsOf(owner);
    expect(ownerList.items.filter((n) => n.type === "assigned")).toEqual([]);
    // Nobody else can read (or mark) it.
    const peek = await api(`/api/t/${owner.slug}/whatsapp/notifications/${mine?.id}/read`, {
      method: "POST",
      token: owner.token,
    });
    expect(peek.status).toBe(404);
    const read = await api(`/api/t/${agent.slug}/whatsapp/notifications/${mine?.id}/read`, {
      method: "POST",
      token: agent.token,
    });
    expect(read.status).toBe(200);
    expect((await notificationsOf(agent)).unreadCount).toBe(agentList.unreadCount - 1);
    ownerSocket.close();
    agentSocket.close();
  });

  it("taking a conversation yourself notifies nobody; unassigning leaves a line", async () => {
    const { owner, agent } = team;
    const id = await team.customerWrites(randomAddress(), "Hello?");
    const before = (await notificationsOf(agent)).items.length;
    const taken = await patchConversation(agent, id, { assigneeUserId: agent.userId });
    expect(taken.body.assignee).toEqual({ userId: agent.userId, name: "The agent" });
    expect((await notificationsOf(agent)).items.length).toBe(before);

    const unassigned = await patchConversation(owner, id, { assigneeUserId: null });
    expect(unassigned.status).toBe(200);
    expect(unassigned.body.assignee).toBeNull();
    const lines = (await messagesOf(owner, id)).filter((m) => m.kind === "event");
    expect(lines.map((m) => m.text)).toEqual([
      "The agent assigned this to The agent",
      "Unassigned by Owner",
    ]);
    // Unassigning again changes nothing and says nothing more.
    await patchConversation(owner, id, { assigneeUserId: null });
    expect((await messagesOf(owner, id)).filter((m) => m.kind === "event")).toHaveLength(2);
  });

  it("only a member of the workspace can be the assignee (422); nothing changes", async () => {
    const { owner } = team;
    const id = await team.customerWrites(randomAddress(), "Hi");
    const before = await api(conversationPath(owner, id), { token: owner.token });
    const stranger = await newTenant();
    for (const assigneeUserId of [stranger.userId, "no-such-user"]) {
      const res = await patchConversation(owner, id, { assigneeUserId, status: "closed" });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({
        code: "assignee_not_member",
        fields: { assigneeUserId: expect.any(String) },
      });
    }
    for (const body of [{ assigneeUserId: 42 }, { assigneeUserId: "" }, {}]) {
      const res = await patchConversation(owner, id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const after = await api(conversationPath(owner, id), { token: owner.token });
    expect(after.body).toEqual(before.body);
    // Another workspace's conversation is not found.
    const foreign = await patchConversation(stranger, id, { assigneeUserId: stranger.userId });
    expect(foreign.status).toBe(404);
  });

  it("closing, archiving and reopening leave lines saying who did it", async () => {
    const { owner, agent } = team;
    const id = await team.customerWrites(randomAddress(), "Thanks, that's all");
    await patchConversation(agent, id, { status: "closed" });
    await patchConversation(owner, id, { status: "archived" });
    await patchConversation(agent, id, { status: "open", aiActive: false });
    const lines = (await messagesOf(owner, id)).filter((m) => m.kind === "event");
    expect(lines.map((m) => m.text)).toEqual([
      "Closed by The agent",
      "Archived by Owner",
      "Reopened by The agent",
    ]);
    expect(lines.map((m) => m.event.type)).toEqual(["closed", "archived", "reopened"]);
  });
});

describe("labels on conversations", () => {
  it("sets labels (each the workspace's, once, in order), refuses unknown ones, hides deleted ones", async () => {
    const { owner, agent, customerWrites } = await teamWorkspace();
    const id = await customerWrites(randomAddress(), "Refund please");
    const [vip, billing] = [await createLabel(owner, "VIP"), await createLabel(owner, "Billing")];

    const set = await patchConversation(agent, id, { labels: [billing, vip, billing] });
    expect(set.status).toBe(200);
    expect(set.body.labels).toEqual([billing, vip]);

    const stranger = await newTenant();
    const foreignLabel = await createLabel(stranger, "Theirs");
    const unknown = await patchConversation(agent, id, { labels: [vip, foreignLabel] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({
      code: "label_not_found",
      fields: { "labels.1": expect.any(String) },
    });
    const tooMany = await patchConversation(agent, id, {
      labels: Array.from({ length: 21 }, () => vip),
    });
    expect(tooMany.status).toBe(400);
    expect((await api(conversationPath(owner, id), { token: owner.token })).body.labels).toEqual([
      billing,
      vip,
    ]);

    const removed = await api(`/api/t/${owner.slug}/labels/${billing}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(removed.status).toBe(204);
    const shown = await api(conversationPath(owner, id), { token: owner.token });
    expect(shown.body.labels).toEqual([vip]);
    const listed = await api(conversationPath(owner), { token: owner.token });
    expect(listed.body.items.find((c: { id: string }) => c.id === id).labels).toEqual([vip]);
  });
});
