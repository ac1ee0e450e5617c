import { describe, expect, it } from "vitest";
import { actorFor } from "../src/access/actor";
import { signup } from "../src/auth/signup";
import { verifyToken } from "../src/auth/token";
import { keys } from "../src/db/keys";
import { getItem, updateItem } from "../src/db/table";
import * as Members from "../src/member/use-cases";
import { openConnection, tenantConnections } from "../src/realtime/connections";
import { userConnections } from "../src/realtime/repository";
import { issueTicket } from "../src/realtime/tickets";
import { useFreshTable } from "./support/fresh-table";

useFreshTable();

const password = "correct horse battery";

/**
 * The fan-out reads a tenant's connections (one item): once a removal's transaction commits, the
 * removed member's connections are no longer among them (their sockets then close; here the
 * management API is not configured, so only the records are checked).
 */
describe("fan-out after a removal", () => {
  it("no longer finds the removed member's connections; a role change forgets them too", async () => {
    const { user, tenant } = await signup(
      { email: `la-${Date.now()}@example.com`, password, name: "O", tenantName: "Live" },
      "10.80.0.1",
    );
    const owner = await actorFor(user.id, tenant.slug);
    const added = await Members.add(owner, {
      email: `agent-${Date.now()}@example.com`,
      name: "A",
      role: "agent",
      password,
    });
    const { login } = await import("../src/auth/login");
    const session = await verifyToken(
      (await login({ email: added.email, password }, "10.80.0.2")).token,
    );
    const agent = await actorFor(added.userId, tenant.slug);
    const connect = async (connectionId: string) =>
      openConnection({ connectionId, ticket: (await issueTicket(agent, session)).ticket });

    await connect("agent-conn-1");
    await connect("agent-conn-2");
    expect((await tenantConnections(owner.tenantId)).map((c) => c.connectionId).sort()).toEqual([
      "agent-conn-1",
      "agent-conn-2",
    ]);
    await Members.changeRole(owner, added.userId, "admin");
    expect(await tenantConnections(owner.tenantId)).toEqual([]);

    await openConnection({
      connectionId: "agent-conn-3",
      ticket: (await issueTicket(await actorFor(added.userId, tenant.slug), session)).ticket,
    });
    await Members.remove(owner, added.userId);
    expect(await tenantConnections(owner.tenantId)).toEqual([]);
    expect(await userConnections(added.userId)).toEqual([]);
  });
});

describe("a connection that expired without a $disconnect", () => {
  it("is left out of the fan-out and forgotten from the tenant's item", async () => {
    const { user, tenant, token } = await signup(
      { email: `exp-${Date.now()}@example.com`, password, name: "O", tenantName: "Expiry" },
      "10.80.0.3",
    );
    const owner = await actorFor(user.id, tenant.slug);
    const session = await verifyToken(token);
    for (const connectionId of ["live-conn", "stale-conn"])
      await openConnection({ connectionId, ticket: (await issueTicket(owner, session)).ticket });
    // API Gateway's $disconnect never came for this one: its time is simply up.
    await updateItem({
      Key: keys.tenantConnections(owner.tenantId),
      UpdateExpression: "SET #c.expiresAt = :past",
      ExpressionAttributeNames: { "#c": "c#stale-conn" },
      ExpressionAttributeValues: { ":past": Math.floor(Date.now() / 1000) - 1 },
    });

    expect((await tenantConnections(owner.tenantId)).map((c) => c.connectionId)).toEqual([
      "live-conn",
    ]);
    const item = await getItem(keys.tenantConnections(owner.tenantId));
    expect(Object.keys(item ?? {}).filter((name) => name.startsWith("c#"))).toEqual([
      "c#live-conn",
    ]);
  });
});
