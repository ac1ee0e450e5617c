import { logoutAll } from "@helios/core/auth/account";
import { userRoute } from "../lib/handler";
import { noContent } from "../lib/response";

export const handler = userRoute(async ({ userId }) => {
  await logoutAll(userId);
  return noContent();
});
