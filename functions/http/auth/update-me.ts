import { routes } from "@helios/contracts/routes";
import { updateMe } from "@helios/core/auth/account";
import { userHandler } from "../lib/route";

export const handler = userHandler(routes["auth/update-me"], ({ userId, body }) =>
  updateMe(userId, body),
);
