import { describe, expect, it } from "vitest";
import { api, newMember, newTenant, type TestTenant } from "./support/api";

type Session = TestTenant;

const path = (owner: Session, id?: string) =>
  `/api/t/${owner.slug}/canned-responses${id ? `/${id}` : ""}`;

const create = (owner: Session, body: unknown, token = owner.token) =>
  api(path(owner), { token, body });

const patch = (owner: Session, id: string, body: unknown, token = owner.token) =>
  api(path(owner, id), { method: "PATCH", token, body });

const listOf = async (owner: Session, token = owner.token) =>
  (await api(path(owner), { token })).body.items;

describe("canned responses", () => {
  it("creates, lists by shortcut, edits and deletes saved replies", async () => {
    const owner = await newTenant();
    expect(await listOf(owner)).toEqual([]);
    const hours = await create(owner, {
      shortcut: "/Hours",
      text: "  We are open 9–5, {{customer.name}}.  ",
    });
    expect(hours).toMatchObject({
      status: 201,
      body: {
        id: expect.any(String),
        shortcut: "hours",
        text: "We are open 9–5, {{customer.name}}.",
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
    const hello = await create(owner, { shortcut: "hello", text: "Hi {{customer.name}}!" });
    expect(hello.status).toBe(201);
    expect((await listOf(owner)).map((r: { shortcut: string }) => r.shortcut)).toEqual([
      "hello",
      "hours",
    ]);

    const renamed = await patch(owner, hours.body.id, { shortcut: "open" });
    expect(renamed).toMatchObject({
      status: 200,
      body: { id: hours.body.id, shortcut: "open", text: hours.body.text },
    });
    // The old shortcut is free again; the new one is taken.
    const reuse = await create(owner, { shortcut: "hours", text: "Open late on Fridays." });
    expect(reuse.status).toBe(201);
    const retext = await patch(owner, hello.body.id, {
      text: "Hello {{customer.name}}, how can we help?",
    });
    expect(retext.body).toMatchObject({ shortcut: "hello", text: expect.stringContaining("help") });
    expect(await listOf(owner)).toEqual([retext.body, reuse.body, renamed.body]);

    const removed = await api(path(owner, hello.body.id), {
      method: "DELETE",
      token: owner.token,
    });
    expect(removed.status).toBe(204);
    expect(
      (await api(path(owner, hello.body.id), { method: "DELETE", token: owner.token })).body,
    ).toMatchObject({ error: { code: "canned_response_not_found" } });
    // Deleting freed the shortcut.
    expect((await create(owner, { shortcut: "hello", text: "Hey" })).status).toBe(201);
  });

  it("answers 409 shortcut_taken for a shortcut in use, on create and on rename, and changes nothing", async () => {
    const owner = await newTenant();
    const first = await create(owner, { shortcut: "refund", text: "Refunds take 5 days." });
    const other = await create(owner, {
      shortcut: "returns",
      text: "Send it back within 30 days.",
    });
    const before = await listOf(owner);
    const taken = await create(owner, { shortcut: "/REFUND", text: "Something else" });
    expect(taken).toMatchObject({
      status: 409,
      body: { error: { code: "shortcut_taken", fields: { shortcut: expect.any(String) } } },
    });
    const rename = await patch(owner, other.body.id, { shortcut: "refund", text: "changed" });
    expect(rename).toMatchObject({ status: 409, body: { error: { code: "shortcut_taken" } } });
    expect(await listOf(owner)).toEqual(before);
    expect(first.status).toBe(201);

    // Parallel creates of one shortcut: exactly one wins.
    const racers = await Promise.all(
      [1, 2, 3].map((n) => create(owner, { shortcut: "race", text: `racer ${n}` })),
    );
    expect(racers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(
      (await listOf(owner)).filter((r: { shortcut: string }) => r.shortcut === "race"),
    ).toHaveLength(1);
  });

  it("refuses invalid input with 400 and changes nothing", async () => {
    const owner = await newTenant();
    const saved = await create(owner, { shortcut: "thanks", text: "Thank you!" });
    const before = await listOf(owner);
    const bad = [
      { shortcut: "two words", text: "x" },
      { shortcut: "ok", text: "   " },
      { shortcut: "", text: "x" },
      { shortcut: "a".repeat(33), text: "x" },
      { shortcut: "long", text: "x".repeat(4097) },
      { text: "no shortcut" },
    ];
    for (const body of bad) {
      const res = await create(owner, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    for (const body of [{}, { shortcut: "bad shortcut" }, { text: "" }]) {
      const res = await patch(owner, saved.body.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await listOf(owner)).toEqual(before);
  });

  it("lets every member read, but only owners and admins write", async () => {
    const owner = await newTenant();
    const saved = await create(owner, { shortcut: "hello", text: "Hi {{customer.name}}" });
    const admin = await newMember(owner, "admin");
    const agent = await newMember(owner, "agent");

    expect(await listOf(owner, agent.token)).toEqual([saved.body]);
    const attempts = [
      create(owner, { shortcut: "mine", text: "x" }, agent.token),
      patch(owner, saved.body.id, { text: "changed" }, agent.token),
      api(path(owner, saved.body.id), { method: "DELETE", token: agent.token }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res).toMatchObject({ status: 403, body: { error: { code: "role_forbidden" } } });
    }
    expect(await listOf(owner)).toEqual([saved.body]);

    const byAdmin = await create(owner, { shortcut: "bye", text: "Goodbye" }, admin.token);
    expect(byAdmin.status).toBe(201);
    const edited = await patch(owner, saved.body.id, { text: "Hello there" }, admin.token);
    expect(edited.status).toBe(200);
    expect(
      (await api(path(owner, byAdmin.body.id), { method: "DELETE", token: admin.token })).status,
    ).toBe(204);
  });

  it("keeps workspaces apart: another workspace's reply is 404 and its shortcuts are its own", async () => {
    const owner = await newTenant();
    const stranger = await newTenant();
    const saved = await create(owner, { shortcut: "hello", text: "Hi" });
    // The same shortcut in another workspace is fine.
    const theirs = await create(stranger, { shortcut: "hello", text: "Howdy" });
    expect(theirs.status).toBe(201);
    for (const method of ["PATCH", "DELETE"] as const) {
      const res = await api(path(stranger, saved.body.id), {
        method,
        token: stranger.token,
        body: method === "PATCH" ? { text: "hijacked" } : undefined,
      });
      expect(res).toMatchObject({
        status: 404,
        body: { error: { code: "canned_response_not_found" } },
      });
    }
    // Another workspace's URL is refused outright.
    expect((await api(path(owner), { token: stranger.token })).status).toBe(403);
    expect(await listOf(owner)).toEqual([saved.body]);
    expect(await listOf(stranger)).toEqual([theirs.body]);
  });
});
