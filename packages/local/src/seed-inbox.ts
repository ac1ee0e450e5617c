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

  // Independent steps run together: the seed is part of the local cloud's start.
  const sam = call("members/add", {
    ...as(owner),
    body: { ...DEMO_AGENT, role: "agent", password: input.agentPassword },
  });
  const samToken = sam.then(() => input.sessionOf(DEMO_AGENT.email));
  const canned = Promise.all(
    cannedResponses.map((body) => call("canned-responses/create", { ...as(owner), body })),
  );

  const conversationOf = async (customer: Customer): Promise<string> => {
    const list = await call("conversations/list", as(owner));
    const items = (list.items ?? []) as { id: string; customer: { address: string } }[];
    const found = items.find((c) => c.customer.address === `whatsapp:${customer.phone}`);
    if (!found) throw new Error(`no conversation with ${customer.name} after their message`);
    return found.id;
  };
  /** The customer's messages in order, then what the team does in their conversation. */
  const thread = async (
    customer: Customer,
    messages: Json[],
    then: (conversationId: string) => Promise<unknown> = async () => undefined,
  ): Promise<string> => {
    for (const message of messages) {
      await phoneSends(input.baseUrl, input.number, customer, message);
    }
    const conversationId = await conversationOf(customer);
    await then(conversationId);
    return conversationId;
  };
  const reply = async (token: string | Promise<string>, conversationId: string, text: string) =>
    call("conversations/send", {
      token: await token,
      params: { tenant, conversationId },
      body: { text },
    });
  const patch = (conversationId: string, body: Json) =>
    call("conversations/update", { token: owner, params: { tenant, conversationId }, body });
  const text = (words: string) => ({ type: "text", text: words });

  const [member, , , , luciaId, marcusId, aikoId] = await Promise.all([
    sam,
    canned,
    // A closed one: answered by the owner, then closed.
    thread(
      { name: "Priya Shah", phone: "+447700900103" },
      [text("Hi! Do you ship to Canada?")],
      async (id) => {
        await reply(owner, id, "Hi Priya! Yes — shipping to Canada takes 5–8 working days.");
        await patch(id, { status: "closed" });
      },
    ),
    // Ordinary ones, each answered by a person.
    thread(
      { name: "Tom Becker", phone: "+4915550000104" },
      [text("What are your opening hours?")],
      (id) => reply(samToken, id, cannedResponses[1]?.text ?? ""),
    ),
    // One with a photo, answered by Sam.
    thread(
      { name: "Lucía Fernández", phone: "+34600000101" },
      [
        text("Hello, my order #4821 arrived but the box was crushed."),
        { type: "image", image: "parcel.png", caption: "This is how it arrived" },
      ],
      (id) => reply(samToken, id, "I'm so sorry, Lucía! I'm sending a replacement today."),
    ),
    // One escalated: the customer asks for a person (the demo agent's escalation keyword).
    thread({ name: "Marcus Lee", phone: "+447700900102" }, [
      text("I was charged twice for order #4790. Can I talk to a person please?"),
    ]),
    thread(
      { name: "Aiko Tanaka", phone: "+447700900105" },
      [text("Is the blue rain jacket back in stock in size M?")],
      (id) => reply(owner, id, "Hi Aiko! It's back on Friday — shall I reserve one for you?"),
    ),
  ]);
  const samId = String(member.userId);

  // Labels and assignment come last: they need the team inbox's routes.
  const labelIds = new Map<LabelName, string>();
  for (const label of labels) {
    const created = await call("labels/create", { ...as(owner), body: label });
    labelIds.set(label.name, String(created.id));
  }
  const labelled = (...names: LabelName[]) => names.map((name) => labelIds.get(name) ?? "");
  await patch(luciaId, { labels: labelled("Bug"), assigneeUserId: samId });
  await patch(marcusId, { labels: labelled("Billing", "VIP") });
  await patch(aikoId, { labels: labelled("VIP"), assigneeUserId: samId });
}
