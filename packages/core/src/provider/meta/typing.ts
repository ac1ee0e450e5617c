import * as z from "@helios/contracts/zod";
import { graphRequest } from "./api";

const Success = z.object({ success: z.boolean() });

/**
 * `POST /{phone-number-id}/messages` with `status: "read"` and `typing_indicator`: the customer's
 * message shows read and "typing…" shows until the reply (or 25 s).
 */
export async function sendMetaTypingIndicator(input: {
  phoneNumberId: string;
  accessToken: string;
  /** The inbound message's `wamid`. */
  messageId: string;
}): Promise<void> {
  await graphRequest(
    `/${encodeURIComponent(input.phoneNumberId)}/messages`,
    input.accessToken,
    Success,
    {
      method: "POST",
      body: {
        messaging_product: "whatsapp",
        status: "read",
        message_id: input.messageId,
        typing_indicator: { type: "text" },
      },
    },
  );
}
