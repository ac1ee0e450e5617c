import { routes } from "@helios/contracts/routes";
import { verifyEmail } from "@helios/core/auth/verify-email";
import { publicHandler } from "../lib/route";

export const handler = publicHandler(routes["auth/verify-email"], ({ body }) =>
  verifyEmail(body.token),
);
