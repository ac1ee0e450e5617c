import { routes } from "@helios/contracts/routes";
import { resendVerification } from "@helios/core/auth/verify-email";
import { userHandler } from "../lib/route";

export const handler = userHandler(routes["auth/verify-email-resend"], ({ userId }) =>
  resendVerification(userId),
);
