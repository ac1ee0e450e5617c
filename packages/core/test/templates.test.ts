import { randomBytes, randomUUID } from "node:crypto";
import { fillTemplate, templateVariables } from "@helios/contracts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "../src/access/actor";
import { takeAiTurn } from "../src/ai/turn";
import type { ConversationItem } from "../src/conversation/conversation";
import { getConversation } from "../src/conversation/repository";
import { sealSecret } from "../src/crypto/secret-box";
import { AppError } from "../src/errors/app-error";
import { connectTwilio } from "../src/integration/twilio-account";
import { storeInbound } from "../src/message/inbound";
import { listMessages } from "../src/message/repository";
import { retrySend } from "../src/message/retry";
import { sendFromChat } from "../src/message/send";
import { type NumberItem, secretContext } from "../src/number/number";
import { explainProviderError, ProviderRequestError } from "../src/provider/errors";
import { sendMetaTemplate } from "../src/provider/meta/api";
import { twilioClient } from "../src/provider/twilio/client";
import { twilioContent } from "../src/provider/twilio/content";
import { listTemplates } from "../src/template/catalog";
import { listMetaTemplates } from "../src/template/meta-templates";
import { sendTemplateFromChat } from "../src/template/send";
import { startConversation } from "../src/template/start";
import { listTwilioTemplates } from "../src/template/twilio-content";
import { useFreshTable } from "./support/fresh-table";
import { storeNumber, testActor, testNumber } from "./support/workspace";

useFreshTable();

const META_TOKEN = `EAAG${randomBytes(24).toString("hex")}`;

beforeAll(() => {
  // The local cloud's sandboxes take the calls; callbacks and fan-out go nowhere (port 9).
  Object.assign(process.env, {
    TWILIO_API_BASE_URL: `${inject("baseUrl")}/_sandbox/twilio`,
    META_GRAPH_BASE_URL: `${inject("baseUrl")}/_sandbox/meta/v21.0`,
    PUBLIC_URL: "http://127.0.0.1:9",
    WS_MANAGEMENT_ENDPOINT: "http://127.0.0.1:9",
  });
});

const twilioAccount = () => ({
  accountSid: `AC${randomBytes(16).toString("hex")}`,
  authToken: randomBytes(16).toString("hex"),
});

