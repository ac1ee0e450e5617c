import * as z from "./zod";

/** `GET /api/me`'s `ai`: whether AI replies can run in this deployment. */
export const AiStatus = z.object({
  configured: z.boolean(),
  /** The model an agent with no model of its own asks (OPENAI_MODEL or the built-in default). */
  defaultModel: z.string(),
  /** The models an agent may use (OPENAI_MODELS; the default model when unset). */
  models: z.array(z.string()),
});
export type AiStatus = z.infer<typeof AiStatus>;

/** `POST …/conversations/{id}/insights`: accepted; the insights come later on the conversation. */
export const InsightsQueued = z.object({
  status: z.literal("queued"),
  /** The job that will refresh them: a request while one is queued gets that same job. */
  jobId: z.string(),
  requestedAt: z.string(),
});
export type InsightsQueued = z.infer<typeof InsightsQueued>;
