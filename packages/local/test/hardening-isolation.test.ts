import { routes } from "@helios/contracts/routes";
import { httpRoutes } from "@helios/functions/routes";
import { beforeAll, describe, expect, it } from "vitest";
import { api, newMember, newTenant, type TestTenant, uniqueEmail } from "./support/api";
import { randomAddress, sandboxTwilioAccount, twilioNumber } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

/**
 * The tenant-isolation test of api-members.test.ts sends a foreign token to the victim's slug; this
 * one sends the foreign tenant's own slug with the victim's resource ids, and checks the role of
 * every write route for agent, admin and owner.
 */
const tenantRoutes = httpRoutes.filter((route) => route.path.startsWith("/api/t/{tenant}"));
const writeRoutes = tenantRoutes.filter((route) => route.method !== "GET");
/** Who may call a route, as the route table says: managers are owners and admins. */
const accessOf = (route: (typeof httpRoutes)[number]) => routes[route.id].access;
const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

interface Fixture {
  owner: TestTenant;
  ids: Record<string, string>;
}

/** A tenant with one of everything: a member, an agent, a Twilio number, a conversation, a message. */
async function populatedTenant(): Promise<Fixture> {
  const owner = await newTenant();
  const number = await twilioNumber(owner, { displayName: "Main" });
  const { address, authToken } = number;
  const member = await newMember(owner, "agent");
  const sid = newMessageSid();
  await postTwilio(
    `/webhooks/twilio/${number.numberId}`,
    twilioFixture("inbound-text", { MessageSid: sid, To: address, From: randomAddress() }),
    authToken,
  );
  const conversations = await api(`/api/t/${owner.slug}/whatsapp/conversations`, {
    token: owner.token,
  });
  const conversationId = conversations.body.items[0].id as string;
  const messages = await api(
    `/api/t/${owner.slug}/whatsapp/conversations/${conversationId}/messages`,
    { token: owner.token },
  );
  return {
    owner,
    ids: {
      userId: member.userId,
      agentId: number.agentId,
      numberId: number.numberId,
      conversationId,
      messageId: messages.body.items[0].id,
      index: "0",
    },
  };
}

const pathFor = (path: string, slug: string, ids: Record<string, string>) =>
  path
    .replace("{tenant}", slug)
    .replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `no-such-${name}`);

describe("isolation: a foreign tenant's ids through its own slug", () => {
  let victim: Fixture;
  let intruder: TestTenant;
  beforeAll(async () => {
    [victim, intruder] = await Promise.all([populatedTenant(), newTenant()]);
  });

  it("every tenant route with the victim's ids answers 403 or 404 and shows none of them", async () => {
    const routesWithIds = tenantRoutes.filter((route) => /\{(?!tenant\})\w+\}/.test(route.path));
    expect(routesWithIds.length).toBeGreaterThan(10);
    const victimIds = Object.entries(victim.ids)
      .filter(([name]) => name !== "index")
      .map(([, id]) => id);
    for (const route of routesWithIds) {
      const res = await api(pathFor(route.path, intruder.slug, victim.ids), {
        method: route.method,
        token: intruder.token,
        body:
          route.method === "GET" || route.method === "DELETE"
            ? undefined
            : (bodies[key(route)] ?? {}),
      });
      expect([403, 404], `${key(route)} answered ${res.status}`).toContain(res.status);
      const text = JSON.stringify(res.body ?? "");
      for (const id of victimIds) expect(text, key(route)).not.toContain(id);
    }
  });

  it("lists of the intruder's own tenant hold none of the victim's data", async () => {
    const lists = tenantRoutes.filter(
      (route) => route.method === "GET" && !/\{(?!tenant\})\w+\}/.test(route.path),
    );
    for (const route of lists) {
      const res = await api(pathFor(route.path, intruder.slug, {}), { token: intruder.token });
      const text = JSON.stringify(res.body ?? "");
      for (const id of Object.values(victim.ids).filter((id) => id.length > 3))
        expect(text, key(route)).not.toContain(id);
    }
  });

  it("the victim's data is intact after the intruder's writes", async () => {
    const conversation = await api(
      `/api/t/${victim.owner.slug}/whatsapp/conversations/${victim.ids.conversationId}`,
      { token: victim.owner.token },
    );
    expect(conversation.status).toBe(200);
    const agent = await api(`/api/t/${victim.owner.slug}/agents/${victim.ids.agentId}`, {
      token: victim.owner.token,
    });
    expect(agent.body.name).toBe("Ava");
  });
});

