import { describe, expect, it } from "vitest";
import { api, type TestTenant } from "./support/api";
import { drain } from "./support/drain";
import { randomAddress } from "./support/providers";
import { conversationPath, messagesOf, notificationsOf, teamWorkspace } from "./support/team-inbox";
import { newMessageSid } from "./support/twilio-webhooks";

const POLL = { timeout: 15_000, interval: 150 };

const assigneeOf = async (tenant: TestTenant, id: string) =>
  (await api(conversationPath(tenant, id), { token: tenant.token })).body.assignee?.name ?? null;

const setAvailable = (tenant: TestTenant, available: boolean) =>
  api(`/api/t/${tenant.slug}/team/me/availability`, {
    method: "PUT",
    token: tenant.token,
    body: { available },
  });

describe("round-robin assignment of new conversations", () => {
  it("the number's autoAssign is stored, listed and changed", async () => {
    const { owner, numberId } = await teamWorkspace({ autoAssign: true });
    const listed = await api(`/api/t/${owner.slug}/whatsapp/numbers`, { token: owner.token });
    expect(listed.body.items.find((n: { id: string }) => n.id === numberId).autoAssign).toBe(true);
    const off = await api(`/api/t/${owner.slug}/whatsapp/numbers/${numberId}`, {
      method: "PATCH",
      token: owner.token,
      body: { autoAssign: false },
    });
    expect(off.status).toBe(200);
    expect(off.body.autoAssign).toBe(false);
    const plain = await teamWorkspace();
    const plainList = await api(`/api/t/${plain.owner.slug}/whatsapp/numbers`, {
      token: plain.owner.token,
    });
    expect(plainList.body.items[0].autoAssign).toBe(false);
  });

  it("takes turns among the available members in a stable order, skipping the unavailable", async () => {
    const { owner, agent, customerWrites } = await teamWorkspace({ autoAssign: true });
    const assigned = async (expected: string | null) => {
      const id = await customerWrites(randomAddress(), "Hello");
      if (expected === null) {
        await drain();
        expect(await assigneeOf(owner, id)).toBeNull();
      } else await expect.poll(() => assigneeOf(owner, id), POLL).toBe(expected);
      return id;
    };
    // The owner joined first.
    const first = await assigned("Owner");
    const second = await assigned("The agent");
    await assigned("Owner");

    const line = (await messagesOf(owner, second)).find((m) => m.kind === "event");
    expect(line).toMatchObject({
      text: "Assigned to The agent",
      event: { type: "assigned", assigneeName: "The agent" },
    });
    expect(line.event.byName).toBeUndefined();
    const agentNotices = (await notificationsOf(agent)).items.filter((n) => n.type === "assigned");
    expect(agentNotices.map((n) => n.conversationId)).toEqual([second]);
    expect(
      (await notificationsOf(owner)).items
        .filter((n) => n.type === "assigned")
        .map((n) => n.conversationId),
    ).not.toContain(second);
    expect(first).not.toBe(second);

    expect((await setAvailable(agent, false)).status).toBe(200);
    await assigned("Owner");
    await assigned("Owner");
    expect((await setAvailable(owner, false)).status).toBe(200);
    await assigned(null);
    expect((await setAvailable(agent, true)).status).toBe(200);
    await assigned("The agent");
  });

  it("a redelivered first message and a customer's later message assign nothing more", async () => {
    const { owner, agent, customerWrites } = await teamWorkspace({ autoAssign: true });
    const customer = randomAddress();
    const sid = newMessageSid();
    const id = await customerWrites(customer, "First", sid);
    await expect.poll(() => assigneeOf(owner, id), POLL).toBe("Owner");
    await customerWrites(customer, "First", sid);
    await drain();
    const lines = (await messagesOf(owner, id)).filter((m) => m.kind === "event");
    expect(lines).toHaveLength(1);
    expect(await assigneeOf(owner, id)).toBe("Owner");
    // The redelivery did not take a turn: the next new conversation is the agent's.
    const next = await customerWrites(randomAddress(), "Hi");
    await expect.poll(() => assigneeOf(owner, next), POLL).toBe("The agent");

    // Unassigned by a person, a conversation stays so when the customer writes again.
    await api(conversationPath(owner, id), {
      method: "PATCH",
      token: owner.token,
      body: { assigneeUserId: null },
    });
    await customerWrites(customer, "Anyone?");
    await drain();
    expect(await assigneeOf(owner, id)).toBeNull();
    const assignedToAgent = (await notificationsOf(agent)).items.filter(
      (n) => n.type === "assigned" && n.conversationId === id,
    );
    expect(assignedToAgent).toEqual([]);
  });
});
