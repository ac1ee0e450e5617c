import { type RouteId, routes } from "@helios/contracts/routes";

/**
 * The demo inbox, filled the way it fills in real life: customers write from the sandbox phone
 * (signed provider webhooks), and the team answers, labels, assigns and closes through the HTTP
 * API as the web app does. Runs once, right after the demo workspace is created.
 */

export const DEMO_AGENT = { email: "sam@demo.helios.local", name: "Sam Rivera" };

interface Customer {
  name: string;
  phone: string;
}

const labels = [
  { name: "VIP", color: "#7c3aed" },
  { name: "Billing", color: "#d97706" },
  { name: "Bug", color: "#dc2626" },
] as const;
type LabelName = (typeof labels)[number]["name"];

const cannedResponses = [
  {
    shortcut: "hello",
    text: "Hi {{customer.name}}! Thanks for writing to Demo — how can we help?",
  },
  {
    shortcut: "hours",
    text: "We're here Monday to Friday, 9:00–18:00 (CET). Messages sent later are answered the next morning.",
  },
  {
    shortcut: "refund",
    text: "Hi {{customer.name}}, your refund is on its way: it shows on your card within 5–7 working days.",
  },
];

type Json = Record<string, unknown>;

/** A call of the route table by operation id, with the caller's token. */
function client(baseUrl: string) {
  return async function call(
    id: RouteId,
    options: { token?: string; params?: Record<string, string>; body?: unknown } = {},
  ): Promise<Json> {
    const spec = routes[id];
    const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(options.params?.[name] ?? ""),
    );
    const response = await fetch(`${baseUrl}${path}`, {
      method: spec.method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${id} answered ${response.status}: ${text.slice(0, 200)}`);
    return text ? (JSON.parse(text) as Json) : {};
  };
}

/** The sandbox phone's customer, writing to the demo number (the phone signs the webhook). */
async function phoneSends(baseUrl: string, number: string, customer: Customer, message: Json) {
  const response = await fetch(`${baseUrl}/sandbox/phone/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      number,
      customer: `whatsapp:${customer.phone}`,
      name: customer.name,
      ...message,
    }),
  });
  if (!response.ok) throw new Error(`the sandbox phone answered ${response.status}`);
}

export async function seedDemoInbox(input: {
  baseUrl: string;
  slug: string;
  number: string;
  ownerToken: string;
  agentPassword: string;
  /**
   * A session of a seeded account without signing in over HTTP: a sign-in hashes the password
   * (seconds at the local cloud's cost), and the seed made the account itself.
   */
  sessionOf: (email: string) => Promise<string>;
}): Promise<void> {
  const call = client(input.baseUrl);
  const tenant = input.slug;
  const owner = input.ownerToken;
  const as = (token: string) => ({ token, params: { tenant } });

  const sam = await call("members/add", {
    ...as(owner),
    body: { ...DEMO_AGENT, role: "agent", password: input.agentPassword },
  });
  const samToken = await input.sessionOf(DEMO_AGENT.email);
  for (const reply of cannedResponses)
    await call("canned-responses/create", { ...as(owner), body: reply });

  const write = (customer: Customer, message: Json) =>
    phoneSends(input.baseUrl, input.number, customer, message);
  const conversationOf = async (customer: Customer): Promise<string> => {
    const list = await call("conversations/list", as(owner));
    const items = (list.items ?? []) as { id: string; customer: { address: string } }[];
    const found = items.find((c) => c.customer.address === `whatsapp:${customer.phone}`);
    if (!found) throw new Error(`no conversation with ${customer.name} after their message`);
    return found.id;
  };
  const reply = (token: string, conversationId: string, text: string) =>
    call("conversations/send", { token, params: { tenant, conversationId }, body: { text } });
  const patch = (conversationId: string, body: Json) =>
    call("conversations/update", { token: owner, params: { tenant, conversationId }, body });

  const lucia = { name: "Lucía Fernández", phone: "+34600000101" };
  const marcus = { name: "Marcus Lee", phone: "+447700900102" };
  const priya = { name: "Priya Shah", phone: "+447700900103" };
  const tom = { name: "Tom Becker", phone: "+4915550000104" };
  const aiko = { name: "Aiko Tanaka", phone: "+447700900105" };

  // A closed one: answered by the owner, then closed.
  await write(priya, { type: "text", text: "Hi! Do you ship to Canada?" });
  const priyaId = await conversationOf(priya);
  await reply(owner, priyaId, "Hi Priya! Yes — shipping to Canada takes 5–8 working days.");
  await patch(priyaId, { status: "closed" });

  // Ordinary ones, each answered by a person.
  await write(tom, { type: "text", text: "What are your opening hours?" });
  const tomId = await conversationOf(tom);
  await reply(samToken, tomId, cannedResponses[1]?.text ?? "");
  await write(aiko, { type: "text", text: "Is the blue rain jacket back in stock in size M?" });
  const aikoId = await conversationOf(aiko);
  await reply(owner, aikoId, "Hi Aiko! It's back on Friday — shall I reserve one for you?");

  // One with a photo, assigned to Sam, who answered.
  await write(lucia, {
    type: "text",
    text: "Hello, my order #4821 arrived but the box was crushed.",
  });
  await write(lucia, { type: "image", image: "parcel.png", caption: "This is how it arrived" });
  const luciaId = await conversationOf(lucia);
  await reply(samToken, luciaId, "I'm so sorry, Lucía! I'm sending a replacement today.");

  // One escalated: the customer asks for a person (the demo agent's escalation keyword).
  await write(marcus, {
    type: "text",
    text: "I was charged twice for order #4790. Can I talk to a person please?",
  });
  const marcusId = await conversationOf(marcus);

  // Labels and assignment come last: they need the team inbox's routes.
  const labelIds = new Map<LabelName, string>();
  for (const label of labels) {
    const created = await call("labels/create", { ...as(owner), body: label });
    labelIds.set(label.name, String(created.id));
  }
  const labelled = (...names: LabelName[]) => names.map((name) => labelIds.get(name) ?? "");
  await patch(luciaId, { labels: labelled("Bug"), assigneeUserId: String(sam.userId) });
  await patch(marcusId, { labels: labelled("Billing", "VIP") });
  await patch(aikoId, { labels: labelled("VIP"), assigneeUserId: String(sam.userId) });
}
