import { PasswordResetConfirmBody } from "@helios/contracts";
import { confirmPasswordReset } from "@helios/core/auth/password-reset";
import { publicRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { ok } from "../lib/response";

export const handler = publicRoute(async ({ event }) =>
  ok(await confirmPasswordReset(jsonBody(event, PasswordResetConfirmBody))),
);
