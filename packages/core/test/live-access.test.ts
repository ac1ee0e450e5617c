import { describe, expect, it } from "vitest";
import { actorFor } from "../src/access/actor";
import { signup } from "../src/auth/signup";
import { verifyToken } from "../src/auth/token";
import * as Members from "../src/member/use-cases";
import { openConnection, tenantConnections } from "../src/realtime/connections";
import { userConnections } from "../src/realtime/repository";
import { issueTicket } from "../src/realtime/tickets";
import { useFreshTable } from "./support/fresh-table";

useFreshTable();

const password = "correct horse battery";

/**
 * The fan-out reads a tenant's connections with one Query: once a removal's transaction commits, the
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
