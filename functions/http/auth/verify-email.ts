import { VerifyEmailBody } from "@helios/contracts";
import { verifyEmail } from "@helios/core/auth/verify-email";
import { publicRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { ok } from "../lib/response";

export const handler = publicRoute(async ({ event }) =>
  ok(await verifyEmail(jsonBody(event, VerifyEmailBody).token)),
);
