import type { AiStatus } from "@helios/contracts";
import { useMe } from "../auth/use-me";

/** Whether this deployment has an AI provider (from `GET /api/me`); undefined while loading. */
export function useAiStatus(): AiStatus | undefined {
  return useMe().data?.ai;
}
