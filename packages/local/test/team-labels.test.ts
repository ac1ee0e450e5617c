import { beforeAll, describe, expect, it } from "vitest";
import { api, newMember, newTenant, type TestTenant } from "./support/api";

const labelsOf = (tenant: TestTenant) => `/api/t/${tenant.slug}/labels`;

describe("labels: a workspace's own, managed by owners and admins", () => {
  let owner: TestTenant;
  let admin: TestTenant;
  let agent: TestTenant;
  beforeAll(async () => {
    owner = await newTenant();
    [admin, agent] = await Promise.all([newMember(owner, "admin"), newMember(owner, "agent")]);
  });

  it("creates, lists by name, renames, recolours and deletes", async () => {
    const created = await api(labelsOf(owner), {
      token: admin.token,
      body: { name: "  VIP ", color: "#2563EB" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "VIP", color: "#2563eb" });
    const other = await api(labelsOf(owner), {
      token: owner.token,
      body: { name: "Billing", color: "#16a34a" },
    });
    expect(other.status).toBe(201);

    const listed = await api(labelsOf(owner), { token: agent.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((label: { name: string }) => label.name)).toEqual([
      "Billing",
      "VIP",
    ]);

    const renamed = await api(`${labelsOf(owner)}/${created.body.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { name: "Very important", color: "#dc2626" },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Very important", color: "#dc2626" });
    // The old name is free again; the new one is taken.
    const reuse = await api(labelsOf(owner), {
      token: owner.token,
      body: { name: "vip", color: "#000000" },
    });
    expect(reuse.status).toBe(201);
    const taken = await api(labelsOf(owner), {
      token: owner.token,
      body: { name: "VERY IMPORTANT", color: "#000000" },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("label_exists");
    const renameOnto = await api(`${labelsOf(owner)}/${other.body.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { name: "Vip" },
    });
    expect(renameOnto.status).toBe(409);
    expect(renameOnto.body.error.code).toBe("label_exists");

    const removed = await api(`${labelsOf(owner)}/${other.body.id}`, {
      method: "DELETE",
      token: admin.token,
    });
    expect(removed.status).toBe(204);
    const again = await api(`${labelsOf(owner)}/${other.body.id}`, {
      method: "DELETE",
      token: admin.token,
    });
    expect(again.status).toBe(404);
    // Its name is free once it is gone.
    const recreated = await api(labelsOf(owner), {
      token: owner.token,
      body: { name: "BILLING", color: "#16a34a" },
    });
    expect(recreated.status).toBe(201);
  });

  it("agents read labels but may not write them", async () => {
    const create = await api(labelsOf(owner), {
      token: agent.token,
      body: { name: "Agent's", color: "#123456" },
    });
    expect(create.status).toBe(403);
    const label = await api(labelsOf(owner), {
      token: owner.token,
      body: { name: "Returns", color: "#123456" },
    });
    const update = await api(`${labelsOf(owner)}/${label.body.id}`, {
      method: "PATCH",
      token: agent.token,
      body: { name: "Mine" },
    });
    expect(update.status).toBe(403);
    const remove = await api(`${labelsOf(owner)}/${label.body.id}`, {
      method: "DELETE",
      token: agent.token,
    });
    expect(remove.status).toBe(403);
    const after = await api(labelsOf(owner), { token: owner.token });
    expect(after.body.items.find((item: { id: string }) => item.id === label.body.id).name).toBe(
      "Returns",
    );
  });

  it("bad input is 400 and stores nothing; another workspace's label is 404", async () => {
    const before = await api(labelsOf(owner), { token: owner.token });
    for (const body of [
      { name: "", color: "#123456" },
      { name: "Red", color: "red" },
      { name: "x".repeat(41), color: "#123456" },
      { color: "#123456" },
    ]) {
      const res = await api(labelsOf(owner), { token: owner.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    const empty = await api(`${labelsOf(owner)}/${before.body.items[0].id}`, {
      method: "PATCH",
      token: owner.token,
      body: {},
    });
    expect(empty.status).toBe(400);
    const after = await api(labelsOf(owner), { token: owner.token });
    expect(after.body).toEqual(before.body);

    const stranger = await newTenant();
    const foreign = await api(`${labelsOf(stranger)}/${before.body.items[0].id}`, {
      method: "PATCH",
      token: stranger.token,
      body: { name: "Mine now" },
    });
    expect(foreign.status).toBe(404);
    const foreignDelete = await api(`${labelsOf(stranger)}/${before.body.items[0].id}`, {
      method: "DELETE",
      token: stranger.token,
    });
    expect(foreignDelete.status).toBe(404);
  });
});
