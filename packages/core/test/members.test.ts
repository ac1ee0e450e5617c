import { describe, expect, it } from "vitest";
import { type Actor, actorFor } from "../src/access/actor";
import { me } from "../src/auth/login";
import { signup } from "../src/auth/signup";
import * as Members from "../src/member/use-cases";
import { useFreshTable } from "./support/fresh-table";

useFreshTable();

const password = "correct horse battery";
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function newTenant(): Promise<Actor> {
  const { user, tenant } = await signup(
    {
      email: unique("owner"),
      password,
      name: "Olga Owner",
      tenantName: `Shop ${Math.random().toString(36).slice(2, 8)}`,
    },
    "10.9.0.1",
  );
  return actorFor(user.id, tenant.slug);
}

async function addAs(actor: Actor, role: "owner" | "admin" | "agent", name: string = role) {
  const member = await Members.add(actor, { email: unique(name), name, role, password });
  return { member, actor: await actorFor(member.userId, actor.slug) };
}

describe("members", () => {
  it("an owner adds an admin and an agent, and lists them", async () => {
    const owner = await newTenant();
    await addAs(owner, "admin", "Adam");
    await addAs(owner, "agent", "Agnes");
    const members = await Members.list(owner);
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ["Adam", "admin"],
      ["Agnes", "agent"],
      ["Olga Owner", "owner"],
    ]);
  });

  it("an agent can neither list nor manage members", async () => {
    const owner = await newTenant();
    const { actor: agent } = await addAs(owner, "agent");
    await expect(Members.list(agent)).rejects.toMatchObject({
      status: 403,
      code: "role_forbidden",
    });
    await expect(
      Members.add(agent, { email: unique("x"), name: "X", role: "agent", password }),
    ).rejects.toMatchObject({ status: 403, code: "role_forbidden" });
    await expect(Members.remove(agent, owner.userId)).rejects.toMatchObject({ status: 403 });
  });

  it("only an owner grants owner, and an admin cannot touch an owner", async () => {
    const owner = await newTenant();
    const { actor: admin } = await addAs(owner, "admin");
    const { member: agent } = await addAs(owner, "agent");
    await expect(
      Members.add(admin, { email: unique("o"), name: "O", role: "owner", password }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(Members.changeRole(admin, agent.userId, "owner")).rejects.toMatchObject({
      status: 403,
    });
    await expect(Members.changeRole(admin, owner.userId, "agent")).rejects.toMatchObject({
      status: 403,
    });
    expect(await Members.changeRole(admin, agent.userId, "admin")).toMatchObject({ role: "admin" });
  });

  it("a tenant always keeps an owner", async () => {
    const owner = await newTenant();
    await expect(Members.changeRole(owner, owner.userId, "admin")).rejects.toMatchObject({
      status: 422,
      code: "last_owner",
    });
    await expect(Members.remove(owner, owner.userId)).rejects.toMatchObject({ code: "last_owner" });
    const { member: second } = await addAs(owner, "owner", "Second");
    await Members.changeRole(owner, owner.userId, "admin");
    const secondActor = await actorFor(second.userId, owner.slug);
    await expect(Members.remove(secondActor, second.userId)).rejects.toMatchObject({
      code: "last_owner",
    });
  });

  it("two owners demoting each other at once leave exactly one owner", async () => {
    const first = await newTenant();
    const { actor: second } = await addAs(first, "owner", "Second");
    const results = await Promise.allSettled([
      Members.changeRole(first, second.userId, "admin"),
      Members.changeRole(second, first.userId, "admin"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const owners = (await Members.list(first)).filter((m) => m.role === "owner");
    expect(owners).toHaveLength(1);
  });

  it("never attaches an existing account: 409 account_exists (invite them instead)", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const person = await Members.add(a, {
      email: unique("both"),
      name: "Both",
      role: "agent",
      password,
    });
    await expect(
      Members.add(b, {
        email: person.email,
        name: "ignored",
        role: "admin",
        password: "irrelevant",
      }),
    ).rejects.toMatchObject({ status: 409, code: "account_exists" });
    expect((await me(person.userId)).tenants.map((t) => t.slug)).toEqual([a.slug]);
  });

  it("a removed member can no longer act in the tenant", async () => {
    const owner = await newTenant();
    const { member } = await addAs(owner, "agent");
    await Members.remove(owner, member.userId);
    await expect(actorFor(member.userId, owner.slug)).rejects.toMatchObject({
      status: 403,
      code: "not_a_member",
    });
  });
});
