import { logout } from "@helios/core/auth/account";
import { userRoute } from "../lib/handler";
import { noContent } from "../lib/response";

export const handler = userRoute(async ({ session }) => {
  await logout(session);
  return noContent();
});
