import { z } from "zod";
import { Conversation, Message } from "./conversations";

/**
 * Server → client events on the WebSocket. Each event's `data` schema is added here by the
 * concept that publishes it, so publisher and subscriber share one definition.
 */
export const RealtimeEventType = z.enum([
  "message.created",
  "message.updated",
  "conversation.updated",
  "conversation.deleted",
  "notification.created",
]);
export type RealtimeEventType = z.infer<typeof RealtimeEventType>;

export const RealtimeEnvelope = z.object({
  type: RealtimeEventType,
  tenant: z.string(),
  data: z.unknown(),
});
export type RealtimeEnvelope = z.infer<typeof RealtimeEnvelope>;

/** Each event with its data, so a subscriber narrows on `type` and gets the right shape. */
export const RealtimeEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message.created"), tenant: z.string(), data: Message }),
  z.object({ type: z.literal("message.updated"), tenant: z.string(), data: Message }),
  z.object({ type: z.literal("conversation.updated"), tenant: z.string(), data: Conversation }),
  z.object({
    type: z.literal("conversation.deleted"),
    tenant: z.string(),
    data: z.object({ id: z.string() }),
  }),
  z.object({
    type: z.literal("notification.created"),
    tenant: z.string(),
    data: z.record(z.string(), z.unknown()),
  }),
]);
export type RealtimeEvent = z.infer<typeof RealtimeEvent>;