const DAY = 24 * 60 * 60 * 1000;
const randomPhone = () => `+1415${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;

interface Setup {
  actor: Actor;
  number: NumberItem;
  credentials?: ReturnType<typeof twilioAccount>;
}

async function tenantWith(provider: "twilio" | "meta", options: { waba?: boolean } = {}) {
  const actor = testActor("agent");
  const id = randomUUID();
  let credentials: ReturnType<typeof twilioAccount> | undefined;
  if (provider === "twilio") {
    credentials = twilioAccount();
    await connectTwilio({ ...actor, role: "owner" }, credentials);
  }
  const number = await storeNumber({
    ...testNumber(
      actor.tenantId,
      randomUUID(),
      provider === "twilio"
        ? { provider, address: `whatsapp:${randomPhone()}` }
        : {
            provider,
            phoneNumberId: String(100_000_000_000_000 + Math.floor(Math.random() * 1e14)),
          },
    ),
    id,
    ...(provider === "meta"
      ? {
          accessTokenSealed: await sealSecret(META_TOKEN, secretContext(id, "accessToken")),
          ...(options.waba === false ? {} : { businessAccountId: "102290129340398" }),
        }
      : {}),
  });
  return { actor, number, ...(credentials ? { credentials } : {}) } satisfies Setup;
}

/** A customer who last wrote `ago` ms ago (two days: the window is closed). */
async function conversationFrom(
  { number }: Setup,
  customer = randomPhone(),
  ago = 2 * DAY,
): Promise<ConversationItem> {
  const stored = await storeInbound(number, {
    providerMessageId:
      number.provider === "twilio"
        ? `SM${randomBytes(16).toString("hex")}`
        : `wamid.${randomUUID()}`,
    from: `whatsapp:${customer}`,
    profileName: "Rosa",
    kind: "text",
    text: "Is my order ready?",
    receivedAt: new Date(Date.now() - ago).toISOString(),
  });
  if (stored.duplicate) throw new Error("a fresh message was taken for a duplicate");
  return stored.conversation;
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );

async function templateNamed(setup: Setup, name: string) {
  const { items } = await listTemplates(setup.actor, setup.number.id);
  const found = items.find((template) => template.name === name);
  if (!found) throw new Error(`no template ${name}`);
  return found;
}

describe("template text (contracts)", () => {
  it("finds the variables in order and fills them; an empty value keeps its placeholder", () => {
    const body = "Hi {{1}}, your order {{2}} ships {{ when }}. Thanks, {{1}}!";
    expect(templateVariables(body)).toEqual(["1", "2", "when"]);
    expect(fillTemplate(body, { "1": "Ana", "2": "#7", when: "today" })).toBe(
      "Hi Ana, your order #7 ships today. Thanks, Ana!",
    );
    expect(fillTemplate(body, { "1": "Ana", "2": "  " })).toBe(
      "Hi Ana, your order {{2}} ships {{ when }}. Thanks, Ana!",
    );
  });
});

describe("listing templates", () => {
  it("Twilio: the Content API through the real SDK, every page, with WhatsApp approval states", async () => {
    const credentials = twilioAccount();
    const paged = await listTwilioTemplates(credentials, 2);
    const whole = await listTwilioTemplates(credentials);
    expect(paged).toEqual(whole);
    expect(whole.map((t) => [t.name, t.status])).toEqual([
      ["order_update", "approved"],
      ["appointment_reminder", "approved"],
      ["follow_up", "approved"],
      ["conversation_restart", "approved"],
      ["spring_sale", "pending"],
      ["loyalty_offer", "rejected"],
    ]);
    const order = whole[0];
    expect(order).toMatchObject({
      id: expect.stringMatching(/^HX[0-9a-f]{32}$/),
      language: "en",
      category: "utility",
      body: "Hi {{1}}, your order {{2}} is on its way. Reply here if you have any questions.",
      variables: ["1", "2"],
    });
    expect(whole[5]?.rejectionReason).toBe("INVALID_FORMAT");
    // The SDK really pages: three requests of two.
    const page = await twilioContent(credentials).v1.contentAndApprovals.page({
      pageSize: 2,
    });
    expect(page.instances).toHaveLength(2);
    expect(page.nextPageUrl).toContain("Page=1");
  });

  it("Meta: the business account's message_templates, following the cursors", async () => {
    const input = { businessAccountId: "102290129340398", accessToken: META_TOKEN };
    const paged = await listMetaTemplates({ ...input, pageSize: 4 });
    const whole = await listMetaTemplates(input);
    expect(paged).toEqual(whole);
    // The sandbox's catalog, then Meta's sample template every business account has.
    expect(whole.map((t) => `${t.name}:${t.status}`)).toEqual([
      "order_update:approved",
      "appointment_reminder:approved",
      "follow_up:approved",
      "conversation_restart:approved",
      "spring_sale:pending",
      "loyalty_offer:rejected",
      "hello_world:approved",
    ]);
    expect(whole[1]).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      name: "appointment_reminder",
      category: "utility",
      variables: ["1", "2", "3"],
    });
  });

  it("a Meta number without its business account id answers 409 business_account_required", async () => {
    const setup = await tenantWith("meta", { waba: false });
    const error = await rejection(listTemplates(setup.actor, setup.number.id));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 409, code: "business_account_required" });
  });

  it("another tenant's number is not found", async () => {
    const mine = await tenantWith("twilio");
    const theirs = await tenantWith("twilio");
    const error = await rejection(listTemplates(mine.actor, theirs.number.id));
    expect(error).toMatchObject({ status: 404, code: "number_not_found" });
  });
});

describe("sending a template", () => {
  for (const provider of ["twilio", "meta"] as const) {
    it(`${provider}: goes out with the window closed, stored as kind "template" with the filled text`, async () => {
      const setup = await tenantWith(provider);
      const conversation = await conversationFrom(setup);
      const freeText = await rejection(sendFromChat(setup.actor, conversation.id, "Hello?"));
      expect(freeText).toMatchObject({ status: 422, code: "window_closed" });

      const template = await templateNamed(setup, "order_update");
      const sent = await sendTemplateFromChat(setup.actor, conversation.id, {
        id: template.id,
        variables: { "1": "Rosa", "2": "#1042" },
      });
      expect(sent).toMatchObject({
        kind: "template",
        text: "Hi Rosa, your order #1042 is on its way. Reply here if you have any questions.",
        template: { id: template.id, name: "order_update" },
        status: "queued",
        direction: "outbound",
        author: "user",
      });
      expect(sent.providerMessageId).not.toBe("");
      expect(sent).not.toHaveProperty("templateSend");
      const after = await getConversation(setup.actor.tenantId, conversation.id);
      expect(after?.lastMessage?.text).toBe(sent.text);

      if (provider === "twilio" && setup.credentials) {
        // Twilio rendered the Content template: the message's body is the filled text.
        const fetched = await twilioClient(setup.credentials)
          .api.v2010.accounts(setup.credentials.accountSid)
          .messages(sent.providerMessageId)
          .fetch();
        expect(fetched.body).toBe(sent.text);
      }
    });
  }

  it("missing variables → 400 naming each one; nothing is stored", async () => {
    const setup = await tenantWith("twilio");
    const conversation = await conversationFrom(setup);
    const template = await templateNamed(setup, "appointment_reminder");
    const error = await rejection(
      sendTemplateFromChat(setup.actor, conversation.id, {
        id: template.id,
        variables: { "1": "Rosa", "2": " " },
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: "validation_failed",
      fields: {
        "template.variables.2": expect.any(String),
        "template.variables.3": expect.any(String),
      },
    });
    const { items } = await listMessages(conversation.id, 50);
    expect(items.filter((m) => m.direction === "outbound")).toHaveLength(0);
  });

  it("a pending or rejected template → 422 template_not_approved; an unknown one → 404", async () => {
    const setup = await tenantWith("meta");
    const conversation = await conversationFrom(setup);
    for (const name of ["spring_sale", "loyalty_offer"]) {
      const template = await templateNamed(setup, name);
      const error = await rejection(
        sendTemplateFromChat(setup.actor, conversation.id, {
          id: template.id,
          variables: { "1": "a", "2": "b" },
        }),
      );
      expect(error).toMatchObject({ status: 422, code: "template_not_approved" });
    }
    const unknown = await rejection(
      sendTemplateFromChat(setup.actor, conversation.id, { id: "123", variables: {} }),
    );
    expect(unknown).toMatchObject({ status: 404, code: "template_not_found" });
  });

  it("a failed template send is retried as the same template, window closed or not", async () => {
    const setup = await tenantWith("meta");
    const customer = randomPhone();
    const conversation = await conversationFrom(setup, customer);
    const faults = await fetch(`${inject("baseUrl")}/_sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ to: customer.slice(1), fault: "unavailable", times: 1 }),
    });
    expect(faults.ok).toBe(true);
    const template = await templateNamed(setup, "follow_up");
    const failed = await sendTemplateFromChat(setup.actor, conversation.id, {
      id: template.id,
      variables: { "1": "Rosa" },
    });
    expect(failed).toMatchObject({ status: "failed", kind: "template" });
    expect(failed.error?.code).toBe("provider_unavailable");
    const retried = await retrySend(setup.actor, conversation.id, failed.id);
    expect(retried).toMatchObject({
      id: failed.id,
      status: "queued",
      kind: "template",
      text: "Hi Rosa, we have an update on your request. Reply to this message to continue the conversation.",
    });
    expect(retried.providerMessageId).toMatch(/^wamid\./);
  });
});

