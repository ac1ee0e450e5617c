import { z } from "zod";

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
