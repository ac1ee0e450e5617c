import { routes } from "@helios/contracts/routes";
import { aiStatus } from "@helios/core/ai/status";
import { me } from "@helios/core/auth/login";
import { userHandler } from "../lib/route";

export const handler = userHandler(routes["auth/me"], async ({ userId }) => ({
  ...(await me(userId)),
  ai: await aiStatus(),
}));
