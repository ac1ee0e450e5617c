import { aiStatus } from "@helios/core/ai/status";
import { me } from "@helios/core/auth/login";
import { userRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = userRoute(async ({ userId }) =>
  ok({ ...(await me(userId)), ai: await aiStatus() }),
);