describe("provider errors of templates, in plain language", () => {
  it("Meta refuses parameters that do not match the template (132000) and unknown ones (132001)", async () => {
    const setup = await tenantWith("meta");
    const base = {
      phoneNumberId: setup.number.phoneNumberId ?? "",
      accessToken: META_TOKEN,
      to: randomPhone().slice(1),
      language: "en",
    };
    const mismatch = await rejection(
      sendMetaTemplate({ ...base, name: "order_update", variables: { "1": "Rosa" } }),
    );
    expect(mismatch).toBeInstanceOf(ProviderRequestError);
    expect(mismatch).toMatchObject({ code: "132000" });
    const missing = await rejection(
      sendMetaTemplate({ ...base, name: "no_such_template", variables: {} }),
    );
    expect(missing).toMatchObject({ code: "132001" });
    expect((missing as ProviderRequestError).explanation).toContain("does not know this template");
  });

  it("every template error code has its own explanation", () => {
    const generic = explainProviderError("999999");
    const codes = ["63016", "63027", "63028", "63032", "131047"];
    codes.push("132000", "132001", "132005", "132007", "132012", "132015", "132016");
    for (const code of codes) {
      const text = explainProviderError(code);
      expect(text, code).not.toBe(generic.replace("999999", code));
      expect(text, code).not.toContain(`error ${code}`);
    }
  });
});

