import { Conversation, Message } from "./conversations";
import { Notification } from "./notifications";
import * as z from "./zod";

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
  /**
   * Also sent again, with the same id, when a later message updates a conversation's
   * new_message notification: a client replaces the one it has instead of adding another.
   */
  z.object({ type: z.literal("notification.created"), tenant: z.string(), data: Notification }),
]);
export type RealtimeEvent = z.infer<typeof RealtimeEvent>;

/**
 * The events of one write (a message and its conversation, say) in one WebSocket frame, in the
 * order they happened. A frame is either one event or a batch: a client handles both.
 */
export const RealtimeBatch = z.object({
  type: z.literal("batch"),
  tenant: z.string(),
  events: z.array(RealtimeEvent).check(z.minLength(1)),
});
export type RealtimeBatch = z.infer<typeof RealtimeBatch>;

export const RealtimeFrame = z.union([RealtimeEvent, RealtimeBatch]);
export type RealtimeFrame = z.infer<typeof RealtimeFrame>;

/** The events a frame carries, in order. */
export const eventsOfFrame = (frame: RealtimeFrame): RealtimeEvent[] =>
  frame.type === "batch" ? frame.events : [frame];
