import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { actorFor } from "../src/access/actor";
import { signup } from "../src/auth/signup";
import { accept, preview } from "../src/invitation/accept";
import * as Invitations from "../src/invitation/use-cases";
import { useFreshTable } from "./support/fresh-table";

useFreshTable();

const password = "correct horse battery";
let n = 0;
async function owner() {
  n++;
  const { user, tenant } = await signup(
    { email: `o${n}-${Date.now()}@example.com`, password, name: "Olga", tenantName: `Inv ${n}` },
    `10.70.0.${n}`,
  );
  return actorFor(user.id, tenant.slug);
}

describe("invitation expiry", () => {
  it("an expired invitation cannot be previewed, accepted or listed", async () => {
    const actor = await owner();
    // Long enough for the preview below on a loaded machine.
    process.env.INVITATION_TTL_SECONDS = "3";
    let url: string;
    try {
      ({ url } = await Invitations.create(actor, { email: "late@example.com", role: "agent" }));
    } finally {
      delete process.env.INVITATION_TTL_SECONDS;
    }
    const token = url.split("/invite/")[1] as string;
    expect(await preview(token)).toMatchObject({ email: "late@example.com" });
    await sleep(3100);
    await expect(preview(token)).rejects.toMatchObject({
      status: 404,
      code: "invitation_not_found",
      message: expect.stringMatching(/ask the person who invited you/),
    });
    await expect(accept(token, { name: "Late", password }, undefined)).rejects.toMatchObject({
      status: 404,
    });
    expect(await Invitations.list(actor)).toEqual([]);
  });

  it("stores only a hash of the link's token", async () => {
    const actor = await owner();
    const { url, id } = await Invitations.create(actor, {
      email: "hashed@example.com",
      role: "admin",
    });
    const token = url.split("/invite/")[1] as string;
    const { GetCommand } = await import("@aws-sdk/lib-dynamodb");
    const { db } = await import("../src/db/client");
    const { keys } = await import("../src/db/keys");
    const { Item } = await db().send(
      new GetCommand({
        TableName: process.env.TABLE_NAME,
        Key: keys.invitation(actor.tenantId, id),
      }),
    );
    expect(JSON.stringify(Item)).not.toContain(token);
    expect(Item).toMatchObject({ tokenHash: expect.any(String) });
  });
});