describe("starting a conversation", () => {
  it("reaches a new customer: the conversation opens with the template queued", async () => {
    const setup = await tenantWith("twilio");
    const template = await templateNamed(setup, "follow_up");
    const to = `whatsapp:${randomPhone()}`;
    const started = await startConversation(setup.actor, {
      numberId: setup.number.id,
      to,
      template: { id: template.id, variables: { "1": "Ana" } },
    });
    expect(started).toMatchObject({
      numberId: setup.number.id,
      customer: { address: to, phone: to.replace("whatsapp:", "") },
      status: "open",
      aiActive: false,
      windowExpiresAt: null,
      lastMessage: { direction: "outbound", text: expect.stringContaining("Hi Ana") },
    });
    expect(started.version).toBeGreaterThanOrEqual(2);
    const { items } = await listMessages(started.id, 10);
    expect(items.map((m) => [m.kind, m.status])).toEqual([["template", "queued"]]);

    // Starting again with the same customer resumes the same conversation.
    const again = await startConversation(setup.actor, {
      numberId: setup.number.id,
      to,
      template: { id: template.id, variables: { "1": "Ana" } },
    });
    expect(again.id).toBe(started.id);
  });

  it("resumes the conversation of a customer who wrote before (and reopens it)", async () => {
    const setup = await tenantWith("meta");
    const customer = randomPhone();
    const existing = await conversationFrom(setup, customer, 3 * DAY);
    const template = await templateNamed(setup, "conversation_restart");
    const resumed = await startConversation(setup.actor, {
      numberId: setup.number.id,
      to: `whatsapp:${customer}`,
      template: { id: template.id, variables: {} },
    });
    expect(resumed.id).toBe(existing.id);
    expect(resumed.customer.name).toBe("Rosa");
    const { items } = await listMessages(existing.id, 10);
    // The person's template took the conversation over from the AI (its timeline line first).
    expect(items.map((m) => m.kind)).toEqual(["text", "event", "template"]);
  });

  it("a username (BSUID) nobody has seen is refused; an unapproved template stores nothing", async () => {
    const setup = await tenantWith("twilio");
    const unknownUser = await rejection(
      startConversation(setup.actor, {
        numberId: setup.number.id,
        to: "whatsapp:US.13491208655302741918",
        template: { id: (await templateNamed(setup, "follow_up")).id, variables: { "1": "A" } },
      }),
    );
    expect(unknownUser).toMatchObject({ status: 422, code: "customer_unknown" });
    const pending = await templateNamed(setup, "spring_sale");
    const to = `whatsapp:${randomPhone()}`;
    const refused = await rejection(
      startConversation(setup.actor, {
        numberId: setup.number.id,
        to,
        template: { id: pending.id, variables: { "1": "a", "2": "b" } },
      }),
    );
    expect(refused).toMatchObject({ status: 422, code: "template_not_approved" });
  });
});

describe("the AI outside the window", () => {
  it("never sends: the turn escalates to a person with the reason", async () => {
    const setup = await tenantWith("twilio");
    const conversation = await conversationFrom(setup, randomPhone(), 25 * 60 * 60 * 1000);
    expect(conversation.aiActive).toBe(true);
    const { items: before } = await listMessages(conversation.id, 10);
    const outcome = await takeAiTurn({
      kind: "ai.reply",
      tenant: { tenantId: setup.actor.tenantId, slug: setup.actor.slug },
      conversationId: conversation.id,
      messageId: before[0]?.id ?? "",
    });
    expect(outcome).toBe("handed_off");
    const after = await getConversation(setup.actor.tenantId, conversation.id);
    expect(after).toMatchObject({
      aiActive: false,
      escalated: true,
      escalation: { reason: "window_closed" },
    });
    const { items } = await listMessages(conversation.id, 10);
    expect(items.filter((m) => m.direction === "outbound" && m.kind !== "event")).toHaveLength(0);
  });
});
