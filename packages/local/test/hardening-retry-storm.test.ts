import { describe, expect, it } from "vitest";
import { api, newTenant } from "./support/api";
import { randomAddress, twilioNumber } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

const CUSTOMERS = 10;
const MESSAGES_PER_CUSTOMER = 20;
const DELIVERIES = 3;
/** Webhooks in flight at once: enough to race on every conversation, few enough for 2 cores. */
const IN_FLIGHT = 48;

async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++;
        const task = tasks[index];
        if (task) results[index] = await task();
      }
    }),
  );
  return results;
}

describe("retry storm", () => {
  it(`${CUSTOMERS * MESSAGES_PER_CUSTOMER} messages, each delivered ${DELIVERIES}× at once, are each stored exactly once`, async () => {
    const tenant = await newTenant();
    const { numberId, address, authToken } = await twilioNumber(tenant, { displayName: "Storm" });
    const customers = Array.from({ length: CUSTOMERS }, () => randomAddress());
    const messages = customers.flatMap((from) =>
      Array.from({ length: MESSAGES_PER_CUSTOMER }, (_, i) => ({
        from,
        sid: newMessageSid(),
        text: `storm ${from} ${i}`,
      })),
    );
    // Every copy of a message is sent at the same moment, as Twilio's retries and a proxy's can be.
    const statuses = await inParallel(
      messages.map(
        (message) => () =>
          Promise.all(
            Array.from({ length: DELIVERIES }, () =>
              postTwilio(
                `/webhooks/twilio/${numberId}`,
                twilioFixture("inbound-text", {
                  MessageSid: message.sid,
                  SmsMessageSid: message.sid,
                  SmsSid: message.sid,
                  From: message.from,
                  WaId: message.from.replace("whatsapp:+", ""),
                  To: address,
                  Body: message.text,
                }),
                authToken,
              ).then((res) => res.status),
            ),
          ),
      ),
      IN_FLIGHT / DELIVERIES,
    );
    expect(statuses.flat().filter((status) => status !== 200)).toEqual([]);

    const list = await api(`/api/t/${tenant.slug}/whatsapp/conversations?limit=100`, {
      token: tenant.token,
    });
    expect(list.body.items).toHaveLength(CUSTOMERS);
    for (const conversation of list.body.items) {
      const stored = await api(
        `/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}/messages?limit=100`,
        { token: tenant.token },
      );
      // Inbound only: the AI agent may have answered some of them meanwhile.
      const sids: string[] = stored.body.items
        .filter((m: { direction: string }) => m.direction === "inbound")
        .map((m: { providerMessageId: string }) => m.providerMessageId);
      expect(sids).toHaveLength(MESSAGES_PER_CUSTOMER);
      expect(new Set(sids).size).toBe(MESSAGES_PER_CUSTOMER);
      // The conversation's counter moved once per stored message, not once per delivery.
      expect(conversation.unreadCount).toBe(MESSAGES_PER_CUSTOMER);
    }
  }, 90_000);
});
