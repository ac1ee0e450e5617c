import { RealtimeFrame } from "@helios/contracts";
import { describe, expect, it } from "vitest";
import { newTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

type Frame = Awaited<ReturnType<typeof openSocket>>["frames"][number];

/** The frames that carry the message.created of the customer's message with this text. */
const framesWith = (frames: Frame[], text: string) =>
  frames.filter((frame) =>
    (frame.type === "batch" ? (frame.events ?? []) : [frame]).some(
      (event) =>
        event.type === "message.created" && (event.data as { text?: string }).text === text,
    ),
  );

describe("realtime frames", () => {
  it("an inbound message reaches every connection as one batch frame: the message, then its conversation", async () => {
    const tenant = await newTenant();
    const { numberId, authToken, customer, conversationId } = await conversationWith(tenant);
    const sockets = await Promise.all([openSocket(tenant), openSocket(tenant)]);

    const text = "Is the blue one back in stock?";
    const delivered = await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid(), From: customer, Body: text }),
      authToken,
    );
    expect(delivered.status).toBe(200);

    for (const socket of sockets) {
      await expect.poll(() => framesWith(socket.frames, text).length).toBe(1);
      const [frame] = framesWith(socket.frames, text);
      // The contract the web client parses accepts the frame as sent.
      expect(RealtimeFrame.safeParse(frame).success).toBe(true);
      expect(frame).toMatchObject({
        type: "batch",
        tenant: tenant.slug,
        events: [
          { type: "message.created", tenant: tenant.slug, data: { text, conversationId } },
          { type: "conversation.updated", tenant: tenant.slug, data: { id: conversationId } },
        ],
      });
      socket.close();
    }
  });
});
