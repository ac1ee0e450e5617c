import { routes } from "@helios/contracts/routes";
import { confirmPasswordReset } from "@helios/core/auth/password-reset";
import { publicHandler } from "../lib/route";

export const handler = publicHandler(routes["auth/password-reset-confirm"], ({ body }) =>
  confirmPasswordReset(body),
);
