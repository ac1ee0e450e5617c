import { describe, expect, it } from "vitest";
import { api, newMember, newTenant } from "./support/api";

describe("the team directory and availability", () => {
  it("every member sees the team without e-mails, and switches only their own availability", async () => {
    const owner = await newTenant();
    const agent = await newMember(owner, "agent");
    const team = await api(`/api/t/${owner.slug}/team`, { token: agent.token });
    expect(team.status).toBe(200);
    expect(team.body.items).toEqual([
      { userId: owner.userId, name: "Owner", role: "owner", available: true },
      { userId: agent.userId, name: "The agent", role: "agent", available: true },
    ]);
    expect(JSON.stringify(team.body)).not.toContain("@example.com");

    const away = await api(`/api/t/${owner.slug}/team/me/availability`, {
      method: "PUT",
      token: agent.token,
      body: { available: false },
    });
    expect(away.status).toBe(200);
    expect(away.body).toEqual({
      userId: agent.userId,
      name: "The agent",
      role: "agent",
      available: false,
    });
    const after = await api(`/api/t/${owner.slug}/team`, { token: owner.token });
    expect(after.body.items.map((mate: { available: boolean }) => mate.available)).toEqual([
      true,
      false,
    ]);

    // Only a boolean: a bad body changes nothing.
    const bad = await api(`/api/t/${owner.slug}/team/me/availability`, {
      method: "PUT",
      token: agent.token,
      body: { available: "yes" },
    });
    expect(bad.status).toBe(400);
    const unchanged = await api(`/api/t/${owner.slug}/team`, { token: owner.token });
    expect(unchanged.body).toEqual(after.body);

    // Outsiders see nothing.
    const stranger = await newTenant();
    const outside = await api(`/api/t/${owner.slug}/team`, { token: stranger.token });
    expect(outside.status).toBe(403);
  });
});
