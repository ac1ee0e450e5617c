import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MetaWebhookPayload } from "../src/webhook/meta-payload";
import { splitMetaDelivery } from "../src/webhook/meta-split";

type Entries = { changes: { value: Record<string, unknown> }[] }[];
const changeValue = (payload: Record<string, unknown> | undefined) =>
  ((payload?.entry ?? []) as Entries)[0]?.changes[0]?.value;

const batch1000 = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      new URL("../../local/test/fixtures/meta/batch-1000.json", import.meta.url),
      "utf8",
    ).replaceAll("PHONE_NUMBER_ID", "106540352242922"),
  );

describe("a Meta delivery cut into one delivery per item", () => {
  it("gives every message and status once, each a whole payload the webhook parser reads", () => {
    const items = splitMetaDelivery(batch1000());
    expect(items).toHaveLength(1000);
    for (const item of items) expect(MetaWebhookPayload.safeParse(item.payload).success).toBe(true);
    const ids = items.map((item) => {
      const value = changeValue(item.payload) as Record<string, unknown[]> | undefined;
      const [one] = [...(value?.messages ?? []), ...(value?.statuses ?? [])] as { id: string }[];
      return one?.id;
    });
    // 850 distinct message ids; each status id once per status (sent, delivered, read).
    expect(new Set(ids).size).toBe(850 + 150 / 3);
    expect(new Set(items.map((item) => item.customer)).size).toBe(40);
  });

  it("keeps the sender's contact (only it), the metadata and fields Helios does not model", () => {
    const [item] = splitMetaDelivery({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "102290129340398",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "15550783881", phone_number_id: "1065" },
                contacts: [
                  { profile: { name: "Other" }, wa_id: "16505550000" },
                  {
                    profile: { name: "Sheena", username: "@sheena" },
                    user_id: "US.1387265410983742",
                  },
                ],
                messages: [
                  {
                    from_user_id: "US.1387265410983742",
                    id: "wamid.X",
                    timestamp: "1750090702",
                    type: "text",
                    text: { body: "Hi" },
                    future_field: { kept: true },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    expect(item?.customer).toBe("US.1387265410983742");
    const value = changeValue(item?.payload);
    expect(value).toMatchObject({
      metadata: { phone_number_id: "1065" },
      contacts: [{ user_id: "US.1387265410983742" }],
      messages: [{ future_field: { kept: true } }],
    });
    expect(value?.contacts).toHaveLength(1);
  });
});