/** Valid bodies, so that a refusal is the role's and not the validation's. */
const bodies: Record<string, unknown> = {
  "POST /api/t/{tenant}/members": {
    email: uniqueEmail("matrix"),
    name: "Matrix",
    role: "agent",
    password: "a long enough password",
  },
  "PATCH /api/t/{tenant}/members/{userId}": { role: "agent" },
  "POST /api/t/{tenant}/invitations": { email: uniqueEmail("invited"), role: "agent" },
  "PUT /api/t/{tenant}/integrations/twilio": sandboxTwilioAccount(),
  "POST /api/t/{tenant}/agents": {
    name: "Matrix",
    instructions: "Hi",
    channels: { whatsapp: true },
  },
  "PATCH /api/t/{tenant}/agents/{agentId}": { name: "Renamed" },
  "POST /api/t/{tenant}/whatsapp/numbers": {
    provider: "twilio",
    displayName: "Matrix",
    address: randomAddress(),
  },
  "PATCH /api/t/{tenant}/whatsapp/numbers/{numberId}": { displayName: "Renamed" },
  "PATCH /api/t/{tenant}/whatsapp/conversations/{conversationId}": { aiActive: false },
  "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/messages": { text: "Hello" },
  "POST /api/t/{tenant}/whatsapp/conversations/{conversationId}/notes": { text: "A note" },
  "POST /api/t/{tenant}/labels": { name: "Matrix", color: "#2563eb" },
  "PATCH /api/t/{tenant}/labels/{labelId}": { name: "Renamed" },
  "PUT /api/t/{tenant}/team/me/availability": { available: true },
  "POST /api/t/{tenant}/canned-responses": { shortcut: "matrix", text: "Hello {{customer.name}}" },
  "PATCH /api/t/{tenant}/canned-responses/{cannedResponseId}": { text: "Renamed" },
  "PATCH /api/t/{tenant}/contacts/{contactId}": { name: "Renamed" },
};

describe("role matrix: every tenant route for agent, admin and owner", () => {
  it("the table gives every tenant route a role (member or manager)", () => {
    expect(
      tenantRoutes.filter((route) => !["member", "manager"].includes(accessOf(route))).map(key),
    ).toEqual([]);
    expect(writeRoutes.filter((route) => accessOf(route) === "manager").length).toBeGreaterThan(10);
  });

  it("every route that needs a session answers 401 without a token", async () => {
    const signedIn = httpRoutes.filter((route) =>
      ["signed-in", "member", "manager"].includes(accessOf(route)),
    );
    expect(signedIn.length).toBeGreaterThan(tenantRoutes.length);
    for (const route of signedIn) {
      const res = await api(pathFor(route.path, "some-tenant", {}), {
        method: route.method,
        body: route.method === "GET" || route.method === "DELETE" ? undefined : {},
      });
      expect(res.status, `${key(route)}: ${JSON.stringify(res.body)}`).toBe(401);
    }
  });

  it("agents get 403 on managers' routes; everyone passes the role check elsewhere", async () => {
    // Reads first (they change nothing), deletions last, so the others still find what they act on.
    const fixture = await populatedTenant();
    const people = {
      agent: await newMember(fixture.owner, "agent"),
      admin: await newMember(fixture.owner, "admin"),
      owner: fixture.owner,
    };
    const rank = (route: { method: string }) =>
      route.method === "GET" ? 0 : route.method === "DELETE" ? 2 : 1;
    const ordered = [...tenantRoutes].sort((a, b) => rank(a) - rank(b));
    for (const route of ordered) {
      for (const [role, person] of Object.entries(people)) {
        const res = await api(pathFor(route.path, fixture.owner.slug, fixture.ids), {
          method: route.method,
          token: person.token,
          body:
            route.method === "GET" || route.method === "DELETE"
              ? undefined
              : (bodies[key(route)] ?? {}),
        });
        const refused = role === "agent" && accessOf(route) === "manager";
        expect(
          res.status,
          `${role} ${key(route)}: ${JSON.stringify(res.body)}`,
        ).not.toBeGreaterThanOrEqual(500);
        if (refused) expect(res.status, `${role} ${key(route)}`).toBe(403);
        else expect(res.status, `${role} ${key(route)}: ${JSON.stringify(res.body)}`).not.toBe(403);
      }
    }
  });
});
